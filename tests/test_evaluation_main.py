"""`make eval` (python -m pipeline.evaluation): an evaluation that stops with its own reason
(``../shared`` not found) has that reason printed, and the whole run fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation import __main__ as evaluation


def test_an_evaluations_own_reason_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eval_needs_shared.py").write_text('raise SystemExit("../shared not found at /nowhere")\n')
    (tmp_path / "eval_fine.py").write_text('print("F1 0.9")\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    evaluations = (("needs shared", "eval_needs_shared"), ("fine", "eval_fine"))
    monkeypatch.setattr(evaluation, "EVALUATIONS", evaluations)
    assert evaluation.main() == 1
    out = capsys.readouterr().out
    assert "eval_needs_shared: ../shared not found at /nowhere" in out
    assert "F1 0.9" in out  # the others still run
