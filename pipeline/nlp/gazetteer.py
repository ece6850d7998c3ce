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
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pipeline

GAZETTEER_FILE = "admin_divisions.tsv.gz"
REBUILD_COMMAND = "python -m pipeline.nlp.gazetteer build"
DEFAULT_SOURCE = Path(pipeline.__file__).resolve().parents[2] / "shared/corpora/admin_divisions"

LEVELS = ("province", "city", "county", "township", "village")
LEVEL_RANK = {name: i + 1 for i, name in enumerate(LEVELS)}
CODE_LENGTHS = {"province": 2, "city": 4, "county": 6, "township": 9, "village": 12}
SHANXI = "14"

# Placeholder nodes of the code tree: they hold children but are not places anyone names,
# so they are kept as nodes (parents must exist) but left out of paths and the name index.
PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

# One-character official abbreviations (简称) of the provincial units; a mention that is
# exactly one of these (晋, 并) is only a place when the NER says so, so it is safe to index.
PROVINCE_ABBREVIATIONS = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉",
    "23": "黑", "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣",
    "37": "鲁", "41": "豫", "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼",
    "50": "渝", "51": "川", "52": "黔", "53": "滇", "54": "藏", "61": "陕", "62": "甘",
    "63": "青", "64": "宁", "65": "新", "71": "台", "81": "港", "82": "澳",
}  # fmt: skip
# Historic short names of provincial capitals used in headlines (并 for 太原, 蓉 for 成都).
CITY_ABBREVIATIONS = {"1401": "并", "5101": "蓉", "4401": "穗", "3601": "洪", "3501": "榕"}

# The special administrative regions and Taiwan have no NBS codes; GB/T 2260 gives these.
EXTRA_PROVINCES = {"71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区"}

_ETHNIC = (
    "壮族|回族|维吾尔|藏族|蒙古族|朝鲜族|满族|苗族|彝族|土家族|布依族|侗族|瑶族|白族|哈尼族|"
    "哈萨克族|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|土族|"
    "达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克族|怒族|"
    "鄂温克族|德昂族|保安族|裕固族|京族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|各族"
)
_ETHNIC_RE = re.compile(f"(?:{_ETHNIC})+$")
# A remainder ending like this names a road or similar as well, so the stripped form of
# 五一路街道 or 光华街社区 would capture mentions of the road itself: never index it.
_ROADLIKE_RE = re.compile(r"(?:路|街|道|巷|大街|胡同|里|桥|广场|园|苑|小区|口)$")
_VILLAGE_COMMITTEE_RE = re.compile(r"(?:村民委员会|村委会)$")
_RESIDENT_COMMITTEE_RE = re.compile(r"(?:社区)?(?:居民委员会|居委会|委员会)$")
_DIGIT_KEY = str.maketrans("零〇○一二三四五六七八九", "000123456789")


def name_key(text: str) -> str:
    """Matching key: full-width forms folded, Chinese digits as Arabic (6904社区 ~ 六九零四社区)."""
    out = []
    for ch in text.strip():
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF5A:  # full-width digits and letters
            ch = chr(code - 0xFEE0)
        out.append(ch)
    return "".join(out).translate(_DIGIT_KEY)


def place_name(official: str, level: str) -> str:
    """The name of the place a source row stands for: committees become their place
    (腾飞路社区居委会 -> 腾飞路社区, 横渠村村民委员会 -> 横渠村, 南张村委会 -> 南张村)."""
    if level != "village":
        return official
    if _VILLAGE_COMMITTEE_RE.search(official):
        base = _VILLAGE_COMMITTEE_RE.sub("", official)
        return base if base.endswith("村") else base + "村"
    if _RESIDENT_COMMITTEE_RE.search(official):
        base = _RESIDENT_COMMITTEE_RE.sub("", official)
        return base + "社区" if base else official
    return official


def short_forms(name: str, level: str) -> set[str]:
    """Forms a place is written in besides its full name: 太原市 -> 太原, 小店区 -> 小店,
    北旺庄街道 -> 北旺庄, 内蒙古自治区 -> 内蒙古, 腾飞路社区 -> (腾飞路 is a road: none)."""
    forms: set[str] = set()
    stem = name
    if level == "province":
        stem = re.sub(r"(?:特别行政区|自治区|省|市)$", "", name)
        stem = _ETHNIC_RE.sub("", stem) or stem
    elif level == "city":
        stem = re.sub(r"(?:自治州|地区|盟|市)$", "", name)
        stem = _ETHNIC_RE.sub("", stem) or stem
    elif level == "county":
        stem = re.sub(r"(?:自治县|自治旗|林区|特区|区|县|市|旗)$", "", name)
        stem = _ETHNIC_RE.sub("", stem) or stem
    elif level == "township":
        stem = re.sub(r"(?:街道办事处|街道|民族乡|镇|乡|苏木)$", "", name)
    elif level == "village":
        stem = re.sub(r"(?:社区|村)$", "", name)
    # a prefecture's stem is always the city (海口, 张家口, 营口) even where it ends like a
    # road or a gate; below that level such a stem would capture the road itself
    if stem != name and len(stem) >= 2 and (level == "city" or not _ROADLIKE_RE.search(stem)):
        forms.add(stem)
    if level == "county" and name.endswith("自治县") and len(stem) >= 2:
        forms.add(stem + "县")
    if level == "city" and name.endswith("自治州") and len(stem) >= 2:
        forms.add(stem + "州")  # 临夏回族自治州 -> 临夏州, 恩施州
    return forms


def committee_forms(div: Division) -> set[str]:
    """The other ways the body that runs a place is written, which news text uses for the place
    itself: 腾飞路居委会 / 腾飞路社区居民委员会, 横渠村委会, 北旺庄街道办事处 / 北旺庄街道办.
    Generated at load time rather than stored, to keep the shipped file small."""
    if div.level == "village":
        if div.name.endswith("社区"):
            base = div.name[:-2]
            tails = ("居委会", "居民委员会", "社区居委会", "社区居民委员会", "社区委员会")
        else:
            base = div.name[:-1] if div.name.endswith("村") else div.name
            tails = ("村委会", "村民委员会", "村村委会", "村村民委员会")
        return {base + t for t in tails} if base else set()
    if div.level == "township" and div.name.endswith("街道"):
        return {div.name + "办事处", div.name + "办", div.name[:-2] + "街道办事处"}
    return set()


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
        if self.level == "village" and self.name.endswith("社区"):
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
        if level == "province" and code in PROVINCE_ABBREVIATIONS:
            aliases.add(PROVINCE_ABBREVIATIONS[code])
        if level == "city" and code in CITY_ABBREVIATIONS:
            aliases.add(CITY_ABBREVIATIONS[code])
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
    return target


# ---------------------------------------------------------------- load


def models_dir() -> Path:
    env = os.environ.get("CNNEWS_MODELS_DIR")
    return Path(env) if env else Path(pipeline.__file__).resolve().parents[1] / "models"


def gazetteer_path() -> Path:
    return models_dir() / "gazetteer" / GAZETTEER_FILE


def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process (per models dir)."""
    return _load(gazetteer_path())


@cache
def _load(path: Path) -> Gazetteer:
    if not path.is_file():
        raise FileNotFoundError(
            f"gazetteer not found at {path}; rebuild it with `{REBUILD_COMMAND}` "
            "(needs ../shared/corpora/admin_divisions) or set CNNEWS_MODELS_DIR to a models "
            "folder that has gazetteer/" + GAZETTEER_FILE
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
    return Gazetteer(divisions=divisions, path=path)


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "build":
        print(f"usage: {REBUILD_COMMAND} [--source DIR] [--out DIR]", file=sys.stderr)
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
