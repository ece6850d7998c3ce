"""Round-9 place review (issue 11): a county or city written by its short form alone after its
province or city in the same sentence (``pipeline.nlp.document_places.child_forms``, run by
``pipeline.nlp.document.propagate``), on invented news sentences."""

from __future__ import annotations

from rule_spans import propagated


def test_a_county_after_its_province_is_a_place() -> None:
    got = propagated(("吉林水稻进入插秧期，在镇赉的盐碱地上，农机来回作业。", (("吉林", "LOC"),)))
    assert got == [[("吉林", "LOC"), ("镇赉", "LOC")]]


def test_a_county_after_its_city_is_a_place() -> None:
    got = propagated(("在眉山青神，当地扩种油菜。", (("眉山", "LOC"),)))
    assert got == [[("眉山", "LOC"), ("青神", "LOC")]]


def test_a_city_jieba_lists_as_a_rare_common_word_is_a_place() -> None:
    got = propagated(("广东推进陆丰、茂名等地的示范带建设。", (("广东", "LOC"), ("陆丰", "LOC"))))
    assert got == [[("广东", "LOC"), ("陆丰", "LOC"), ("茂名", "LOC")]]


def test_no_short_form_without_its_province_or_city_before_it_in_the_sentence() -> None:
    got = propagated(("吉林水稻进入插秧期。", (("吉林", "LOC"),)),
                     ("在镇赉的盐碱地上，农机来回作业。", ()),
                     ("镇赉是吉林的产粮大县。", (("吉林", "LOC"),)))
    assert got == [[("吉林", "LOC")], [], [("吉林", "LOC")]]


def test_no_frequent_common_word_or_district_stem() -> None:
    got = propagated(("广东坚持和平发展，新兴产业加快成长。", (("广东", "LOC"),)),
                     ("北京的朝阳产业蓬勃发展。", (("北京", "LOC"),)))
    assert got == [[("广东", "LOC")], [("北京", "LOC")]]
