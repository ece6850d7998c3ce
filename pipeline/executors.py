"""Where per-document work runs: in this process, or on a Dask cluster.

Work is split by document. Models are loaded lazily through cached loaders
(`pipeline.nlp.ner.load_ner`), so each worker process loads them once. The caller puts
results back in file order, so the output is identical whichever executor ran it.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

START_TIMEOUT_S = 10  # a cluster that cannot start says so within seconds, not minutes


class ExecutorError(RuntimeError):
    """The executor could not start or lost its workers; one line says why."""


# a Dask scheduler address as distributed.Client takes it: tcp://host:8786, tls://host:8786, host:8786
_SCHEDULER = re.compile(r"(?:(?:tcp|tls|ucx|ws|wss)://)?[A-Za-z0-9._\-\[\]:]+:\d{1,5}")


def check_executor(executor: str) -> str:
    """The executor name, or ValueError before any work is done (the CLI checks options with it)."""
    if executor in ("local", "dask"):
        return executor
    name, colon, address = executor.partition(":")
    if name == "dask" and colon:
        if _SCHEDULER.fullmatch(address):
            return executor
        raise ValueError(
            f"{address!r} is no scheduler address; give dask:tcp://HOST:PORT "
            "(e.g. dask:tcp://scheduler:8786), or dask for a local cluster"
        )
    raise ValueError(
        f"unknown executor {executor!r}: use local, dask (a local cluster) or dask:tcp://HOST:PORT"
    )


def map_each(fn: Callable[..., R], items: Sequence[T], *args: Any, executor: str = "local") -> Iterator[R]:
    """Apply ``fn(item, *args)`` to every item, yielding results as they complete."""
    if executor == "local":
        for item in items:
            yield fn(item, *args)
        return
    if executor == "dask" or executor.startswith("dask:"):
        yield from _dask_map(partial(_call, fn, args), items, executor.partition(":")[2] or None)
        return
    check_executor(executor)


def _call(fn: Callable[..., R], args: tuple[Any, ...], item: T) -> R:
    return fn(item, *args)


def _loopback_error() -> str | None:
    """Why this machine cannot talk to itself over TCP (a local Dask cluster needs it), or None."""
    try:
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            with socket.create_connection(server.getsockname(), timeout=2):
                return None
    except OSError as err:
        return f"{err.strerror or err}"


def _start(address: str | None) -> tuple[Any, Any]:
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError as err:  # dask is an optional extra
        raise ExecutorError("the dask executor needs `pip install 'cnnews-pipeline[dask]'`") from err
    if not address and (why := _loopback_error()):
        raise ExecutorError(f"the dask executor cannot start a local cluster: no loopback network ({why})")
    timeout = f"{START_TIMEOUT_S}s"
    try:
        with dask.config.set({"distributed.comm.timeouts.connect": timeout}):
            if address:
                return Client(address, timeout=timeout), None
            cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None,
                                   timeout=timeout)
            return Client(cluster, timeout=timeout), cluster
    except Exception as err:  # OSError, TimeoutError, RuntimeError: the cluster is not there
        where = address or "a local cluster"
        raise ExecutorError(f"the dask executor cannot start {where}: {str(err).splitlines()[0]}") from err


def _dask_map(fn: Callable[[T], R], items: Sequence[T], address: str | None) -> Iterator[R]:
    from dask.distributed import as_completed

    client, cluster = _start(address)
    try:
        futures = client.map(fn, list(items), pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
