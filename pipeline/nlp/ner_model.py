"""The project's own NER backend (spec ``model`` / ``model:<path>``).

A character BiLSTM-CRF whose input per character is: the character's embedding, the embeddings
of the bigrams to its left and right (Chinese words are mostly two characters, so bigrams carry
most of the word information a char model otherwise lacks), and lexicon flags (inside a known
administrative place name: begin / middle / end; is a common surname). The rule components
(``pipeline.nlp.components``) run after it, as after every backend (``load_ner``). Trained by
``python -m pipeline.training.ner``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

from pipeline.nlp.lexicons import Lexicon, load_lexicons, normalize
from pipeline.nlp.ner import NerConfigError, Span, default_model_dir

__all__ = ["CharTagger", "ModelBackend", "default_model_dir", "load"]

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
TAG2ID = {t: i for i, t in enumerate(TAGS)}
LABEL_OF = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
N_LEX = 4  # place-begin, place-middle, place-end, surname
PAD, UNK = 0, 1
_DIGITS = str.maketrans("0123456789", "0000000000")


# ---------------------------------------------------------------------------------------------
# features


def char_key(c: str) -> str:
    # All digits share one embedding: numbers carry no entity identity, only shape.
    return c.translate(_DIGITS)


def bigrams(text: str) -> tuple[list[str], list[str]]:
    keys = [char_key(c) for c in text]
    padded = ["<s>", *keys, "</s>"]
    left = [padded[i] + padded[i + 1] for i in range(len(keys))]
    right = [padded[i + 1] + padded[i + 2] for i in range(len(keys))]
    return left, right


def lex_features(text: str, place: Lexicon, surnames: frozenset[str]) -> torch.Tensor:
    feats = torch.zeros(len(text), N_LEX)
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

    def encode(
        self, text: str, place: Lexicon, surnames: frozenset[str]
    ) -> tuple[list[int], list[int], list[int], torch.Tensor]:
        ci = self.char_index
        bi = self.bigram_index
        chars = [ci.get(char_key(c), UNK) for c in text]
        left, right = bigrams(text)
        return (
            chars,
            [bi.get(b, UNK) for b in left],
            [bi.get(b, UNK) for b in right],
            lex_features(text, place, surnames),
        )


# ---------------------------------------------------------------------------------------------
# network


def _allowed() -> torch.Tensor:
    """BIO constraints: I-X only after B-X or I-X; applied at decoding as hard masks."""
    n = len(TAGS)
    ok = torch.ones(n, n, dtype=torch.bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i, f in enumerate(TAGS):
                ok[i, j] = f[2:] == t[2:] and f != "O"
    return ok


class CRF(nn.Module):
    """Linear-chain CRF over batch-first emissions [B, T, K] with a [B, T] bool mask."""

    penalty: torch.Tensor  # buffers: -1e4 where BIO forbids a transition / a start
    start_penalty: torch.Tensor

    def __init__(self, n: int) -> None:
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        allowed = _allowed()
        start_ok = torch.tensor([not t.startswith("I-") for t in TAGS])
        self.register_buffer("penalty", (~allowed).float() * -1e4, persistent=False)
        self.register_buffer("start_penalty", (~start_ok).float() * -1e4, persistent=False)

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, _ = em.shape
        trans = self.trans + self.penalty
        start = self.start + self.start_penalty
        maskf = mask.float()
        # gold path score
        idx = torch.arange(b)
        score = start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
        for i in range(1, t):
            s = trans[tags[:, i - 1], tags[:, i]] + em[idx, i, tags[:, i]]
            score = score + s * maskf[:, i]
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        # partition function
        alpha = start + em[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans + em[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, i].unsqueeze(1), nxt, alpha)
        logz = torch.logsumexp(alpha + self.end, dim=1)
        return (logz - score).sum()

    @torch.no_grad()
    def decode(self, em: torch.Tensor, mask: torch.Tensor) -> list[list[int]]:
        t = em.shape[1]
        trans = self.trans + self.penalty
        score = self.start + self.start_penalty + em[:, 0]
        history = []
        for i in range(1, t):
            best, arg = (score.unsqueeze(2) + trans).max(dim=1)
            keep = mask[:, i].unsqueeze(1)
            score = torch.where(keep, best + em[:, i], score)
            # past a sequence's end the back-pointer is the identity, so that backtracking
            # from the last position passes through padding unchanged
            history.append(torch.where(keep, arg, torch.arange(arg.shape[1]).expand_as(arg)))
        score = score + self.end
        best_tag = score.argmax(1, keepdim=True)
        path = [best_tag]
        for arg in reversed(history):
            best_tag = arg.gather(1, best_tag)
            path.append(best_tag)
        tags = torch.cat(path[::-1], 1).tolist()
        lengths = mask.sum(1).tolist()
        return [row[:n] for row, n in zip(tags, lengths, strict=True)]


class CharNerNet(nn.Module):
    """BiLSTM-CRF over characters. With ``conventions`` (names of annotation conventions, one
    per training corpus) every character also gets a small learned embedding of the convention
    its sentence follows: the corpora disagree on spans (MSRA: 第九届全国人民代表大会 and 东盟
    are ORG; People's Daily leaves 第九届 out), and the flag lets one network learn from all of
    them without averaging their conventions. At inference one convention is chosen."""

    def __init__(
        self, n_chars: int, n_bigrams: int, char_dim: int = 100, bigram_dim: int = 50,
        hidden: int = 150, dropout: float = 0.4, conventions: Sequence[str] = (),
        convention_dim: int = 8,
    ) -> None:
        super().__init__()
        self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=PAD)
        self.bigram_emb = nn.Embedding(n_bigrams, bigram_dim, padding_idx=PAD)
        self.conventions = list(conventions)
        self.conv_emb = (nn.Embedding(len(self.conventions), convention_dim)
                         if self.conventions else None)
        conv_in = convention_dim if self.conventions else 0
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(char_dim + 2 * bigram_dim + N_LEX + conv_in, hidden,
                            batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))
        self.crf = CRF(len(TAGS))

    def emissions(self, chars: torch.Tensor, bl: torch.Tensor, br: torch.Tensor,
                  lex: torch.Tensor, lengths: torch.Tensor,
                  convention: torch.Tensor | None = None) -> torch.Tensor:
        """``convention``: one convention index per sentence [B] (models trained with
        conventions only; default index 0)."""
        parts = [self.char_emb(chars), self.bigram_emb(bl), self.bigram_emb(br), lex]
        if self.conv_emb is not None:
            if convention is None:
                convention = torch.zeros(chars.shape[0], dtype=torch.long)
            parts.append(self.conv_emb(convention).unsqueeze(1).expand(-1, chars.shape[1], -1))
        x = self.drop(torch.cat(parts, -1))
        packed = nn.utils.rnn.pack_padded_sequence(
            x, lengths.cpu(), batch_first=True,
            enforce_sorted=bool((lengths[:-1] >= lengths[1:]).all()))
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        return self.out(self.drop(h))


def batch_tensors(
    encoded: Sequence[tuple[list[int], list[int], list[int], torch.Tensor]],
) -> tuple[torch.Tensor, ...]:
    n = max(len(e[0]) for e in encoded)
    b = len(encoded)
    chars = torch.zeros(b, n, dtype=torch.long)
    bl = torch.zeros(b, n, dtype=torch.long)
    br = torch.zeros(b, n, dtype=torch.long)
    lex = torch.zeros(b, n, N_LEX)
    for k, (c, l_, r, f) in enumerate(encoded):
        m = len(c)
        chars[k, :m] = torch.tensor(c)
        bl[k, :m] = torch.tensor(l_)
        br[k, :m] = torch.tensor(r)
        if m:
            lex[k, :m] = f
    lengths = torch.tensor([len(e[0]) for e in encoded])
    mask = torch.arange(n).unsqueeze(0) < lengths.unsqueeze(1)
    return chars, bl, br, lex, lengths, mask


def tags_to_spans(tags: Sequence[int]) -> list[tuple[int, int, str]]:
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


# ---------------------------------------------------------------------------------------------
# saving / loading


def save_model(out_dir: Path, net: CharNerNet, vocab: Vocab, config: dict[str, Any]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    # fp16 halves the file (embeddings dominate); computation is done in fp32 after loading.
    state = {k: (v.half() if v.is_floating_point() else v) for k, v in net.state_dict().items()}
    torch.save(state, out_dir / "model.pt")
    (out_dir / "vocab.json").write_text(json.dumps(vocab.to_json(), ensure_ascii=False),
                                        encoding="utf-8")
    (out_dir / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1),
                                         encoding="utf-8")


class CharTagger:
    """The neural part alone: texts -> model spans (used by training eval and the backend)."""

    def __init__(self, model_dir: Path, convention: str | None = None) -> None:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        vocab = Vocab.from_json(json.loads((model_dir / "vocab.json").read_text("utf-8")))
        net = CharNerNet(len(vocab.chars) + 2, len(vocab.bigrams) + 2, **config["arch"])
        state = torch.load(model_dir / "model.pt", map_location="cpu", weights_only=True)
        net.load_state_dict({k: v.float() for k, v in state.items()})
        net.eval()
        self._setup(model_dir, net, vocab, config,
                    convention or config.get("default_convention"))

    @classmethod
    def from_net(cls, model_dir: Path, net: CharNerNet, vocab: Vocab,
                 convention: str | None = None) -> CharTagger:
        self = cls.__new__(cls)
        self._setup(model_dir, net, vocab, {}, convention)
        return self

    def _setup(self, model_dir: Path, net: CharNerNet, vocab: Vocab, config: dict[str, Any],
               convention: str | None) -> None:
        self.model_dir, self.net, self.vocab, self.config = model_dir, net, vocab, config
        lex = load_lexicons(str(model_dir))
        self.place: Lexicon = lex["place"]  # type: ignore[assignment]
        self.surnames: frozenset[str] = lex["surname"]  # type: ignore[assignment]
        self.convention = 0
        self.set_convention(convention)

    @property
    def conventions(self) -> list[str]:
        return self.net.conventions

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

    @torch.no_grad()
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
        # longest first, so that every batch is sorted by length as packing wants
        order = sorted(range(len(norm)), key=lambda i: -len(norm[i]))
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for s in range(0, len(order), batch_size):
            idx = [i for i in order[s : s + batch_size] if norm[i]]
            if not idx:
                continue
            enc = [self.vocab.encode(norm[i], self.place, self.surnames) for i in idx]
            chars, bl, br, lex, lengths, mask = batch_tensors(enc)
            conv = torch.full((len(idx),), self.convention, dtype=torch.long)
            em = self.net.emissions(chars, bl, br, lex, lengths, conv)
            for i, path in zip(idx, self.net.crf.decode(em, mask), strict=True):
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
        torch.set_num_threads(1)  # one process per core; Dask scales out, not up
        self.model_dir = model_dir
        self.tagger = CharTagger(model_dir, convention)
        self.load_seconds = time.perf_counter() - t0

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        tagged = self.tagger.tag([normalize(t) for t in texts])
        return [[Span(s, e, LABEL_OF[lab], "model") for s, e, lab in spans] for spans in tagged]

    def describe(self) -> dict[str, str]:
        return {
            "backend": "model",
            "path": str(self.model_dir),
            "version": str(self.tagger.config.get("version", "")),
            "trained": str(self.tagger.config.get("trained_at", "")),
            "convention": self.tagger.convention_name,
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
    if not (model_dir / "model.pt").is_file():
        raise NerConfigError(
            f"NER model not found at {model_dir} (expected model.pt, vocab.json, config.json "
            "and lexicons/ there). Build it with `make train-ner` (python -m "
            "pipeline.training.ner), or point CNNEWS_MODELS_DIR at a directory containing ner/."
        )
    return ModelBackend(model_dir, convention=convention)
