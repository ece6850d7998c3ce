from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE_DIR = REPO / "data" / "raw" / "sample"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (corpora, gold pages); tests that need it skip cleanly where it is absent."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture(scope="session")
def sample_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLE_DIR.glob("*.txt"))}


@pytest.fixture(scope="session")
def two_batch_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real pipeline output with two batches, one sample page each: ``b1`` and the date-like
    ``2022-11-17`` (which Hive readers may type as a date). Read-only: copy it to change it."""
    import shutil

    from pipeline.run import run_batch

    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("two-batch-output")
    pages = sorted(SAMPLE_DIR.glob("*.txt"))
    for batch_id, page in zip(("b1", "2022-11-17"), pages, strict=True):
        (raw / batch_id).mkdir()
        shutil.copy(page, raw / batch_id / page.name)
        assert run_batch(raw / batch_id, out).ok
    return out
