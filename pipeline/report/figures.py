"""What a batch report shows, computed from the Parquet tables of an output folder.

Tables are read with pyarrow.dataset and Hive partitioning, as any downstream reader would:
``batch_id`` comes from the ``batch_id=<id>`` folder name (the files do not store it).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline.nlp.gazetteer import load_gazetteer
from pipeline.schema import ALL_TABLES, CONTENT_TABLES, PARTITION_KEY, SCHEMAS

TOP = 15  # rows in each top list
TOP_COUNTIES = 20  # bars on the county chart
MAX_TIMELINE_BARS = 40  # more distinct days than this: one bar per month
_DAY = re.compile(r"^(\d{4}-\d{2})(-\d{2})?")  # 2022-11-17, 2022-11-17T08:00, 2022-10


@dataclass(frozen=True)
class Ranked:
    """One row of a top list or one bar of a chart."""

    name: str
    count: int
    detail: str = ""
    parts: tuple[tuple[str, int], ...] = ()  # (kind, count) segments of a stacked bar


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    status: str
    started_at: str
    seconds: float
    n_documents: int
    pipeline_version: str
    schema_version: str
    failed: list[dict[str, str]]  # [{"source_path", "reason"}]
    warnings: list[dict[str, str]]


@dataclass(frozen=True)
class Article:
    headline: str
    bylines: str
    kind: str
    date: str


@dataclass
class BatchFigures:
    batch_id: str
    counts: dict[str, int]
    people: list[Ranked] = field(default_factory=list)
    organizations: list[Ranked] = field(default_factory=list)
    places: list[Ranked] = field(default_factory=list)
    counties: list[Ranked] = field(default_factory=list)  # statistics per county, by kind
    stats_outside_counties: int = 0
    timeline: list[Ranked] = field(default_factory=list)
    timeline_unit: str = "day"
    dates_without_year: int = 0
    articles: list[Article] = field(default_factory=list)
    runs: list[RunInfo] = field(default_factory=list)  # newest first

    @property
    def top_counties(self) -> list[Ranked]:
        return self.counties[:TOP_COUNTIES]

    @property
    def latest(self) -> RunInfo | None:
        """The run that wrote the partitions shown: the newest one that was not skipped."""
        done = [r for r in self.runs if r.status != "skipped"]
        return done[0] if done else (self.runs[0] if self.runs else None)


def list_batches(out_dir: Path) -> list[str]:
    """Every batch with a partition of any table under out_dir."""
    return sorted(
        {
            folder.name.removeprefix(f"{PARTITION_KEY}=")
            for table in ALL_TABLES
            for folder in (out_dir / table).glob(f"{PARTITION_KEY}=*")
            if folder.is_dir()
        }
    )


def read_batch(out_dir: Path, table: str, batch_id: str) -> pd.DataFrame:
    """One batch's rows of a table, batch_id taken from the partition folder (Hive)."""
    root = out_dir / table
    files = sorted(str(p) for p in (root / f"{PARTITION_KEY}={batch_id}").glob("*.parquet"))
    if not files:
        return SCHEMAS[table].empty_table().to_pandas()
    partitioning = ds.HivePartitioning(pa.schema([(PARTITION_KEY, pa.string())]), segment_encoding="none")
    dataset = ds.dataset(
        files, SCHEMAS[table], format="parquet", partitioning=partitioning, partition_base_dir=str(root)
    )
    return dataset.to_table().to_pandas()


def _text(value: object) -> str:
    """A cell as text; missing values (None, NaN, NA) as the empty string."""
    return "" if value is None or (not isinstance(value, list | tuple) and pd.isna(value)) else str(value)


def count_rows(out_dir: Path, table: str, batch_id: str) -> int:
    """Rows of one batch's partition, from the Parquet footers (no data read)."""
    files = (out_dir / table / f"{PARTITION_KEY}={batch_id}").glob("*.parquet")
    return sum(pq.ParquetFile(f).metadata.num_rows for f in files)


def batch_overview(out_dir: Path, batch_id: str) -> BatchFigures:
    """Counts and runs only: what the index page shows of each batch."""
    counts = {name: count_rows(out_dir, name, batch_id) for name in CONTENT_TABLES}
    return BatchFigures(batch_id, counts, runs=_runs(read_batch(out_dir, "runs", batch_id)))


def _ranked(entities: pd.DataFrame, label: str, details: dict[str, str] | None = None) -> list[Ranked]:
    rows = entities[entities["label"] == label].sort_values(["n_mentions", "name"], ascending=[False, True])
    return [
        Ranked(str(r.name), int(r.n_mentions), (details or {}).get(r.entity_id, "") or _text(r.admin_path))
        for r in rows.head(TOP).itertuples()
    ]


def _person_roles(roles: pd.DataFrame) -> dict[str, str]:
    """person entity id -> the roles written beside the name, most frequent first."""
    out: dict[str, str] = {}
    for person, group in roles.dropna(subset=["role"]).groupby("person_entity_id"):
        out[str(person)] = "、".join(group["role"].value_counts().index[:3])
    return out


def _county_names(models: Path | str | None) -> Callable[[str], tuple[str, str]]:
    """County code -> (name, path) from the gazetteer; the code itself where it is unknown."""
    try:
        gazetteer = load_gazetteer(models)
    except (FileNotFoundError, ValueError):
        gazetteer = None

    def name(code: str) -> tuple[str, str]:
        division = gazetteer.get(code) if gazetteer else None
        return (division.name, division.path) if division else (code, code)

    return name


def _counties(
    statistics: pd.DataFrame, entities: pd.DataFrame, models: Path | str | None
) -> tuple[list[Ranked], int]:
    """Statistics per county (the first six digits of the place's admin code: 县/区/县级市),
    split by kind; and how many statistics have no place resolved at county level or below."""
    codes = dict(zip(entities["entity_id"], entities["admin_code"], strict=True))
    by_county: dict[str, Counter[str]] = {}
    outside = 0
    for place_id, kind in zip(statistics["place_entity_id"], statistics["kind"], strict=True):
        code = codes.get(place_id)
        if not isinstance(code, str) or len(code) < 6:
            outside += 1
            continue
        by_county.setdefault(code[:6], Counter())[str(kind)] += 1
    county = _county_names(models)
    ranked = []
    for code, kinds in by_county.items():
        name, path = county(code)
        ranked.append(Ranked(name, sum(kinds.values()), path, tuple(sorted(kinds.items()))))
    return sorted(ranked, key=lambda r: (-r.count, r.name)), outside


def _timeline(dates: pd.DataFrame) -> tuple[list[Ranked], str, int]:
    """Date mentions per day (or per month when too many days), and those without a year."""
    keys = [m.group(0) if (m := _DAY.match(str(v))) else None for v in dates["value"]]
    dated = [k for k in keys if k]
    unit = "day"
    if len(set(dated)) > MAX_TIMELINE_BARS:
        dated, unit = [k[:7] for k in dated], "month"
    counts = Counter(dated)
    return [Ranked(k, counts[k]) for k in sorted(counts)], unit, len(keys) - len(dated)


def _errors(text: str) -> list[dict[str, str]]:
    try:
        rows = json.loads(text or "[]")
    except json.JSONDecodeError:
        return [{"source_path": "", "reason": f"unreadable errors field: {text[:200]}"}]
    return [{"source_path": str(r.get("source_path", "")), "reason": str(r.get("reason", ""))} for r in rows]


def _runs(runs: pd.DataFrame) -> list[RunInfo]:
    out = []
    for r in runs.sort_values("started_at", ascending=False).itertuples():
        errors = _errors(r.errors)
        out.append(
            RunInfo(
                str(r.run_id), str(r.status), f"{r.started_at:%Y-%m-%d %H:%M:%S} UTC",
                (r.finished_at - r.started_at).total_seconds(), int(r.n_documents),
                str(r.pipeline_version), str(r.schema_version),
                failed=errors[: int(r.n_failed)], warnings=errors[int(r.n_failed) :],
            )
        )
    return out


def _articles(articles: pd.DataFrame) -> list[Article]:
    rows = articles.sort_values(["doc_id", "seq"])
    return [
        Article(
            _text(r.headline), "、".join(str(b) for b in r.bylines), str(r.kind), _text(r.publication_date),
        )
        for r in rows.itertuples()
    ]


def batch_figures(out_dir: Path, batch_id: str, models: Path | str | None = None) -> BatchFigures:
    """Everything a batch page shows; `models` is the models folder whose gazetteer names the
    counties (default: the shipped one)."""
    needed = ("articles", "entities", "statistics", "dates", "person_roles", "runs")  # not tokens
    tables = {name: read_batch(out_dir, name, batch_id) for name in needed}
    entities = tables["entities"]
    counties, outside = _counties(tables["statistics"], entities, models)
    timeline, unit, without_year = _timeline(tables["dates"])
    return BatchFigures(
        batch_id=batch_id,
        counts={name: len(tables[name]) if name in tables else count_rows(out_dir, name, batch_id)
                for name in CONTENT_TABLES},
        people=_ranked(entities, "PERSON", _person_roles(tables["person_roles"])),
        organizations=_ranked(entities, "ORG"),
        places=_ranked(entities, "LOC"),
        counties=counties,
        stats_outside_counties=outside,
        timeline=timeline,
        timeline_unit=unit,
        dates_without_year=without_year,
        articles=_articles(tables["articles"]),
        runs=_runs(tables["runs"]),
    )
