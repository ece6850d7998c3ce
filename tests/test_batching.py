"""Work batched across documents (issue 13): the NER tags the sentences of many pages at once
(``Stage.prepare``), an executor task is a chunk of pages, and results travel between
processes column by column. Every one of them gives the rows of one page at a time."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline import assembly, executors
from pipeline.assembly import assemble
from pipeline.config import Config
from pipeline.nlp.ner import load_ner
from pipeline.nlp.ner_model import ModelBackend
from pipeline.records import Sentence
from pipeline.run import FileOutcome, analyze_file, analyze_files, ingest_file
from pipeline.schema import CONTENT_TABLES, to_table

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
needs_model = pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(),
                                 reason="models/ner not built (make train-ner)")


def _ingested(folder: Path) -> list[FileOutcome]:
    now = datetime(2026, 11, 30, tzinfo=UTC)
    return [ingest_file(p, folder, "b", Config(), now) for p in sorted(folder.glob("*.txt"))]


@needs_model
def test_primed_spans_are_those_of_one_call_per_page(
    sample_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ner = load_ner("model")
    backend = ner.backend
    assert isinstance(backend, ModelBackend)
    pages = [[line for line in text.splitlines() if line.strip()] for text in sample_texts.values()]
    alone = [ner.predict(lines) for lines in pages]
    ner.prime([line for lines in pages for line in lines])
    tagged: list[int] = []
    tag = backend.tagger.tag

    def counted(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        tagged.append(len(texts))
        return tag(texts)

    monkeypatch.setattr(backend.tagger, "tag", counted)
    assert [ner.predict(lines) for lines in pages] == alone
    assert ner.predict(pages[0]) == alone[0]  # a text primed once serves every page it is on
    assert tagged == []  # no network call after the one of prime
    ner.prime(["新华社北京电"])  # the next prime replaces the memo
    assert set(backend._primed) == {"新华社北京电"}


@needs_model
def test_a_chunk_of_pages_gives_the_rows_of_each_page_alone(shared_dir: Path) -> None:
    config = Config()
    pages = _ingested(shared_dir / "samples")[:4]
    alone = [analyze_file(o, config) for o in copy.deepcopy(pages)]
    together = analyze_files(copy.deepcopy(pages), config)
    assert [o.tables for o in together] == [o.tables for o in alone]
    assert all(o.tables["mentions"] for o in together)


def test_an_outcome_travels_column_by_column(sample_dir: Path) -> None:
    outcome = _ingested(sample_dir)[0]
    outcome.tables["sentences"] = [
        Sentence("s1", "a1", outcome.doc_id or "", "b", 0, 0, 4, "新华社讯"),
        Sentence("s2", "a1", outcome.doc_id or "", "b", 1, 4, 6, "记者"),
    ]
    state = outcome.__getstate__()
    assert state["tables"]["sentences"][0] == ["s1", "s2"]  # a list per column, not records
    assert pickle.loads(pickle.dumps(outcome)) == outcome


def test_map_chunks_keeps_item_order() -> None:
    items = list(range(70))
    sizes: list[int] = []

    def squares(chunk: list[int], power: int) -> list[int]:
        sizes.append(len(chunk))
        return [i**power for i in chunk]

    assert list(executors.map_chunks(squares, items, 2)) == [i * i for i in items]
    assert sizes == [32, 32, 6]  # one worker: SERIAL_CHUNK items per call, in this process
    assert list(executors.map_chunks(_cubes, items, workers=2)) == [i**3 for i in items]


def _cubes(chunk: list[int]) -> list[int]:  # module level: sent to worker processes
    return [i**3 for i in chunk]


def test_to_table_takes_one_batch_id_for_every_row() -> None:
    rows = [Sentence("s1", "a1", "d1", "old", 0, 0, 2, "你好")]
    table = to_table("sentences", rows, batch_id="new")
    assert table.column("batch_id").to_pylist() == ["new"]
    assert to_table("sentences", rows).column("batch_id").to_pylist() == ["old"]


@needs_model
def test_rows_held_as_arrow_assemble_to_the_same_tables(sample_dir: Path) -> None:
    outcomes = analyze_files(_ingested(sample_dir), Config())
    compacted = copy.deepcopy(outcomes)
    assembly.compact(compacted)
    assert all(isinstance(t, pa.Table) for o in compacted for t in o.tables.values())
    assert [o.document for o in compacted] == [o.document for o in outcomes]
    assert pickle.loads(pickle.dumps(compacted[0])).tables == compacted[0].tables
    plain, got = assemble(outcomes, "b2"), assemble(compacted, "b2")
    for name in CONTENT_TABLES:
        assert got[name].to_pylist() == plain[name].to_pylist(), name
        assert got[name].num_rows and set(got[name].column("batch_id").to_pylist()) == {"b2"}


@needs_model
def test_a_packed_chunk_pickles_each_table_once(sample_dir: Path) -> None:
    # a worker's chunk comes back as Arrow tables built there: each table once, each outcome's
    # rows a slice of it again on this side (a slice alone pickles its whole table's buffers)
    outcomes = analyze_files(_ingested(sample_dir), Config())
    failed = FileOutcome(source_path="broken.txt", error="broken.txt: cannot decode")
    packed = assembly.Packed([*copy.deepcopy(outcomes), failed])
    back = list(pickle.loads(pickle.dumps(packed)))
    assert [o.source_path for o in back] == [*(o.source_path for o in outcomes), "broken.txt"]
    assert back[-1].error == failed.error and back[-1].tables == {}
    assert all(isinstance(t, pa.Table) for o in back for t in o.tables.values())
    plain, got = assemble(outcomes, "b3"), assemble(back, "b3")
    for name in CONTENT_TABLES:
        assert got[name].to_pylist() == plain[name].to_pylist(), name
    whole = sum(t.get_total_buffer_size() for t in packed.tables.values())
    assert len(pickle.dumps(packed)) < 1.5 * whole


def test_rows_held_while_a_batch_runs_leave_arrows_default_pool(sample_dir: Path) -> None:
    # held in mimalloc (Arrow's default pool), the builders' freed buffers stayed in the process:
    # 46 MB more peak RSS on 3 MB of news (issue 13)
    ingested = _ingested(sample_dir)
    default = pa.default_memory_pool()
    system = pa.system_memory_pool()
    before, system_before = default.bytes_allocated(), system.bytes_allocated()
    assembly.compact(ingested)
    text = sum(len(o.document.text.encode()) for o in ingested)
    assert system.bytes_allocated() - system_before >= text
    if default.backend_name != system.backend_name:  # (a run sets the system pool as default)
        assert default.bytes_allocated() - before < text // 10
