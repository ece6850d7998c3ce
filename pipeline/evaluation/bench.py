"""`make bench`: throughput, wall time and peak memory of the pipeline on real news text.

The news_xwlb corpus (../shared/corpora/news_xwlb, read at bench time, never copied into the
repo) is cut into batch folders of about 1, 10 and 30 MB of UTF-8 text (``--sizes``), written
to a temporary folder, plus the sample pages (data/raw/sample). For each batch, in one run so
the figures are ratios taken at the same moment on the same machine:

- end to end: ``python -m pipeline run <batch> --out <tmp>`` in a subprocess (the whole
  process: start-up, model load, every stage, the Parquet write);
- per stage: every stage in one process over the same documents (pipeline.run's graph);
- jieba POS tagging alone (``jieba.posseg``) over the same text, the yardstick.

Each measurement runs in its own process, so its peak RSS (``os.wait4``) is its own. Numbers
are printed and written to BENCHMARKS.md, never asserted: speed goals are checked here, not
in tests.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from pipeline.evaluation.devset import REPO, SHARED

CORPUS = SHARED / "corpora" / "news_xwlb"
SAMPLE = REPO / "data" / "raw" / "sample"
# Every measure costs about 10-16 CPU seconds per MB of news (end to end with one worker, and
# again per stage; 2 workers and Dask about as much each, jieba POS a third): on 2 idle cores
# every measure of 1 + 10 MB takes about 8 minutes. A batch over FULL_MEASURES_MB (the 30 MB one:
# nearly the whole corpus, ~10M chars) gets only the run `make run` does (one worker per core),
# about 3 minutes more: enough for the cost against size and the peak memory, inside 15 minutes.
DEFAULT_SIZES = "1,10,30"
FULL_MEASURES_MB = 10.0
PAGE_BYTES = 6_000  # stories of one day joined into pages of about this size (~155 pages/MB)
MB = 1_000_000


@dataclass
class Measure:
    """One measurement of one batch: what ran, how long, how much memory."""

    name: str
    seconds: float
    rss_mb: float
    extra: dict[str, Any] = field(default_factory=dict)
    cpu: float = 0.0  # user + system seconds of the process and the workers it waited for


# ---------------------------------------------------------------- batches of real text


def _stories(corpus: Path) -> Iterator[dict[str, str]]:
    with gzip.open(corpus / "xwlb_2022-2026.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _story_text(story: dict[str, str]) -> str:
    return story["title"] + "\n\n" + story["text"].replace("\n", "\n\n") + "\n"


def _pages(corpus: Path) -> Iterator[tuple[str, str]]:
    """(file name, text): the stories of one day, in order, joined into pages of ~PAGE_BYTES."""
    name, size = "", 0
    parts: list[str] = []
    for story in _stories(corpus):
        day = story["id"].split("-")[0]
        text = _story_text(story)
        if parts and (not name.startswith(day) or size + len(text.encode()) > PAGE_BYTES):
            yield name + ".txt", "\n".join(parts)
            parts, size = [], 0
        if not parts:
            name = story["id"]
        parts.append(text)
        size += len(text.encode())
    if parts:
        yield name + ".txt", "\n".join(parts)


def write_batch(corpus: Path, folder: Path, megabytes: float) -> int:
    """Write the first ``megabytes`` MB of the corpus as page files in ``folder``; bytes written
    (less than asked when the corpus runs out)."""
    folder.mkdir(parents=True)
    total = 0
    for name, text in _pages(corpus):
        if total >= megabytes * MB:
            break
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def _batch_texts(folder: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


# ---------------------------------------------------------------- measures, each in its own process


def _child(args: list[str], log: Path) -> tuple[float, float, str, float]:
    """Run ``python <args>`` from the repo root; (wall seconds, peak RSS MB, stdout, CPU
    seconds). The CPU seconds (user + system, the process's own and those of the workers it
    waited for: wait4's rusage) hardly move with the machine's load, where wall time does."""
    began = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, *args], cwd=REPO, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}); see {log}")
    return seconds, usage.ru_maxrss / 1024, out.decode(), usage.ru_utime + usage.ru_stime


def end_to_end(batch: Path, out: Path, log: Path, ner: str, workers: int,
               executor: str = "local") -> Measure:
    args = ["-m", "pipeline", "run", str(batch), "--out", str(out), "--ner", ner, "--force",
            "--workers", str(workers), "--executor", executor]
    seconds, rss, _, cpu = _child(args, log)
    shutil.rmtree(out, ignore_errors=True)
    plural = "s" if workers > 1 else ""
    where = "Dask LocalCluster, " if executor == "dask" else ""
    return Measure(f"end to end, {where}{workers} worker{plural} (python -m pipeline run)", seconds, rss,
                   cpu=cpu)


def _has_dask() -> bool:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        return False
    return True


def per_stage(batch: Path, log: Path, ner: str) -> list[Measure]:
    _, rss, out, _ = _child(["-m", "pipeline.evaluation.bench", "--_stages", str(batch), "--ner", ner], log)
    result = json.loads(out.strip().splitlines()[-1])
    return [Measure(name, seconds, rss) for name, seconds in result["stages"].items()]


def jieba_alone(batch: Path, log: Path) -> Measure:
    _, rss, out, cpu = _child(["-m", "pipeline.evaluation.bench", "--_jieba", str(batch)], log)
    result = json.loads(out.strip().splitlines()[-1])
    # its CPU column: the tagging's own CPU seconds, the dictionary load left out as in its wall time
    return Measure("jieba POS alone (jieba.posseg)", result["seconds"], rss, {"load": result["load"]},
                   cpu=result.get("cpu", cpu))


def _run_stages(batch: Path, ner: str) -> dict[str, float]:
    """Every stage, in one process, over the batch's documents: seconds per stage. Documents
    go in chunks as a run's executor sends them (executors.SERIAL_CHUNK), each stage over the
    chunk in turn, its ``prepare`` hook first (the NER tagging every sentence of the chunk)."""
    from pipeline.config import Config
    from pipeline.executors import SERIAL_CHUNK
    from pipeline.nlp.ner import Span, load_ner
    from pipeline.run import STAGES, make_document
    from pipeline.stages import ingest

    began = time.perf_counter()
    backend = load_ner(ner)
    timings = {"model load": time.perf_counter() - began, "ingest+clean": 0.0, **dict.fromkeys(STAGES, 0.0)}
    ner_seconds = [0.0]
    predict = backend.predict

    def timed_predict(*args: Any, **kwargs: Any) -> list[list[Span]]:
        t0 = time.perf_counter()
        try:
            return predict(*args, **kwargs)
        finally:
            ner_seconds[0] += time.perf_counter() - t0

    backend.predict = timed_predict  # type: ignore[method-assign]
    prime = backend.prime
    backend.prime = partial(_timed, prime, ner_seconds)  # type: ignore[method-assign]
    config = Config(ner=ner)
    now = datetime.now(UTC)
    paths = sorted(batch.glob("*.txt"))
    for i in range(0, len(paths), SERIAL_CHUNK):
        began = time.perf_counter()
        chunk = [{"documents": [make_document(ingest.read_raw_document(path, batch), "bench", config, now)]}
                 for path in paths[i : i + SERIAL_CHUNK]]
        timings["ingest+clean"] += time.perf_counter() - began
        for stage in STAGES.values():
            began = time.perf_counter()
            if stage.prepare is not None:
                stage.prepare([{name: t[name] for name in stage.inputs} for t in chunk], config)
            for tables in chunk:
                document = tables["documents"][0]
                tables.update(stage.run(document, {name: tables[name] for name in stage.inputs}, config))
            timings[stage.name] += time.perf_counter() - began
    backend.predict, backend.prime = predict, prime  # type: ignore[method-assign]
    stages = {k: v for k, v in timings.items() if k != "model load"}
    ordered = {"model load": timings["model load"]}
    for name, seconds in stages.items():
        ordered[name] = seconds
        if name == "entities":
            ordered["  of which NER predict"] = ner_seconds[0]
    ordered["all stages"] = sum(stages.values())
    return ordered


def _timed(fn: Any, total: list[float], *args: Any) -> Any:
    t0 = time.perf_counter()
    try:
        return fn(*args)
    finally:
        total[0] += time.perf_counter() - t0


def _run_jieba(batch: Path) -> dict[str, float]:
    import jieba
    import jieba.posseg

    began = time.perf_counter()
    jieba.setLogLevel(60)
    jieba.initialize()
    list(jieba.posseg.cut("预热一次。"))
    load = time.perf_counter() - began
    texts = _batch_texts(batch)
    began, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for _ in jieba.posseg.cut(text):
            pass
    return {"seconds": time.perf_counter() - began, "load": load, "cpu": time.process_time() - cpu}


# ---------------------------------------------------------------- the report


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return "unknown"


def _versions() -> str:
    names = ["cnnews-pipeline", "jieba", "onnxruntime", "pyarrow", "numpy", "spacy"]
    parts = [f"Python {platform.python_version()}"]
    for name in names:
        with contextlib.suppress(PackageNotFoundError):
            parts.append(f"{name} {version(name)}")
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                text=True, check=True).stdout.strip()
        parts.append(f"commit {commit}")
    except (OSError, subprocess.CalledProcessError):
        pass
    return ", ".join(parts)


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


@dataclass
class BatchResult:
    label: str
    megabytes: float
    pages: int
    chars: int
    measures: list[Measure]
    stages: list[Measure]


def _serial_chunk() -> int:
    from pipeline.executors import SERIAL_CHUNK

    return SERIAL_CHUNK


def _rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:,.0f}" if seconds > 0 else "-"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if a > 0 and b > 0 else "-"


def _main_table(results: list[BatchResult]) -> list[str]:
    """One row per measure; the ratio columns are the targets' (issue 13): x jieba POS (speed
    against jieba POS alone), x 1 worker (speed against one local worker, same batch), x first
    batch (wall time against the same measure on the smallest news batch: linear when it
    matches the ratio of the sizes)."""
    news = [r for r in results if r.label != "sample"]
    first = {m.name: m.seconds for m in news[0].measures} if news else {}
    lines = ["| batch | MB | pages | chars | measure | wall s | CPU s | chars/s | x jieba POS "
             "| x 1 worker | x first batch | s per MB | peak RSS MB |",
             "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:  # a batch measured end to end only has no jieba or one-worker figure ("-")
        jieba_s = next((m.seconds for m in r.measures if m.name.startswith("jieba")), 0.0)
        one = next((m.seconds for m in r.measures if m.name.startswith("end to end, 1 worker")), 0.0)
        for m in r.measures:
            local = m.name.startswith("end to end")
            cost = _ratio(m.seconds, first.get(m.name, 0.0)) if r in news else "-"
            lines.append(f"| {r.label} | {r.megabytes:.2f} | {r.pages} | {r.chars:,} | {m.name} | "
                         f"{m.seconds:.1f} | {m.cpu:.1f} | {_rate(r.chars, m.seconds)} | "
                         f"{_ratio(jieba_s, m.seconds)} | {_ratio(one, m.seconds) if local else '-'} | "
                         f"{cost} | {m.seconds / r.megabytes:.1f} | {m.rss_mb:,.0f} |")
    return lines


def _stage_table(results: list[BatchResult]) -> list[str]:
    results = [r for r in results if r.stages]  # batches measured end to end only have none
    names = [m.name for m in results[0].stages]
    lines = ["| stage | " + " | ".join(f"{r.label} s | {r.label} chars/s" for r in results) + " |",
             "|---|" + "---:|---:|" * len(results)]
    for name in names:
        cells = []
        for r in results:
            m = next(x for x in r.stages if x.name == name)
            rate = "-" if name == "model load" else _rate(r.chars, m.seconds)
            cells.append(f"{m.seconds:.2f} | {rate}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    rss = " | ".join(f"{r.stages[0].rss_mb:,.0f} MB | " for r in results)
    lines.append(f"| peak RSS of the process | {rss} |")
    return lines


def _cost_lines(results: list[BatchResult]) -> list[str]:
    news = [r for r in results if r.label != "sample"]
    if len(news) < 2:
        return ["Cost against input size: one news batch only; run with two sizes or more "
                "(e.g. `--sizes 1,10`) to see it."]
    small = news[0]
    lines = []
    for large in news[1:]:
        for a in small.measures:
            b = next((m for m in large.measures if m.name == a.name), None)
            if b is not None:
                lines.append(f"- {a.name}: {large.megabytes:.1f} MB costs {b.seconds / a.seconds:.1f}x "
                             f"{small.megabytes:.1f} MB in wall time, {_ratio(b.cpu, a.cpu)}x in CPU "
                             f"time ({large.megabytes / small.megabytes:.1f}x the text).")
    return ["Cost against input size (linear when the ratios match the text's; target: 30 MB "
            "costs at most 32x 1 MB):", "", *lines]


def report(results: list[BatchResult], command: str, loads: tuple[str, str], began: datetime,
           minutes: float) -> str:
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (pipeline/evaluation/bench.py); rerun it to refresh. Input: the",
        "news_xwlb corpus (新闻联播 transcripts, read from ../shared at bench time) cut into batches of",
        "pages of about 6 kB, plus the sample pages. Every figure of one table comes from the same",
        "run, so compare ratios (x jieba POS) rather than absolute figures across machines.",
        "",
        f"- Taken: {began:%Y-%m-%d %H:%M} UTC, {minutes:.1f} minutes in all",
        f"- Command: `{command}`",
        f"- Machine: {cores} cores ({usable} usable), {_ram_gb()} RAM, {_cpu_model()}, {platform.system()}",
        f"- Load average (1/5/15 min) before: {loads[0]}; after: {loads[1]}",
        f"- Versions: {_versions()}",
        "",
    ]
    if float(loads[0].split(" / ")[0]) > (cores or 1) / 2:
        lines += ["**Taken under load**: the machine was shared and busy (see the load average "
                  "against the cores), so absolute figures are low and noisy; the ratios to jieba "
                  "POS, measured in the same minutes, are the figures to read.", ""]
    lines += ["## End to end and jieba POS alone", "",
              "End to end is the whole `python -m pipeline run` process (start-up, model load, every "
              "stage, the Parquet write), with one worker, with one per core (`--workers`) and on a "
              "Dask LocalCluster of as many workers (`--executor dask`, when dask is installed); its "
              "peak RSS is that of the largest process (the main one or a worker). CPU s: user + "
              "system seconds of the process and its workers, which the machine's load hardly moves. "
              "jieba POS alone excludes its dictionary load. Targets: x jieba POS >= 0.55 on 10 MB; "
              "x 1 worker >= 1.8 (2 workers), >= 1.6 (Dask, 2 workers).", "",
              *_main_table(results), "", *_cost_lines(results), "",
              f"## Per stage (one process, documents in chunks of {_serial_chunk()})", "",
              "Each batch in a fresh process: the first calls' lazy loads (spaCy, jieba, the "
              "gazetteer) count in the first stage that makes them.", "",
              *_stage_table(results), ""]
    return "\n".join(lines)


def bench(sizes: list[float], corpus: Path, ner: str, write: Path | None, command: str,
          workers: int) -> str:
    began_at, began = datetime.now(UTC), time.perf_counter()
    load_before = _load()
    dask = workers > 1 and _has_dask()
    results = []
    with tempfile.TemporaryDirectory(prefix="cnnews-bench-") as tmp_name:
        tmp = Path(tmp_name)
        batches: list[tuple[str, Path, float]] = [("sample", SAMPLE, 0.0)]
        for size in sizes:
            folder = tmp / "raw" / f"news_{size:g}mb"
            write_batch(corpus, folder, size)
            batches.append((f"{size:g} MB", folder, size))
        for label, folder, asked in batches:
            texts = _batch_texts(folder)
            megabytes = sum(len(t.encode()) for t in texts) / MB
            log = tmp / f"{folder.name}.log"
            print(f"bench: {label} ({megabytes:.2f} MB, {len(texts)} pages) ...", file=sys.stderr, flush=True)
            if asked > FULL_MEASURES_MB:  # cost against size and memory only
                measures = [end_to_end(folder, tmp / "out", log, ner, workers)]
                results.append(BatchResult(label, megabytes, len(texts), sum(map(len, texts)), measures, []))
                continue
            measures = [end_to_end(folder, tmp / "out", log, ner, n) for n in sorted({1, workers})]
            if dask and label != "sample":  # a cluster's start-up is all a 2-page batch would show
                measures.append(end_to_end(folder, tmp / "out", log, ner, workers, "dask"))
            measures.append(jieba_alone(folder, log))
            stages = per_stage(folder, log, ner)
            results.append(BatchResult(label, megabytes, len(texts), sum(map(len, texts)), measures, stages))
    text = report(results, command, (load_before, _load()), began_at, (time.perf_counter() - began) / 60)
    if write is not None:
        write.write_text(text, encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.bench", description=__doc__)
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help=f"news batch sizes in MB, comma-separated (default {DEFAULT_SIZES}; a "
                             f"batch over {FULL_MEASURES_MB:g} MB is measured end to end only)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the news_xwlb folder")
    parser.add_argument("--ner", default="model", help="NER backend (as `pipeline run --ner`)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="end to end also with this many workers (default: the cores)")
    parser.add_argument("--write", type=Path, default=REPO / "BENCHMARKS.md",
                        help="where the report goes (default BENCHMARKS.md at the repo root)")
    parser.add_argument("--_stages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_jieba", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._stages:  # a child process: one measure, its result as JSON on the last line
        print(json.dumps({"stages": _run_stages(args._stages, args.ner)}))
        return
    if args._jieba:
        print(json.dumps(_run_jieba(args._jieba)))
        return
    if not (args.corpus / "xwlb_2022-2026.jsonl.gz").exists():
        sys.exit(f"no news corpus at {args.corpus}: pass --corpus <path to news_xwlb>")
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    command = "python -m pipeline.evaluation.bench " + " ".join(sys.argv[1:] if argv is None else argv)
    print(bench(sizes, args.corpus, args.ner, args.write, command.strip(), args.workers))


if __name__ == "__main__":
    main()
