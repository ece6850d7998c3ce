"""Build ``pipeline/lexicons/ner_name_chars.tsv``: how often each character starts a Chinese
personal name (the surname) and how often it is part of the given name, in the PERSON spans of
two or three CJK characters of MSRA NER train (train_minus_dev: MSRA dev and test are not
read) and People's Daily January 1998. ``cnnews_name_lists`` scores the ways to cut a list of
names printed without separators with these counts.

    python -m pipeline.training.name_chars [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from pipeline.training.ner_data import read_bio, read_pd1998, shared_corpora, spans_of

OUT = Path(__file__).resolve().parents[1] / "lexicons" / "ner_name_chars.tsv"
HEADER = """\
# Characters of Chinese personal names: how often each starts a name (its surname) and how often
# it is part of a given name, counted over the PERSON spans of 2-3 CJK characters of MSRA NER
# train (train_minus_dev; dev and test not read) and People's Daily January 1998 (merged nr).
# Used by cnnews_name_lists to choose where names printed without separators (丁文昌丁石孙…)
# are cut. Rebuild: python -m pipeline.training.name_chars
# Columns: character <TAB> as first character <TAB> as a later character
"""


def count(corpora: Path) -> tuple[Counter[str], Counter[str]]:
    sents = read_bio(corpora / "msra" / "train_minus_dev.bio")
    sents += read_pd1998(corpora / "pd1998_01" / "199801.sentences.txt")
    first: Counter[str] = Counter()
    later: Counter[str] = Counter()
    for text, tags in sents:
        for s, e, lab in spans_of(tags):
            name = text[s:e]
            if lab == "PER" and 2 <= len(name) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in name):
                first[name[0]] += 1
                later.update(name[1:])
    return first, later


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    first, later = count(args.corpora or shared_corpora())
    chars = sorted(set(first) | set(later), key=lambda c: (-(first[c] + later[c]), c))
    rows = "".join(f"{c}\t{first[c]}\t{later[c]}\n" for c in chars)
    args.out.write_text(HEADER + rows, encoding="utf-8")
    print(f"{args.out}: {len(chars)} characters")


if __name__ == "__main__":
    main()
