import os

# Arrow's C++ allocations (the Parquet writer's among them) in the C library's malloc, which
# hands freed buffers back; mimalloc, Arrow's default, kept them and a run's peak RSS grew
# with its batch (issue 13). Read once, at Arrow's first allocation: set before any import.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

from pipeline.cli import entry

entry(prog_name="python -m pipeline")
