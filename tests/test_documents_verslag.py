"""Reading a "verslag van een schriftelijk overleg": faction sections, italic questions,
plain answers, and the PDF artefacts between them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.documents import Document, read_document

DATA = Path(__file__).resolve().parent / "data" / "documents"
SEED = Path(__file__).resolve().parents[1] / "resources" / "samples" / "kst-32637-448.md"


def read(name: str) -> Document:
    return read_document(DATA / name)


def answers(document: Document, faction: str | None = None) -> list[str]:
    return [
        b.text
        for e in document.exchanges
        if faction is None or e.faction == faction
        for b in e.answer
    ]


def assert_offsets_map_back(document: Document) -> None:
    for exchange in document.exchanges:
        for block in exchange.answer + exchange.question_blocks:
            assert len(block.offsets) == len(block.text)
            for ch, offset in zip(block.text, block.offsets, strict=True):
                if ch.isalnum():
                    assert document.source[offset] == ch, (block.text, ch, offset)


def factions_in_order(document: Document) -> list[str]:
    seen: list[str] = []
    for exchange in document.exchanges:
        if exchange.faction and exchange.faction not in seen:
            seen.append(exchange.faction)
    return seen


# -- a verslag converted to Markdown, with PDF artefacts ---------------------------------


def test_verslag_header_dossier_number_title_and_dates():
    document = read("verslag-pdf.md")
    assert document.kind == "verslag"
    assert (document.dossier, document.number) == ("36999", "12")
    assert document.dossier_title == "Verduurzaming industrie"
    assert document.document_type == "Verslag van een schriftelijk overleg"
    assert document.title == "Verduurzaming industrie; Verslag van een schriftelijk overleg"
    assert document.date == dt.date(2024, 2, 21)  # "Vastgesteld 21 februari 2024"
    # "Bij brief van 19 februari 2024 zijn de vragen beantwoord."
    assert document.reference_date == dt.date(2024, 2, 19)
    assert document.official_id == "kst-36999-12"
    assert document.reference == "Kamerstuk 36 999, nr. 12"


def test_verslag_addressee_minister_voor_is_also_the_answerer():
    # "... voorgelegd aan de Minister voor Klimaat en Energie over de brief van ..."
    document = read("verslag-pdf.md")
    assert document.addressee == "Minister voor Klimaat en Energie"
    assert document.answerer == "Minister voor Klimaat en Energie"
    assert document.committee == "vaste commissie voor Economische Zaken en Klimaat"
    assert {e.addressee for e in document.exchanges} == {"Minister voor Klimaat en Energie"}


def test_verslag_faction_headings_in_every_form():
    # "## ... VVD-fractie", "**... de fractie van de SGP**", "#### De leden van de PVV-fractie"
    document = read("verslag-pdf.md")
    assert factions_in_order(document) == ["VVD", "SGP", "PVV"]
    assert [e.faction for e in document.exchanges] == [
        None,
        "VVD",
        "VVD",
        "SGP",
        "PVV",
        "PVV",
        None,
    ]


def test_verslag_introduction_and_annex_are_marked():
    document = read("verslag-pdf.md")
    intro, annex = document.exchanges[0], document.exchanges[-1]
    assert (intro.role, intro.section, intro.question) == ("introduction", "Inleiding", "")
    assert intro.answer[0].text.startswith("De antwoorden houden nog geen rekening")
    assert annex.role == "annex"
    assert annex.section.startswith("Bijlage: overzicht van de maatwerkafspraken")
    assert annex.section.endswith("– Stand per 1 februari 2024")
    assert annex.faction is None
    assert [e.role for e in document.exchanges[1:-1]] == ["answer"] * 5


def test_verslag_italic_question_split_by_a_page_break_is_one_question():
    document = read("verslag-pdf.md")
    assert document.exchanges[2].question == (
        "De leden van de VVD-fractie vragen of de Minister bereid is om de voortgang van de "
        "maatwerkafspraken jaarlijks aan de Kamer te rapporteren."
    )
    assert document.exchanges[2].answer[0].text.startswith("Ja. De Minister rapporteert")


def test_verslag_answer_split_by_a_page_header_is_one_paragraph():
    text = answers(read("verslag-pdf.md"), "VVD")[1]
    assert text == (
        "Het kabinet zal de Kamer voor de zomer van 2024 informeren over de voortgang van de "
        "maatwerkafspraken. Daarbij wordt ook ingegaan op de inzet van de netbeheerders en op de "
        "rol van de Nederlandse Emissieautoriteit."
    )


def test_verslag_page_header_in_the_middle_of_a_sentence_is_removed():
    # "... dat de eerste Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 12 4 aanvragen ..."
    text = answers(read("verslag-pdf.md"), "SGP")[0]
    assert "Het kabinet verwacht dat de eerste aanvragen na de zomer worden beoordeeld." in text


def test_verslag_footnotes_hyphenation_and_markdown_are_cleaned():
    document = read("verslag-pdf.md")
    text = " ".join(answers(document))
    assert "Op dit moment hebben twaalf bedrijven een expression of principle getekend." in text
    assert "waarin met vaste emissiefactoren de verwachte reductie wordt berekend" in text
    assert "middelen uit het Klimaatfonds opnieuw worden verdeeld" in text
    assert "samen met de mbo- en hbo-instellingen in de regio" in text
    assert "Dit sluit aan bij de kennis- en innovatieagenda voor de industrie." in text
    assert "Ook zorgverzekeraars en pensioenfondsen worden als investeerders betrokken." in text
    for artefact in ("Kamerstuk", "Tweede Kamer", "*", "#", "kst-", "ISSN", "Gravenhage"):
        assert artefact not in text, artefact
    assert document.footnotes == {
        "1": "Kamerstuk 36 410, nr. 3.",
        "2": "Kamerstuk 36 999, nr. 10.",
        "3": "Commissie-Van Aalst (2023), Industrie in transitie, zie "
        "https://www.rijksoverheid.nl/documenten/rapporten/2023/industrie.",
    }


def test_verslag_footnote_number_glued_inside_an_italic_question_is_removed():
    document = read("verslag-pdf.md")
    assert document.exchanges[5].question == (
        "Deze leden vragen hoe de Minister de aanbevelingen uit het rapport van de "
        "commissie-Van Aalst opvolgt."
    )


def test_verslag_referral_to_an_earlier_answer_stays_an_answer():
    document = read("verslag-pdf.md")
    pvv = document.exchanges[4]
    assert pvv.question == "De leden van de PVV-fractie vragen wat de maatwerkafspraken kosten."
    assert [b.text for b in pvv.answer] == [
        "Hiervoor verwijs ik u naar de beantwoording van de vragen van de VVD-fractie."
    ]


def test_verslag_offsets_map_back_and_no_warnings():
    document = read("verslag-pdf.md")
    assert_offsets_map_back(document)
    assert document.warnings == []


# -- a verslag as plain pdftotext output, without italics ------------------------------


def test_plain_verslag_without_italics_separates_questions_by_wording():
    document = read("verslag-plain.txt")
    assert (document.dossier, document.number, document.dossier_title) == (
        "36999",
        "14",
        "Verduurzaming industrie",
    )
    assert document.reference_date == dt.date(2024, 4, 2)
    assert [e.faction for e in document.exchanges] == ["D66", "D66", "SP"]
    assert document.exchanges[0].question.startswith("De leden van de D66-fractie hebben")
    assert document.exchanges[0].answer[0].text == (
        "De regeling wordt op 1 juni 2024 opengesteld. Het budget voor de eerste ronde bedraagt "
        "€ 300 miljoen. Ik informeer uw Kamer in het najaar van 2024 over het aantal aanvragen "
        "en over de verdeling van het budget over de regio's."
    )
    assert document.exchanges[2].answer[0].text.startswith("Hiervoor verwijs ik u naar")
    assert any("not set in italics" in w for w in document.warnings)
    assert_offsets_map_back(document)


def test_plain_verslag_flattened_onto_one_line(tmp_path):
    flat = tmp_path / "verslag-flat.txt"
    flat.write_text((DATA / "verslag-plain.txt").read_text(encoding="utf-8").replace("\n", " "))
    document = read_document(flat)
    plain = read("verslag-plain.txt")
    assert [e.faction for e in document.exchanges] == ["D66", "D66", "SP"]
    assert [e.question for e in document.exchanges] == [e.question for e in plain.exchanges]
    assert answers(document) == answers(plain)
    assert_offsets_map_back(document)


# -- the seed: Kamerstuk 32 637, nr. 448 --------------------------------------------------

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="seed document not available")


@pytest.fixture(scope="module")
def seed() -> Document:
    return read_document(SEED)


@needs_seed
def test_seed_has_six_faction_sections_in_order(seed):
    assert factions_in_order(seed) == ["VVD", "CDA", "D66", "GroenLinks", "PvdA", "ChristenUnie"]


@needs_seed
def test_seed_header(seed):
    assert seed.kind == "verslag"
    assert (seed.dossier, seed.number) == ("32637", "448")
    assert seed.title == "Bedrijfslevenbeleid; Verslag van een schriftelijk overleg"
    assert seed.date == dt.date(2021, 3, 10)
    assert seed.reference_date == dt.date(2021, 3, 9)
    assert seed.addressee == "Staatssecretaris van Economische Zaken en Klimaat"
    assert seed.warnings == []


@needs_seed
def test_seed_answers_have_no_markup(seed):
    for text in answers(seed):
        assert "<sup>" not in text and "*" not in text and "](" not in text


@needs_seed
def test_seed_sentence_split_by_page_break_is_one_clean_sentence(seed):
    sentence = "Al tijdens de opleiding kan de basis voor deze binding worden gelegd"
    hits = [t for t in answers(seed, "VVD") if sentence in t]
    assert len(hits) == 1
    assert (
        "benadrukt. Al tijdens de opleiding kan de basis voor deze binding worden gelegd, door"
        in hits[0]
    )


@needs_seed
def test_seed_word_split_by_page_break_is_rejoined(seed):
    # "Maatschappelijk Verant-" / --- / footnote 36 / "woord Ondernemen."
    assert any("invulling aan Maatschappelijk Verantwoord Ondernemen." in t for t in answers(seed))


@needs_seed
def test_seed_no_question_text_in_an_answer_block(seed):
    questions = [q.text for e in seed.exchanges for q in e.question_blocks]
    assert len(questions) >= 60
    for text in answers(seed):
        assert not text.startswith(("De leden van de", "Deze leden"))
        for question in questions:
            assert question[:80] not in text


@needs_seed
def test_seed_italic_question_split_by_page_break_is_one_question(seed):
    assert any(
        "een aanvullende subsidieopdracht ontvangen om in twee jaar 1.000 nieuwe mkb-bedrijven"
        in e.question
        for e in seed.exchanges
        if e.faction == "CDA"
    )


@needs_seed
def test_seed_referrals_stay_answers(seed):
    referral = "Hiervoor verwijs ik u naar de beantwoording van de vragen van de CDA-fractie."
    assert [e.faction for e in seed.exchanges if [b.text for b in e.answer] == [referral]] == [
        "GroenLinks",
        "PvdA",
        "ChristenUnie",
    ]


@needs_seed
def test_seed_annex_is_marked(seed):
    annex = [e for e in seed.exchanges if e.role == "annex"]
    assert len(annex) == 2
    assert all(
        e.section.startswith("Bijlage: relevante cijfers") and e.faction is None for e in annex
    )
    assert seed.exchanges[0].role == "introduction"
    assert seed.exchanges[0].section == "Inleiding"


@needs_seed
def test_seed_offsets_map_back(seed):
    assert_offsets_map_back(seed)


@needs_seed
def test_seed_footnotes(seed):
    assert len(seed.footnotes) == 36
    assert seed.footnotes["12"] == "Kamerstuk 32 637, nr. 433."


@needs_seed
def test_seed_paragraph_split_before_an_amount_is_rejoined(seed):
    # "... via de regeling praktijkleren, waar twee keer" / "€ 10,6 miljoen extra voor is ..."
    assert any(
        "waar twee keer € 10,6 miljoen extra voor is uitgetrokken" in t for t in answers(seed)
    )


def test_verslag_addressee_with_a_comma_in_the_ministry_name(tmp_path):
    # "Onderwijs, Cultuur en Wetenschap": the comma belongs to the ministry's name
    path = tmp_path / "vso.md"
    path.write_text(
        "**Nr. 12**\n\nVastgesteld 14 april 2023\n\n"
        "De vaste commissie heeft vragen voorgelegd aan de Minister van Onderwijs, Cultuur en"
        " Wetenschap over de brief van 2 februari 2023.\n\n"
        "### Vragen en opmerkingen van de leden van de VVD-fractie\n\n*Wanneer?*\n\nIn mei.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.addressee == "Minister van Onderwijs, Cultuur en Wetenschap"
    assert document.answerer == "Minister van Onderwijs, Cultuur en Wetenschap"
