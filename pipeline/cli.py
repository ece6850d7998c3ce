"""Command line: each command is a thin shell over the library function of the same name
(`run` -> pipeline.run.run_batch, `stage` -> pipeline.run.run_stage, `inspect` ->
pipeline.summary.inspect), configured by pipeline.config.Config.from_env (defaults, then the
environment, then the options given)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import exitcodes, options
from pipeline.config import (
    DEFAULT_EXECUTOR,
    DEFAULT_FILE_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_NER,
    DEFAULT_WINDOW_CHARS,
    Config,
)
from pipeline.graph import STAGES
from pipeline.startup import thinc_without_torch

if TYPE_CHECKING:
    from pipeline.run import FileOutcome, RunReport

app = typer.Typer(
    help="Chinese news pages (OCR text) -> Parquet tables of articles, entities, places, statistics, dates.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)


def prefer_system_allocator() -> None:
    """Arrow's C++ allocations (the Parquet writer's among them) in the C library's malloc,
    which hands freed buffers back; mimalloc, Arrow's default, kept them and a run's peak RSS
    grew with its batch (issue 13). Arrow reads the variable once, at its first allocation, so
    this runs before any command imports pyarrow; a value the user set is kept."""
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")


def entry(args: list[str] | None = None, prog_name: str | None = None) -> None:
    """The console script (`cnnews`, `python -m pipeline`): a usage error (a bad option value,
    an unknown option or command) is one line on stderr and exit 2, no usage box or traceback."""
    prefer_system_allocator()
    if args is None:  # a process of its own (not a caller's, who may use thinc with torch)
        thinc_without_torch()
    try:
        code = app(args=args, prog_name=prog_name, standalone_mode=False)
    except options.UsageError as err:
        console.print(f"[red]error:[/red] {escape(options.usage_line(err))}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except typer.Abort:
        console.print("aborted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def _print_version(value: bool) -> None:
    if value:
        from pipeline.about import version_lines

        print("\n".join(version_lines()))
        raise typer.Exit(0)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_print_version,
                     help="Print the package, schema and model versions and exit."),
    ] = False,
) -> None:
    """Chinese news pages (OCR text) -> Parquet tables of articles, entities, places, statistics, dates."""

_HOME_HELP = (
    "The paper's home city, for place disambiguation (default: $CNNEWS_HOME_PLACE, else each"
    " page's home region inferred from the places it names; none for a page of national news)."
)

NerOption = Annotated[
    str,
    typer.Option(
        "--ner",
        help="NER backend: 'model' (shipped, default), 'model:<dir>', 'hanlp:<saved model dir>', 'jieba'.",
        callback=options.ner,
    ),
]
ExecutorOption = Annotated[
    str,
    typer.Option(help="'local', 'dask' (local cluster) or 'dask:<scheduler>'.", callback=options.executor),
]
HomePlaceOption = Annotated[str | None, typer.Option(help=_HOME_HELP, callback=options.home_place)]
MaxBytesOption = Annotated[
    int,
    typer.Option(help="Refuse files larger than this many bytes (never read beyond it).",
                 callback=options.positive("--max-bytes", "bytes", "5242880 (5 MB)")),
]


def _config(
    ner: str,
    max_bytes: int,
    publication_date: str | None,
    publication_year: int | None,
    home_place: str | None,
    executor: str,
    **limits: Any,
) -> Config:
    return Config.from_env(
        **limits,
        ner=ner,
        max_bytes=max_bytes,
        publication_date=publication_date,
        publication_year=publication_year,
        home_place=home_place,
        executor=executor,
    )



def _fail(code: int, err: BaseException) -> typer.Exit:
    """One line on stderr and the exit code (no traceback: the reason is the message)."""
    return typer.Exit(_failed(code, err))


def _failed(code: int, err: BaseException) -> int:
    console.print(f"[red]error:[/red] {escape(str(err))}", highlight=False, soft_wrap=True)
    return code


RawDirsArgument = Annotated[
    list[Path], typer.Argument(help="Batch folders of raw page files (a folder's name is its batch id).")
]
OutOption = Annotated[Path, typer.Option("--out", help="Output root of the Parquet tables.")]
BatchIdOption = Annotated[str | None, typer.Option("--batch-id", help="Defaults to the folder's name.")]
PublicationDateOption = Annotated[
    str | None,
    typer.Option(help="Date of the pages (YYYY-MM-DD) when known; anchors relative dates.",
                 callback=options.publication_date),
]
PublicationYearOption = Annotated[
    int | None,
    typer.Option(help="Year of the pages when only that is known.", callback=options.publication_year),
]
WindowCharsOption = Annotated[
    int,
    typer.Option("--window-chars", "--max-chars", min=1000,
                 help="A text longer than this is analysed in windows of at most this many characters "
                      "(cut at a blank line, a line end, a sentence end, else here)."),
]
FileTimeoutOption = Annotated[
    float, typer.Option(help="Seconds one file may take per step before it fails (0: no limit).", min=0)
]
FollowSymlinksOption = Annotated[
    bool, typer.Option("--follow-symlinks", help="Read symbolic links that stay inside the batch folder.")
]
AllowEmptyOption = Annotated[
    bool, typer.Option("--allow-empty", help="Publish an empty batch when the folder holds no files.")
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="Recompute even when files, code, models and config are unchanged.")
]


@app.command()
def run(
    raw_batch_dirs: RawDirsArgument,
    out: OutOption = Path("data/processed"),
    batch_id: BatchIdOption = None,
    ner: NerOption = DEFAULT_NER,
    publication_date: PublicationDateOption = None,
    publication_year: PublicationYearOption = None,
    home_place: HomePlaceOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    window_chars: WindowCharsOption = DEFAULT_WINDOW_CHARS,
    file_timeout: FileTimeoutOption = DEFAULT_FILE_TIMEOUT,
    follow_symlinks: FollowSymlinksOption = False,
    allow_empty: AllowEmptyOption = False,
    executor: ExecutorOption = DEFAULT_EXECUTOR,
    force: ForceOption = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Local worker processes (default: one per core)."),
    ] = None,
) -> None:
    """Run every stage on each batch folder and publish its partitions in OUT, all or nothing.

    A batch whose files, code, models and config are unchanged since its last completed run
    is skipped (a 'skipped' run is recorded) without loading a model, so runs over many
    batch folders only redo what changed; models are loaded once, for the first that did.
    Exit codes (the largest of any batch): 0 ok, 1 some files failed, 2 usage error,
    3 another run holds OUT, 4 batch folder missing or empty, 5 write failed (old data
    intact), 6 executor failed; after a 5 or 6 the later batches are not tried.

    Example: python -m pipeline run data/raw/sample --out data/processed
    """
    # the stages import spaCy and the models: imported here to keep --help fast
    from pipeline import io

    try:
        config = _config(ner, max_bytes, publication_date, publication_year, home_place, executor,
                         window_chars=window_chars, file_timeout=file_timeout,
                         follow_symlinks=follow_symlinks, workers=workers)
        if batch_id is not None and len(raw_batch_dirs) > 1:
            raise ValueError("--batch-id names one batch: give one batch folder with it")
        if len(raw_batch_dirs) == 1:  # of several, a badly named folder fails alone
            io.validate_batch_id(raw_batch_dirs[0].resolve().name if batch_id is None else batch_id)
    except io.BatchIdError as err:
        hint = "" if batch_id is not None else " (the folder's name is the default batch id: pass --batch-id)"
        raise _fail(exitcodes.USAGE, ValueError(f"{err}{hint}")) from err
    except ValueError as err:
        raise _fail(exitcodes.USAGE, err) from err
    code = exitcodes.OK
    for raw_batch_dir in raw_batch_dirs:
        code = max(code, _run_one(raw_batch_dir, out, batch_id, config, force, allow_empty))
        if code in exitcodes.FATAL:
            break
    raise typer.Exit(code)


def _run_one(raw_batch_dir: Path, out: Path, batch_id: str | None, config: Config, force: bool,
             allow_empty: bool) -> int:
    """One batch folder of `run`: its report printed, its exit code returned."""
    from pipeline import io
    from pipeline.executors import ExecutorError
    from pipeline.run import EmptyBatchError, LockedError, NerConfigError, WriteFailed, run_batch

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("pages", total=None)
            report = run_batch(raw_batch_dir, out, batch_id, config, force=force, allow_empty=allow_empty,
                               progress=lambda _: progress.advance(task))
    except io.BatchIdError as err:
        return _failed(exitcodes.USAGE, ValueError(f"{err}; rename the folder {raw_batch_dir}"))
    except (NerConfigError, ValueError, io.UnsafePathError) as err:
        return _failed(exitcodes.USAGE, err)
    except LockedError as err:
        return _failed(exitcodes.LOCKED, err)
    except (EmptyBatchError, FileNotFoundError) as err:
        return _failed(exitcodes.EMPTY_BATCH, err)
    except (WriteFailed, OSError) as err:
        return _failed(exitcodes.WRITE_FAILED, err)
    except ExecutorError as err:
        return _failed(exitcodes.EXECUTOR, err)
    if report.status == "skipped":
        console.print(f"batch {report.batch_id}: unchanged since its last run, skipped (--force to redo)")
        return exitcodes.OK
    _print_report(report)
    return exitcodes.OK if report.ok else exitcodes.FILES_FAILED


# A batch of more files than this lists only the files that need a look (failed, skipped as
# duplicates, warned about) and counts the rest: 2,000 lines of "ok" in a nightly log hide the
# one that matters, and rich draws a large table slowly (0.7 s of a 10 MB run, serial).
LIST_ALL_FILES = 50


def _file_status(outcome: FileOutcome) -> str | None:
    """The status cell of a file's row (rich markup), None for a plain success."""
    if outcome.error:
        return f"[red]{escape(outcome.error)}[/red]"
    if outcome.duplicate_of:
        return f"[yellow]skipped: same text as {outcome.duplicate_of}[/yellow]"
    return f"[yellow]{escape(outcome.warning)}[/yellow]" if outcome.warning else None


def _print_report(report: RunReport) -> None:
    outcomes = sorted(report.outcomes, key=lambda o: o.source_path)
    listed = [o for o in outcomes if len(outcomes) <= LIST_ALL_FILES or _file_status(o) is not None]
    files = Table(title=f"batch {report.batch_id} · run {report.run_id}")
    files.add_column("file")
    files.add_column("status")
    files.add_column("seconds", justify="right")
    for outcome in listed:
        status = _file_status(outcome) or "[green]ok[/green]"
        files.add_row(escape(outcome.source_path), status, f"{outcome.seconds:.2f}")
    if listed:
        console.print(files)
    if len(listed) < len(outcomes):
        more = "more " if listed else ""
        quiet = len(outcomes) - len(listed)
        console.print(f"{quiet} {more}files ok, not listed (over {LIST_ALL_FILES} in the batch)")
    rows = Table(title="rows written")
    rows.add_column("table")
    rows.add_column("rows", justify="right")
    for name, count in report.row_counts.items():
        rows.add_row(name, str(count))
    console.print(rows)
    colour = "green" if report.ok else "red"
    console.print(
        f"[{colour}]{report.status}[/{colour}]: {len(report.outcomes) - len(report.failed)} of "
        f"{len(report.outcomes)} files in {report.seconds:.1f} s -> {report.out_dir}"
    )


@app.command()
def stage(
    name: Annotated[str, typer.Argument(help=f"Stage to rerun: {', '.join(STAGES)}.")],
    batch_id: Annotated[str, typer.Option("--batch-id", help="Batch already in OUT.")],
    out: Annotated[Path, typer.Option("--out", help="Output root of the Parquet tables.")] = Path(
        "data/processed"
    ),
    ner: NerOption = DEFAULT_NER,
    home_place: HomePlaceOption = None,
) -> None:
    """Rerun one stage on a batch already written (e.g. after fixing a stage), from the tables it
    reads; replaces the tables it writes.

    Example: python -m pipeline stage entities --batch-id sample --out data/processed
    """
    from pipeline.run import LockedError, NerConfigError, run_stage

    try:
        counts = run_stage(name, out, batch_id, Config.from_env(ner=ner, home_place=home_place))
    except (ValueError, FileNotFoundError, NerConfigError, LockedError) as err:
        console.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from err
    table = Table(title=f"stage {name} · batch {batch_id}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for table_name, count in counts.items():
        table.add_row(table_name, str(count))
    console.print(table)


@app.command()
def inspect(
    out: Annotated[Path, typer.Argument(help="Output root of the Parquet tables.")] = Path("data/processed"),
    top: Annotated[int, typer.Option(help="How many top entities to list.")] = 10,
) -> None:
    """Summarize an output directory: batches, rows per table, recent runs, top entities.

    Example: python -m pipeline inspect data/processed
    """
    from pipeline.summary import inspect as inspect_output

    try:
        result = inspect_output(out, top=top)
    except FileNotFoundError as err:
        console.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from err
    out_console = Console()
    counts = Table(title=f"{out} · batches: {', '.join(result.batches) or 'none'}")
    counts.add_column("table")
    for batch in result.batches:
        counts.add_column(batch, justify="right")
    for table_name, per_batch in result.row_counts.items():
        counts.add_row(table_name, *(str(per_batch.get(b, 0)) for b in result.batches))
    out_console.print(counts)
    runs = Table(title="recent runs")
    for column in ("run_id", "batch_id", "started_at", "status", "n_documents", "n_failed"):
        runs.add_column(column)
    for row in result.runs[:10]:
        runs.add_row(
            *(str(row[c]) for c in ("run_id", "batch_id", "started_at", "status", "n_documents", "n_failed"))
        )
    out_console.print(runs)
    entities = Table(title="top entities")
    for column in ("label", "name", "mentions"):
        entities.add_column(column)
    for row in result.top_entities:
        entities.add_row(str(row["label"]), str(row["name"]), str(row["n_mentions_sum"]))
    out_console.print(entities)


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="Output root of the Parquet tables.")] = Path("data/processed"),
    batch_ids: Annotated[
        list[str] | None, typer.Option("--batch-id", help="Only this batch's page (repeatable); default all.")
    ] = None,
) -> None:
    """Write static HTML pages: OUT/reports/<batch_id>.html per batch and OUT/reports/index.html.

    Example: python -m pipeline report data/processed
    """
    from pipeline.report import write_reports

    try:
        paths = write_reports(out, batch_ids or None)
    except (FileNotFoundError, ValueError) as err:
        console.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from err
    console.print(f"{len(paths) - 1} batch pages; open {paths[-1]}")


@app.command()
def nightly(
    raw: Annotated[Path, typer.Option("--raw", help="Folder holding one folder per batch.")] = Path(
        "data/raw"
    ),
    out: Annotated[Path, typer.Option("--out", help="Output root of the Parquet tables.")] = Path(
        "data/processed"
    ),
    ner: NerOption = DEFAULT_NER,
    home_place: HomePlaceOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    executor: ExecutorOption = DEFAULT_EXECUTOR,
    keep_logs: Annotated[
        int,
        typer.Option(help="How many nightly logs to keep in OUT/logs.",
                     callback=options.positive("--keep-logs", "logs", "30")),
    ] = 30,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", help="Print nothing unless something failed (for cron: mail on failure)."),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Reprocess every batch, changed or not.")] = False,
) -> None:
    """Process every new or changed batch folder in RAW into OUT, one nightly run at a time, with
    a log per run in OUT/logs/; compacts the runs manifest. Exit 0 when nothing was to do.

    Exit codes: 0 ok or nothing to do, 1 files failed in some batch, 2 usage error, 3 another
    nightly run is running, 4 an empty batch folder or RAW missing, 5 write failed,
    6 executor failed; the largest of the batches'.

    Example: python -m pipeline nightly --raw data/raw --out data/processed
    """
    import logging

    from pipeline.nightly import NightlyLocked
    from pipeline.nightly import nightly as run_nightly

    config = _config(ner, max_bytes, None, None, home_place, executor)
    echo = None
    if not quiet:
        echo = logging.StreamHandler()
        echo.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    try:
        report = run_nightly(raw, out, config, keep_logs=keep_logs, echo=echo)
    except NightlyLocked as err:
        console.print(f"[red]error:[/red] {err}", highlight=False, soft_wrap=True)
        raise typer.Exit(exitcodes.LOCKED) from err
    except FileNotFoundError as err:
        console.print(f"[red]error:[/red] {err}", highlight=False, soft_wrap=True)
        raise typer.Exit(exitcodes.EMPTY_BATCH) from err
    if quiet and report.exit_code != exitcodes.OK:
        for result in report.results:
            if result.code != exitcodes.OK:
                console.print(f"batch {result.batch_id}: {result.detail} (exit {result.code})",
                              highlight=False, soft_wrap=True)
        console.print(report.summary(), highlight=False, soft_wrap=True)
    raise typer.Exit(report.exit_code)
