"""What the fault tests (test_faults.py, test_ui_faults.py) share: a fresh register on
the module's own PostgreSQL cluster, a row or a document held by another connection so
that a change waits at a known point, and waiting for that point on the server."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from pathlib import Path

DAY = dt.date(2026, 5, 1)
TITLES = ("Brief over stageplaatsen", "Rapport over wachtlijsten", "Evaluatie Praktijkleren")
DEADLINE = 90.0  # seconds: generous, for a loaded two-core machine


def wait_until(condition: Callable[[], object], timeout: float = DEADLINE, what: str = ""):
    """Poll `condition` until it is true; its value (fails after `timeout` seconds)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.05)


def new_register(cluster, **url_options: str) -> tuple[str, str]:
    """A new database on `cluster` holding three commitments; (its name, its URL).
    Nothing stays bound: the caller opens it."""
    from factories import make_commitment, make_document

    from tracker.store import queries
    from tracker.store.connection import close_database, open_database

    name = cluster.create_database()
    url = cluster.url(name)
    open_database(url)
    try:
        queries.import_document(
            make_document(), [make_commitment(t, DAY, ministry="OCW") for t in TITLES]
        )
    finally:
        close_database()
    if url_options:
        url += "?" + "&".join(f"{key}={value}" for key, value in url_options.items())
    return name, url


def ids_of(cluster, name: str) -> list[int]:
    return [row[0] for row in cluster.execute("SELECT id FROM commitment ORDER BY id", (), name)]


def waiting_clients(cluster, name: str, kind: str = "Lock") -> int:
    """How many client connections to database `name` wait for a lock now."""
    rows = cluster.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = %s",
        (name, kind),
    )
    return rows[0][0]


class Holder:
    """A connection of the test's own that holds rows in an open transaction, so that a
    client's change waits for it (as for a colleague's long transaction)."""

    def __init__(self, cluster, name: str) -> None:
        self.connection = cluster.connect(name)
        self.cursor = self.connection.cursor()
        self.cursor.execute("BEGIN")

    def commitment(self, cid: int) -> Holder:
        self.cursor.execute("SELECT id FROM commitment WHERE id = %s FOR UPDATE", (cid,))
        return self

    def document_bytes(self, path: Path) -> Holder:
        """An uncommitted document with the bytes of `path`: importing that file waits at
        its insert (the content hash is unique) until this transaction ends."""
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        self.cursor.execute(
            "INSERT INTO document (path, title, kind, content_hash, imported_at) "
            "VALUES ('held', '', 'unknown', %s, now())",
            (digest,),
        )
        return self

    def release(self) -> None:
        try:
            self.cursor.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - the fault may have ended this connection too
            pass
        self.connection.close()


def history(cluster, name: str, cid: int) -> tuple:
    """What is stored about a commitment's status: (status, version, history rows,
    audit rows)."""
    [(status, version)] = cluster.execute(
        "SELECT status, version FROM commitment WHERE id = %s", (cid,), name
    )
    [(changes,)] = cluster.execute(
        "SELECT count(*) FROM status_change WHERE commitment_id = %s", (cid,), name
    )
    [(audit,)] = cluster.execute(
        "SELECT count(*) FROM change WHERE commitment_id = %s AND what = 'status'", (cid,), name
    )
    return status, version, changes, audit
