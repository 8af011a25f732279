"""A sync from the open data with worker processes (issue 20): the next documents are
downloaded while the ones before are read and extracted in workers, and one writer
stores them in feed order. It must give exactly what the sync in one process gives,
and stop as cleanly (against the local server `tests/opendata_server.py`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT
from opendata_server import REAL, OpenDataServer
from test_crash import integrity, register
from test_import_workers import CHILD_TIMEOUT, children_of, running

import tracker.import_pool
from tracker.importing import import_file
from tracker.opendata.client import RetryPolicy
from tracker.opendata.sync import SyncProgress, sync
from tracker.store import sync_state
from tracker.store.connection import close_database, open_database
from tracker.store.models import Document, DocumentVersion

pytestmark = pytest.mark.sqlite_only

PDFS = sorted(p.name for p in REAL.glob("ah-*.pdf")) + ["kst-29515-496.pdf"]


@pytest.fixture
def server():
    running = OpenDataServer(page_size=3).start()
    yield running
    running.stop()


@pytest.fixture
def fast():
    return RetryPolicy(tries=3, delay=0.0, sleep=lambda _s: None)


@pytest.fixture
def temporary(tmp_path, monkeypatch) -> Path:
    """The folder the sync's temporary downloads go to (the test's own)."""
    folder = tmp_path / "temporary"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def no_worker_left() -> bool:
    """Whether every worker process of this test process has ended (a bounded wait, for
    the kernel to take away those ended under a heavily loaded machine)."""
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.1)
    return multiprocessing.active_children() == []


def changed(n: int) -> str:
    return f"2024-03-{n:02}T10:00:00+01:00"


def ten(server) -> list[dict]:
    """The ten real PDFs, one a day from 1 March."""
    return [server.add_document(name, changed=changed(n)) for n, name in enumerate(PDFS, 1)]


def varied(server) -> None:
    """Every case of a sync: ten documents to import, one that is not a PDF, one
    deleted, one of a kind not followed, a copy of one imported earlier in the same
    sync, and one imported by hand before (recognised by dossier and number)."""
    ten(server)
    server.add_document(None, changed=changed(11), data=b"this is not a PDF at all")
    server.add_document("ah-tk-20232024-1178.pdf", changed=changed(12), deleted=True)
    server.add_document("ah-tk-20232024-1292.pdf", changed=changed(13), soort="Motie")
    server.add_document("ah-tk-20232024-1314.pdf", changed=changed(14))
    server.add_document(
        None, changed=changed(15), dossier="36450", volgnummer="6", data=b"never fetched"
    )


def comparable(db: Path) -> dict:
    """`register` of a copy of `db` whose documents are named by their open-data Id (a
    synced document's path is its URL, which ends in ".../resource" for each)."""
    copy = db.with_name(db.stem + "-named.sqlite")
    shutil.copy(db, copy)
    con = sqlite3.connect(copy)
    with con:
        con.execute("UPDATE document SET path = COALESCE(house_id, path)")
        con.execute(
            "UPDATE document_version SET path ="
            " (SELECT COALESCE(house_id, path) FROM document WHERE id = document_id)"
        )
    con.close()
    return register(copy)


def stages(seen: list[SyncProgress]) -> list[tuple]:
    return [(p.stage, p.imported, p.commitments) for p in seen if p.stage != "downloaden"]


def test_a_sync_with_workers_gives_the_same_register_and_report_as_one_process(
    tmp_path, server, fast, pools, temporary, monkeypatch
):
    varied(server)
    outcomes = {}
    for workers in ("1", "2"):
        monkeypatch.setenv(tracker.import_pool.WORKERS_VARIABLE, workers)
        db = tmp_path / f"{workers}.sqlite"
        open_database(db)
        seen: list[SyncProgress] = []
        try:
            assert import_file(REAL / "kst-36450-6.pdf").state == "imported"
            report = sync(server.api, dt.date(2024, 1, 1), retry=fast, progress=seen.append)
            mark = sync_state.watermark("Document")
            retries = sync_state.retries("Document")
        finally:
            close_database()
        assert integrity(db) == [("ok",)]
        for p in seen:  # never more imported than downloaded, nor downloaded than found
            assert p.imported <= p.downloaded <= p.found
        outcomes[workers] = (dataclasses.asdict(report), stages(seen), mark, retries)
        outcomes[workers] += (comparable(db),)
        assert list(temporary.iterdir()) == []  # every download deleted once stored
    assert [pool.workers for pool in pools] == [2]
    report, _, mark, retries, held = outcomes["1"]
    # The sync holds every case: imported, failed, deleted, already (twice).
    assert (report["found"], report["imported"], report["already"]) == (14, 10, 2)
    assert (report["deleted"], len(report["failed"]), report["stopped"]) == (1, 1, None)
    assert mark == changed(15) and len(retries) == 1
    assert len(held["documents"]) == 11 and len(held["commitments"]) > 20
    assert outcomes["2"] == outcomes["1"]
    assert no_worker_left()


@pytest.fixture
def two_workers(monkeypatch):
    monkeypatch.setenv(tracker.import_pool.WORKERS_VARIABLE, "2")


def sync_with_workers(server, fast, since=dt.date(2024, 1, 1), **kwargs):
    """A sync (`since`: None, from the watermark), with `two_workers`."""
    return sync(server.api, since, retry=fast, **kwargs)


def test_cancelling_a_sync_with_workers_keeps_the_watermark_before_the_first_unstored(
    db, server, fast, pools, temporary, two_workers
):
    entities = ten(server)
    report = sync_with_workers(server, fast, cancelled=lambda: Document.select().count() >= 4)
    assert [pool.workers for pool in pools] == [2]
    assert report.cancelled and report.imported == 4
    stored = {d.house_id for d in Document.select()}
    assert stored == {e["Id"] for e in entities[:4]}
    assert sync_state.watermark("Document") == changed(4)
    assert list(temporary.iterdir()) == [] and no_worker_left()
    again = sync_with_workers(server, fast, since=None)
    assert again.imported == 6 and again.already == 0 and not again.cancelled
    assert Document.select().count() == 10 and DocumentVersion.select().count() == 10
    assert sync_state.watermark("Document") == changed(10)
    assert list(temporary.iterdir()) == [] and no_worker_left()


def test_ctrl_c_during_a_sync_with_workers_and_the_next_sync_finishes(
    db, server, fast, pools, temporary, two_workers
):
    entities = ten(server)

    def interrupt(progress: SyncProgress) -> None:
        if progress.stage == "importeren" and progress.imported == 3:
            raise KeyboardInterrupt

    report = sync_with_workers(server, fast, progress=interrupt)
    assert [pool.workers for pool in pools] == [2]
    assert report.cancelled and report.stopped is None and report.imported == 3
    assert {d.house_id for d in Document.select()} == {e["Id"] for e in entities[:3]}
    # The third was stored, the interrupt came before its watermark was moved.
    assert sync_state.watermark("Document") == changed(2)
    assert list(temporary.iterdir()) == [] and no_worker_left()
    again = sync_with_workers(server, fast, since=None)
    assert (again.imported, again.already) == (7, 1)
    assert Document.select().count() == 10 and DocumentVersion.select().count() == 10
    assert no_worker_left()


def test_a_server_failing_mid_sync_with_workers_keeps_what_came_before(
    db, server, fast, pools, temporary, two_workers
):
    entities = ten(server)
    server.faults += [(f"Document({entities[5]['Id']})/resource", "500")] * 3
    report = sync_with_workers(server, fast)
    assert [pool.workers for pool in pools] == [2]
    assert report.stopped is not None and "HTTP 500" in report.stopped
    assert report.imported == 5 and sync_state.watermark("Document") == changed(5)
    assert Document.select().count() == 5
    assert list(temporary.iterdir()) == [] and no_worker_left()
    again = sync_with_workers(server, fast, since=None)
    assert again.stopped is None and again.imported == 5 and Document.select().count() == 10


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the processes from /proc")
def test_ctrl_c_to_tracker_sync_with_workers_leaves_no_worker(tmp_path, server, fast):
    entities = ten(server)
    db = tmp_path / "register.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), tracker.import_pool.WORKERS_VARIABLE: "2"}
    command = [sys.executable, "-m", "tracker.cli", "--db", str(db), "sync"]
    command += ["--api", server.api, "--since", "2024-01-01"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    guard = threading.Timer(CHILD_TIMEOUT, process.kill)
    guard.start()
    try:
        # Interrupted once its workers run and it has stored a document.
        workers: list[int] = []
        while process.poll() is None and not (workers and stored_ids(db)):
            workers = children_of(process.pid)
            time.sleep(0.05)
        assert process.poll() is None, process.communicate()
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=CHILD_TIMEOUT)
    finally:
        guard.cancel()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 1, err
    assert integrity(db) == [("ok",)]
    held = stored_ids(db)
    assert held and len(held) < len(entities)
    mark = watermark(db)
    # every document up to the watermark is stored
    assert {e["Id"] for e in entities if mark and e["GewijzigdOp"] <= mark} <= held
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if running(pid)] == []
    open_database(db)
    try:
        again = sync(server.api, retry=fast, workers=1)
        assert again.stopped is None and not again.cancelled
        assert Document.select().count() == 10 and DocumentVersion.select().count() == 10
    finally:
        close_database()


def stored_ids(db: Path) -> set[str]:
    if not db.exists():
        return set()
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return {i for (i,) in con.execute("SELECT house_id FROM document") if i}
        finally:
            con.close()
    except sqlite3.OperationalError:  # not made yet
        return set()


def watermark(db: Path) -> str | None:
    open_database(db)
    try:
        return sync_state.watermark("Document")
    finally:
        close_database()
