"""notebooks/explore.ipynb runs top to bottom on a real two-batch output (so it never rots), and
writes nothing outside its temporary folders."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_the_notebook_answers_its_questions(
    two_batch_output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("CNNEWS_OUT", str(two_batch_output))
    # Jupyter's and matplotlib's caches, connection files and settings go to the test's folder
    for variable in ("MPLCONFIGDIR", "IPYTHONDIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR",
                     "JUPYTER_CONFIG_DIR"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "commit the notebook without outputs")
    work = tmp_path / "cwd"
    work.mkdir()
    client = nbclient.NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(work)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert sum("image/png" in out.get("data", {}) for out in outputs) == 4  # one plot per question
    text = "".join(out.get("text", "") for out in outputs)
    assert str(two_batch_output) in text and "have a full day" in text
    tables = "".join(out.get("data", {}).get("text/plain", "") for out in outputs)
    assert "2022-11-17" in tables and "b1" in tables  # both batches, read by both libraries
    assert not any(work.iterdir()), "the notebook wrote files"
