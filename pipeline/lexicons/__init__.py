"""Word lists and patterns as data: one file per list in this folder, one loader.

Every list the rules, finders and resolvers use is defined once, in a ``.tsv`` file here, and
loaded through this module; no module keeps its own copy. File format (UTF-8):

- lines starting with ``#`` are the header: what the list holds, where its entries come from
  (a class of words, a corpus, the guidelines), and what its columns mean;
- every other non-blank line is one entry, columns separated by a TAB; ``\\t`` never occurs
  inside an entry.

``words(name)`` gives the first column of every entry, ``mapping(name)`` the first two
columns as a dict, ``rows(name)`` every entry as a tuple of columns. Results are cached: the
lists are read once per process.

Adding a word to a class (a new organization suffix, a new byline role) is an edit of one
file here; the components that use the list pick it up.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

_SUFFIX = ".tsv"


class LexiconError(ValueError):
    """A list is missing or malformed; the message names the file and the fix."""


def available() -> list[str]:
    """The names of every list shipped in this folder."""
    folder = resources.files(__name__)
    return sorted(p.name.removesuffix(_SUFFIX) for p in folder.iterdir() if p.name.endswith(_SUFFIX))


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Every entry of ``<name>.tsv`` as a tuple of its columns, in file order."""
    path = resources.files(__name__) / f"{name}{_SUFFIX}"
    if not path.is_file():
        raise LexiconError(
            f"no word list {name!r}: expected {name}{_SUFFIX} in pipeline/lexicons/ "
            f"(lists: {', '.join(available())})"
        )
    return parse(path.read_text(encoding="utf-8"), f"pipeline/lexicons/{name}{_SUFFIX}")


def parse(text: str, where: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a list in this folder's format (``where`` names it in errors): also for a
    list kept elsewhere, e.g. one a component's config points to by path."""
    entries = []
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = tuple(column.strip() for column in line.split("\t"))
        if not columns[0]:
            raise LexiconError(f"{where}:{number}: empty first column")
        entries.append(columns)
    if not any(line.startswith("#") for line in lines[:1]):
        raise LexiconError(
            f"{where}: the file must start with a '#' header saying what "
            "it holds and where its entries come from"
        )
    return tuple(entries)


@cache
def words(name: str) -> tuple[str, ...]:
    """The first column of every entry of ``<name>.tsv``."""
    return tuple(entry[0] for entry in rows(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """The first two columns of ``<name>.tsv`` as a dict (entry -> value)."""
    result: dict[str, str] = {}
    for entry in rows(name):
        if len(entry) < 2:
            raise LexiconError(f"pipeline/lexicons/{name}{_SUFFIX}: entry {entry[0]!r} lacks a second column")
        result[entry[0]] = entry[1]
    return result


def longest_first(items: tuple[str, ...] | list[str] | set[str] | frozenset[str]) -> list[str]:
    """Entries sorted longest first, for alternations and prefix/suffix tests that must prefer
    the longer word (本报记者 before 记者)."""
    return sorted(items, key=lambda s: (-len(s), s))
