"""Letters to the House ("Kamerbrieven"): how ministers report a promise kept, and
where they make new ones. Read from the header, not guessed as a verslag."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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


def test_a_letter_title_says_who_sends_it_and_what_about():
    # "Met deze brief informeer ik uw Kamer over de wachtlijsten in de jeugdzorg."
    document = parse(LETTER, "brief.md")
    assert document.official_id == "kst-29383-370"
    assert document.title == (
        "Brief van de Minister van Volksgezondheid, Welzijn en Sport over de wachtlijsten in de "
        "jeugdzorg"
    )
    assert document.reference_date == dt.date(2022, 2, 3)


PUBLISHED_HEADER = """**Tweede Kamer der Staten-Generaal**

Vergaderjaar 2024–2025

**29 515 Aanpak regeldruk en administratieve lasten**

**Nr. 496 BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 28 januari 2025

De leden van de VVD-fractie hebben gevraagd naar de regeldruk. Voor de zomer stuur ik
uw Kamer een overzicht van de adviezen.

De Minister van Economische Zaken, D.S. Beljaarts
"""


def test_a_letter_with_the_number_before_its_title_and_a_faction_in_its_body():
    # the published form puts "Nr. 496" and the title on one line; the body's mention of
    # "de leden van de VVD-fractie" does not make it a verslag
    document = parse(PUBLISHED_HEADER, "kst-29515-496.md")
    assert document.kind == "brief"
    assert (document.dossier, document.number) == ("29515", "496")
    assert document.date == dt.date(2025, 1, 28)
    assert document.answerer == "Minister van Economische Zaken"
    # no subject sentence: the dossier says what it is about
    assert document.title == (
        "Brief van de Minister van Economische Zaken, Aanpak regeldruk en administratieve lasten"
    )
    assert "Beljaarts" not in document.exchanges[0].answer_text


def test_a_letter_from_two_ministers_in_sentence_case():
    text = (
        "Brief van de Ministers van Financiën en van Sociale Zaken en Werkgelegenheid\n\n"
        "Den Haag, 2 april 2024\n\n"
        "Hierbij bied ik u, mede namens de Minister van Sociale Zaken en Werkgelegenheid, het "
        "rapport over de armoedeval aan.\n"
    )
    document = parse(text, "brief.md")
    assert document.kind == "brief"
    assert document.date == dt.date(2024, 4, 2)
    assert document.title.endswith("over het rapport over de armoedeval")


REAL_LETTER = Path(__file__).parent / "data" / "real" / "kst-29515-496.pdf"
MADE = Path(__file__).parent / "data" / "formats" / "kinds"


def test_the_published_letter_pdf():
    document = read_document(REAL_LETTER)
    assert document.kind == "brief"
    assert document.official_id == "kst-29515-496"
    assert document.title == (
        "Brief van de Minister van Economische Zaken over het Werkprogramma 2025 van het "
        "Adviescollege Toetsing Regeldruk"
    )
    assert document.date == document.reference_date == dt.date(2025, 1, 28)
    [body] = document.exchanges
    assert body.answer_text.startswith("Hierbij bied ik u het Werkprogramma 2025")
    assert "Beljaarts" not in body.answer_text and "ISSN" not in body.answer_text
    assert document.warnings == []


@pytest.mark.parametrize("suffix", ["xml", "html", "docx"])
def test_a_letter_in_every_format(suffix):
    document = read_document(MADE / f"kst-29984-1100.{suffix}")
    assert document.kind == "brief"
    assert document.official_id == "kst-29984-1100"
    assert document.title == (
        "Brief van de Minister van Infrastructuur en Waterstaat over de voortgang van de aanleg "
        "van de Nedersaksenlijn"
    )
    # "Den Haag, 14 maart 2024", not the publication date in the metadata (19 March)
    assert document.date == document.reference_date == dt.date(2024, 3, 14)
    [body] = document.exchanges
    assert body.role == "letter"
    assert "Harbers" not in body.answer_text
    [commitment] = extract(document)
    assert commitment.sources[0].quote == (
        "Voor het einde van dit jaar stuur ik uw Kamer de resultaten van de verkenning."
    )
    assert commitment.due == dt.date(2024, 12, 31)
