"""Names under MSRA's annotation convention and name extents (issue 11, round 6):
``cnnews_periodicals`` and the name-list and interpunct rules, on invented news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from rule_spans import ents, model, write_lexicons

from pipeline.nlp.components import Rules, build_rules
from pipeline.nlp.components.build import default_config


@pytest.fixture(scope="module")
def lexicons_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_lexicons(tmp_path_factory.mktemp("lexicons"),
                          ["北京市", "江北省", "江北", "东川市", "东川", "柳河县", "中国"], "李王张刘陈赵")


@pytest.fixture(scope="module")
def msra_rules(lexicons_dir: Path) -> Rules:
    return build_rules(str(lexicons_dir), default_config("msra"))


@pytest.fixture(scope="module")
def project_rules(lexicons_dir: Path) -> Rules:
    return build_rules(str(lexicons_dir), default_config("project"))


def test_place_and_newspaper_one_org(msra_rules: Rules, project_rules: Rules) -> None:
    """MSRA: a place right before a newspaper's title is the newspaper's, marks included; the
    project's convention leaves the spans as they are."""
    t = "据瑞典《北方晨报》报道,该国已连续三周降温。"
    spans = model(t, ("瑞典", "LOC"), ("北方晨报", "ORG"))
    assert ents(t, msra_rules.apply(t, spans)) == [("瑞典《北方晨报》", "ORG")]
    assert ents(t, project_rules.apply(t, spans)) == [("瑞典", "LOC"), ("北方晨报", "ORG")]


def test_title_with_body_word(msra_rules: Rules) -> None:
    """《…》 followed by 杂志 / 编辑部 is one ORG, from the place where there is one."""
    t = "《田园科技》杂志编辑部和丹麦《海洋生物学》杂志联合发起征文。"
    got = ents(t, msra_rules.apply(t, model(t, ("丹麦", "LOC"))))
    assert got == [("《田园科技》杂志", "ORG"), ("丹麦《海洋生物学》杂志", "ORG")]


def test_book_after_a_place_is_no_periodical(msra_rules: Rules) -> None:
    """A book's title after a place (no periodical ending, no body word) changes nothing."""
    t = "他翻译了德国《园艺学通论》一书。"
    assert ents(t, msra_rules.apply(t, model(t, ("德国", "LOC")))) == [("德国", "LOC")]


def test_org_starts_at_the_last_of_two_places(msra_rules: Rules, project_rules: Rules) -> None:
    """MSRA: province + county + body is LOC (province) + ORG (county's body), as
    ``org_places`` cuts it under the project's convention too. One place before a body, or a country
    as the second place (the body's own name), keeps the span."""
    t = "江北省柳河县农机局和东川市机械厂签订了协议。"
    spans = model(t, ("江北省柳河县农机局", "ORG"), ("东川市机械厂", "ORG"))
    want = [("江北省", "LOC"), ("柳河县农机局", "ORG"), ("东川市机械厂", "ORG")]
    assert ents(t, msra_rules.apply(t, spans)) == want
    assert ents(t, project_rules.apply(t, spans)) == want
    t = "东川中国青年旅行社组团出访。"
    assert ents(t, msra_rules.apply(t, model(t, ("东川中国青年旅行社", "ORG")))) == [
        ("东川中国青年旅行社", "ORG")]


def test_names_in_a_list_cut_anew(msra_rules: Rules, project_rules: Rules) -> None:
    """Names printed one after another, tagged as pieces that touch but cut in the wrong
    places (王晓|明陈立|新赵建国): the run is cut into the most probable names."""
    t = "出席会议的有王晓明陈立新赵建国等。"
    spans = model(t, ("王晓", "PERSON"), ("明陈立", "PERSON"), ("新赵建国", "PERSON"))
    want = [("王晓明", "PERSON"), ("陈立新", "PERSON"), ("赵建国", "PERSON")]
    assert ents(t, msra_rules.apply(t, spans)) == want
    assert ents(t, project_rules.apply(t, spans)) == want


def test_names_standing_for_people_stay(msra_rules: Rules) -> None:
    """Single characters standing for names (马|列 of 马列主义; MSRA: PERSON each) are no list
    to cut (张|王 两家), nor is a single character at the end of a run (the model stopping early)."""
    t = "张王两家和好,王晓明李。"
    spans = model(t, ("张", "PERSON"), ("王", "PERSON"), ("王晓明", "PERSON"), ("李", "PERSON"))
    assert ents(t, msra_rules.apply(t, spans)) == [("张", "PERSON"), ("王", "PERSON"),
                                                   ("王晓明", "PERSON"), ("李", "PERSON")]


def test_transliterated_name_cut_at_its_interpunct(msra_rules: Rules) -> None:
    """A PERSON ending in the interpunct takes the part after it, up to a character that ends
    names (说); a mark with nothing after it is trimmed."""
    t = "英国学者托马斯·韦德说,城市是记忆。"
    assert ents(t, msra_rules.apply(t, model(t, ("托马斯·", "PERSON")))) == [("托马斯·韦德", "PERSON")]
    t = "主演是卡尔·"
    assert ents(t, msra_rules.apply(t, model(t, ("卡尔·", "PERSON")))) == [("卡尔", "PERSON")]


def test_byline_names_printed_together(project_rules: Rules) -> None:
    """Two names glued after a byline role (记者王晓明陈立新 tagged as one span) are two names;
    a name of four characters elsewhere stays whole."""
    t = "本报讯(记者王晓明陈立新)今年夏粮再获丰收。"
    assert ents(t, project_rules.apply(t, model(t, ("王晓明陈立新", "PERSON")))) == [
        ("王晓明", "PERSON"), ("陈立新", "PERSON")]
    t = "本报讯(记者王明陈新)今年夏粮再获丰收。"
    assert ents(t, project_rules.apply(t, model(t, ("王明陈新", "PERSON")))) == [
        ("王明", "PERSON"), ("陈新", "PERSON")]
    t = "村民王明陈新说,今年夏粮再获丰收。"
    assert ents(t, project_rules.apply(t, model(t, ("王明陈新", "PERSON")))) == [("王明陈新", "PERSON")]


def test_department_after_its_university(msra_rules: Rules, project_rules: Rules) -> None:
    """A department written right after its university is part of the one outermost ORG; 系 in
    a longer word (关系, 系列) is no department."""
    t = "他考入东川师范大学生物系,与东川大学建立了密切关系。"
    spans = model(t, ("东川师范大学", "ORG"), ("东川大学", "ORG"))
    want = [("东川师范大学生物系", "ORG"), ("东川大学", "ORG")]
    assert ents(t, msra_rules.apply(t, spans)) == want
    assert ents(t, project_rules.apply(t, spans)) == want


def test_part_of_a_place_is_no_place(msra_rules: Rules, project_rules: Rules) -> None:
    """MSRA: 东川西郊 tagged LOC is the place 东川 (MSRA never tags the part with it); the
    project's convention leaves the span."""
    t = "新机场建在东川西郊。"
    spans = model(t, ("东川西郊", "LOC"))
    assert ents(t, msra_rules.apply(t, spans)) == [("东川", "LOC")]
    assert ents(t, project_rules.apply(t, spans)) == [("东川西郊", "LOC")]
