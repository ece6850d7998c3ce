"""pipeline.numbers: parse_numeral / parse_quantity / find_numerals."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.numbers import find_numerals, parse_numeral, parse_quantity, parse_range

FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


# --- property tests: render to Chinese, parse back, exact --------------------------------


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_integers_roundtrip_lowercase(n: int) -> None:
    assert parse_numeral(cn2an.an2cn(n, "low")) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_integers_roundtrip_financial_capitals(n: int) -> None:
    assert parse_numeral(cn2an.an2cn(n, "up")) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_integers_roundtrip_arabic_forms(n: int) -> None:
    assert parse_numeral(f"{n:,}") == n
    assert parse_numeral(str(n).translate(FULLWIDTH)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_integers_roundtrip_with_liang(n: int) -> None:
    # 两 is the everyday spelling of 2 before a unit (两千, 两万); 二 stays in 十二, 二十
    text = cn2an.an2cn(n, "low")
    text = text.replace("二千", "两千").replace("二万", "两万").replace("二亿", "两亿")
    assert parse_numeral(text) == n


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(
        min_value=Decimal(0),
        max_value=Decimal(10**9),
        places=4,
        allow_nan=False,
        allow_infinity=False,
    )
)
def test_decimals_roundtrip(d: Decimal) -> None:
    text = format(d.normalize(), "f")
    chinese = cn2an.an2cn(text, "low")
    assert parse_numeral(chinese) == float(d)
    assert parse_numeral(text) == float(d)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**8))
def test_negative_roundtrip(n: int) -> None:
    assert parse_numeral("负" + cn2an.an2cn(n, "low")) == -n
    assert parse_numeral(f"-{n}") == -n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999), st.sampled_from(["万", "亿"]))
def test_arabic_with_unit(n: int, unit: str) -> None:
    mult = 10**4 if unit == "万" else 10**8
    assert parse_numeral(f"{n}{unit}") == n * mult


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_find_numerals_finds_the_rendered_number(n: int) -> None:
    text = f"据统计共有{cn2an.an2cn(n, 'low')}名居民参加"
    found = find_numerals(text)
    assert [v for _, _, v in found] == [n]


# --- categories with expected values ----------------------------------------------------

CASES = [
    # Arabic, separators, decimals, full-width
    ("1,669", 1669),
    ("3.5", 3.5),
    ("１２３", 123),
    ("３．５", 3.5),
    # Chinese digits, 零/〇, 两
    ("一千零五", 1005),
    ("二〇二二", 2022),
    ("两千", 2000),
    ("两百五", 250),
    ("三千五", 3500),
    ("十万零一", 100001),
    # units and mixes
    ("4万", 40000),
    ("3.5万", 35000),
    ("十五点八万", 158000),
    ("一亿二千万", 120000000),
    ("九萬四", 94000),
    ("1万2千", 12000),
    ("一万亿", 10**12),
    ("廿三", 23),
    # financial capitals
    ("壹佰贰拾叁", 123),
    ("贰仟零壹拾", 2010),
    ("玖佰玖拾玖万", 9990000),
    # negatives
    ("负三", -3),
    ("负3.5", -3.5),
    ("零下五", -5),
    # fractions
    ("三分之一", 1 / 3),
    ("五百分之2333", 2333 / 500),
    ("一又二分之一", 1.5),
    ("3/4", 0.75),
    ("一半", 0.5),
    ("一个半", 1.5),
    # percent points
    ("70%", 70),
    ("百分之七十", 70),
    ("百分之三点五", 3.5),
    ("千分之五", 0.5),
    ("5‰", 0.5),
    ("三成半", 35),
    ("七成", 70),
    ("八折", 80),
    ("八五折", 85),
    # scientific
    ("6.02e23", 6.02e23),
    ("1.5×10^8", 1.5e8),
    # approximations keep the number written
    ("3500余", 3500),
    ("近千", 1000),
    ("四十多", 40),
    ("一百多万", 1_000_000),
    ("3000余万", 30_000_000),
    ("约5万", 50000),
    # ranges: midpoint
    ("六七", 6.5),
    ("两三", 2.5),
    ("七八十", 75),
    ("3至5", 4),
    ("10-15", 12.5),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_numeral_categories(text: str, expected: float) -> None:
    assert parse_numeral(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "几十", "数百", "abc", "党员", "十十", "点"])
def test_not_a_number_or_vague(text: str) -> None:
    assert parse_numeral(text) is None


def test_quantity_bounds() -> None:
    assert parse_quantity("3500余") == (3500, 3500, None, "over", "number", "")
    assert parse_quantity("近千") == (1000, None, 1000, "under", "number", "")
    assert parse_range("六七") == (6, 7)
    assert parse_range("十七八") == (17, 18)
    q = parse_quantity("几十")
    assert q is not None and q.value is None and (q.low, q.high) == (20, 90)


def test_find_numerals_in_real_sentences() -> None:
    text = "对4个网格960余户、3000余名居民，动员近百名群众，一站就是六七个小时"
    spans = [(text[s:e], v) for s, e, v in find_numerals(text)]
    assert ("4", 4) in spans
    assert ("960", 960) in spans
    assert ("3000", 3000) in spans
    assert ("百", 100) in spans  # licensed by 近
    assert ("六七", 6.5) in spans


def test_find_numerals_skips_bare_units_in_words() -> None:
    text = "千万不要大意，百年老街焕发生机"
    assert find_numerals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("当地组织救援队伍760多人赶赴现场。", [("760", 760)]),  # 伍 of 队伍, not 5
        ("两岸同胞往来大陆3次。", [("两", 2), ("3", 3)]),  # 陆 of 大陆
        ("伍拾叁", [("伍拾叁", 53)]),  # inside a numeral 伍 is a digit as ever
    ],
)
def test_find_numerals_word_digit_before_arabic(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(text[s:e], v) for s, e, v in find_numerals(text)] == expected


def test_find_numerals_percent_and_fraction_spans() -> None:
    text = "占比百分之七十，约三分之一，增长12.5%，七成以上"
    spans = [text[s:e] for s, e, _ in find_numerals(text)]
    assert spans == ["百分之七十", "三分之一", "12.5%", "七成"]


def test_find_numerals_offsets_slice_the_text() -> None:
    text = "１，６６９人和2022年11月17日"
    for s, e, v in find_numerals(text):
        assert parse_numeral(text[s:e]) == v


def test_long_digit_runs_parse_in_one_pass() -> None:
    # a regression guard: nested alternation once re-split such runs exponentially
    assert find_numerals("0" * 30 + "分") == [(0, 30, 0.0)]
    assert find_numerals("1" * 80) == []  # longer than any numeral: debris, skipped


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789,.一二两三十百千万亿零点负分之%成折余多近几", max_size=30))
def test_find_numerals_spans_reparse(text: str) -> None:
    for s, e, v in find_numerals(text):
        assert parse_numeral(text[s:e]) == v


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_hand_grammar_agrees_with_cn2an(n: int) -> None:
    # the hand-written grammar stands in wherever cn2an is not used: it must read cn2an's
    # own renderings exactly as well
    from pipeline.numbers import _core

    assert _core(cn2an.an2cn(n, "low")) == n
    assert _core(cn2an.an2cn(n, "up")) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [("一亿十万", 100_100_000), ("七十亿十五万", 7_000_150_000), ("五千零十", 5010)],
)
def test_forms_cn2an_misreads(text: str, value: int) -> None:
    assert parse_numeral(text) == value


def test_find_numerals_leaves_metric_kilo_to_the_unit() -> None:
    # 7亿千瓦 is 7亿 kW, not 700001000; after a Chinese digit 千 stays the number's (三千米)
    assert find_numerals("风电光伏发电装机突破7亿千瓦") == [(10, 12, 700000000.0)]
    assert find_numerals("重20千克") == [(1, 3, 20.0)]
    assert find_numerals("三千米") == [(0, 2, 3000.0)]


def test_find_numerals_code_digits_alone_are_words() -> None:
    assert find_numerals("这里的洞口极度狭窄") == []
    assert find_numerals("幺幺零报警") == [(0, 3, 110.0)]


# --- one list of approximation markers (pipeline/lexicons/numerals_approx_markers.tsv) ------


def test_parser_and_finder_read_one_marker_list() -> None:
    from pipeline.nlp import number_patterns as P
    from pipeline.numbers import APPROX_MARKERS

    before = {w: a for w, a, where in APPROX_MARKERS if where == "before"}
    after = {w: a for w, a, where in APPROX_MARKERS if where != "before"}
    assert before == P.PRE_MARKERS
    assert after == {**P.SUF_MARKERS, **P.POST_MARKERS}
    # the words only one of the two old lists had: now both read them
    assert parse_quantity("超17万").approx == "over"  # was None: 超 only in the finder's list
    assert parse_quantity("多达300").approx == "exact"
    assert parse_quantity("十有余") == parse_quantity("十余")  # 有余 was never tried after 余
    for word in ("多于", "不低于", "少于", "约合"):
        assert word in P.PRE_MARKERS  # were only in the parser's list


def test_finder_reads_the_markers_the_parser_had() -> None:
    from tests.test_statistics import one

    s = one("全市不低于300人参与。", "不低于300人")
    assert (s.approx, s.low, s.high) == ("over", 300, None)
    s = one("每户补贴约合200元。", "约合200元")
    assert s.approx == "about"
    s = one("老人占70%强。", "70%强")
    assert (s.approx, s.low) == ("over", 70)
    # 强/弱 stand only after a percent or a fraction: after a measure word they start a word
    assert one("共有3家强企落户。", "3家").approx == "exact"


# --- issue 12: forms read since (spaced, traditional, formal, 几/多, 百分点, 打, 成/折, powers) -


S2T = __import__("opencc").OpenCC("s2t")
SCALE_OF = {"": 1, "万": 10**4, "亿": 10**8}


def _spaced(text: str, gaps: list[bool]) -> str:
    """text with a space after each character whose gap flag is set."""
    return "".join(c + (" " if i < len(text) - 1 and gaps[i % len(gaps)] else "") for i, c in enumerate(text))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.lists(st.booleans(), min_size=1, max_size=12))
def test_spaced_chinese_roundtrip(n: int, gaps: list[bool]) -> None:
    # OCR and headings put spaces anywhere inside a numeral (二百 六 十 一)
    assert parse_numeral(_spaced(cn2an.an2cn(n, "low"), gaps)) == n


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([" ", "", "  "]),
)
def test_spaced_arabic_with_scales_roundtrip(wan: int, thousands: int, hundreds: int, sp: str) -> None:
    # 5 万3 千2 百: Arabic digits before scale characters, spaces between
    text = (
        f"{wan}{sp}万"
        + (f"{thousands}{sp}千" if thousands else "")
        + (f"{hundreds}{sp}百" if hundreds else "")
    )
    assert parse_numeral(text) == wan * 10**4 + thousands * 1000 + hundreds * 100


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**9))
def test_spaced_numeral_found_in_running_text(n: int) -> None:
    # a space beside a scale character stays inside the numeral the finder returns
    text = cn2an.an2cn(n, "low")
    spaced = "".join(c + (" " if c in "十百千万亿" and i < len(text) - 1 else "") for i, c in enumerate(text))
    found = find_numerals(f"标题 {spaced}余名群众参加")
    assert [v for _, _, v in found] == [n]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["low", "up"]))
def test_traditional_roundtrip(n: int, style: str) -> None:
    # opencc renders the simplified (or financial) numeral in traditional characters (萬, 億, 貳)
    assert parse_numeral(S2T.convert(cn2an.an2cn(n, style))) == n


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("1e6"), places=3, allow_nan=False))
def test_traditional_decimals_roundtrip(d: Decimal) -> None:
    text = cn2an.an2cn(format(d.normalize(), "f"), "low")  # 负十二点五 -> 負十二點五
    assert parse_numeral(S2T.convert(text)) == float(d)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["百", "千", "万"]))
def test_formal_and_plain_per_mille_agree(n: int, base: str) -> None:
    plain = f"{base}分之{cn2an.an2cn(n, 'low')}"
    formal = {"百": "佰", "千": "仟", "万": "萬"}[base] + "分之" + cn2an.an2cn(n, "up")
    assert parse_quantity(plain) == parse_quantity(formal)
    q = parse_quantity(formal)
    assert (
        q is not None
        and q.unit == "%"
        and q.value == pytest.approx(n * {"百": 1, "千": 0.1, "万": 0.01}[base])
    )


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=9),
    st.sampled_from([10, 100, 1000]),
    st.sampled_from(["", "万", "亿"]),
    st.booleans(),
)
def test_ji_after_a_number_word_is_a_range(a: int, place: int, scale: str, arabic: bool) -> None:
    # 三十几万: 几 is the next digit down; low = head, high = head + 9 of that digit
    head = a * place
    text = (str(head) if arabic and place == 10 else cn2an.an2cn(head, "low")) + "几" + scale
    low, high = head * SCALE_OF[scale], (head + 9 * place // 10) * SCALE_OF[scale]
    q = parse_quantity(text)
    assert q is not None and (q.low, q.high, q.approx) == (low, high, "range")
    assert q.value == (low + high) / 2
    q = parse_quantity(S2T.convert(text).replace("几", "幾"))
    assert q is not None and (q.low, q.high) == (low, high)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.sampled_from(["", "万", "亿"]))
def test_ling_ji_counts_ones(hundreds: int, scale: str) -> None:
    # 二百零几万: 200..209 万
    head = hundreds * 100
    q = parse_quantity(cn2an.an2cn(head, "low") + "零几" + scale)
    assert q is not None and (q.low, q.high) == (head * SCALE_OF[scale], (head + 9) * SCALE_OF[scale])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["多", "余"]), st.sampled_from(["万", "亿"]))
def test_duo_before_a_scale_keeps_the_number_written(n: int, marker: str, scale: str) -> None:
    text = cn2an.an2cn(n, "low") + marker + scale  # 二十多万, 三百余亿
    for form in (text, S2T.convert(text)):  # 二十多萬, 三百餘億
        q = parse_quantity(form)
        assert q is not None and (q.value, q.low, q.approx) == (n * SCALE_OF[scale],) * 2 + ("over",)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.booleans())
def test_wan_wan_is_yi(n: int, traditional: bool) -> None:
    text = cn2an.an2cn(n, "low") + ("萬萬" if traditional else "万万")
    assert parse_numeral(text) == n * 10**8
    assert parse_numeral(f"{n}万万") == n * 10**8


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.booleans())
def test_dozens_fold_into_the_count(n: int, arabic: bool) -> None:
    assert parse_numeral((str(n) if arabic else cn2an.an2cn(n, "low")) + "打") == 12 * n


@pytest.mark.parametrize(("scale", "value"), [("十", 5), ("百", 50), ("千", 500), ("万", 5000)])
def test_half_a_scale_word(scale: str, value: int) -> None:
    q = parse_quantity("半" + scale)
    assert q is not None and (q.value, q.kind) == (value, "number")


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=2, allow_nan=False),
    st.booleans(),
    st.booleans(),
)
def test_percentage_points_roundtrip(d: Decimal, chinese: bool, ge: bool) -> None:
    number = format(d.normalize(), "f")
    text = (cn2an.an2cn(number, "low") if chinese else number) + ("个" if ge else "") + "百分点"
    q = parse_quantity(text)
    assert q is not None and (q.value, q.kind, q.unit) == (float(d), "percent", "百分点")


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.sampled_from(["", "半"]))
def test_cheng_is_tenths_of_a_hundred(k: int, half: str) -> None:
    q = parse_quantity(cn2an.an2cn(k, "low") + "成" + half)
    assert q is not None and (q.value, q.unit) == (10 * k + (5 if half else 0), "%")


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=11, max_value=99).filter(lambda n: n % 10))
def test_zhe_two_digits_are_the_percent(n: int) -> None:
    # 85折 and 八五折 both pay 85 %; 8.5折 too
    tens, ones = divmod(n, 10)
    for text in (f"{n}折", cn2an.an2cn(tens, "low") + cn2an.an2cn(ones, "low") + "折", f"{tens}.{ones}折"):
        q = parse_quantity(text)
        assert q is not None and (q.value, q.unit) == (n, "%")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99999))
def test_bare_decimal_point_roundtrip(frac: int) -> None:
    text = f".{frac:05d}"
    assert parse_numeral(text) == float("0" + text)
    assert parse_numeral("负" + text) == -float("0" + text)


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal(20), places=1, allow_nan=False),
    st.integers(min_value=-4, max_value=8),
    st.booleans(),
)
def test_caret_is_a_power(base: Decimal, exp: int, plus: bool) -> None:
    # 3^4 = 81, 1.2^+5 = 1.2**5, 2.5^-1 = 0.4 (the caret of arithmetic)
    b = format(base.normalize(), "f")
    text = f"{b}^{'+' if plus and exp >= 0 else ''}{exp}"
    assert parse_numeral(text) == pytest.approx(float(Decimal(b) ** exp))


def test_variant_characters_agree_with_opencc() -> None:
    # numerals_variants.tsv: every traditional entry is what opencc t2s makes of it
    from pipeline import lexicons

    t2s = __import__("opencc").OpenCC("t2s")
    for variant, standard in lexicons.mapping("numerals_variants").items():
        if variant not in ("倆", "俩"):  # colloquial 两, not a script variant
            assert t2s.convert(variant) == standard, variant


def test_spaces_between_two_arabic_numbers_stay() -> None:
    assert parse_numeral("3 4") is None
    assert [text[s:e] for text in ["第3 4名"] for s, e, _ in find_numerals(text)] == ["3", "4"]
    assert find_numerals("千 万不要大意") == []


# --- the numeral case list (tests/data/numeral_cases.tsv), scored by `make eval` ----------

from pipeline.evaluation.numerals import check, load_cases  # noqa: E402


@pytest.mark.parametrize("case", load_cases(), ids=lambda c: f"{c.category}:{c.text}")
def test_numeral_case_list(case) -> None:  # type: ignore[no-untyped-def]
    assert check(case) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789. 一二两三十百千万亿萬億仟叁半成折打^几余多分之个百分点", max_size=30))
def test_find_numerals_spans_reparse_with_new_forms(text: str) -> None:
    # spaces, traditional and formal characters, 半, ^: every span still reparses to its value
    # and never starts or ends with a space
    for s, e, v in find_numerals(text):
        assert parse_numeral(text[s:e]) == v
        assert not text[s].isspace() and not text[e - 1].isspace()


def test_zero_to_a_non_positive_power_has_no_value() -> None:
    assert parse_quantity("0^0") is None
    assert parse_numeral("0^-2") is None
    assert parse_numeral("0^3") == 0
