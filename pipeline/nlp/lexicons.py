"""Lexicons shared by the NER model's features and the rule components.

The shipped lists live in ``models/ner/lexicons/`` (one entry per line) and are derived by
``python -m pipeline.training.ner`` from ../shared/corpora: place names from the administrative
divisions (WTFPL / MIT), surnames from the annotated person spans of MSRA and People's Daily
1998 (the ChineseNames surname table is non-commercial and is deliberately not used).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from pipeline import lexicons
from pipeline.text import to_halfwidth

# Full-width -> half-width lives in pipeline.text (one copy); ``normalize`` is its name here,
# used by the NER training data, the evaluation and the backends.
normalize = to_halfwidth


# Suffixes of administrative names; the short form (太原 for 太原市) is also a place when what
# remains has at least two characters (a one-character remainder like 城 for 城区 is too risky).
ADMIN_SUFFIXES = lexicons.words("ner_place_short_form_suffixes")
# Village-level names in the 2021 Shanxi file carry the committee suffix (…村委会,
# …社区居委会); the place itself is the name without it.
_VILLAGE_SUFFIXES = lexicons.words("ner_village_committee_suffixes")


def place_variants(name: str) -> list[str]:
    """A division name and its suffix-less short form where the short form is safe."""
    name = name.strip().strip('"')
    for suf in _VILLAGE_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf) + 1:
            name = name[: -len(suf)]
            if not name.endswith(("村", "社区")):
                name += "村" if suf.startswith("村") else ""
            break
    out = [name]
    for suf in ADMIN_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            out.append(name[: -len(suf)])
            break
    return [n for n in out if len(n) >= 2 and n != "市辖区"]


def read_list(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def write_list(path: Path, items: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{x}\n" for x in sorted(set(items))), encoding="utf-8")


class Lexicon:
    """A set of strings with fast 'which entries start here' lookup (lengths 2..max_len)."""

    def __init__(self, items: Iterable[str], max_len: int = 10) -> None:
        self.items = {x for x in items if 2 <= len(x) <= max_len}
        self.max_len = max((len(x) for x in self.items), default=0)
        # first two characters -> entry lengths, longest first: most positions in running
        # text start no entry, so one dict lookup rejects them
        by_prefix: dict[str, set[int]] = {}
        for x in self.items:
            by_prefix.setdefault(x[:2], set()).add(len(x))
        self.by_prefix = {k: sorted(v, reverse=True) for k, v in by_prefix.items()}

    def __contains__(self, s: object) -> bool:
        return s in self.items

    def matches(self, text: str) -> list[tuple[int, int]]:
        """All (start, end) occurrences of entries, every length, end exclusive."""
        out: list[tuple[int, int]] = []
        items = self.items
        by_prefix = self.by_prefix
        n = len(text)
        for i in range(n - 1):
            lengths = by_prefix.get(text[i : i + 2])
            if lengths is None:
                continue
            for ln in lengths:
                j = i + ln
                if j <= n and text[i:j] in items:
                    out.append((i, j))
        return out


@cache
def load_lexicons(model_dir: str) -> dict[str, Lexicon | frozenset[str]]:
    d = Path(model_dir) / "lexicons"
    return {
        "place": Lexicon(read_list(d / "places.txt")),
        "surname": frozenset(read_list(d / "surnames.txt")),
    }


def is_cjk(ch: str) -> bool:
    return "CJK" in unicodedata.name(ch, "")
