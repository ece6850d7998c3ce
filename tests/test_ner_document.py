"""A name found in one sentence of a document, tagged where it recurs (issue 11, round 6:
``pipeline.nlp.document.propagate``), on invented news sentences."""

from __future__ import annotations

from rule_spans import propagated


def test_a_name_found_once_is_tagged_where_it_recurs() -> None:
    got = propagated(("村支书王德顺带领村民修路。", (("王德顺", "PERSON"),)),
               ("随后，王德顺又带人进村检查。", ()),
               ("洪水退去后，青石河水位回落。", (("青石河", "LOC"),)),
               ("当地对青石河堤坝开展巡查。", ()))
    assert got == [[("王德顺", "PERSON")], [("王德顺", "PERSON")], [("青石河", "LOC")],
                   [("青石河", "LOC")]]


def test_no_spread_of_a_surface_with_two_labels_or_a_cut_name() -> None:
    got = propagated(("福安是一座城市。", (("福安", "LOC"),)),
               ("福安不断推进改革。", (("福安", "PERSON"),)),
               ("福安生态不断改善。", ()),
               ("李德在会上发言，李德成表示赞同。", (("李德", "PERSON"), ("李德成", "PERSON"))))
    assert got[2] == [] and got[3] == [("李德", "PERSON"), ("李德成", "PERSON")]


def test_no_spread_of_a_common_word_or_a_surface_the_model_mostly_passed_over() -> None:
    got = propagated(("星火终将燎原。", (("燎原", "LOC"),)),
               ("燎原之势。", ()),
               ("廊亭很美。", (("廊亭", "LOC"),)),
               ("廊亭、廊亭和廊亭都修好了。", ()))
    assert got[1] == [] and got[3] == []


def test_an_organizations_inner_place_stays_inside_it() -> None:
    got = propagated(("青石镇政府组织群众转移。", (("青石镇政府", "ORG"),)),
               ("青石镇今天降雨。", (("青石镇", "LOC"),)))
    assert got == [[("青石镇政府", "ORG")], [("青石镇", "LOC")]]
