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
  (``Lexicon.by_prefix``): those positions are found with the same search, and there the
  substrings of each length are compared with the names by hash (``PlaceIndex``), where
  ``Lexicon.matches`` sliced and looked up strings at every position;
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
_FEW = 512  # queries searched as they come (_find)
_HASH_BASE = 1_000_003  # of the place names' polynomial hash (PlaceIndex)


def codepoints(text: str) -> np.ndarray:
    """The code points of ``text`` (one per Python character, as ``text[i]`` indexes them)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


def _bigram_table(index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The vocabulary's bigrams (``XY``, ``<s>X``, ``X</s>``) as sorted keys and their ids."""
    two = [b for b in index if len(b) == 2]
    first = [b for b in index if len(b) == 4 and b.startswith("<s>")]
    last = [b for b in index if len(b) == 5 and b.endswith("</s>")]
    pairs = codepoints("".join(two)).reshape(-1, 2)
    keys = np.concatenate([
        pairs[:, 0] * KEY + pairs[:, 1],
        BOS * KEY + codepoints("".join(b[3] for b in first)),
        codepoints("".join(b[0] for b in last)) * KEY + EOS,
    ])
    ids = np.array([index[b] for b in (*two, *first, *last)], dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    return keys[order], ids[order]


def _find(sorted_keys: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(found, position) of each query in ``sorted_keys``. The distinct queries are searched,
    in order: a text repeats its bigrams, and sorted needles walk the keys with the cache
    (eight times faster than random ones over the 260,000 bigrams)."""
    if not len(sorted_keys):
        return np.zeros(len(queries), dtype=bool), np.zeros(len(queries), dtype=np.int64)
    if len(queries) < _FEW:  # sorting would cost more than it saves
        pos = np.minimum(np.searchsorted(sorted_keys, queries), len(sorted_keys) - 1)
        return sorted_keys[pos] == queries, pos
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
        self.bigram_keys, self.bigram_ids = _bigram_table(vocab.bigram_index)
        self.places = PlaceIndex(place)
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
        begin, end = self.places.matches(joined, raw, end_of)
        feats[begin, 0] = 1.0
        feats[end - 1, 2] = 1.0
        long = end - begin > 2  # the characters strictly inside: +1 from begin+1 to end-1
        inside = np.zeros(len(raw) + 1, dtype=np.int64)
        np.add.at(inside, begin[long] + 1, 1)
        np.add.at(inside, end[long] - 1, -1)
        feats[np.cumsum(inside[:-1]) > 0, 1] = 1.0
        feats[np.isin(raw, self.surnames), 3] = 1.0
        return feats


class PlaceIndex:
    """``Lexicon.matches`` over many texts at once. A place name can start only where two
    characters are a known prefix of one; there the substrings of each length a name has are
    compared by a polynomial hash (mod 2**64) with the names' hashes, and a hash that matches
    is confirmed on the strings (a collision costs a comparison, never a wrong flag)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.items = lexicon.items
        self.prefixes = np.array(
            sorted(ord(p[0]) * KEY + ord(p[1]) for p in lexicon.by_prefix if len(p) == 2), dtype=np.int64)
        self.max_len = lexicon.max_len
        base = np.full(max(self.max_len - 1, 0), _HASH_BASE, dtype=np.uint64)
        self.powers = np.concatenate([np.ones(1, dtype=np.uint64), np.cumprod(base)])  # wrap mod 2**64
        by_length: dict[int, list[str]] = {}
        for name in self.items:
            by_length.setdefault(len(name), []).append(name)
        self.hashes = {
            n: np.unique(codepoints("".join(names)).astype(np.uint64).reshape(-1, n) @ self.powers[:n])
            for n, names in by_length.items()
        }

    def matches(self, joined: str, raw: np.ndarray, end_of: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(begin, end) arrays of every occurrence of a name inside one text of ``joined``
        (``end_of``: the end offset of the text of each character)."""
        found: list[tuple[int, int]] = []
        if len(raw) > 1:
            maybe, _ = _find(self.prefixes, raw[:-1] * KEY + raw[1:])
            at = np.flatnonzero(maybe & (end_of[:-1] > np.arange(1, len(raw))))  # in one text
            if not len(at):
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
            room = end_of[at] - at  # characters left in the text
            padded = np.concatenate([raw, np.zeros(self.max_len, dtype=raw.dtype)]).astype(np.uint64)
            h = np.zeros(len(at), dtype=np.uint64)
            for n in range(1, min(self.max_len, int(room.max())) + 1):
                h += padded[at + n - 1] * self.powers[n - 1]
                if n < 2 or n not in self.hashes:
                    continue
                hit, _ = _find(self.hashes[n], h)
                for i in at[hit & (room >= n)].tolist():
                    if joined[i : i + n] in self.items:
                        found.append((i, i + n))
        pairs = np.array(found, dtype=np.int64).reshape(-1, 2)
        return pairs[:, 0], pairs[:, 1]
