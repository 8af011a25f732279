"""The date a user gives for a document that states none of its own.

Relative due dates ("binnen drie maanden", "voor de zomer") count from the day the
answers were given. An official document states that day (a nota's "Ontvangen ...", a
letter's "Den Haag, ...", Kamervragen' "ontvangen ..."), and that date is what the
House and the ministry go by: a date the user gives is used only where the document
states no reference date, and a warning says when it was not used. Without either,
extraction reads due dates from today and says so.
"""

from __future__ import annotations

from datetime import date

from tracker.documents.model import Document


def use_reference_date(document: Document, given: date | None) -> None:
    """Give `document` the user's reference date where it has none of its own."""
    if document.reference_date is not None:
        if given is not None and given != document.reference_date:
            document.warnings.append(
                f"the reference date given ({given.isoformat()}) is not used: the document "
                f"is dated {document.reference_date.isoformat()}"
            )
        return
    if given is None:
        if document.date is None:
            document.warnings.append(
                "the document states no date: give the date it was answered "
                "(--reference-date YYYY-MM-DD) to read its due dates from that day"
            )
        return
    document.reference_date = given
    document.warnings.append(
        "the document states no date of its answers: due dates are read from the "
        f"reference date given ({given.isoformat()})"
    )
