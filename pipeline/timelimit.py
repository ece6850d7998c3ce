"""The per-file time limit (``--file-timeout``), on every executor.

``time_limit(seconds)`` raises FileTimeout in the thread that runs the block once ``seconds``
have passed. In a process's main thread (the local executor, and each local worker process,
whose tasks run in its main thread) it is SIGALRM, which also cuts a blocking sleep or read
short. In any other thread (a Dask worker runs tasks in a thread pool) a timer thread raises
the exception in the stuck thread through CPython's ``PyThreadState_SetAsyncExc``: there is
no signal for a thread. Either way Python code is interrupted at its next bytecode and a
native call (a regex, the network's inference) at its end; windows (pipeline.windows) keep
every such call on a bounded piece of text, and the regexes on the run path are linear, so
that end comes soon and the file fails alone while the run goes on and releases its lock.

FileTimeout is a BaseException, so that no stage's ``except Exception`` swallows it.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
from collections.abc import Iterator


class FileTimeout(BaseException):
    """One file ran past the per-file time limit."""


def message(what: str, seconds: float) -> str:
    return f"{what}: stopped after the per-file time limit of {seconds:g} s (--file-timeout)"


@contextlib.contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise FileTimeout (its message naming ``what``) in this thread after ``seconds``;
    0: no limit."""
    if not seconds:
        yield
        return
    limit = _alarm if threading.current_thread() is threading.main_thread() else _watchdog
    try:
        with limit(seconds):
            yield
    except FileTimeout:
        raise FileTimeout(message(what, seconds)) from None


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    """Have ``exception`` raised in the thread at its next bytecode (None: cancel it)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)


@contextlib.contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False, "delivered": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _raise_in(thread_id, FileTimeout)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except FileTimeout:
        state["delivered"] = True
        raise
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
        if state["fired"] and not state["delivered"]:
            _raise_in(thread_id, None)  # fired as the block ended: never raise it later
