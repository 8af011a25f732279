"""Reading answers to Kamervragen (Aanhangsel van de Handelingen) in every shape staff get them.

The same answers arrive clean, as `pdftotext` output with page furniture, footnotes
and hyphenation, and flattened onto one line; all three must give the same clean
questions and answers, with offsets that point back into the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.documents import Document, DocumentError, read_document

DATA = Path(__file__).resolve().parent / "data" / "documents"
KAMERVRAGEN = ["kamervragen-clean.txt", "kamervragen-pdf.txt", "kamervragen-flat.txt"]
ARTEFACTS = [
    "Tweede Kamer",
    "Aanhangsel",
    "ah-tk",
    "ISSN",
    "Gravenhage",
    "Staatscourant",
    "Financieele Dagblad",
    "Vraag ",
    "Antwoord ",
]


def read(name: str) -> Document:
    return read_document(DATA / name)


def answer_texts(document: Document) -> list[str]:
    return [block.text for e in document.exchanges for block in e.answer]


def assert_offsets_map_back(document: Document) -> None:
    """Every letter and digit of every block stands at its offset in the source."""
    blocks = [b for e in document.exchanges for b in e.answer + e.question_blocks]
    assert blocks
    for block in blocks + document.notices:
        assert len(block.offsets) == len(block.text)
        assert block.offsets == sorted(block.offsets)
        for ch, offset in zip(block.text, block.offsets, strict=True):
            if ch.isalnum():
                assert document.source[offset] == ch, (block.text, ch, offset)


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_header_gives_asker_addressee_answerer_and_dates(name):
    document = read(name)
    assert document.kind == "kamervragen"
    assert [(a.name, a.party) for a in document.askers] == [("Van Dalen-Brink", "GroenLinks")]
    assert document.addressee == "Minister van Economische Zaken en Klimaat"
    assert document.answerer == "Minister van Economische Zaken en Klimaat"
    assert document.asked_date == dt.date(2023, 10, 2)  # "(ingezonden 2 oktober 2023)"
    assert document.reference_date == dt.date(2023, 11, 13)  # "(ontvangen 13 november 2023)"
    assert document.date == dt.date(2023, 11, 13)
    assert document.subject == (
        "het bericht «Mkb-bedrijven wachten jaren op een aansluiting op het stroomnet»"
    )
    assert document.title == (
        "Antwoord op vragen van het lid Van Dalen-Brink over het bericht «Mkb-bedrijven "
        "wachten jaren op een aansluiting op het stroomnet»"
    )


@pytest.mark.parametrize("name", ["kamervragen-pdf.txt", "kamervragen-flat.txt"])
def test_kamervragen_official_id_from_the_document_code(name):
    document = read(name)
    assert document.official_id == "ah-tk-20232024-412"
    assert document.number == "412"


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_vraag_4_en_5_is_one_exchange_with_both_questions(name):
    document = read(name)
    assert [e.number for e in document.exchanges] == ["1", "2", "3", "4 en 5", "6"]
    combined = document.exchanges[3]
    assert combined.section == "Vragen 4 en 5"
    assert combined.question.startswith("Deelt u de mening dat zorginstellingen")
    assert "Op welke termijn verwacht u dat de Autoriteit Consument en Markt" in combined.question
    assert len(combined.question_blocks) == 2
    assert combined.answer[0].text.startswith("Ja. Maatschappelijke voorzieningen")


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_faction_and_addressee_on_every_exchange(name):
    document = read(name)
    assert {e.faction for e in document.exchanges} == {"GroenLinks"}
    assert {e.addressee for e in document.exchanges} == {
        "Minister van Economische Zaken en Klimaat"
    }
    assert {e.role for e in document.exchanges} == {"answer"}


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_questions_and_answers_are_separated(name):
    document = read(name)
    first = document.exchanges[0]
    assert first.question == (
        "Bent u bekend met het bericht «Mkb-bedrijven wachten jaren op een aansluiting op het "
        "stroomnet»?"
    )
    assert [b.text for b in first.answer] == ["Ja."]
    for exchange in document.exchanges:
        for block in exchange.answer:
            assert exchange.question not in block.text
            assert "?" not in block.text  # these answers ask nothing back


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_question_on_the_same_line_as_vraag_6(name):
    # "Vraag 6: Bent u bereid ..." / "Antwoord 6: Ja. In de volgende ..."
    last = read(name).exchanges[-1]
    assert last.number == "6"
    assert last.question.startswith("Bent u bereid om in het Landelijk Actieprogramma")
    assert last.answer[0].text.startswith("Ja. In de volgende voortgangsbrief")


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_answer_sentences_come_out_clean(name):
    text = " ".join(answer_texts(read(name)))
    # a page break with footnotes, codes and the page footer in the middle of the sentence
    assert (
        "Ook kunnen bedrijven op een bedrijventerrein hun capaciteit samen inkopen met een "
        "groepscontract." in text
    )
    # "emissiefacto-\nren" and the flattened "Zorgverzeke- raars" are one word again
    assert "rekenen daarbij met vaste emissiefactoren voor de stroom" in text
    assert "Zorgverzekeraars en woningcorporaties vallen daar niet onder." in text
    assert "het prioriteringskader al vastgesteld" in text
    # shortened compounds keep their hyphen
    assert "van de mbo- en hbo-instellingen die technici opleiden" in text
    assert "de kennis- en innovatieagenda van het programma." in text
    # a page header between "evalueren" and "en uw Kamer"
    assert (
        "Samen met de ACM zal ik het kader in de zomer van 2024 evalueren en uw Kamer over de "
        "uitkomsten informeren." in text
    )
    # footnote numbers glued to words are gone
    assert "Volgens de netbeheerders stonden op 1 oktober 2023" in text
    assert "sinds het besluit van de ACM van 24 april 2023" in text
    for artefact in ARTEFACTS:
        assert artefact not in text, artefact
    assert text.rstrip().endswith("de kennis- en innovatieagenda van het programma.")


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_offsets_map_back_to_the_file(name):
    assert_offsets_map_back(read(name))


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_three_shapes_give_the_same_answers(name):
    assert answer_texts(read(name)) == answer_texts(read("kamervragen-clean.txt"))
    assert [e.question for e in read(name).exchanges] == [
        e.question for e in read("kamervragen-clean.txt").exchanges
    ]


@pytest.mark.parametrize("name", ["kamervragen-pdf.txt", "kamervragen-flat.txt"])
def test_kamervragen_footnote_texts_are_kept_apart(name):
    document = read(name)
    assert document.footnotes["1"].startswith("Het Financieele Dagblad")
    assert document.footnotes["3"] == (
        "Netbeheer Nederland, Handreiking groepscontracten voor bedrijventerreinen (2023)."
    )
    assert document.footnotes["4"] == "Staatscourant 2023, nr. 11234."


def test_kamervragen_footnote_url_broken_across_lines_is_rejoined():
    document = read("kamervragen-pdf.txt")
    assert document.footnotes["2"].endswith("zie https://capaciteitskaart.netbeheernederland.nl.")


@pytest.mark.parametrize("name", KAMERVRAGEN)
def test_kamervragen_read_without_warnings(name):
    assert read(name).warnings == []


def test_kamervragen_flattened_onto_one_line():
    document = read("kamervragen-flat.txt")
    assert document.source.count("\n") <= 1
    assert len(document.exchanges) == 5
    assert (
        read("kamervragen-flat.txt")
        .exchanges[2]
        .answer[0]
        .text.endswith(
            "Ik zal uw Kamer voor de zomer van 2024 informeren over de resultaten van deze pilots."
        )
    )


def test_kamervragen_windows_1252_file_is_decoded():
    document = read("kamervragen-cp1252.txt")
    assert "€ 38 miljoen" in document.exchanges[0].answer[0].text
    assert "vóór 1 januari 2024" in document.exchanges[1].answer[0].text
    assert document.addressees == [
        "Minister van Economische Zaken en Klimaat",
        "Minister van Financiën",
    ]
    assert_offsets_map_back(document)


def test_kamervragen_several_askers_and_ministers_answered_by_a_staatssecretaris():
    # "Vragen van de leden Hoekstra-Jansen (VVD) en El Idrissi (CDA) aan de Ministers van
    # Economische Zaken en Klimaat en van Financiën"; "Antwoord van Staatssecretaris Van
    # Rijn-Bakker (Economische Zaken en Klimaat), mede namens de Minister van Financiën"
    document = read("kamervragen-cp1252.txt")
    assert [(a.name, a.party) for a in document.askers] == [
        ("Hoekstra-Jansen", "VVD"),
        ("El Idrissi", "CDA"),
    ]
    assert document.addressee == (
        "Minister van Economische Zaken en Klimaat en Minister van Financiën"
    )
    assert document.answerer == "Staatssecretaris van Economische Zaken en Klimaat"
    assert document.on_behalf_of == ["Minister van Financiën"]
    assert {e.faction for e in document.exchanges} == {"VVD, CDA"}
    assert document.title.startswith(
        "Antwoord op vragen van de leden Hoekstra-Jansen en El Idrissi"
    )


def test_kamervragen_bold_markers_with_colon_and_antwoord_op_vraag():
    # "**Vraag 1:** ...", "**Vragen 2, 3 en 4**", "**Antwoord 2, 3 en 4**", "Antwoord op vraag 5"
    document = read("kamervragen-cp1252.txt")
    assert [e.number for e in document.exchanges] == ["1", "2, 3 en 4", "5"]
    assert document.exchanges[0].question == (
        "Hoeveel starters hebben in 2022 een beroep gedaan op de garantieregeling?"
    )
    assert document.exchanges[1].section == "Vragen 2, 3 en 4"
    assert document.exchanges[2].answer[0].text.startswith("Nee, de gemiddelde doorlooptijd")
    assert all("*" not in b.text for e in document.exchanges for b in e.answer)


def test_kamervragen_mededeling_only_is_kept_as_notice_with_warnings():
    document = read("kamervragen-mededeling.txt")
    assert document.kind == "kamervragen"
    assert document.exchanges == []
    assert [(a.name, a.party) for a in document.askers] == [
        ("Brouwer", "SP"),
        ("De Smet-Veenstra", "SP"),
    ]  # "de leden Brouwer en De Smet-Veenstra (beiden SP)"
    assert document.addressee == "Minister voor Klimaat en Energie"
    assert document.date == dt.date(2023, 11, 27)
    # "binnen drie weken" in the Mededeling counts from the day it was received
    assert document.reference_date == dt.date(2023, 11, 27)
    assert document.notices[0].text.endswith(
        "Ik streef ernaar de vragen binnen drie weken te beantwoorden."
    )
    assert any("Mededeling" in w for w in document.warnings)
    assert any(w.startswith("no answers found") for w in document.warnings)
    assert_offsets_map_back_notices(document)


def assert_offsets_map_back_notices(document: Document) -> None:
    for block in document.notices:
        for ch, offset in zip(block.text, block.offsets, strict=True):
            if ch.isalnum():
                assert document.source[offset] == ch


def test_text_without_answers_gives_a_warning_not_an_error(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(
        "Hierbij zend ik u de jaarlijkse voortgangsrapportage.\n\nDe Minister van Financiën,\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.kind == "unknown"
    assert not any(e.role == "answer" for e in document.exchanges)
    assert any(w.startswith("no answers found") for w in document.warnings)
    assert any("document type not recognised" in w for w in document.warnings)


def test_kamervragen_question_without_answer_is_reported_with_its_line(tmp_path):
    path = tmp_path / "half.txt"
    path.write_text(
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de btw op fietsen "
        "(ingezonden 3 mei 2024).\n\nAntwoord van Minister De Vries (Financiën) (ontvangen "
        "24 mei 2024).\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n\nVraag 2\n\n"
        "Wat gaat u doen?\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert [e.number for e in document.exchanges] == ["1"]
    assert document.answerer == "Minister van Financiën"
    assert any("line 13" in w and "question 2 has no answer" in w for w in document.warnings)


def test_kamervragen_antwoord_2_en_3_after_separate_questions(tmp_path):
    path = tmp_path / "samen.txt"
    path.write_text(
        "Vragen van het lid Jansen (SP) aan de Staatssecretaris van Financiën over toeslagen "
        "(ingezonden 3 mei 2024).\nAntwoord van Staatssecretaris De Vries (Financiën) "
        "(ontvangen 24 mei 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
        "Vraag 2\nHoeveel ouders wachten nog?\nVraag 3\nWanneer zijn zij geholpen?\n"
        "Antwoord 2 en 3\nNog 4.000 ouders wachten. Ik verwacht hen voor 1 januari 2025 te "
        "helpen.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert [e.number for e in document.exchanges] == ["1", "2 en 3"]
    assert (
        document.exchanges[1].question
        == "Hoeveel ouders wachten nog?\n\nWanneer zijn zij geholpen?"
    )
    assert document.addressee == "Staatssecretaris van Financiën"
    assert document.answerer == "Staatssecretaris van Financiën"
    assert document.warnings == []


def test_minister_without_ministry_is_minister_voor():
    from tracker.documents.metadata import office

    # "Antwoord van Minister Jetten (Klimaat en Energie)": a minister without a ministry
    assert office("Minister", "Klimaat en Energie") == "Minister voor Klimaat en Energie"
    assert office("Minister", "Financiën") == "Minister van Financiën"
    assert office("Staatssecretaris", "Financiën") == "Staatssecretaris van Financiën"


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "file not found"), (b"", "empty"), (b"\x00\x01\x02binary", "binary")],
)
def test_unreadable_files_raise_document_error_naming_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "stuk.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_unsupported_suffix_is_refused(tmp_path):
    path = tmp_path / "stuk.odt"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(DocumentError, match="unsupported file type"):
        read_document(path)


def test_kamervragen_zaaknummer_is_kept_as_case_number(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(
        "Antwoorden op Kamervragen\n\nVragen van de leden Jansen (VVD), De Boer (CDA) en Smit "
        "(VVD) aan de Minister van Financiën over de bankenbelasting (ingezonden 2 oktober 2023, "
        "2023Z18321).\n\nAntwoord van Minister De Vries (Financiën) (ontvangen 20 oktober 2023)."
        "\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.case_number == "2023Z18321"
    assert document.asked_date == dt.date(2023, 10, 2)
    assert document.subject == "de bankenbelasting"
    assert [a.party for a in document.askers] == ["VVD", "CDA", "VVD"]
    assert document.exchanges[0].faction == "VVD, CDA"


def test_short_kamervragen_flattened_onto_one_line(tmp_path):
    path = tmp_path / "plat.txt"
    path.write_text(
        "Vragen van het lid Jansen (SP) aan de Staatssecretaris van Financiën over toeslagen "
        "(ingezonden 3 mei 2024). Antwoord van Staatssecretaris De Vries (Financiën) (ontvangen "
        "24 mei 2024). Vraag 1 Kent u het bericht? Antwoord 1 Ja. Vraag 2 Hoeveel ouders wachten "
        "nog? Vraag 3 Wanneer zijn zij geholpen? Antwoord 2 en 3 Nog 4.000 ouders wachten. Ik "
        "verwacht hen voor 1 januari 2025 te helpen.",
        encoding="utf-8",
    )
    document = read_document(path)
    assert [(e.number, e.question) for e in document.exchanges] == [
        ("1", "Kent u het bericht?"),
        ("2 en 3", "Hoeveel ouders wachten nog?\n\nWanneer zijn zij geholpen?"),
    ]
    assert document.exchanges[1].answer[0].text == (
        "Nog 4.000 ouders wachten. Ik verwacht hen voor 1 januari 2025 te helpen."
    )
    assert_offsets_map_back(document)


def test_kamervragen_with_each_page_flattened_onto_its_own_line(tmp_path):
    source = (DATA / "kamervragen-pdf.txt").read_text(encoding="utf-8")
    pages = source.replace("412 1\n", "412 1\f").replace("Aanhangsel 3\n", "Aanhangsel 3\f")
    path = tmp_path / "pages.txt"
    path.write_text("\n".join(p.replace("\n", " ") for p in pages.split("\f")), encoding="utf-8")
    document = read_document(path)
    assert answer_texts(document) == answer_texts(read("kamervragen-clean.txt"))
    assert_offsets_map_back(document)
