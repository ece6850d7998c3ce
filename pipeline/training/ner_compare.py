"""Compare NER model candidates (a shipped model, training epochs) on the figures that decide
which one ships: ``python -m pipeline.training.ner_compare models/ner build/ner-aug-ckpt/epoch1 …``

For each model dir: ALL F1 (and per label) with the rules and without (``model only``) on MSRA
dev, MSRA test and the gold pages per development group (``shanxi`` = 003/004, ``x1`` =
x11-x14, ``x2`` = x21-x24; see ../shared/gold/DEV-SET.md), the tuning groups pooled
(``shanxi+x1``), all pages, and the raw 新闻联播 stories annotated by reference (``raw-tune``,
``raw-tune2``, ``raw-held``, ``raw-held3``; pipeline/evaluation/ner_raw.py). Only aggregate
figures are printed, never per-item errors: x2, raw-held and raw-held3 are held out from tuning
(and from choosing a model).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.evaluation.ner import SHARED, eval_gold, eval_msra, eval_raw, gold_pages, msra
from pipeline.evaluation.ner_raw import raw_stories
from pipeline.nlp.ner import LABELS

GROUPS = {"shanxi": ("003", "004"), "x1": ("x1",), "x2": ("x2",)}


def groups(pages: list) -> dict[str, list]:
    return {g: [p for p in pages if p[0].startswith(prefixes)] for g, prefixes in GROUPS.items()}


def compare(model_dir: str, sets: dict[str, list], page_groups: dict[str, list],
            rules: bool = True, stories: list | None = None
            ) -> dict[str, dict[str, tuple[float, float, float]]]:
    import torch

    from pipeline.evaluation.ner import _without_rules
    from pipeline.nlp.components import load_model

    torch.set_num_threads(1)
    m = load_model(model_dir)
    predict = m.predict if rules else (lambda t: _without_rules(m, t))
    # MSRA under MSRA's annotation convention, the pages under the project's (as make eval)
    mm = load_model(model_dir, "msra")
    predict_msra = mm.predict if rules else (lambda t: _without_rules(mm, t))
    res: dict[str, dict[str, tuple[float, float, float]]] = {}
    for key, data in sets.items():
        res[key] = eval_msra(predict_msra, data)[0]
    for key, pages in page_groups.items():
        res[key] = eval_gold(predict, pages)
    res["shanxi+x1"] = eval_gold(predict, page_groups["shanxi"] + page_groups["x1"])
    res["gold all"] = eval_gold(predict, [p for ps in page_groups.values() for p in ps])
    if stories:
        res.update(eval_raw(predict, stories))
    return res


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("models", nargs="+", help="model dirs")
    ap.add_argument("--no-msra", action="store_true", help="gold page groups only (quick)")
    ap.add_argument("--model-only", action="store_true", help="also without the rules")
    ap.add_argument("--json", type=Path, default=None, help="append the figures here")
    args = ap.parse_args(argv)
    sets = {} if args.no_msra else {"msra dev": msra("dev"), "msra test": msra("test")}
    page_groups = groups(gold_pages())
    stories = raw_stories(SHARED)
    cols = [*sets, *page_groups, "shanxi+x1", "gold all", *sorted({st[1] for st in stories})[::-1]]
    print(f"{'model':<34}{'label':<7}" + "".join(f"{c:>11}" for c in cols), flush=True)
    for d in args.models:
        for rules in (True, False) if args.model_only else (True,):
            res = compare(d, sets, page_groups, rules, stories)
            name = d + ("" if rules else " (no rules)")
            for label in (*LABELS, "ALL"):
                row = f"{name if label == 'PERSON' else '':<34}{label:<7}"
                print(row + "".join(f"{res[c][label][2]:>11.3f}" for c in cols), flush=True)
            if args.json:
                with args.json.open("a", encoding="utf-8") as f:
                    f.write(json.dumps({"model": name, **res}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
