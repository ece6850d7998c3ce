"""What the rule components know, loaded from data files.

- Word lists and patterns: ``pipeline/lexicons/ner_*.tsv`` (and ``byline_roles.tsv``), through
  the one loader ``pipeline.lexicons``. A component option that names a list also accepts the
  path of a file in the same format (a list kept outside the package: a test, a variant).
- The gazetteer and the surnames: the NER model's ``lexicons/`` folder (``gazetteer.txt``,
  ``person_surnames.txt``), derived from the corpora by ``python -m pipeline.training.ner``.
- jieba's dictionary (word -> POS tag), to see words inside and around a name candidate.

Everything is cached per process, so components sharing a resource share one copy.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from pipeline import lexicons
from pipeline.jieba_dict import word_freqs, word_tags
from pipeline.nlp.lexicons import Lexicon, read_list


def is_cjk(c: str) -> bool:
    """A CJK unified ideograph (the basic block: what names are written in)."""
    return "\u4e00" <= c <= "\u9fff"


@cache
def table(ref: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a word list: ``ref`` is a list's name in ``pipeline/lexicons/`` or the path
    of a ``.tsv`` file in the same format (``#`` header lines, TAB-separated columns)."""
    if not ref.endswith(".tsv"):
        return lexicons.rows(ref)
    return lexicons.parse(Path(ref).read_text(encoding="utf-8"), ref)


def words(ref: str) -> tuple[str, ...]:
    """The first column of a word list, in file order."""
    return tuple(row[0] for row in table(ref))


def word_set(ref: str) -> frozenset[str]:
    return frozenset(words(ref))


def pattern(name: str) -> str:
    """A regular expression from ``ner_patterns.tsv``."""
    return lexicons.mapping("ner_patterns")[name]


# --- the model's lexicons ------------------------------------------------------------------


def lexicons_dir(path: str) -> Path:
    """The folder holding gazetteer.txt and person_surnames.txt: ``path``, or the shipped NER
    model's ``lexicons/`` when empty."""
    if path:
        return Path(path)
    from pipeline.nlp.ner import default_model_dir

    return default_model_dir() / "lexicons"


@cache
def gazetteer(path: str = "") -> Lexicon:
    """Place names for the gazetteer rule (full names at all levels, safe short forms)."""
    d = lexicons_dir(path)
    gaz = d / "gazetteer.txt"
    return Lexicon(read_list(gaz if gaz.is_file() else d / "places.txt"), max_len=12)


@cache
def surnames(path: str = "") -> frozenset[str]:
    """Single-character surnames for the person rules."""
    d = lexicons_dir(path)
    sur = d / "person_surnames.txt"
    return frozenset(read_list(sur if sur.is_file() else d / "surnames.txt"))


# --- jieba's dictionary --------------------------------------------------------------------


# jieba's bundled dictionary, word -> POS tag: one copy per process (pipeline.jieba_dict)
jieba_dict = word_tags
jieba_freq = word_freqs


@cache
def _segmenter() -> Any:
    import jieba  # type: ignore[import-untyped]

    jieba.setLogLevel(60)
    return jieba


def jieba_cut(s: str) -> list[str]:
    """jieba's segmentation (dictionary only, no HMM) of a short stretch of text: where
    forward maximum matching (``jieba_words``) takes the longest word, wrongly (集团军|品)."""
    return _segmenter().lcut(s, HMM=False)  # type: ignore[no-any-return]


def jieba_words(s: str) -> list[str]:
    """Forward maximum matching over jieba's dictionary: enough to see the words in a short
    name candidate, and it avoids initializing jieba's segmenter."""
    known = jieba_dict()
    out = []
    i = 0
    while i < len(s):
        for ln in range(min(4, len(s) - i), 0, -1):
            if ln == 1 or s[i : i + ln] in known:
                out.append(s[i : i + ln])
                i += ln
                break
    return out


def word_ends_at(text: str, start: int, end: int) -> bool:
    """Whether jieba's words (``jieba_words``) of the text from ``start`` end one at ``end``
    (高速|发展: the stretch ends a word; not 高速公路, a word going on past it)."""
    at = start
    for w in jieba_words(text[start : end + 3]):
        at += len(w)
        if at >= end:
            return at == end
    return True


# a ruler's regnal number after the name (伊丽莎白二世, 亨利八世): no list of names ends so
# the lookbehind starts a try only at the run's first numeral: linear on long numeral runs
_REGNAL = re.compile("(?<![一二三四五六七八九十])[一二三四五六七八九十]+世$")


# shares of transliteration characters that make a long PERSON one foreign name: a run of touching
# pieces needs half; one span the network tagged whole needs a third (a Uyghur or Slavic name,
# 阿不都热合曼, 伊万诺维奇, was cut into two-character names: round-8 entG review, 4 in 4 stories)
RUN_TRANSLIT_SHARE, SPAN_TRANSLIT_SHARE = 0.5, 0.3


def one_foreign_name(name: str, chars: frozenset[str], share: float = RUN_TRANSLIT_SHARE) -> bool:
    """Whether a long PERSON is one foreign name, no list of Chinese names: at least ``share`` of
    its characters are transliteration characters (``ner_transliteration_chars``: 克瓦西涅夫斯基),
    or it ends in a ruler's regnal number (伊丽莎白二世; issue 11, round 8: MSRA train was cut
    伊丽莎 / 白二世 8 times)."""
    return _REGNAL.search(name) is not None or sum(c in chars for c in name) >= share * len(name)
