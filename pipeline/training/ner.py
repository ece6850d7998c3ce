"""Train the shipped NER model: ``python -m pipeline.training.ner``; ``make train-ner`` runs
``python -m pipeline.evaluation.train_ner``, the same with the gold-page scorer passed in.

Reads ../shared/corpora, derives the lexicons (places from the administrative divisions,
surnames from annotated person spans), trains the char+bigram BiLSTM-CRF of
``pipeline.nlp.ner_model`` on MSRA train (minus its dev split) plus, optionally, People's
Daily 1998 and CLUENER, keeps the epoch with the best MSRA-dev F1 and writes models/ner/.
Checkpoints of every epoch go to --ckpt-dir (not to the repo).
"""

from __future__ import annotations

import argparse
import heapq
import json
import random
import shutil
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from pipeline.nlp.lexicons import Lexicon, load_lexicons, write_list
from pipeline.nlp.ner import Span
from pipeline.nlp.ner_model import (
    TAG2ID,
    CharNerNet,
    CharTagger,
    Vocab,
    batch_tensors,
    bigrams,
    char_key,
    default_model_dir,
    save_model,
)
from pipeline.training.ner_augment import PARENT_SHARE, local_names, replace_mentions
from pipeline.training.ner_data import (
    Sentence,
    admin_places,
    chunk,
    derived_surnames,
    gazetteer_names,
    person_surnames,
    read_bio,
    read_cluener,
    read_pd1998,
    shared_corpora,
    spans_of,
)


def prf(gold: list[set], pred: list[set]) -> dict[str, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    ng = sum(len(g) for g in gold)
    npred = sum(len(p) for p in pred)
    p = tp / npred if npred else 0.0
    r = tp / ng if ng else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(tagger: CharTagger, sents: list[Sentence]) -> dict[str, float]:
    texts = [t for t, _ in sents]
    gold = [set(spans_of(tags)) for _, tags in sents]
    pred = [set(s) for s in tagger.tag(texts)]
    return prf(gold, pred)


def build_lexicons(corpora: Path, out_dir: Path, train: list[Sentence]) -> None:
    write_list(out_dir / "lexicons" / "places.txt", admin_places(corpora))
    write_list(out_dir / "lexicons" / "surnames.txt", derived_surnames(train))
    build_rule_lexicons(corpora, out_dir)
    load_lexicons.cache_clear()


def build_rule_lexicons(corpora: Path, out_dir: Path) -> None:
    """Lists used only by the rules (not model features), so they can change without
    retraining: ``python -m pipeline.training.ner --lexicons-only``."""
    write_list(out_dir / "lexicons" / "gazetteer.txt", gazetteer_names(corpora))
    sents = read_bio(corpora / "msra" / "train.bio")
    sents += read_pd1998(corpora / "pd1998_01" / "199801.sentences.txt")
    write_list(out_dir / "lexicons" / "person_surnames.txt", person_surnames(sents))


def augment(train: list[Sentence], rng: random.Random, n_bylines: int = 1500) -> list[Sentence]:
    """Cleaned newspaper text has what MSRA lacks: spaces around names in bylines
    (记者 王丹 通讯员 郭瑶斐, 本报讯(记者 侯慧琴)…). Add byline-like lines built from training
    person names, and copies of some sentences with spaces around their entities, so the
    model learns that spaces are never inside an entity."""
    names = sorted({t[s:e] for t, tags in train for s, e, lab in spans_of(tags)
                    if lab == "PER" and 2 <= e - s <= 3})
    out: list[Sentence] = []
    roles = ["记者", "通讯员", "实习生", "摄影", "文/图", "见习记者"]
    for _ in range(n_bylines):
        parts: list[tuple[str, str]] = []
        if rng.random() < 0.4:
            parts.append(("本报讯(", "O"))
        for k in range(rng.randint(1, 3)):
            parts.append(((" " if k else "") + rng.choice(roles) + " ", "O"))
            for j in range(rng.randint(1, 2)):
                parts.append(((" " if j else ""), "O"))
                parts.append((rng.choice(names), "PER"))
        if parts[0][0] == "本报讯(":
            parts.append((")" + rng.choice(["近日,", "11月16日,", ""]), "O"))
        elif rng.random() < 0.3:
            parts.append((" " + rng.choice(["文/摄", "摄", "报道"]), "O"))
        text, tags = "", []
        for piece, lab in parts:
            text += piece
            if lab == "O":
                tags += ["O"] * len(piece)
            else:
                tags += [f"B-{lab}"] + [f"I-{lab}"] * (len(piece) - 1)
        out.append((text, tags))
    for text, tags in rng.sample(train, min(len(train) // 20, 3000)):
        spans = spans_of(tags)
        if not spans:
            continue
        new_t, new_tags, pos = "", [], 0
        for s, e, _ in spans:
            new_t += text[pos:s] + " " + text[s:e] + " "
            new_tags += [*tags[pos:s], "O", *tags[s:e], "O"]
            pos = e
        new_t += text[pos:]
        new_tags += tags[pos:]
        out.append((new_t, new_tags))
    return out


def build_vocab(train: list[Sentence], min_char: int, min_bigram: int, max_bigrams: int,
                pretrained_bigrams: dict[str, list[float]] | None = None,
                max_pretrained: int = 0) -> Vocab:
    """Characters and bigrams of the annotated data; with pretrained vectors also the most
    frequent bigrams of the raw text that the annotated data lacks (they keep their pretrained
    vector, so a bigram first seen in new text is not just UNK)."""
    cc: Counter[str] = Counter()
    bc: Counter[str] = Counter()
    for text, _ in train:
        cc.update(char_key(c) for c in text)
        left, right = bigrams(text)
        bc.update(left)
        bc.update(right[-1:])
    chars = [c for c, n in cc.most_common() if n >= min_char]
    bigr = [b for b, n in bc.most_common(max_bigrams) if n >= min_bigram]
    if pretrained_bigrams and max_pretrained:
        known = set(bigr)
        # word2vec files list words by descending frequency
        bigr += [b for b in pretrained_bigrams if b not in known][:max_pretrained]
    return Vocab(chars, bigr)


def load_vectors(path: Path) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """chars.txt and bigrams.txt in word2vec text format (pipeline.training.vectors)."""

    def read(f: Path) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        with f.open(encoding="utf-8") as fh:
            dim = int(next(fh).split()[1])
            for line in fh:
                # keys may hold a space (the bigram "a "): split the numbers off the right
                parts = line.rstrip("\n").rsplit(" ", dim)
                out[parts[0]] = [float(x) for x in parts[1:]]
        return out

    return read(path / "chars.txt"), read(path / "bigrams.txt")


def init_embeddings(emb: torch.nn.Embedding, keys: list[str], vectors: dict[str, list[float]]) -> int:
    """Copy pretrained vectors into the rows of ``keys`` (offset 2: PAD, UNK), rescaled to the
    spread of the random initialisation so pretrained and random rows start alike."""
    rows = [(i + 2, vectors[k]) for i, k in enumerate(keys) if k in vectors]
    if not rows:
        return 0
    mat = torch.tensor([v for _, v in rows])
    mat = (mat - mat.mean(0)) / (mat.std() + 1e-8) * emb.weight.detach().std()
    with torch.no_grad():
        emb.weight[torch.tensor([i for i, _ in rows])] = mat
    return len(rows)


# What a trained model's predict function scores on held-out pages (F1), supplied by the
# caller (pipeline.evaluation.ner.gold_page_f1): training never imports the evaluation.
Scorer = Callable[[Callable[[Sequence[str]], list[list[Span]]]], float]


def choose_convention(out: Path, conventions: list[str], score: Scorer | None = None) -> str:
    """The convention the pipeline follows by default: MSRA's when the model has it, because
    the gold guidelines adopt it (outermost spans, abbreviated places such as 晋 and media such
    as 新华社 are entities). The other conventions drop whole classes of those entities (on
    MSRA test: CLUENER's misses 中国, PD1998's misses 邓小平 and 人民日报), which two gold pages
    are too few to show; their gold-page F1 (model + rules) is printed for the model card."""
    from pipeline.nlp.components import model_pipeline as ModelBackend

    if score is not None:
        scores = {name: round(score(ModelBackend(out, convention=name).predict), 3) for name in conventions}
        print(f"gold-page F1 by convention (model + rules): {scores}", flush=True)
    return "msra" if "msra" in conventions else conventions[0]


def epoch_batches(lengths: list[int], n_new: int, per_epoch: int, batch_size: int,
                  rng: random.Random, weights: list[float] | None = None) -> list[list[int]]:
    """Batches of item indices for one epoch, shuffled; items of similar length share a batch.
    With ``per_epoch`` (a fine-tune on a busy machine, where a full pass takes hours) an epoch
    is the new-text items (the last ``n_new``; at most a third of the epoch) plus a fresh
    sample of the others up to ``per_epoch`` items, so the new text is seen each epoch and the
    old is not forgotten. ``weights`` (one per old item) make that sample favour some items
    (e.g. one corpus's sentences, --source-weights)."""
    items = list(range(len(lengths)))
    if per_epoch:
        old, new = items[: len(items) - n_new], items[len(items) - n_new :]
        if len(new) > per_epoch // 3:  # at most a third of the epoch
            new = rng.sample(new, per_epoch // 3)
        k = min(len(old), per_epoch - len(new))
        items = new + (rng.sample(old, k) if weights is None else weighted_sample(old, weights, k, rng))
    items.sort(key=lambda i: lengths[i])
    batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
    rng.shuffle(batches)
    return batches


def weighted_sample(items: list[int], weights: list[float], k: int, rng: random.Random) -> list[int]:
    """``k`` of ``items`` without replacement, each drawn with odds of its weight
    (Efraimidis & Spirakis: the k largest u ** (1 / w)); written here because random.sample's
    ``counts`` wants integers and numpy's generator would not follow the seeded ``rng``."""
    keys = [(rng.random() ** (1.0 / w), i) for i, w in zip(items, weights, strict=True)]
    return [i for _, i in heapq.nlargest(k, keys)]


def read_tagged(line: str) -> Sentence:
    d = json.loads(line)
    return d["text"], d["tags"]


def save_epoch(d: Path, out: Path, net: CharNerNet, vocab: Vocab, config: dict) -> None:
    """One epoch as a complete model dir (weights, vocabulary, lexicons), to evaluate with
    ``python -m pipeline.evaluation.ner --model <dir>`` while training goes on."""
    save_model(d, net, vocab, config)
    shutil.copytree(out / "lexicons", d / "lexicons", dirs_exist_ok=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=shared_corpora())
    ap.add_argument("--out", type=Path, default=default_model_dir())
    ap.add_argument("--ckpt-dir", type=Path, default=Path("/tmp/cnnews-ner-ckpt"))
    ap.add_argument("--data", default="msra,pd1998,cluener",
                    help="comma list of msra,pd1998,cluener")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--max-minutes", type=float, default=600.0, help="stop after this long")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    # 100, not 150: the LSTM is most of the inference time (30k chars/s target on one core)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--char-dim", type=int, default=100)
    ap.add_argument("--bigram-dim", type=int, default=50)
    ap.add_argument("--max-bigrams", type=int, default=200_000)
    # one thread: on a shared machine two intra-op threads spin against each other (measured
    # 10x slower per batch under load)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-augment", action="store_true",
                    help="no synthetic bylines / spaces / local-name replacements")
    ap.add_argument("--mention-fraction", type=float, default=0.5,
                    help="share of the sentences with a local-shaped LOC/ORG span copied with "
                         "gazetteer towns, villages, communities and local bodies swapped in "
                         "(pipeline.training.ner_augment); 0 = none")
    ap.add_argument("--source-weights", default="",
                    help="with --epoch-sentences: odds of a corpus's sentences in each epoch's "
                         "sample of the old text, e.g. msra=2 (others 1)")
    ap.add_argument("--parent-share", type=float, default=PARENT_SHARE,
                    help="share of the synthetic ORG names below county level led by their "
                         "parent place (汾阳市 + 栗家庄镇卫生院)")
    ap.add_argument("--init", type=Path, default=None,
                    help="warm start: a model dir (e.g. models/ner) whose vocabulary, lexicons, "
                         "architecture and weights are reused; training fine-tunes it")
    ap.add_argument("--extra", type=Path, default=None,
                    help="more training sentences (jsonl of text, tags; e.g. "
                         "pipeline.training.ner_selftrain), under the msra convention")
    ap.add_argument("--epoch-sentences", type=int, default=0,
                    help="items per epoch: all new text (replaced mentions, --extra) plus a "
                         "sample of the rest (0 = every item every epoch)")
    ap.add_argument("--save-epochs", action="store_true",
                    help="also write every epoch as a complete model dir <ckpt-dir>/epochN")
    ap.add_argument("--no-conventions", dest="conventions", action="store_false",
                    help="pool the corpora into one annotation convention")
    ap.add_argument("--vectors", type=Path, default=None,
                    help="pretrained chars.txt / bigrams.txt (pipeline.training.vectors)")
    ap.add_argument("--max-pretrained-bigrams", type=int, default=60_000,
                    help="bigrams added to the vocabulary from the pretrained vectors")
    ap.add_argument("--resume", type=Path, default=None, help="checkpoint to continue from")
    ap.add_argument("--start-epoch", type=int, default=1, help="epoch number to resume at")
    ap.add_argument("--limit", type=int, default=0, help="use only N training sentences (smoke)")
    ap.add_argument("--lexicons-only", action="store_true",
                    help="only rebuild the rule lexicons in --out (no training)")
    return ap.parse_args(argv)


def read_corpora(corpora: Path, sources: list[str]) -> tuple[dict[str, list[Sentence]], list[Sentence]]:
    """Training sentences per corpus, and MSRA dev."""
    if not (corpora / "msra" / "train_minus_dev.bio").is_file():
        raise SystemExit(f"corpora not found under {corpora} (expected msra/, admin_divisions/ …)")
    dev = read_bio(corpora / "msra" / "dev.bio")
    by_source: dict[str, list[Sentence]] = {"msra": read_bio(corpora / "msra" / "train_minus_dev.bio")}
    if "pd1998" in sources:
        # MSRA is itself People's Daily text: drop PD sentences that occur in MSRA dev/test.
        held = {t for t, _ in dev} | {t for t, _ in read_bio(corpora / "msra" / "test.bio")}
        by_source["pd1998"] = [s for s in read_pd1998(corpora / "pd1998_01" / "199801.sentences.txt")
                               if s[0] not in held]
    if "cluener" in sources:
        by_source["cluener"] = read_cluener(corpora / "cluener" / "train.json")
    return by_source, dev


def training_items(args: argparse.Namespace, by_source: dict[str, list[Sentence]],
                   conventions: list[str]) -> tuple[list[tuple[Sentence, int]], int, list[str]]:
    """(sentence chunk, convention index) for every training item, how many of them, at the
    end of the list, are new text (replaced mentions, --extra; see epoch_batches), and the
    corpus of each old item."""
    rng = random.Random(args.seed)
    labelled: list[tuple[Sentence, int]] = []
    sources: list[str] = []
    new_items: list[tuple[Sentence, int]] = []
    names = None
    if args.mention_fraction > 0 and not args.no_augment:
        names = local_names(parent_share=args.parent_share)
    for k, (name, sents) in enumerate(by_source.items()):
        if args.limit:
            sents = rng.sample(sents, min(len(sents), args.limit // len(by_source)))
        conv = k if conventions else 0
        if not args.no_augment:
            sents = sents + augment(sents, rng, n_bylines=1500 // len(by_source))
            if names is not None:
                # own generator: the byline / space augmentation stays as it was
                mrng = random.Random(f"{args.seed}-mentions-{k}")
                new_items += [(c, conv) for s in replace_mentions(
                    sents, mrng, names, args.mention_fraction) for c in chunk(s) if c[0]]
        labelled += [(c, conv) for s in sents for c in chunk(s) if c[0]]
        sources += [name] * (len(labelled) - len(sources))
    if args.extra:
        extra_sents = [read_tagged(line) for line in args.extra.read_text("utf-8").splitlines()]
        new_items += [(c, 0) for s in extra_sents for c in chunk(s) if c[0]]
        print(f"extra sentences {len(extra_sents)} from {args.extra}", flush=True)
    print(f"new-text sentences (replaced mentions, --extra): {len(new_items)}", flush=True)
    return labelled + new_items, len(new_items), sources


def prepare_model(args: argparse.Namespace, train: list[Sentence], msra_train: list[Sentence],
                  conventions: list[str]) -> tuple[CharNerNet, Vocab, dict[str, Any]]:
    """The network, its vocabulary and the config entries describing them: warm-started from
    --init (its vocabulary, lexicons, architecture, weights) or new (pretrained --vectors)."""
    out: Path = args.out
    init: Path | None = args.init
    meta: dict[str, Any] = {}
    if init is not None:
        init_config = json.loads((init / "config.json").read_text(encoding="utf-8"))
        if init_config["arch"].get("conventions", []) != conventions:
            raise SystemExit(f"--init {init} has conventions {init_config['arch']['conventions']}, "
                             f"this run {conventions} (use the same --data)")
        if init.resolve() != out.resolve():
            shutil.copytree(init / "lexicons", out / "lexicons", dirs_exist_ok=True)
            load_lexicons.cache_clear()
        # the warm-started network's rows follow its own vocabulary
        vocab = Vocab.from_json(json.loads((init / "vocab.json").read_text(encoding="utf-8")))
        arch = init_config["arch"]
        net = CharNerNet(len(vocab.chars) + 2, len(vocab.bigrams) + 2, **arch)
        state = torch.load(init / "model.pt", map_location="cpu", weights_only=True)
        net.load_state_dict({k: v.float() for k, v in state.items()})
        meta = {"init_from": str(init), "init_version": init_config.get("version"),
                "pretrained_vectors": bool(init_config.get("pretrained_vectors"))}
        print(f"warm start from {init}", flush=True)
    else:
        build_lexicons(args.corpora, out, msra_train)
        vectors = load_vectors(args.vectors) if args.vectors else None
        vocab = build_vocab(train, 2, 2, args.max_bigrams,
                            vectors[1] if vectors else None, args.max_pretrained_bigrams)
        arch = {"char_dim": args.char_dim, "bigram_dim": args.bigram_dim, "hidden": args.hidden,
                "conventions": conventions}
        net = CharNerNet(len(vocab.chars) + 2, len(vocab.bigrams) + 2, **arch)
        if vectors:
            n_c = init_embeddings(net.char_emb, vocab.chars, vectors[0])
            n_b = init_embeddings(net.bigram_emb, vocab.bigrams, vectors[1])
            print(f"pretrained vectors for {n_c} chars, {n_b} bigrams", flush=True)
        meta = {"pretrained_vectors": bool(vectors)}
    if args.resume:
        # continue a run that stopped on its time limit: same data and seed give the same
        # vocabulary; the optimizer state is not kept (Adam re-warms within a few batches)
        net.load_state_dict(torch.load(args.resume, map_location="cpu", weights_only=True))
        print(f"resumed from {args.resume} at epoch {args.start_epoch}", flush=True)
    return net, vocab, {"arch": arch, **meta}


# a training item: the network's inputs (chars, left / right bigrams, lexicon flags), tags, convention
Encoded = tuple[list[int], list[int], list[int], np.ndarray, list[int], int]


def train_epoch(net: CharNerNet, opt: torch.optim.Optimizer, encoded: list[Encoded],
                batches: list[list[int]], epoch: int, deadline: float) -> float:
    """One pass over ``batches``; the mean loss. Stops early at ``deadline``."""
    net.train()
    total, te = 0.0, time.time()
    for k, b in enumerate(batches):
        items = [encoded[i] for i in b]
        chars, bl, br, lexf, lengths, mask = batch_tensors([it[:4] for it in items])
        tags = torch.zeros_like(chars)
        for j, it in enumerate(items):
            tags[j, : len(it[4])] = torch.tensor(it[4])
        conv = torch.tensor([it[5] for it in items])
        em = net.emissions(chars, bl, br, lexf, lengths, conv)
        loss = net.crf.nll(em, tags, mask) / len(items)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
        opt.step()
        total += loss.item()
        if k % 200 == 0:
            print(f"  epoch {epoch} batch {k}/{len(batches)} loss {total / (k + 1):.3f} "
                  f"({time.time() - te:.0f}s)", flush=True)
        if time.time() > deadline:
            break
    net.eval()
    return total / max(1, len(batches))


def write_config(out: Path, config: dict[str, Any]) -> None:
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1),
                                     encoding="utf-8")


def finish(args: argparse.Namespace, conventions: list[str], best: float,
           score: Scorer | None = None) -> None:
    """Default convention and MSRA test F1 of the saved (best-dev) model into its config."""
    out: Path = args.out
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    if conventions:
        config["default_convention"] = choose_convention(out, conventions, score)
    test = read_bio(args.corpora / "msra" / "test.bio")
    m = evaluate(CharTagger(out, "msra" if conventions else None), test)
    config["test"] = m
    write_config(out, config)
    print(f"best dev f1 {best:.4f}; test {m}", flush=True)


def main(argv: list[str] | None = None, score: Scorer | None = None) -> None:
    args = parse_args(argv)
    if args.lexicons_only:
        build_rule_lexicons(args.corpora, args.out)
        print(f"rule lexicons written to {args.out / 'lexicons'}")
        return
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    t0 = time.time()
    sources = args.data.split(",")
    by_source, dev = read_corpora(args.corpora, sources)
    # one annotation convention per corpus (see CharNerNet), or all pooled into one
    conventions = list(by_source) if args.conventions else []
    msra_convention = "msra" if conventions else None  # what MSRA dev / test are scored under
    labelled, n_new, item_sources = training_items(args, by_source, conventions)
    odds = {k: float(v) for k, v in (kv.split("=") for kv in args.source_weights.split(",") if kv)}
    weights = [odds.get(s, 1.0) for s in item_sources] if odds else None
    train = [s for s, _ in labelled]
    print(f"train sentences {len(train)} chars {sum(len(t) for t, _ in train)} "
          f"({time.time() - t0:.0f}s)", flush=True)
    out: Path = args.out
    net, vocab, meta = prepare_model(args, train, by_source["msra"], conventions)
    lex = load_lexicons(str(out))
    place: Lexicon = lex["place"]  # type: ignore[assignment]
    surnames: frozenset[str] = lex["surname"]  # type: ignore[assignment]
    print(f"chars {len(vocab.chars)} bigrams {len(vocab.bigrams)} places {len(place.items)} "
          f"surnames {len(surnames)}", flush=True)
    encoded: list[Encoded] = [(*vocab.encode(text, place, surnames), [TAG2ID[t] for t in tags], conv)
                              for (text, tags), conv in labelled]
    print(f"encoded ({time.time() - t0:.0f}s)", flush=True)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    item_lengths = [len(e[0]) for e in encoded]
    config: dict[str, Any] = {
        "version": time.strftime("%Y%m%d-%H%M"), "data": sources,
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size, **meta,
        "augment": {"bylines_spaces": not args.no_augment,
                    "mention_fraction": 0.0 if args.no_augment else args.mention_fraction,
                    "parent_share": args.parent_share, "source_weights": args.source_weights,
                    "extra": str(args.extra or ""), "epoch_sentences": args.epoch_sentences},
    }
    args.ckpt_dir.mkdir(parents=True, exist_ok=True)
    best, history = -1.0, []
    deadline = t0 + args.max_minutes * 60
    if args.resume and (out / "config.json").is_file():
        prev = json.loads((out / "config.json").read_text(encoding="utf-8"))
        best, history = prev.get("dev", {}).get("f1", -1.0), prev.get("history", [])
        config = {**prev, "resumed_at_epoch": args.start_epoch, "epochs": args.epochs}
    for epoch in range(args.start_epoch if args.resume else 1, args.epochs + 1):
        batches = epoch_batches(item_lengths, n_new, args.epoch_sentences, args.batch_size,
                                random.Random(f"{args.seed}-epoch-{epoch}"), weights)
        for g in opt.param_groups:  # gentle decay; Adam with a fixed lr overshoots
            g["lr"] = args.lr / (1 + 0.1 * (epoch - 1))
        te = time.time()
        loss = train_epoch(net, opt, encoded, batches, epoch, deadline)
        m = evaluate(CharTagger.from_net(out, net, vocab, msra_convention), dev)
        history.append({"epoch": epoch, "dev": m, "seconds": round(time.time() - te)})
        print(f"epoch {epoch} loss {loss:.3f} dev {m} ({time.time() - te:.0f}s)", flush=True)
        torch.save(net.state_dict(), args.ckpt_dir / f"epoch{epoch}.pt")
        if args.save_epochs:
            save_epoch(args.ckpt_dir / f"epoch{epoch}", out, net, vocab,
                       {**config, "epoch": epoch, "dev": m, "default_convention": msra_convention})
        config["history"] = history
        if m["f1"] > best:
            best = m["f1"]
            config.update(best_epoch=epoch, dev=m)
            save_model(out, net, vocab, config)
            print(f"  saved to {out}", flush=True)
        else:
            write_config(out, config)
        if time.time() > deadline:
            print("time limit reached", flush=True)
            break
    finish(args, conventions, best, score)


if __name__ == "__main__":
    main()
