"""Objects read through a predicate or with a verb of the clause in them (issue 12, round 17): a
preposition of a beneficiary or partner before a verb (为|企业|减负, 向|某银行|注资), a verb after
a quotation's compound (“…”|建设|取得|成效), a named place or body after a conjunction (N个|省份|
及|某兵团), and the delegates of counted places (N个|国家|代表). Sentences invented in the style
of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_beneficiary_before_the_verb_is_no_part_of_the_amount() -> None:
    """为|小微企业|减负, 给|农户|减免: the beneficiary named by the preposition is not measured
    (给|农户|补贴/n stays: jieba's noun names the subsidy of the farmers)."""
    assert one("今年该省力争为小微企业减负达800亿元以上。", "800亿元以上").object == "减负"
    assert one("该县今年给种粮农户减免1200万元。", "1200万元").object == "减免"
    assert one("该县今年给种粮农户补贴3200万元。", "3200万元").object == "种粮农户补贴"


def test_partner_before_a_verb_is_no_part_of_the_amount() -> None:
    """向|某|地方|银行|注资/v: the bank is the preposition's; a verb (v) closes the phrase."""
    assert one("多家机构宣布，向某地方银行注资200亿美元。", "200亿美元").object == "注资"
    # a one-character verb after a noun is a word jieba split (奖/n|补/v): the object stays 奖补
    assert one("该市对示范性家庭农场一次性奖补5万元。", "5万元").object == "奖补"


def test_verb_after_a_quoted_compound_is_its_predicate() -> None:
    """N个|“无废城市”|建设|取得|阶段性|成果: 取得 is the predicate of the quoted things counted."""
    s = one("到2028年，推动20个“无废城市”建设取得阶段性成果。", "20个")
    assert s.object == "“无废城市”"


def test_named_body_after_a_conjunction_is_not_counted() -> None:
    """N个|省份|及|某某兵团/nt|启动: the named body is one; the count is of the provinces (N个|
    国家|和|地区 stays a list of common nouns)."""
    s = one("截至目前，全国已有25个省份及新疆生产建设兵团启动夏收。", "25个")
    assert s.object == "省份"
    assert one("有60多个国家和地区参展。", "60多个").object == "国家和地区"
    # jieba's one-character place (和|中/ns|试…) is no name: the list of two platforms stays
    assert one("该市建成15家创新服务中心和中试验证基地。", "15家").object == "创新服务中心和中试验证基地"
    # a word jieba tags as a place (城中村/ns) before a verb and a noun modifies that compound
    assert one("全区开工改造18个老旧小区和城中村改造项目。", "18个").object == "老旧小区和城中村改造项目"
    # a region (华南, ner_macro_regions) is a name there: the count is of the first member
    assert one("当年组建了5个纵队和华南抗日游击队。", "5个").object == "纵队"


def test_delegates_of_counted_countries() -> None:
    """N个|国家|代表, N个|成员国|部长: a measure of things counts the countries, not their envoys;
    N名|代表 counts the delegates, and a delegation (代表团) is a body counted by 个."""
    assert one("中国、巴西等40多个国家代表出席论坛。", "40多个").object == "国家"
    assert one("6个成员国部长及代表出席会议。", "6个").object == "成员国"
    assert one("5名代表出席。", "5名").object == "代表"
    assert one("共有12个国家代表团参赛。", "12个").object == "国家代表团"

