"""Where per-document work runs: in this process, in local worker processes, or on a Dask
cluster.

Work is split by document, sent in chunks of many documents per task. Models are loaded
lazily through cached loaders (`pipeline.nlp.ner.load_ner`), and ``initializer`` loads them
once per worker process: where processes can be forked (Linux), once in this process before
the workers of its own (local ones, or a local Dask cluster's) are forked from it, so they
share the models copy-on-write; elsewhere, and on a remote Dask cluster, in every worker when
it starts. The caller puts results back in file order, so the output is identical whichever
executor ran it with however many workers.
"""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import multiprocessing
import os
import re
import socket
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, TypeVar

from pipeline.startup import thinc_without_torch

T = TypeVar("T")
R = TypeVar("R")

START_TIMEOUT_S = 10  # a cluster that cannot start says so within seconds, not minutes
TASKS_PER_WORKER = 4  # a chunk is at most this fraction of a worker's share of what is left
MIN_CHUNK = 8  # items: the smallest chunk, at the end of a batch (the NER still tags in batches)
# items: the largest chunk. A chunk's rows are held whole by its worker, and by the process
# that writes them until the chunk is written: capped, what either holds no longer grows with
# the batch (an eighth of 30 MB of news was ~800 pages, ~90 MB of Arrow tables; issue 13)
MAX_CHUNK = 256
SERIAL_CHUNK = 32  # items per call of a per-chunk function in this process (one worker)


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


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def map_each(
    fn: Callable[..., R],
    items: Sequence[T],
    *args: Any,
    executor: str = "local",
    workers: int = 1,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """Apply ``fn(item, *args)`` to every item, yielding results (in item order for "local").

    "local" with ``workers`` > 1 runs them in that many worker processes, "dask" on the
    cluster's workers (a LocalCluster of ``workers`` processes when no address is given); each
    worker runs ``initializer(*initargs)`` first, and gets chunks of many items per task."""
    if executor == "local" and min(workers, len(items)) <= 1:
        _initialize(items, initializer, initargs)
        yield from (fn(item, *args) for item in items)
        return
    task = partial(_map_chunk, partial(_call, fn, args))
    yield from _map_chunks(task, items, executor, workers, initializer, initargs)


def map_chunks(
    fn: Callable[..., Iterable[R]],
    items: Sequence[T],
    *args: Any,
    executor: str = "local",
    workers: int = 1,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """As ``map_each``, for a function of many items at once: ``fn(chunk, *args)`` returns the
    results of the items of ``chunk``, so it can batch work across them. One worker: chunks
    of SERIAL_CHUNK items, in this process."""
    task = partial(_call, fn, args)
    if executor == "local" and min(workers, len(items)) <= 1:
        _initialize(items, initializer, initargs)
        for i in range(0, len(items), SERIAL_CHUNK):
            yield from task(list(items[i : i + SERIAL_CHUNK]))
        return
    yield from _map_chunks(task, items, executor, workers, initializer, initargs)


def _initialize(items: Sequence[T], initializer: Callable[..., object] | None,
                initargs: tuple[Any, ...]) -> None:
    if initializer is not None and items:  # models loaded before the first file's time limit
        initializer(*initargs)


def _map_chunks(
    task: Callable[[list[T]], Iterable[R]],
    items: Sequence[T],
    executor: str,
    workers: int,
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
) -> Iterator[R]:
    """``task`` over chunks of items in worker processes or on Dask."""
    if executor == "local":
        yield from _process_map(task, items, min(workers, len(items)), initializer, initargs)
        return
    if executor == "dask" or executor.startswith("dask:"):
        address = executor.partition(":")[2] or None
        yield from _dask_map(task, items, address, workers, initializer, initargs)
        return
    check_executor(executor)


def _call(fn: Callable[..., R], args: tuple[Any, ...], item: T) -> R:
    return fn(item, *args)


def chunks(items: Sequence[T], workers: int) -> list[list[T]]:
    """Items in consecutive chunks, one task each, shrinking toward the end (guided scheduling):
    each holds 1/TASKS_PER_WORKER of a worker's share of the items still left, at least
    MIN_CHUNK and at most MAX_CHUNK. The first chunks are large (little cost per task); the
    last are small, so the workers finish within a small chunk of each other instead of one
    running a large last chunk alone (with equal chunks of an eighth of a batch, that tail cost
    2 workers up to a tenth of their wall time)."""
    out: list[list[T]] = []
    start, share = 0, max(1, workers) * TASKS_PER_WORKER
    while start < len(items):
        size = min(MAX_CHUNK, max(MIN_CHUNK, -(-(len(items) - start) // share)))
        out.append(list(items[start : start + size]))
        start += size
    return out


def _map_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _can_fork() -> bool:
    """Whether worker processes of our own are forked from this one: on Linux. Not on macOS,
    where fork is unsafe once system frameworks are loaded, nor on Windows (no fork): there
    every worker starts a fresh interpreter (spawn) and loads the models itself."""
    return sys.platform.startswith("linux")


def _fresh_std_streams() -> None:
    """In a forked child: stdout and stderr as new file objects on the same descriptors, and
    the logging handlers that wrote to the old ones on the new. A thread of the parent may
    have held the old ones' lock at the fork (a progress bar's refresh; another Dask worker's
    fork, which flushes them first): no thread releases it in the child, and the child's
    first write there (a worker's warning) would wait forever."""
    handlers = [h for h in _handlers() if isinstance(h, logging.StreamHandler)]
    for name in ("stdout", "stderr"):
        old = getattr(sys, name)
        try:
            fd = old.fileno()
        except (AttributeError, OSError, ValueError):  # not a file (a test's capture): leave it
            continue
        binary: io.FileIO | io.BufferedWriter = io.FileIO(fd, "w", closefd=False)
        if not isinstance(getattr(old, "buffer", None), io.RawIOBase):  # buffered, as it was
            binary = io.BufferedWriter(binary)
        new = io.TextIOWrapper(binary, encoding=getattr(old, "encoding", None),
                               errors=getattr(old, "errors", None),
                               line_buffering=getattr(old, "line_buffering", False),
                               write_through=getattr(old, "write_through", False))
        setattr(sys, name, new)
        for handler in handlers:
            if handler.stream is old:
                handler.stream = new  # not setStream: it would flush the old one


def _handlers() -> list[logging.Handler]:
    """Every logging handler of every logger, each once, in a fixed order."""
    seen: dict[int, logging.Handler] = {}
    for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        for handler in getattr(logger, "handlers", []):
            seen.setdefault(id(handler), handler)
    return list(seen.values())


_HELD: list[list[logging.Handler]] = []  # the handlers whose locks are held across a fork


def _hold_handlers() -> None:
    """Before a fork: take every logging handler's lock, so no other thread is inside a
    handler's write (which holds its stream's own lock, e.g. a log file's buffer: logging renews
    the handler locks in the child, never the streams', so the child's first log line there
    would wait forever). A Dask nanny forks from a thread while others log."""
    handlers = _handlers()
    for handler in handlers:
        handler.acquire()
    _HELD.append(handlers)


def _release_handlers() -> None:
    """After a fork, in the parent: the locks ``_hold_handlers`` took."""
    for handler in reversed(_HELD.pop() if _HELD else []):
        handler.release()


def _after_fork_in_child() -> None:
    _HELD.clear()  # logging gave the child fresh handler locks; nothing to release
    _fresh_std_streams()


_FORK_HOOK: list[bool] = []  # registered once


@contextlib.contextmanager
def _models_loaded_here(fork: bool, initializer: Callable[..., object] | None,
                        initargs: tuple[Any, ...]) -> Iterator[None]:
    """With ``fork``: ``initializer`` run here first, so the workers forked in the block
    inherit what it loaded, and the loaded objects out of the cyclic collector's reach while
    the block runs: its passes in a worker would write to every object they visit and so copy
    the parent's memory pages one by one."""
    if not fork:
        yield
        return
    if not _FORK_HOOK:
        os.register_at_fork(before=_hold_handlers, after_in_parent=_release_handlers,
                            after_in_child=_after_fork_in_child)
        _FORK_HOOK.append(True)
    if initializer is not None:
        initializer(*initargs)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _process_map(
    task: Callable[[list[T]], Iterable[R]],
    items: Sequence[T],
    workers: int,
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
) -> Iterator[R]:
    # fork where there is one (Linux): the models are loaded once, here, and the workers start
    # at once sharing them copy-on-write (the NER session runs single-threaded, so no thread
    # pool is lost in the fork). Elsewhere (macOS, Windows: spawn) each worker imports the
    # pipeline and runs ``initializer`` itself, as it does in the forked workers (cached there).
    fork = _can_fork()
    try:
        with _models_loaded_here(fork, initializer, initargs), ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
            initializer=initializer,
            initargs=initargs,
        ) as pool:
            for chunk in pool.map(task, chunks(items, workers)):
                yield from chunk
    except BrokenProcessPool as err:  # a worker was killed (out of memory, a signal)
        raise ExecutorError(f"a local worker process died: {err}") from err


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


def _check_dask(address: str | None) -> None:
    """ExecutorError where no cluster can be had: dask not installed, or no loopback network for
    a local one (checked before the models are loaded for its workers, so it fails in seconds)."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError as err:  # dask is an optional extra
        raise ExecutorError("the dask executor needs `pip install 'cnnews-pipeline[dask]'`") from err
    if not address and (why := _loopback_error()):
        raise ExecutorError(f"the dask executor cannot start a local cluster: no loopback network ({why})")


def _start(address: str | None, workers: int, fork: bool = False) -> tuple[Any, Any]:
    """A client of the scheduler at ``address``, or of a LocalCluster of ``workers`` processes
    of our own (forked from this one with ``fork``, else spawned: Dask's default)."""
    import dask
    from dask.distributed import Client, LocalCluster

    timeout = f"{START_TIMEOUT_S}s"
    settings: dict[str, object] = {"distributed.comm.timeouts.connect": timeout}
    if not address:  # our own workers: read as each is made, in LocalCluster()
        # none of the dashboard's statistical profiler, which takes the GIL from the running
        # task every 10 ms to walk its stack (in a py-spy profile of a 2 MB run, a third of
        # what the workers' event loops did besides waiting), and the dashboard's system
        # monitor (psutil reads of /proc) every 2 s, not 0.5 s
        settings["distributed.worker.profile.enabled"] = False
        settings["distributed.admin.system-monitor.interval"] = "2s"
    if fork:  # as each worker is made here (one the nanny restarts later spawns, loads lazily)
        settings["distributed.worker.multiprocessing-method"] = "fork"
    try:
        with dask.config.set(settings):
            if address:
                return Client(address, timeout=timeout), None
            cluster = LocalCluster(n_workers=max(1, workers), processes=True, threads_per_worker=1,
                                   dashboard_address=None, timeout=timeout)
            return Client(cluster, timeout=timeout), cluster
    except Exception as err:  # OSError, TimeoutError, RuntimeError: the cluster is not there
        where = address or "a local cluster"
        raise ExecutorError(f"the dask executor cannot start {where}: {str(err).splitlines()[0]}") from err


def _dask_map(
    task: Callable[[list[T]], Iterable[R]],
    items: Sequence[T],
    address: str | None,
    workers: int,
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
) -> Iterator[R]:
    """Tasks of many items (one per chunk), so the scheduler's cost is paid per chunk, not per
    document. A local cluster's workers are forked from this process after ``initializer`` ran
    here (``_models_loaded_here``), so they start with the models loaded; where they cannot be
    forked, and on a remote cluster, every worker runs ``initializer`` first."""
    from dask.distributed import as_completed

    _check_dask(address)
    fork = address is None and _can_fork()
    with _models_loaded_here(fork, initializer, initargs):
        client, cluster = _start(address, workers, fork)
        try:
            if cluster is not None and not fork:  # spawned: set up as the CLI's process is
                client.run(thinc_without_torch)
            if initializer is not None and not fork:
                client.run(initializer, *initargs)
            n_workers = len(client.scheduler_info().get("workers", {})) or workers
            for future in as_completed(client.map(task, chunks(items, n_workers), pure=False)):
                results = future.result()
                future.release()  # the worker drops its copy of the chunk's tables now, not at the end
                yield from results
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
