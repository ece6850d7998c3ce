"""The install a user gets from `pip install .`: a wheel that carries the models, and a CLI that
runs from any folder. The wheel is built from a clean copy of the packaged files (a stale
build/ in the checkout could otherwise leak files into it) and installed with --no-deps into a
fresh virtual environment that borrows this interpreter's installed dependencies."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGED = ("pipeline", "models", "setup.py", "pyproject.toml", "README.md")
# what the runtime reads from models/
MODEL_FILES = (
    "cnnews_models/ner/model.onnx",
    "cnnews_models/ner/config.json",
    "cnnews_models/ner/vocab.json",
    "cnnews_models/ner/lexicons/gazetteer.txt",
    "cnnews_models/ner/lexicons/person_surnames.txt",
    "cnnews_models/ner/lexicons/places.txt",
    "cnnews_models/ner/lexicons/surnames.txt",
    "cnnews_models/gazetteer/admin_divisions.tsv.gz",
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("setuptools", reason="building the wheel offline needs setuptools in this venv")
    source = tmp_path_factory.mktemp("source")
    for name in PACKAGED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(src, source / name)
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(dist), str(source)],
        check=True, capture_output=True, text=True,
    )
    (built,) = dist.glob("cnnews_pipeline-*.whl")
    return built


def test_the_wheel_carries_the_models(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    missing = [name for name in MODEL_FILES if name not in names]
    assert not missing, f"wheel lacks {missing}"
    assert "cnnews_models/ner/model.pt" not in names  # the torch checkpoint: training only
    assert any(n.startswith("pipeline/lexicons/") and n.endswith(".tsv") for n in names)
    assert "pipeline/report/templates/batch.html" in names or any(
        n.startswith("pipeline/report/templates/") for n in names
    )
    assert not any("__pycache__" in n or n.startswith(("tests/", "data/")) for n in names)
    size_mb = wheel.stat().st_size / 1e6
    assert 5 < size_mb < 80, f"wheel is {size_mb:.1f} MB"


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed (no deps); the dependencies come from this
    interpreter's site-packages through a .pth file, whose own .pth files (an editable install
    of the checkout) are not run, so `pipeline` can only be the installed copy."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    purelib = Path(subprocess.run(
        [str(root / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip())
    # installed before the deps are borrowed, so pip sees an empty environment
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(root / "bin" / "python"), "install", "-q",
         "--no-deps", "--no-index", "--ignore-installed", str(wheel)],
        check=True, capture_output=True, text=True, env=_clean_env(),
    )
    (purelib / "borrowed-deps.pth").write_text(
        "\n".join(dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])) + "\n"
    )
    return root


def _clean_env() -> dict[str, str]:
    """No checkout on the path (the test suite runs with PYTHONPATH=<checkout>)."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CNNEWS_MODELS_DIR")}


def _cli(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(venv / "bin" / "cnnews"), *args], cwd=cwd, env=_clean_env(),
                          capture_output=True, text=True, timeout=300)


def test_the_installed_cli_runs_from_another_folder(venv: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "raw" / "tiny").mkdir(parents=True)
    page = sorted((REPO / "data" / "raw" / "sample").glob("*.txt"))[0]
    text = page.read_text(encoding="utf-8")
    (elsewhere / "raw" / "tiny" / "page.txt").write_text(text[:1500], encoding="utf-8")

    version = _cli(venv, elsewhere, "--version")
    assert version.returncode == 0, version.stderr
    assert "schema " in version.stdout and "ner model " in version.stdout
    assert "missing" not in version.stdout
    models_line = next(line for line in version.stdout.splitlines() if line.startswith("models "))
    assert "site-packages" in models_line and str(REPO) not in models_line  # the installed copy

    run = _cli(venv, elsewhere, "run", "raw/tiny", "--out", "out")
    assert run.returncode == 0, run.stdout + run.stderr
    assert (elsewhere / "out" / "mentions" / "batch_id=tiny").is_dir()
    assert (elsewhere / "out" / "entities" / "batch_id=tiny").is_dir()
