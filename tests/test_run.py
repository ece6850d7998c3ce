"""run.py on typed records: batch-level steps take records (or rows) and return records."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline.records import Document, Entity
from pipeline.run import FileOutcome, fill_batch_year, merge_entities

NOW = datetime(2022, 4, 20, tzinfo=UTC)


def _document(doc_id: str, year: int | None) -> Document:
    pub = date(year, 4, 20) if year else None
    return Document(doc_id, "b", f"{doc_id}.txt", "", "utf-8", 1, "x", NOW, (0,), pub, year)


def test_merge_entities_sums_mentions_and_keeps_aliases_once() -> None:
    first = Entity("e1", "LOC", "太原市", ("太原市", "太原"), "14", "city", "山西省/太原市", 2, "b")
    as_row = {**vars_of(first), "aliases": ["太原", "并州", "并州"], "n_mentions": 3}
    other = replace(first, entity_id="e0", aliases=("晋",), n_mentions=1)
    merged = merge_entities([first, as_row, other])
    assert [e.entity_id for e in merged] == ["e0", "e1"]
    assert merged[1].n_mentions == 5
    assert merged[1].aliases == ("太原市", "太原", "并州")


def test_pages_without_a_year_take_the_batch_year() -> None:
    outcomes = [
        FileOutcome("a.txt", "a", {"documents": [_document("a", 2022)]}),
        FileOutcome("b.txt", "b", {"documents": [_document("b", None)]}),
        FileOutcome("c.txt", "c", {"documents": [_document("c", 2021)]}),
        FileOutcome("d.txt", error="d.txt: file is empty"),
    ]
    fill_batch_year(outcomes)
    assert [o.document.publication_year for o in outcomes[:3]] == [2022, 2021, 2021]


def vars_of(record: Entity) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def test_editing_a_word_list_changes_the_code_fingerprint(tmp_path, monkeypatch) -> None:
    """A lexicon .tsv is code for the rerun decision: editing one must not let a batch be skipped."""
    import shutil

    from pipeline import run

    package = Path(run.__file__).resolve().parent
    copy = tmp_path / "pipeline"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(run, "__file__", str(copy / "run.py"))
    run.code_fingerprint.cache_clear()
    before = run.code_fingerprint()
    lexicon = copy / "lexicons" / "byline_roles.tsv"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "特派记者\treporter\tbefore\n", encoding="utf-8")
    run.code_fingerprint.cache_clear()
    try:
        assert run.code_fingerprint() != before
    finally:
        monkeypatch.undo()
        run.code_fingerprint.cache_clear()
