"""Resolution: choosing the division a place name means, given the context around it.

Candidates come from ``matching``; context is a list of (division code, weight) from
``context``. A candidate scores by how deep its common ancestor with each context place is
(province 1 .. village 5), times the weight. Names written back to back (古交市桃园街道
腾飞路社区) are resolved jointly, each link inside the one before it; weak readings (a
township by its short form, a county by its short form) stand only with nearby support.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain

from pipeline.nlp.gazetteer import LEVEL_RANK, Division, Gazetteer
from pipeline.places.matching import Matcher, is_full_name, natural_feature, needs_context

# A chain link inside its predecessor beats any amount of ordinary context.
W_CHAIN = 100.0

# context evidence: (division code, weight), see pipeline.places.context
Evidence = list[tuple[str, float]]
Picked = list[Division | None]


class Resolver:
    """Resolution of place names against the gazetteer, on one paper's home ground."""

    def __init__(self, gazetteer: Gazetteer, home: Division | None = None, inferred: bool = False) -> None:
        self.gaz = gazetteer
        self.home = home
        self.home_codes = [d.code for d in gazetteer.ancestors(home.code)] if home else []
        self.match = Matcher(gazetteer, self.home_codes)
        # A county short form that reads as a natural feature (方山, 天山) keeps its county
        # reading on a configured home ground only: a home inferred from the page is no
        # statement that the paper writes its counties short (天山南北 in a 新疆 story).
        self.feature_home = frozenset() if inferred else self.match.home_codes
        self._lineage: dict[str, frozenset[str]] = {}

    # -- relations between codes

    def lineage(self, code: str) -> frozenset[str]:
        if code not in self._lineage:
            self._lineage[code] = frozenset(d.code for d in self.gaz.ancestors(code))
        return self._lineage[code]

    def common_rank(self, a: str, b: str) -> int:
        """Rank of the deepest common real ancestor (0: none, 1: same province ...)."""
        common = self.lineage(a) & self.lineage(b)
        return max((self.gaz.divisions[c].rank for c in common), default=0)

    def within(self, code: str, container: str) -> bool:
        return code != container and container in self.lineage(code)

    # -- scoring

    def supported(self, div: Division, context: Iterable[tuple[str, float]], alone: bool = True) -> bool:
        """Whether some context place lies in the same province (for a county), county (for a
        village) or prefecture (for a township), or, for a township that is the only place of
        its name (`alone`), the home place in the same province (北旺庄 in a 山西 paper; but 长江
        is no 长江街道 of 石家庄 because the article names some other 河北 place, nor the 长江社区
        of the home city)."""
        if div.rank == LEVEL_RANK["county"]:
            return any(self.common_rank(div.code, c) >= LEVEL_RANK["province"] for c, _ in context)
        need = LEVEL_RANK["county"] if div.rank > LEVEL_RANK["township"] else LEVEL_RANK["city"]
        if any(self.common_rank(div.code, c) >= need for c, _ in context):
            return True
        home = self.home.code if self.home is not None else None
        return (
            div.rank == LEVEL_RANK["township"]
            and alone  # 北旺庄 names one place; 东南 or 长城 name many and are words too
            and home is not None
            and self.common_rank(div.code, home) >= LEVEL_RANK["province"]
        )

    def score(self, div: Division, text: str, context: Iterable[tuple[str, float]]) -> float:
        s = 0.0
        for code, weight in context:
            s += weight * self.common_rank(div.code, code)
        # A full name (眉山市, 东坡区) beats a short form that happens to equal another
        # division's short name; a larger unit is a likelier reading of a bare name.
        if is_full_name(div, text):
            s += 0.5
        s -= 0.01 * div.rank
        return s

    def best(self, cands: Sequence[Division], text: str, context: Evidence) -> Division | None:
        """The best candidate, or None when the top two tie and are equally specific
        (two villages of one name with nothing to tell them apart: better no code than a
        coin toss)."""
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        scored = sorted(
            ((self.score(d, text, context), d.code, d) for d in cands), key=lambda t: (-t[0], t[1])
        )
        (s1, _, d1), (s2, _, d2) = scored[0], scored[1]
        if abs(s1 - s2) < 1e-9 and d1.level == d2.level:
            return None
        return d1

    # -- chains

    def resolve_chain(self, texts: Sequence[str], context: Evidence, as_unit: Sequence[bool] = ()) -> Picked:
        """Jointly resolve names written back to back (parent first): a Viterbi pass where a
        link inside its predecessor earns W_CHAIN, then single-name tie-breaking, weak readings
        without support dropped, and links outside their parent dropped. `as_unit[i]`: the text
        names a unit right after name i (a level word follows it)."""
        options: list[Picked] = []
        for text in texts:
            cands: Picked = list(self.match.candidates(text))
            options.append(cands or [None])
        picked = self._viterbi(texts, options, context)
        self._break_ties(picked, options, texts, context)
        self._drop_unsupported(picked, options, texts, context)
        self._drop_natural(picked, texts, as_unit)
        self._drop_outside_parent(picked)
        return picked

    def _drop_natural(self, picked: Picked, texts: Sequence[str], as_unit: Sequence[bool]) -> None:
        """泰山, 黄河, 太湖 are the features, unless the text names the unit: a level word right
        after the name (太湖 + 县), or a chain that holds it (佛山南海)."""
        for i, d in enumerate(picked):
            if d is None or (i < len(as_unit) and as_unit[i]) or self._held_by_chain(picked, i):
                continue
            if natural_feature(d, texts[i], self.feature_home):
                picked[i] = None

    def _link(self, d: Division | None, prev: Division | None) -> float:
        """What a link earns for sitting inside (or near) the one before it."""
        if d is None or prev is None:
            return 0.0
        if self.within(d.code, prev.code):
            return W_CHAIN
        return W_CHAIN / 10 * self.common_rank(d.code, prev.code)

    def _viterbi(self, texts: Sequence[str], options: list[Picked], context: Evidence) -> Picked:
        """The best-scoring option per link: best[i][j] = (score, back-pointer) for option j."""
        best: list[list[tuple[float, int]]] = []
        for i, opts in enumerate(options):
            row = []
            for d in opts:
                own = self.score(d, texts[i], context) if d is not None else 0.0
                if i == 0:
                    row.append((own, -1))
                    continue
                choices = [
                    (best[i - 1][k][0] + own + self._link(d, prev), k)
                    for k, prev in enumerate(options[i - 1])
                ]
                row.append(max(choices))
            best.append(row)
        j = max(range(len(best[-1])), key=lambda k: best[-1][k][0])
        picked: Picked = [None] * len(options)
        for i in range(len(options) - 1, -1, -1):
            picked[i] = options[i][j]
            j = best[i][j][1]
        return picked

    def _held_by_chain(self, picked: Picked, i: int) -> bool:
        """Whether picked[i] sits inside the unit before it or contains the unit after it."""
        d = picked[i]
        assert d is not None
        parent = picked[i - 1] if i else None
        if parent is not None and self.within(d.code, parent.code):
            return True
        child = picked[i + 1] if i + 1 < len(picked) else None
        return child is not None and self.within(child.code, d.code)

    def _break_ties(
        self, picked: Picked, options: list[Picked], texts: Sequence[str], context: Evidence
    ) -> None:
        """A link the chain does not hold is chosen like a single name (`best`)."""
        for i, d in enumerate(picked):
            if d is None or len(options[i]) == 1 or self._held_by_chain(picked, i):
                continue
            picked[i] = self.best([o for o in options[i] if o is not None], texts[i], context)

    def _drop_unsupported(
        self, picked: Picked, options: list[Picked], texts: Sequence[str], context: Evidence
    ) -> None:
        """A township or village by its short form alone (巴西 -> 巴西镇) stands only inside its
        resolved parent or near places of its own prefecture. A county's short form needs a
        place of its province nearby (the home place counts): 南海 with nothing of 广东 around
        is the sea, not 佛山's 南海区."""
        for i, d in enumerate(picked):
            if d is None or not needs_context(d, texts[i]) or self._held_by_chain(picked, i):
                continue
            alone = sum(o is not None and o.rank == d.rank for o in options[i]) == 1
            if not self.supported(d, context, alone=alone):
                picked[i] = None

    def _drop_outside_parent(self, picked: Picked) -> None:
        """A smaller unit outside its resolved parent: keep it only if it shares the parent's
        city (codes move between districts across releases: a community now listed under the
        neighbouring township); otherwise the text places something the gazetteer lacks inside
        the parent (a village it does not list under that town, while the villages of that
        name it knows are elsewhere). Units of the same or a higher level side by side are a
        list (太原晋中两地), not a chain."""
        for i in range(1, len(picked)):
            d, parent = picked[i], picked[i - 1]
            if d is None or parent is None or self.within(d.code, parent.code):
                continue
            if d.rank <= parent.rank:
                continue
            if parent.rank < LEVEL_RANK["county"] or self.common_rank(d.code, parent.code) < 2:
                picked[i] = None

    # -- governing places

    def governing(self, level: str, codes: Iterable[str], suffix: str | None = None) -> Division | None:
        """The place of `level` that governs the given context codes (nearest first), then the
        home place's. With the level word of a county (区, 县) only a place named so counts:
        县委 in a district is not the 区委."""
        home = [self.home.code] if self.home is not None else []
        for code in chain(codes, home):  # read only as far as needed (context.Codes)
            div = self.gaz.ancestor_at(code, level)
            if div is not None and (suffix is None or level != "county" or div.name.endswith(suffix)):
                return div
        return None

    def deepest(self, texts: Sequence[str], context: Evidence) -> Division | None:
        """The smallest resolved unit of a chain of names (a dateline 东坡区太和镇, the places
        inside an ORG name)."""
        return next((d for d in reversed(self.resolve_chain(texts, context)) if d is not None), None)
