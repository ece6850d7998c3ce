"""Hostile input and careless use: a corpus of odd files, bad batch ids, empty folders,
unreadable and vanishing files, no network, a full disk, a stuck file. Built in a tmp dir
by the tests themselves; nothing big is committed."""

from __future__ import annotations

import codecs
import errno
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import io
from pipeline.cli import app
from pipeline.io import read_table
from pipeline.schema import CONTENT_TABLES

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
PAGE = ("11月17日小店区消息,西温庄乡后所营社区充分发挥党建引领的组织优势,"
        "组织党员干部开展志愿服务。\n记者 王丹\n")
TRAD = ("11月17日小店區消息,西溫莊鄉後所營社區充分發揮黨建引領的組織優勢,"
        "組織黨員幹部開展志願服務。\n記者 王丹\n")
JAPANESE = ("東京都は本日、新型コロナウイルスの感染者が確認されたと発表しました。"
            "政府は対策を強化する方針です。\n")
KOREAN = "서울시는 오늘 코로나바이러스 확진자가 발생했다고 밝혔습니다. 정부는 대책을 강화할 방침입니다.\n"
ENGLISH = "The Weather Today\nSunny in the morning, rain in the afternoon. Temperatures 3 to 10 degrees.\n"


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def _zip(tmp: Path) -> bytes:
    with zipfile.ZipFile(tmp / "z.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("page.txt", os.urandom(4000))
    return (tmp / "z.zip").read_bytes()


# name -> (bytes to write, or a function that makes the entry; expected: encoding or error words)
def corpus(tmp: Path) -> dict[str, tuple[bytes | Callable[[Path], None], str]]:
    outside = tmp / "outside.txt"
    outside.write_text(PAGE + "外部文件\n", encoding="utf-8")
    return {
        "utf8.txt": (PAGE.encode(), "doc utf-8"),
        "utf8-bom.txt": (codecs.BOM_UTF8 + ("一" + PAGE).encode(), "doc utf-8-sig"),
        "gbk.txt": (("二" + PAGE).encode("gbk"), "doc gb18030"),
        "gb18030.txt": (("三" + PAGE + "䶮€\n").encode("gb18030"), "doc gb18030"),
        "big5.txt": (TRAD.encode("big5"), "doc big5"),
        "shift-jis.txt": (JAPANESE.encode("shift_jis"), "error Japanese"),
        "euc-kr.txt": (KOREAN.encode("euc_kr"), "error Korean"),
        "utf16le-bom.txt": (codecs.BOM_UTF16_LE + ("四" + PAGE).encode("utf-16-le"), "doc utf-16"),
        "utf16be-bom.txt": (codecs.BOM_UTF16_BE + ("五" + PAGE).encode("utf-16-be"), "doc utf-16"),
        "utf16le-nobom.txt": (("六" + PAGE).encode("utf-16-le"), "doc utf-16-le"),
        "utf16be-nobom.txt": (("七" + PAGE).encode("utf-16-be"), "doc utf-16-be"),
        "utf16le-ascii-nobom.txt": ("Page 1 of the supplement, 八\n".encode("utf-16-le"), "doc utf-16-le"),
        "utf32-bom.txt": (("九" + PAGE).encode("utf-32"), "doc utf-32"),
        "invalid-bytes.txt": (("十" + PAGE).encode()[:40] + b"\xff\xfe\x80" + PAGE.encode(), "error"),
        "private-use.txt": (b"\xaa\xa1\xaa\xa2" * 40 + "百".encode("gbk"), "error refused"),
        "nul-bytes.txt": (PAGE.encode().replace("。".encode(), b"\x00") * 3, "error binary"),
        "control-chars.txt": (b"\x1b[31m\x07\x08" * 40 + PAGE.encode(), "error binary"),
        "empty.txt": (b"", "error empty"),
        "whitespace.txt": (b" \n\t\r\n   \n", "error empty"),
        "zero-width-only.txt": ("\u200b\u200c\u200d\ufeff\u2060\n".encode(), "error empty"),
        "one-byte.txt": (b"x", "doc utf-8 warning"),
        "english.txt": (ENGLISH.encode(), "doc utf-8 warning"),
        "latin1.txt": ("Café résumé naïve façade, München Straße Ärger Öl.\n".encode("latin-1"), "error"),
        "big-50mb.txt": (lambda p: _sparse_line(p, 50 * 1024 * 1024), "error byte limit"),
        "paragraph-300k.txt": (("党员干部群众" * 50_000).encode(), "doc utf-8"),  # in windows
        "digits-200k.txt": (("新闻" + "1" * 200_000 + "号\n").encode(), "doc utf-8"),
        "binary.bin": (os.urandom(6000), "error binary"),
        "document.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n" + os.urandom(3000), "error"),
        "archive.zip": (_zip(tmp), "error"),
        "image.png": (_png(), "error binary"),
        "name with spaces.txt": (("一一" + PAGE).encode(), "doc utf-8"),
        "中文名.txt": (("二二" + PAGE).encode(), "doc utf-8"),
        "-leading-dash.txt": (("三三" + PAGE).encode(), "doc utf-8"),
        "new\nline.txt": (("四四" + PAGE).encode(), "doc utf-8"),
        "dir.txt/inner.txt": (("五五" + PAGE).encode(), "doc utf-8"),
        "cr-only.txt": (("六六" + PAGE).replace("\n", "\r").encode(), "doc utf-8"),
        "crlf.txt": (("七七" + PAGE).replace("\n", "\r\n").encode(), "doc utf-8"),
        "zero-width-bidi.txt": (("八八\u200b" + PAGE + "\u202e反向\u202c\u200f\n").encode(), "doc utf-8"),
        "no-suffix": (("九九" + PAGE).encode(), "doc utf-8"),
        "UPPER.TXT": (("十十" + PAGE).encode(), "doc utf-8"),
        "link-outside.txt": (lambda p: p.symlink_to(outside), "error symbolic link"),
        "link-passwd.txt": (lambda p: p.symlink_to("/etc/passwd"), "error symbolic link"),
        "link-inside.txt": (lambda p: p.symlink_to("utf8.txt"), "error symbolic link"),
        "link-dangling.txt": (lambda p: p.symlink_to(tmp / "missing.txt"), "error dangling"),
        "link-to-dir": (lambda p: p.symlink_to(tmp), "error symbolic link"),
        "fifo.txt": (lambda p: os.mkfifo(p), "error not a regular file"),
        "zz-duplicate.txt": (PAGE.encode(), "duplicate"),
        os.fsdecode(b"bad-\xff-name.txt"): (("名名" + PAGE).encode(), "doc utf-8"),
        ".hidden.txt": (b"\x00" * 10, "skipped"),
        "README.md": (b"# notes\n", "skipped"),
    }


def _sparse_line(path: Path, size: int) -> None:
    with open(path, "wb") as handle:  # one line of 50 MB ('1' then a hole the OS fills with NULs)
        handle.write(b"1" * 1024)
        handle.truncate(size)


def build(raw: Path, tmp: Path) -> dict[str, str]:
    expected = {}
    for name, (content, outcome) in corpus(tmp).items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        expected[name] = outcome
    return expected


def _run(raw: Path, out: Path, *extra: str):
    return runner.invoke(app, ["run", str(raw), "--out", str(out), *extra])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str], object]:
    tmp = tmp_path_factory.mktemp("hostile")
    raw, out = tmp / "raw", tmp / "out"
    raw.mkdir()
    expected = build(raw, tmp)
    result = _run(raw, out, "--window-chars", "100000")
    return raw, out, expected, result


def outcomes(out: Path) -> dict[str, str]:
    """source_path -> 'doc <encoding>' or the recorded reason, from the output tables."""
    seen = {r["source_path"]: f"doc {r['encoding']}" for r in read_table(out, "documents").to_pylist()}
    run = read_table(out, "runs").to_pylist()[-1]
    for error in json.loads(run["errors"]):
        reason = error["reason"]
        if reason.startswith("warning"):
            seen[error["source_path"]] += " warning"
        else:
            seen[error["source_path"]] = reason
    return seen


def test_the_hostile_corpus_has_forty_kinds_and_each_gets_its_outcome(hostile) -> None:
    _raw, out, expected, result = hostile
    assert len(expected) >= 40
    assert result.exit_code == 1, result.output  # some files failed, the rest is written
    seen = outcomes(out)
    (out.parent / "outcomes.json").write_text(json.dumps(seen, ensure_ascii=False, indent=1))
    for name, outcome in expected.items():
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        if outcome == "skipped":
            assert shown not in seen, name
        elif outcome == "duplicate":
            assert "duplicate of" in seen[shown], (name, seen.get(shown))
        elif outcome.startswith("doc"):
            assert seen.get(shown) == outcome, (name, seen.get(shown))
        else:
            words = outcome.removeprefix("error").strip()
            assert not seen[shown].startswith("doc "), (name, seen[shown])
            assert words in seen[shown].split(": ", 1)[-1], (name, seen[shown])  # the reason, not the name
    run = read_table(out, "runs").to_pylist()[-1]
    assert run["status"] == "partial"
    assert "/etc/passwd" not in json.dumps(read_table(out, "documents").to_pylist(), default=str)


def test_a_page_with_no_chinese_is_a_document_without_entities(hostile) -> None:
    _, out, _, result = hostile
    documents = read_table(out, "documents").to_pandas()
    english = documents[documents.source_path == "english.txt"].doc_id.item()
    mentions = read_table(out, "mentions").to_pandas()
    assert english not in set(mentions.doc_id)
    assert "no Chinese characters" in result.output


def test_big5_is_decoded_as_big5(hostile) -> None:
    _, out, _, _ = hostile
    documents = read_table(out, "documents").to_pandas().set_index("source_path")
    assert documents.loc["big5.txt", "text"].startswith("11月17日小店")  # simplified by clean
    assert "东京" not in "".join(documents.text)


def test_symlinks_inside_the_batch_are_read_with_follow_symlinks(hostile, tmp_path: Path) -> None:
    raw, _, _, _ = hostile
    out = tmp_path / "out"
    batch = tmp_path / "links"
    batch.mkdir()
    shutil.copy(raw / "utf8.txt", batch / "page.txt")
    (batch / "inside.txt").symlink_to("page.txt")
    (batch / "outside.txt").symlink_to("/etc/passwd")
    result = _run(batch, out, "--follow-symlinks")
    assert result.exit_code == 1
    seen = outcomes(out)
    assert "duplicate of inside.txt" in seen["page.txt"] and seen["inside.txt"] == "doc utf-8"
    assert "outside the batch folder" in seen["outside.txt"]


@pytest.mark.parametrize(
    "batch_id",
    ["../../somewhere", "a/b", "a%20b", "a b", ".", "..", "-rf", "x=y", "", "a\nb", "é", "a" * 129],
)
def test_a_bad_batch_id_is_refused_before_any_work(tmp_path: Path, batch_id: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.txt").write_text(PAGE, encoding="utf-8")
    victim = tmp_path / "somewhere"
    victim.mkdir()
    (victim / "keep.txt").write_text("mine")
    out = tmp_path / "a" / "b" / "out"
    result = _run(raw, out, "--batch-id", batch_id)
    assert result.exit_code == 2, result.output
    assert "not allowed" in result.output
    assert not out.exists() and (victim / "keep.txt").read_text() == "mine"


def test_a_folder_name_that_is_no_batch_id_asks_for_one(tmp_path: Path) -> None:
    raw = tmp_path / "2022 11 17"
    raw.mkdir()
    (raw / "page.txt").write_text(PAGE, encoding="utf-8")
    result = _run(raw, tmp_path / "out")
    assert result.exit_code == 2 and "--batch-id" in result.output
    assert _run(raw, tmp_path / "out", "--batch-id", "2022-11-17").exit_code == 0


def test_paths_outside_the_output_root_are_never_touched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")
    out.mkdir()
    (out / io.STAGING).symlink_to(elsewhere)  # a hostile link where staging goes
    io.recover(out)
    assert (elsewhere / "keep.txt").read_text() == "mine" and not (out / io.STAGING).exists()
    with pytest.raises(io.UnsafePathError):
        io._checked(out, out / ".." / "elsewhere")
    (out / "documents").symlink_to(elsewhere)  # a table folder that leads out of --out
    with pytest.raises(io.UnsafePathError):
        io.partition_dir(out, "documents", "b1")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("published")
    raw, out = tmp / "batch1", tmp / "out"
    raw.mkdir()
    (raw / "page.txt").write_text(PAGE, encoding="utf-8")
    assert _run(raw, out).exit_code == 0
    return raw, out


def _snapshot(out: Path) -> dict[str, int]:
    return {name: read_table(out, name).num_rows for name in CONTENT_TABLES}


def test_an_empty_or_vanished_batch_folder_never_erases_the_batch(published, tmp_path: Path) -> None:
    _raw, out = published
    before = _snapshot(out)
    empty = tmp_path / "batch1"
    empty.mkdir()
    (empty / ".sync-in-progress").write_text("")
    result = _run(empty, out)
    assert result.exit_code == 4 and "holds no files" in result.output
    assert _run(tmp_path / "gone" / "batch1", out).exit_code == 4
    assert _snapshot(out) == before
    other = tmp_path / "other"
    other.mkdir()
    assert _run(other, out, "--allow-empty").exit_code == 0  # said so: an empty batch is published
    assert read_table(out, "documents").num_rows == before["documents"]


def test_another_run_holding_the_output_is_exit_3(published) -> None:
    raw, out = published
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom pathlib import Path\nfrom pipeline import io\n"
         "with io.run_lock(Path(sys.argv[1])):\n    print('locked', flush=True)\n    time.sleep(30)\n",
         str(out)],
        stdout=subprocess.PIPE, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = _run(raw, out, "--force")
        assert result.exit_code == 3 and "another pipeline run" in result.output
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("full_at", ["write_table", "close"])
def test_a_full_disk_keeps_the_old_batch_and_records_a_failed_run(
    published, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full_at: str
) -> None:
    """The disk fills while a row group of mentions is written to staging (``write_table``)
    or when its file is finished (``close``, the footer): nothing is published."""
    raw, out = published
    out2 = tmp_path / "out"
    shutil.copytree(out, out2)
    before = _snapshot(out2)

    class Full(pq.ParquetWriter):
        def __init__(self, where, *args, **kwargs) -> None:
            super().__init__(where, *args, **kwargs)
            self.full = "/mentions/" in str(where)

        def write_table(self, table, *args, **kwargs) -> None:
            if self.full and full_at == "write_table":
                raise OSError(errno.ENOSPC, "No space left on device")
            super().write_table(table, *args, **kwargs)

        def close(self) -> None:
            super().close()
            if self.full and full_at == "close":
                raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(io.pq, "ParquetWriter", Full)
    result = _run(raw, out2, "--force")
    assert result.exit_code == 5, result.output
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert "unchanged" in result.output
    monkeypatch.undo()
    assert _snapshot(out2) == before
    runs = sorted((r for r in read_table(out2, "runs").to_pylist() if r["batch_id"] == "batch1"),
                  key=lambda r: r["started_at"])
    assert runs[-1]["status"] == "failed" and "No space left" in runs[-1]["errors"]
    assert not any((out2 / io.STAGING).glob("*"))


def test_an_unreadable_or_vanishing_file_is_a_per_file_error(
    published, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.stages import ingest

    raw = tmp_path / "batch"
    raw.mkdir()
    (raw / "good.txt").write_text(PAGE, encoding="utf-8")
    (raw / "locked.txt").write_text("一" + PAGE, encoding="utf-8")
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(ingest.os, "open", refuse)  # root reads everything: make open() fail
    real_list = ingest.list_batch_files
    monkeypatch.setattr(ingest, "list_batch_files", lambda d: [*real_list(d), d / "vanished.txt"])
    out = tmp_path / "out"
    result = _run(raw, out)
    assert result.exit_code == 1, result.output
    seen = outcomes(out)
    assert seen["good.txt"] == "doc utf-8"
    assert "permission denied" in seen["locked.txt"]
    assert "vanished" in seen["vanished.txt"]


def _nobody_can_run() -> str | None:
    if os.geteuid() != 0:
        return None  # already unprivileged: the test below runs as this user
    if not shutil.which("setpriv"):
        return "needs setpriv to drop root"
    probe = subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                            sys.executable, "-c", f"import os; os.listdir({str(REPO)!r})"],
                           capture_output=True, check=False)
    return None if probe.returncode == 0 else "user nobody cannot read the repository here"


def test_a_non_root_run_with_an_unreadable_file() -> None:
    why = _nobody_can_run()
    if why:
        pytest.skip(why)
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="cnnews-nobody-"))  # pytest's tmp is root's only
    try:
        _unreadable_as_nobody(tmp_path)
    finally:
        for path in tmp_path.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(tmp_path)


def _unreadable_as_nobody(tmp_path: Path) -> None:
    tmp_path.chmod(0o777)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    raw.chmod(0o755)
    (raw / "good.txt").write_text(PAGE, encoding="utf-8")
    (raw / "secret.txt").write_text("一" + PAGE, encoding="utf-8")
    (raw / "secret.txt").chmod(0)
    (raw / "good.txt").chmod(0o644)
    (raw / "sub").mkdir()
    (raw / "sub" / "page.txt").write_text("二" + PAGE, encoding="utf-8")
    (raw / "sub").chmod(0)
    out.mkdir()
    out.chmod(0o777)
    command = [sys.executable, "-m", "pipeline", "run", str(raw), "--out", str(out), "--ner", "jieba"]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env, check=False)
    assert done.returncode == 1, done.stderr[-2000:]
    seen = outcomes(out)
    assert seen["good.txt"] == "doc utf-8"
    assert "permission denied" in seen["secret.txt"]
    assert "sub" in seen


def test_a_run_needs_no_network(published, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw, _ = published

    def no_network(*args, **kwargs):
        raise OSError(errno.ENETUNREACH, "networking is disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    result = _run(raw, tmp_path / "out")
    assert result.exit_code == 0, result.output


def test_dask_without_loopback_fails_within_seconds_with_one_line(published, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    raw, _ = published
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("unshare -rn (a network namespace without loopback) is not available")
    began = time.monotonic()
    done = subprocess.run(
        ["unshare", "-rn", sys.executable, "-m", "pipeline", "run", str(raw), "--out", str(tmp_path / "out"),
         "--executor", "dask", "--ner", "jieba"],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False,
    )
    assert done.returncode == 6, done.stderr[-2000:]
    assert "no loopback" in done.stderr and "Traceback" not in done.stderr
    assert time.monotonic() - began < 60  # the cluster is not waited for: startup is the cost
    runs = read_table(tmp_path / "out", "runs").to_pylist()
    assert runs[-1]["status"] == "failed"


EXECUTORS = [("local", 1), ("local", 2), ("dask", 1)]  # main thread, worker processes, worker threads


@pytest.mark.parametrize(("executor", "workers"), EXECUTORS, ids=["local-1", "local-2", "dask"])
def test_a_stuck_file_fails_alone_after_the_time_limit_on_every_executor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, executor: str, workers: int
) -> None:
    """A stage stuck in a loop on one file: that file fails with the time-limit error, the
    others are written and the run ends (its lock released), whichever executor runs it."""
    from pipeline import run as run_module
    from pipeline.config import Config

    if executor == "dask":
        dask = pytest.importorskip("dask")
        pytest.importorskip("dask.distributed")
        # forked workers inherit the patched stage (spawned ones would import the real one)
        monkeypatch.setitem(dask.config.config.setdefault("distributed", {}).setdefault("worker", {}),
                            "multiprocessing-method", "fork")
    raw = tmp_path / "batch"
    raw.mkdir()
    (raw / "good.txt").write_text(PAGE, encoding="utf-8")
    (raw / "stuck.txt").write_text("卡住" + PAGE, encoding="utf-8")
    real = run_module.analyze_document

    def slow(document, config, *rest):  # rest: the tables so far, the stage to stop before
        if document.source_path == "stuck.txt":
            while True:
                time.sleep(0.01)
        return real(document, config, *rest)

    monkeypatch.setattr(run_module, "analyze_document", slow)
    out = tmp_path / "out"
    began = time.monotonic()
    report = run_module.run_batch(raw, out, config=Config(executor=executor, workers=workers, file_timeout=3))
    assert time.monotonic() - began < 300  # it ended: not stuck for ever
    errors = {o.source_path: o.error for o in report.outcomes}
    assert errors["good.txt"] is None
    assert "time limit of 3 s" in (errors["stuck.txt"] or ""), errors
    assert report.status == "partial"
    with io.run_lock(out):  # released: a stuck file never keeps the output locked
        pass


def test_the_time_limit_interrupts_a_thread_and_never_fires_after_its_block() -> None:
    import threading

    from pipeline.timelimit import FileTimeout, time_limit

    caught: list[str] = []

    def stuck() -> None:
        try:
            with time_limit(0.5, "stuck.txt"):
                while True:
                    time.sleep(0.01)
        except FileTimeout as err:
            caught.append(str(err))
        with time_limit(0.2, "quick.txt"):
            pass
        time.sleep(0.5)  # a limit whose block ended never fires later
        caught.append("after")

    worker = threading.Thread(target=stuck)
    worker.start()
    worker.join(60)
    assert caught == ["stuck.txt: stopped after the per-file time limit of 0.5 s (--file-timeout)", "after"]


def test_a_50_mb_line_with_the_byte_limit_raised_stays_in_bounded_memory(tmp_path: Path) -> None:
    """Read in chunks up to --max-bytes and decoded; the analysis then reads it in windows."""
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        for _ in range(50):
            handle.write(b"1" * (1024 * 1024))
    script = (
        "import sys\nfrom pathlib import Path\nfrom pipeline.stages import ingest\n"
        "p = Path(sys.argv[1])\n"
        "digest = ingest.file_digest(p, p.parent, max_bytes=60 << 20)\n"
        "print(len(ingest.read_raw_document(p, p.parent, max_bytes=60 << 20).text))\n"
        # VmHWM: this process's peak (ru_maxrss would carry the forking parent's over exec)
        "print([int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')][0])\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(big)], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    n_chars, peak_mb = done.stdout.splitlines()
    assert int(n_chars) == 50 * 1024 * 1024
    assert int(peak_mb) < 400, peak_mb  # the file (50 MB) and its text, not 6 GB
