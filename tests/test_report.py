"""The static HTML report over a real two-batch output: what it shows, that hostile text from a
page is shown as text (never as markup or script), and how it looks in headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.report import report_path, write_reports

CHROMIUM = Path("/usr/bin/chromium")
HOSTILE_NAME = "<script>alert(1)</script>"
HOSTILE_HEADLINE = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
HOSTILE_FILE = "<svg onload=alert(2)>.txt"
BAD_BATCH = "bad\"><img src=x onerror=alert(4)>"  # a folder name may hold all but "/"
HOSTILE_REASON = "decode error & <b>bold</b> </td></tr></table><script>alert(3)</script>"


class _Tags(HTMLParser):
    """Every tag and attribute name of a page, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]


def _tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def _rewrite(out: Path, table: str, batch_id: str, change) -> None:
    """Edit the stored rows of every file of one partition in place (the page's text as if the
    OCR had read it so)."""
    for path in (out / table / f"batch_id={batch_id}").glob("*.parquet"):
        stored = pq.read_table(path)
        rows = stored.to_pylist()
        change(rows)
        pq.write_table(pa.Table.from_pylist(rows, schema=stored.schema), path)


def _make_hostile(out: Path) -> None:
    def entities(rows: list[dict]) -> None:
        person = next(r for r in rows if r["label"] == "PERSON")
        person["name"], person["n_mentions"] = HOSTILE_NAME, 99  # top of the people list
        place = next(r for r in rows if r["label"] == "LOC" and r["admin_path"])
        place["name"], place["n_mentions"], place["admin_path"] = HOSTILE_HEADLINE, 99, HOSTILE_NAME

    def articles(rows: list[dict]) -> None:
        rows[0]["headline"] = HOSTILE_HEADLINE
        rows[0]["bylines"] = [HOSTILE_NAME]

    def runs(rows: list[dict]) -> None:
        for row in rows:
            row["status"], row["n_failed"] = "partial", 1
            row["errors"] = json.dumps(
                [{"source_path": HOSTILE_FILE, "reason": HOSTILE_REASON},
                 {"source_path": "dup.txt", "reason": f"skipped: duplicate of {HOSTILE_FILE} (same text)"}],
                ensure_ascii=False,
            )

    _rewrite(out, "entities", "b1", entities)
    _rewrite(out, "articles", "b1", articles)
    _rewrite(out, "runs", "b1", runs)


@pytest.fixture(scope="module")
def reports(two_batch_output: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "processed"
    shutil.copytree(two_batch_output, out)
    _make_hostile(out)
    # a batch whose only file fails: the pipeline records it with its (hostile) name
    from pipeline.run import run_batch

    raw = tmp_path_factory.mktemp("raw") / "badbatch"
    raw.mkdir()
    (raw / HOSTILE_FILE).write_bytes(b"\x00\x01\x02\xff\xfe binary, not a page" * 20)
    assert run_batch(raw, out).status == "failed"
    # run refuses such a batch id (issue 9); an output written by an older version or by hand
    # can still hold one, and the report must show it as text
    for partition in out.glob("*/batch_id=badbatch"):
        partition.rename(partition.with_name(f"batch_id={BAD_BATCH}"))
    write_reports(out)
    return out


def test_a_page_per_batch_and_an_index_linking_them(reports: Path) -> None:
    assert sorted(p.name for p in (reports / "reports").glob("*.html")) == [
        "2022-11-17.html", "b1.html", f"{BAD_BATCH}.html", "index.html"]
    index = (reports / "reports" / "index.html").read_text(encoding="utf-8")
    assert 'href="./b1.html"' in index and 'href="./2022-11-17.html"' in index
    page = report_path(reports, "2022-11-17").read_text(encoding="utf-8")
    for text in ("Rows per table", "Statistics by county", "Timeline of dates", "Top places", "Top people",
                 "Top organizations", "Warnings and failed files"):
        assert text in page
    assert "小店区" in page and "<svg" in page  # a county on the bar chart
    assert "2022-11-17</text>" in page  # a day on the timeline
    assert "none: every file was processed" in page


def test_a_failed_batch_shows_its_failed_file(reports: Path) -> None:
    page = report_path(reports, BAD_BATCH).read_text(encoding="utf-8")
    assert "status-failed\">failed</span>" in page
    assert "&lt;svg onload=alert(2)&gt;.txt" in page and HOSTILE_FILE not in page
    assert "Batch bad&#34;&gt;&lt;img src=x onerror=alert(4)&gt;" in page
    index = (reports / "reports" / "index.html").read_text(encoding="utf-8")
    assert 'href="./bad%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%284%29%3E.html"' in index
    assert BAD_BATCH not in index


def test_hostile_text_is_shown_as_text_never_as_markup(reports: Path) -> None:
    page = report_path(reports, "b1").read_text(encoding="utf-8")
    for hostile in (HOSTILE_NAME, HOSTILE_HEADLINE, HOSTILE_FILE, HOSTILE_REASON):
        assert hostile not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the person, escaped
    assert "&lt;svg onload=alert(2)&gt;.txt" in page  # the failed file
    assert "decode error &amp; &lt;b&gt;bold&lt;/b&gt;" in page  # the reason
    assert "skipped: duplicate of" in page  # the warning
    for name in ("b1", "2022-11-17", BAD_BATCH, "index"):
        html = (reports / "reports" / f"{name}.html").read_text(encoding="utf-8")
        tags = _tags(html)
        assert not {"script", "img", "iframe", "object", "embed"} & set(tags.tags), name
        assert not [a for a in tags.attributes if a.startswith("on")], name
        assert "Content-Security-Policy" in html


def test_one_batch_can_be_rewritten_and_unknown_ones_are_refused(reports: Path) -> None:
    written = write_reports(reports, ["2022-11-17"])
    assert [p.name for p in written] == ["2022-11-17.html", "index.html"]
    with pytest.raises(ValueError, match="no batch nope"):
        write_reports(reports, ["nope"])
    with pytest.raises(FileNotFoundError):
        write_reports(reports / "missing")


def test_the_report_command(reports: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["report", str(reports), "--batch-id", "b1"])
    assert result.exit_code == 0, result.output
    assert "index.html" in result.output
    result = runner.invoke(app, ["report", str(reports), "--batch-id", "nope"])
    assert result.exit_code == 2
    assert "no batch nope" in result.output


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=120, check=True,
        )


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")
def test_the_hostile_page_renders_in_chromium_and_runs_nothing(reports: Path, tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image", reason="Pillow (comes with matplotlib, dev extra)")
    page = report_path(reports, "b1").as_uri()
    dom = _chromium("--dump-dom", page).stdout
    assert "data-pwned=" not in dom and "<script" not in dom  # the payload stayed text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    shot = tmp_path / "report.png"
    _chromium(f"--screenshot={shot}", "--window-size=1200,2000", page)
    image = image_module.open(shot).convert("RGB")
    assert image.size == (1200, 2000)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours and len(colours) > 50  # text, bars and tables were drawn, not a blank page
    blue = sum(n for n, rgb in colours if rgb == (0, 114, 178))  # the chart bars' #0072B2
    assert blue > 1000


def test_statistics_are_counted_by_county_named_from_the_gazetteer() -> None:
    """A township of a municipality (北京市/怀柔区/泉河街道) counts for 怀柔区, not for its township
    (the path of a municipality has no city level); a place known only to the city is outside."""
    import pandas as pd

    from pipeline.report.figures import _counties

    entities = pd.DataFrame(
        {"entity_id": ["town", "city", "none"], "admin_code": ["110116001", "1401", None]})
    statistics = pd.DataFrame({
        "place_entity_id": ["town", "town", "city", "none", None],
        "kind": ["count", "age", "count", "count", "count"],
    })
    counties, outside = _counties(statistics, entities, None)
    assert [(c.name, c.count, c.detail, c.parts) for c in counties] == [
        ("怀柔区", 2, "北京市/怀柔区", (("age", 1), ("count", 1)))]
    assert outside == 3
