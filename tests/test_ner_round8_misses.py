"""Round-8 miss review (issue 11): rivers the model passes over -- a river jieba's dictionary
knows by name (``cnnews_loc_suffix``), and a river named once in a story, then again and again
in 某河水 (``pipeline.nlp.document.propagate``); on invented news sentences."""

from __future__ import annotations

import pytest
from rule_spans import ents, model, propagated, write_lexicons

from pipeline.nlp.components import Rules, build_rules


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    d = write_lexicons(tmp_path_factory.mktemp("lexicons"), ["东山县"], "李王张")
    return build_rules(str(d))


@pytest.mark.parametrize(("text", "expected"), [
    ("抢险队员连夜加固永定河堤防。", [("永定河", "LOC")]),
    ("沿着滹沱河，新建的绿道向东延伸。", [("滹沱河", "LOC")]),
    ("这条内流河的水量逐年减少。", []),              # a kind of river, no name
    ("他在广东沙河镇开了一家小店。", []),            # 东沙河 is no word there
])
def test_a_river_jieba_knows_by_name_is_a_place(rules: Rules, text: str,
                                                expected: list[tuple[str, str]]) -> None:
    suffix = rules.nlp.get_pipe("cnnews_loc_suffix")
    assert ents(text, suffix.apply(text, model(text))) == expected



def test_a_river_named_once_spreads_to_its_water_however_often() -> None:
    got = propagated(("汾河自北向南流过盆地。", (("汾河", "LOC"),)),
               ("村民喝上了甘甜的汾河水。", ()),
               ("汾河水浇灌了万亩良田。", ()),
               ("“引汾河水”是几代人的愿望。", ()))
    assert got[1:] == [[("汾河", "LOC")]] * 3


def test_a_common_word_before_a_river_word_keeps_the_ratio() -> None:
    got = propagated(("游船驶入运河。", (("运河", "LOC"),)),
               ("运河两岸灯火通明。", ()),
               ("运河边的集市很热闹。", ()),
               ("运河文化源远流长。", ()))
    assert got[1:] == [[], [], []]
