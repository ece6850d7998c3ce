"""Statistics whose metric or counted thing is the subject right before the predicate, with
something between that used to block the read-back (issue 12, round 16): a time adverb jieba
tags mq (一度), a time phrase opened by 于 or ending in a day of the month, a superlative before a
figure that holds its verb, a modal of necessity, a word of averaging after a copula or inside
a change frame, a place word tagged s before 由, a difference verb jieba cuts (多|增), a list
closed by 等 before a rate noun, and a metric after an earlier count. Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one, stats_of


def test_time_adverb_tagged_mq_between_subject_and_verb() -> None:
    """水温|一度/mq|升到|N℃: 一度 says when, the figure measures the subject."""
    assert one("入夏以后，湖区的水温一度升到31摄氏度。", "31摄氏度").object == "水温"


def test_time_phrase_opened_by_a_preposition() -> None:
    """存款余额|于|2019年5月底|突破N: the preposition opens the time, not a noun phrase."""
    s = one("该省居民存款余额于2019年5月底突破8万亿元。", "突破8万亿元")
    assert s.object == "居民存款余额"


def test_day_of_the_month_between_subject_and_verb() -> None:
    """铜价|8|日|大幅|下跌|N%: jieba cuts 8日 into two numerals; still a time."""
    assert one("国际铜价8日大幅下跌超4%。", "超4%").object == "国际铜价"


def test_superlative_before_a_figure_with_its_verb() -> None:
    """日游客量|最高|超过N人次: the superlative says how far, not what is counted."""
    assert one("景区单日接待量最高超过6万人次。", "超过6万人次").object == "景区单日接待量"


def test_modal_of_necessity_before_a_verb_of_reaching() -> None:
    """志愿者人数|需要|扩大到|N人: the modal belongs to the predicate."""
    assert one("他说，全市志愿者人数需要扩大到2万人。", "2万人").object == "志愿者"


def test_average_word_after_a_copula() -> None:
    """出口总量|为|日均|N吨: the word of averaging frames the figure; the subject is measured."""
    assert one("今年一季度，该港出口总量为日均12万吨。", "12万吨").object == "出口总量"


def test_average_word_inside_a_change_frame() -> None:
    """航班|由…的|日均|N架次|增加到…的|日均|M架次: both figures count the subject."""
    found = {s.text: s.object for s in stats_of("国际货运航班由开航之初的日均6架次增加到目前的日均20架次。")}
    assert found["6架次"] == "国际货运航班"
    assert found["20架次"] == "国际货运航班"


def test_place_word_after_a_relative_clause_before_a_change_frame() -> None:
    """可…的|口岸/s|由N个|增至M个: the place word is the thing counted."""
    found = {s.text: s.object for s in stats_of("可办理落地签证的口岸由12个增至30个。")}
    assert found["12个"] == "口岸"
    assert found["30个"] == "口岸"


def test_difference_verb_cut_by_jieba() -> None:
    """存款新增N元，同比|多|增|M元: 多增 is one verb of change; the figure measures the subject."""
    s = one("前两个月，住户存款新增3.2万亿元，同比多增4100亿元。", "4100亿元")
    assert s.object == "住户存款"


def test_list_closed_by_deng_before_a_rate_noun() -> None:
    """玩具、箱包|等|增速/v|超过N%: the list whose rate it is."""
    assert one("其中，玩具、箱包等增速均超过12%。", "超过12%").object == "玩具、箱包等"


def test_metric_after_an_earlier_count() -> None:
    """30个|步行街|客流量|接近N人次: the metric of the things the count before counts."""
    found = {s.text: s.object for s in stats_of("节日期间，全省30个步行街客流量接近800万人次。")}
    assert found["30个"] == "步行街"
    assert found["接近800万人次"] == "客流量"


def test_first_figure_of_a_change_frame_with_its_time_and_approximation() -> None:
    """收入|由|本世纪初|刚|过|N元|提高到|M元: the time and 刚过 stand between 由 and the figure."""
    found = {s.text: s.object for s in stats_of("山区农户年收入由本世纪初刚过3000元提高到4万元。")}
    assert found["3000元"] == "山区农户年收入"
    assert found["4万元"] == "山区农户年收入"
