"""The `statistics` rows of a document: every article's sentences through the steps of
`pipeline.quantities` (candidates, measure, objects, links)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from pipeline.dates.mentions import sentences_by_article
from pipeline.dates.resolve import reference_date
from pipeline.ids import stable_id
from pipeline.quantities.activity_objects import activity_before, partitive_activity
from pipeline.quantities.activity_tails import without_activity_tail
from pipeline.quantities.adjustment_frames import carry_adjusted_rates
from pipeline.quantities.adverbial_subjects import subject_past_adverbial
from pipeline.quantities.after_measure import adverbs_as_modifiers, unplaced_nouns
from pipeline.quantities.attribute_metrics import attribute_metric
from pipeline.quantities.average_tails import without_average_tail
from pipeline.quantities.average_words import carry_past_average, with_average_word
from pipeline.quantities.basis_frames import carry_basis_frames
from pipeline.quantities.bound_characters import join_bound_characters
from pipeline.quantities.bound_prefixes import with_bound_prefix
from pipeline.quantities.bracket_asides import join_inner_alternatives, without_subject_asides
from pipeline.quantities.change_frames import change_subject, change_verbs_as_verbs
from pipeline.quantities.change_objects import carry_past_change_words
from pipeline.quantities.clause_predicates import (
    without_clause_predicate,
    without_modal_predicate,
    without_posting_verb,
    without_verb_before,
)
from pipeline.quantities.code_modifiers import with_code_modifier
from pipeline.quantities.compared_changes import carry_gaps, gap_subject, subject_past_base
from pipeline.quantities.comparisons import compared_subject
from pipeline.quantities.context_objects import (
    carry_over,
    carry_past_shares,
    carry_subject,
    duration_subject,
    heading_of,
    metric_subject,
    notice_object,
    place_subject,
    share_in_runs,
    with_service_places,
    without_leading_place,
)
from pipeline.quantities.coordinated_counts import list_item_object
from pipeline.quantities.coordinated_modifiers import (
    with_coordinated_modifier,
    with_coordinated_modifier_after,
)
from pipeline.quantities.count_metrics import without_count_metric
from pipeline.quantities.count_subjects import count_subject
from pipeline.quantities.cut_openings import (
    join_cut_verb_pairs,
    with_glued_prefix,
    with_place_morpheme,
    with_superlative,
    without_place_end,
)
from pipeline.quantities.dimensions import dimension_subject, share_dimension_lists, without_dimension_tail
from pipeline.quantities.distance_frames import without_distance_frame
from pipeline.quantities.duration_activities import duration_activity, passed_activity
from pipeline.quantities.duration_metrics import age_metric, duration_metric
from pipeline.quantities.edge_adverbs import without_edge_adverb
from pipeline.quantities.ellipsis import carry_ellipsis
from pipeline.quantities.event_compounds import event_compound_object
from pipeline.quantities.fixed_nouns import nouns_before_figures
from pipeline.quantities.grade_ranges import join_grade_ranges
from pipeline.quantities.handling_verbs import without_allocating_verb, without_handling_verb
from pipeline.quantities.head_compounds import (
    head_compound_object,
    joined_head_object,
    measure_head_object,
    verbal_clause_object,
)
from pipeline.quantities.idiom_predicates import idioms_as_predicates
from pipeline.quantities.level_prefixes import join_level_prefixes, join_unit_alternatives
from pipeline.quantities.light_verb_activities import light_verb_activity
from pipeline.quantities.links import DayLinks, PlaceTrail, dateline_entity, nearest
from pipeline.quantities.list_items import whole_list_items
from pipeline.quantities.list_parallels import carry_in_verb_lists, with_shared_kind_verbs
from pipeline.quantities.measure import Found, sentence_statistics
from pipeline.quantities.metric_modifiers import with_metric_modifier
from pipeline.quantities.metric_verbs import with_metric_verb
from pipeline.quantities.modifier_verbs import with_modifier_verb
from pipeline.quantities.money_purposes import money_purpose, without_putting_verb
from pipeline.quantities.name_scopes import (
    metric_before_place,
    occasion_metric,
    past_scope_word,
    route_name,
    without_name_rest,
    without_port_scope,
    without_region_name,
)
from pipeline.quantities.object_choice import chosen_object
from pipeline.quantities.object_edges import (
    join_code_names,
    join_cut_adjectives,
    join_cut_heads,
    join_cut_locatives,
    join_cut_metrics,
    join_cut_nouns,
    join_rank_prefixes,
    nouns_for_inner_adverbs,
    object_to_clause_end,
    share_noun_only,
    split_function_tails,
    split_glued_verbs,
    without_date_head,
)
from pipeline.quantities.objects import object_of
from pipeline.quantities.opening_words import (
    DEICTIC_PLACES,
    EXPECTATION_WORDS,
    PREDICTING_VERBS,
    without_inner_word,
    without_opening_word,
    without_part_region,
    without_partner_phrase,
)
from pipeline.quantities.origin_words import with_origin_word
from pipeline.quantities.partitions import parts_of_wholes
from pipeline.quantities.people_between import people_between_counts
from pipeline.quantities.people_outcomes import people_outcome
from pipeline.quantities.people_relatives import people_after_relative
from pipeline.quantities.per_units import per_unit_object
from pipeline.quantities.phrase_tails import without_phrase_tail
from pipeline.quantities.pieces import Piece
from pipeline.quantities.place_heads import heads_before_figures
from pipeline.quantities.quote_edges import with_quote_opening
from pipeline.quantities.quoted_modifiers import with_quoted_modifier
from pipeline.quantities.quoted_terms import with_quoted_head, without_activity_before_quote
from pipeline.quantities.range_ends import share_in_ranges
from pipeline.quantities.rate_subjects import rate_subject
from pipeline.quantities.respective_lists import paired_in_order
from pipeline.quantities.scaled_metrics import with_scaled_metric
from pipeline.quantities.season_works import season_works_as_nouns
from pipeline.quantities.serial_predicates import without_serial_predicate
from pipeline.quantities.service_verbs import without_service_verb
from pipeline.quantities.share_bases import share_of_figure
from pipeline.quantities.share_metrics import share_metrics_as_nouns
from pipeline.quantities.share_scopes import share_of_scope
from pipeline.quantities.shared_metrics import share_parallel_metrics
from pipeline.quantities.signs import with_written_sign
from pipeline.quantities.size_metrics import people_of_size_metric
from pipeline.quantities.spoken_money import kind_of_pieces
from pipeline.quantities.subject_relatives import things_after_subject_clause
from pipeline.quantities.thing_relatives import things_after_relative
from pipeline.quantities.time_frames import carry_past_time_frames
from pipeline.quantities.time_objects import without_period_opening, without_time_objects
from pipeline.quantities.topic_subjects import topic_subject
from pipeline.quantities.trailing_predicates import share_of_predicate_subject, without_trailing_predicate
from pipeline.quantities.verb_metrics import with_verb_metric
from pipeline.quantities.verbal_tails import without_verbal_tail
from pipeline.quantities.whole_periods import with_whole_period
from pipeline.quantities.whole_shares import counts_of_whole, share_of_whole
from pipeline.quantities.widen import widened, without_glued_conjunction, without_marker_tail
from pipeline.quantities.word_tags import (
    free_numbers_as_words,
    join_attributive_verbs,
    join_cut_verbs,
    join_difference_verbs,
    retag,
)
from pipeline.records import Article, DateMention, Document, Mention, Sentence, Statistic, Token


@dataclass
class _Article:
    """One article and the tables of the document, grouped for its sentences."""

    document: Document
    article: Article
    sentences: list[Sentence]
    tokens: dict[str, list[Token]]  # by sentence id
    mentions: dict[str, list[Mention]]  # by sentence id
    date_spans: list[tuple[int, int]]
    days: DayLinks
    dateline: str | None  # the entity of the dateline place

    def notice(self, sent: Sentence) -> str:
        heading = heading_of(self.sentences, sent)
        if heading is None:
            return ""
        return notice_object(self.tokens.get(heading.sentence_id, []), self.document.text)


def _shared_choice(
    st: Found, pieces: list[Piece], text: str, names: list[tuple[int, int]], modelled: dict[str, str]
) -> str:
    """The object model's choice (object_choice); figures of one sentence the rules gave one
    object keep one object: where the model changed it for an earlier figure and not for this
    one, this one takes the earlier figure's (实际使用|外资金额N亿元，…同比增长M%: the sum's metric)."""
    rules = st.obj
    chosen = chosen_object(st, pieces, text, names)
    if rules and chosen == rules and rules in modelled:
        return modelled[rules]
    if rules and chosen != rules:
        modelled.setdefault(rules, chosen)
    return chosen


def _row(
    ctx: _Article, sent: Sentence, st: Found, place: Mention | None, org: Mention | None, day: str | None
) -> Statistic:
    doc = ctx.document
    return Statistic(
        stat_id=stable_id("q", doc.doc_id, st.start, st.end),
        doc_id=doc.doc_id,
        article_id=ctx.article.article_id,
        sentence_id=sent.sentence_id,
        batch_id=doc.batch_id,
        text=doc.text[st.start : st.end],
        start=st.start,
        end=st.end,
        value=st.value,
        low=st.low,
        high=st.high,
        approx=st.approx,
        unit=st.unit,
        unit_written=st.unit_written,
        object=st.obj,
        kind=st.kind,
        place_entity_id=place.entity_id if place else ctx.dateline,
        org_entity_id=org.entity_id if org else None,
        date=day,
    )


_Spans = list[tuple[int, int]]


def _finish(st: Found, pieces: list[Piece], text: str, s0: int, places: _Spans, dates: _Spans) -> None:
    """The object widened to its noun phrase's left edge, without an approximation word, a
    place or the end of a date at its ends."""
    st.obj = widened(st, pieces, text)
    st.obj = with_metric_modifier(st, pieces, text)  # 献血|人次数, 用|钢量: the measure's modifier
    st.obj = with_modifier_verb(st, pieces, text)  # 的|种植|面积占比: the verb names the noun's kind
    st.obj = with_origin_word(st, pieces, text)  # 国内|游客: the kind, not the place
    st.obj = with_average_word(st, pieces, text)  # 平均|亩产: the mean is measured
    st.obj = with_metric_verb(st, pieces, text)  # 核心品种|育种|周期|缩短20%
    st.obj = with_bound_prefix(st, pieces, text)  # 蔬菜|在|田面积, 水质|优良/z|比例
    st.obj = without_marker_tail(st, text)
    st.obj = with_scaled_metric(st, pieces, text)  # 接待|人数|达80万: the metric, the figure's value
    st.obj = without_glued_conjunction(st)  # N个基点|和约|M个基点: no object
    st.obj = without_leading_place(st, text, s0, places, pieces)
    st.obj = with_service_places(st, text, s0, places, pieces)  # 中欧|班列: the places name the service
    st.obj = with_place_morpheme(st, pieces, text)  # 黄河|源|园区面积: the place and 源 are one noun
    st.obj = with_superlative(st, pieces, text)  # 最|高温: 最高 is one word
    st.obj = without_place_end(st, pieces, text)  # 深圳|港|外贸…: 港 ends the place's name
    st.obj = with_glued_prefix(st, pieces, text)  # 可|再生能源: 可再生 is one word
    st.obj = share_noun_only(st, pieces, text)
    st.obj = object_to_clause_end(st, pieces, text)
    st.obj = without_date_head(st, text, dates)
    st.obj = without_period_opening(st, pieces, text)  # “十四五”|时期光伏装机: the time, not the thing
    st.obj = without_trailing_predicate(st, pieces, text)  # 水库|断水/n: the predicate, not the noun
    st.obj = share_of_predicate_subject(st, pieces, text)  # 自来水|100%|入户/n: the share is of the noun
    st.obj = without_verbal_tail(st, pieces, text)  # 小朋友|同台/n|演奏: the adverb, not the noun
    st.obj = without_serial_predicate(st, pieces, text)  # 球队|参赛/n|，: the predicate, not the noun
    st.obj = without_phrase_tail(st, pieces, text)  # 鸽子|展翅高飞/nr: the predicate, not the noun
    st.obj = without_clause_predicate(st, pieces, text)  # 书房|特色|鲜明: the attribute's predicate
    st.obj = without_edge_adverb(st, pieces, text)  # 发电量|首/m|超N: the adverbial, not the noun
    st.obj = without_opening_word(st, pieces, text, EXPECTATION_WORDS)  # 预计/vn|粮食产量|N亿斤
    st.obj = without_inner_word(st, pieces, text, PREDICTING_VERBS)  # 航空公司|预计|运输旅客|N人次
    st.obj = without_opening_word(st, pieces, text, DEICTIC_PLACES)  # 县里|投资|N万元: the setting
    st.obj = without_partner_phrase(st, pieces, text)  # 对|某国|进出口: the trade, not the partner
    st.obj = without_part_region(st)  # 部分地区|降温幅度: where, not what
    st.obj = without_activity_tail(st, pieces, text)  # 15个|示范县|建设，: the things, not the work
    st.obj = without_count_metric(st, pieces, text)  # 6个省市|开工率|超过N%: the things, not the metric
    st.obj = without_average_tail(st, pieces, text)  # 快递业务量|日均|超过N件: the frame, not the metric
    st.obj = with_quote_opening(st, pieces, text)  # “五一”|档电影票房: the quotation names the kind
    st.obj = with_code_modifier(st, pieces, text)  # PM10|年均浓度: the code names the kind
    st.obj = with_quoted_modifier(st, pieces, text)  # 共建|“一带一路”国家…|增长N%: part of the name
    st.obj = with_coordinated_modifier(st, pieces, text)  # 首映、首演、|首展活动: modifiers of one head
    st.obj = with_coordinated_modifier_after(st, pieces, text)  # N所|二级|、|三级公立医院
    st.obj = with_whole_period(st, pieces, text)  # 占|全年|粮食产量|两成多: the whole's period


def _article_rows(ctx: _Article) -> list[Statistic]:
    text = ctx.document.text
    rows: list[Statistic] = []
    trail = PlaceTrail()
    for sent in ctx.sentences:
        sm = ctx.mentions.get(sent.sentence_id, [])
        trail.enter(text, sent)
        names = [(m.start, m.end) for m in sm if m.label in ("ORG", "LOC")]
        places = [(m.start, m.end) for m in sm if m.label == "LOC"]
        orgs = [(m.start, m.end) for m in sm if m.label == "ORG"]
        tokens = ctx.tokens.get(sent.sentence_id, [])
        stats, pieces = sentence_statistics(text, sent.start, sent.end, tokens, ctx.date_spans, names)
        if not stats:  # most sentences: nothing below (words, tags, objects, links) has work to do
            trail.leave(sm)
            continue
        pieces = free_numbers_as_words(pieces, stats, tokens)  # 一|次|性 -> 一次性, for objects only
        pieces = join_cut_verbs(pieces, stats)  # 失|联 -> 失联, for objects only
        pieces = join_difference_verbs(pieces, stats, text)  # 同比|多|增|N元 -> 多增/v
        pieces = join_code_names(pieces, stats, text)  # 5|G|基站 -> 5G/nz|基站
        pieces = split_function_tails(pieces, stats, text)  # 掘进|机将/n|在 -> 机/n|将/d
        pieces = split_glued_verbs(pieces, stats, text)  # 全县|有规上/l|工业企业 -> 有/v|规上/n
        pieces = join_inner_alternatives(pieces, stats, text)  # 中欧|（亚）|班列 -> 中欧（亚）班列/n
        pieces = without_subject_asides(pieces, stats, text)  # 机场|（不含通用机场）|达 -> 机场|达
        pieces = retag(pieces, text, sm)  # jieba's tags corrected, for objects only
        pieces = heads_before_figures(pieces, stats, names, text)  # 老旧|街区/s|N个 -> 街区/n
        pieces = join_attributive_verbs(pieces, stats, text)  # 可|支配|收入 -> 可支配|收入
        pieces = join_cut_heads(pieces, stats, text)  # 热力|站/v -> 热力站/n
        pieces = join_cut_adjectives(pieces, stats, text)  # 老|旧|小区 -> 老旧/a|小区
        pieces = join_cut_nouns(pieces, stats, text)  # N首|文|旅/vn|推介歌曲 -> 文旅/j
        pieces = join_cut_locatives(pieces, stats, text)  # N项|冰|上/f|体验项目 -> 冰上/n
        pieces = join_bound_characters(pieces, stats, text)  # 暑期|档|票房 -> 暑期档/n|票房
        pieces = join_cut_verb_pairs(pieces, stats, text)  # 播|栽|面积 -> 播栽/vn|面积
        pieces = join_cut_metrics(pieces, stats, text)  # 占|比达 -> 占比/n|达/v
        pieces = share_metrics_as_nouns(pieces, text)  # 占|比约/d -> 占比/n|约/d; 占比/v|超 -> /n
        pieces = season_works_as_nouns(pieces, stats, text)  # 夏种/t|过三成, 夏|播/v|进度 -> /vn
        pieces = join_rank_prefixes(pieces, stats, text)  # 一|二类|苗 -> 一二类/b|苗
        pieces = join_grade_ranges(pieces, stats, text)  # 地级|及|以上|城市 -> 地级及以上/b|城市
        pieces = nouns_for_inner_adverbs(pieces, text)  # 专精|特新/d|“… -> 特新/n
        pieces = join_level_prefixes(pieces, stats, text)  # 6个|千亿|级|制造业集群 -> 千亿级/b
        pieces = join_unit_alternatives(pieces, stats, text)  # 台|（套）|农业机械
        pieces = adverbs_as_modifiers(pieces, stats, text)  # 12条|徒步/d|线路 -> 徒步/n
        pieces = unplaced_nouns(pieces, stats, text)  # 300多个|村/zg -> 村/n
        pieces = idioms_as_predicates(pieces, text)  # 三角梅|争奇斗艳/l -> 争奇斗艳/i
        pieces = nouns_before_figures(pieces, stats, text)  # 农民|合作社/l|超过N家 -> 合作社/n
        pieces = change_verbs_as_verbs(pieces, stats, text)  # 由N种|精简/n|到|M种 -> 精简/v
        age_pieces = {i for st in stats if st.kind == "age" for i in st.pieces}
        day = ctx.days.of_sentence(sent)
        for st in stats:
            st.obj = object_of(st, pieces, text, age_pieces, partial(ctx.notice, sent))
            st.obj = attribute_metric(st, pieces, text)  # 总投资|超N亿元|的|产业园: the metric
            st.obj = per_unit_object(st, pieces, text)  # 补贴|标准|为|每孩每月|N元: the sum paid
            st.obj = people_after_relative(st, pieces, text)  # 34名|来自…的|医疗专家
            st.obj = things_after_relative(st, pieces, text)  # 30个|已经建成的|示范基地
            st.obj = things_after_subject_clause(st, pieces, text)  # N台|体型|轻巧|的|农机
            st.obj = list_item_object(st, stats, pieces, text)  # 12家|县级集中收治医院|和|30所
            st.obj = head_compound_object(st, pieces, text)  # 推广…等|8项|关键抗旱增产技术|，
            st.obj = with_quoted_head(st, pieces, text)  # N个|“一件事”|集成办事场景|，
            st.obj = without_activity_before_quote(st, pieces, text)  # 建设/vn|“口袋公园”|N个
            st.obj = joined_head_object(st, pieces, text)  # N公里|特高压|及|密集输电通道
            st.obj = verbal_clause_object(st, pieces, text)  # N条|优化/vn|营商环境|的|硬举措
            st.obj = measure_head_object(st, pieces, text)  # N项|重点|传承|保护|任务|，
            st.obj = light_verb_activity(st, pieces, text)  # 完成|N公里|管网|改造|。
            st.obj = event_compound_object(st, pieces, text)  # 减少|N%的|碳|排放|。: the activity
            if (subject := compared_subject(st, pieces, text)) is not None:
                st.obj = subject  # 效率是|普通生产线|的三倍: the subject, not the base
            st.obj = subject_past_base(st, pieces, text)  # 增加值|比“十三五”末|增长42%
            st.obj = gap_subject(st, pieces, text)  # 快于|全部投资|N个百分点: the base is no object
            st.obj = subject_past_adverbial(st, pieces, text)  # 早稻|目前|收获|六成
            if st.kind == "duration" and not st.obj:
                st.obj = (
                    duration_activity(st, pieces, text)  # 两年的|摸索|让
                    or passed_activity(st, pieces, text)  # 经过|5年|建设|，
                    or duration_subject(st, pieces, text)
                    or duration_metric(st, pieces, text)
                )
            st.obj = age_metric(st, pieces, text)  # 平均年龄|只有|27岁; 现年|65岁: no object
            st.obj = without_leading_place(st, text, sent.start, places, pieces)
            _finish(st, pieces, text, sent.start, places, ctx.date_spans)  # before a neighbour takes it
            st.obj = occasion_metric(st, pieces, text, sent.start)  # before a neighbour takes it too
        people_between_counts(stats, pieces, text)  # N所|学校|师生|M人: the people, the second's
        carry_past_average(stats, pieces, text)  # N人次，日均|M人次: a mean of what the figure before counts
        share_parallel_metrics(stats, pieces, text)  # 城镇居民人均收入N元、农村居民|M元; 收入N元，支出|M元
        own = [st.obj for st in stats]
        carry_over(stats, text)
        share_in_runs(stats, text)
        share_in_ranges(stats, text)  # 提升30%|—|60%
        metric_subject(stats, pieces, text)
        place_subject(stats, pieces, text)
        carry_past_shares(stats, pieces, text)  # N亿元，占全省的M%，同比增长|K%: past the share
        carry_subject(stats, pieces, text)
        carry_ellipsis(stats, pieces, text)  # 建设安置房800套，已建成|620套
        carry_in_verb_lists(stats, pieces, text)  # 新建农田N万亩、改造提升|M万亩
        with_shared_kind_verbs(stats, pieces, text)  # 示范县N个、示范/v|乡镇|M个: the kind
        carry_past_time_frames(stats, pieces, text)  # 120片，较五年前增加|30片
        carry_adjusted_rates(stats, pieces, text)  # N元，扣除价格因素实际增长|N%
        carry_basis_frames(stats, pieces, text)  # 生产总值|按年率计算|增长N%: the metric, not 年率
        share_of_scope(stats, pieces, text)  # 试点县中，已有|60%
        share_of_whole(stats, pieces, text)  # N万亩，其中|40%
        counts_of_whole(stats, pieces, text)  # 9处…，其中|4处|安装了
        parts_of_wholes(stats, pieces, text)  # N个省份中有|M个|粮食增产: the part counts the whole's noun
        for st in stats:
            st.obj = money_purpose(st, pieces, text)  # 投入|N亿元|用于|改造老旧小区: what it is spent on
            st.obj = st.obj or dimension_subject(st, pieces, text)  # 舞台|高|12米: what is measured
            st.obj = st.obj or count_subject(st, pieces, text)  # 民宿|也|开了|70多家: the last resort
            st.obj = st.obj or activity_before(st, pieces, text)  # 开展|宣讲|8000多场次。
            st.obj = st.obj or partitive_activity(st, pieces, text)  # 其中，|寄出|N件
            st.obj = st.obj or change_subject(st, stats, pieces, text)  # X从N增长到M
            st.obj = st.obj or topic_subject(st, stats, pieces, text, places)  # X继续提高，达到N%
            st.obj = st.obj or rate_subject(st, pieces, text)  # 装机规模|年均|增速/v|38.7%
            st.obj = people_outcome(st, pieces, text)  # 约N人|已被|疏散: what the people underwent
            if (people := people_of_size_metric(st, pieces, text)) is not None:
                st.obj = people  # 脱贫人口|务工就业规模|达到|N万人: the people, not the metric
        share_dimension_lists(stats, pieces, text)  # 长|5米、|宽|2米|的|屏风: one thing measured
        carry_subject(stats, pieces, text)  # again, from objects the last resorts found: 开行N列，同比增长M%
        share_of_figure(stats, pieces, text)  # 完成年度计划|N万套|的|80%: the share of the whole's object
        whole_list_items(stats, pieces, text)  # 160个|国家乡村振兴重点帮扶县|、|N个…: the whole item
        own = paired_in_order(stats, own, pieces, text, names)  # A、B|分别|增长|N1、N2: in order, final
        carry_gaps(stats, pieces, text)  # 增长N%，快于上年同期|M个百分点 (from paired figures too)
        without_time_objects(stats, pieces, text)  # 远低于|去年同期|的N%, 油价|收盘时|下跌N%: no time
        carry_past_change_words(stats, text)  # N亿户，比上年末|净增|M万户: the change names no thing
        share_in_runs(stats, text)  # again, from objects the context gave: 高|N个|和|M个百分点
        modelled: dict[str, str] = {}  # the rules' object -> the model's, for the figures after it
        for st, obj in zip(stats, own, strict=True):
            if st.obj != obj:  # an object taken from the context: its own edges
                _finish(st, pieces, text, sent.start, places, ctx.date_spans)
            st.kind = kind_of_pieces(st, pieces, text)  # 芯片产量|达到N亿块: pieces, not money
            st.obj = without_handling_verb(st, pieces, text)  # 调集|医疗人员|1200多人
            st.obj = without_service_verb(st, pieces, text)  # 建成|投用|服务中心|N个
            st.obj = without_allocating_verb(st, pieces, text)  # 商务部|预拨|N亿元: agent and predicate
            st.obj = without_verb_before(st, pieces, text)  # 区域|部署/n|救援力量|N人: the predicate's object
            st.obj = without_modal_predicate(st, pieces, text)  # 可|节约/n|标准煤|N万吨: the verb's object
            st.obj = without_posting_verb(st, pieces, text)  # 某行业|实现|营收|同比增长N%: the metric
            st.obj = with_verb_metric(st, pieces, text)  # 山火|死亡|人数|升至64人
            st.obj = without_distance_frame(st, pieces, text)  # 距离|震中|N公里|的|某地: no object
            st.obj = without_dimension_tail(st, pieces, text)  # 跑道|长/n|3600米: the thing, not 长
            st.obj = without_putting_verb(st)  # 投入|N万余人: no thing counted
            st.obj = without_port_scope(st, text, sent.start, places, pieces)  # 某市|口岸|出入境人员
            st.obj = without_name_rest(st, text, sent.start, orgs, pieces)  # 某某|油田|油气资源量
            st.obj = occasion_metric(st, pieces, text, sent.start)  # 某运会|总规模|超N人: the metric
            st.obj = past_scope_word(st, pieces, text)  # N所|全国|急救教育试点学校: past the scope
            st.obj = metric_before_place(st, pieces, text, places)  # 海拔|N米|的|某村: the measure
            st.obj = without_region_name(st, pieces, text, sent.start)  # 某某经济圈|重大项目完成投资
            st.obj = route_name(st, pieces, text, places)  # 全长N米的|某地|至|某地|铁路某隧道: the name
            st.obj = _shared_choice(st, pieces, text, names, modelled)  # the object model's word, last
            with_written_sign(st, text)  # 零下|20℃: the value is -20
            rows.append(_row(ctx, sent, st, trail.place_for(sm, st.start), nearest(sm, st.start, "ORG"), day))
        trail.leave(sm)
    return rows


def document_statistics(
    document: Document,
    articles: list[Article],
    sentences: list[Sentence],
    tokens: list[Token],
    mentions: list[Mention],
    dates: list[DateMention],
) -> list[Statistic]:
    """Every statistic of the document, article by article, in page order."""
    toks_by_sent: dict[str, list[Token]] = defaultdict(list)
    for t in tokens:
        toks_by_sent[t.sentence_id].append(t)
    ments_by_sent: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        ments_by_sent[m.sentence_id or ""].append(m)
    dates_by_art: dict[str, list[DateMention]] = defaultdict(list)
    for d in dates:
        dates_by_art[d.article_id].append(d)
    sents_by_art = sentences_by_article(sentences)
    rows: list[Statistic] = []
    for article in sorted(articles, key=lambda a: a.start):
        art_sents = sents_by_art.get(article.article_id, [])
        if not art_sents:
            continue
        art_dates = dates_by_art.get(article.article_id, [])
        ref = reference_date(document, article)
        ctx = _Article(
            document,
            article,
            art_sents,
            toks_by_sent,
            ments_by_sent,
            [(d.start, d.end) for d in art_dates],
            DayLinks.of(document.text, art_dates, ref.isoformat() if ref else None),
            dateline_entity(article, mentions),
        )
        rows.extend(_article_rows(ctx))
    return rows
