"""MSRA dev error classes of round 7 (issue 11), on invented sentences: a cup's namesake, a pair
of countries' short names, a place's local time and a child's pet name; each under MSRA's
annotation convention and, where the rule is MSRA's only, the project's."""

from __future__ import annotations

from rule_spans import ents, is_msra, model, rules_per_convention

from pipeline.nlp.components import Rules

rules = rules_per_convention(["东川市", "东川", "中国"], "李王张刘陈赵苗")


def test_cup_namesake_stays_a_person(rules: Rules) -> None:
    """A name right before 杯 names a cup after a person: it stays a PERSON though it ends like
    a kinship form (…伯); the same name before anything else is a form of address and goes."""
    t = "第五届张伯杯围棋邀请赛今天在东川开幕。"
    assert ("张伯", "PERSON") in ents(t, rules.apply(t, model(t, ("张伯", "PERSON"))))
    t = "张伯今天一早就去了集市。"
    assert ("张伯", "PERSON") not in ents(t, rules.apply(t, model(t, ("张伯", "PERSON"))))


def test_pair_of_country_short_names(rules: Rules) -> None:
    """MSRA: a one-character LOC written against a known abbreviation (中|秘, a pair of
    countries) is kept; alone it is still dropped, and the project's convention drops it."""
    t = "中秘两国的贸易额逐年增长。"
    spans = model(t, ("中", "LOC"), ("秘", "LOC"))
    if is_msra(rules):
        assert ents(t, rules.apply(t, spans)) == [("中", "LOC"), ("秘", "LOC")]
        t = "这是一个秘方。"
        assert ents(t, rules.apply(t, model(t, ("秘", "LOC")))) == []
    else:
        assert ents(t, rules.apply(t, spans)) == [("中", "LOC")]


def test_local_time_is_no_place(rules: Rules) -> None:
    """MSRA: a place before 时间 is a time zone (东川时间 晚上8点), no LOC; elsewhere it stays, and
    the project's convention keeps it."""
    t = "决赛将于东川时间晚上8点在东川体育馆开始。"
    spans = model(t, ("东川", "LOC"), ("东川体育馆", "LOC"))
    expected = [("东川体育馆", "LOC")] if is_msra(rules) else [("东川", "LOC"), ("东川体育馆", "LOC")]
    assert ents(t, rules.apply(t, spans)) == expected


def test_pet_name_after_a_surname(rules: Rules) -> None:
    """MSRA: a reduplicated pet name that jieba knows as a noun (苗苗) is a PERSON; a
    reduplicated adverb (常常) is none; the project's convention drops both."""
    t = "邻居家的苗苗每天放学都来帮忙。"
    spans = model(t, ("苗苗", "PERSON"))
    assert ents(t, rules.apply(t, spans)) == ([("苗苗", "PERSON")] if is_msra(rules) else [])
    t = "他常常来帮忙。"
    assert ents(t, rules.apply(t, model(t, ("常常", "PERSON")))) == []


def test_one_character_org_short_form(rules: Rules) -> None:
    """MSRA: a one-character ORG of ``ner_org_abbreviations`` (盟 of 入盟) is kept; another
    character (委) is not, and the project's convention keeps none."""
    t = "该国申请入盟已有五年。"
    got = ents(t, rules.apply(t, model(t, ("盟", "ORG"))))
    assert got == ([("盟", "ORG")] if is_msra(rules) else [])
    t = "他当了三年委员。"
    assert ents(t, rules.apply(t, model(t, ("委", "ORG")))) == []
