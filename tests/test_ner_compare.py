"""ner_compare's pooled ``tuned`` column (the selection rule's micro F1 over the tuning groups)
counts every gold span of the tuning pages and stories once, and ``--selection`` runs no
held-out group."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.ner import SHARED, TUNED, gold_pages, prf
from pipeline.evaluation.ner_raw import raw_stories
from pipeline.training.ner_compare import columns, compare, groups

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="needs the gold pages of ../shared")
def test_tuned_is_the_micro_f1_of_the_tuning_groups() -> None:
    pytest.importorskip("torch")
    page_groups = {g: ps for g, ps in groups(gold_pages()).items() if g in TUNED}
    stories = [st for st in raw_stories(SHARED) if st[1] == "raw-tune"][:5]
    assert page_groups["shanxi"] and page_groups["x1"]
    res = compare(str(REPO / "models" / "ner"), {}, page_groups, True, stories)
    parts = ["shanxi", "x1", *({st[1] for st in stories})]
    ngold = {"shanxi": sum(len(p[2]) for p in page_groups["shanxi"]),
             "x1": sum(len(p[2]) for p in page_groups["x1"]),
             "raw-tune": sum(len(st[3]) for st in stories)}
    tp = npred = 0
    for part in parts:  # back from each group's P / R to its counts
        p, r, _ = res[part]["ALL"]
        tp_part = round(r * ngold[part])
        tp += tp_part
        npred += round(tp_part / p) if p else 0
    assert res["tuned"]["ALL"] == pytest.approx(prf(tp, npred, sum(ngold[g] for g in parts)))
    assert "select" not in res  # no MSRA dev, no selection score


def test_selection_columns_hold_no_held_out_group() -> None:
    stories = [("s1", "raw-tune", "", set()), ("s2", "raw-tune2", "", set())]
    cols = columns({"msra dev": []}, {"shanxi": [], "x1": []}, stories)
    assert cols == ["msra dev", "shanxi", "x1", "shanxi+x1", "gold all", "raw-tune2", "raw-tune",
                    "tuned", "select"]
