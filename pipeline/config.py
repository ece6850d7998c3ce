"""One settings object for a run: every default, and the only place environment variables are
read (``Config.from_env``, called by the CLI; never at import, so a setting cannot be frozen
into a module and outlive a change of environment).

Every field that changes output is written to ``runs.config`` and hashed into the input
fingerprint (``Config.to_json``), so changing it makes the next run of a batch recompute
instead of skipping. Fields marked ``output=False`` (where the work runs) are recorded but
not hashed.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

DEFAULT_NER = "model"  # the shipped BiLSTM-CRF plus rule components (pipeline.nlp.ner)
# The paper's home place: the fallback context for ambiguous place names and relative forms
# (本市) when an article names nothing closer. None: none configured, each page's home region
# is inferred from the places it names (pipeline.places.home), and a page of national news
# gets none. A configured one (--home-place, CNNEWS_HOME_PLACE) wins.
DEFAULT_HOME_PLACE: str | None = None
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # a newspaper page is ~10 kB; 5 MB is already no page
DEFAULT_EXECUTOR = "local"  # local | dask | dask:<scheduler address>
# a longer text is analysed in windows of at most this many characters (pipeline.windows): one
# analysis step, and any single native call in it, works on a bounded piece of text
DEFAULT_WINDOW_CHARS = 100_000
DEFAULT_FILE_TIMEOUT = 300.0  # seconds one file may take in ingest, and again in analysis

# The installed package that holds the models (setup.py maps it to the top-level models/ folder).
MODELS_PACKAGE = "cnnews_models"

# environment variable -> Config field; read by Config.from_env only
ENVIRONMENT = {"CNNEWS_HOME_PLACE": "home_place", "CNNEWS_MODELS_DIR": "models_dir"}


@dataclass(frozen=True)
class Config:
    """Everything a run is configured by; recorded as JSON in the `runs` table."""

    ner: str = DEFAULT_NER
    home_place: str | None = DEFAULT_HOME_PLACE  # None: inferred per page from its places
    publication_date: date | None = None  # the page's date when the batch knows it
    publication_year: int | None = None  # or only its year
    max_bytes: int = DEFAULT_MAX_BYTES
    window_chars: int = DEFAULT_WINDOW_CHARS  # longer texts are analysed in windows this long
    follow_symlinks: bool = False  # read symbolic links that stay inside the batch folder
    file_timeout: float = field(default=DEFAULT_FILE_TIMEOUT, metadata={"output": False})  # 0: none
    executor: str = field(default=DEFAULT_EXECUTOR, metadata={"output": False})
    # worker processes (local executor, or the local Dask cluster); None: one per core
    workers: int | None = field(default=None, metadata={"output": False})
    # the models folder (ner/, gazetteer/); None: the one shipped beside the package. What is
    # loaded from it is fingerprinted by content (the run's models manifest), not by path.
    models_dir: Path | None = field(default=None, metadata={"output": False})

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **given: Any) -> Config:
        """Defaults, overridden by the environment (``ENVIRONMENT``), overridden by the
        arguments given that are not None (the CLI passes its options here)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {name: environ[var] for var, name in ENVIRONMENT.items() if environ.get(var)}
        values.update({name: value for name, value in given.items() if value is not None})
        if isinstance(values.get("publication_date"), str):
            values["publication_date"] = date.fromisoformat(values["publication_date"])
        if isinstance(values.get("models_dir"), str):
            values["models_dir"] = Path(values["models_dir"])
        return replace(cls(), **values)

    @property
    def models_root(self) -> Path:
        """The models folder this run reads: the configured one, else the shipped one."""
        return self.models_dir or shipped_models_dir()

    @property
    def ner_spec(self) -> str:
        """The NER spec with the configured models folder filled in: ``model`` (and
        ``model:convention=...``) read ``<models_dir>/ner`` when a models folder is configured."""
        name, _, arg = self.ner.partition(":")
        if name != "model" or self.models_dir is None:
            return self.ner
        parts = [p for p in arg.split(",") if p]
        if any("=" not in p for p in parts):
            return self.ner  # the spec names its own model folder
        return "model:" + ",".join([str(self.models_dir / "ner"), *parts])

    def to_json(self) -> str:
        """Every field, as recorded in ``runs.config``."""
        return json.dumps(self._as_dict(), ensure_ascii=False, sort_keys=True)

    def output_json(self) -> str:
        """The fields that change output, as hashed into the input fingerprint."""
        data = self._as_dict()
        for f in fields(self):
            if not f.metadata.get("output", True):
                del data[f.name]
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    def _as_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["publication_date"] = self.publication_date.isoformat() if self.publication_date else None
        data["models_dir"] = str(self.models_dir) if self.models_dir else None
        return data


def shipped_models_dir() -> Path:
    """The models shipped with the code: ``models/`` beside the package in a source tree (a
    checkout, an editable install), else the installed ``cnnews_models`` package (a wheel)."""
    tree = Path(__file__).resolve().parents[1]
    if (tree / "pyproject.toml").is_file() and (tree / "models").is_dir():
        return tree / "models"
    spec = importlib.util.find_spec(MODELS_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return tree / "models"  # missing: the loaders name this path in their error
