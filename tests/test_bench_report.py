"""The bench report (pipeline/evaluation/bench.py): tables from measures, no timing asserted."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.evaluation.bench import BatchResult, Measure, report

ONE = "end to end, 1 worker (python -m pipeline run)"
TWO = "end to end, 2 workers (python -m pipeline run)"
JIEBA = "jieba POS alone (jieba.posseg)"


def _full(label: str, mb: float, scale: float) -> BatchResult:
    measures = [Measure(ONE, 16.0 * scale, 600, cpu=16.0 * scale),
                Measure(TWO, 9.0 * scale, 620, cpu=17.0 * scale),
                Measure(JIEBA, 4.0 * scale, 140, cpu=4.0 * scale)]
    stages = [Measure("model load", 2.5, 800), Measure("segment", 4.0 * scale, 800)]
    return BatchResult(label, mb, int(155 * mb), int(350_000 * mb), measures, stages)


def test_a_batch_measured_end_to_end_only_has_its_row_and_cost_line() -> None:
    large = BatchResult("30 MB", 30.0, 6344, 10_400_000, [Measure(TWO, 250.0, 1400, cpu=480.0)], [])
    results = [_full("1 MB", 1.0, 1.0), _full("10 MB", 10.0, 9.0), large]
    loads = ("0.10 / 0.10 / 0.10", "1.00 / 1.00 / 1.00")
    began = datetime(2026, 11, 30, tzinfo=UTC)
    text = report(results, "python -m pipeline.evaluation.bench", loads, began, 12.0)
    row = next(line for line in text.splitlines() if line.startswith("| 30 MB |"))
    assert "| 1,400 |" in row and "| - |" in row  # its peak RSS; no jieba figure to divide by
    assert f"- {TWO}: 30.0 MB costs 27.8x 1.0 MB in wall time, 28.24x in CPU time (30.0x the text)." in text
    assert f"- {ONE}: 10.0 MB costs 9.0x 1.0 MB" in text
    stage_header = next(line for line in text.splitlines() if line.startswith("| stage |"))
    assert "30 MB" not in stage_header  # no per-stage figures were taken for it
