"""The command line's usage errors: every bad option value is one line on stderr naming the
option and the fix, exit 2, before any file is read; --version."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import exitcodes
from pipeline.cli import entry
from pipeline.schema import SCHEMA_VERSION


def _entry(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        entry(list(args), prog_name="cnnews")
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


@pytest.mark.parametrize(
    ("args", "names", "fix"),
    [
        (["--publication-date", "17/11/2022"], "--publication-date", "YYYY-MM-DD"),
        (["--publication-date", "2022-02-30"], "--publication-date", "YYYY-MM-DD"),
        (["--publication-year", "22"], "--publication-year", "four digits"),
        (["--executor", "spark"], "--executor", "local, dask"),
        (["--executor", "dask:local"], "--executor", "dask:tcp://HOST:PORT"),
        (["--ner", "spacy"], "--ner", "one of hanlp, jieba, model"),
        (["--ner", "hanlp"], "--ner", "hanlp:<dir>"),
        (["--ner", "model:/no/such/model"], "--ner", "existing model folder"),
        (["--max-bytes", "-5"], "--max-bytes", "positive number"),
        (["--max-bytes", "lots"], "--max-bytes", "integer"),
        (["--home-place", " "], "--home-place", "太原市"),
        (["--no-such-option"], "--no-such-option", "--help"),
    ],
)
def test_a_bad_option_value_is_one_line_and_exit_2_before_any_file_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], names: str, fix: str
) -> None:
    missing = tmp_path / "no-such-batch"  # were it read first, the error would be about it
    code, _, err = _entry(capsys, "run", str(missing), "--out", str(tmp_path / "out"), *args)
    assert code == exitcodes.USAGE
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and names in lines[0] and fix in lines[0], lines[0]
    assert "Traceback" not in err and "no-such-batch" not in err
    assert not (tmp_path / "out").exists()


def test_nightly_and_stage_options_are_checked_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _entry(capsys, "nightly", "--raw", str(tmp_path), "--keep-logs", "0")
    assert code == exitcodes.USAGE and "--keep-logs" in err
    code, _, err = _entry(capsys, "nightly", "--raw", str(tmp_path), "--executor", "dask:local")
    assert code == exitcodes.USAGE and "--executor" in err
    code, _, err = _entry(capsys, "stage", "entities", "--batch-id", "b", "--ner", "bert")
    assert code == exitcodes.USAGE and "--ner" in err
    code, _, err = _entry(capsys, "frobnicate")
    assert code == exitcodes.USAGE and "No such command" in err and len(err.strip().splitlines()) == 1


def test_version_prints_package_schema_and_models(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _entry(capsys, "--version")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("cnnews-pipeline ")
    assert f"schema {SCHEMA_VERSION}" in lines
    assert any(line.startswith("ner model 2") for line in lines)  # the model card's version
    assert any(line.startswith("gazetteer sha256 ") for line in lines)


def _pool_after_entry(env_value: str | None) -> str:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if env_value is not None:
        env["ARROW_DEFAULT_MEMORY_POOL"] = env_value
    code = (
        "from pipeline.cli import entry\n"
        "try:\n    entry(['--version'])\nexcept SystemExit:\n    pass\n"
        "import pyarrow as pa\nprint(pa.default_memory_pool().backend_name)"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def test_console_entry_puts_arrow_in_the_system_allocator_unless_the_user_chose() -> None:
    """`cnnews` and `python -m pipeline` both go through entry(): Arrow's buffers in malloc
    (mimalloc kept freed buffers and peak RSS grew with the batch); a user's choice is kept."""
    assert _pool_after_entry(None) == "system"
    assert _pool_after_entry("mimalloc") == "mimalloc"
