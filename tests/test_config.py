"""pipeline.config: one settings object; the environment is read by Config.from_env only, and
every setting that changes output is recorded and fingerprinted (the HOME_PLACE rerun defect)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import DEFAULT_HOME_PLACE, Config
from pipeline.io import read_table
from pipeline.run import input_fingerprint


def test_defaults_then_environment_then_arguments() -> None:
    # no home place by default: each page's home region is inferred from its places (issue 11;
    # it used to be 太原市, the home of the pages the pipeline was first built on)
    assert DEFAULT_HOME_PLACE is None
    assert Config().home_place == DEFAULT_HOME_PLACE
    assert Config.from_env({}).home_place == DEFAULT_HOME_PLACE
    assert Config.from_env({"CNNEWS_HOME_PLACE": "大同市"}).home_place == "大同市"
    environ = {"CNNEWS_HOME_PLACE": "大同市"}
    given = Config.from_env(environ, home_place="长治市", publication_date="2022-04-13")
    assert given.home_place == "长治市"
    assert given.publication_date == date(2022, 4, 13)
    assert Config.from_env({}, ner=None).ner == Config().ner  # an option not given keeps the default


def test_the_environment_is_read_when_asked_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CNNEWS_HOME_PLACE", "运城市")
    assert Config.from_env().home_place == "运城市"
    assert Config().home_place == DEFAULT_HOME_PLACE  # Config() itself is the defaults only


def test_output_settings_are_recorded_and_fingerprinted(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("太原市小店区", encoding="utf-8")
    inferred, datong = Config(), Config(home_place="大同市")
    assert json.loads(inferred.to_json())["home_place"] is None
    assert json.loads(datong.to_json())["home_place"] == "大同市"
    fingerprint = input_fingerprint([page], tmp_path, inferred, "m")
    assert fingerprint != input_fingerprint([page], tmp_path, datong, "m")
    # where the work runs changes nothing in the output: recorded, not fingerprinted
    dask = Config(executor="dask")
    assert json.loads(dask.to_json())["executor"] == "dask"
    assert fingerprint == input_fingerprint([page], tmp_path, dask, "m")


@pytest.mark.slow
def test_changing_the_home_place_makes_a_rerun_recompute(tmp_path: Path, sample_dir: Path) -> None:
    raw, out = tmp_path / "batch", tmp_path / "out"
    shutil.copytree(sample_dir, raw)
    runner = CliRunner()

    def run(home: str) -> list[tuple[str, str]]:
        result = runner.invoke(app, ["run", str(raw), "--out", str(out)], env={"CNNEWS_HOME_PLACE": home})
        assert result.exit_code == 0, result.output
        runs = sorted(read_table(out, "runs").to_pylist(), key=lambda r: r["started_at"])
        return [(r["status"], json.loads(r["config"])["home_place"]) for r in runs]

    run("太原市")
    assert run("太原市")[-1] == ("skipped", "太原市")
    assert run("大同市")[-1] == ("ok", "大同市")


def test_the_models_folder_is_configured_here(tmp_path: Path) -> None:
    config = Config.from_env({"CNNEWS_MODELS_DIR": str(tmp_path)})
    assert config.models_dir == tmp_path
    assert json.loads(config.to_json())["models_dir"] == str(tmp_path)
    assert Config().models_dir is None
