"""The rules of the NER pipeline as spaCy components, one module per family of rules.

| component              | module        | what it does                                        |
|------------------------|---------------|-----------------------------------------------------|
| cnnews_model           | backend.py    | the NER backend (any spec), then span hygiene       |
| cnnews_gazetteer       | places.py     | administrative divisions from the gazetteer -> LOC  |
| cnnews_address         | places.py     | names between house numbers in address lists -> LOC |
| cnnews_name_lists      | name_lists.py | runs of touching names (and byline pairs) cut anew  |
| cnnews_person_filter   | persons.py    | splits name lists, drops kinship / nickname forms   |
| cnnews_split_chains    | places.py     | 古交市桃园街道 -> 古交市 / 桃园街道                 |
| cnnews_person_title    | persons.py    | names in bylines and after titles -> PERSON         |
| cnnews_org_suffix      | org_suffix.py | anchored organization heads -> outermost ORG        |
| cnnews_loc_suffix      | loc_suffix.py | streets, communities, compounds -> LOC              |
| cnnews_org_descriptions | org_descriptions.py | 美国第三大汽车公司, 俄罗斯政局 -> 美国, 俄罗斯 LOC |
| cnnews_org_places      | org_places.py | 省 + 市 + 县医院 -> 省 / 市 LOC + 县医院 ORG          |
|                        |               | (MSRA: 江苏省 / 宿迁市中级人民法院, two places)       |
| cnnews_abbreviations   | precision.py  | 京 津 冀 -> 京津冀 (runs of provinces' short names)  |
| cnnews_loc_extents     | loc_extents.py| 黄 淮海 -> 黄淮海, 黄河 + 中下游, 西南 + 地区 -> one LOC |
| cnnews_county_forms    | county_forms.py | 江西 + 婺源: a county's short form after its province -> LOC |
| cnnews_loc_chains      | loc_chains.py | a division + a named site (某省某某湖) -> two LOC     |
| cnnews_precision       | precision.py  | no 1-char non-abbreviations, unbalanced brackets,   |
|                        |               | titles glued on, edges inside a jieba word, idioms  |
| cnnews_org_checks      | org_checks.py | 突击小队 (generic sub-unit), 新闻联|播: no ORG      |
| cnnews_loc_kinds       | loc_kinds.py  | 重点村, 农业产业园, 8个镇街: kinds of place, no LOC  |
| cnnews_periodicals     | periodicals.py| MSRA: 英国《金融时报》, 《科学》杂志 -> one ORG        |
| cnnews_interpunct_names| name_lists.py | 威廉·|配第 -> 威廉·配第 (the part after the mark)      |
| cnnews_org_units       | org_units.py  | 罗马大学|工程系 -> one ORG (a university's department) |
| cnnews_loc_parts       | msra_extents.py | MSRA: 开罗西郊 -> 开罗 (parts of a place stay out)    |
| cnnews_org_parts       | msra_extents.py | MSRA: 联合国大会 -> 联合国, 武警部队 -> 武警          |

Order and options: ``build.DEFAULT_CONFIG`` (a spaCy config). What the rules know: word lists
``pipeline/lexicons/ner_*.tsv`` and ``byline_roles.tsv``, the gazetteer and surnames in the
NER model's ``lexicons/`` (see ``resources.py``). Spans: the pipeline (``NerPipeline``) runs
the components on plain strings and span lists (``build.run_steps``: no spaCy Doc per
sentence, which cost more than the rules); on a Doc (``nlp(text)``) the same components read
and write ``doc.spans["cnnews_ner"]`` and ``doc.ents`` (see ``spans.py``). Adding a class of
words (a new organization head) is a row in one of the lists; adding a rule is a module with
a factory and a line in the config (a ``RuleComponent``; a component reading tokens, a
spaCy Matcher's, gets a Doc made for it).
"""

from pipeline.nlp.components.build import (
    DEFAULT_CONFIG,
    NerPipeline,
    Rules,
    build,
    build_rules,
    load_model,
    model_pipeline,
)

__all__ = ["DEFAULT_CONFIG", "NerPipeline", "Rules", "build", "build_rules", "load_model",
           "model_pipeline"]
