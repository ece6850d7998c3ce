"""The NER network in torch (the ``train`` extra): training, export to ONNX, and running a model
that has no ``model.onnx`` yet. The runtime (``pipeline.nlp.ner_model``) needs none of it.

A character BiLSTM-CRF; features, vocabulary and decoding constraints are shared with the
runtime (``pipeline.nlp.ner_model``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from pipeline.nlp.ner_model import (
    N_LEX,
    PAD,
    TAGS,
    TORCH_FILE,
    Emitter,
    Encoded,
    Vocab,
    allowed_starts,
    allowed_transitions,
)


class CRF(nn.Module):
    """Linear-chain CRF over batch-first emissions [B, T, K] with a [B, T] bool mask."""

    penalty: torch.Tensor  # buffers: -1e4 where BIO forbids a transition / a start
    start_penalty: torch.Tensor

    def __init__(self, n: int) -> None:
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        allowed = torch.from_numpy(allowed_transitions())
        start_ok = torch.from_numpy(allowed_starts())
        self.register_buffer("penalty", (~allowed).float() * -1e4, persistent=False)
        self.register_buffer("start_penalty", (~start_ok).float() * -1e4, persistent=False)

    def scores(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Transition, start and end scores with the BIO penalties added (for decoding)."""
        return self.trans + self.penalty, self.start + self.start_penalty, self.end

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
        """Viterbi in torch: the reference that ``ner_model.viterbi`` (numpy) reproduces."""
        t = em.shape[1]
        trans, start, end = self.scores()
        score = start + em[:, 0]
        history = []
        for i in range(1, t):
            best, arg = (score.unsqueeze(2) + trans).max(dim=1)
            keep = mask[:, i].unsqueeze(1)
            score = torch.where(keep, best + em[:, i], score)
            history.append(torch.where(keep, arg, torch.arange(arg.shape[1]).expand_as(arg)))
        score = score + end
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


def batch_tensors(encoded: Sequence[Encoded]) -> tuple[torch.Tensor, ...]:
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
            lex[k, :m] = torch.from_numpy(np.asarray(f, dtype=np.float32))
    lengths = torch.tensor([len(e[0]) for e in encoded])
    mask = torch.arange(n).unsqueeze(0) < lengths.unsqueeze(1)
    return chars, bl, br, lex, lengths, mask


def torch_emitter(net: CharNerNet) -> tuple[Emitter, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The torch network as the runtime tagger's emitter (numpy in, numpy out) and its CRF
    scores; the network is put in eval mode while it runs and left as it was."""

    @torch.no_grad()
    def emit(inputs: dict[str, np.ndarray]) -> np.ndarray:
        was_training = net.training
        net.eval()
        try:
            t = {k: torch.from_numpy(v) for k, v in inputs.items()}
            em = net.emissions(t["chars"], t["bigrams_left"], t["bigrams_right"], t["lexicon"],
                               t["lengths"], t["convention"])
        finally:
            net.train(was_training)
        return em.numpy()

    with torch.no_grad():
        trans, start, end = (x.detach().float().numpy().copy() for x in net.crf.scores())
    return emit, (trans, start, end)


# ---------------------------------------------------------------------------------------------
# saving / loading


def load_net(model_dir: Path, vocab: Vocab | None = None,
             config: dict[str, Any] | None = None) -> CharNerNet:
    """The network of ``model_dir/model.pt`` in eval mode (fp16 weights computed in fp32)."""
    if config is None:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    if vocab is None:
        vocab = Vocab.from_json(json.loads((model_dir / "vocab.json").read_text("utf-8")))
    net = CharNerNet(len(vocab.chars) + 2, len(vocab.bigrams) + 2, **config["arch"])
    state = torch.load(model_dir / TORCH_FILE, map_location="cpu", weights_only=True)
    net.load_state_dict({k: v.float() for k, v in state.items()})
    net.eval()
    return net


def save_model(out_dir: Path, net: CharNerNet, vocab: Vocab, config: dict[str, Any]) -> None:
    """Write model.pt, vocab.json, config.json, and model.onnx exported from the saved model
    (so that the runtime's model always matches the torch one)."""
    from pipeline.training.export_onnx import export

    out_dir.mkdir(parents=True, exist_ok=True)
    # fp16 halves the file (embeddings dominate); computation is done in fp32 after loading.
    state = {k: (v.half() if v.is_floating_point() else v) for k, v in net.state_dict().items()}
    torch.save(state, out_dir / TORCH_FILE)
    (out_dir / "vocab.json").write_text(json.dumps(vocab.to_json(), ensure_ascii=False),
                                        encoding="utf-8")
    (out_dir / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    export(out_dir)
