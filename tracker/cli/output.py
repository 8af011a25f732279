"""What every command prints the same way: JSON, counts, dates and one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import sys


class CliError(Exception):
    """An error the user can fix; printed as one line."""


def print_json(value) -> None:
    """`value` as indented JSON on stdout, non-ASCII characters as they are."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def status_label(status: str) -> str:
    """A status as the exports name it ("Voldaan"), in the CLI's language."""
    from tracker.cli.messages import t
    from tracker.export.common import STATUS_LABELS

    return t(STATUS_LABELS.get(status, status))


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def error_text(exc: BaseException) -> str:
    """A core error's message in the CLI's language: through tracker.reasons when it
    carries a reason, else its English text."""
    from tracker.cli.messages import language
    from tracker.reasons import describe_error

    return describe_error(exc, language())


def document_refusal(path: object, reason: str | None, details: dict, error: str) -> str:
    """Why a document was refused, "PATH: reason" in Dutch; in English (and for an
    unforeseen error) the core's English message, which names the file."""
    from tracker.cli.messages import language
    from tracker.reasons import DOCUMENT_REASONS, describe

    if reason not in DOCUMENT_REASONS or reason == "failed" or language() == "en":
        return error  # in English: the core's own message, with its particulars
    return f"{path}: {describe(reason, details, language())}"


def unwritable(exc: Exception) -> str | None:
    """A full or read-only database or file as one line, rather than a traceback."""
    from tracker.store.write_errors import database_write_error, reason, write_problem

    if isinstance(exc, OSError):  # a file of ours other than the database
        problem = write_problem(exc)
        if problem is None:
            return None
        from tracker.cli.messages import language, t

        return t(
            "{file}: kon niet worden geschreven: {reason}",
            file=exc.filename or t("een bestand"),
            reason=reason(problem, language()),
        )
    unwritable = database_write_error(exc)
    return error_text(unwritable) if unwritable is not None else None


def server_trouble(exc: Exception) -> str | None:
    """A server that went away, could not be reached or cancelled a statement, as one
    line (tracker.store.lost_connection), rather than a traceback."""
    from tracker.store import lost_connection

    found = lost_connection.server_trouble(exc)
    return error_text(found) if found is not None else None
