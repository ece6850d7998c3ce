from __future__ import annotations

import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.clean import clean_text


def test_lines_broken_mid_word_across_blank_lines_are_joined(sample_texts: dict[str, str]) -> None:
    page = clean_text(sample_texts["003_0073031193020e22"]).text
    assert "她带头组织邻居帮助大家采买" in page
    assert "现在也有经验了" in page
    page = clean_text(sample_texts["004_8a9192cc8e369542"]).text
    assert "积极参与防控志愿服务" in page
    assert "樊阿姨等3人早早就" in page
    assert "倡导非必要不离开本区域" in page


def test_the_broken_word_of_the_issue_is_joined() -> None:
    raw = "社区工作人员在小区门口设置了卡点，把小区守得密不透\n\n风的，居民们都说放心。\n\n记者 李杰华"
    assert "把小区守得密不透风的，居民们都说放心。\n记者 李杰华" in clean_text(raw).text


def test_real_paragraph_breaks_headings_and_bylines_are_kept(sample_texts: dict[str, str]) -> None:
    lines = clean_text(sample_texts["003_0073031193020e22"]).text.split("\n")
    for kept in (
        "主动报到",
        "召之即来",
        "像孔令卿一样的同志还有很多。",
        "记者 丁洁",
        "通讯员 刘璟琛 段斌 文/摄",
    ):
        assert kept in lines
    lines = clean_text(sample_texts["004_8a9192cc8e369542"]).text.split("\n")
    assert "## 坚守防控一线 展现网格力量" in lines  # the space between the two phrases stays
    assert "青年路三社区" in lines


def test_stray_spaces_widths_and_traditional_forms() -> None:
    raw = "疫 情 防 控 期 間，共 下沉 党员 干部 ３５００ 余名，覆盖 ９萬 四 千人。"
    assert clean_text(raw).text == "疫情防控期间，共下沉党员干部3500余名，覆盖9万四千人。"


def test_scattered_heading_is_closed_up_but_phrase_spaces_stay() -> None:
    assert clean_text("疫 情 防 控 党 员 先 行").text == "疫情防控党员先行"
    assert clean_text("党员先锋岗 激活防疫“红色末梢”").text == "党员先锋岗 激活防疫“红色末梢”"


def test_byline_spaces_inside_a_lead_are_kept() -> None:
    raw = "本报讯(记者 侯慧琴 通讯员 王浩青)身穿红马甲、手持小喇叭, 严守大门查看扫码。"
    assert clean_text(raw).text.startswith("本报讯(记者 侯慧琴 通讯员 王浩青)身穿红马甲")


def test_every_cleaned_character_maps_back_to_the_raw_text(sample_texts: dict[str, str]) -> None:
    for raw in sample_texts.values():
        cleaned = clean_text(raw)
        assert len(cleaned.raw_offsets) == len(cleaned.text)
        assert list(cleaned.raw_offsets) == sorted(cleaned.raw_offsets)
        for i, ch in enumerate(cleaned.text):
            if ch != "\n":
                assert raw[cleaned.raw_offsets[i]] == ch


# no deadline: an example with a space before a measure word (3 部) loads jieba's word table once
@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(list("党员干部社区 \n\n，。3５萬")), max_size=80))
def test_offset_map_holds_for_any_text(raw: str) -> None:
    cleaned = clean_text(raw)
    assert len(cleaned.raw_offsets) == len(cleaned.text)
    assert all(0 <= i < max(1, len(raw)) for i in cleaned.raw_offsets)


def test_a_byline_of_the_one_list_is_never_joined_onward() -> None:
    # 本报记者 is a byline role word (byline_roles.tsv): its line stays a line of its own
    raw = (
        "要写得自然，更要活得认真——天津作家、学者谈名人自传\n本报记者 陈杰\n不久前，作家、学者研讨名人传记。"
    )
    assert "\n本报记者 陈杰\n" in clean_text(raw).text


def test_a_long_page_costs_a_few_bytes_a_character(sample_texts: dict[str, str]) -> None:
    # a (char, raw index) tuple per character cost ~300 bytes a character: a 5 MB one-line
    # file needed over half a gigabyte in this stage; string pieces and an int32 offset
    # array cost ~25. The bound is generous; it counts allocations, never time.
    pages = "\n".join(sample_texts.values())
    for text in (pages, pages.replace("\n", ""), " ".join(pages)):  # lines, one line, OCR spaces
        text = (text * (200_000 // len(text) + 1))[:200_000]
        # OpenCC, the lexicons and jieba's word table (read for a space inside a figure: 50 个)
        # loaded outside the measure: each is loaded once a process, whatever the page's length
        clean_text(text[:100] + "50 个")
        tracemalloc.start()
        try:
            cleaned = clean_text(text)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert len(cleaned.raw_offsets) == len(cleaned.text) > 100_000
        assert peak < 60 * len(text), f"{peak / len(text):.0f} bytes a character"


# a column of running text, as a page's OCR wraps it (invented)
_COLUMN = (
    "今年以来，全市新建和改造城乡供水管网一千二百公\n"
    "里，解决了山区群众的饮水难题。在东部山区，施工\n"
    "队伍克服雨季道路湿滑等困难，把管道铺进了最偏远\n"
    "的自然村，当地群众第一次用上了稳定的自来水。目\n"
    "前全市农村自来水普及率达到百分之九十六，比去年\n"
)


def test_a_line_opening_with_a_comma_or_a_closing_mark_continues_the_one_before() -> None:
    page = clean_text(_COLUMN + "提高三个百分点\n，供水保障能力明显增强。\n").text
    assert "提高三个百分点，供水保障能力明显增强。" in page
    page = clean_text(_COLUMN + "当地把这批工程叫作“幸福\n”工程。\n").text
    assert "“幸福”工程。" in page


def test_a_figure_broken_over_two_lines_is_joined() -> None:
    for raw, joined in (
        ("全县粮食播种面积稳定在17\n.5万亩左右，其中大豆面积有所增加。", "稳定在17.5万亩左右"),
        ("全市各类农业经营主体发展到目前的2\n00多家，带动农户增收。", "发展到目前的200多家"),
        ("这种保温材料能使棚内温度升高3\n—5摄氏度，效果明显。", "升高3—5摄氏度"),
    ):
        assert joined in clean_text(raw).text


def test_a_full_column_line_without_a_comma_continues_but_a_heading_does_not() -> None:
    wrapped = "全市现有规模以上供水企业和乡镇水厂共计一百多\n家，日供水能力持续提升。\n"
    page = clean_text(_COLUMN + "提高三个百分点。\n" + wrapped).text
    assert "共计一百多家，日供水能力持续提升。" in page
    page = clean_text("山区供水工程全面完工\n" + _COLUMN).text
    assert page.startswith("山区供水工程全面完工\n")  # a heading is narrower than the column
    page = clean_text("坚守一线 展现力量\n网格员们坚守岗位。").text
    assert page == "坚守一线 展现力量\n网格员们坚守岗位。"


def test_radicals_and_compatibility_forms_become_the_ideographs_they_stand_for() -> None:
    """PDF and OCR text write Kangxi radicals (⽓ U+2F53, ⾏, ⼈) and compatibility ideographs for
    the ideographs they look like: cleaned to those (one for one, offsets kept), so words, names
    and units read (局地气温, 3000人)."""
    raw = "局地⽓温超过42℃，⾏业⼈员达3000⼈。"
    cleaned = clean_text(raw)
    assert cleaned.text == "局地气温超过42℃，行业人员达3000人。"
    assert [raw[cleaned.raw_span(i, i + 1)[0]] for i in (2, 10)] == ["⽓", "⾏"]


@given(st.text(st.characters(min_codepoint=0x2F00, max_codepoint=0x2FD5), min_size=1, max_size=30))
def test_any_radical_is_cleaned_to_a_unified_ideograph(raw: str) -> None:
    cleaned = clean_text(raw)
    assert len(cleaned.text) == len(raw)
    assert all(0x4E00 <= ord(c) <= 0x9FFF for c in cleaned.text)


def test_a_radical_in_a_figure_context_reads_as_its_ideograph() -> None:
    from tests.test_statistics import one

    s = one(clean_text("今天局地⽓温超过42℃。").text, "超过42℃")
    assert s.object == "气温"


def test_a_space_inside_a_figure_goes_even_in_a_line_that_reads_like_a_heading() -> None:
    # a wrapped line with no sentence end reads like a heading, whose phrase spaces stay; a space
    # after bare digits before the figure's marker, scale or measure word is OCR's, not a phrase's
    for raw, joined in (
        ("全省有二十多个县市、400多家企业和12 多万人参与了这项\n", "12多万人参与"),
        ("今年以来共组织各类培训班2 千余期", "2千余期"),
        ("新购置的1000 架植保无人机投入使用", "1000架植保无人机"),
        ("沿河两岸新建了35 个应急避难点位", "35个应急避难点位"),
    ):
        assert joined in clean_text(raw).text


def test_a_space_before_a_word_that_only_opens_with_a_measure_word_stays() -> None:
    # 天津 opens with 天 (a day), 年级 with 年: the space separates a number from a word
    assert clean_text("2021 天津马拉松开跑").text == "2021 天津马拉松开跑"
    assert clean_text("G20 峰会在杭州举行").text == "G20 峰会在杭州举行"


_FIGURE_TAILS = ["多万人", "余名", "万余户", "个", "家", "万元"]


@settings(deadline=None)  # the first example may load jieba's word table
@given(st.integers(min_value=1, max_value=99999), st.sampled_from(_FIGURE_TAILS))
def test_digits_and_what_goes_on_them_close_up_in_a_heading_like_line(n: int, tail: str) -> None:
    assert f"{n}{tail}" in clean_text(f"全市新增困难群众帮扶点 {n} {tail}覆盖各街道").text


def test_a_line_ending_in_a_figures_measure_word_goes_on_to_its_noun() -> None:
    # the next line opens like a byline (记者) or a paragraph, yet holds the noun counted
    raw = "当地时间周日，一场突如其来的山体滑坡冲毁了公路，造成3名\n记者和多名村民被困，救援仍在进行。\n"
    assert "造成3名记者和多名村民被困" in clean_text(raw).text
    raw = "今年以来，县里先后举办了各类技能培训班，共培训了二百多名\n记者们关注的返乡青年。\n"
    assert "二百多名记者们" in clean_text(raw).text
    heading = "本报记者 王强\n记者从市应急管理局获悉，全市已转移群众。\n"
    assert clean_text(heading).text.startswith("本报记者 王强\n记者从")


def test_a_space_beside_a_decimal_point_or_a_full_width_mark_goes() -> None:
    raw = "全年粮食总产量达到1. 26亿吨，同比增长0 .8%，其中（ 夏粮）增产明显，“ 菜篮子”供应充足。"
    clean = "全年粮食总产量达到1.26亿吨，同比增长0.8%，其中（夏粮）增产明显，“菜篮子”供应充足。"
    assert clean_text(raw).text == clean
    assert clean_text("党员先锋岗 激活防疫“红色末梢”").text == "党员先锋岗 激活防疫“红色末梢”"  # a heading's


def test_a_line_wrapped_on_from_a_full_column_line_loses_its_stray_spaces() -> None:
    # the second line has no sentence mark, so alone it reads like a heading; after a full
    # column line that ends in no final mark it is the paragraph going on
    wrapped = "全市新建的应急避难场所和防灾减灾宣传教育基地共计\n一百二十个，覆盖各个乡镇街 道和重点社区\n"
    page = _COLUMN + wrapped
    assert "覆盖各个乡镇街道和重点社区" in clean_text(page).text
    heading = _COLUMN + "提高三个百分点。\n守好供水命脉 惠及山区群众\n"
    assert "守好供水命脉 惠及山区群众" in clean_text(heading).text  # after a paragraph's end


def test_a_line_opening_with_a_percent_sign_closes_the_figure_before() -> None:
    raw = "今年前三季度，全县规模以上工业企业营业收入比上年多了8\n%，增速居全市前列。\n"
    assert "多了8%，增速" in clean_text(raw).text


def test_a_headings_phrase_spaces_stay_even_where_a_word_would_run_across() -> None:
    # OCR seldom scatters a space inside a heading's word; headings often space their phrases,
    # and jieba's dictionary holds words across many of those spaces (难当, 行营), so all stay
    assert clean_text("春耕备耕有序推进 农资供应总体充足").text == "春耕备耕有序推进 农资供应总体充足"
    assert clean_text("山洪导致多人遇难 当地连夜搜救").text == "山洪导致多人遇难 当地连夜搜救"
    assert clean_text("今年以来全省工业稳健运行 营收超千亿元").text == "今年以来全省工业稳健运行 营收超千亿元"
    assert clean_text("记者 王强 通讯员 李明").text == "记者 王强 通讯员 李明"  # a byline's names


def test_a_date_broken_over_lines_or_spaced_inside_is_joined() -> None:
    raw = "新闻发布会今天（7月27\n日）在北京举行，代表团将于29日\n—31日访问香港，并在9月 3日 9时举行座谈。\n"
    joined = "今天（7月27日）在北京举行，代表团将于29日—31日访问香港，并在9月3日9时举行座谈。"
    assert joined in clean_text(raw).text
    assert clean_text("纪念大会9月 3日 9时举行").text == "纪念大会9月3日9时举行"  # a heading's date too
