"""Where per-file work runs: in this process, or on a Dask cluster.

Work is split by file (one document each). Models are loaded lazily through cached loaders
(`pipeline.nlp.ner.load_ner`), so each worker process loads them once. Results are put back in
file order by the caller, so the output is identical whichever executor ran it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def map_files(
    fn: Callable[..., T], files: Sequence[Path], *args: Any, executor: str = "local"
) -> Iterator[T]:
    """Apply ``fn(file, *args)`` to every file, yielding results as they complete."""
    if executor == "local":
        for path in files:
            yield fn(path, *args)
        return
    if executor == "dask" or executor.startswith("dask:"):
        yield from _dask_map(partial(_call, fn, args), files, executor.partition(":")[2] or None)
        return
    raise ValueError(f"unknown executor {executor!r}: use 'local', 'dask' or 'dask:<scheduler address>'")


def _call(fn: Callable[..., T], args: tuple[Any, ...], path: Path) -> T:
    return fn(path, *args)


def _dask_map(fn: Callable[[Path], T], files: Sequence[Path], address: str | None) -> Iterator[T]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as err:  # dask is an optional extra
        raise RuntimeError("the dask executor needs `pip install 'cnnews-pipeline[dask]'`") from err
    if address:
        client = Client(address)
        cluster = None
    else:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(fn, list(files), pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
