"""Telling a lost connection to the server, and a statement the server cancelled, from
other failures, and saying so in one line.

A PostgreSQL server that restarts (`pg_ctl restart`), a connection an administrator
ends (`pg_terminate_backend`) or a network that drops show up in psycopg2 as an
OperationalError or InterfaceError: SQLSTATE 57P01 (admin shutdown), 57P02 (crash
shutdown), 57P03 (cannot connect now), class 08 (connection exception), or no code at
all ("server closed the connection unexpectedly", "connection already closed"). The
transaction under way is gone with the connection, and the connection cannot be used
again. A statement cancelled by `statement_timeout` (57014, query_canceled) is another
matter: the server rolled the transaction back, and the connection is fine.

`ConnectionLost` and `StatementCancelled` carry a `reason` and `details` like the other
errors a user meets (tracker.reasons), so the CLI and the window say them in their
language. They are peewee OperationalErrors, so code that handles a failed statement
handles these too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import peewee as pw

from tracker.reasons import describe

ADMIN_SHUTDOWN = "57P01"
CRASH_SHUTDOWN = "57P02"
CANNOT_CONNECT_NOW = "57P03"
QUERY_CANCELED = "57014"
_LOST_CODES = (ADMIN_SHUTDOWN, CRASH_SHUTDOWN, CANNOT_CONNECT_NOW)
# libpq's words when the socket went away without an error from the server
_LOST_WORDS = (
    "server closed the connection",
    "connection already closed",
    "terminating connection",
    "could not receive data from server",
    "could not send data to server",
    "no connection to the server",
    "ssl connection has been closed",
    "connection has been lost",
)

# What happened to the change in flight (the `saved` of ConnectionLost)
NOT_SAVED = "not-saved"
UNKNOWN = "unknown"  # the connection was lost during COMMIT and the server is not back


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and the driver's error it wraps (peewee keeps it as `orig`)."""
    seen: set[int] = set()
    item: BaseException | None = exc
    while item is not None and id(item) not in seen:
        seen.add(id(item))
        yield item
        wrapped = getattr(item, "orig", None)
        item = wrapped if isinstance(wrapped, BaseException) else item.__cause__


def connection_lost(exc: BaseException) -> bool:
    """Whether `exc` says the connection to the server is gone (not usable again)."""
    if isinstance(exc, ConnectionLost):
        return True
    if isinstance(exc, StatementCancelled):
        return False
    for item in _chain(exc):
        code = getattr(item, "pgcode", None) or ""
        if code in _LOST_CODES or code.startswith("08"):
            return True
        module = type(item).__module__ or ""
        driver = module.startswith("psycopg2") or isinstance(item, pw.PeeweeException)
        if driver and type(item).__name__ in ("OperationalError", "InterfaceError"):
            text = str(item).lower()
            if any(words in text for words in _LOST_WORDS):
                return True
    return False


def statement_cancelled(exc: BaseException) -> bool:
    """Whether `exc` says the server cancelled a statement (statement_timeout, or a
    cancel request); the transaction was rolled back, the connection is usable."""
    if isinstance(exc, StatementCancelled):
        return True
    return any(getattr(item, "pgcode", None) == QUERY_CANCELED for item in _chain(exc))


class ConnectionLost(pw.OperationalError):
    """The connection to the server was lost while a change was being made. `saved` says
    what became of it: NOT_SAVED (rolled back whole by the server; try again) or UNKNOWN
    (lost during COMMIT, and the server did not come back in time to ask it). A change
    whose COMMIT was lost but which the server did store is no error: the caller is told
    it succeeded, once."""

    def __init__(self, where: str, saved: str = NOT_SAVED, error: str = "") -> None:
        self.where = where
        self.saved = saved
        self.reason = "db_connection_lost" if saved == NOT_SAVED else "db_connection_lost_unknown"
        self.details = {"path": where, "error": error}
        super().__init__(describe(self.reason, self.details, "en"))


class ServerUnreachable(pw.OperationalError):
    """The server could not be reached to (re)connect; nothing was done."""

    def __init__(self, where: str, error: str) -> None:
        self.where = where
        self.reason = "db_cannot_connect"
        self.details = {"path": where, "error": error}
        super().__init__(describe(self.reason, self.details, "en"))


class StatementCancelled(pw.OperationalError):
    """The server cancelled a statement that took too long (statement_timeout): its
    transaction was rolled back whole; the connection stays usable."""

    def __init__(self, where: str, error: str = "") -> None:
        self.where = where
        self.reason = "db_statement_cancelled"
        self.details = {"path": where, "error": error}
        super().__init__(describe(self.reason, self.details, "en"))


def server_trouble(exc: BaseException) -> Exception | None:
    """The ConnectionLost, ServerUnreachable or StatementCancelled in `exc`'s chain (peewee
    wraps an error raised while it makes a cursor in an OperationalError of its own)."""
    for item in _chain(exc):
        if isinstance(item, (ConnectionLost, ServerUnreachable, StatementCancelled)):
            return item
    return None


def first_line(exc: BaseException) -> str:
    """The driver's message in one line, without libpq's "FATAL:"/"ERROR:" prefix."""
    text = " ".join(str(exc).split())
    return re.sub(r"^(FATAL|ERROR):\s*", "", text) or type(exc).__name__


# The errors that stop a batch (an import, a sync): the server is gone, or it cancels
# what takes too long; the next files would fare no better.
SERVER_TROUBLE = (ConnectionLost, ServerUnreachable, StatementCancelled)
