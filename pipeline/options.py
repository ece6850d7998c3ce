"""Checks of the command line's option values, run while the options are parsed (click
callbacks), so a bad value is one line naming the option and the fix, exit 2, before any file
is read or any model loaded. Each check returns the value or raises UsageError; the CLI's
entry point (``pipeline.cli.entry``) prints that message as ``error: ...``."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import typer

# The usage-error class of the click that typer runs on (typer 0.29 vendors its own click; older
# typer uses click's): BadParameter's base. A UsageError's message is printed as it is.
UsageError: type[Exception] = typer.BadParameter.__bases__[0]


def usage_line(err: Exception) -> str:
    """The one line a usage error prints: its message and where the help is."""
    ctx = getattr(err, "ctx", None)
    where = f" (see {ctx.command_path} --help)" if ctx is not None else ""
    message = err.format_message() if hasattr(err, "format_message") else str(err)
    return f"{message}{where}"

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def publication_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"--publication-date {value!r} is not a date: give it as YYYY-MM-DD, e.g. 2022-11-17"
        ) from None
    return value


def publication_year(value: int | None) -> int | None:
    if value is not None and not 1800 <= value <= 2200:
        raise UsageError(f"--publication-year {value} is not a year: give four digits, e.g. 2022")
    return value


def executor(value: str) -> str:
    from pipeline.executors import check_executor

    try:
        return check_executor(value)
    except ValueError as err:
        raise UsageError(f"--executor {value!r}: {err}") from None


def ner(value: str) -> str:
    from pipeline.nlp.ner import BACKENDS

    name, _, arg = value.partition(":")
    if name not in BACKENDS:
        known = ", ".join(sorted(BACKENDS))
        raise UsageError(
            f"--ner {value!r}: unknown backend {name!r}; use one of {known} "
            "(model is the shipped one; model:<dir>, hanlp:<dir> name a model folder)"
        )
    if name == "hanlp" and not arg:
        raise UsageError("--ner hanlp needs the folder of a saved HanLP model: --ner hanlp:<dir>")
    folder = arg.split(",")[0] if name == "model" else arg
    if folder and "=" not in folder and not Path(folder).expanduser().is_dir():
        raise UsageError(f"--ner {value!r}: no folder {folder}; give an existing model folder")
    return value


def positive(option: str, unit: str, example: str) -> Callable[[int], int]:
    """A check that the value is at least 1 (``--max-bytes``, ``--keep-logs``)."""

    def check(value: int) -> int:
        if value < 1:
            raise UsageError(f"{option} {value}: give a positive number of {unit}, e.g. {example}")
        return value

    return check


def home_place(value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise UsageError("--home-place is empty: give a place name, e.g. 太原市")
    return value
