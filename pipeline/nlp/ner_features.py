"""The NER network's inputs for a batch of texts at once, in numpy (issue 13, speed).

The same arrays as ``batch_arrays([vocab.encode(t, place, surnames) for t in texts])`` of
``pipeline.nlp.ner_model`` (training and the torch reference still use those): character ids,
left and right bigram ids, the lexicon flags, padded to the longest text. There, each
character cost a few dictionary lookups in Python, about a tenth of a run; here the texts of a
batch are one array of code points, and the lookups are array operations:

- a character id is read from a table indexed by code point (the vocabulary's characters
  are single code points; one past the table is unknown);
- a bigram is one integer, ``first * KEY + second``, with ``<s>`` and ``</s>`` as two code
  points past Unicode; the vocabulary's bigrams are a sorted array searched with
  ``np.searchsorted``;
- place names can start only where the text's two characters are a known prefix of one
  (``Lexicon.by_prefix``): those positions are found with the same search, and only there
  does Python compare strings, as ``Lexicon.matches`` does at every position;
- surnames are single characters: one ``np.isin``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner_model import N_LEX, UNK, Vocab

BOS, EOS = 0x110000, 0x110001  # "<s>" and "</s>": code points past Unicode's last
KEY = 0x110002  # a bigram's key: first * KEY + second (below 2**41)
_ZERO, _ONE, _NINE = ord("0"), ord("1"), ord("9")


def codepoints(text: str) -> np.ndarray:
    """The code points of ``text`` (one per Python character, as ``text[i]`` indexes them)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


def _bigram_key(bigram: str) -> int | None:
    """The key of a vocabulary bigram (``<s>X``, ``X</s>``, ``XY``); None for one no text makes."""
    if len(bigram) == 4 and bigram.startswith("<s>"):
        return BOS * KEY + ord(bigram[3])
    if len(bigram) == 5 and bigram.endswith("</s>"):
        return ord(bigram[0]) * KEY + EOS
    if len(bigram) == 2:
        return ord(bigram[0]) * KEY + ord(bigram[1])
    return None


def _sorted_lookup(keys: list[int], values: list[int]) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
    return np.array(keys, dtype=np.int64)[order], np.array(values, dtype=np.int64)[order]


def _find(sorted_keys: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(found, position) of each query in ``sorted_keys``. The distinct queries are searched,
    in order: a text repeats its bigrams, and sorted needles walk the keys with the cache
    (eight times faster than random ones over the 260,000 bigrams)."""
    if not len(sorted_keys):
        return np.zeros(len(queries), dtype=bool), np.zeros(len(queries), dtype=np.int64)
    distinct, back = np.unique(queries, return_inverse=True)
    pos = np.minimum(np.searchsorted(sorted_keys, distinct), len(sorted_keys) - 1)
    return (sorted_keys[pos] == distinct)[back], pos[back]


class BatchEncoder:
    """``batch_arrays`` of ``Vocab.encode`` for many texts at once (see the module's doc)."""

    def __init__(self, vocab: Vocab, place: Lexicon, surnames: frozenset[str]) -> None:
        singles = [(ord(c), i) for c, i in vocab.char_index.items() if len(c) == 1]
        self.char_ids = np.full(max((cp for cp, _ in singles), default=0) + 1, UNK, dtype=np.int64)
        for cp, i in singles:
            self.char_ids[cp] = i
        keyed = [(k, i) for b, i in vocab.bigram_index.items() if (k := _bigram_key(b)) is not None]
        self.bigram_keys, self.bigram_ids = _sorted_lookup([k for k, _ in keyed], [i for _, i in keyed])
        self.place = place
        self.place_prefixes = np.array(
            sorted(ord(p[0]) * KEY + ord(p[1]) for p in place.by_prefix if len(p) == 2), dtype=np.int64)
        self.surnames = np.array(sorted(ord(s) for s in surnames if len(s) == 1), dtype=np.int64)

    def batch(self, texts: Sequence[str]) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """Padded network inputs (without ``convention``) and the [B, T] mask of real
        characters: ``batch_arrays([vocab.encode(t, place, surnames) for t in texts])``."""
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        mask = np.arange(int(lengths.max()))[None, :] < lengths[:, None]
        joined = "".join(texts)
        raw = codepoints(joined)
        ends = np.cumsum(lengths)
        starts, ends = (ends - lengths)[lengths > 0], ends[lengths > 0]
        keyed = np.where((raw >= _ONE) & (raw <= _NINE), _ZERO, raw)  # char_key: digits are 0
        before, after = np.empty_like(keyed), np.empty_like(keyed)
        before[1:], after[:-1] = keyed[:-1], keyed[1:]
        before[starts], after[ends - 1] = BOS, EOS
        flat = {
            "chars": self._chars(keyed),
            "bigrams_left": self._bigrams(before * KEY + keyed),
            "bigrams_right": self._bigrams(keyed * KEY + after),
            "lexicon": self._lexicon(joined, raw, np.repeat(ends, lengths[lengths > 0])),
        }
        inputs: dict[str, np.ndarray] = {}
        for name, values in flat.items():
            padded = np.zeros(mask.shape + values.shape[1:], dtype=values.dtype)
            padded[mask] = values  # row-major order: the texts one after another, as joined
            inputs[name] = padded
        inputs["lengths"] = lengths
        return inputs, mask

    def _chars(self, keyed: np.ndarray) -> np.ndarray:
        table = self.char_ids
        known = keyed < len(table)
        return np.where(known, table[np.where(known, keyed, 0)], UNK)

    def _bigrams(self, keys: np.ndarray) -> np.ndarray:
        found, pos = _find(self.bigram_keys, keys)
        return np.where(found, self.bigram_ids[pos], UNK)

    def _lexicon(self, joined: str, raw: np.ndarray, end_of: np.ndarray) -> np.ndarray:
        """``lex_features`` of every text, one after another; ``end_of``: the end offset (in
        ``joined``) of the text each character is in."""
        feats = np.zeros((len(raw), N_LEX), dtype=np.float32)
        if len(raw) > 1:
            found, _ = _find(self.place_prefixes, raw[:-1] * KEY + raw[1:])
            found &= end_of[:-1] > np.arange(1, len(raw))  # both characters in one text
            items, by_prefix = self.place.items, self.place.by_prefix
            for i in np.flatnonzero(found).tolist():
                end = int(end_of[i])
                for ln in by_prefix[joined[i : i + 2]]:
                    j = i + ln
                    if j <= end and joined[i:j] in items:
                        feats[i, 0] = 1.0
                        if ln > 2:
                            feats[i + 1 : j - 1, 1] = 1.0
                        feats[j - 1, 2] = 1.0
        feats[np.isin(raw, self.surnames), 3] = 1.0
        return feats
