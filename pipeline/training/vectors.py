"""Pretrain character and bigram vectors for the NER model on raw text (self-supervised).

``python -m pipeline.training.vectors --out /tmp/cnnews-vectors`` (run by ``make train-ner``).

The annotated corpora hold ~4.5M characters; raw news text is larger and newer (the 新闻联播
transcripts 2022-2026 carry today's names, places and organizations). Skip-gram vectors of the
same character / bigram keys the model uses (``ner_model.char_key`` and ``ner_model.bigrams``)
initialise the model's embeddings, so bigrams that never occur in the annotated data still
arrive with a meaningful vector. gensim's word2vec is used rather than a hand-written trainer.

Text used: news_xwlb, the People's Daily 1998 paragraphs (words re-joined, tags dropped), the
MSRA train-minus-dev and CLUENER train texts. MSRA dev and test sentences are not used.
The vectors are an intermediate training artefact; only the trained model is shipped.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.nlp.lexicons import normalize
from pipeline.nlp.ner_model import bigrams, char_key
from pipeline.training.ner_data import (
    pd1998_paragraphs,
    read_bio,
    read_cluener,
    read_xwlb,
    shared_corpora,
)


def raw_texts(corpora: Path) -> list[str]:
    texts = [t for t in read_xwlb(corpora) if t.strip()]
    texts += list(pd1998_paragraphs(corpora))
    texts += [t for t, _ in read_bio(corpora / "msra" / "train_minus_dev.bio")]
    texts += [t for t, _ in read_cluener(corpora / "cluener" / "train.json")]
    return [normalize(t) for t in texts if t]


def train_vectors(texts: list[str], out: Path, char_dim: int, bigram_dim: int, epochs: int,
                  workers: int) -> None:
    from gensim.models import Word2Vec

    out.mkdir(parents=True, exist_ok=True)
    chars = [[char_key(c) for c in t] for t in texts]
    t0 = time.time()
    m = Word2Vec(chars, vector_size=char_dim, window=5, min_count=2, sg=1, negative=5,
                 epochs=epochs, workers=workers, seed=13)
    m.wv.save_word2vec_format(str(out / "chars.txt"))
    print(f"char vectors {len(m.wv)} x {char_dim} ({time.time() - t0:.0f}s)", flush=True)
    del chars, m
    grams = [bigrams(t)[0] for t in texts]
    t0 = time.time()
    m = Word2Vec(grams, vector_size=bigram_dim, window=4, min_count=3, sg=1, negative=5,
                 epochs=epochs, workers=workers, seed=13)
    m.wv.save_word2vec_format(str(out / "bigrams.txt"))
    print(f"bigram vectors {len(m.wv)} x {bigram_dim} ({time.time() - t0:.0f}s)", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=shared_corpora())
    ap.add_argument("--out", type=Path, default=Path("/tmp/cnnews-vectors"))
    ap.add_argument("--char-dim", type=int, default=100)
    ap.add_argument("--bigram-dim", type=int, default=50)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.time()
    texts = raw_texts(args.corpora)
    print(f"{len(texts)} texts, {sum(map(len, texts))} chars ({time.time() - t0:.0f}s)", flush=True)
    train_vectors(texts, args.out, args.char_dim, args.bigram_dim, args.epochs, args.workers)


if __name__ == "__main__":
    main()
