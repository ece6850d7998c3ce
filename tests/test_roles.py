"""Person roles on real sentences: titles with their organization and place, lists, the
name-then-title form, ages, and bylines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime

import jieba
import jieba.posseg as pseg
import pytest

from pipeline import lexicons
from pipeline.records import Article, Document, Mention, PersonRole, Sentence, Token
from pipeline.roles import role_head
from pipeline.schema import SCHEMAS, to_table
from pipeline.stages.places import entity_id
from pipeline.stages.roles import person_roles

jieba.setLogLevel(60)

DOC, BATCH = "d1", "b1"


def make_inputs(
    text: str,
    spans: list[tuple[str, str]],
    bylines: Sequence[tuple[str, str]] = (),
) -> tuple[Document, list[Article], list[Sentence], list[Token], list[Mention]]:
    """One article; sentences split at 。！？ and newlines; jieba tokens; mentions found left
    to right with the ids the places stage would give (label + name)."""
    document = Document(DOC, BATCH, "t.txt", "", "utf-8", len(text), text, datetime(2022, 4, 13, tzinfo=UTC),
                        tuple(range(len(text))), None, None)  # fmt: skip
    article = Article("a0", DOC, BATCH, 0, None, (), tuple(n for n, _ in bylines),
                      tuple(r for _, r in bylines), None, None, None, "article", 0, len(text))  # fmt: skip
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for m in re.finditer(r"[^。！？\n]+[。！？]?", text):
        sid = f"s{len(sentences)}"
        sentences.append(Sentence(sid, "a0", DOC, BATCH, len(sentences), m.start(), m.end(), m.group()))
        pos = m.start()
        for k, w in enumerate(pseg.cut(m.group())):
            tokens.append(Token(DOC, sid, BATCH, k, w.word, w.flag, pos, pos + len(w.word)))
            pos += len(w.word)
    mentions: list[Mention] = []
    pos = 0
    for n, (surface, label) in enumerate(spans):
        start = text.index(surface, pos)
        pos = start + len(surface)
        sid = next(s.sentence_id for s in sentences if s.start <= start < s.end)
        mentions.append(Mention(f"m{n}", DOC, "a0", sid, BATCH, surface, label, start, pos,
                                entity_id(label, surface), "test", None))  # fmt: skip
    return document, [article], sentences, tokens, mentions


def roles_of(
    text: str, spans: list[tuple[str, str]], bylines: Sequence[tuple[str, str]] = ()
) -> list[PersonRole]:
    return person_roles(*make_inputs(text, spans, bylines))


def one(rows: list[PersonRole], name: str) -> PersonRole:
    (row,) = [r for r in rows if r.person_name == name]
    return row


def test_title_before_name() -> None:
    rows = roles_of("社区党支部书记张春凤带领志愿者挨家挨户登记。", [("张春凤", "PERSON")])
    row = one(rows, "张春凤")
    assert (row.role, row.role_norm) == ("社区党支部书记", "书记")
    assert row.person_entity_id == entity_id("PERSON", "张春凤")


def test_title_after_an_organization() -> None:
    text = "娄烦县公安局静游镇派出所一级警长赵静清第一时间赶到现场。"
    org = "娄烦县公安局静游镇派出所"
    row = one(roles_of(text, [(org, "ORG"), ("赵静清", "PERSON")]), "赵静清")
    assert (row.role, row.role_norm) == ("一级警长", "警长")
    assert row.org_entity_id == entity_id("ORG", org)
    assert text[row.start : row.end] == "一级警长赵静清"


def test_deputy_title_and_org() -> None:
    text = "西华门社区党支部副书记张燕笑着说：“晚饭前，菜要全部送到居民家里。”"
    row = one(roles_of(text, [("西华门社区党支部", "ORG"), ("张燕", "PERSON")]), "张燕")
    assert (row.role, row.role_norm) == ("副书记", "副书记")
    assert row.org_entity_id == entity_id("ORG", "西华门社区党支部")


def test_title_after_a_place() -> None:
    text = "每天，横渠村网格员郭佳程都会重复着类似的话语。"
    row = one(roles_of(text, [("横渠村", "LOC"), ("郭佳程", "PERSON")]), "郭佳程")
    assert row.role == "网格员" and row.place_entity_id == entity_id("LOC", "横渠村")


def test_title_shared_by_a_list() -> None:
    text = "退役军人董贵平、陈小园、郝文龙等，积极参与防控志愿服务。"
    rows = roles_of(text, [("董贵平", "PERSON"), ("陈小园", "PERSON"), ("郝文龙", "PERSON")])
    assert [r.role for r in rows] == ["退役军人"] * 3


def test_name_then_title() -> None:
    text = "张劭鹏的妻子郭虹宇是省人民医院的一名护士，也是一名党员。"
    rows = roles_of(text, [("张劭鹏", "PERSON"), ("郭虹宇", "PERSON"), ("省人民医院", "ORG")])
    row = one(rows, "郭虹宇")
    assert (row.role, row.org_entity_id) == ("护士", entity_id("ORG", "省人民医院"))
    assert not [r for r in rows if r.person_name == "张劭鹏"]  # 妻子 is not a title


def test_concurrent_post() -> None:
    text = "刘华还兼任封控区五组组长，几天下来，小动物也认识了她。"
    row = one(roles_of(text, [("刘华", "PERSON")]), "刘华")
    assert (row.role, row.role_norm) == ("封控区五组组长", "组长")


def test_affiliation_without_title() -> None:
    text = "市统计局的张鹏、张劭鹏均与家人一起奋战在抗疫一线。"
    rows = roles_of(text, [("市统计局", "ORG"), ("张鹏", "PERSON"), ("张劭鹏", "PERSON")])
    assert {r.person_name: r.org_entity_id for r in rows} == {
        "张鹏": entity_id("ORG", "市统计局"),
        "张劭鹏": entity_id("ORG", "市统计局"),
    }
    assert all(r.role is None for r in rows)


@pytest.mark.parametrize(
    ("text", "age", "role"),
    [
        ("23岁的石欣蔚主动请缨参与疫情防控。", 23, None),
        ("二十三岁的志愿者石欣蔚主动请缨。", 23, "志愿者"),
        ("石欣蔚，23岁，是社区的一名志愿者。", 23, None),
        ("“现在一亩能收入1.5万元。”63岁的村民石欣蔚笑着说。", 63, None),
        ("步斗村党支部书记石欣蔚今年52岁，他告诉记者。", 52, "步斗村党支部书记"),
    ],
)
def test_ages(text: str, age: int, role: str | None) -> None:
    row = one(roles_of(text, [("石欣蔚", "PERSON")]), "石欣蔚")
    assert row.age == age and row.role == role


def test_age_of_someone_else_is_not_theirs() -> None:
    text = "王丽霞是一位4岁孩子的妈妈，接到管控通知后，她把孩子放到父母家中。"
    assert roles_of(text, [("王丽霞", "PERSON")]) == []


def test_bylines_from_text_and_article() -> None:
    text = (
        "本报讯(记者 侯慧琴 通讯员 王浩青)身穿红马甲、手持小喇叭，严守大门。"
        "\n记者 李杰华\n通讯员 刘璟琛 段斌 文/摄"
    )
    spans = [("侯慧琴", "PERSON"), ("王浩青", "PERSON"), ("李杰华", "PERSON"),
             ("刘璟琛", "PERSON"), ("段斌", "PERSON")]  # fmt: skip
    rows = roles_of(text, spans, bylines=[("李杰华", "记者"), ("刘璟琛", "通讯员"), ("段斌", "通讯员")])
    got = {(r.person_name, r.role, r.role_norm) for r in rows}
    assert got == {
        ("侯慧琴", "记者", "reporter"),
        ("王浩青", "通讯员", "correspondent"),
        ("李杰华", "记者", "reporter"),
        ("刘璟琛", "通讯员", "correspondent"),
        ("段斌", "通讯员", "correspondent"),
    }


def test_byline_without_a_mention_still_gets_a_row() -> None:
    rows = roles_of("记者 丁洁", [], bylines=[("丁洁", "记者")])
    assert [(r.person_name, r.role_norm, r.start) for r in rows] == [("丁洁", "reporter", 3)]
    assert rows[0].person_entity_id == entity_id("PERSON", "丁洁")


def test_source_in_a_lead_is_no_author() -> None:
    # 央视网消息（新闻联播） parses like 本报讯（记者 X）: a role-less byline that the NER
    # never reads as a person is the source, not a person
    text = "央视网消息（新闻联播）：国务院新闻办今天举行新闻发布会。"
    assert roles_of(text, [], bylines=[("新闻联播", "作者")]) == []
    # also where the NER takes the program for a person
    assert roles_of(text, [("新闻联播", "PERSON")], bylines=[("新闻联播", "作者")]) == []
    text += "《新闻联播》推出系列报道。"
    assert roles_of(text, [("新闻联播", "PERSON")], bylines=[("新闻联播", "作者")]) == []
    rows = roles_of("文章作者 王丽霞\n王丽霞", [("王丽霞", "PERSON")], bylines=[("王丽霞", "作者")])
    assert [r.person_name for r in rows] == ["王丽霞"]


def test_rows_fit_the_schema_and_ids_are_stable() -> None:
    text = "社区党支部书记张春凤带领志愿者。23岁的石欣蔚主动请缨。\n记者 丁洁"
    spans = [("张春凤", "PERSON"), ("石欣蔚", "PERSON"), ("丁洁", "PERSON")]
    a = roles_of(text, spans, bylines=[("丁洁", "记者")])
    b = roles_of(text, spans, bylines=[("丁洁", "记者")])
    assert a == b and len(a) == 3
    table = to_table("person_roles", a)
    assert table.schema.names == SCHEMAS["person_roles"].names
    assert len({r.role_id for r in a}) == 3


def test_role_head() -> None:
    assert role_head("社区党支部书记") == "书记"
    assert role_head("一级警长") == "警长"
    assert role_head("妻子") is None


@pytest.mark.parametrize(
    "text",
    ["张春凤（社区党支部书记）带领志愿者挨家挨户登记。", "张春凤，社区党支部书记，带领志愿者挨家挨户登记。"],
)
def test_appositive_title(text: str) -> None:
    row = one(roles_of(text, [("张春凤", "PERSON")]), "张春凤")
    assert (row.role, row.role_norm) == ("社区党支部书记", "书记")


def test_clause_after_a_comma_is_not_a_title() -> None:
    assert roles_of("张春凤，带领志愿者挨家挨户登记。", [("张春凤", "PERSON")]) == []


def test_a_name_is_no_part_of_a_title() -> None:
    # the NER missed 习近平 and took 郑重 (solemnly) for a name: 习近平主席 is not 郑重's title
    rows = roles_of("2025年，习近平主席郑重提出全球治理倡议。", [("郑重", "PERSON")])
    assert [r.role for r in rows if r.person_name == "郑重"] in ([], [None])


def test_a_congress_is_no_name_before_a_title() -> None:
    rows = roles_of("二十大代表张莉是湖北荆州市农业科技服务中心的农艺师。", [("张莉", "PERSON")])
    assert one(rows, "张莉").role == "二十大代表"


def test_intern_and_photo_reporter_keep_their_own_roles() -> None:
    # one byline role list (byline_roles.tsv) for segmentation and roles: 实习记者 is an intern and
    # 摄影记者 a photographer, not a reporter because the word ends in 记者
    text = "本报讯(实习记者 王小明 摄影记者 李华)社区志愿者挨家挨户登记。"
    spans = [("王小明", "PERSON"), ("李华", "PERSON")]
    rows = roles_of(text, spans, bylines=[("王小明", "实习记者"), ("李华", "摄影记者")])
    assert {(r.person_name, r.role, r.role_norm) for r in rows} == {
        ("王小明", "实习记者", "intern"),
        ("李华", "摄影记者", "photographer"),
    }


def test_every_byline_word_of_the_list_gives_its_role() -> None:
    for word, norm in lexicons.mapping("byline_roles").items():
        rows = roles_of(
            f"社区志愿者挨家挨户登记。\n{word} 丁洁", [("丁洁", "PERSON")], bylines=[("丁洁", word)]
        )
        assert [(r.role, r.role_norm) for r in rows] == [(word, norm)], word


def test_rows_read_back_as_mappings_give_the_same_roles() -> None:
    # rows read back from Parquet (to_pylist) are mappings with lists: the stage coerces them
    text = "社区党支部书记张春凤带领志愿者。\n记者 丁洁"
    inputs = make_inputs(text, [("张春凤", "PERSON"), ("丁洁", "PERSON")], bylines=[("丁洁", "记者")])
    as_rows = [asdict(inputs[0]), *([asdict(r) for r in table] for table in inputs[1:])]
    assert person_roles(*as_rows) == person_roles(*inputs)  # type: ignore[arg-type]


def test_a_new_title_head_is_one_line_of_data() -> None:
    # the heads are data: every entry of roles_title_heads.tsv is a head role_head knows
    for head in lexicons.words("roles_title_heads"):
        assert role_head("社区" + head) == head
