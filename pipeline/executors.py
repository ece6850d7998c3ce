"""Where per-document work runs: in this process, or on a Dask cluster.

Work is split by document. Models are loaded lazily through cached loaders
(`pipeline.nlp.ner.load_ner`), so each worker process loads them once. The caller puts
results back in file order, so the output is identical whichever executor ran it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_each(fn: Callable[..., R], items: Sequence[T], *args: Any, executor: str = "local") -> Iterator[R]:
    """Apply ``fn(item, *args)`` to every item, yielding results as they complete."""
    if executor == "local":
        for item in items:
            yield fn(item, *args)
        return
    if executor == "dask" or executor.startswith("dask:"):
        yield from _dask_map(partial(_call, fn, args), items, executor.partition(":")[2] or None)
        return
    raise ValueError(f"unknown executor {executor!r}: use 'local', 'dask' or 'dask:<scheduler address>'")


def _call(fn: Callable[..., R], args: tuple[Any, ...], item: T) -> R:
    return fn(item, *args)


def _dask_map(fn: Callable[[T], R], items: Sequence[T], address: str | None) -> Iterator[R]:
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
        futures = client.map(fn, list(items), pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
