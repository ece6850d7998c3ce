"""pipeline/schema.py is the one definition of the tables; it must cover docs/CONTRACT.md."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.schema import ALL_TABLES, FILE_SCHEMAS, SCHEMAS, to_table

REPO = Path(__file__).resolve().parents[1]


def _contract(path: Path) -> dict[str, list[str]]:
    tables = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| (\w+) \| [^|]+ \| (.+) \|$", line)
        if not match or match.group(1) == "table":
            continue
        columns = re.sub(r"\([^)]*\)", "", match.group(2))  # drop the (explanations)
        tables[match.group(1)] = [c.strip() for c in columns.split(",") if c.strip()]
    return tables


EXPECTED_TYPES = {
    "batch_id": pa.types.is_string,
    "start": pa.types.is_integer,
    "end": pa.types.is_integer,
    "value": lambda t: pa.types.is_float64(t) or pa.types.is_string(t),
    "ingested_at": pa.types.is_timestamp,
    "publication_date": pa.types.is_date32,
    "bylines": pa.types.is_list,
    "score": pa.types.is_float64,
}


def test_every_contract_column_is_in_the_schema() -> None:
    contract = _contract(REPO / "docs" / "CONTRACT.md")
    assert set(contract) <= set(ALL_TABLES)
    assert len(contract) == 9
    for table, columns in contract.items():
        names = SCHEMAS[table].names
        for column in columns:
            assert column in names, f"{table}.{column} missing from pipeline/schema.py"
            check = EXPECTED_TYPES.get(column)
            if check:
                assert check(SCHEMAS[table].field(column).type), f"{table}.{column}"


def test_the_repo_copy_of_the_contract_is_current(shared_dir: Path) -> None:
    shared = (shared_dir / "CONTRACT.md").read_text(encoding="utf-8")
    assert (REPO / "docs" / "CONTRACT.md").read_text(encoding="utf-8") == shared


def test_to_table_refuses_missing_columns_and_wrong_types() -> None:
    row = {"doc_id": "d1", "sentence_id": "s1", "batch_id": "b", "seq": 0, "text": "党员", "pos": "n",
           "start": 0, "end": 2}
    assert to_table("tokens", [row]).num_rows == 1
    with pytest.raises(ValueError, match="lacks column 'pos'"):
        to_table("tokens", [{k: v for k, v in row.items() if k != "pos"}])
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        to_table("tokens", [{**row, "start": "zero"}])


def test_files_store_every_column_but_the_partition_key() -> None:
    for name in ALL_TABLES:
        assert "batch_id" in SCHEMAS[name].names
        assert "batch_id" not in FILE_SCHEMAS[name].names
        assert len(FILE_SCHEMAS[name]) == len(SCHEMAS[name]) - 1
