"""Readers for the NER training corpora in ../shared/corpora, all mapped to PER / ORG / LOC.

Label mapping (documented in models/ner/README.md):
- MSRA: PER, ORG, LOC as given.
- People's Daily 1998: consecutive ``nr`` tokens -> PER (surname and given name are separate
  tokens there), ``ns`` -> LOC, ``nt`` -> ORG; bracketed compounds ``[...]nt`` -> ORG and
  ``[...]ns`` -> LOC as one outermost span (the MSRA convention); ``nz`` is not mapped.
- CLUENER: name -> PER; organization, government, company -> ORG; scene -> LOC; address ->
  LOC only when it is a single place (no internal chain) -- long address chains conflict with
  the gold convention of splitting chains, so those lines are left out.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from pipeline.evaluation.devset import SHARED
from pipeline.nlp.lexicons import normalize, place_variants

Sentence = tuple[str, list[str]]  # text, BIO tags (PER/ORG/LOC)


def shared_corpora() -> Path:
    return SHARED / "corpora"


def read_bio(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if chars:
                out.append((normalize("".join(chars)), tags))
            chars, tags = [], []
            continue
        c, _, t = line.partition("\t")
        chars.append(c[:1] or " ")
        tags.append(t.strip() or "O")
    if chars:
        out.append((normalize("".join(chars)), tags))
    return out


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    start, label = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and not (t.startswith("I-") and t[2:] == label):
            spans.append((start, i, label))
            start = -1
        if t.startswith("B-") or (t.startswith("I-") and start < 0):
            start, label = i, t[2:]
    return spans


def to_tags(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, lab in spans:
        if any(t != "O" for t in tags[s:e]):
            continue  # overlapping annotation: keep the first
        tags[s] = f"B-{lab}"
        for k in range(s + 1, e):
            tags[k] = f"I-{lab}"
    return tags


_TOKEN = re.compile(r"(\[)?([^\s/\[\]]+)/([a-zA-Z]+)(\]([a-z]+))?")


def read_pd1998(path: Path) -> list[Sentence]:
    """People's Daily 1998 sentences, person names merged, brackets as outermost spans."""
    out: list[Sentence] = []
    pd_map = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
    for line in path.read_text(encoding="utf-8").splitlines():
        _, _, body = line.partition("\t")
        text = ""
        spans: list[tuple[int, int, str]] = []
        bracket_start = -1
        last_nr_end = -1
        for m in _TOKEN.finditer(body):
            opens, word, pos, closes, btag = m.groups()
            if opens:
                bracket_start = len(text)
            s = len(text)
            text += word
            if bracket_start < 0:
                lab = pd_map.get(pos)
                if lab == "PER" and last_nr_end == s and spans and spans[-1][2] == "PER":
                    spans[-1] = (spans[-1][0], len(text), "PER")
                elif lab:
                    spans.append((s, len(text), lab))
                last_nr_end = len(text) if lab == "PER" else -1
            if closes:
                lab = pd_map.get(btag or "")
                if lab and lab != "PER":
                    spans.append((bracket_start, len(text), lab))
                bracket_start = -1
                last_nr_end = -1
        if text:
            text = normalize(text)
            out.append((text, to_tags(len(text), spans)))
    return out


_CLUE_MAP = {"name": "PER", "organization": "ORG", "government": "ORG", "company": "ORG",
             "scene": "LOC", "address": "LOC"}


def pd1998_paragraphs(corpora: Path) -> Iterator[str]:
    """People's Daily 1998 paragraphs as plain text (words re-joined, tags and brackets
    dropped): raw text for the pretrained vectors."""
    with gzip.open(corpora / "pd1998_01" / "199801.paragraphs.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield "".join(m.group(2) for m in _TOKEN.finditer(line.partition("\t")[2]))


def read_cluener(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = normalize(d["text"])
        spans = []
        skip = False
        for typ, ents in d.get("label", {}).items():
            lab = _CLUE_MAP.get(typ)
            for ent, offsets in ents.items():
                if typ == "address" and len(ent) > 6:
                    skip = True  # an address chain: annotated as one span there, split here
                for s, e in offsets:
                    if lab:
                        spans.append((s, e + 1, lab))
        if not skip:
            out.append((text, to_tags(len(text), spans)))
    return out


def chunk(sent: Sentence, max_len: int = 150) -> Iterator[Sentence]:
    """Split long sentences at punctuation outside entities (faster batches, same labels)."""
    text, tags = sent
    start = 0
    while len(text) - start > max_len:
        cut = -1
        for k in range(start + max_len, start + 20, -1):
            end_ok = tags[k - 1] == "O" and not tags[k].startswith("I-")
            if text[k - 1] in ",.;!?:，。；！？、：" and end_ok:
                cut = k
                break
        if cut < 0:
            break
        yield text[start:cut], tags[start:cut]
        start = cut
    yield text[start:], tags[start:]


def admin_places(corpora: Path) -> set[str]:
    d = corpora / "admin_divisions"
    names: set[str] = set()
    for fname, col in [("provinces.csv", 1), ("cities.csv", 1), ("areas.csv", 1),
                       ("streets.csv", 1), ("shanxi_areas_2021.csv", 1),
                       ("shanxi_streets_2021.csv", 1), ("shanxi_villages_2021.csv", 1)]:
        lines = (d / fname).read_text(encoding="utf-8").splitlines()[1:]
        for ln in lines:
            parts = ln.split(",")
            if len(parts) > col:
                names.update(place_variants(parts[col]))
    hk = json.loads((d / "HK-MO-TW.json").read_text(encoding="utf-8"))

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                names.update(place_variants(k))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            names.update(place_variants(x))

    walk(hk)
    # Names that are also everyday words or that the gazetteer has only as noise.
    return {n for n in names if n and not n.isascii()}


def derived_surnames(sents: list[Sentence], min_count: int = 8) -> set[str]:
    """First characters of 2-3 character person spans: a surname list from annotated data."""
    first: Counter[str] = Counter()
    for text, tags in sents:
        for s, e, lab in spans_of(tags):
            if lab == "PER" and 2 <= e - s <= 3:
                first[text[s]] += 1
    return {c for c, n in first.items() if n >= min_count and "\u4e00" <= c <= "\u9fff"}


def read_xwlb(corpora: Path, limit: int | None = None) -> Iterator[str]:
    with gzip.open(corpora / "news_xwlb" / "xwlb_2022-2026.jsonl.gz", "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            if limit is not None and k >= limit:
                break
            yield from json.loads(line)["text"].split("\n")


def _jieba_tags() -> dict[str, str]:
    import jieba  # type: ignore[import-untyped]

    path = Path(jieba.__file__).parent / "dict.txt"
    out = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if len(parts) == 3:
            out[parts[0]] = parts[2]
    return out


def gazetteer_names(corpora: Path) -> set[str]:
    """Place names for the gazetteer rule: full names at every level; short forms (太原 for
    太原市) only for province and prefecture names, and only where jieba's dictionary does
    not know the short form as an ordinary word."""
    d = corpora / "admin_divisions"
    jt = _jieba_tags()
    names: set[str] = set()

    def rows(fname: str) -> list[str]:
        lines = (d / fname).read_text(encoding="utf-8").splitlines()[1:]
        return [ln.split(",")[1].strip('"') for ln in lines if ln.count(",") >= 1]

    for fname in ("provinces.csv", "cities.csv", "areas.csv", "shanxi_areas_2021.csv"):
        short_ok = fname in ("provinces.csv", "cities.csv")
        for name in rows(fname):
            for v in place_variants(name):
                # county short forms are too often ordinary words (新建, 江山, 青山, 小店)
                if v == name or (short_ok and jt.get(v, "ns") == "ns"):
                    names.add(v)
    for fname in ("streets.csv", "shanxi_streets_2021.csv"):
        names.update(n for n in rows(fname) if len(n) >= 3)
    for name in rows("shanxi_villages_2021.csv"):
        v = place_variants(name)[0]
        if len(v) >= 3:
            names.add(v)
    bad = {"市辖区", "城区", "郊区", "矿区", "新区", "开发区"}
    return {n for n in names if n not in bad and not n.isascii()}


def person_surnames(sents: list[Sentence], min_count: int = 1) -> set[str]:
    """Surnames for the byline / title rules: first characters of 2-3 character person spans
    seen at least once in MSRA and People's Daily (wider than the model's
    feature list, which must stay as trained); compound surnames are handled in the rules."""
    return derived_surnames(sents, min_count)
