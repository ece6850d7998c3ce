"""The run report the CLI prints: every file of a small batch, only the files that need a look
in a large one."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from pipeline import cli
from pipeline.run import FileOutcome, RunReport


def _report(n_ok: int, failed: int = 0, warned: int = 0) -> RunReport:
    outcomes = [FileOutcome(f"ok_{i:04d}.txt", doc_id=str(i)) for i in range(n_ok)]
    outcomes += [FileOutcome(f"bad_{i}.txt", error="not UTF-8 text") for i in range(failed)]
    warn = "truncated line"
    outcomes += [FileOutcome(f"warn_{i}.txt", doc_id=f"w{i}", warning=warn) for i in range(warned)]
    status = "failed" if failed else "ok"
    return RunReport("r1", "b1", Path("out"), status, outcomes, {"documents": n_ok + warned}, 1.0)


def _printed(monkeypatch: pytest.MonkeyPatch, report: RunReport) -> str:
    console = Console(record=True, width=200)
    monkeypatch.setattr(cli, "console", console)
    cli._print_report(report)
    return console.export_text()


def test_a_small_batch_lists_every_file(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _printed(monkeypatch, _report(3, failed=1))
    assert all(f"ok_{i:04d}.txt" in text for i in range(3))
    assert "bad_0.txt" in text and "not UTF-8 text" in text
    assert "not listed" not in text


def test_a_large_batch_lists_only_the_files_that_need_a_look(monkeypatch: pytest.MonkeyPatch) -> None:
    n = cli.LIST_ALL_FILES + 10
    text = _printed(monkeypatch, _report(n, failed=2, warned=1))
    assert "ok_0000.txt" not in text
    assert "bad_0.txt" in text and "bad_1.txt" in text and "warn_0.txt" in text
    assert f"{n} more files ok, not listed" in text
    assert f"{n + 1} of {n + 3} files" in text


def test_a_large_clean_batch_prints_the_count_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    n = cli.LIST_ALL_FILES + 1
    text = _printed(monkeypatch, _report(n))
    assert f"{n} files ok, not listed" in text and "ok_0000.txt" not in text
