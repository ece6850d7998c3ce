"""Static HTML reports of an output folder: one page per batch and an index over all batches.

``write_reports(out_dir)`` writes ``<out_dir>/reports/<batch_id>.html`` and
``<out_dir>/reports/index.html``. A page is one self-contained file: inline CSS and inline SVG
charts, no script, no network (a Content-Security-Policy in the page forbids both). Every
text from the data (names, headlines, file names, error messages) is HTML-escaped by Jinja's
autoescape, so a page can show hostile text from a news page without running it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from pipeline.report import charts
from pipeline.report.figures import BatchFigures, Ranked, batch_figures, batch_overview, list_batches
from pipeline.schema import SCHEMA_VERSION

REPORTS = "reports"

__all__ = ["REPORTS", "report_path", "write_reports"]


def _environment() -> Environment:
    # autoescape on for every template (they are all HTML/SVG): data never becomes markup
    env = Environment(
        loader=PackageLoader("pipeline.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        bar_chart=charts.horizontal_bars,
        column_chart=charts.columns,
        version=_version(),
        schema_version=SCHEMA_VERSION,
        written_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
    return env


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cnnews-pipeline")
    except PackageNotFoundError:
        return "unknown"


def report_path(out_dir: Path, batch_id: str) -> Path:
    """Where a batch's page goes: named after the batch, like its partition folders."""
    return Path(out_dir) / REPORTS / f"{batch_id}.html"


def _write(path: Path, text: str) -> Path:
    """Write beside, then rename: a reader (or a web server) never sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def _index(env: Environment, out_dir: Path, overviews: list[BatchFigures]) -> str:
    mentions = charts.horizontal_bars([Ranked(f.batch_id, f.counts["mentions"]) for f in overviews])
    return env.get_template("index.html").render(
        batches=overviews, mentions_chart=mentions, out_name=out_dir.name
    )


def write_reports(out_dir: Path, batch_ids: list[str] | None = None) -> list[Path]:
    """Write the page of each given batch (all batches when None) and the index page over all
    batches; returns the paths written, the index last.

    Raises FileNotFoundError when out_dir does not exist, ValueError for an unknown batch id."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FileNotFoundError(f"no output directory at {out_dir}")
    known = list_batches(out_dir)
    wanted = known if batch_ids is None else list(dict.fromkeys(batch_ids))
    unknown = [b for b in wanted if b not in known]
    if unknown:
        batches = ", ".join(known) or "none"
        raise ValueError(f"no batch {', '.join(unknown)} in {out_dir} (batches: {batches})")
    env = _environment()
    page = env.get_template("batch.html")
    written = [_write(report_path(out_dir, b), page.render(f=batch_figures(out_dir, b))) for b in wanted]
    overviews = [batch_overview(out_dir, b) for b in known]
    written.append(_write(out_dir / REPORTS / "index.html", _index(env, out_dir, overviews)))
    return written
