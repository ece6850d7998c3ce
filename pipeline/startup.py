"""What a process of this pipeline sets before its heavy imports (the CLI's ``entry``, the
workers of a local Dask cluster): settings read once, at the first import or allocation.

``thinc_without_torch``: spaCy's thinc imports torch at its own import whenever torch is
installed (``thinc.compat``), for models with torch layers; this pipeline's spaCy pipeline has
none (its NER runs on onnxruntime), and a runtime install has no torch. In a development
environment, which has torch for training, the import cost each process about 1.5 s of CPU
(3.4% of a run on 2 MB of news, profile of 2026-11-30). ``torch`` itself stays importable
(the hanlp backend, a model.pt without its ONNX export): only thinc, imported while it is
hidden, records that it has no torch, which nothing in this process needs.
"""

from __future__ import annotations

import contextlib
import sys


def thinc_without_torch() -> None:
    """Import thinc with torch hidden from it, unless either is imported already (then thinc
    keeps what it found, and so does every caller that imported torch)."""
    if "torch" in sys.modules or "thinc.compat" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError
    try:
        with contextlib.suppress(ImportError):  # no spaCy installed: nothing to hide it from
            import thinc.compat  # noqa: F401
    finally:
        if sys.modules.get("torch", "") is None:
            del sys.modules["torch"]
