"""Compare NER model candidates (a shipped model, training epochs) on the figures that decide
which one ships: ``python -m pipeline.training.ner_compare models/ner build/ner-aug-ckpt/epoch1 …``

For each model dir: ALL F1 (and per label) with the rules and without (``model only``) on MSRA
dev, MSRA test and the gold pages per development group (``shanxi`` = 003/004, ``x1`` =
x11-x14, ``x2`` = x21-x24; see ../shared/gold/DEV-SET.md), the tuning groups pooled
(``shanxi+x1``), all pages, the raw 新闻联播 stories annotated by reference (``raw-tune``,
``raw-tune2``, ``raw-tune3``, ``raw-held``, ``raw-held3``; pipeline/evaluation/ner_raw.py) and
``tuned``: micro F1 over every gold span of the tuning groups together (shanxi, x1, raw-tune,
raw-tune2, raw-tune3 since round 6; ``TUNED`` of pipeline.evaluation.ner). Only aggregate
figures are printed, never per-item errors: x2, raw-held and raw-held3 are held out from tuning
(and from choosing a model).

``--selection`` computes only what a model may be chosen by (MSRA dev and the tuning groups:
no MSRA test, no held-out group is run at all) and the selection score ``select`` = the mean of
MSRA dev F1 and ``tuned`` F1 (model + rules; the rule of models/ner/README.md, "Model soup").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pipeline.evaluation.devset import PAGE_GROUPS, SHARED
from pipeline.evaluation.ner import (
    TUNED,
    eval_msra,
    gold_pages,
    msra,
    page_predictions,
    raw_predictions,
    score_sets,
)
from pipeline.evaluation.ner_raw import raw_stories
from pipeline.nlp.ner import LABELS

Scores = dict[str, tuple[float, float, float]]


def groups(pages: list) -> dict[str, list]:
    return {g: [p for p in pages if p[0].startswith(prefixes)] for g, prefixes in PAGE_GROUPS}


def _predictors(model_dir: str, rules: bool) -> tuple[Any, Any]:
    """predict under the project's convention (pages) and under MSRA's (MSRA), as make eval."""
    import torch

    from pipeline.evaluation.ner import _without_rules
    from pipeline.nlp.components import load_model

    torch.set_num_threads(1)
    m = load_model(model_dir)
    mm = load_model(model_dir, "msra")
    if not rules:
        return (lambda t: _without_rules(m, t)), (lambda t: _without_rules(mm, t))
    return m.predict, mm.predict


def compare(model_dir: str, sets: dict[str, list], page_groups: dict[str, list],
            rules: bool = True, stories: list | None = None) -> dict[str, Scores]:
    predict, predict_msra = _predictors(model_dir, rules)
    res: dict[str, Scores] = {}
    for key, data in sets.items():
        res[key] = eval_msra(predict_msra, data)[0]
    pages = [p for ps in page_groups.values() for p in ps]
    found = dict(zip((p[0] for p in pages), page_predictions(predict, pages), strict=True))

    def score(ps: list) -> Scores:
        return score_sets([p[2] for p in ps], [found[p[0]] for p in ps])

    res.update({key: score(ps) for key, ps in page_groups.items()})
    if "shanxi" in page_groups and "x1" in page_groups:
        res["shanxi+x1"] = score(page_groups["shanxi"] + page_groups["x1"])
    res["gold all"] = score(pages)
    stories = stories or []
    story_found = raw_predictions(predict, stories)
    for part in sorted({st[1] for st in stories}):
        idx = [i for i, st in enumerate(stories) if st[1] == part]
        res[part] = score_sets([stories[i][3] for i in idx], [story_found[i] for i in idx])
    # every gold span of the tuning groups together (pages: unique (label, text) per page;
    # stories: exact spans per story), the micro F1 the selection rule reads
    tuned_pages = [p for g, ps in page_groups.items() if g in TUNED for p in ps]
    tuned_idx = [i for i, st in enumerate(stories) if st[1] in TUNED]
    res["tuned"] = score_sets(
        [p[2] for p in tuned_pages] + [stories[i][3] for i in tuned_idx],
        [found[p[0]] for p in tuned_pages] + [story_found[i] for i in tuned_idx])
    if "msra dev" in res:
        res["select"] = {label: (0.0, 0.0, (res["msra dev"][label][2] + res["tuned"][label][2]) / 2)
                         for label in (*LABELS, "ALL")}
    return res


def columns(sets: dict, page_groups: dict, stories: list) -> list[str]:
    parts = sorted({st[1] for st in stories})[::-1]
    cols = [*sets, *page_groups]
    cols += ["shanxi+x1"] if "shanxi" in page_groups and "x1" in page_groups else []
    cols += ["gold all", *parts, "tuned"]
    return cols + (["select"] if "msra dev" in sets else [])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("models", nargs="+", help="model dirs")
    ap.add_argument("--no-msra", action="store_true", help="gold page groups only (quick)")
    ap.add_argument("--selection", action="store_true",
                    help="MSRA dev and the tuning groups only, and the selection score")
    ap.add_argument("--model-only", action="store_true", help="also without the rules")
    ap.add_argument("--json", type=Path, default=None, help="append the figures here")
    args = ap.parse_args(argv)
    page_groups = groups(gold_pages())
    stories = raw_stories(SHARED)
    if args.selection:
        sets = {"msra dev": msra("dev")}
        page_groups = {g: ps for g, ps in page_groups.items() if g in TUNED}
        stories = [st for st in stories if st[1] in TUNED]
    else:
        sets = {} if args.no_msra else {"msra dev": msra("dev"), "msra test": msra("test")}
    cols = columns(sets, page_groups, stories)
    print(f"{'model':<34}{'label':<7}" + "".join(f"{c:>11}" for c in cols), flush=True)
    for d in args.models:
        for rules in (True, False) if args.model_only else (True,):
            res = compare(d, sets, page_groups, rules, stories)
            name = d + ("" if rules else " (no rules)")
            for label in (*LABELS, "ALL"):
                row = f"{name if label == 'PERSON' else '':<34}{label:<7}"
                print(row + "".join(f"{res[c][label][2]:>11.4f}" for c in cols), flush=True)
            if args.json:
                with args.json.open("a", encoding="utf-8") as f:
                    f.write(json.dumps({"model": name, **res}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
