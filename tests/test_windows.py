"""Long texts in windows (pipeline.windows): where the cuts go, and that a long document made
of sample pages gives, window by window, the rows of the pages analysed on their own, moved
to their place in the whole text (offsets, sequence numbers, ids)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from pipeline import run, windows
from pipeline.config import Config
from pipeline.ids import stable_id
from pipeline.records import Document
from pipeline.stages import ingest

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
PAGES = ("003_0073031193020e22.txt", "004_8a9192cc8e369542.txt", "x11_20230211_xwlb.txt")
SEP = "\n\n"  # a section break, as clean writes one
CONFIG = Config(workers=1)


def _covers(text: str, cuts: list[tuple[int, int]], size: int) -> None:
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(cuts))
    assert all(0 < end - start <= size for start, end in cuts)


def test_a_short_text_is_one_window() -> None:
    assert windows.spans("一段话。\n", 100) == [(0, 5)]


def test_cuts_go_after_the_strongest_boundary_in_the_second_half() -> None:
    text = "甲" * 30 + "。" + "乙" * 20 + "\n" + "丙" * 20 + "。" + "丁" * 40
    cuts = windows.spans(text, 80)
    _covers(text, cuts, 80)
    assert cuts[0][1] == 52  # the line end beats the later sentence end
    blank = "甲" * 45 + "\n\n" + "乙" * 10 + "\n" + "丙" * 50
    assert windows.spans(blank, 80)[0][1] == 47  # the blank line beats the later line end
    early = "甲" * 10 + "\n\n" + "乙" * 60 + "。" + "丙" * 40
    assert windows.spans(early, 80)[0][1] == 73  # a boundary in the first half is not taken


def test_a_paragraph_without_boundaries_is_cut_at_the_bound() -> None:
    text = "党员干部群众" * 50_000  # the hostile corpus's 300k-character paragraph
    cuts = windows.spans(text, 100_000)
    _covers(text, cuts, 100_000)
    assert [end - start for start, end in cuts] == [100_000, 100_000, 100_000]


@pytest.fixture(scope="module")
def pages() -> list[Document]:
    if not all((SAMPLES / name).is_file() for name in PAGES):
        pytest.skip(f"the sample pages of ../shared are absent ({SAMPLES})")
    made = []
    for name in PAGES:
        raw = ingest.RawDocument(name, "", "utf-8", (SAMPLES / name).read_text(encoding="utf-8"))
        made.append(run.make_document(raw, "b", CONFIG, datetime(2024, 1, 1, tzinfo=UTC)))
    return made


@pytest.fixture(scope="module")
def long_document(pages: list[Document]) -> tuple[Document, list[int], dict[str, list[Any]]]:
    text = SEP.join(page.text for page in pages)
    whole = replace(pages[0], doc_id=ingest.doc_id_for(text), source_path="long.txt", text=text,
                    n_chars=len(text), raw_offsets=tuple(range(len(text))))
    size = max(len(page.text) for page in pages) + len(SEP)
    starts = [sum(len(p.text) + len(SEP) for p in pages[:i]) for i in range(len(pages))]
    assert [start for start, _ in windows.spans(text, size)] == starts  # one window per page
    return whole, starts, run.analyze_document(whole, replace(CONFIG, window_chars=size))


FIELDS = {
    "mentions": ("text", "label", "start", "end", "entity_id", "source", "score"),
    "statistics": ("text", "start", "end", "value", "low", "high", "unit", "object", "kind",
                   "place_entity_id", "org_entity_id", "date"),
    "dates": ("text", "start", "end", "value", "granularity"),
    "tokens": ("text", "pos", "start", "end", "seq"),
    "person_roles": ("person_name", "role", "role_norm", "org_entity_id", "age", "start", "end"),
    "articles": ("headline", "bylines", "kind", "start", "end"),
    "sentences": ("text", "start", "end"),
}


def _shifted(row: Any, fields: tuple[str, ...], offset: int) -> tuple[Any, ...]:
    return tuple(getattr(row, f) + offset if f in ("start", "end") and getattr(row, f) is not None
                 else getattr(row, f) for f in fields)


def test_a_long_document_gives_each_page_s_rows_at_its_place(pages, long_document) -> None:
    whole, starts, tables = long_document
    for page, start in zip(pages, starts, strict=True):
        alone = run.analyze_document(
            replace(page, publication_date=whole.publication_date, publication_year=whole.publication_year),
            CONFIG)
        for name, fields in FIELDS.items():
            expected = [_shifted(r, fields, start) for r in alone[name]]
            got = [_shifted(r, fields, 0) for r in tables[name]
                   if r.start is not None and start <= r.start < start + len(page.text)]
            assert got == expected, (page.source_path, name)
        assert {e.entity_id for e in alone["entities"]} <= {e.entity_id for e in tables["entities"]}


def test_window_rows_carry_the_ids_of_the_whole_document(long_document) -> None:
    whole, _, tables = long_document
    doc = whole.doc_id
    assert [a.article_id for a in tables["articles"]] == [stable_id("a", doc, a.start, a.end)
                                                          for a in tables["articles"]]
    assert [s.sentence_id for s in tables["sentences"]] == [stable_id("s", doc, s.start, s.end)
                                                            for s in tables["sentences"]]
    assert all(m.mention_id == stable_id("m", doc, m.start, m.end, m.label) for m in tables["mentions"])
    assert all(q.stat_id == stable_id("q", doc, q.start, q.end) for q in tables["statistics"])
    assert all(t.date_id == stable_id("t", doc, t.start, t.end) for t in tables["dates"])
    assert [a.seq for a in tables["articles"]] == list(range(len(tables["articles"])))
    assert [s.seq for s in tables["sentences"]] == list(range(len(tables["sentences"])))
    articles = {a.article_id for a in tables["articles"]}
    sentences = {s.sentence_id: s for s in tables["sentences"]}
    assert all(s.article_id in articles for s in tables["sentences"])
    for name in ("tokens", "mentions", "statistics", "dates"):
        assert all(r.sentence_id in sentences for r in tables[name]), name
    assert all(whole.text[m.start : m.end] == m.text for m in tables["mentions"])
    assert all(r.sentence_id in sentences for r in tables["person_roles"] if r.sentence_id)
    roles = [r.role_id for r in tables["person_roles"]]
    assert len(roles) == len(set(roles))


def test_the_id_formulas_are_the_stages_own(pages) -> None:
    """Moving one whole page by 0 changes nothing: windows.py rebuilds ids as the stages do."""
    page = pages[0]
    tables = run.analyze_document(page, CONFIG)
    moved = windows.Windows(page)
    moved.add(tables, 0)
    again = moved.tables(run.merge_entities)
    for name, rows in tables.items():
        if name != "entities":
            assert again[name] == rows, name
