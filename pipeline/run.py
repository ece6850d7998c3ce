"""The stage graph: raw files -> documents -> articles/sentences/tokens -> mentions/entities
-> statistics/dates/person_roles, for one batch. Nothing else lives here: stages are in
pipeline/stages, I/O in pipeline/io, scale-out in pipeline/executors, the rows' way to the
output (streamed, then published all or nothing) in pipeline/publish."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import time
import uuid
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import executors, io, pagedate, skip, windows
from pipeline.about import package_version
from pipeline.assembly import Packed, merge_entities
from pipeline.config import Config, shipped_models_dir
from pipeline.graph import STAGES, Stage, Tables
from pipeline.io import LockedError
from pipeline.nlp.gazetteer import gazetteer_path
from pipeline.nlp.ner import NerConfigError, load_ner
from pipeline.publish import RunBase, WriteFailed, record_failure, stream_and_publish
from pipeline.quantities.object_choice import MODEL_FILE as OBJECT_MODEL_FILE
from pipeline.quantities.object_choice import shipped_model as shipped_object_model
from pipeline.records import RECORDS, Document, coerce
from pipeline.schema import SCHEMA_VERSION, to_table
from pipeline.stages import clean, ingest
from pipeline.stages.ingest import list_batch_files
from pipeline.timelimit import FileTimeout, time_limit

# what the CLI and library callers use; the stage modules stay behind this
__all__ = [
    "STAGES",
    "Config",
    "FileOutcome",
    "FileTimeout",
    "LockedError",
    "NerConfigError",
    "RunConfig",
    "RunReport",
    "Stage",
    "WriteFailed",
    "list_batch_files",
    "run_batch",
    "run_stage",
]

Row = dict[str, Any]  # a row as pyarrow reads it back (`Table.to_pylist`)
RunConfig = Config  # the name callers knew; pipeline.config.Config is the settings object


@dataclass
class FileOutcome:
    source_path: str
    doc_id: str | None = None
    tables: Tables = field(default_factory=dict)
    error: str | None = None
    duplicate_of: str | None = None
    seconds: float = 0.0
    warning: str | None = None

    @property
    def document(self) -> Document:
        rows = self.tables["documents"]
        if not isinstance(rows, pa.Table):
            return coerce(Document, rows[0])
        # raw_offsets as the clean stage holds them (an int32 array), not a Python int each
        offsets = array("i", rows.column("raw_offsets")[0].values.to_numpy(zero_copy_only=False).tobytes())
        return coerce(Document, {**rows.drop_columns(["raw_offsets"]).to_pylist()[0], "raw_offsets": offsets})

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (the work sent to a worker, its results sent back): each table as one list
        per column, which pickle in C; pickled one by one, the records of a worker's results
        cost it and the parent more than a twentieth of a run."""
        state = dict(self.__dict__)
        state["tables"] = {
            name: rows if isinstance(rows, pa.Table) else [list(map(attrgetter(f), rows)) for f in fields_]
            for name, rows in self.tables.items() for fields_ in [_FIELDS[name]]
        }
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        columns = state.pop("tables")
        self.__dict__.update(state)
        self.tables = {name: cols if isinstance(cols, pa.Table) else list(map(RECORDS[name], *cols))
                       for name, cols in columns.items()}


_FIELDS = {name: tuple(f.name for f in fields(cls)) for name, cls in RECORDS.items()}


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


class EmptyBatchError(RuntimeError):
    """The batch folder holds no files: publishing it would erase the batch."""


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
NO_CHINESE = "warning: no Chinese characters; kept as a document, no entities extracted"


def make_document(raw: ingest.RawDocument, batch_id: str, config: Config, ingested_at: datetime) -> Document:
    """The `documents` row of one decoded file: cleaned text plus its map to the raw text, and
    the page's date as far as the file alone tells it (pipeline.pagedate)."""
    cleaned = clean.clean_text(raw.text)
    pub_date, pub_year = pagedate.page_date(
        cleaned.text, (raw.source_path, batch_id), config.publication_date, config.publication_year
    )
    return Document(
        doc_id=raw.doc_id,
        batch_id=batch_id,
        source_path=raw.source_path,
        source_sha256=raw.source_sha256,
        encoding=raw.encoding,
        n_chars=len(cleaned.text),
        text=cleaned.text,
        ingested_at=ingested_at,
        raw_offsets=cleaned.raw_offsets,  # the compact int32 array, not a tuple of ints
        publication_date=pub_date,
        publication_year=pub_year,
    )


def _skipped(stage: Stage, document: Document) -> bool:
    """The Chinese NER only invents names on a page without Chinese: its stage yields nothing."""
    return "mentions" in stage.outputs and not _CJK.search(document.text)


def analyze_document(document: Document, config: Config, tables: Tables | None = None,
                     until: str | None = None) -> Tables:
    """Every stage after ingest, for one document, in graph order; a text longer than
    ``config.window_chars`` window by window (pipeline.windows), so memory stays bounded.
    Stages whose tables ``tables`` already holds are not run again, and ``until`` stops
    before that stage (a text in windows runs whole only: ``until`` leaves it as it is)."""
    cuts = windows.spans(document.text, config.window_chars)
    if len(cuts) == 1:
        return _analyze_whole(document, config, tables, until)
    if until is not None:
        return dict(tables or {"documents": [document]})
    found = windows.Windows(document)
    for start, end in cuts:
        found.add(_analyze_whole(windows.part(document, start, end), config), start)
    return found.tables(merge_entities)


def _analyze_whole(document: Document, config: Config, tables: Tables | None = None,
                   until: str | None = None) -> Tables:
    tables = dict(tables or {"documents": [document]})
    for stage in STAGES.values():
        if stage.name == until:
            break
        if all(name in tables for name in stage.outputs):
            continue
        if _skipped(stage, document):
            tables.update({name: [] for name in stage.outputs})
            continue
        tables.update(stage.run(document, {name: tables[name] for name in stage.inputs}, config))
    return tables


def ingest_file(
    path: Path, raw_root: Path, batch_id: str, config: Config, ingested_at: datetime
) -> FileOutcome:
    """Read, decode and clean one file into its `documents` row. Never raises for bad input:
    the outcome carries the reason, so one broken file cannot cost the others their results."""
    began = time.perf_counter()
    rel = ingest.display_path(path, raw_root)
    outcome = FileOutcome(source_path=rel)
    try:
        with time_limit(config.file_timeout, rel):
            raw = ingest.read_raw_document(
                path, raw_root, max_bytes=config.max_bytes,
                follow_symlinks=config.follow_symlinks,
            )
            outcome.doc_id = raw.doc_id
            outcome.tables = {"documents": [make_document(raw, batch_id, config, ingested_at)]}
    except (ingest.IngestError, FileTimeout) as err:
        outcome.error = str(err)
    except Exception as err:  # an unexpected failure on one page must not sink the batch
        outcome.error = f"{rel}: ingest failed: {type(err).__name__}: {err}"
    if outcome.error:
        outcome.doc_id, outcome.tables = None, {}
    outcome.seconds = time.perf_counter() - began
    return outcome


def analyze_file(outcome: FileOutcome, config: Config, until: str | None = None) -> FileOutcome:
    """Every stage after ingest for one ingested file (``until``: the stages before that one)."""
    if outcome.error or outcome.duplicate_of:
        return outcome
    began = time.perf_counter()
    try:
        with time_limit(config.file_timeout, outcome.source_path):
            document = outcome.document
            outcome.tables = analyze_document(document, config, outcome.tables, until)
            if until is None and not _CJK.search(document.text):
                outcome.warning = NO_CHINESE
    except FileTimeout as err:
        outcome.error, outcome.tables = str(err), {}
    except Exception as err:  # a stage bug on one page must not sink the batch
        outcome.error = f"{outcome.source_path}: processing failed: {type(err).__name__}: {err}"
        outcome.tables = {}
    outcome.seconds += time.perf_counter() - began
    return outcome


def analyze_files(outcomes: list[FileOutcome], config: Config) -> list[FileOutcome]:
    """Every stage after ingest for several ingested files (the unit of work sent to
    executors). A stage with a ``prepare`` hook runs after every file has run the stages
    before it, so that the hook sees all their inputs at once (the NER tags the sentences of
    every page in few network calls); the rows are those of ``analyze_file`` on each file."""
    for stage in STAGES.values():
        if stage.prepare is None:
            continue
        ready = [analyze_file(o, config, until=stage.name) for o in outcomes]
        inputs = [{name: o.tables[name] for name in stage.inputs} for o in ready
                  if not (o.error or o.duplicate_of or _skipped(stage, o.document))
                  and all(name in o.tables for name in stage.inputs)]  # a text in windows: not yet
        with contextlib.suppress(Exception):  # unprepared, the stage still runs, and fails per file
            stage.prepare(inputs, config)
    return [analyze_file(o, config) for o in outcomes]


def analyze_compacted(outcomes: list[FileOutcome], config: Config) -> Packed:
    """``analyze_files``, its rows held as Arrow tables (``assembly.Packed``): built where the
    rows were made (a worker), sent back as whole tables."""
    return Packed(analyze_files(outcomes, config))


def process_file(
    path: Path, raw_root: Path, batch_id: str, config: Config, ingested_at: datetime
) -> FileOutcome:
    """One file through every stage, on its own (no batch context such as a shared year)."""
    return analyze_file(ingest_file(path, raw_root, batch_id, config, ingested_at), config)


WARM_UP_TEXT = "新华社北京1月2日电 国务院总理在北京主持召开会议，3个省份的120名代表参加。\n"


def load_models(config: Config) -> None:
    """Load the models a run needs into this process's caches (a worker's initializer): the
    NER, then every stage's lazy loaders (jieba, spaCy, the gazetteer) through one short text,
    so workers forked after this start warm instead of each loading them again."""
    load_ner(config.ner)
    raw = ingest.RawDocument("warm-up.txt", "", "utf-8", WARM_UP_TEXT)
    analyze_document(make_document(raw, "warm-up", config, datetime.now(UTC)), config)


def ingest_batch(
    files: list[Path],
    raw_root: Path,
    batch_id: str,
    config: Config,
    ingested_at: datetime,
    previous_ingest: dict[str, datetime] | None = None,
) -> list[FileOutcome]:
    """Ingest every file of a batch here (cheap) and apply what the batch knows as a whole
    (a rerun's first ingest times, duplicates, the year of pages that do not write it): all
    that the later stages need from the whole batch is decided here, before any row is made."""
    ingested = [ingest_file(path, raw_root, batch_id, config, ingested_at) for path in files]
    for outcome in ingested:
        if not outcome.error and previous_ingest and outcome.doc_id in previous_ingest:
            first = previous_ingest[outcome.doc_id]
            outcome.tables["documents"] = [replace(outcome.document, ingested_at=first)]
    mark_duplicates(ingested)
    fill_batch_year(ingested)
    return ingested


def analyze_batch(ingested: list[FileOutcome], config: Config,
                  compact: bool = False) -> Iterator[FileOutcome]:
    """Every stage after ingest for the ingested files of a batch, on the configured executor,
    outcome by outcome as they come back (in file order, except on Dask). ``compact``: the
    outcomes' tables as Arrow tables (``assembly.compact``)."""
    return executors.map_chunks(analyze_compacted if compact else analyze_files, ingested, config,
                                executor=config.executor,
                                workers=config.workers or executors.default_workers(),
                                initializer=load_models, initargs=(config,))


def process_files(
    files: list[Path],
    raw_root: Path,
    batch_id: str,
    config: Config,
    ingested_at: datetime,
    previous_ingest: dict[str, datetime] | None = None,
    progress: Callable[[FileOutcome], None] | None = None,
    compact: bool = False,
) -> list[FileOutcome]:
    """The files of one batch (``ingest_batch``, then ``analyze_batch``), every outcome with its
    tables (the evaluation's entry point; a run streams them to its output instead)."""
    outcomes = []
    for outcome in analyze_batch(ingest_batch(files, raw_root, batch_id, config, ingested_at,
                                              previous_ingest), config, compact):
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes


def fill_batch_year(outcomes: list[FileOutcome]) -> None:
    """A page that never writes its year takes the year the other pages of its batch state
    (pipeline.pagedate.batch_years), also over the year its text only implies; relative dates
    on it then resolve to full dates."""
    docs = [o.document for o in outcomes if not o.error]
    implied = {d.doc_id for d in docs if pagedate.year_is_implied(d)}
    years = pagedate.batch_years(
        [(d.source_path, None if d.doc_id in implied else d.publication_year) for d in docs]
    )
    fallback = pagedate.batch_year(d.publication_year for d in docs)  # implied years only
    for outcome in outcomes:
        if outcome.error or outcome.duplicate_of:
            continue
        doc = outcome.document
        year = years.get(doc.source_path) or (None if doc.publication_year else fallback)
        if year:
            outcome.tables["documents"] = [replace(doc, publication_year=year)]


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


def _previous_ingest_times(out_dir: Path, batch_id: str) -> dict[str, datetime]:
    """Keep a document's first ingest time when a batch is rerun, so reruns are identical."""
    previous = io.read_partition(out_dir, "documents", batch_id, columns=["doc_id", "ingested_at"])
    if previous is None:
        return {}
    return dict(
        zip(previous.column("doc_id").to_pylist(), previous.column("ingested_at").to_pylist(), strict=True)
    )


def _models_manifest(config: Config) -> str:
    try:
        ner = load_ner(config.ner_spec).describe()
    except Exception as err:  # recorded, the run itself reports the failure
        ner = {"error": str(err)}
    path = gazetteer_path(config.models_dir)
    gazetteer = {
        "path": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else None,
    }
    objects = shipped_models_dir() / OBJECT_MODEL_FILE  # read from the shipped models, as the stage does
    object_model = {
        "path": OBJECT_MODEL_FILE.as_posix(),
        "sha256": hashlib.sha256(objects.read_bytes()).hexdigest()[:16] if objects.exists() else None,
    }
    return json.dumps(
        {"ner": ner, "gazetteer": gazetteer, "objects": object_model}, ensure_ascii=False, sort_keys=True
    )


@cache
def code_fingerprint() -> str:
    """Hash of the pipeline's own source and word lists (``pipeline/lexicons/*.tsv``), so a
    change of code or of a list counts as a change of input."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.tsv")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def input_fingerprint(files: list[Path], raw_dir: Path, config: Config, models: str) -> str:
    """What a batch's output depends on: its files' bytes, the code, the models (``models``:
    ``skip.models_fingerprint``, by content, no model loaded), the config.
    Files are hashed in chunks; one that cannot be read counts by its reason, never fails."""
    digest = hashlib.sha256()
    for part in (package_version(), code_fingerprint(), SCHEMA_VERSION, models, config.output_json()):
        digest.update(part.encode() + b"\x00")
    for path in files:
        digest.update(ingest.display_path(path, raw_dir).encode() + b"\x00")
        digest.update(ingest.file_digest(
            path, raw_dir, max_bytes=config.max_bytes, follow_symlinks=config.follow_symlinks
        ))
    return digest.hexdigest()


def run_batch(
    raw_dir: Path,
    out_dir: Path,
    batch_id: str | None = None,
    config: Config | None = None,
    progress: Callable[[FileOutcome], None] | None = None,
    force: bool = False,
    allow_empty: bool = False,
) -> RunReport:
    """Process every file of a batch folder and publish the batch's partitions all or nothing.

    Incremental: when the batch's files, the code, the models and the config are all as at its
    last completed run, nothing is recomputed and a `skipped` run is recorded (unless force).
    Refused before any work: a batch id outside ``io.BATCH_ID_PATTERN`` (io.BatchIdError) and,
    unless allow_empty, a batch folder with no files (EmptyBatchError), which would otherwise
    replace a published batch with nothing."""
    config = config or Config()
    if config.workers is None:  # recorded in runs.config as the number it ran with
        config = replace(config, workers=executors.default_workers())
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    batch_id = io.validate_batch_id(raw_dir.resolve().name if batch_id is None else batch_id)
    executors.check_executor(config.executor)
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    started = datetime.now(UTC)
    began = time.perf_counter()
    files = ingest.list_batch_files(raw_dir)
    if not files and not allow_empty:
        raise EmptyBatchError(
            f"batch folder {raw_dir} holds no files; batch {batch_id!r} is left as it is "
            "(--allow-empty publishes an empty batch)"
        )
    with io.run_lock(out_dir):
        io.recover(out_dir)
        models = skip.models_fingerprint(config, out_dir / skip.MANIFESTS)
        fingerprint = input_fingerprint(files, raw_dir, config, models)
        # decided from the batch manifest before any model is loaded or table read
        done = None if force else skip.unchanged(out_dir, batch_id, fingerprint)
        if done is not None:
            base = RunBase(run_id, batch_id, started, config, str(done.get("models", "")), fingerprint)
            io.append_run(out_dir, base.table("skipped", {}, []), run_id, batch_id)
            return RunReport(run_id, batch_id, out_dir, "skipped", [], {}, time.perf_counter() - began)
        load_ner(config.ner_spec)  # a missing model fails here, before any file is read
        shipped_object_model()  # and a missing object model (ObjectModelError, a ValueError)
        base = RunBase(run_id, batch_id, started, config, _models_manifest(config), fingerprint)
        try:
            previous = _previous_ingest_times(out_dir, batch_id)
            ingested = ingest_batch(files, raw_dir, batch_id, config, started, previous)
            analyzed = analyze_batch(ingested, config, compact=True)
            status, counts, outcomes = stream_and_publish(out_dir, base, ingested, analyzed, progress)
        except executors.ExecutorError as err:
            record_failure(out_dir, base, str(err))
            raise
    return RunReport(run_id, batch_id, out_dir, status, outcomes, counts, time.perf_counter() - began)


def _grouped(name: str, table: pa.Table) -> dict[str, list[Any]]:
    """A table read back from its partition, as records grouped by document."""
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in table.to_pylist():
        groups[row["doc_id"]].append(coerce(RECORDS[name], row))
    return groups


def run_stage(name: str, out_dir: Path, batch_id: str, config: Config | None = None) -> dict[str, int]:
    """Rerun one stage on a batch already in `out_dir`, from the tables it reads, and replace
    the tables it writes. Later stages are not rerun: run them next if their inputs changed."""
    if name not in STAGES:
        raise ValueError(f"unknown stage {name!r}; stages: {', '.join(STAGES)} (ingest runs with `run`)")
    config = config or Config()
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
        grouped = {table: _grouped(table, value) for table, value in inputs.items() if value is not None}
        rows: Tables = defaultdict(list)
        for (document,) in grouped["documents"].values():
            doc_tables = {table: grouped[table].get(document.doc_id, []) for table in stage.inputs}
            for table, table_rows in stage.run(document, doc_tables, config).items():
                rows[table].extend(table_rows)
        if "entities" in rows:
            rows["entities"] = merge_entities(rows["entities"])
        tables = {table: to_table(table, rows[table]) for table in stage.outputs}
        run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        skip.forget(out_dir, batch_id)  # changed outside a run: the next run recomputes it
        io.replace_partitions(out_dir, batch_id, tables, run_id)
    return {table: t.num_rows for table, t in tables.items()}
