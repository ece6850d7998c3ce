"""The shipped gazetteer: rebuild is deterministic and up to date, loading fails clearly,
and names are indexed with and without their suffixes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from pipeline.nlp import gazetteer as gz
from pipeline.nlp.gazetteer_index import INDEX_FILE, read_index, write_index

SHARED = Path(__file__).resolve().parents[2] / "shared"
SOURCE = SHARED / "corpora" / "admin_divisions"


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return gz.load_gazetteer()


@pytest.mark.shared
@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs ../shared/corpora/admin_divisions")
def test_rebuild_matches_shipped_file(tmp_path: Path) -> None:
    built = gz.build(SOURCE, tmp_path)
    shipped = gz.gazetteer_path()
    assert gzip.decompress(built.read_bytes()) == gzip.decompress(shipped.read_bytes())
    assert built.read_bytes() == gz.build(SOURCE, tmp_path / "again").read_bytes()


def test_missing_gazetteer_names_path_and_rebuild_command(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as err:
        gz.load_gazetteer(tmp_path)
    assert str(tmp_path / "gazetteer" / gz.GAZETTEER_FILE) in str(err.value)
    assert gz.REBUILD_COMMAND in str(err.value)


def test_models_folder_comes_from_the_caller_not_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the run's configuration names the models folder; the environment is read there only
    monkeypatch.setenv("CNNEWS_MODELS_DIR", str(tmp_path))
    assert gz.gazetteer_path() == gz.SHIPPED_MODELS / "gazetteer" / gz.GAZETTEER_FILE
    assert gz.gazetteer_path(tmp_path) == tmp_path / "gazetteer" / gz.GAZETTEER_FILE


def test_loaded_once_per_process() -> None:
    assert gz.load_gazetteer() is gz.load_gazetteer()


def test_levels_and_tree(gaz: gz.Gazetteer) -> None:
    counts = {level: 0 for level in gz.LEVELS}
    for div in gaz.divisions.values():
        counts[div.level] += 1
        assert len(div.code) == gz.CODE_LENGTHS[div.level]
        if div.level != "province":
            assert div.parent in gaz.divisions, div
    assert counts["province"] == 34 and counts["county"] > 2900
    assert counts["village"] > 20000  # Shanxi 2021 villages and communities
    assert all(d.code.startswith("14") for d in gaz.divisions.values() if d.level == "village")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("太原市", "1401"),
        ("太原", "1401"),
        ("小店区", "140105"),
        ("小店", "140105"),
        ("北旺庄街道", "140602004"),
        ("北旺庄", "140602004"),
        ("腾飞路社区", "140181003001"),
        ("腾飞路社区居委会", "140181003001"),
        ("横渠村", "140108100206"),
        ("6904社区", "140105004011"),  # written 六九零四社区 in the gazetteer
        ("腾飞路居委会", "140181003001"),
        ("横渠村委会", "140108100206"),
        ("北旺庄街道办事处", "140602004"),
        ("内蒙古", "15"),
        ("晋", "14"),
    ],
)
def test_lookup_with_and_without_suffix(gaz: gz.Gazetteer, text: str, code: str) -> None:
    assert code in {d.code for d in gaz.lookup(text)}


def test_committee_names_become_places(gaz: gz.Gazetteer) -> None:
    div = gaz.divisions["140181003001"]
    assert (div.name, div.official, div.kind) == ("腾飞路社区", "腾飞路社区居委会", "community")
    assert div.path == "山西省/太原市/古交市/桃园街道/腾飞路社区"
    assert gaz.divisions["140108100206"].kind == "village"
    assert gz.place_name("南张村委会", "village") == "南张村"
    assert gz.place_name("后所营居民委员会", "village") == "后所营社区"


def test_paths_skip_placeholder_nodes(gaz: gz.Gazetteer) -> None:
    assert gaz.divisions["110101"].path == "北京市/东城区"


def test_stripped_forms_that_name_roads_are_not_indexed(gaz: gz.Gazetteer) -> None:
    # 平阳路街道 and 光华街社区 exist, but 平阳路 and 光华街 are roads
    assert gaz.lookup("平阳路") == []
    assert gaz.lookup("光华街") == []
    assert gz.short_forms("五一路街道", "township") == set()
    assert gz.short_forms("城区", "county") == set()  # one character left: no short form


def test_the_shipped_name_index_is_current_and_the_index_computed_at_load() -> None:
    # stale after a change to gazetteer.py, text.py or a places_* list: `make gazetteer-index`
    path = gz.gazetteer_path()
    divisions = gz._load.__wrapped__(path, prebuilt=False)
    prebuilt = read_index(path, {code: code for code in divisions.divisions})
    assert prebuilt is not None, "stale models/gazetteer/" + INDEX_FILE + ": run `make gazetteer-index`"
    assert prebuilt == divisions.index
    assert gz.load_gazetteer().index == divisions.index


def test_a_name_index_of_another_gazetteer_file_is_not_read(tmp_path: Path) -> None:
    shipped = gz.gazetteer_path()
    copy = tmp_path / gz.GAZETTEER_FILE
    copy.write_bytes(shipped.read_bytes())
    assert read_index(copy, {}) is None  # no index beside it
    write_index({"太原": ("1401",)}, copy)
    assert read_index(copy, {"1401": "1401"}) == {"太原": ("1401",)}
    copy.write_bytes(shipped.read_bytes() + b"\n")  # the gazetteer changes: its index is stale
    assert read_index(copy, {"1401": "1401"}) is None
