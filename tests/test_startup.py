"""pipeline.startup: thinc imported without torch in the pipeline's own processes."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

CHECK = """
import sys
from pipeline.startup import thinc_without_torch
{before}
thinc_without_torch()
import thinc.compat
print(thinc.compat.has_torch, "torch" in sys.modules)
{after}
"""


def _run(before: str = "", after: str = "") -> str:
    code = CHECK.format(before=before, after=after)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(importlib.util.find_spec("thinc") is None, reason="spaCy (thinc) not installed")
def test_thinc_is_imported_without_torch_which_stays_importable() -> None:
    after = "import torch; print(torch.__name__)" if importlib.util.find_spec("torch") else ""
    lines = _run(after=after).split()
    assert lines[:2] == ["False", "False"]  # thinc saw no torch, and torch was not imported
    if after:
        assert lines[2] == "torch"  # still there for whoever needs it (hanlp, model.pt)


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed")
def test_a_process_that_imported_torch_keeps_it_for_thinc() -> None:
    assert _run(before="import torch").split() == ["True", "True"]
