"""What the window says when the server went away, could not be reached, or cancelled
a statement (tracker/store/lost_connection.py): one line naming the server, and what
became of the change. The program reconnects by itself: the next action just works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.store.lost_connection import (
    NOT_SAVED,
    ConnectionLost,
    ServerUnreachable,
    StatementCancelled,
    server_trouble,
)


def server_error_text(exc: BaseException | None) -> str | None:
    """The line for `exc` when it is about the server, else None."""
    exc = server_trouble(exc) if exc is not None else None
    if isinstance(exc, ConnectionLost) and exc.saved == NOT_SAVED:
        text = QCoreApplication.translate(
            "ServerErrors",
            "De verbinding met de server %1 ging verloren; de wijziging is niet opgeslagen. "
            "Probeer het opnieuw: het programma maakt zelf weer verbinding.",
        )
    elif isinstance(exc, ConnectionLost):
        text = QCoreApplication.translate(
            "ServerErrors",
            "De verbinding met de server %1 ging verloren tijdens het opslaan en de server is "
            "nog niet terug: of de wijziging is opgeslagen, is niet bekend. Kijk het na zodra "
            "de server terug is.",
        )
    elif isinstance(exc, ServerUnreachable):
        text = QCoreApplication.translate(
            "ServerErrors",
            "De server %1 is niet bereikbaar; er is niets gewijzigd. Probeer het zo opnieuw.",
        )
    elif isinstance(exc, StatementCancelled):
        text = QCoreApplication.translate(
            "ServerErrors",
            "De server %1 brak de opdracht af omdat die te lang duurde (statement_timeout); "
            "er is niets gewijzigd.",
        )
    else:
        return None
    return text.replace("%1", exc.where)
