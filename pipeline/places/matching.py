"""Matching: from a place name as written to the divisions of the gazetteer it may name.

A mention is looked up whole (every division written so, by full name, official name, short
form or committee form), split into the chain of names it is written as (东坡区太和镇 ->
东坡区 + 太和镇), and scanned for the places inside an organization's name
(娄烦县公安局静游镇派出所 -> 娄烦县, 静游镇). Which candidate is meant is decided by
``resolution``; matching only says what a string can be, and how strong a reading it is
(a township written without its suffix is weak).

The words this needs are data in ``pipeline/lexicons/places_*.tsv``: the level words of
relative forms (本市, 市委), generic tails (街道, 辖区) and generic designations (综合保税区).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

from pipeline import lexicons
from pipeline.nlp.gazetteer import LEVEL_RANK, Division, Gazetteer, name_key

T = TypeVar("T")

# The longest place name tried when splitting a mention or an ORG name into places.
PREFIX_FORMS_MAX = 16


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in lexicons.longest_first(tuple(words)))


# level word (市, 街道) -> the level it names; the words that may start an ORG (市委)
LEVEL_OF_WORD = lexicons.mapping("places_level_words")
_ORG_LEVEL_WORDS = [row[0] for row in lexicons.rows("places_level_words") if row[2] == "org"]
# 本市 / 全省 / 我区 ...: a LOC mention that is only a pointer to the governing place.
_RELATIVE_LOC_RE = re.compile(
    f"^(?:{_alternation(lexicons.words('places_relative_prefixes'))})({_alternation(LEVEL_OF_WORD)})$"
)
# 市委, 市统计局, 区党工委, 省人民医院: an ORG named by the level of its governing place.
# The lookahead keeps out words that merely start with the level word (市场监管局, 区域...).
_RELATIVE_ORG_RE = re.compile(
    f"^({_alternation(_ORG_LEVEL_WORDS)})"
    f"(?!{_alternation(lexicons.words('places_level_word_blockers'))})(?=.)"
)
# Tails that name no place of their own after a place name (东坡区街道, 东坡区辖区).
GENERIC_TAILS = frozenset(lexicons.words("places_generic_tails"))
# Natural features (泰山, 黄河, 太湖): never a county or smaller unit by a short form alone.
_NATURAL_END = re.compile(f"(?:{_alternation(lexicons.words('places_natural_features'))})$")
# Country names as written -> (ISO 3166-1 code, the country's name): 中华人民共和国 -> (CN, 中国).
COUNTRIES: dict[str, tuple[str, str]] = {
    form: (row[0], row[1])
    for row in lexicons.rows("places_countries")
    for form in (row[1], *(row[2].split("|") if len(row) > 2 and row[2] else ()))
}


def country(text: str) -> tuple[str, str] | None:
    """(ISO code, name) of the country a place name is written as (中国, 我国, 巴西), or None."""
    return COUNTRIES.get(text.strip())


def natural_feature(div: Division, text: str, home_codes: frozenset[str]) -> bool:
    """Whether `text` names a natural feature rather than `div`: a county or smaller unit written
    by a short form that ends like a mountain, river or lake (泰山 / 泰山区, 黄河 / 黄河社区, 太湖
    / 太湖县); a county of the home province keeps its short form (方山 in a 山西 paper)."""
    if div.rank < LEVEL_RANK["county"] or is_full_name(div, text) or not _NATURAL_END.search(text):
        return False
    return not (div.rank == LEVEL_RANK["county"] and div.code[:2] in home_codes)


def level_word_at(text: str, at: int) -> bool:
    """Whether a level word (市, 县, 镇, 街道 ...) stands at `at`: the text names a unit there."""
    return any(text.startswith(word, at) for word in LEVEL_OF_WORD)


def _designation_re() -> re.Pattern[str]:
    """Township names that are only a designation (天津's 综合保税区, the 15 经济开发区):
    [level] [qualifier] head of one shape, from places_designations."""
    shapes: dict[str, dict[str, list[str]]] = {}
    for word, shape, slot in lexicons.rows("places_designations"):
        shapes.setdefault(shape, {}).setdefault(slot, []).append(word)
    forms = []
    for slots in shapes.values():
        optional = "".join(f"(?:{_alternation(slots[s])})?" for s in ("level", "qualifier") if s in slots)
        forms.append(f"{optional}(?:{_alternation(slots['head'])})")
    return re.compile("|".join(forms))


_GENERIC_UNIT_RE = _designation_re()


def relative_place(text: str) -> tuple[str, str] | None:
    """The level a relative place form points to, and its level word: 本市 -> (city, 市),
    全镇 -> (township, 镇); None for a name."""
    m = _RELATIVE_LOC_RE.match(text)
    return (LEVEL_OF_WORD[m.group(1)], m.group(1)) if m else None


def relative_org(text: str) -> str | None:
    """The level word an ORG named by the level of its governing place starts with
    (市委 -> 市, 县统计局 -> 县), or None (市场监管局 is no such ORG)."""
    m = _RELATIVE_ORG_RE.match(text)
    return m.group(1) if m else None


def is_full_name(div: Division, text: str) -> bool:
    """Whether `text` is `div`'s name or official name (not a short form)."""
    key = name_key(text)
    return key in (name_key(div.name), name_key(div.official))


def short_only(div: Division, text: str) -> bool:
    """Whether `text` names `div` only by a short form (河南 for 河南省), not in full."""
    return not is_full_name(div, text)


def weak(div: Division, text: str) -> bool:
    """A township or village written without its suffix (巴西 for 巴西镇, 太阳 for 太阳乡), or
    one whose whole name is a generic designation (综合保税区, 工业园区): in running text far
    more often a country, a word, any such zone or an NER slip than the place, so it needs
    nearby context to count."""
    return div.rank >= LEVEL_RANK["township"] and (
        short_only(div, text) or bool(_GENERIC_UNIT_RE.fullmatch(text))
    )


def needs_context(div: Division, text: str) -> bool:
    """A weak name, or a county written by its short form (南海, 天山)."""
    return weak(div, text) or (div.rank == LEVEL_RANK["county"] and short_only(div, text))


def _remembered(method: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
    memo = lru_cache(maxsize=2048)(method)
    return lambda text: list(memo(text))


class Matcher:
    """Candidate divisions for place names, on one paper's home ground."""

    def __init__(self, gazetteer: Gazetteer, home_codes: Sequence[str] = ()) -> None:
        self.gaz = gazetteer
        self.home_codes = frozenset(home_codes)
        # functions of the name alone for this gazetteer and home: remembered (issue 13,
        # speed; a process keeps one matcher, pipeline.stages.places), each answer a copy
        for method in ("candidates", "split_place", "places_in"):
            setattr(self, method, _remembered(getattr(self, method)))

    def candidates(self, text: str) -> list[Division]:
        cands = self.gaz.lookup(text)
        if len(text) == 1:
            # A one-character 简称 is a place only on its home ground (晋 and 并 in a Taiyuan
            # paper); elsewhere 青 or 京 in running text are far likelier an NER slip.
            cands = [d for d in cands if d.code in self.home_codes]
        # A short form shared by a province or prefecture and by small units (河南 / 河南村,
        # 北京 / 北京街道, 吉林 / 吉林街道) is the province or prefecture: nobody writes a
        # township or village without its suffix where the name is also a province's.
        if any(short_only(d, text) and d.rank <= LEVEL_RANK["city"] for d in cands):
            cands = [d for d in cands if not weak(d, text)]
        # a county of the home province by its short form outranks townships and villages by
        # theirs (方山 in a 山西 paper is 方山县, not a 方山村; 万柏林 is the district, not its
        # 万柏林街道): the paper's own counties are what it writes short
        if any(d.rank == LEVEL_RANK["county"] and d.code[:2] in self.home_codes for d in cands):
            cands = [d for d in cands if not weak(d, text)]
        # a province's short form outranks a district's as well (河北 next to 天津 is not
        # 天津's 河北区)
        if any(short_only(d, text) and d.rank == LEVEL_RANK["province"] for d in cands):
            cands = [d for d in cands if not (short_only(d, text) and d.rank == LEVEL_RANK["county"])]
        return cands

    def split_place(self, text: str) -> list[str]:
        """A LOC mention as the chain of names it is written as: 东坡区太和镇 -> [东坡区,
        太和镇]; 太和镇幸福小区 -> [太和镇, 幸福小区]; 东坡区街道 -> [东坡区] (a
        generic tail names nothing); 山西太原 -> [山西, 太原]. A name the gazetteer knows whole
        stays whole. Before a named remainder only full names of three or more characters
        split, so 东门街口 is not 东门 + 街口 and 大同小区 is not 大同 + 小区."""
        if self.gaz.lookup(text) or country(text) is not None:
            return [text]
        for form in COUNTRIES:  # 中国山西太原 -> [中国, 山西, 太原]; 中国馆 stays whole
            rest = text[len(form) :]
            if text.startswith(form) and rest:
                pieces = self.split_place(rest)
                if any(self.gaz.lookup(p) for p in pieces):
                    return [form, *pieces]
        shorts, rest = self._split(text, short_forms=True)
        if shorts and not rest:
            return shorts
        pieces, rest = self._split(text, short_forms=False)
        if not pieces:
            return [text]
        if len(rest) >= 2 and rest not in GENERIC_TAILS:
            pieces.append(rest)
        return pieces

    def _split(self, text: str, short_forms: bool) -> tuple[list[str], str]:
        """Greedy longest gazetteer names from the left; the unmatched remainder."""
        pieces: list[str] = []
        i = 0
        while i < len(text):
            hit = None
            for j in range(min(len(text), i + PREFIX_FORMS_MAX), i + 1, -1):
                piece = text[i:j]
                divs = self.gaz.lookup(piece)
                full = any(is_full_name(d, piece) for d in divs)
                if (full and len(piece) >= 3) or (
                    short_forms and any(d.rank <= LEVEL_RANK["city"] for d in divs)
                ):
                    hit = piece
                    break
            if hit is None:
                break
            pieces.append(hit)
            i += len(hit)
        return pieces, text[i:]

    def places_in(self, name: str) -> list[str]:
        """Place names inside an ORG name, left to right: a prefix may be a short form of a
        province, city or county (四川华西医院, 眉山第一中学); further in, only full names
        of three or more characters count (娄烦县公安局静游镇派出所, 国网古交市供电公司)."""
        found: list[str] = []
        i = 0
        while i < len(name):
            hit = self._place_at(name, i)
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i += len(hit)
        return found

    def _place_at(self, name: str, i: int) -> str | None:
        """The longest place name starting at `i` of an ORG name, by the rules of places_in."""
        for j in range(min(len(name), i + PREFIX_FORMS_MAX), i + 1, -1):
            piece = name[i:j]
            divs = self.gaz.lookup(piece)
            if not divs:
                continue
            full = any(is_full_name(d, piece) for d in divs)
            if full and len(piece) >= 3:
                return piece
            if i == 0 and any(d.rank <= LEVEL_RANK["county"] for d in divs) and (full or len(piece) >= 2):
                return piece
        return None
