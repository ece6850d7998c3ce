"""pipeline.graph: each stage declares what it reads and writes once; the order is derived."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import graph, run

README = Path(__file__).resolve().parents[1] / "README.md"


def _readme_stage_table() -> list[list[str]]:
    section = README.read_text(encoding="utf-8").split("## The pipeline", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| stage")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def _tables(cell: str) -> tuple[str, ...]:
    return tuple(re.split(r",\s*", cell))


def test_readme_lists_the_stages_of_the_graph_with_their_tables() -> None:
    rows = _readme_stage_table()
    assert [row[0] for row in rows] == ["ingest", *run.STAGES]
    for name, reads, writes, _ in rows[1:]:
        stage = run.STAGES[name]
        assert (_tables(reads), _tables(writes)) == (stage.inputs, stage.outputs), name


def test_inputs_are_read_from_the_signatures_and_written_before_they_are_read() -> None:
    assert run.STAGES["entities"].inputs == ("documents", "articles", "sentences")
    written = {"documents"}
    for stage in run.STAGES.values():
        assert written.issuperset(stage.inputs), stage.name
        written.update(stage.outputs)


def test_order_comes_from_the_tables_not_from_registration() -> None:
    stages = list(run.STAGES.values())
    assert list(graph.ordered(stages[::-1])) == ["segment", "dates", "entities", "roles", "statistics"]
    with pytest.raises(ValueError, match="no stage writes"):
        graph.ordered(stages[1:])


def test_readme_layout_diagram_draws_the_graph() -> None:
    section = README.read_text(encoding="utf-8").split("## How the code is laid out", 1)[1]
    diagram = section.split("```", 2)[1]
    edges = re.findall(r"^(\S.*?)\s+──(\w+)─*►\s+(.+?)\s*$", diagram, flags=re.MULTILINE)
    assert [name for _, name, _ in edges] == ["ingest", *run.STAGES]
    for reads, name, writes in edges[1:]:
        assert (_tables(reads), _tables(writes)) == (run.STAGES[name].inputs, run.STAGES[name].outputs)
