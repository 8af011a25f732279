"""Letters to the House ("Kamerbrieven"): how ministers report a promise kept, and
where they make new ones. Read from the header, not guessed as a verslag."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.documents import read_document
from tracker.documents.text import parse
from tracker.extract import extract

HINTS = Path(__file__).parent / "data" / "hints"

LETTER = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2021–2022

**29 383**

**Jeugdzorg**

**Nr. 370**

**BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 februari 2022

Met deze brief informeer ik uw Kamer over de wachtlijsten in de jeugdzorg.

De wachtlijsten zijn het afgelopen jaar korter geworden. Voor de zomer stuur ik uw Kamer
de resultaten van het onderzoek naar de regionale verschillen.

De Minister van Volksgezondheid, Welzijn en Sport,
E.J. Kuipers
"""


def test_a_letter_is_read_from_its_header():
    document = parse(LETTER, "brief.md")
    assert document.kind == "brief"
    assert (document.dossier, document.number) == ("29383", "370")
    assert document.date == dt.date(2022, 2, 3)
    assert document.answerer == "Minister van Volksgezondheid, Welzijn en Sport"
    assert document.reference == "Kamerstuk 29 383, nr. 370"
    [body] = document.exchanges
    assert body.role == "letter" and body.question == ""
    assert body.answer[0].text.startswith("Met deze brief informeer ik")
    assert "Kuipers" not in body.answer_text  # the signature is not part of the body
    # No talk of questions and answers for a letter.
    assert not [w for w in document.warnings if "question" in w or "answers" in w]


def test_a_letter_makes_promises_but_reporting_in_it_is_none():
    document = parse(LETTER, "brief.md")
    [commitment] = extract(document)
    assert "resultaten van het onderzoek" in commitment.sources[0].quote
    assert commitment.due == dt.date(2022, 6, 30)  # "voor de zomer" of the letter's year
    assert commitment.ministry == "VWS"


def test_the_follow_up_letters_of_the_hint_tests_are_letters():
    for path in sorted(HINTS.glob("*.md")):
        document = read_document(path)
        assert document.kind == "brief", path
        assert document.date is not None and document.dossier, path
