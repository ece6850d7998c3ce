"""Organization heads (…局, …党支部, …医院): the table ``ner_org_heads.tsv`` as a regex."""

from __future__ import annotations

import re
from functools import cache

from pipeline.nlp.components import resources as res


@cache
def org_head_regex(ref: str) -> re.Pattern[str]:
    """Any head of the table ``ref`` (longest first), not right after its ``not_after``
    characters (当|局), not right before its ``not_before`` ones (委|托, 办|理) and not
    starting another word (局长, 厂商: ``org_head_end``)."""
    alternatives = []
    for row in sorted(res.table(ref), key=lambda r: -len(r[0])):
        head = re.escape(row[0])
        # the character before is checked after the head, by a lookbehind over both
        # (局(?<![当]局), not (?<![当])局): every alternative then starts with a literal,
        # and the regex engine skips the positions where no head starts
        not_after = row[2] if len(row) > 2 else ""
        guard = f"(?<![{re.escape(not_after)}]{head})" if not_after else ""
        only_after = row[3] if len(row) > 3 else ""
        guard += f"(?<=[{re.escape(only_after)}]{head})" if only_after else ""
        not_before = row[4] if len(row) > 4 else ""
        after = f"(?![{re.escape(not_before)}])" if not_before else ""
        alternatives.append(head + guard + after)
    return re.compile("(?:" + "|".join(alternatives) + ")" + res.pattern("org_head_end"))


@cache
def direct_heads(ref: str) -> frozenset[str]:
    """Heads that may follow their anchor directly (娄烦县|公安局, 西华门社区|党支部)."""
    return frozenset(row[0] for row in res.table(ref) if len(row) > 1 and row[1] == "direct")
