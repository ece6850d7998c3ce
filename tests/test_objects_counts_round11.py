"""Objects of counts (round 11, wave 2): a list item joined by a conjunction stays in the object
where the figure after it counts a noun of its own; a category noun jieba cuts in two (大|类)
stays inside the compound; the people after a people measure end before a verb; a pivot verb
makes no word with a one-character noun after it; a noun of division (方面, 领域) is counted
alone; a compound ending in a head jieba cut off, before 的, is counted itself; a determiner
after the measure is left out; a descriptive fixed phrase or a noun of property (代表性) before
的 is a relative clause; a list closed by 等 before a count with no noun after it is counted; a
fixed phrase ending the clause after a people count names what they do. Sentences invented in
the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import lexicons
from pipeline.quantities import people_predicates
from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a conjunction before a noun whose figure counts the noun after its measure
        ("本届博览会共有52个国家和地区930多家企业参展。", "52个", "国家和地区"),
        # a list item with its own place and figure stays out
        ("江西赣州近3万亩脐橙、河南南阳8万吨猕猴桃开始上市。", "近3万亩", "脐橙"),
        # 大|类 inside a compound
        ("前三季度，39个工业大类行业中有30个实现增长。", "39个", "工业大类行业"),
        # a verb after the people counted is their predicate
        ("今天上午，四名队员乘坐专用车辆抵达基地。", "四名", "队员"),
        ("会上，6位委员代表发言。", "6位", "委员代表"),
        # a verb jieba lists as a noun ends the people before the clause's end
        ("比赛吸引了来自20个国家的300余名选手参赛。", "300余名", "选手"),
        # a verb before a noun naming people stays inside the compound
        ("电网公司派出260名线路抢修工作人员。", "260名", "线路抢修工作人员"),
        # a pivot verb takes an object and a verb
        ("馆内一件青铜器上的18字铭文让器主身份清晰可辨。", "18字", "铭文"),
        # a determiner after the measure: the noun after it is counted
        ("当地组织300多台各类机械连夜抢修。", "300多台", "机械"),
        ("防空部队拦截了120架各型无人机。", "120架", "无人机"),
        # a noun of condition ends the object (stats_state_nouns)
        ("经检查，两名队员身体状态良好。", "两名", "队员"),
        # a descriptive fixed phrase before 的 is a relative clause
        ("春节期间，当地将举办120场形式多样的庆祝活动。", "120场", "庆祝活动"),
        # a noun of property before 的 modifies the noun after it
        ("会上集中展示了300多项代表性的科技成果。", "300多项", "科技成果"),
        # a verb after a noun of property names the thing it modifies
        ("假期里，全市推出600多场公益性演出。", "600多场", "公益性演出"),
        # a list closed by 等 right before a count with no noun after it is counted
        ("抢收期间，当地投入收割机、烘干机等3000多台。", "3000多台", "收割机、烘干机"),
        # a noun of division is counted alone
        ("方案从9个方面重点工作举措作出部署。", "9个", "方面"),
        # a compound ending in a head jieba cut off, before 的
        ("记者看到，当地7个临时安置点的供水设施已经恢复。", "7个", "临时安置点"),
    ],
)
def test_count_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a clause with a verb before 的 still gives the noun after it
        ("全省建成25个带动作用明显的示范基地。", "25个", "示范基地"),
        # a verb and its object before 的 are a clause
        ("全市有40个提供上门服务的机构。", "40个", "机构"),
        ("当天，约300辆运送救灾物资的货车抵达灾区。", "约300辆", "货车"),
        # a fixed phrase naming people before 的 is counted
        ("全县300名从业人员的工资已足额发放。", "300名", "从业人员"),
        # a name before 等 and a people count names some of the people
        ("清晨，王阿姨等4人早早来到路口执勤。", "4人", ""),
        # a list before a noun used as the unit names examples
        ("规划从产业发展、科技创新、民生保障等6方面提出18项目标。", "6方面", ""),
        # a noun right before 的 keeps the count
        ("当地为6个社区的居民送去物资。", "6个", "社区"),
    ],
)
def test_count_object_kept(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a fixed phrase ending the clause after a people count is what they do
        ("泥石流已造成12人遇难、9人下落不明。", "9人", "下落不明"),
        # a verb still does
        ("泥石流已造成12人遇难、9人受伤。", "9人", "受伤"),
        # a space ends a headline's clause
        ("山区暴雨导致38人遇难 当地全力搜救", "38人", "遇难"),
        # ... and no 的 after the space opens a relative clause over the people's verb
        # (people_relatives.people_after_relative)
        ("周末超2亿人次出行 “奔跑的乡村”", "超2亿人次", "出行"),
        # 双方 is a scope, not what is counted
        ("冲突已造成双方超过900人死亡。", "超过900人", "死亡"),
        # a fixed phrase naming people is no action
        ("这家企业现有300名从业人员。", "300名", "从业人员"),
    ],
)
def test_action_after_people(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_people_verbs_list_holds_verbs_jieba_lists_as_nouns(tmp_path: Path) -> None:
    corpus = tmp_path / "c.txt"
    line = "1-1\t运动员/n 参赛/v ，/w 选手/n 参赛/vn 。/w 居民/n 增长/v\n"
    corpus.write_text(line * 2, encoding="utf-8")
    words = {w for w, _ in people_predicates.build(corpus)}
    assert "参赛" in words  # jieba's dictionary lists 参赛 as a noun; the corpus as a verb
    assert "增长" not in words and "选手" not in words  # jieba agrees / a noun


def test_shipped_people_verbs_list_is_the_one_the_corpus_gives() -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "pd1998_01" / "199801.sentences.txt"
    if not corpus.exists():
        pytest.skip("the tagged corpus is not here")
    shipped = {w for w, *_ in lexicons.rows("stats_people_verbs")}
    assert shipped == {w for w, _ in people_predicates.build(corpus)}
