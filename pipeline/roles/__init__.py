"""People and what they are: titles, affiliations, ages and bylines, read around each PERSON
mention, one module per way newspaper prose states a role:

- ``titles``: a title before the name (社区党支部书记张春凤, [ORG 娄烦县公安局静游镇派出所]一级警长赵静清,
  [LOC 横渠村]网格员郭佳程: an ORG or LOC right before the title is the affiliation), and a list
  sharing one title (退役军人董贵平、陈小园、郝文龙);
- ``copulas``: the name, then 是/任/担任/兼任 and the title (郭虹宇是[ORG 省人民医院]的一名护士,
  刘华还兼任封控区五组组长);
- ``affiliations``: an organization then the name ([ORG 市统计局]的张鹏), and an appositive title
  (张春凤（社区党支部书记）, 张春凤，社区党支部书记，...);
- ``ages``: 23岁的石欣蔚, 石欣蔚，23岁;
- ``bylines``: 记者 X in the text and the article's bylines with their roles (记者, 通讯员, 摄影).

``reader`` walks the mentions and asks each of these in turn; ``rows`` keeps one row per person
and title. The word lists live in ``pipeline/lexicons`` (``roles_*.tsv``, ``byline_roles.tsv``).
Written by hand: no library reads these newspaper phrasings; each rule is a few lines over the
sentence, its tokens and the mentions.
"""

from __future__ import annotations

from pipeline.roles.reader import read_person_roles
from pipeline.roles.titles import TITLE_HEADS, role_head

__all__ = ["TITLE_HEADS", "read_person_roles", "role_head"]
