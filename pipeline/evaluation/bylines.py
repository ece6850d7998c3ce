"""Bylines: `python -m pipeline.evaluation.bylines`.

Three sets, each scored as precision / recall / F1 of byline names per article (and of
(name, role word) where the set says the role):

- the dev pages (``../shared/samples`` with ``../shared/gold``), per page group: the gold
  articles' ``bylines``, articles matched by headline (shanxi has bylines; the 新闻联播 groups
  have none, so there only false bylines count). Tuned on shanxi and x1; x2 is held out and only
  its aggregate figures are printed;
- ``byline_cases.tsv``: byline formats of other papers, written for this evaluation (names
  before a role, dateline brackets, 文/图, 摄 after the names, closing credits, editors);
- People's Daily, January 1998 (``../shared/corpora/pd1998_01``): real bylines nobody wrote
  for this project. The gold names are the corpus's own person tags (nr) inside a paragraph's
  byline: the bracket after a dateline (新华社北京1月1日电（记者 …）), a dateline's credit up to
  报道： (本报北京1月1日讯 记者…报道：), and a photo credit closing a paragraph (（新华社记者…摄）).

Also reported for the formats set: how many byline names the entities stage (shipped NER plus
the byline names of the layout) gives as PERSON mentions of exactly that text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.evaluation.devset import HELD_OUT_PAGES, PAGE_GROUPS, SHARED, case_rows
from pipeline.records import Article, Document
from pipeline.stages.clean import clean_text
from pipeline.stages.segment import articles as segment_articles

HERE = Path(__file__).resolve().parent
CASES = HERE / "byline_cases.tsv"
PD_ARTICLES = 400  # People's Daily paragraphs with a byline scored (the first ones of the month)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: Iterable[object], want: Iterable[object]) -> None:
        g, w = set(got), set(want)
        self.tp += len(g & w)
        self.fp += len(g - w)
        self.fn += len(w - g)

    def line(self, title: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        if not self.tp + self.fp + self.fn:
            return f"  {title:<34} no bylines in gold or output"
        return (f"  {title:<34} P {p:.3f}  R {r:.3f}  F1 {f:.3f}"
                f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})")  # fmt: skip


def page_articles(text: str, doc_id: str = "page") -> list[Article]:
    """The articles the segment stage finds on a raw page."""
    cleaned = clean_text(text).text
    document = Document(doc_id, "eval", f"{doc_id}.txt", "", "utf-8", len(cleaned), cleaned,
                        datetime(2026, 1, 1, tzinfo=UTC), (), None, None)  # fmt: skip
    return segment_articles(document)


# ---------------------------------------------------------------- dev pages


def dev_pages(shared: Path, verbose: bool) -> list[str]:
    lines = ["byline names per article on the dev pages (tuned on shanxi+x1, x2 held out)"]
    for group, prefixes in PAGE_GROUPS:
        score = Score()
        for gold_path in sorted((shared / "gold").glob("*.json")):
            if not gold_path.stem.startswith(prefixes):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            page = shared / "samples" / f"{gold_path.stem}.txt"
            found = page_articles(page.read_text(encoding="utf-8"), gold_path.stem)
            got = {(a.headline, n) for a in found for n in a.bylines}
            want = {(a["headline"], n) for a in gold["articles"] for n in a.get("bylines") or ()}
            score.add(got, want)
            if verbose and group not in HELD_OUT_PAGES:
                lines += [f"    {gold_path.stem} extra {x}" for x in sorted(got - want, key=str)]
                lines += [f"    {gold_path.stem} missed {x}" for x in sorted(want - got, key=str)]
        lines.append(score.line(group + (" (held out)" if group in HELD_OUT_PAGES else "")))
    return lines


# ---------------------------------------------------------------- formats set


def load_cases(path: Path = CASES) -> list[tuple[str, str, list[tuple[str, str]]]]:
    cases = []
    for case, text, *rest in case_rows(path):
        want = [tuple(item.split("/", 1)) for item in (rest[0] if rest else "").split(";") if item]
        cases.append((case, text.replace("\\n", "\n"), [(n, r) for n, r in want]))
    return cases


def formats(verbose: bool, with_ner: bool) -> list[str]:
    names, pairs = Score(), Score()
    lines = [f"byline formats of other papers ({CASES.name}, written for this evaluation)"]
    person = Score()
    ner = _ner() if with_ner else None
    for case, text, want in load_cases():
        found = page_articles(text, case)
        got = [(n, r) for a in found for n, r in zip(a.bylines, a.byline_roles, strict=True)]
        names.add({n for n, _ in got}, {n for n, _ in want})
        pairs.add(set(got), set(want))
        if verbose and set(got) != set(want):
            lines.append(f"    {case}: got {got}, want {want}")
        if ner is not None:
            person.add(set(_person_mentions(text, case, ner)) & {n for n, _ in want}, {n for n, _ in want})
    lines.append(names.line("names"))
    lines.append(pairs.line("(name, role word)"))
    if ner is not None:
        lines.append(person.line("names as PERSON mentions (recall)"))
    return lines


def _ner() -> object:
    from pipeline.nlp.ner import load_ner

    return load_ner()


def _person_mentions(text: str, case: str, ner: object) -> Iterator[str]:
    from pipeline.stages.entities import extract_mentions
    from pipeline.stages.segment import sentences

    cleaned = clean_text(text).text
    document = Document(case, "eval", f"{case}.txt", "", "utf-8", len(cleaned), cleaned,
                        datetime(2026, 1, 1, tzinfo=UTC), (), None, None)  # fmt: skip
    arts = segment_articles(document)
    for m in extract_mentions(document, arts, sentences(document, arts), ner):  # type: ignore[arg-type]
        if m.label == "PERSON":
            yield m.text


# ---------------------------------------------------------------- People's Daily 1998

_TOKEN = re.compile(r"(\S+?)/([A-Za-z]+)")
_DATELINE_HEADS = ("本报", "新华社", "据新华社", "据本报")
# the tags of a paragraph that is nothing but a byline: names, punctuation, 本报/驻/记者/places/outlets
_LINE_TAGS = frozenset({"nr", "w", "r", "v", "n", "ns", "nt", "Vg", "j", "b"})


def _tokens(line: str) -> list[tuple[str, str]]:
    return [(w.lstrip("["), t) for w, t in _TOKEN.findall(line.replace("]", " ]"))]


def _names(tokens: list[tuple[str, str]]) -> list[str]:
    """Person names: the corpus writes a Chinese name as surname + given name (陈/nr 雁/nr), so
    a run of nr tokens is read two by two (张/nr 学仁/nr 王/nr 良/nr: two names)."""
    out: list[str] = []
    run: list[str] = []
    for word, tag in tokens:
        if tag == "nr" and len(run) < 2:
            run.append(word)
            continue
        if run:
            out.append("".join(run))
        run = [word] if tag == "nr" else []
    return out + (["".join(run)] if run else [])


def _byline_region(tokens: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The tokens of a paragraph's byline, or None when it has none."""
    words = [w for w, _ in tokens]
    if len(words) <= 16 and "记者" in words and all(t in _LINE_TAGS for _, t in tokens):
        return tokens  # a byline paragraph: 本报驻阿联酋记者 林皎明, 本报记者 刘工践
    if words and words[-1] == "）" and "摄" in words[-4:] and "（" in words:
        open_at = len(words) - 1 - words[::-1].index("（")
        return tokens[open_at + 1 : -1]
    head = "".join(words[:2])
    if not head.startswith(_DATELINE_HEADS):
        return None
    end = next((i for i, w in enumerate(words[:12]) if w in ("电", "讯")), None)
    if end is None:
        return None
    if end + 1 < len(words) and words[end + 1] == "（" and "）" in words[end + 1 :]:
        return tokens[end + 2 : words.index("）", end + 1)]
    if "报道" in words[end : end + 30]:
        stop = words.index("报道", end)
        if stop + 1 < len(words) and words[stop + 1] in ("：", ":"):
            return tokens[end + 1 : stop]
    return None


def _text(tokens: list[tuple[str, str]]) -> str:
    """A paragraph's text. The corpus dropped the page's spaces; a paragraph that is only a
    byline had its names printed apart (本报记者 王锦鹄 毛磊), so a space follows each name there."""
    words = [w for w, _ in tokens]
    if not (len(words) <= 16 and all(t in _LINE_TAGS for _, t in tokens)):
        return "".join(words)
    out, run = "", 0
    for word, tag in tokens:
        run = run + 1 if tag == "nr" else 0
        out += word + (" " if run == 2 else "")
        run = 0 if run == 2 else run
    return out.strip()


def pd_cases(corpus: Path, limit: int = PD_ARTICLES) -> list[tuple[str, str, list[str]]]:
    """(id, headline + paragraph, byline names) of the first `limit` paragraphs of the month with
    a byline that names someone by a role word (记者, 摄), and as many first paragraphs of
    articles without one (gold: no byline; they measure false bylines)."""
    with_byline: list[tuple[str, str, list[str]]] = []
    without: list[tuple[str, str, list[str]]] = []
    titles: dict[str, str] = {}
    with gzip.open(corpus / "199801.paragraphs.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            pid, _, body = line.rstrip("\n").partition("\t")
            tokens = _tokens(body)
            text = _text(tokens)
            article = pid.rsplit("-", 1)[0]
            if article not in titles:
                titles[article] = text
                continue
            region = _byline_region(tokens)
            if region is None:
                if pid.endswith("-002") and len(without) < limit:
                    without.append((pid, titles[article] + "\n" + text, []))
                continue
            names = _names(region)
            if names and any(w in ("记者", "摄", "通讯员") for w, _ in region) and len(with_byline) < limit:
                with_byline.append((pid, titles[article] + "\n" + text, names))
            if len(with_byline) >= limit and len(without) >= limit:
                break
    return with_byline + without


def peoples_daily(corpus: Path, verbose: bool) -> list[str]:
    score = Score()
    lines = [f"People's Daily 1998-01: {PD_ARTICLES} paragraphs with a byline (gold: the corpus's nr tags)"
             f" and {PD_ARTICLES} first paragraphs without one"]  # fmt: skip
    for pid, text, want in pd_cases(corpus):
        got = {n for a in page_articles(text, pid) for n in a.bylines}
        score.add(got, set(want))
        if verbose and got != set(want):
            lines.append(f"    {pid}: got {sorted(got)}, want {want}")
    lines.append(score.line("names"))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors (not of x2)")
    parser.add_argument("--no-ner", action="store_true", help="skip the PERSON-mention check")
    args = parser.parse_args(argv)
    out = formats(args.verbose, with_ner=not args.no_ner)
    if (args.shared / "gold").is_dir():
        out += dev_pages(args.shared, args.verbose)
    else:
        print(f"no gold folder under {args.shared}: skipping the dev pages", file=sys.stderr)
    corpus = args.shared / "corpora" / "pd1998_01"
    if corpus.is_dir():
        out += peoples_daily(corpus, args.verbose)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
