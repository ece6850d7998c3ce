"""China's administrative divisions as a compact, shipped gazetteer.

Build (once, from the raw source files; the run itself never reads them):

    python -m pipeline.nlp.gazetteer build [--source ../shared/corpora/admin_divisions]

writes ``models/gazetteer/admin_divisions.tsv.gz``: one row per division with its code, the
place name (腾飞路社区, not the committee name 腾飞路社区居委会), the official source name, the
level, the parent code, the slash path and the short forms it may be written as.

Levels and code lengths follow the 统计用区划代码 tree: province (2 digits), city (4),
county (6), township (9), village/community (12). Nationwide levels 1-4 come from the 2023
release; 山西省 levels 3-5 come from the 2021 release as one consistent tree, because village
codes are reassigned between releases and the 2021 villages hang under 2021 townships.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pipeline
from pipeline import lexicons
from pipeline.config import shipped_models_dir
from pipeline.nlp.gazetteer_index import read_index, write_index
from pipeline.text import to_halfwidth_alnum

GAZETTEER_FILE = "admin_divisions.tsv.gz"
REBUILD_COMMAND = "python -m pipeline.nlp.gazetteer build"
DEFAULT_SOURCE = Path(pipeline.__file__).resolve().parents[2] / "shared/corpora/admin_divisions"
SHIPPED_MODELS = shipped_models_dir()  # models/ in a source tree, the cnnews_models package when installed

LEVELS = ("province", "city", "county", "township", "village")
LEVEL_RANK = {name: i + 1 for i, name in enumerate(LEVELS)}
CODE_LENGTHS = {"province": 2, "city": 4, "county": 6, "township": 9, "village": 12}
SHANXI = "14"

# The lists below are data (pipeline/lexicons/places_*.tsv, each with a header saying what it
# holds and where it comes from); this module only says how they are used.

# Placeholder nodes of the code tree (市辖区): kept as nodes, left out of paths and the index.
PLACEHOLDER_NAMES = frozenset(lexicons.words("places_placeholder_names"))
# One-character 简称 of the provinces and short names of some capitals, by division code.
ABBREVIATIONS = lexicons.mapping("places_abbreviations")
# The special administrative regions and Taiwan have no NBS codes; GB/T 2260 gives these.
EXTRA_PROVINCES = lexicons.mapping("places_extra_provinces")


def _ending_re(words: Iterable[str], repeat: bool = False) -> re.Pattern[str]:
    """A pattern for any of `words` (one or more of them with `repeat`) at the end of a name."""
    alternation = "|".join(re.escape(w) for w in lexicons.longest_first(tuple(words)))
    return re.compile(f"(?:{alternation}){'+' if repeat else ''}$")


def _grouped(name: str, key: int, value: int) -> dict[str, list[str]]:
    """Column `value` of every entry of a list, grouped by column `key`, in file order."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in lexicons.rows(name):
        out[row[key]].append(row[value])
    return out


_ETHNIC_RE = _ending_re(lexicons.words("places_ethnic_groups"), repeat=True)
# A remainder ending like this names a road or similar as well, so the stripped form of
# 五一路街道 or 光华街社区 would capture mentions of the road itself: never index it.
_ROADLIKE_RE = _ending_re(lexicons.words("places_roadlike_endings"))
# Committee endings of source names (村委会, 社区居委会), per unit: village, community.
_COMMITTEE_ENDINGS = {
    unit: _ending_re(endings) for unit, endings in _grouped("places_committee_endings", 1, 0).items()
}
# Written forms of the body that runs a place (居委会, 村委会, 街道办), per unit: the tails, and
# the unit suffix taken off the name before them.
_COMMITTEE_TAILS = _grouped("places_committee_forms", 1, 0)
_UNIT_SUFFIX = {row[1]: row[2] for row in lexicons.rows("places_committee_forms")}
# Unit suffixes per level, longest first (what a short form drops), and the short unit word an
# autonomous unit is also written with (自治州 -> 州).
_LEVEL_SUFFIXES = {
    level: lexicons.longest_first(suffixes)
    for level, suffixes in _grouped("places_level_suffixes", 1, 0).items()
}
_SHORT_UNIT_WORD = {
    (row[1], row[0]): row[2] for row in lexicons.rows("places_level_suffixes") if len(row) > 2 and row[2]
}
_DIGIT_KEY = str.maketrans(lexicons.mapping("places_name_digits"))


def name_key(text: str) -> str:
    """Matching key: full-width forms folded, Chinese digits as Arabic (6904社区 ~ 六九零四社区)."""
    return to_halfwidth_alnum(text.strip()).translate(_DIGIT_KEY)


def place_name(official: str, level: str) -> str:
    """The name of the place a source row stands for: committees become their place
    (腾飞路社区居委会 -> 腾飞路社区, 横渠村村民委员会 -> 横渠村, 南张村委会 -> 南张村)."""
    if level != "village":
        return official
    village, community = _UNIT_SUFFIX["village"], _UNIT_SUFFIX["community"]
    if _COMMITTEE_ENDINGS["village"].search(official):
        base = _COMMITTEE_ENDINGS["village"].sub("", official)
        return base if base.endswith(village) else base + village
    if _COMMITTEE_ENDINGS["community"].search(official):
        base = _COMMITTEE_ENDINGS["community"].sub("", official)
        return base + community if base else official
    return official


def _stem(name: str, level: str) -> tuple[str, str | None]:
    """The name without the longest unit suffix of its level, ethnic groups taken off for
    provinces, cities and counties (广西壮族自治区 -> 广西); and the suffix dropped."""
    suffix = next((s for s in _LEVEL_SUFFIXES.get(level, ()) if name.endswith(s)), None)
    stem = name[: -len(suffix)] if suffix else name
    if LEVEL_RANK[level] <= LEVEL_RANK["county"]:
        stem = _ETHNIC_RE.sub("", stem) or stem
    return stem, suffix


def short_forms(name: str, level: str) -> set[str]:
    """Forms a place is written in besides its full name: 太原市 -> 太原, 小店区 -> 小店,
    北旺庄街道 -> 北旺庄, 内蒙古自治区 -> 内蒙古, 腾飞路社区 -> (腾飞路 is a road: none)."""
    forms: set[str] = set()
    stem, suffix = _stem(name, level)
    # a prefecture's stem is always the city (海口, 张家口, 营口) even where it ends like a
    # road or a gate; below that level such a stem would capture the road itself
    if stem != name and len(stem) >= 2 and (level == "city" or not _ROADLIKE_RE.search(stem)):
        forms.add(stem)
    short_unit = _SHORT_UNIT_WORD.get((level, suffix or ""))
    if short_unit and len(stem) >= 2:
        forms.add(stem + short_unit)  # 临夏回族自治州 -> 临夏州, 恩施州; 自治县 -> X县
    if suffix and len(name) - len(suffix) <= 2:
        # a short name may end like a longer suffix: 万柏林区 is 万柏林 + 区, not 万柏 + 林区 (神农架林区
        # is a 林区); 碑林区 -> 碑林. Both readings are kept: the wrong one names nothing.
        suffixes = _LEVEL_SUFFIXES.get(level, ())
        shorter = next((x for x in suffixes if len(x) < len(suffix) and name.endswith(x)), None)
        rest = name[: -len(shorter)] if shorter else ""
        if len(rest) >= 2 and not _ROADLIKE_RE.search(rest):
            forms.add(rest)
    return forms


def committee_forms(div: Division) -> set[str]:
    """The other ways the body that runs a place is written, which news text uses for the place
    itself: 腾飞路居委会 / 腾飞路社区居民委员会, 横渠村委会, 北旺庄街道办事处 / 北旺庄街道办.
    Generated at load time rather than stored, to keep the shipped file small."""
    if div.level == "village":
        unit = div.kind  # community or village
    elif div.level == "township" and div.name.endswith(_UNIT_SUFFIX["street"]):
        unit = "street"
    else:
        return set()
    base = div.name.removesuffix(_UNIT_SUFFIX[unit])
    if not base and div.level == "village":  # a unit named just 村 or 社区 has no such forms
        return set()
    return {base + tail for tail in _COMMITTEE_TAILS[unit]}


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    name: str  # the place: 腾飞路社区
    official: str  # as in the source: 腾飞路社区居委会
    level: str
    parent: str | None
    path: str  # 山西省/太原市/古交市/桃园街道/腾飞路社区
    aliases: tuple[str, ...]  # other forms it is written as (short forms, old names)
    year: int

    @property
    def rank(self) -> int:
        return LEVEL_RANK[self.level]

    @property
    def kind(self) -> str:
        """village or community for level 5 (both are the 村级 level), else the level."""
        if self.level == "village" and self.name.endswith(_UNIT_SUFFIX["community"]):
            return "community"
        return self.level


@dataclass
class Gazetteer:
    divisions: dict[str, Division]
    index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None

    def __post_init__(self) -> None:
        if not self.index:
            index: dict[str, set[str]] = defaultdict(set)
            for div in self.divisions.values():
                if div.official in PLACEHOLDER_NAMES:
                    continue
                for form in {div.name, div.official, *div.aliases, *committee_forms(div)}:
                    index[name_key(form)].add(div.code)
            self.index = {k: tuple(sorted(v)) for k, v in index.items()}

    def __len__(self) -> int:
        return len(self.divisions)

    def lookup(self, text: str) -> list[Division]:
        """All divisions written as `text` (full name, official name or short form)."""
        return [self.divisions[c] for c in self.index.get(name_key(text), ())]

    def get(self, code: str | None) -> Division | None:
        return self.divisions.get(code) if code else None

    def ancestors(self, code: str) -> list[Division]:
        """The division itself and every real ancestor, smallest first."""
        out = []
        div = self.divisions.get(code)
        while div is not None:
            if div.official not in PLACEHOLDER_NAMES:
                out.append(div)
            div = self.divisions.get(div.parent) if div.parent else None
        return out

    def ancestor_at(self, code: str, level: str) -> Division | None:
        for div in self.ancestors(code):
            if div.level == level:
                return div
        return None

    def is_within(self, code: str, container: str) -> bool:
        return (
            code != container
            and code.startswith(container)
            and container in {d.code for d in self.ancestors(code)}
        )


# ---------------------------------------------------------------- build


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


Row = tuple[str, str, str, str | None, int]


def _rows_from_sources(source: Path) -> tuple[list[Row], dict[str, str]]:
    """(code, official name, level, parent code, year) for every division, and the 2023
    names of Shanxi townships whose 2021 name differs (kept as aliases)."""
    rows: list[Row] = []
    for r in _read_csv(source / "provinces.csv"):
        rows.append((r["code"], r["name"], "province", None, 2023))
    for code, name in EXTRA_PROVINCES.items():
        rows.append((code, name, "province", None, 2023))
    for r in _read_csv(source / "cities.csv"):
        rows.append((r["code"], r["name"], "city", r["provinceCode"], 2023))

    sx_areas = _read_csv(source / "shanxi_areas_2021.csv")
    sx_streets = _read_csv(source / "shanxi_streets_2021.csv")
    sx_area_codes = {r["code"] for r in sx_areas}
    sx_street_codes = {r["code"] for r in sx_streets}
    for r in _read_csv(source / "areas.csv"):
        # Shanxi counties come from 2021 so villages and townships form one tree; a county
        # only in the 2023 file (none at the time of writing) is still kept.
        if r["provinceCode"] == SHANXI and r["code"] in sx_area_codes:
            continue
        rows.append((r["code"], r["name"], "county", r["cityCode"], 2023))
    for r in sx_areas:
        rows.append((r["code"], r["name"], "county", r["cityCode"], 2021))
    renamed: dict[str, str] = {}
    for r in _read_csv(source / "streets.csv"):
        if r["provinceCode"] == SHANXI and r["code"] in sx_street_codes:
            renamed[r["code"]] = r["name"]  # a 2023 name of a 2021 township: keep as alias
            continue
        rows.append((r["code"], r["name"], "township", r["areaCode"], 2023))
    for r in sx_streets:
        rows.append((r["code"], r["name"], "township", r["areaCode"], 2021))
    for r in _read_csv(source / "shanxi_villages_2021.csv"):
        rows.append((r["code"], r["name"], "village", r["streetCode"], 2021))
    return rows, renamed


def _divisions(rows: Iterable[Row], renamed: dict[str, str]) -> dict[str, Division]:
    raw = {code: (official, level, parent, year) for code, official, level, parent, year in rows}
    paths: dict[str, str] = {}

    def path_of(code: str) -> str:
        if code not in paths:
            official, level, parent, _ = raw[code]
            own = "" if official in PLACEHOLDER_NAMES else place_name(official, level)
            head = path_of(parent) if parent and parent in raw else ""
            paths[code] = "/".join(p for p in (head, own) if p)
        return paths[code]

    out: dict[str, Division] = {}
    for code, (official, level, parent, year) in raw.items():
        name = place_name(official, level)
        aliases = set(short_forms(name, level))
        if code in ABBREVIATIONS:  # the code's length is its level: 14 晋, 1401 并
            aliases.add(ABBREVIATIONS[code])
        if code in renamed and renamed[code] != official:
            aliases.add(renamed[code])
            aliases |= short_forms(renamed[code], level)
        aliases -= {name, official}
        out[code] = Division(
            code=code, name=name, official=official, level=level,
            parent=parent if parent in raw else None, path=path_of(code),
            aliases=tuple(sorted(aliases)), year=year,
        )  # fmt: skip
    return out


COLUMNS = ("code", "name", "official", "level", "parent_code", "path", "aliases", "year")


def build(source: Path = DEFAULT_SOURCE, out_dir: Path | None = None) -> Path:
    """Derive models/gazetteer/admin_divisions.tsv.gz from the raw source files."""
    if not source.is_dir():
        raise FileNotFoundError(f"gazetteer source folder not found: {source}")
    rows, renamed = _rows_from_sources(source)
    divisions = _divisions(rows, renamed)
    out_dir = out_dir or models_dir() / "gazetteer"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / GAZETTEER_FILE
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for code in sorted(divisions, key=lambda c: (len(c), c)):
        d = divisions[code]
        writer.writerow(
            (
                d.code,
                d.name,
                d.official,
                d.level,
                d.parent or "",
                d.path,
                "|".join(d.aliases),
                d.year,
            )
        )
    # mtime=0 so rebuilding from the same sources gives a byte-identical file
    with (
        open(target, "wb") as raw_f,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw_f, mtime=0) as gz,
    ):
        gz.write(buf.getvalue().encode("utf-8"))
    build_index(target)
    return target


def build_index(path: Path | None = None) -> Path:
    """Write the prebuilt name index next to a gazetteer file (pipeline.nlp.gazetteer_index)."""
    path = path or gazetteer_path()
    return write_index(_load.__wrapped__(path, prebuilt=False).index, path)


# ---------------------------------------------------------------- load


def models_dir(models: Path | str | None = None) -> Path:
    """The models folder: `models` when given (the run's configured folder; pipeline/config.py
    reads CNNEWS_MODELS_DIR), else the one shipped beside the package. No environment is read
    here, so what a run uses is what its configuration says."""
    return Path(models) if models else SHIPPED_MODELS


def gazetteer_path(models: Path | str | None = None) -> Path:
    return models_dir(models) / "gazetteer" / GAZETTEER_FILE


def load_gazetteer(models: Path | str | None = None) -> Gazetteer:
    """The gazetteer of a models folder (default: the shipped one), read once per process."""
    return _load(gazetteer_path(models))


@cache
def _load(path: Path, prebuilt: bool = True) -> Gazetteer:
    if not path.is_file():
        raise FileNotFoundError(
            f"gazetteer not found at {path}; rebuild it with `{REBUILD_COMMAND}` "
            "(needs ../shared/corpora/admin_divisions) or configure a models folder "
            "(CNNEWS_MODELS_DIR) that has gazetteer/" + GAZETTEER_FILE
        )
    divisions: dict[str, Division] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader)
        if tuple(header) != COLUMNS:
            raise ValueError(f"{path}: unexpected columns {header}; rebuild: {REBUILD_COMMAND}")
        for code, name, official, level, parent, dpath, aliases, year in reader:
            divisions[code] = Division(
                code=code, name=name, official=official, level=level, parent=parent or None,
                path=dpath, aliases=tuple(a for a in aliases.split("|") if a), year=int(year),
            )  # fmt: skip
    index = read_index(path, {code: code for code in divisions}) if prebuilt else None  # None: computed
    return Gazetteer(divisions=divisions, index=index or {}, path=path)


def main(argv: list[str]) -> int:
    if argv[:1] == ["index"]:  # the shipped gazetteer's index only (no source files needed)
        print(build_index(Path(argv[1]) if len(argv) > 1 else None))
        return 0
    if not argv or argv[0] != "build":
        print(f"usage: {REBUILD_COMMAND} [--source DIR] [--out DIR]\n"
              "       python -m pipeline.nlp.gazetteer index [GAZETTEER_FILE]", file=sys.stderr)
        return 2
    source, out = DEFAULT_SOURCE, None
    args = argv[1:]
    while args:
        flag, value, *args = args
        if flag == "--source":
            source = Path(value)
        elif flag == "--out":
            out = Path(value)
        else:
            print(f"unknown option {flag}", file=sys.stderr)
            return 2
    target = build(source, out)
    gaz = _load.__wrapped__(target)
    counts: dict[str, int] = defaultdict(int)
    for d in gaz.divisions.values():
        counts[d.level] += 1
    print(json.dumps({"path": str(target), "bytes": target.stat().st_size, **counts}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
