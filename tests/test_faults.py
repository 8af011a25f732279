"""Faults on a real PostgreSQL server, through the store and the command line: the
server restarted mid-change, a connection terminated, a statement cancelled by
statement_timeout, a COMMIT whose answer never came, the server down at start.

Each test has a database of its own on the module's cluster (tests/pg_cluster.py) and
leaves the cluster running. A change is made to wait at a known point (a row or a
document held by another connection, a COMMIT held by a deferred trigger) and the fault
strikes once the server shows it waiting; nothing waits on a guessed time. The window's
side is in tests/test_ui_faults.py; docs/reliability.md lists what each shows.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fault_setup import Holder, history, ids_of, new_register, wait_until, waiting_clients
from pg_proxy import CuttingProxy

from tracker.store import queries
from tracker.store.connection import DatabaseError, close_database, open_database
from tracker.store.lost_connection import (
    NOT_SAVED,
    UNKNOWN,
    ConnectionLost,
    StatementCancelled,
)

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("kamervragen-clean.txt", "kamervragen-cp1252.txt", "verslag-plain.txt")


@pytest.fixture
def register(pg_cluster):
    name, url = new_register(pg_cluster)
    yield name, url
    close_database()


def tracker(*args: str, language: str = "en") -> subprocess.Popen:
    """`tracker ARGS` in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_LANG": language}
    return subprocess.Popen(
        [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main())", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finished(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _shown(url: str) -> str:
    """The server as messages name it: without the password."""
    from tracker.store.connection import parse_location

    return parse_location(url).display


# -- the server restarted, a connection terminated: a change in flight -----------------


@pytest.mark.parametrize("fault", ["restart", "terminate"])
def test_the_cli_says_a_change_in_flight_was_not_saved_and_the_next_run_saves_it(
    pg_cluster, register, fault
):
    name, url = register
    cid = ids_of(pg_cluster, name)[0]
    holder = Holder(pg_cluster, name).commitment(cid)  # the mark waits for this row
    try:
        marking = tracker("--db", url, "mark", str(cid), "fulfilled", "--note", "Brief is er")
        wait_until(lambda: waiting_clients(pg_cluster, name), what="the mark to wait")
        if fault == "restart":
            pg_cluster.restart("fast")
        else:
            assert pg_cluster.terminate(database=name) >= 1
        code, out, err = finished(marking)
    finally:
        holder.release()

    line = _one_line(err)
    assert code == 1
    assert line == (
        f"tracker: {_shown(url)}: the connection to the server was lost; the change was not"
        " saved (try again)"
    )
    assert pg_cluster.password not in err
    assert history(pg_cluster, name, cid) == ("open", 1, 0, 0)  # nothing of it stored

    code, out, err = finished(tracker("--db", url, "mark", str(cid), "fulfilled"))
    assert code == 0, err
    assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)  # once


def test_the_cli_says_it_in_dutch(pg_cluster, register):
    name, url = register
    cid = ids_of(pg_cluster, name)[0]
    holder = Holder(pg_cluster, name).commitment(cid)
    try:
        marking = tracker("--db", url, "mark", str(cid), "fulfilled", language="nl")
        wait_until(lambda: waiting_clients(pg_cluster, name), what="the mark to wait")
        pg_cluster.terminate(database=name)
        code, _, err = finished(marking)
    finally:
        holder.release()
    assert code == 1
    assert _one_line(err) == (
        f"tracker: {_shown(url)}: de verbinding met de server ging verloren; de wijziging is"
        " niet opgeslagen (probeer het opnieuw)"
    )


def test_a_process_reconnects_by_itself_after_a_restart_and_a_termination(pg_cluster, register):
    name, url = register
    open_database(url)
    [cid, other, _] = [row.id for row in queries.list_commitments()]
    pg_cluster.restart("fast")
    assert len(queries.list_commitments()) == 3  # the read is sent again, on a new connection
    queries.mark(cid, "fulfilled", who="ann")  # and a change just works
    pg_cluster.terminate(database=name)
    queries.mark(other, "lapsed", who="ann")
    assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)
    assert history(pg_cluster, name, other) == ("lapsed", 2, 1, 1)


def marking_in_a_thread(cid: int, caught: list[BaseException]) -> threading.Thread:
    """Ann marks `cid` fulfilled (from version 1) in a thread of this process, which then
    closes its connection; what the mark raised goes to `caught`."""

    def mark() -> None:
        try:
            queries.mark(cid, "fulfilled", who="ann", expected_version=1)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            caught.append(exc)
        finally:
            close_database()

    thread = threading.Thread(target=mark)
    thread.start()
    return thread


def test_a_change_in_flight_in_a_process_is_not_saved_and_the_next_one_is(pg_cluster, register):
    name, url = register
    open_database(url)
    cid = queries.list_commitments()[0].id
    holder = Holder(pg_cluster, name).commitment(cid)
    caught: list[BaseException] = []
    thread = marking_in_a_thread(cid, caught)
    try:
        wait_until(lambda: waiting_clients(pg_cluster, name), what="the mark to wait")
        pg_cluster.restart("fast")
        thread.join(120)
    finally:
        holder.release()
    assert len(caught) == 1 and isinstance(caught[0], ConnectionLost), caught
    assert caught[0].saved == NOT_SAVED
    assert history(pg_cluster, name, cid) == ("open", 1, 0, 0)
    queries.mark(cid, "fulfilled", who="ann", expected_version=1)  # the same version: not stale
    assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)


# -- a COMMIT whose answer never came ----------------------------------------------------


def test_a_commit_stored_but_unanswered_is_found_out_and_reported_done_once(pg_cluster, register):
    name, url = register
    proxy = CuttingProxy(pg_cluster.port)
    try:
        through = url.replace(f":{pg_cluster.port}/", f":{proxy.port}/") + "?sslmode=disable"
        open_database(through)
        cid = queries.list_commitments()[0].id
        proxy.cut_after_commit()
        queries.mark(cid, "fulfilled", note="Brief is er", who="ann", expected_version=1)
        assert proxy.cut.is_set()  # the connection went after the server committed
        # told it succeeded, and it is stored once: not applied again, not refused as stale
        assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)
        assert queries.get_commitment(cid).version == 2  # the client goes on, reconnected
    finally:
        close_database()
        proxy.close()


def test_a_commit_whose_outcome_cannot_be_learnt_is_reported_unknown_not_retried(
    pg_cluster, register
):
    name, url = register
    proxy = CuttingProxy(pg_cluster.port)
    try:
        through = url.replace(f":{pg_cluster.port}/", f":{proxy.port}/") + "?sslmode=disable"
        db = open_database(through)
        db.outcome_wait = 1.0  # the server "stays away" longer than the client waits
        cid = queries.list_commitments()[0].id
        proxy.cut_after_commit(then_refuse=True)
        with pytest.raises(ConnectionLost) as caught:
            queries.mark(cid, "fulfilled", who="ann", expected_version=1)
        assert caught.value.saved == UNKNOWN
        assert str(caught.value) == (
            f"{_shown(through)}: the connection to the server was lost while saving and the"
            " server is not back yet; whether the change was saved is not known: check once"
            " the server is back"
        )
        # the server did store it, once; the client said it could not know, and did not
        # try again
        assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)
        proxy.refusing = False  # back: the next action works, and shows the truth
        assert queries.get_commitment(cid).status == "fulfilled"
    finally:
        close_database()
        proxy.close()


def test_a_commit_lost_before_the_server_stored_it_is_reported_not_saved(pg_cluster, register):
    name, url = register
    # A deferred trigger makes COMMIT wait for a lock the test holds: the client is cut
    # off while its COMMIT is under way, and the server never stores the change.
    pg_cluster.execute(
        """
        CREATE FUNCTION hold_commit() RETURNS trigger AS $$
        BEGIN PERFORM pg_advisory_xact_lock_shared(4242); RETURN NULL; END $$
        LANGUAGE plpgsql;
        CREATE CONSTRAINT TRIGGER hold_commit AFTER UPDATE ON commitment
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hold_commit();
        """,
        (),
        name,
    )
    gate = pg_cluster.connect(name)
    gate.cursor().execute("SELECT pg_advisory_lock(4242)")
    open_database(url)
    cid = queries.list_commitments()[0].id
    caught: list[BaseException] = []
    thread = marking_in_a_thread(cid, caught)
    try:
        wait_until(lambda: waiting_clients(pg_cluster, name), what="the COMMIT to wait")
        pg_cluster.terminate(application_name="commitment-tracker", database=name)
        thread.join(120)
    finally:
        gate.close()
    assert len(caught) == 1 and isinstance(caught[0], ConnectionLost), caught
    assert caught[0].saved == NOT_SAVED  # the server said so: aborted
    assert history(pg_cluster, name, cid) == ("open", 1, 0, 0)
    pg_cluster.execute("DROP TRIGGER hold_commit ON commitment", (), name)
    queries.mark(cid, "fulfilled", who="ann", expected_version=1)
    assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)


# -- a statement cancelled by statement_timeout ------------------------------------------


def test_a_statement_cancelled_by_the_timeout_changes_nothing_and_the_next_works(
    pg_cluster, register
):
    name, url = register
    timed = url + "?options=-c%20statement_timeout%3D700"
    cid = ids_of(pg_cluster, name)[0]
    open_database(timed)
    holder = Holder(pg_cluster, name).commitment(cid)
    try:
        with pytest.raises(StatementCancelled) as caught:
            queries.mark(cid, "fulfilled", who="ann", expected_version=1)
        code, _, err = finished(tracker("--db", timed, "mark", str(cid), "fulfilled"))
    finally:
        holder.release()
    assert str(caught.value) == (
        f"{_shown(timed)}: the server cancelled the statement because it took too long"
        " (statement_timeout); nothing was changed"
    )
    assert code == 1
    assert _one_line(err) == f"tracker: {caught.value}"
    assert history(pg_cluster, name, cid) == ("open", 1, 0, 0)
    queries.mark(cid, "fulfilled", who="ann", expected_version=1)  # the same connection
    assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)
    code, _, err = finished(tracker("--db", timed, "mark", str(cid), "lapsed"))
    assert code == 0, err
    assert history(pg_cluster, name, cid) == ("lapsed", 3, 2, 2)


# -- an import interrupted by a lost connection -----------------------------------------


def _documents() -> list[Path]:
    """Three different small documents (as the shared-file writers import)."""
    folder = ROOT / "tests" / "data" / "documents"
    return [folder / name for name in DOCUMENTS]


def _stored_paths(cluster, name: str) -> list[str]:
    return [row[0] for row in cluster.execute("SELECT path FROM document ORDER BY id", (), name)]


def cut_off_by_a_restart(cluster, name: str, held: Path, *args: str) -> tuple[int, str, str]:
    """`tracker ARGS` with the server restarted while it waits to store the document with
    the bytes of `held` (another connection holds them): (exit code, stdout, stderr)."""
    holder = Holder(cluster, name).document_bytes(held)
    try:
        running = tracker(*args)
        wait_until(lambda: waiting_clients(cluster, name), what="the command to wait")
        cluster.restart("fast")
        return finished(running)
    finally:
        holder.release()


def test_an_import_cut_off_says_which_files_are_stored_and_the_rerun_stores_the_rest(
    pg_cluster, register
):
    name, url = register
    files = _documents()
    before = len(_stored_paths(pg_cluster, name))
    # the second file waits
    code, out, err = cut_off_by_a_restart(
        pg_cluster, name, files[1], "--db", url, "import", *map(str, files)
    )

    assert code == 1
    assert f"imported {files[0]}" in out and str(files[1]) not in out
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert lines[:2] == [f"not stored   {files[1]}", f"not stored   {files[2]}"]
    assert lines[2] == (
        f"tracker: {_shown(url)}: the connection to the server was lost; the change was not"
        " saved (try again); 2 files not stored: run the same import again once the server"
        " is back (what is stored already is skipped)"
    )
    stored = _stored_paths(pg_cluster, name)
    assert stored[before:] == [str(files[0])]  # the first whole, nothing of the second

    code, out, err = finished(tracker("--db", url, "import", *map(str, files)))
    assert code == 0, err
    assert f"skipped  {files[0]}: already imported" in out
    stored = _stored_paths(pg_cluster, name)
    assert stored[before:] == [str(f) for f in files]  # each once
    [(orphans,)] = pg_cluster.execute(
        "SELECT count(*) FROM commitment c LEFT JOIN source s ON s.commitment_id = c.id "
        "WHERE s.id IS NULL",
        (),
        name,
    )
    assert orphans == 0  # no commitment stored without its source: nothing half


# -- the server unreachable at start, and back -------------------------------------------


def test_a_server_down_at_start_is_one_line_and_a_later_run_just_works(pg_cluster, register):
    name, url = register
    pg_cluster.stop()
    try:
        code, _, err = finished(tracker("--db", url, "list"))
        with pytest.raises(DatabaseError) as caught:
            open_database(url)
    finally:
        pg_cluster.start()
    assert code == 1
    line = _one_line(err)
    assert line.startswith(f"tracker: {_shown(url)}: cannot connect to the database (")
    assert "Connection refused" in line
    assert pg_cluster.password not in err and pg_cluster.password not in str(caught.value)
    code, out, err = finished(tracker("--db", url, "list"))
    assert code == 0, err
    assert "Brief over stageplaatsen" in out


def test_a_sync_cut_off_stores_what_it_had_and_the_same_sync_again_the_rest_once(
    pg_cluster, register
):
    """`tracker sync` is an import too: cut off by a restart while it stores the second
    of three documents, it says so in one line, keeps the first whole, and the same
    command again stores the other two, each document once."""
    from opendata_server import REAL, OpenDataServer

    name, url = register
    served = ["kst-36450-6.pdf", "ah-tk-20232024-1178.pdf", "kst-29515-496.pdf"]
    server = OpenDataServer(page_size=2).start()
    try:
        for day, file in enumerate(served, 1):
            server.add_document(file, changed=f"2024-03-0{day}T10:00:00+01:00")
        args = ("--db", url, "sync", "--api", server.api, "--since", "2024-01-01")
        digests = [hashlib.sha256((REAL / file).read_bytes()).hexdigest() for file in served]

        def stored() -> list[int]:
            return [
                pg_cluster.execute(
                    "SELECT count(*) FROM document WHERE content_hash = %s", (digest,), name
                )[0][0]
                for digest in digests
            ]

        code, out, err = cut_off_by_a_restart(pg_cluster, name, REAL / served[1], *args)
        assert code == 1
        assert "Traceback" not in err
        said = [line for line in err.splitlines() if line.startswith("tracker:")]
        # Lost in the middle, or (when the sync's next step finds the server still going
        # down) unreachable: either way one line, naming the server without a password.
        assert len(said) == 1, err
        assert said[0].startswith(f"tracker: {_shown(url)}: ")
        assert (
            "the connection to the server was lost" in said[0]
            or "cannot connect to the database" in said[0]
        ), err
        assert pg_cluster.password not in err
        assert stored() == [1, 0, 0]  # the first whole, nothing of the second

        code, out, err = finished(tracker(*args))
        assert code == 0, err
        assert stored() == [1, 1, 1]  # each once
    finally:
        server.stop()
