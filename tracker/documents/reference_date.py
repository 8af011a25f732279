"""The date a user gives for a document that states none of its own.

Relative due dates ("binnen drie maanden", "voor de zomer") count from the day the
answers were given. An official document states that day (a nota's "Ontvangen ...", a
letter's "Den Haag, ...", Kamervragen' "ontvangen ..."), and that date is what the
House and the ministry go by: a date the user gives is used only where the document
states no reference date, and a warning says when it was not used. Without either,
extraction reads due dates from today and says so.

The date can also be given after the import (`tracker.importing.redate_document`):
a stored document that states no date of its own gets it, and a date given before
can be corrected; a document that states its own date keeps it.
"""

from __future__ import annotations

from datetime import date

from tracker import clock
from tracker.documents.model import Document


class ReferenceDateError(ValueError):
    """A reference date that cannot be the day the answers were given; the message says why."""


# Before this no written answers are kept in the register (the House's digital
# records begin long after it): an earlier year is a typing error.
EARLIEST = date(1900, 1, 1)


def check_reference_date(given: date, today: date | None = None) -> None:
    """Raise ReferenceDateError for a date the answers cannot have been given on:
    one in the future (relative due dates would lie further off than the document
    says), or one before 1900."""
    today = today or clock.today()
    if given > today:
        raise ReferenceDateError(
            f"the reference date {given.isoformat()} lies in the future: give the day the "
            "answers were given (today at the latest)"
        )
    if given < EARLIEST:
        raise ReferenceDateError(
            f"the reference date {given.isoformat()} is before {EARLIEST.year}: is the year right?"
        )


def not_used_warning(given: date, own: date) -> str:
    """Why a given reference date is not used: the document states its own."""
    return (
        f"the reference date given ({given.isoformat()}) is not used: the document "
        f"is dated {own.isoformat()}"
    )


def redate_refusal(answer_date: date | None, answer_date_given: bool, given: date) -> str | None:
    """Why a stored document (its `answer_date`, and whether the user gave it) is not
    given the reference date `given` after its import; None: it is.

    "" means: it has this date already (nothing to do, nothing to warn of); otherwise
    the message says why the date is not used (the document states another).
    """
    if answer_date == given:
        return ""
    if answer_date is not None and not answer_date_given:
        return not_used_warning(given, answer_date)
    return None


def use_reference_date(document: Document, given: date | None) -> bool:
    """Give `document` the user's reference date where it has none of its own;
    whether it was given."""
    if document.reference_date is not None:
        if given is not None and given != document.reference_date:
            document.warnings.append(not_used_warning(given, document.reference_date))
        return False
    if given is None:
        if document.date is None:
            document.warnings.append(
                "the document states no date: give the date it was answered "
                "(--reference-date YYYY-MM-DD) to read its due dates from that day"
            )
        return False
    document.reference_date = given
    document.warnings.append(
        "the document states no date of its answers: due dates are read from the "
        f"reference date given ({given.isoformat()})"
    )
    return True
