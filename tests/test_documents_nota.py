"""A nota naar aanleiding van het verslag, and a lijst van vragen en antwoorden: the
committee's numbered questions, each followed by the government's "Antwoord".

Staff rely on: the document is recognised and dated by its own header ("Ontvangen 27
maart 2024"), each numbered question stays a question with its number and faction,
only the answers (and the government's introduction) are read for commitments, and a
faction's remark that gets no answer never becomes one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.documents import Document, read_document
from tracker.documents.text import parse
from tracker.extract import extract
from tracker.letters import ANSWER_KINDS

DATA = Path(__file__).parent / "data"
REAL_NOTA = DATA / "real" / "kst-36450-6.pdf"
KINDS = DATA / "formats" / "kinds"
FORMATS = ["xml", "html", "docx"]


@pytest.fixture(scope="module")
def nota() -> Document:
    return read_document(REAL_NOTA)


def by_number(document: Document) -> dict[str, object]:
    return {e.number: e for e in document.exchanges if e.number}


def assert_offsets_map_back(document: Document) -> None:
    """Every letter and digit of every question and answer stands at its offset."""
    for exchange in document.exchanges:
        for block in exchange.answer + exchange.question_blocks:
            assert len(block.offsets) == len(block.text)
            for ch, offset in zip(block.text, block.offsets, strict=True):
                if ch.isalnum():
                    assert document.source[offset] == ch, (block.text, ch, offset)


def assert_no_commitment_from_a_question(document: Document) -> None:
    """No commitment quote lies in a question or a faction's remark."""
    spans = [(b.start, b.end) for e in document.exchanges for b in e.question_blocks]
    commitments = extract(document)
    assert commitments
    for commitment in commitments:
        for source in commitment.sources:
            for start, end in spans:
                assert not (start <= source.start < end), (source.quote, "lies in a question")


# -- the published PDF: Kamerstuk 36 450, nr. 6 -------------------------------------------


def test_real_nota_is_read_as_a_nota_dated_by_its_ontvangen_date(nota):
    # "Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG Ontvangen 27 maart 2024"
    assert nota.kind == "nota"
    assert nota.official_id == "kst-36450-6"
    assert nota.reference == "Kamerstuk 36 450, nr. 6"
    assert nota.title == (
        "Nota naar aanleiding van het verslag, Instellingswet Adviescollege toetsing regeldruk"
    )
    assert nota.date == dt.date(2024, 3, 27)
    assert nota.reference_date == dt.date(2024, 3, 27)
    assert nota.answerer == "Minister van Economische Zaken en Klimaat"
    assert not any("read as a verslag" in w for w in nota.warnings)


def test_real_nota_every_question_number_from_1_to_89_is_answered_once(nota):
    numbers = []
    for exchange in nota.exchanges:
        if exchange.role == "answer":
            assert exchange.question, exchange.answer_text[:80]
            numbers += [int(n) for n in exchange.number.replace(",", " ").split() if n.isdigit()]
    assert sorted(numbers) == list(range(1, 90))


def test_real_nota_numbered_question_and_its_antwoord(nota):
    exchange = by_number(nota)["14"]
    assert exchange.faction == "NSC"
    assert exchange.question.startswith(
        "De leden van de NSC-fractie hebben ervan kennisgenomen dat er al sinds het jaar 2000 "
        "advies gegeven wordt over regeldruk."
    )
    assert exchange.answer_text.startswith(
        "Om de terreinen en onderwerpen die de hoogste ervaren regeldruk genereren"
    )
    assert not exchange.answer_text.startswith("Antwoord")


def test_real_nota_grouped_question_numbers(nota):
    exchange = by_number(nota)["5, 6 en 7"]
    assert exchange.faction == "VVD"
    assert exchange.section == "2.1 Voorgeschiedenis en probleembeschrijving"
    assert exchange.answer_text.startswith("Er is meer aandacht gekomen voor regeldruk")


def test_real_nota_deze_leden_belongs_to_the_faction_named_before(nota):
    # "1 De leden van de CDA-fractie ...", "2 In het verlengde hiervan vragen deze leden",
    # "3 Deze leden vragen of het wetsvoorstel ..."
    numbered = by_number(nota)
    assert numbered["2"].question.startswith("In het verlengde hiervan vragen deze leden")
    assert numbered["3"].question.startswith("Deze leden vragen of het wetsvoorstel")
    assert numbered["1"].faction == numbered["2"].faction == numbered["3"].faction == "CDA"
    # "10 Kan de regering concrete voorbeelden noemen ...?" after the VVD's 8 en 9
    assert numbered["10"].question.startswith("Kan de regering concrete voorbeelden noemen")
    assert numbered["10"].faction == "VVD"


def test_real_nota_faction_remark_without_answer_is_no_answer(nota):
    remark = next(
        e
        for e in nota.exchanges
        if e.question.startswith("De leden van de ChristenUnie-fractie onderschrijven het doel")
    )
    assert remark.role == "remark"
    assert remark.answer == []
    assert remark.faction == "ChristenUnie"


def test_real_nota_government_introduction(nota):
    intro = [e for e in nota.exchanges if e.role == "introduction"]
    assert len(intro) == 1
    assert intro[0].answer_text.startswith(
        "Met belangstelling heb ik kennisgenomen van de vragen van de leden van de fracties"
    )
    assert intro[0].question == ""


def test_real_nota_footnotes_and_page_footers_stay_out_of_questions_and_answers(nota):
    for exchange in nota.exchanges:
        for text in [exchange.question, exchange.answer_text]:
            assert "Tweede Kamer, vergaderjaar" not in text
            assert "Stcrt. 2023, 3251. 2 Kamerstuk" not in text
            assert "ISSN" not in text
    assert nota.footnotes["1"].startswith("Instellingsbesluit Adviescollege toetsing regeldruk")


def test_real_nota_gives_no_commitment_from_a_question_nor_reads_from_today(nota):
    assert_no_commitment_from_a_question(nota)
    assert not any("from today" in w for w in nota.warnings)


def test_nota_and_vragenlijst_are_answers_not_letters():
    # the hints treat a nota like a verslag: its subject is what the Kamer asked about
    assert {"nota", "vragenlijst"} <= ANSWER_KINDS


# -- the same layout as XML, HTML and Word ------------------------------------------------


@pytest.fixture(scope="module", params=FORMATS)
def made(request) -> Document:
    return read_document(KINDS / f"kst-36321-7.{request.param}")


def test_nota_in_every_format_has_kind_reference_title_and_date(made):
    assert made.kind == "nota"
    assert made.official_id == "kst-36321-7"
    assert made.title == "Nota naar aanleiding van het verslag, Wet lobbyregister"
    # "Ontvangen 12 april 2024", not the publication date (16 April) of the metadata
    assert made.date == dt.date(2024, 4, 12)
    assert made.reference_date == dt.date(2024, 4, 12)
    assert made.answerer == "Minister van Binnenlandse Zaken en Koninkrijksrelaties"
    assert made.warnings == []


def test_nota_in_every_format_numbered_questions_and_antwoord(made):
    answers = [e for e in made.exchanges if e.role == "answer"]
    assert [(e.number, e.faction) for e in answers] == [
        ("1", "VVD"),
        ("2 en 3", "GroenLinks-PvdA"),
        ("4", "GroenLinks-PvdA"),  # "4 Deze leden vragen ..."
        ("5", "SGP"),  # "5 Kan de regering aangeven ...?" after the SGP's remark
    ]
    assert answers[2].question == (
        "Deze leden vragen of de regering de Kamer voor 1 oktober 2024 wil informeren over de "
        "kosten van het register."
    )
    assert answers[2].answer_text == (
        "Ja, ik zal uw Kamer voor 1 oktober 2024 informeren over de kosten van het register."
    )
    assert answers[1].section == "2. Reikwijdte"
    assert all(len(e.question_blocks) == 1 for e in answers)
    assert_offsets_map_back(made)


def test_nota_in_every_format_remarks_and_introduction(made):
    roles = [(e.role, e.faction) for e in made.exchanges if e.role != "answer"]
    assert roles == [("introduction", None), ("remark", "VVD"), ("remark", "SGP")]
    sgp = [e for e in made.exchanges if e.role == "remark"][1]
    assert sgp.question.startswith("De leden van de SGP-fractie steunen het wetsvoorstel")
    assert sgp.answer == []


def test_nota_in_every_format_commitments_come_from_answers_only(made):
    assert_no_commitment_from_a_question(made)
    commitments = extract(made)
    quotes = " ".join(s.quote for c in commitments for s in c.sources)
    assert "eigen voorstel" not in quotes  # the SGP's own plan, in its remark
    assert "binnen twee jaar" not in quotes  # what the VVD asked for
    dues = {c.due for c in commitments}
    assert dt.date(2024, 10, 1) in dues  # "voor 1 oktober 2024 informeren over de kosten"


# -- a lijst van vragen en antwoorden -----------------------------------------------------

LIJST = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2023–2024

**36 410 XIII**

**Vaststelling van de begrotingsstaten van het Ministerie van Economische Zaken en Klimaat
(XIII) en het Diergezondheidsfonds (F) voor het jaar 2024**

**Nr. 12**

**LIJST VAN VRAGEN EN ANTWOORDEN**

Vastgesteld 20 november 2023

De vaste commissie voor Economische Zaken en Klimaat heeft een aantal vragen voorgelegd
aan de Minister van Economische Zaken en Klimaat over de begroting voor het jaar 2024.
De Minister heeft deze vragen beantwoord bij brief van 14 november 2023.

Vraag 1
Hoeveel bedrijven hebben in 2023 gebruikgemaakt van de innovatiekrediet-regeling?

Antwoord 1
In 2023 hebben 87 bedrijven een innovatiekrediet gekregen.

2 Wanneer ontvangt de Kamer de evaluatie van de regeling?

Antwoord
De evaluatie stuur ik voor de zomer van 2024 naar uw Kamer.
"""


def test_lijst_van_vragen_en_antwoorden_numbers_answers_and_date():
    document = parse(LIJST, path="lijst.md")
    assert document.kind == "vragenlijst"
    assert document.official_id == "kst-36410-XIII-12"
    assert document.date == dt.date(2023, 11, 20)  # "Vastgesteld 20 november 2023"
    # "beantwoord bij brief van 14 november 2023": relative dates count from the answers
    assert document.reference_date == dt.date(2023, 11, 14)
    assert document.title.startswith("Lijst van vragen en antwoorden, Vaststelling van")
    answers = [e for e in document.exchanges if e.role == "answer"]
    assert [e.number for e in answers] == ["1", "2"]
    assert answers[0].question == (
        "Hoeveel bedrijven hebben in 2023 gebruikgemaakt van de innovatiekrediet-regeling?"
    )
    assert answers[1].question == "Wanneer ontvangt de Kamer de evaluatie van de regeling?"
    assert answers[1].answer_text == "De evaluatie stuur ik voor de zomer van 2024 naar uw Kamer."
    assert [c.due for c in extract(document)] == [dt.date(2024, 6, 30)]


def test_a_verslag_that_cites_a_nota_stays_a_verslag():
    text = (
        "**VERSLAG VAN EEN SCHRIFTELIJK OVERLEG**\n\nVastgesteld 3 mei 2024\n\n"
        "### Vragen en opmerkingen van de leden van de VVD-fractie\n\n"
        "*De leden van de VVD-fractie lezen in de nota naar aanleiding van het verslag dat "
        "de regeling wordt geëvalueerd. Wanneer gebeurt dat?*\n\n"
        "De evaluatie volgt in 2025.\n"
    )
    assert parse(text).kind == "verslag"


OLDER_NOTA = """**33 750 VI Vaststelling van de begrotingsstaten van het Ministerie van
Veiligheid en Justitie (VI) voor het jaar 2014**

**Nr. 9 NOTA NAAR AANLEIDING VAN HET VERSLAG**

Ontvangen 4 november 2013

### Vragen en opmerkingen van de leden van de CDA-fractie

*De leden van de CDA-fractie vragen wanneer de regering de Kamer informeert over de
evaluatie van de Wet griffierechten.*

Ik informeer uw Kamer voor 1 maart 2014 over de evaluatie van de Wet griffierechten.
"""


def test_an_older_nota_with_italic_questions_and_no_antwoord_labels():
    document = parse(OLDER_NOTA, path="nota.md")
    assert document.kind == "nota"
    assert document.date == document.reference_date == dt.date(2013, 11, 4)
    [exchange] = [e for e in document.exchanges if e.role == "answer"]
    assert exchange.faction == "CDA"
    assert exchange.question.startswith("De leden van de CDA-fractie vragen wanneer")
    assert exchange.answer_text.startswith("Ik informeer uw Kamer voor 1 maart 2014")
    [commitment] = extract(document)
    assert commitment.due == dt.date(2014, 3, 1)
