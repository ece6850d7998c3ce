"""Typed rows: one frozen dataclass per output table, field for field as in ``schema.py``.

Stages take and return these records; ``schema.to_table`` turns a list of them into the
table. ``tests/test_records.py`` checks every class against its pyarrow schema (names, order,
types, nullability), so the two cannot drift apart. Lists are tuples so records stay
immutable; ``dataclasses.replace`` derives a changed copy.

Why dataclasses (not attrs or pydantic): the standard library, no validation cost per row
(the pyarrow schema already checks types when the table is built), and mypy understands them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TypeVar


@dataclass(frozen=True, slots=True)
class Document:
    """One row of `documents`."""

    doc_id: str
    batch_id: str
    source_path: str
    source_sha256: str
    encoding: str
    n_chars: int
    text: str
    ingested_at: datetime
    # an int32 array from the clean stage (4 bytes a character, not a Python int each: a 5 MB
    # page has ~1.8M of them); a tuple when coerced from rows read back; the same list<int32>
    raw_offsets: Sequence[int]
    publication_date: date | None
    publication_year: int | None


@dataclass(frozen=True, slots=True)
class Article:
    """One row of `articles`."""

    article_id: str
    doc_id: str
    batch_id: str
    seq: int
    headline: str | None
    subheads: tuple[str, ...]
    bylines: tuple[str, ...]
    byline_roles: tuple[str, ...]
    dateline_place: str | None
    publication_date: date | None
    publication_year: int | None
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One row of `sentences`."""

    sentence_id: str
    article_id: str
    doc_id: str
    batch_id: str
    seq: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One row of `tokens`."""

    doc_id: str
    sentence_id: str
    batch_id: str
    seq: int
    text: str
    pos: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One row of `mentions`."""

    mention_id: str
    doc_id: str
    article_id: str
    sentence_id: str
    batch_id: str
    text: str
    label: str
    start: int
    end: int
    entity_id: str
    source: str
    score: float | None


@dataclass(frozen=True, slots=True)
class Entity:
    """One row of `entities`."""

    entity_id: str
    label: str
    name: str
    aliases: tuple[str, ...]
    admin_code: str | None
    admin_level: str | None
    admin_path: str | None
    n_mentions: int
    batch_id: str


@dataclass(frozen=True, slots=True)
class Statistic:
    """One row of `statistics`."""

    stat_id: str
    doc_id: str
    article_id: str
    sentence_id: str
    batch_id: str
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approx: str
    unit: str | None
    unit_written: str | None
    object: str | None
    kind: str
    place_entity_id: str | None
    org_entity_id: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class DateMention:
    """One row of `dates`."""

    date_id: str
    doc_id: str
    article_id: str
    sentence_id: str
    batch_id: str
    text: str
    start: int
    end: int
    value: str
    granularity: str


@dataclass(frozen=True, slots=True)
class PersonRole:
    """One row of `person_roles`."""

    role_id: str
    person_entity_id: str
    person_name: str
    role: str | None
    role_norm: str | None
    org_entity_id: str | None
    place_entity_id: str | None
    age: int | None
    doc_id: str
    sentence_id: str | None
    batch_id: str
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class Run:
    """One row of `runs`."""

    run_id: str
    batch_id: str
    started_at: datetime
    finished_at: datetime
    status: str
    n_documents: int
    n_failed: int
    n_mentions: int
    n_statistics: int
    pipeline_version: str
    schema_version: str
    models: str
    config: str
    errors: str
    input_fingerprint: str


RECORDS: dict[str, type] = {
    "documents": Document,
    "articles": Article,
    "sentences": Sentence,
    "tokens": Token,
    "mentions": Mention,
    "entities": Entity,
    "statistics": Statistic,
    "dates": DateMention,
    "person_roles": PersonRole,
    "runs": Run,
}

R = TypeVar("R")


def coerce(cls: type[R], row: R | Mapping[str, Any]) -> R:
    """A record of ``cls`` from a record or a mapping with the same fields (rows read back
    from Parquet with ``to_pylist``); lists become tuples."""
    if isinstance(row, cls):
        return row
    assert isinstance(row, Mapping), (
        f"{cls.__name__}: expected a record or a mapping, got {type(row).__name__}"
    )
    values = {f.name: row[f.name] for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})
