"""A PostgreSQL database that survives the server going away, without ever doing a
change twice.

Peewee keeps a connection until it is closed; after a restart of the server, a
connection an administrator ended or a network that dropped, it still says open and
every statement fails. `ReconnectingPostgresqlDatabase` tells a lost connection from
other failures (tracker/store/lost_connection.py) and:

- outside a transaction, a read (SELECT, SHOW) that finds the connection lost is sent
  again once on a new connection, as peewee's `ReconnectMixin` does, and a BEGIN too
  (nothing was done yet). A write outside a transaction is made a transaction of its
  own, so that it gets the same care as the others;
- inside a transaction nothing is sent again: the server rolled the transaction back
  when the connection went, so the change is not saved, and `ConnectionLost` says so;
  the next transaction connects anew;
- a COMMIT whose answer never came may or may not have been stored. Before sending it,
  the transaction's id is read (`txid_current_if_assigned()`); after the loss the
  client connects again (waiting for a restarting server up to `outcome_wait`
  seconds) and asks the server (`txid_status`, PostgreSQL's way of answering exactly
  this): committed means the change is stored, once, and the caller is told it
  succeeded; aborted means it is not (a transaction that only read has no id: nothing
  is lost); a server that does not come back in time gives `ConnectionLost` with
  `saved=UNKNOWN`. Nothing is ever applied again blindly.
- a statement the server cancelled (statement_timeout) becomes `StatementCancelled`;
  its transaction is rolled back and the connection is kept.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

import peewee as pw

from tracker.store.lost_connection import (
    NOT_SAVED,
    UNKNOWN,
    ConnectionLost,
    ServerUnreachable,
    StatementCancelled,
    connection_lost,
    first_line,
    server_trouble,
    statement_cancelled,
)

log = logging.getLogger(__name__)

OUTCOME_WAIT = 30.0  # seconds to wait for a server coming back to learn a commit's outcome
_READS = ("SELECT", "SHOW", "WITH")
_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|MERGE)\b")  # (FOR UPDATE too: a lock)


def _reads_only(sql: str) -> bool:
    """Whether `sql` only reads (safe to send again after a lost connection)."""
    head = sql.lstrip().split(None, 1)
    return bool(head) and head[0].upper() in _READS and not _WRITES.search(sql.upper())


class ReconnectingPostgresqlDatabase(pw.PostgresqlDatabase):
    """A PostgreSQL database that reconnects by itself and learns the truth about a
    COMMIT whose answer was lost (see the module's docstring)."""

    display = ""  # the server as messages name it, without a password (set by the opener)
    outcome_wait = OUTCOME_WAIT

    @property
    def where(self) -> str:
        return self.display or f"PostgreSQL database {self.database}"

    # -- connecting ------------------------------------------------------------------

    def on_connect(self, hook: Callable[[int], None], add: bool = True) -> None:
        """Call `hook(backend pid)` in the connecting thread each time a connection is
        made (the live refresh ignores its own window's changes by this pid, which a
        reconnect changes); `add=False` takes it off again."""
        hooks = [h for h in getattr(self, "_connect_hooks", []) if h is not hook]
        self._connect_hooks = [*hooks, hook] if add else hooks

    def _initialize_connection(self, conn) -> None:
        super()._initialize_connection(conn)
        for hook in getattr(self, "_connect_hooks", []):
            try:
                hook(conn.get_backend_pid())
            except Exception:  # noqa: BLE001 - a hook never stops a connection
                log.exception("a connect hook failed")

    def cursor(self, named_cursor=None):
        if self.is_closed() and self.autoconnect:
            try:
                self.connect()
            except pw.OperationalError as exc:
                raise ServerUnreachable(self.where, first_line(exc)) from exc
        return super().cursor(named_cursor)

    def _break(self) -> None:
        """The connection is lost: close it without asking the server. Inside a
        transaction the state stays (each further statement fails at once), outside
        it is reset, so that the next statement connects anew."""
        conn = self._state.conn
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - closing what is already broken
                log.debug("closing a lost connection", exc_info=True)
        if not self.in_transaction():
            self._state.reset()

    def _failure(self, exc: Exception) -> Exception:
        """`exc` as the error a user is told: a lost connection (the change was not
        saved), a cancelled statement, or `exc` itself."""
        own = server_trouble(exc)
        if own is not None:
            return own
        if connection_lost(exc):
            self._break()
            return ConnectionLost(self.where, NOT_SAVED, first_line(exc))
        if statement_cancelled(exc):
            return StatementCancelled(self.where, first_line(exc))
        return exc

    def _raise(self, exc: Exception) -> None:
        failure = self._failure(exc)
        if failure is exc:
            raise exc
        raise failure from exc

    # -- statements ------------------------------------------------------------------

    def execute_sql(self, sql, params=None):
        if self.in_transaction():
            return self._once(sql, params)
        if not _reads_only(sql):
            with self.atomic():  # a write gets a transaction: its outcome can be learnt
                return self._once(sql, params)
        try:
            return super().execute_sql(sql, params)
        except pw.PeeweeException as exc:
            if server_trouble(exc) is not None or not connection_lost(exc):
                self._raise(exc)
            log.info("connection to %s lost (%s); reading again", self.where, first_line(exc))
            self._break()
        return self._once(sql, params)

    def _once(self, sql, params):
        """The statement, sent this once: a statement of a transaction (never sent
        again, see the module docstring), or a read sent again on a new connection."""
        try:
            return super().execute_sql(sql, params)
        except pw.PeeweeException as exc:
            self._raise(exc)

    # -- transactions ----------------------------------------------------------------

    def begin(self, isolation_level=None):
        try:
            return super().begin(isolation_level)
        except pw.PeeweeException as exc:
            if server_trouble(exc) is not None or not connection_lost(exc):
                self._raise(exc)
            self._break()  # nothing was done yet: begin on a new connection
        try:
            return super().begin(isolation_level)
        except pw.PeeweeException as exc:
            self._raise(exc)

    def rollback(self):
        if self.is_closed() or self._state.conn.closed:
            self._break()  # the server rolled back when the connection went
            return
        try:
            super().rollback()
        except pw.PeeweeException as exc:
            if not connection_lost(exc):
                raise
            self._break()

    def commit(self):
        try:
            cursor = super().execute_sql("SELECT txid_current_if_assigned()")
            txid = cursor.fetchone()[0]
        except pw.PeeweeException as exc:
            self._raise(exc)  # lost before COMMIT: rolled back, not saved
        try:
            super().commit()
        except pw.PeeweeException as exc:
            if not connection_lost(exc):
                self._raise(exc)
            self._break()
            self._learn_outcome(txid, exc)

    def _learn_outcome(self, txid: int | None, exc: Exception) -> None:
        """The COMMIT of `txid` got no answer: return if the server stored it, else raise
        ConnectionLost saying whether it is known not to be stored."""
        if txid is None:  # the transaction wrote nothing: nothing lost (it only read)
            return
        status = self._txid_status(txid)
        log.info(
            "connection to %s lost during COMMIT of transaction %s; the server says: %s",
            self.where,
            txid,
            status,
        )
        if status == "committed":
            return
        saved = UNKNOWN if status in ("unreachable", "in progress") else NOT_SAVED
        raise ConnectionLost(self.where, saved, first_line(exc)) from exc

    def _txid_status(self, txid: int) -> str:
        """ "committed", "aborted" (also: unknown to the server), "in progress" (its
        server process, cut off from us by the network, is still at it after
        `outcome_wait`) or "unreachable" (the server did not come back in that time)."""
        deadline = time.monotonic() + self.outcome_wait
        while True:
            try:
                row = self._once("SELECT txid_status(%s)", (txid,)).fetchone()
                status = row[0] if row[0] is not None else "aborted"
            except (ServerUnreachable, ConnectionLost):
                self._break()
                status = "unreachable"
            if status != "unreachable" and status != "in progress":
                return status
            if time.monotonic() > deadline:
                return status
            time.sleep(0.5)
