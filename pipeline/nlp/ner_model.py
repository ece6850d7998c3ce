"""The project's own NER backend (spec ``model`` / ``model:<path>``).

A character BiLSTM-CRF whose input per character is: the character's embedding, the embeddings
of the bigrams to its left and right (Chinese words are mostly two characters, so bigrams carry
most of the word information a char model otherwise lacks), and lexicon flags (inside a known
administrative place name: begin / middle / end; is a common surname). The rule components
(``pipeline.nlp.components``) run after it, as after every backend (``load_ner``). Trained by
``python -m pipeline.training.ner``.

The runtime needs no torch: the network (up to the CRF's emission scores) runs from
``model.onnx`` with onnxruntime, and the CRF's Viterbi decoding is done here in numpy on the
emission and transition scores (the same operations in the same float32 order as the torch
decoder, so the same paths). ``model.onnx`` is exported from ``model.pt`` by
``python -m pipeline.training.export_onnx`` (``make export-onnx``; training writes both). The
torch network itself lives in ``pipeline.training.ner_net`` (the ``train`` extra); its names
are still importable from here for the training code, lazily, so that importing this module
never imports torch.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.nlp.lexicons import Lexicon, load_lexicons, normalize
from pipeline.nlp.ner import NerConfigError, Span, default_model_dir

__all__ = ["CharTagger", "ModelBackend", "default_model_dir", "load"]

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
TAG2ID = {t: i for i, t in enumerate(TAGS)}
LABEL_OF = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
N_LEX = 4  # place-begin, place-middle, place-end, surname
PAD, UNK = 0, 1
ONNX_FILE = "model.onnx"
TORCH_FILE = "model.pt"
_DIGITS = str.maketrans("0123456789", "0000000000")

# the network's inputs, in the order of the exported graph (see pipeline.training.export_onnx)
INPUTS = ("chars", "bigrams_left", "bigrams_right", "lexicon", "lengths", "convention")
Encoded = tuple[list[int], list[int], list[int], np.ndarray]
# (chars, left, right, lexicon, lengths, convention) -> emission scores [B, T, len(TAGS)]
Emitter = Callable[[dict[str, np.ndarray]], np.ndarray]


# ---------------------------------------------------------------------------------------------
# features


def char_key(c: str) -> str:
    # All digits share one embedding: numbers carry no entity identity, only shape.
    return c.translate(_DIGITS)


def bigrams(text: str) -> tuple[list[str], list[str]]:
    padded = ["<s>", *char_key(text), "</s>"]  # char_key maps one character to one
    pairs = list(map(str.__add__, padded[:-1], padded[1:]))  # pairs[i]: padded[i] + padded[i + 1]
    return pairs[:-1], pairs[1:]


def lex_features(text: str, place: Lexicon, surnames: frozenset[str]) -> np.ndarray:
    feats = np.zeros((len(text), N_LEX), dtype=np.float32)
    for s, e in place.matches(text):
        feats[s, 0] = 1.0
        if e - s > 2:
            feats[s + 1 : e - 1, 1] = 1.0
        feats[e - 1, 2] = 1.0
    idx = [i for i, c in enumerate(text) if c in surnames]
    if idx:
        feats[idx, 3] = 1.0
    return feats


class Vocab:
    def __init__(self, chars: list[str], bigrams: list[str]) -> None:
        self.chars = chars
        self.bigrams = bigrams
        self.char_index = {c: i + 2 for i, c in enumerate(chars)}
        self.bigram_index = {b: i + 2 for i, b in enumerate(bigrams)}

    def to_json(self) -> dict[str, list[str]]:
        return {"chars": self.chars, "bigrams": self.bigrams}

    @classmethod
    def from_json(cls, d: dict[str, list[str]]) -> Vocab:
        return cls(d["chars"], d["bigrams"])

    def encode(self, text: str, place: Lexicon, surnames: frozenset[str]) -> Encoded:
        ci = self.char_index
        bi = self.bigram_index
        chars = [ci.get(c, UNK) for c in char_key(text)]
        left, right = bigrams(text)
        right_ids = [bi.get(b, UNK) for b in right]
        # the left bigram of a character is the right bigram of the one before it
        left_ids = [bi.get(left[0], UNK), *right_ids[:-1]] if text else []
        return chars, left_ids, right_ids, lex_features(text, place, surnames)


def batch_arrays(encoded: Sequence[Encoded]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Padded network inputs (without ``convention``) and the [B, T] mask of real characters."""
    lengths = np.array([len(e[0]) for e in encoded], dtype=np.int64)
    b, n = len(encoded), int(lengths.max())
    chars, left, right = (np.zeros((b, n), dtype=np.int64) for _ in range(3))
    lex = np.zeros((b, n, N_LEX), dtype=np.float32)
    for k, (c, l_, r, f) in enumerate(encoded):
        m = len(c)
        chars[k, :m], left[k, :m], right[k, :m], lex[k, :m] = c, l_, r, f
    mask = np.arange(n)[None, :] < lengths[:, None]
    inputs: dict[str, np.ndarray] = {"chars": chars, "bigrams_left": left, "bigrams_right": right,
                                     "lexicon": lex, "lengths": lengths}
    return inputs, mask


# ---------------------------------------------------------------------------------------------
# the CRF's constraints and its decoding


def allowed_transitions() -> np.ndarray:
    """BIO constraints: I-X only after B-X or I-X; applied at decoding as hard masks."""
    n = len(TAGS)
    ok = np.ones((n, n), dtype=bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i, f in enumerate(TAGS):
                ok[i, j] = f[2:] == t[2:] and f != "O"
    return ok


def allowed_starts() -> np.ndarray:
    return np.array([not t.startswith("I-") for t in TAGS])


def viterbi(em: np.ndarray, mask: np.ndarray, trans: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> list[list[int]]:
    """Best tag path per sequence: emissions [B, T, K], mask [B, T]; ``trans`` and ``start``
    with the BIO penalties already added. The float32 operations of the torch decoder
    (``CRF.decode`` in pipeline.training.ner_net), in the same order: the same paths."""
    k = em.shape[2]
    score = start + em[:, 0]
    identity = np.broadcast_to(np.arange(k), score.shape)
    # up to the shortest sequence's end every sequence goes on: no masking there (the same
    # values as masking with a mask of ones)
    everyone = int(mask.sum(1).min()) if len(mask) else 0
    history = []
    for i in range(1, em.shape[1]):
        cand = score[:, :, None] + trans[None]
        best, arg = cand.max(1), cand.argmax(1)  # argmax: the first maximum, as torch's max
        if i < everyone:
            score = best + em[:, i]
            history.append(arg)
            continue
        keep = mask[:, i, None]
        score = np.where(keep, best + em[:, i], score)
        # past a sequence's end the back-pointer is the identity, so that backtracking
        # from the last position passes through padding unchanged
        history.append(np.where(keep, arg, identity))
    best_tag = (score + end).argmax(1)
    path = [best_tag]
    rows = np.arange(len(best_tag))
    for arg in reversed(history):
        best_tag = arg[rows, best_tag]
        path.append(best_tag)
    tags = np.stack(path[::-1], 1).tolist()
    lengths = mask.sum(1).tolist()
    return [row[:n] for row, n in zip(tags, lengths, strict=True)]


_INSIDE = tuple(t.startswith("I-") for t in TAGS)
_LABEL = tuple(t[2:] for t in TAGS)


def tags_to_spans(tags: Sequence[int]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each entity: a B-X or a stray I-X starts one, and it runs over
    the I-X that follow. Only the tagged characters are looked at (most are O, tag 0): an O
    ends the open span right after the character before it."""
    spans = []
    start, label, prev = -1, "", -1
    for i, t in enumerate(tags):
        if not t:
            continue
        inside = _INSIDE[t]
        if start >= 0 and (i != prev + 1 or not inside or _LABEL[t] != label):
            spans.append((start, prev + 1, label))
            start = -1
        if start < 0:
            start, label = i, _LABEL[t]
        prev = i
    if start >= 0:
        spans.append((start, prev + 1, label))
    return spans


# ---------------------------------------------------------------------------------------------
# the network: onnxruntime (runtime) or torch (training, or a model without model.onnx)


def onnx_emitter(path: Path) -> tuple[Emitter, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The exported network on one thread (one process per core: workers scale out), and the
    CRF's transition, start and end scores (penalties added) that the graph also outputs."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    session = ort.InferenceSession(str(path), sess_options=opts,
                                   providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}  # no "convention" without conventions

    def emit(inputs: dict[str, np.ndarray]) -> np.ndarray:
        return session.run(["emissions"], {k: v for k, v in inputs.items() if k in names})[0]

    probe, _ = batch_arrays([([UNK], [UNK], [UNK], np.zeros((1, N_LEX), np.float32))])
    probe["convention"] = np.zeros(1, dtype=np.int64)
    trans, start, end = session.run(["transitions", "start", "end"],
                                    {k: v for k, v in probe.items() if k in names})
    return emit, (trans, start, end)


class CharTagger:
    """The neural part alone: texts -> model spans (used by training eval and the backend)."""

    def __init__(self, model_dir: Path, convention: str | None = None) -> None:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        vocab = Vocab.from_json(json.loads((model_dir / "vocab.json").read_text("utf-8")))
        conventions = list(config["arch"].get("conventions") or [])
        if (model_dir / ONNX_FILE).is_file():
            emit, crf = onnx_emitter(model_dir / ONNX_FILE)
            self.runtime = "onnxruntime"
        else:  # a model trained elsewhere without its export: torch (the train extra)
            from pipeline.training.ner_net import load_net, torch_emitter

            emit, crf = torch_emitter(load_net(model_dir, vocab, config))
            self.runtime = "torch"
        self._setup(model_dir, emit, crf, conventions, vocab, config,
                    convention or config.get("default_convention"))

    @classmethod
    def from_net(cls, model_dir: Path, net: Any, vocab: Vocab,
                 convention: str | None = None) -> CharTagger:
        """A tagger over a torch network in memory (training: scoring an epoch)."""
        from pipeline.training.ner_net import torch_emitter

        self = cls.__new__(cls)
        emit, crf = torch_emitter(net)
        self.runtime = "torch"
        self._setup(model_dir, emit, crf, list(net.conventions), vocab, {}, convention)
        return self

    def _setup(self, model_dir: Path, emit: Emitter,
               crf: tuple[np.ndarray, np.ndarray, np.ndarray], conventions: list[str],
               vocab: Vocab, config: dict[str, Any], convention: str | None) -> None:
        self.model_dir, self.vocab, self.config = model_dir, vocab, config
        self._emit, self._crf, self._conventions = emit, crf, conventions
        lex = load_lexicons(str(model_dir))
        self.place: Lexicon = lex["place"]  # type: ignore[assignment]
        self.surnames: frozenset[str] = lex["surname"]  # type: ignore[assignment]
        from pipeline.nlp.ner_features import BatchEncoder  # it imports this module's names

        self._encoder = BatchEncoder(vocab, self.place, self.surnames)
        self.convention = 0
        self.set_convention(convention)

    @property
    def conventions(self) -> list[str]:
        return self._conventions

    @property
    def convention_name(self) -> str:
        return self.conventions[self.convention] if self.conventions else ""

    def set_convention(self, name: str | None) -> None:
        """Choose the annotation convention the model follows (models trained with several)."""
        if not name:
            return
        if name not in self.conventions:
            known = ", ".join(self.conventions) or "none (this model has a single convention)"
            raise NerConfigError(f"NER model {self.model_dir} has no convention {name!r}; "
                                 f"known: {known}")
        self.convention = self.conventions.index(name)

    def tag(self, texts: Sequence[str], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
        """Spans per text. Texts longer than the training chunks (150 characters) are cut
        after punctuation and tagged piece by piece: on MSRA test sentences of 500+
        characters recall was 0.16 uncut (the LSTM never saw such lengths)."""
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for i, t in enumerate(texts):
            pieces.extend((i, s, e) for s, e in _cuts(t))
        tagged = self._tag([texts[i][s:e] for i, s, e in pieces], batch_size)
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for (i, s, _), spans in zip(pieces, tagged, strict=True):
            out[i].extend((a + s, b + s, lab) for a, b, lab in spans)
        return out

    def _tag(self, texts: Sequence[str], batch_size: int) -> list[list[tuple[int, int, str]]]:
        norm = [normalize(t) for t in texts]
        # longest first, so that every batch is sorted by length (and little is padding)
        order = sorted(range(len(norm)), key=lambda i: -len(norm[i]))
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for s in range(0, len(order), batch_size):
            idx = [i for i in order[s : s + batch_size] if norm[i]]
            if not idx:
                continue
            # the arrays of batch_arrays over Vocab.encode, built in numpy (ner_features)
            inputs, mask = self._encoder.batch([norm[i] for i in idx])
            inputs["convention"] = np.full(len(idx), self.convention, dtype=np.int64)
            em = self._emit(inputs)
            for i, path in zip(idx, viterbi(em, mask, *self._crf), strict=True):
                out[i] = tags_to_spans(path)
        return out


_CUT_AFTER = set(",;!?，。；！？、:：")


def _cuts(text: str, max_len: int = 150) -> list[tuple[int, int]]:
    """(start, end) pieces of at most ~max_len characters, cut after punctuation where
    possible (an entity never spans a cut at a comma or full stop in the training data)."""
    n = len(text)
    if n <= max_len:
        return [(0, n)]
    out = []
    start = 0
    while n - start > max_len:
        cut = -1
        for k in range(start + max_len, start + max_len // 3, -1):
            if text[k - 1] in _CUT_AFTER:
                cut = k
                break
        if cut < 0:
            cut = start + max_len
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


# ---------------------------------------------------------------------------------------------
# the backend


class ModelBackend:
    """The tagger as a NER backend: texts -> model spans (the rules run after it in the
    pipeline of ``load_ner``, as after every backend)."""

    name = "model"

    def __init__(self, model_dir: Path, convention: str | None = None) -> None:
        t0 = time.perf_counter()
        self.model_dir = model_dir
        self.tagger = CharTagger(model_dir, convention)
        self.load_seconds = time.perf_counter() - t0
        self._primed: dict[str, list[tuple[int, int, str]]] = {}

    def prime(self, texts: Sequence[str]) -> None:
        """Tag many texts (the sentences of many documents) at once, for the ``predict`` calls
        that follow: pieces of similar length from every document share a network call, where
        one document's sentences alone are few and of mixed lengths (2.6 padded cells per
        character on news pages, against 1.01 across 200 pages). A text's spans do not depend
        on the texts tagged with it. Replaces what an earlier call primed."""
        unique = list(dict.fromkeys(normalize(t) for t in texts))
        self._primed = dict(zip(unique, self.tagger.tag(unique), strict=True))

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        norm = [normalize(t) for t in texts]
        # primed texts stay until the next ``prime``: a sentence that recurs in several documents
        # of a chunk (a station's sign-off, a repeated headline) is tagged once
        found = {t: self._primed[t] for t in set(norm) if t in self._primed}
        missing = [t for t in dict.fromkeys(norm) if t not in found]
        if missing:
            found.update(zip(missing, self.tagger.tag(missing), strict=True))
        return [[Span(s, e, LABEL_OF[lab], "model") for s, e, lab in found[t]] for t in norm]

    def describe(self) -> dict[str, str]:
        return {
            "backend": "model",
            "path": str(self.model_dir),
            "version": str(self.tagger.config.get("version", "")),
            "trained": str(self.tagger.config.get("trained_at", "")),
            "convention": self.tagger.convention_name,
            "runtime": self.tagger.runtime,
        }


def parse_arg(arg: str | None) -> tuple[Path, str | None]:
    """``model`` spec argument: ``[PATH][,convention=NAME]`` (``model:convention=msra``,
    ``model:models/ner,convention=pd1998``)."""
    path, convention = None, None
    for part in (arg or "").split(","):
        key, eq, value = part.partition("=")
        if not eq:
            path = part or path
        elif key == "convention":
            convention = value
        else:
            raise NerConfigError(f"unknown option {key!r} in NER spec argument {arg!r} "
                                 "(known: convention=NAME)")
    return (Path(path) if path else default_model_dir()), convention


def load(arg: str | None) -> ModelBackend:
    model_dir, convention = parse_arg(arg)
    if not (model_dir / ONNX_FILE).is_file() and not (model_dir / TORCH_FILE).is_file():
        raise NerConfigError(
            f"NER model not found at {model_dir} (expected model.onnx, vocab.json, config.json "
            "and lexicons/ there). Build it with `make train-ner` (python -m "
            "pipeline.training.ner), or point CNNEWS_MODELS_DIR at a directory containing ner/."
        )
    if not (model_dir / ONNX_FILE).is_file():
        try:
            import torch  # noqa: F401
        except ImportError:
            raise NerConfigError(
                f"NER model at {model_dir} has model.pt but no model.onnx: export it with "
                f"`make export-onnx` (python -m pipeline.training.export_onnx {model_dir}, "
                "needs the train extra), or install torch to run model.pt directly") from None
    return ModelBackend(model_dir, convention=convention)


_TORCH_NAMES = ("CRF", "CharNerNet", "batch_tensors", "save_model")


def __getattr__(name: str) -> Any:
    """The torch network's names, for the training code (imports torch only then)."""
    if name in _TORCH_NAMES:
        from pipeline.training import ner_net

        return getattr(ner_net, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
