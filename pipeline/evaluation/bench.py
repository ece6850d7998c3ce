"""`make bench`: throughput (chars/s) of each stage on one core, model load time, peak RSS.

Input: the sample pages, and when ../shared is beside the repo, ~200k characters of the
news_xwlb corpus (benchmarks only: never copied into the repo). Numbers are printed, never
asserted: speed goals are checked here, not in tests.
"""

from __future__ import annotations

import gzip
import json
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from pipeline.config import Config
from pipeline.nlp.ner import DEFAULT_NER, Span, load_ner
from pipeline.run import STAGES, make_document
from pipeline.stages import ingest

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO.parent / "shared" / "corpora" / "news_xwlb" / "xwlb_2022-2026.jsonl.gz"


def _pages(limit_chars: int = 200_000) -> list[tuple[str, str]]:
    samples = sorted((REPO / "data/raw/sample").glob("*.txt"))
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in samples]
    if NEWS.exists():
        total = 0
        with gzip.open(NEWS, "rt", encoding="utf-8") as handle:
            for line in handle:
                story = json.loads(line)
                text = story["title"] + "\n\n" + story["text"].replace("\n", "\n\n")
                pages.append((story["id"], text))
                total += len(text)
                if total >= limit_chars:
                    break
    return pages


def main(ner_spec: str = DEFAULT_NER) -> None:
    console = Console()
    began = time.perf_counter()
    backend = load_ner(ner_spec)
    load_seconds = time.perf_counter() - began
    # the entities stage is NER + place resolution + entity rows; time the NER part alone
    ner_seconds = [0.0]
    predict = backend.predict

    def timed_predict(*args: Any, **kwargs: Any) -> list[list[Span]]:
        t0 = time.perf_counter()
        try:
            return predict(*args, **kwargs)
        finally:
            ner_seconds[0] += time.perf_counter() - t0

    backend.predict = timed_predict  # type: ignore[method-assign]
    config = Config(ner=ner_spec)
    timings: dict[str, float] = {"ingest+clean": 0.0, **dict.fromkeys(STAGES, 0.0)}
    n_chars = 0
    now = datetime.now(UTC)
    for name, text in _pages():
        began = time.perf_counter()
        raw = ingest.RawDocument(name, "", "utf-8", text)
        document = make_document(raw, "bench", config, now)
        timings["ingest+clean"] += time.perf_counter() - began
        n_chars += document.n_chars
        tables: dict[str, list[Any]] = {"documents": [document]}
        for stage in STAGES.values():
            began = time.perf_counter()
            tables.update(stage.run(document, tables, config))
            timings[stage.name] += time.perf_counter() - began
    table = Table(title=f"one core, {n_chars:,} characters, NER {ner_spec}")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    table.add_column("chars/s", justify="right")
    for step, seconds in timings.items():
        table.add_row(step, f"{seconds:.2f}", f"{n_chars / seconds:,.0f}" if seconds else "-")
        if step == "entities" and ner_seconds[0]:
            table.add_row("  of which NER", f"{ner_seconds[0]:.2f}",
                          f"{n_chars / ner_seconds[0]:,.0f}")
    backend.predict = predict  # type: ignore[method-assign]
    total = sum(timings.values())
    table.add_row("all stages", f"{total:.2f}", f"{n_chars / total:,.0f}")
    console.print(table)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    console.print(f"NER model load: {load_seconds:.2f} s · peak RSS: {rss_mb:,.0f} MB")


if __name__ == "__main__":
    main(*sys.argv[1:2])
