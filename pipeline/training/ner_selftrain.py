"""Self-training data for the NER model from the raw 新闻联播 transcripts:
``python -m pipeline.training.ner_selftrain --out build/ner-selftrain.jsonl``.

The sentences of the stories of the given years (default 2022 and 2026: the development pages
x1 and x2 are stories of 2023-2025, so none of their text is used) are tagged by the model with
the rules (the pipeline's own output, ``msra`` convention). A sentence is kept when the network
is confident of its whole tag path (probability of the Viterbi path under the CRF >= --min-prob)
and it has at least one entity. ``python -m pipeline.training.ner --extra <file>`` adds the kept
sentences to the training data under the ``msra`` convention.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import torch

from pipeline.nlp.lexicons import normalize
from pipeline.nlp.ner_model import CharTagger
from pipeline.training.ner_data import Sentence, chunk, shared_corpora, to_tags
from pipeline.training.ner_net import CRF, batch_tensors, load_net

_SENT_END = re.compile(r"(?<=[。!?！？;；])")
_LABEL = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC"}


def raw_sentences(corpora: Path, years: Sequence[str], min_len: int = 8) -> Iterator[str]:
    with gzip.open(corpora / "news_xwlb" / "xwlb_2022-2026.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if str(d.get("date", ""))[:4] not in years:
                continue
            for para in d["text"].split("\n"):
                for s in _SENT_END.split(normalize(para.strip())):
                    if len(s) >= min_len:
                        yield s


def path_logprob(crf: CRF, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """log P(tags | sentence) per sentence [B]. CRF.nll computes the same quantity summed over
    the batch (for the loss); per sentence is needed here, so the forward pass is repeated."""
    b, t, _ = em.shape
    trans = crf.trans + crf.penalty
    start = crf.start + crf.start_penalty
    idx = torch.arange(b)
    score = start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
    alpha = start + em[:, 0]
    for i in range(1, t):
        step = trans[tags[:, i - 1], tags[:, i]] + em[idx, i, tags[:, i]]
        score = score + step * mask[:, i].float()
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans + em[:, i].unsqueeze(1), dim=1)
        alpha = torch.where(mask[:, i].unsqueeze(1), nxt, alpha)
    last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
    return score + crf.end[last] - torch.logsumexp(alpha + crf.end, dim=1)


@torch.no_grad()
def confidence(tagger: CharTagger, texts: Sequence[str], batch_size: int = 64) -> list[float]:
    """Probability of the network's best tag path, per text (texts of <= 150 characters)."""
    out = [0.0] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    net = load_net(tagger.model_dir, tagger.vocab)
    for s in range(0, len(order), batch_size):
        idx = order[s : s + batch_size]
        enc = [tagger.vocab.encode(texts[i], tagger.place, tagger.surnames) for i in idx]
        chars, bl, br, lex, lengths, mask = batch_tensors(enc)
        conv = torch.full((len(idx),), tagger.convention, dtype=torch.long)
        em = net.emissions(chars, bl, br, lex, lengths, conv)
        paths = net.crf.decode(em, mask)
        tags = torch.zeros_like(chars)
        for j, p in enumerate(paths):
            tags[j, : len(p)] = torch.tensor(p)
        for i, lp in zip(idx, path_logprob(net.crf, em, tags, mask).tolist(), strict=True):
            out[i] = float(torch.tensor(lp).exp())
    return out


def self_label(model_dir: str | None, texts: list[str], min_prob: float) -> list[Sentence]:
    from pipeline.nlp.components import load_model

    m = load_model(model_dir)
    m.tagger.set_convention("msra")
    probs = confidence(m.tagger, texts)
    keep = [t for t, p in zip(texts, probs, strict=True) if p >= min_prob]
    out: list[Sentence] = []
    for text, spans in zip(keep, m.predict(keep), strict=True):
        if spans:
            out.append((text, to_tags(len(text), [(s.start, s.end, _LABEL[s.label]) for s in spans])))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=shared_corpora())
    ap.add_argument("--model", default=None, help="model dir (default models/ner)")
    ap.add_argument("--years", default="2022,2026")
    ap.add_argument("--max-sentences", type=int, default=40_000, help="sample of raw sentences")
    ap.add_argument("--min-prob", type=float, default=0.9)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    texts = sorted({c[0] for s in raw_sentences(args.corpora, args.years.split(","))
                    for c in chunk((s, ["O"] * len(s)))})
    texts = random.Random(args.seed).sample(texts, min(len(texts), args.max_sentences))
    kept = self_label(args.model, texts, args.min_prob)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for text, tags in kept:
            f.write(json.dumps({"text": text, "tags": tags}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} raw sentences, {len(kept)} kept (path probability >= {args.min_prob}, "
          f"one entity or more) -> {args.out}")


if __name__ == "__main__":
    main()
