"""``cnnews_name_lists``: where names printed one after another without separators are cut
(issue 11, round 6; the class the model card names for MSRA: lists such as 丁文昌丁石孙丁衡…).

The network tags such a list as pieces of any length that touch each other (何承|天仝丽,
范冰冰鲁宾|王珠), and ``person_filter`` splits a single long span by the count of
three-character names alone. Here a run of PERSON spans that touch each other is cut anew as a
whole: every piece is a Chinese name of two or three characters (three or four after a compound
surname, ``ner_compound_surnames``) starting with a surname, and of the ways to cut the run the
one with the most probable names wins, each name scored by how often its first character starts
a name and its other characters occur in given names in MSRA train and People's Daily 1998
(``ner_name_chars``, built by ``pipeline.training.name_chars``) and by the share of two- and
three-character names there. A run that cannot be cut that way (a transliterated name, Latin
letters, an interpunct) is left as it is.
"""

from __future__ import annotations

import math

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.ner import Span

SOURCE = "rule:name_lists"
# shares of two- and three-character names among the Chinese PERSON spans of MSRA train and
# People's Daily 1998 (7,847 and 23,091 of 30,938; pipeline.training.name_chars counts them)
_LENGTH_LOGP = {2: math.log(7847 / 30938), 3: math.log(23091 / 30938)}
_LONGEST_RUN = 60  # characters: a run longer than this is no list of names the model made


class NameScorer:
    """Log-probability of a string as one Chinese name, from character counts (add-one)."""

    def __init__(self, counts: tuple[tuple[str, ...], ...], surnames: frozenset[str],
                 compound: frozenset[str]) -> None:
        first = {row[0]: int(row[1]) for row in counts}
        later = {row[0]: int(row[2]) for row in counts}
        vocab = len(first) + 1
        n_first, n_later = sum(first.values()) + vocab, sum(later.values()) + vocab
        self.first = {c: math.log((n + 1) / n_first) for c, n in first.items()}
        self.later = {c: math.log((n + 1) / n_later) for c, n in later.items()}
        self.unseen_first = math.log(1 / n_first)
        self.unseen_later = math.log(1 / n_later)
        self.surnames = surnames
        self.compound = compound

    def score(self, name: str) -> float | None:
        """The name's log-probability, or None where it is no Chinese name of 2-3 characters
        after its surname."""
        sur = name[:2] if name[:2] in self.compound else name[:1]
        given = name[len(sur) :]
        if (len(sur) == 1 and sur not in self.surnames) or not 1 <= len(given) <= 2:
            return None
        logp = _LENGTH_LOGP[len(given) + 1] + self.first.get(sur[0], self.unseen_first)
        return logp + sum(self.later.get(c, self.unseen_later) for c in given)

    def best_cut(self, run: str) -> list[tuple[int, int]] | None:
        """The most probable cut of ``run`` into names (offsets in ``run``), or None."""
        n = len(run)
        best: list[float | None] = [None] * (n + 1)
        back = [0] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            for ln in (2, 3, 4):
                j = i + ln
                s = self.score(run[i:j]) if j <= n else None
                if s is not None and (best[j] is None or here + s > best[j]):  # type: ignore[operator]
                    best[j], back[j] = here + s, i
        if best[n] is None:
            return None
        cuts = []
        j = n
        while j > 0:
            cuts.append((back[j], j))
            j = back[j]
        return cuts[::-1]


def _long(run: list[Span]) -> bool:
    """A single span long enough to be a list (six characters: two names of three)."""
    return len(run) == 1 and run[0].end - run[0].start >= 6


class NameLists(RuleComponent):
    def __init__(self, scorer: NameScorer, translit: frozenset[str],
                 roles: tuple[str, ...] = ()) -> None:
        self.scorer = scorer
        self.translit = translit
        self.roles = roles  # byline roles written before names (记者 李蕾张羽飞: two names)

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        run: list[Span] = []
        for s in [*spans, None]:
            chinese = s is not None and s.label == "PERSON" and all(
                res.is_cjk(c) for c in text[s.start : s.end])
            if s is not None and chinese and run and s.start == run[-1].end:
                run.append(s)
                continue
            out.extend(self.recut(text, run) if len(run) > 1 or _long(run) or self.byline(text, run)
                       else run)
            run = [s] if s is not None and chinese else []
            if s is not None and not chinese:
                out.append(s)
        return out

    def byline(self, text: str, run: list[Span]) -> bool:
        """A single span of four or five characters right after a byline role (记者李蕾张羽飞):
        the names of a byline printed without a space, cut where two names fit best."""
        return (len(run) == 1 and 4 <= run[0].end - run[0].start <= 5
                and text.endswith(self.roles, 0, run[0].start))

    def recut(self, text: str, run: list[Span]) -> list[Span]:
        """The run cut anew; a single character at either end of it (李连达|李 of 李连达李双双,
        the model stopping inside the next name) stays out and as it is."""
        lo, hi = 0, len(run)
        while lo < hi and run[lo].end - run[lo].start < 2:
            lo += 1
        while hi > lo and run[hi - 1].end - run[hi - 1].start < 2:
            hi -= 1
        if hi - lo < 2 and not (_long(run[lo:hi]) or self.byline(text, run[lo:hi])):
            return run
        return [*run[:lo], *self.recut_names(text, run[lo:hi]), *run[hi:]]

    def recut_names(self, text: str, run: list[Span]) -> list[Span]:
        start, end = run[0].start, run[-1].end
        names = text[start:end]
        if end - start > _LONGEST_RUN:
            return run
        share = res.SPAN_TRANSLIT_SHARE if len(run) == 1 else res.RUN_TRANSLIT_SHARE
        if res.one_foreign_name(names, self.translit, share):
            return run  # one transliterated name (康斯坦丁内斯库), as person_filter decides
        cut = self.scorer.best_cut(names)
        if cut is None:
            return run
        return [Span(start + a, start + b, "PERSON", SOURCE, run[0].score) for a, b in cut]


@Language.factory("cnnews_name_lists", default_config={
    "lexicons": "", "counts": "ner_name_chars", "compound_surnames": "ner_compound_surnames",
    "transliteration": "ner_transliteration_chars", "byline_roles": "byline_roles"})
def make_name_lists(nlp: Language, name: str, lexicons: str, counts: str,
                    compound_surnames: str, transliteration: str, byline_roles: str) -> NameLists:
    """``lexicons``: folder with person_surnames.txt (default: the shipped NER model's);
    ``counts``: the name-character counts; ``compound_surnames``: two-character surnames;
    ``transliteration``: characters of transliterated names; ``byline_roles``: the roles written
    before names (column 3 ``before`` or ``both``) introduce names to cut."""
    scorer = NameScorer(res.table(counts), res.surnames(lexicons), res.word_set(compound_surnames))
    roles = tuple(row[0] for row in res.table(byline_roles) if len(row) < 3 or row[2] != "after")
    return NameLists(scorer, res.word_set(transliteration), roles)


class InterpunctNames(RuleComponent):
    """``cnnews_interpunct_names``: a transliterated name written with an interpunct
    (威廉·配第) is one PERSON over its parts. Where the network stops at the mark (威廉·), the
    span is widened over the part after it: CJK characters up to one that ends names
    (``ner_person_name_stop_chars``: 说, 的 …) or where a dictionary word starts (决心), at most
    ``_PART`` characters; a mark with no name part after it is trimmed (米切尔·). Spans inside
    the widened name go. (Widening a span back over a part before it was tried: on MSRA train it
    took in 叫, 年, 请 before names, 24 spans lost, none gained.)"""

    def __init__(self, marks: frozenset[str], stops: frozenset[str]) -> None:
        self.marks = marks
        self.stops = stops

    def wants(self, text: str) -> bool:
        return any(m in text for m in self.marks)

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out = spans
        for s in spans:
            if s.label != "PERSON" or s.end - s.start < 2 or text[s.end - 1] not in self.marks:
                continue
            end = s.end - 1
            if s.end < len(text) and res.is_cjk(text[s.end]):
                end = self.part_end(text, s.end)
            if any(x != s and x.start < end < x.end for x in out):
                continue
            name = Span(s.start, end, "PERSON", SOURCE_INTERPUNCT, s.score)
            out = sorted([x for x in out if x.end <= s.start or x.start >= end] + [name],
                         key=lambda x: x.start)
        return out

    def part_end(self, text: str, i: int) -> int:
        """End of the name part that starts at ``i`` (after a mark)."""
        j = i
        while (j < len(text) and j - i < _PART and res.is_cjk(text[j])
               and text[j] not in self.stops and (j == i or not _word_at(text, j))):
            j += 1
        return j


SOURCE_INTERPUNCT = "rule:interpunct_names"
_PART = 8  # characters in one part of a transliterated name, at most


def _word_at(text: str, j: int) -> bool:
    """Whether a dictionary word of two or three characters starts at ``j`` (决心 after 土尔地)."""
    words = res.jieba_dict()
    return text[j : j + 2] in words or text[j : j + 3] in words


@Language.factory("cnnews_interpunct_names", default_config={
    "marks": "ner_interpuncts", "stops": "ner_person_name_stop_chars"})
def make_interpunct_names(nlp: Language, name: str, marks: str, stops: str) -> InterpunctNames:
    """``marks``: the interpuncts between a name's parts; ``stops``: characters that end names."""
    return InterpunctNames(res.word_set(marks), res.word_set(stops))
