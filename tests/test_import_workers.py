"""A batch import with worker processes (`tracker.import_pool`): the files are read and
extracted in other processes, stored by one writer in file order. It must give exactly
what the import in one process gives, and stop as cleanly."""

from __future__ import annotations

import dataclasses
import importlib.util
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from factories import seed_copies
from test_crash import integrity, register
from test_import_versions import corrected

import tracker.import_pool
from tracker.importing import import_batch, import_file
from tracker.store.connection import close_database, open_database
from tracker.store.models import Document

pytestmark = pytest.mark.sqlite_only

DATA = Path(__file__).parent / "data"
CHILD_TIMEOUT = 120  # seconds: a hang guard, far above what a run takes


def corpus_samples(folder: Path, count: int) -> None:
    """`count` documents of the benchmark corpus (deterministic: seed 3)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", corpus)
    spec.loader.exec_module(corpus)
    corpus.generate(folder, documents=count, seed=3)


def varied_batch(root: Path) -> tuple[Path, Path]:
    """(a file imported before the batch, the batch's folder): the seed's documents and
    letters that keep its promises, real PDFs, corpus samples, a file that is refused,
    the one imported before, a copy of a file earlier in the batch, and a corrected
    version of a document after its original."""
    before = root / "before" / "kst-31288-999.md"
    before.parent.mkdir(parents=True)
    before.write_text(
        SEED.read_text("utf-8").replace("**Nr. 448**", "**Nr. 999**").replace("32637", "31288"),
        "utf-8",
    )
    folder = root / "batch"
    folder.mkdir()
    shutil.copy(SEED, folder / "01-kst-32637-448.md")
    for n, name in enumerate(sorted((DATA / "hints").iterdir()), start=2):
        shutil.copy(name, folder / f"{n:02}-{name.name}")
    for n, name in enumerate(sorted((DATA / "documents").iterdir()), start=10):
        shutil.copy(name, folder / f"{n:02}-{name.name}")
    for n, name in enumerate(sorted((DATA / "real").glob("ah-*.pdf"))[:3], start=20):
        shutil.copy(name, folder / f"{n:02}-{name.name}")
    corpus_samples(root / "corpus", 8)
    for n, name in enumerate(sorted((root / "corpus").iterdir()), start=30):
        if not name.name.startswith("."):
            shutil.copy(name, folder / f"{n:02}-{name.name}")
    (folder / "50-onzin.txt").write_text("Dit is geen antwoord.\nHet is een boodschappenlijst.\n")
    (folder / "51-kapot.pdf").write_bytes(b"dit is geen pdf")
    shutil.copy(before, folder / "52-eerder-geimporteerd.md")
    shutil.copy(folder / "01-kst-32637-448.md", folder / "53-kopie.md")
    (folder / "54-herdruk.md").write_text(corrected(SEED.read_text("utf-8")), "utf-8")
    seed_copies(folder, SEED, 3, name="6{n}-kst.md", first_number=700)
    return before, folder


def import_into(db: Path, before: Path, folder: Path, workers: int) -> tuple[list[dict], dict]:
    """The per-file report of importing `folder` into a new register holding `before`,
    with `workers`, and the register it leaves."""
    open_database(db)
    try:
        assert import_file(before).state == "imported"
        batch = import_batch([folder], workers=workers)
        assert not batch.pending
        report = [dataclasses.asdict(result) for result in batch.results]
    finally:
        close_database()
    assert integrity(db) == [("ok",)]
    return report, register(db)


def test_workers_give_the_same_register_and_report_as_one_process(tmp_path, pools):
    before, folder = varied_batch(tmp_path)
    alone = import_into(tmp_path / "alone.sqlite", before, folder, workers=1)
    assert not pools
    together = import_into(tmp_path / "together.sqlite", before, folder, workers=2)
    assert [pool.workers for pool in pools] == [2]
    report = alone[0]
    states = {Path(r["path"]).name: (r["error"] and "refused") or r["skipped"] for r in report}
    # The batch holds every case: refused, skipped, updated, with suggestions.
    assert states["50-onzin.txt"] == states["51-kapot.pdf"] == "refused"
    assert states["52-eerder-geimporteerd.md"] is True and states["53-kopie.md"] is True
    assert [r["updated"] for r in report if r["path"].endswith("54-herdruk.md")] == [True]
    assert sum(r["suggestions"] for r in report) > 0
    assert len(alone[1]["commitments"]) > 100
    assert together[0] == alone[0]
    assert together[1] == alone[1]


def test_cancelling_a_batch_with_workers_leaves_the_rest_pending(tmp_path, pools):
    paths = seed_copies(tmp_path / "batch", SEED, 12, name="doc-{n:02}.md", first_number=500)
    registers = {}
    for workers in (1, 2):
        db = tmp_path / f"{workers}.sqlite"
        open_database(db)
        try:
            batch = import_batch(
                paths, cancel=lambda: Document.select().count() >= 5, workers=workers
            )
        finally:
            close_database()
        assert [Path(r.path).name for r in batch.results] == [p.name for p in paths[:5]]
        assert batch.pending == [str(p) for p in paths[5:]]
        assert integrity(db) == [("ok",)]
        registers[workers] = register(db)
    assert [pool.workers for pool in pools] == [2]
    assert registers[2] == registers[1]
    assert multiprocessing.active_children() == []  # the workers were ended


def children_of(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the processes from /proc")
def test_ctrl_c_during_a_batch_with_workers_stops_it_and_leaves_no_worker(tmp_path):
    paths = seed_copies(tmp_path / "batch", SEED, 30, name="doc-{n:02}.md", first_number=500)
    db = tmp_path / "register.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), tracker.import_pool.WORKERS_VARIABLE: "2"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker.cli", "--db", str(db), "import", str(tmp_path / "batch")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    guard = threading.Timer(CHILD_TIMEOUT, process.kill)
    guard.start()
    try:
        lines = []
        for line in process.stdout:
            lines.append(line)
            if len(lines) == 2:  # two files stored: the workers are at work
                break
        workers = children_of(process.pid)
        assert workers, "no worker processes were started"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=CHILD_TIMEOUT)
    finally:
        guard.cancel()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    lines += out.splitlines(keepends=True)
    stored = [line for line in lines if line.startswith("imported ")]
    assert 2 <= len(stored) < len(paths)
    assert "not processed" in err
    assert integrity(db) == [("ok",)]
    assert len(register(db)["documents"]) == len(stored)
    # Ended, not orphaned (a process whose parent is gone is no longer our child: the
    # check is on the ones seen while the import ran). A bounded wait, for the kernel to
    # take them away.
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if running(pid)] == []


def test_a_worker_killed_during_a_batch_loses_no_file(tmp_path, pools):
    """The workers are killed (as the system's out-of-memory killer would) once the first
    file is stored: the files they had are read and extracted by the writer instead."""
    paths = seed_copies(tmp_path / "batch", SEED, 12, name="doc-{n:02}.md", first_number=500)
    registers, reports = {}, {}
    for workers in (1, 2):
        db = tmp_path / f"{workers}.sqlite"
        killed: list[int] = []

        def kill_workers(result, killed=killed) -> None:
            if pools and not killed:
                for process in list(pools[0]._executor._processes.values()):
                    os.kill(process.pid, signal.SIGKILL)
                    killed.append(process.pid)

        open_database(db)
        try:
            batch = import_batch(paths, on_result=kill_workers, workers=workers)
        finally:
            close_database()
        assert bool(killed) == (workers == 2)
        assert not batch.pending
        reports[workers] = [dataclasses.asdict(result) for result in batch.results]
        assert integrity(db) == [("ok",)]
        registers[workers] = register(db)
    assert [r["path"] for r in reports[2]] == [str(p) for p in paths]
    assert {r["error"] for r in reports[2]} == {None}
    assert reports[2] == reports[1]
    assert registers[2] == registers[1]
    assert multiprocessing.active_children() == []
