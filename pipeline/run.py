"""The stage graph: raw files -> documents -> articles/sentences/tokens -> mentions/entities
-> statistics/dates/person_roles, for one batch. Nothing else lives here: stages are in
pipeline/stages, I/O in pipeline/io, scale-out in pipeline/executors."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import executors, io
from pipeline.nlp.gazetteer import gazetteer_path
from pipeline.nlp.ner import DEFAULT_NER, load_ner
from pipeline.schema import CONTENT_TABLES, SCHEMA_VERSION, to_table
from pipeline.stages import STAGE_NAMES, clean, dates, entities, ingest, places, roles, segment, statistics

Record = dict[str, Any]
Tables = dict[str, list[Any]]  # rows: records (pipeline.records) or dicts, while stages move to records


def pipeline_version() -> str:
    try:
        return version("cnnews-pipeline")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


@dataclass(frozen=True)
class RunConfig:
    """Everything that changes the output of a run; recorded as JSON in the `runs` table."""

    ner: str = DEFAULT_NER
    max_bytes: int = ingest.DEFAULT_MAX_BYTES
    publication_date: date | None = None  # the page's date when the batch knows it
    publication_year: int | None = None  # or only its year
    home_place: str | None = None  # the paper's home city, for place disambiguation
    executor: str = "local"  # local | dask | dask:<scheduler address>

    def to_json(self) -> str:
        data = asdict(self)
        data["publication_date"] = self.publication_date.isoformat() if self.publication_date else None
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


@dataclass
class FileOutcome:
    source_path: str
    doc_id: str | None = None
    tables: Tables = field(default_factory=dict)
    error: str | None = None
    duplicate_of: str | None = None
    seconds: float = 0.0


@dataclass
class RunReport:
    run_id: str
    batch_id: str
    out_dir: Path
    status: str
    outcomes: list[FileOutcome]
    row_counts: dict[str, int]
    seconds: float

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.error]

    @property
    def ok(self) -> bool:
        return self.status == "ok"


# --- per-document stages -------------------------------------------------------------------
# Each takes the document record and the tables produced so far for it, and returns new tables.


def _plain(records: Iterable[Any]) -> list[Record]:
    """Records as the plain rows the other stages index today (lists as lists). Transitional:
    goes once every stage takes records."""
    return [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(r).items()} for r in records]


def _segment(document: Record, tables: Tables, config: RunConfig) -> Tables:
    articles, sentences, tokens = segment.segment_document(document)
    return {"articles": _plain(articles), "sentences": _plain(sentences), "tokens": _plain(tokens)}


def _entities(document: Record, tables: Tables, config: RunConfig) -> Tables:
    mentions = entities.extract_mentions(
        document, tables["articles"], tables["sentences"], load_ner(config.ner)
    )
    resolved, entity_rows = places.resolve_entities(
        document,
        tables["articles"],
        mentions,
        home_place=config.home_place or "太原市",  # until pipeline/config.py holds this default
    )
    # records -> rows while the later stages and merge_entities still take dicts
    return {"mentions": [asdict(m) for m in resolved], "entities": [asdict(e) for e in entity_rows]}


def _dates(document: Record, tables: Tables, config: RunConfig) -> Tables:
    return {"dates": dates.dates(document, tables["articles"], tables["sentences"])}


def _statistics(document: Record, tables: Tables, config: RunConfig) -> Tables:
    stats = statistics.statistics(
        document,
        tables["articles"],
        tables["sentences"],
        tables["tokens"],
        tables["mentions"],
        tables["dates"],
    )
    return {"statistics": stats}


def _roles(document: Record, tables: Tables, config: RunConfig) -> Tables:
    rows = roles.person_roles(
        document, tables["articles"], tables["sentences"], tables["tokens"], tables["mentions"]
    )
    return {"person_roles": _plain(rows)}


@dataclass(frozen=True)
class Stage:
    name: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    run: Callable[[Record, Tables, RunConfig], Tables]


STAGES: dict[str, Stage] = {
    stage.name: stage
    for stage in (
        Stage("segment", ("documents",), ("articles", "sentences", "tokens"), _segment),
        Stage("entities", ("documents", "articles", "sentences"), ("mentions", "entities"), _entities),
        Stage("dates", ("documents", "articles", "sentences"), ("dates",), _dates),
        Stage(
            "statistics",
            ("documents", "articles", "sentences", "tokens", "mentions", "dates"),
            ("statistics",),
            _statistics,
        ),
        Stage(
            "roles", ("documents", "articles", "sentences", "tokens", "mentions"), ("person_roles",), _roles
        ),
    )
}


assert tuple(STAGES) == STAGE_NAMES, "pipeline.stages.STAGE_NAMES must list STAGES in order"


def make_document(raw: ingest.RawDocument, batch_id: str, config: RunConfig, ingested_at: datetime) -> Record:
    """The `documents` row of one decoded file: cleaned text plus its map to the raw text."""
    cleaned = clean.clean_text(raw.text)
    # the publication date: given by the caller, else named by the file or batch, else the
    # latest full date written on the page; fill_batch_year covers pages with none of these
    named_date, named_year = ingest.date_from_name(raw.source_path, batch_id)
    pub_date = config.publication_date or named_date
    if pub_date is None and not (config.publication_year or named_year):
        pub_date = segment.publication_date_from_text(cleaned.text)
    pub_year = config.publication_year or (pub_date.year if pub_date else named_year)
    return {
        "doc_id": raw.doc_id,
        "batch_id": batch_id,
        "source_path": raw.source_path,
        "source_sha256": raw.source_sha256,
        "encoding": raw.encoding,
        "n_chars": len(cleaned.text),
        "text": cleaned.text,
        "ingested_at": ingested_at,
        "raw_offsets": cleaned.raw_offsets,
        "publication_date": pub_date,
        "publication_year": pub_year,
    }


def analyze_document(document: Record, config: RunConfig) -> Tables:
    """Every stage after ingest, for one document."""
    tables: Tables = {"documents": [document]}
    for stage in STAGES.values():
        tables.update(stage.run(document, tables, config))
    return tables


def ingest_file(
    path: Path, raw_root: Path, batch_id: str, config: RunConfig, ingested_at: datetime
) -> FileOutcome:
    """Read, decode and clean one file into its `documents` row. Never raises for bad input:
    the outcome carries the reason, so one broken file cannot cost the others their results."""
    began = time.perf_counter()
    rel = path.relative_to(raw_root).as_posix()
    outcome = FileOutcome(source_path=rel)
    try:
        raw = ingest.read_raw_document(path, raw_root, max_bytes=config.max_bytes)
        outcome.doc_id = raw.doc_id
        outcome.tables = {"documents": [make_document(raw, batch_id, config, ingested_at)]}
    except ingest.IngestError as err:
        outcome.error = str(err)
    except Exception as err:  # an unexpected failure on one page must not sink the batch
        outcome.error = f"{rel}: ingest failed: {type(err).__name__}: {err}"
    outcome.seconds = time.perf_counter() - began
    return outcome


def analyze_file(outcome: FileOutcome, config: RunConfig) -> FileOutcome:
    """Every stage after ingest for one ingested file (the unit of work sent to executors)."""
    if outcome.error or outcome.duplicate_of:
        return outcome
    began = time.perf_counter()
    try:
        outcome.tables = analyze_document(outcome.tables["documents"][0], config)
    except Exception as err:  # a stage bug on one page must not sink the batch
        outcome.error = f"{outcome.source_path}: processing failed: {type(err).__name__}: {err}"
        outcome.tables = {}
    outcome.seconds += time.perf_counter() - began
    return outcome


def process_file(
    path: Path, raw_root: Path, batch_id: str, config: RunConfig, ingested_at: datetime
) -> FileOutcome:
    """One file through every stage, on its own (no batch context such as a shared year)."""
    return analyze_file(ingest_file(path, raw_root, batch_id, config, ingested_at), config)


def process_files(
    files: list[Path],
    raw_root: Path,
    batch_id: str,
    config: RunConfig,
    ingested_at: datetime,
    previous_ingest: dict[str, datetime] | None = None,
    progress: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """The files of one batch: ingest each here (cheap), apply what the batch knows as a whole
    (duplicates, the year of pages that do not write it), then analyze documents on the
    configured executor."""
    ingested = [ingest_file(path, raw_root, batch_id, config, ingested_at) for path in files]
    for outcome in ingested:
        if not outcome.error and outcome.doc_id in (previous_ingest or {}):
            outcome.tables["documents"][0]["ingested_at"] = previous_ingest[outcome.doc_id]
    mark_duplicates(ingested)
    fill_batch_year(ingested)
    outcomes = []
    for outcome in executors.map_each(analyze_file, ingested, config, executor=config.executor):
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes


def fill_batch_year(outcomes: list[FileOutcome]) -> None:
    """A page that never writes its year takes the year most pages of its batch state (a batch
    is one issue or day of a paper); relative dates on it then resolve to full dates."""
    years = Counter(
        o.tables["documents"][0]["publication_year"]
        for o in outcomes
        if not o.error and o.tables["documents"][0]["publication_year"]
    )
    if not years:
        return
    year = min(y for y, n in years.items() if n == max(years.values()))
    for outcome in outcomes:
        if outcome.error or outcome.duplicate_of:
            continue
        document = outcome.tables["documents"][0]
        if document["publication_year"] is None:
            document["publication_year"] = year


def merge_entities(rows: Iterable[Record]) -> list[Record]:
    """Per-document entity rows -> one row per entity in the batch."""
    merged: dict[str, Record] = {}
    for row in rows:
        seen = merged.get(row["entity_id"])
        if seen is None:
            merged[row["entity_id"]] = {**row, "aliases": list(row["aliases"])}
            continue
        seen["n_mentions"] += row["n_mentions"]
        seen["aliases"].extend(a for a in row["aliases"] if a not in seen["aliases"])
    return sorted(merged.values(), key=lambda r: r["entity_id"])


def mark_duplicates(outcomes: list[FileOutcome]) -> None:
    """A page whose text already came in under another file name is kept once (first path in
    sorted order); the others are noted, not failed."""
    first: dict[str, str] = {}
    for outcome in sorted(outcomes, key=lambda o: o.source_path):
        if outcome.error or outcome.doc_id is None:
            continue
        if outcome.doc_id in first:
            outcome.duplicate_of = first[outcome.doc_id]
        else:
            first[outcome.doc_id] = outcome.source_path


def assemble(outcomes: list[FileOutcome], batch_id: str) -> dict[str, pa.Table]:
    """Concatenate per-document tables in a fixed order (by source path) into batch tables."""
    rows: dict[str, list[Record]] = defaultdict(list)
    for outcome in sorted(outcomes, key=lambda o: o.source_path):
        if outcome.error or outcome.duplicate_of:
            continue
        for name, table_rows in outcome.tables.items():
            rows[name].extend(table_rows)
    rows["entities"] = merge_entities(rows["entities"])
    for name in CONTENT_TABLES:
        for i, row in enumerate(rows[name]):
            if isinstance(row, dict):
                row["batch_id"] = batch_id
            else:  # a record (pipeline.records): frozen, so a changed copy
                rows[name][i] = dataclasses.replace(row, batch_id=batch_id)
    return {name: to_table(name, rows[name]) for name in CONTENT_TABLES}


def _previous_ingest_times(out_dir: Path, batch_id: str) -> dict[str, datetime]:
    """Keep a document's first ingest time when a batch is rerun, so reruns are identical."""
    previous = io.read_partition(out_dir, "documents", batch_id)
    if previous is None:
        return {}
    return dict(
        zip(previous.column("doc_id").to_pylist(), previous.column("ingested_at").to_pylist(), strict=True)
    )


def _models_manifest(config: RunConfig) -> str:
    try:
        ner = load_ner(config.ner).describe()
    except Exception as err:  # recorded, the run itself reports the failure
        ner = {"error": str(err)}
    path = gazetteer_path()
    gazetteer = {
        "path": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else None,
    }
    return json.dumps({"ner": ner, "gazetteer": gazetteer}, ensure_ascii=False, sort_keys=True)


@cache
def code_fingerprint() -> str:
    """Hash of the pipeline's own source, so a code change counts as a change of input."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def input_fingerprint(files: list[Path], raw_dir: Path, config: RunConfig, models: str) -> str:
    """What a batch's output depends on: its files' bytes, the code, the models, the config."""
    digest = hashlib.sha256()
    for part in (pipeline_version(), code_fingerprint(), SCHEMA_VERSION, models, config.to_json()):
        digest.update(part.encode() + b"\x00")
    for path in files:
        digest.update(path.relative_to(raw_dir).as_posix().encode() + b"\x00")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _unchanged_since_last_run(out_dir: Path, batch_id: str, fingerprint: str) -> bool:
    runs = io.read_table_partition_files(out_dir, "runs", batch_id)
    done = [r for r in runs if r["status"] in ("ok", "partial")]
    if not done:
        return False
    latest = max(done, key=lambda r: r["started_at"])
    return latest["input_fingerprint"] == fingerprint and all(
        io.partition_dir(out_dir, name, batch_id).exists() for name in CONTENT_TABLES
    )


def run_batch(
    raw_dir: Path,
    out_dir: Path,
    batch_id: str | None = None,
    config: RunConfig | None = None,
    progress: Callable[[FileOutcome], None] | None = None,
    force: bool = False,
) -> RunReport:
    """Process every file of a batch folder and replace the batch's partitions atomically.

    Incremental: when the batch's files, the code, the models and the config are all as at its
    last completed run, nothing is recomputed and a `skipped` run is recorded (unless force)."""
    config = config or RunConfig()
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    batch_id = batch_id or raw_dir.resolve().name
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    started = datetime.now(UTC)
    began = time.perf_counter()
    files = ingest.list_batch_files(raw_dir)
    load_ner(config.ner)  # fail fast on a missing model, before any file is read
    models = _models_manifest(config)
    with io.run_lock(out_dir):
        io.recover(out_dir)
        fingerprint = input_fingerprint(files, raw_dir, config, models)
        if not force and _unchanged_since_last_run(out_dir, batch_id, fingerprint):
            run_row = {
                **_run_row(run_id, batch_id, started, "skipped", {}, 0, [], config, models),
                "input_fingerprint": fingerprint,
            }
            io.append_run(out_dir, to_table("runs", [run_row]), run_id, batch_id)
            return RunReport(run_id, batch_id, out_dir, "skipped", [], {}, time.perf_counter() - began)
        previous = _previous_ingest_times(out_dir, batch_id)
        outcomes = process_files(files, raw_dir, batch_id, config, started, previous, progress)
        good = [o for o in outcomes if not o.error]
        tables = assemble(outcomes, batch_id)
        if good or not outcomes:
            io.replace_partitions(out_dir, batch_id, tables, run_id)
        status = "ok" if len(good) == len(outcomes) else ("partial" if good else "failed")
        errors = [{"source_path": o.source_path, "reason": o.error} for o in outcomes if o.error]
        n_failed = len(errors)
        errors += [
            {"source_path": o.source_path, "reason": f"skipped: duplicate of {o.duplicate_of} (same text)"}
            for o in outcomes
            if o.duplicate_of
        ]
        run_row = {
            **_run_row(run_id, batch_id, started, status, tables, n_failed, errors, config, models),
            "input_fingerprint": fingerprint,
        }
        io.append_run(out_dir, to_table("runs", [run_row]), run_id, batch_id)
    counts = {name: table.num_rows for name, table in tables.items()}
    return RunReport(run_id, batch_id, out_dir, status, outcomes, counts, time.perf_counter() - began)


def _run_row(run_id: str, batch_id: str, started: datetime, status: str, tables: dict[str, pa.Table],
             n_failed: int, errors: list[dict[str, str | None]], config: RunConfig, models: str) -> Record:
    def rows(name: str) -> int:
        return tables[name].num_rows if name in tables else 0

    return {
        "run_id": run_id,
        "batch_id": batch_id,
        "started_at": started,
        "finished_at": datetime.now(UTC),
        "status": status,
        "n_documents": rows("documents"),
        "n_failed": n_failed,
        "n_mentions": rows("mentions"),
        "n_statistics": rows("statistics"),
        "pipeline_version": pipeline_version(),
        "schema_version": SCHEMA_VERSION,
        "models": models,
        "config": config.to_json(),
        "errors": json.dumps(errors, ensure_ascii=False),
    }


def _grouped(table: pa.Table | None) -> dict[str, list[Record]]:
    groups: dict[str, list[Record]] = defaultdict(list)
    if table is not None:
        for row in table.to_pylist():
            groups[row["doc_id"]].append(row)
    return groups


def run_stage(name: str, out_dir: Path, batch_id: str, config: RunConfig | None = None) -> dict[str, int]:
    """Rerun one stage on a batch already in `out_dir`, from the tables it reads, and replace
    the tables it writes. Later stages are not rerun: run them next if their inputs changed."""
    if name not in STAGES:
        raise ValueError(f"unknown stage {name!r}; stages: {', '.join(STAGES)} (ingest runs with `run`)")
    config = config or RunConfig()
    stage = STAGES[name]
    out_dir = Path(out_dir)
    with io.run_lock(out_dir):
        io.recover(out_dir)
        inputs = {table: io.read_partition(out_dir, table, batch_id) for table in stage.inputs}
        missing = [table for table, value in inputs.items() if value is None]
        if missing:
            raise FileNotFoundError(
                f"stage {name!r} needs table(s) {', '.join(missing)} of batch {batch_id!r} in {out_dir}; "
                "run the whole batch first"
            )
        grouped = {table: _grouped(value) for table, value in inputs.items()}
        rows: dict[str, list[Record]] = defaultdict(list)
        for document in inputs["documents"].to_pylist():
            doc_tables = {table: grouped[table].get(document["doc_id"], []) for table in stage.inputs}
            for table, table_rows in stage.run(document, doc_tables, config).items():
                rows[table].extend(table_rows)
        if "entities" in rows:
            rows["entities"] = merge_entities(rows["entities"])
        tables = {table: to_table(table, rows[table]) for table in stage.outputs}
        run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        io.replace_partitions(out_dir, batch_id, tables, run_id)
    return {table: t.num_rows for table, t in tables.items()}
