"""The NER inputs built in numpy for a whole batch (pipeline.nlp.ner_features) are exactly
those of ``batch_arrays`` over ``Vocab.encode`` (training and the torch reference use those)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.evaluation.ner import page_sentences
from pipeline.nlp.lexicons import normalize
from pipeline.nlp.ner_model import TAGS, CharTagger, _cuts, batch_arrays, tags_to_spans, viterbi

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@cache
def _tagger() -> CharTagger:
    return CharTagger(REPO / "models" / "ner")


def _assert_same(texts: list[str]) -> None:
    tagger = _tagger()
    want, want_mask = batch_arrays([tagger.vocab.encode(t, tagger.place, tagger.surnames) for t in texts])
    got, got_mask = tagger._encoder.batch(texts)
    assert np.array_equal(got_mask, want_mask)
    assert sorted(got) == sorted(want)
    for name, array in want.items():
        assert got[name].dtype == array.dtype, name
        assert np.array_equal(got[name], array), name


def test_the_batch_of_real_sentences_is_encoded_as_one_by_one() -> None:
    pages = sorted((REPO / "data" / "raw" / "sample").glob("*.txt"))
    pages += sorted((SHARED / "samples").glob("*.txt"))
    sentences = [s for p in pages for s in page_sentences(p.read_text("utf-8"))]
    texts = [normalize(s[a:b]) for s in sentences for a, b in _cuts(s)]
    texts = sorted((t for t in texts if t), key=len, reverse=True)
    assert len(texts) > (300 if (SHARED / "samples").is_dir() else 150)  # the repo's sample alone: 178
    tagger = _tagger()
    flags = tagger._encoder.batch(texts[:64])[0]["lexicon"]
    assert flags[..., 0].sum() > 10 and flags[..., 3].sum() > 10  # places and surnames flagged
    for k in range(0, len(texts), 64):
        _assert_same(texts[k : k + 64])


# place names, surnames, digits, the characters of "<s>" and "</s>", a character outside
# the vocabulary and one outside the Basic Multilingual Plane
_ALPHABET = "山西省太原市晋中县北京王李张0123456789<s/>。，a𠀀龘 "


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=30), min_size=1, max_size=6))
def test_any_batch_is_encoded_as_one_by_one(texts: list[str]) -> None:
    _assert_same(texts)


def test_a_known_place_and_a_surname_are_flagged() -> None:
    got, _ = _tagger()._encoder.batch(["山西省太原市", "王"])
    lex = got["lexicon"]
    assert lex[0, 0, 0] == 1 and lex[0, 2, 2] == 1  # 山西省: begin, end
    assert lex[1, 0, 3] == 1


def _spans_char_by_char(tags: list[int]) -> list[tuple[int, int, str]]:
    """tags_to_spans as it was written before it skipped the O characters (issue 13)."""
    spans = []
    start, label = -1, ""
    for i, t in enumerate([*tags, 0]):
        name = TAGS[t]
        if start >= 0 and not (name.startswith("I-") and name[2:] == label):
            spans.append((start, i, label))
            start = -1
        if name.startswith("B-") or (name.startswith("I-") and start < 0):
            start, label = i, name[2:]
    return spans


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([0, 0, 0, *range(len(TAGS))]), max_size=40))
def test_spans_from_tags_skip_nothing_but_o(tags: list[int]) -> None:
    assert tags_to_spans(tags) == _spans_char_by_char(tags)


def _viterbi_masked_everywhere(em, mask, trans, start, end):  # type: ignore[no-untyped-def]
    """viterbi as written before it skipped the masking where every sequence goes on."""
    k = em.shape[2]
    score = start + em[:, 0]
    identity = np.broadcast_to(np.arange(k), score.shape)
    history = []
    for i in range(1, em.shape[1]):
        cand = score[:, :, None] + trans[None]
        best, arg = cand.max(1), cand.argmax(1)
        keep = mask[:, i, None]
        score = np.where(keep, best + em[:, i], score)
        history.append(np.where(keep, arg, identity))
    best_tag = (score + end).argmax(1)
    path = [best_tag]
    for arg in reversed(history):
        best_tag = np.take_along_axis(arg, best_tag[:, None], 1)[:, 0]
        path.append(best_tag)
    tags = np.stack(path[::-1], 1).tolist()
    return [row[:n] for row, n in zip(tags, mask.sum(1).tolist(), strict=True)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 12), min_size=1, max_size=6), st.integers(0, 2**32 - 1), st.booleans())
def test_viterbi_decodes_as_with_a_mask_at_every_step(lengths: list[int], seed: int, ties: bool) -> None:
    rng = np.random.default_rng(seed)
    k = len(TAGS)
    lengths = sorted(lengths, reverse=True)
    shape = (len(lengths), max(lengths), k)
    # few distinct values make ties, where the first maximum must win as before
    em = (rng.integers(0, 3, shape) if ties else rng.normal(size=shape)).astype(np.float32)
    trans, start, end = (rng.normal(size=s).astype(np.float32) for s in ((k, k), (k,), (k,)))
    mask = np.arange(max(lengths))[None, :] < np.array(lengths)[:, None]
    assert viterbi(em, mask, trans, start, end) == _viterbi_masked_everywhere(em, mask, trans, start, end)
