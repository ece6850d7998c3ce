"""The page's home region where the run configures none (pipeline.places.home), on stories of
the raw 新闻联播 corpus (not the dev pages). Issue 11: the default used to be 太原市, so pages
from other provinces leaned to 山西."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.nlp.gazetteer import load_gazetteer
from pipeline.places import home as home_module
from pipeline.places import infer_home, matching
from pipeline.records import Article, Document, Entity, Mention
from pipeline.stages.places import resolve_entities

Spans = list[tuple[str, str]]

# 20250810-08: one prefecture's places, over and over
LANZHOU = (
    "甘肃省兰州市榆中县山洪灾害发生后，兰州市七里河区民兵应急连30多名党员连夜组成突击队。"
    "8日上午9时许，党员突击队到达受灾最严重地区之一的马坡乡。",
    [("甘肃省", "LOC"), ("兰州市", "LOC"), ("榆中县", "LOC"), ("兰州市", "LOC"), ("七里河区", "LOC"),
     ("马坡乡", "LOC")],
)  # fmt: skip
# 20250807-06: a relative form in an article that names no place
WHOLE_CITY = ("全市采取停产、停业、停运等管控措施。", [("全市", "LOC")])
# 20260619-03: national history, places of several provinces
NATIONAL = (
    "在河北省平山县西柏坡纪念馆前，“新中国从这里走来”几个大字格外耀眼夺目。"
    "1949年9月，新中国的国名为中华人民共和国，北平为首都，并改名为北京。"
    "首都北京30万军民在天安门广场隆重举行开国大典。",
    [("河北省", "LOC"), ("平山县", "LOC"), ("西柏坡", "LOC"), ("中华人民共和国", "LOC"), ("北平", "LOC"),
     ("北京", "LOC"), ("北京", "LOC"), ("天安门广场", "LOC")],
)  # fmt: skip
# 20240413-07: one region's places, and a mountain range that is also a district's name
XINJIANG = (
    "鲜花次第绽放，天山南北进入赏花季。在天山北坡的新源县吐尔根乡，远近闻名的野杏沟进入盛花期。"
    "和田的玫瑰、伊犁的薰衣草、博州的芍药......目前，在天山南北，花卉种植面积稳定在40万亩左右。",
    [("天山", "LOC"), ("天山", "LOC"), ("新源县", "LOC"), ("吐尔根乡", "LOC"), ("野杏沟", "LOC"),
     ("和田", "LOC"), ("伊犁", "LOC"), ("博州", "LOC"), ("天山", "LOC")],
)  # fmt: skip


def page(*articles: tuple[str, Spans]) -> tuple[Document, list[Article], list[Mention]]:
    """One document of articles one after the other; mentions are found left to right."""
    text = "\n".join(body for body, _ in articles)
    document = Document(
        doc_id="d1", batch_id="b1", source_path="d1.txt", source_sha256="", encoding="utf-8",
        n_chars=len(text), text=text, ingested_at=datetime(2026, 1, 1, tzinfo=UTC), raw_offsets=(),
        publication_date=None, publication_year=None,
    )  # fmt: skip
    arts: list[Article] = []
    mentions: list[Mention] = []
    start = 0
    for k, (body, spans) in enumerate(articles):
        aid = f"d1-a{k}"
        arts.append(
            Article(
                article_id=aid, doc_id="d1", batch_id="b1", seq=k, headline=None, subheads=(),
                bylines=(), byline_roles=(), dateline_place=None, publication_date=None,
                publication_year=None, kind="article", start=start, end=start + len(body),
            )
        )  # fmt: skip
        pos = start
        for surface, label in spans:
            at = text.index(surface, pos)
            pos = at + len(surface)
            mentions.append(
                Mention(
                    mention_id=f"d1-m{len(mentions)}", doc_id="d1", article_id=aid, sentence_id=aid,
                    batch_id="b1", text=surface, label=label, start=at, end=pos, entity_id="",
                    source="test", score=None,
                )
            )  # fmt: skip
        start += len(body) + 1
    return document, arts, mentions


def rows(*articles: tuple[str, Spans], **kw: object) -> list[Entity]:
    """The entity row of each mention of the page, in mention order."""
    document, arts, mentions = page(*articles)
    out, entities = resolve_entities(document, arts, mentions, **kw)  # type: ignore[arg-type]
    by_id = {e.entity_id: e for e in entities}
    return [by_id[m.entity_id] for m in out]


def inferred(*articles: tuple[str, Spans]) -> str | None:
    _, arts, mentions = page(*articles)
    div = infer_home(load_gazetteer(), mentions, arts)
    return div.path if div is not None else None


def test_a_page_about_one_prefecture_gets_it_as_its_home() -> None:
    assert inferred(LANZHOU) == "甘肃省/兰州市"
    # and the relative form of an article that names no place takes it, as it would take a
    # configured home place; a configured one still wins, and without inference it stays as
    # written
    assert rows(LANZHOU, WHOLE_CITY)[-1].name == "兰州市"
    assert rows(LANZHOU, WHOLE_CITY, home_place="大同市")[-1].name == "大同市"
    assert rows(LANZHOU, WHOLE_CITY, infer=False)[-1].admin_code is None


def test_a_page_of_national_news_gets_no_home() -> None:
    assert inferred(NATIONAL) is None
    # 北平 (the old name of 北京) is also a township of 山西: the old 太原市 default took it
    northern = rows(NATIONAL)[4]
    assert (northern.name, northern.admin_code) == ("北平", None)
    assert rows(NATIONAL, home_place="太原市")[4].admin_path == "山西省/临汾市/古县/北平镇"


def test_a_region_needs_several_distinct_places() -> None:
    # one place named again and again is no region; nor are two
    text = "北京今天发布高温预警。北京多个区县启动应急响应，北京市民减少外出。"
    assert inferred((text, [("北京", "LOC"), ("北京", "LOC"), ("北京", "LOC")])) is None
    assert inferred(("甘肃省兰州市榆中县山洪灾害发生后", [("甘肃省", "LOC"), ("兰州市", "LOC")])) is None
    assert home_module.HOME_MIN_PLACES == 3


def test_a_province_when_no_prefecture_leads() -> None:
    assert inferred(XINJIANG) == "新疆维吾尔自治区"


def test_an_inferred_home_is_no_licence_for_features_named_like_counties() -> None:
    # 天山南北 is the mountain range, not 乌鲁木齐's 天山区, in a 新疆 story too
    tianshan = [r for r in rows(XINJIANG) if r.aliases == ("天山",)]
    assert tianshan and all(r.admin_code is None for r in tianshan)


def test_a_one_character_piece_is_no_place_inside_a_unit() -> None:
    # 20230514-01, 浙西南山区 tagged 浙 + 西 + 南山区: 浙 is 浙江 on a 浙江 page, but there is no
    # place 西 inside 浙江 (nor 南山区 inside it)
    text = (
        "浙江正是江南好时节，浙北水乡碧波荡漾，浙中丘陵杨柳依依，浙西南山区绿意盎然。"
        "杭州、湖州、衢州的乡村生机勃勃。"
    )
    spans = [("浙江", "LOC"), ("浙", "LOC"), ("浙", "LOC"), ("浙", "LOC"), ("西", "LOC"), ("南山区", "LOC"),
             ("杭州", "LOC"), ("湖州", "LOC"), ("衢州", "LOC")]  # fmt: skip
    got = rows((text, spans))
    assert got[3].admin_code == "33"
    assert [(r.name, r.admin_level) for r in got[4:6]] == [("西", None), ("南山区", None)]


@pytest.mark.parametrize("articles", [(LANZHOU,), (NATIONAL,), (XINJIANG,), (LANZHOU, WHOLE_CITY)])
def test_the_home_is_read_off_the_page_in_any_order(articles: tuple[tuple[str, Spans], ...]) -> None:
    # per document: the inference sees only this page's mentions and articles (never the rest
    # of its batch), and the order they come in changes nothing
    _, arts, mentions = page(*articles)
    gaz = load_gazetteer()
    assert infer_home(gaz, mentions[::-1], arts[::-1]) == infer_home(gaz, mentions, arts)


# ---------------------------------------------------------------- issue 11's canonical rules,
# over the whole gazetteer and country list, with the new default (no home place) and a
# configured one


def _one(form: str, sentence: str, home: str | None, before: Spans | None = None) -> Entity:
    """The row of `form` written in `sentence`, after the places `before` where given."""
    before = before or []
    text = "".join(name for name, _ in before) + "的干部介绍，" * bool(before) + sentence.format(form)
    return rows((text, [*before, (form, "LOC")]), home_place=home)[-1]


@pytest.mark.parametrize("home", [None, "太原市"])
def test_every_country_is_one_entity_however_written(home: str | None) -> None:
    seen: dict[str, set[str]] = {}
    for form, (iso, name) in matching.COUNTRIES.items():
        row = _one(form, "{}的客商到会。", home)
        assert (row.admin_code, row.admin_level, row.name) == (iso, "country", name), form
        seen.setdefault(iso, set()).add(row.entity_id)
    assert all(len(ids) == 1 for ids in seen.values())


@pytest.mark.parametrize("home", [None, "太原市"])
def test_provinces_and_countries_are_never_their_small_homonyms(home: str | None) -> None:
    # even where the page names the homonym's own prefecture and county (河南 is also 河南社区
    # of 古交, 巴西 a 巴西镇 of 若尔盖)
    gaz = load_gazetteer()
    forms = [(f, d.code) for d in gaz.divisions.values() if d.level == "province"
             for f in {d.name, d.official, *d.aliases} if len(f) > 1]  # fmt: skip
    forms += [(f, iso) for f, (iso, _) in matching.COUNTRIES.items()]
    checked = 0
    for form, want in forms:
        assert _one(form, "{}的麦收进度过半。", home).admin_code == want, form
        for small in [d for d in gaz.lookup(form) if d.rank >= 3 and d.code != want][:2]:
            around = [gaz.ancestor_at(small.code, level) for level in ("city", "county")]
            before = [(div.name, "LOC") for div in around if div is not None]
            assert _one(form, "{}的客商到会。", home, before).admin_code == want, (form, small.path)
            checked += 1
    assert checked >= 10


def test_county_short_forms_named_like_natural_features_are_the_features() -> None:
    # 400-odd counties have a short form ending like a mountain, river or lake (泰山, 盐湖, 天山):
    # bare, with no level word and no chain, none is the county; with a configured home place
    # those of its province keep their short forms (方山 in a 山西 paper), an inferred home
    # licenses none
    gaz = load_gazetteer()
    features = [(form, d) for d in gaz.divisions.values() if d.level == "county" for form in d.aliases
                if len(form) > 1 and form != d.name and matching._NATURAL_END.search(form)]  # fmt: skip
    assert len(features) > 300
    small = ("county", "township", "village", "community")  # a prefecture keeps its: 中山, 佛山
    for form, _ in features:
        assert _one(form, "游客到{}游览。", None).admin_level not in small, form
    for form, div in features:
        row = _one(form, "游客到{}游览。", "太原市")
        assert row.admin_level not in small or (row.admin_code == div.code and div.code[:2] == "14"), form
