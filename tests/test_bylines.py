"""Bylines in the formats other papers print (issue 11): the layout reads them into
articles.bylines / byline_roles, and the entities stage gives each name a PERSON mention."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.evaluation.bylines import Score, load_cases, page_articles
from pipeline.layout import bylines
from pipeline.layout.lines import Role, classify


def credits(raw: str) -> list[tuple[str, str]]:
    return [(n, r) for a in page_articles(raw) for n, r in zip(a.bylines, a.byline_roles, strict=True)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # names before a role word
        ("秋粮收购开秤\n王建军 周丽 本报记者 吴晓峰\n今年秋粮收购开秤以来，粮库门前排起了车队。",
         [("王建军", "作者"), ("周丽", "作者"), ("吴晓峰", "本报记者")]),
        # a dateline bracket of a news site, and of a paper with an intern
        ("夜间公交加密\n某某网成都8月2日讯（记者 邓睿 通讯员 杨帆）今起，城区夜间公交线路加密。",
         [("邓睿", "记者"), ("杨帆", "通讯员")]),
        ("老街改造完工\n本报济南6月1日讯（记者 石磊 实习生 柯雨桐）老街改造工程全部完工。",
         [("石磊", "记者"), ("柯雨桐", "实习生")]),
        # 文/图 before, 摄 and 摄影 after the names, names glued to their role word
        ("小城新书店\n文/图 本报记者 闫凯\n小城的新书店开业了。", [("闫凯", "本报记者")]),
        ("荷塘月色\n夏夜的荷塘，游人如织。\n冉冬梅 摄", [("冉冬梅", "摄")]),
        ("雪后山村\n大雪过后，山村一片银白。\n陶立新/摄", [("陶立新", "摄")]),
        ("新站启用\n本报记者姚远 通讯员程佳\n新站今天启用。", [("姚远", "本报记者"), ("程佳", "通讯员")]),
        # several names after one role, separated by 、
        ("冬储菜上市\n记者 齐鸣、温晓燕\n冬储大白菜大量上市。", [("齐鸣", "记者"), ("温晓燕", "记者")]),
        # closing credits: a bracket after the last paragraph, an editor line
        ("公园新开放\n南湖公园改造后重新开放，市民纷纷前来游览。（记者 鲁振华）", [("鲁振华", "记者")]),
        ("公园新开放\n南湖公园改造后重新开放。\n责任编辑：韦佳", [("韦佳", "责任编辑")]),
        # the unbracketed wire lead with 报道： and the outlet glued before the role word
        ("稻谷开镰\n本报南昌9月1日讯 新华社记者范敏、本报记者龙新报道：早稻开镰。",
         [("范敏", "记者"), ("龙新", "本报记者")]),
        ("港口夜景\n港口灯火通明，货轮进出繁忙。（新华社记者 倪立芳 摄）", [("倪立芳", "记者")]),
    ],
)
def test_byline_formats(raw: str, expected: list[tuple[str, str]]) -> None:
    assert credits(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "记者今天从市卫健委获悉\n记者今天从市卫健委获悉，全市新建了十家社区医院。",
        "摄影展开幕\n摄影展开幕当天，吸引了不少市民。",
        "致敬 最美 记者\n节日里，他们仍在采访一线。",
        "坚守防控一线 展现网格力量\n网格员们坚守岗位。",
        "保障粮食生产\n央视网消息（新闻联播）：今年以来，各地加快推进春耕生产。",
        "城市更新\n来看记者的探访。记者遇到了前来定制农机的客商哈西姆。",
    ],
)
def test_no_byline_in_running_text_or_headings(raw: str) -> None:
    assert credits(raw) == []


def test_an_opening_byline_keeps_its_article_whole() -> None:
    raw = "秋粮收购开秤\n本报记者 吴晓峰\n今年秋粮收购开秤以来，粮库门前排起了车队。\n收购价格稳中有升。"
    articles = page_articles(raw)
    assert [(a.headline, a.bylines) for a in articles] == [("秋粮收购开秤", ("吴晓峰",))]


def test_a_closing_credit_ends_its_article() -> None:
    raw = ("公园新开放\n南湖公园改造后重新开放。（记者 鲁振华）\n\n"
           "菜价回落\n本周蔬菜价格回落。\n记者 齐鸣")  # fmt: skip
    articles = page_articles(raw)
    found = [(a.headline, a.bylines) for a in articles]
    assert found == [("公园新开放", ("鲁振华",)), ("菜价回落", ("齐鸣",))]


def test_line_roles() -> None:
    assert classify("（记者 鲁振华）", 0) is Role.BYLINE
    assert classify("责任编辑：韦佳", 0) is Role.BYLINE
    assert classify("某某网成都8月2日讯（记者 邓睿）今起，城区夜间公交线路加密。", 0) is Role.LEAD
    assert classify("夏夜的荷塘，游人如织。 冉冬梅 摄", 0) is Role.CAPTION
    assert bylines.name_list("李国华 吴秀英") and not bylines.name_list("坚守一线 展现力量")


def test_byline_evaluation_cases_parse_and_score() -> None:
    cases = load_cases()
    assert len(cases) >= 30 and all(text for _, text, _ in cases)
    score = Score()
    score.add({("a", "张明")}, {("a", "张明"), ("a", "李华")})
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
    assert "F1 0.667" in score.line("names")


def test_byline_names_become_person_mentions() -> None:
    from pipeline.nlp.ner import load_ner
    from pipeline.records import Document
    from pipeline.stages.clean import clean_text
    from pipeline.stages.entities import extract_mentions
    from pipeline.stages.segment import articles, sentences

    raw = "荷塘月色\n夏夜的荷塘，游人如织。\n王建军 周丽 本报记者 吴晓峰\n冉冬梅 摄"
    text = clean_text(raw).text
    doc = Document("d", "b", "d.txt", "", "utf-8", len(text), text, datetime(2026, 1, 1, tzinfo=UTC),
                   (), None, None)  # fmt: skip
    arts = articles(doc)
    mentions = extract_mentions(doc, arts, sentences(doc, arts), load_ner())
    persons = {m.text for m in mentions if m.label == "PERSON"}
    assert {"王建军", "周丽", "吴晓峰", "冉冬梅"} <= persons


def test_a_headline_with_its_byline_starts_an_article() -> None:
    raw = ("小城新书店\n本报记者 闫凯\n小城的新书店开业了，读者络绎不绝。\n"
           "冬储菜供应充足\n记者 齐鸣、温晓燕\n冬储大白菜大量上市。")  # fmt: skip
    found = [(a.headline, a.bylines) for a in page_articles(raw)]
    assert found == [("小城新书店", ("闫凯",)), ("冬储菜供应充足", ("齐鸣", "温晓燕"))]


def test_a_heading_with_a_role_word_inside_is_no_byline() -> None:
    # 通讯 in 移动通讯 is no role word; an outlet glued before a role word is Chinese text only
    assert bylines.byline_line("CDMA数字移动通讯新阶段") is None
    assert bylines.byline_line("本报驻阿联酋记者 林皎明") == [("林皎明", "记者")]


def test_the_byline_rule_leaves_a_glued_credit_mark_out_of_the_name() -> None:
    from pipeline.nlp.ner import load_ner

    texts = ["港口灯火通明。（新华社记者倪立芳摄）", "本报南昌9月1日讯 本报记者龙新报道：早稻开镰。"]
    persons = [{t[s.start : s.end] for s in spans if s.label == "PERSON"}
               for t, spans in zip(texts, load_ner().predict(texts), strict=True)]  # fmt: skip
    assert persons == [{"倪立芳"}, {"龙新"}]
