"""Objects cut at a quotation, a model code or an adverbial noun (issue 12, round 16): a noun
before the figure takes the short quoted name glued to it (quote_edges: “丝路海运”|航线|达N条),
a model designation with a two-character head or before no noun is one name (object_edges:
米格-29, 运-20|与), a verbal noun between a code name and a noun is part of the name (S-300|
防空|导弹), and an adverbial noun of the whole group or of manner ends the object (edge_adverbs:
股指|集体|收跌, 透析机|全天候|运行); a ranking's number is inside its name (世界500强企业), 在 and
a one-character place after a measure's 的 modify the noun (在华外资企业), and an intention word
before a verb opens the predicate (项目|计划|开工); an area's land before 上 is its object
(N亩的|滩涂|上). Sentences invented in the style of the 新闻联播 corpus; none is copied from a
gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_quoted_name_before_a_noun_object() -> None:
    """“丝路海运”|航线|已达N条: the quotation names the kind of route."""
    assert one("目前，该港“丝路海运”航线已达150条。", "150条").object == "“丝路海运”航线"


def test_quoted_name_before_a_metric_object() -> None:
    """“小巨人”|企业增加值|增长N%: the quotation is part of the metric's noun."""
    text = "前三季度，全省专精特新“小巨人”企业增加值同比增长9.2%。"
    assert one(text, "9.2%").object.startswith("“小巨人”企业增加值")


def test_model_code_with_two_character_head() -> None:
    """N架|米格|-|29|战机: one model name, not 米格."""
    assert one("防空部队击落4架米格-29战机。", "4架").object == "米格-29战机"


def test_model_code_before_a_conjunction() -> None:
    """N架|运-|20|与…: the number after the hyphen belongs to the name whatever follows."""
    assert one("空军派出2架运-20与多架战机参加航展。", "2架").object == "运-20"


def test_verbal_noun_after_a_code_name() -> None:
    """N枚|S-300|防空/vn|导弹: the verbal noun names the model's kind."""
    assert one("防空部队击落了三枚S-300防空导弹。", "三枚").object == "S-300防空导弹"


def test_collective_adverb_ends_the_object() -> None:
    """三大|股指|集体|收跌: 集体 says how the indices fell."""
    assert one("受此影响，欧洲股市三大股指集体收跌。", "三大").object == "股指"


def test_round_the_clock_adverb_ends_the_object() -> None:
    """N台|透析机|全天候|开机: 全天候 says how they run."""
    assert one("医院新增的60台血液透析机全天候开机。", "60台").object == "血液透析机"


def test_whole_adverb_after_a_category() -> None:
    """六大|领域|全部|开工: 全部 is the adverbial of the whole."""
    assert one("园区六大领域全部开工建设。", "六大").object == "领域"


def test_ranking_name_is_one_noun() -> None:
    """N家|世界|500|强|企业: the ranking's number is inside the name."""
    assert one("本届博览会有260家世界500强企业参展。", "260家").object == "世界500强企业"


def test_located_modifier_after_a_share() -> None:
    """N%的|在|华|外资企业: 在华 says where the firms are, inside their noun phrase."""
    assert one("报告显示，68%的在华外资企业看好市场前景。", "68%").object == "在华外资企业"


def test_intention_before_a_verb_ends_the_object() -> None:
    """N个|项目|计划/n|开工: the intention opens the predicate."""
    assert one("全县今年有15个项目计划开工建设。", "15个").object == "项目"


def test_surface_an_amount_measures_before_its_locative() -> None:
    """N亩的|滩涂|上|养殖…: the land the area measures, not a frame."""
    assert one("在该镇，3000亩的滩涂上养殖的对虾迎来丰收。", "3000亩").object == "滩涂"


def test_quoted_holiday_before_a_metric_is_its_time_not_its_kind() -> None:
    """“五一”|入境游订单量: the holiday is when, a scope the object leaves out (a bound character
    after it, “五一”|档, makes a season that stays)."""
    s = one("今年“五一”入境游订单量同比增长120%。", "120%")
    assert s.object == "入境游订单量"
