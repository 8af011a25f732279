"""The clean-up of converted text, case by case: page furniture, footnotes, hyphenation."""

from __future__ import annotations

import pytest

from tracker.documents.artefacts import accept_refs, glued_ref_candidates, inline_furniture
from tracker.documents.cleaning import clean
from tracker.documents.text import parse


def cleaned(text: str, drops: list[tuple[int, int]] | None = None, markdown: bool = False) -> str:
    out, offsets = clean(text, [(0, len(text))], drops or [], markdown)
    for ch, offset in zip(out, offsets, strict=True):
        if ch.isalnum():
            assert text[offset] == ch
    return out


def refs(text: str) -> list[int]:
    return [r.number for r in accept_refs(glued_ref_candidates(text, inline_furniture(text)))]


@pytest.mark.parametrize(
    ("raw", "clean_text"),
    [
        ("vaste emissiefacto-\nren voor", "vaste emissiefactoren voor"),
        ("ook zorgverzeke- raars en", "ook zorgverzekeraars en"),  # flattened line end
        ("de mbo- en hbo-instellingen", "de mbo- en hbo-instellingen"),
        ("de mbo-\nen hbo-instellingen", "de mbo- en hbo-instellingen"),
        ("de kennis- en talentstrategie", "de kennis- en talentstrategie"),
        ("van overschot- naar tekortsectoren", "van overschot- naar tekortsectoren"),
        ("een hulp- of ondersteuningsvraag", "een hulp- of ondersteuningsvraag"),
        ("de mbo-\ninstellingen", "de mbo-instellingen"),  # abbreviation keeps its hyphen
        ("de EU-\nlidstaten", "de EU-lidstaten"),
        ("in Noord-\nBrabant", "in Noord-Brabant"),
        ("beroep -ongeacht voordiploma- werken", "beroep -ongeacht voordiploma- werken"),
    ],
)
def test_hyphenation(raw, clean_text):
    assert cleaned(raw) == clean_text


def test_markdown_emphasis_footnote_markers_and_links_are_removed():
    raw = "*Zie de [monitor](https://x.nl/a_(b)) en het **rapport**<sup>12</sup>.*"
    assert cleaned(raw, markdown=True) == "Zie de monitor en het rapport."


@pytest.mark.parametrize(
    "footer",
    [
        "Tweede Kamer, vergaderjaar 2020–2021, 32 637, nr. 448 3",
        "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2",
        "Aanhangsel Handelingen II 2022/23 3649 1",
        "ah-tk-20222023-3649",
        "kst-32637-448",
        "ISSN 0921 - 7398",
        "'s-Gravenhage 2023",
    ],
)
def test_page_header_in_the_middle_of_a_sentence_is_removed(footer):
    text = f"De agenda wordt naar {footer} verwachting in Q2 opgeleverd."
    assert (
        cleaned(text, inline_furniture(text))
        == "De agenda wordt naar verwachting in Q2 opgeleverd."
    )


def test_document_code_inside_a_url_is_kept():
    text = "Zie https://zoek.officielebekendmakingen.nl/kst-32637-448.html voor de tekst."
    assert inline_furniture(text) == []


def test_glued_footnote_numbers_follow_the_numbering():
    text = "technisch personeel1. Zie de brief2 en ook «het bericht»?3 Daarna het ACM4 besluit."
    assert refs(text) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "text",
    [
        "De uitstoot van CO2 daalt.",
        "Een mbo-2 diploma.",
        "Sinds COVID-19 is dat anders.",
        "Een woning van 80 m2 is groot.",
        "Er is 1,5 miljoen beschikbaar.",
        "Zie https://www.example.nl/rapport2 voor meer.",
        "Het advies verwachten we in Q2.",
    ],
)
def test_numbers_that_are_not_footnotes_stay(text):
    assert refs(text) == []


def test_glued_footnote_number_and_footnote_text_between_paragraphs():
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de btw (ingezonden "
        "3 mei 2024).\nAntwoord van Minister De Vries (Financiën) (ontvangen 24 mei 2024).\n"
        "Vraag 1\nKent u het bericht?1\n\n1 NOS, 2 mei 2024.\n\nAntwoord 1\n"
        "Ja, het tekort aan technisch personeel2 blijft groot.\n\n2 Kamerstuk 29 544, nr. 1200.\n"
    )
    document = parse(text)
    assert document.exchanges[0].question == "Kent u het bericht?"
    assert (
        document.exchanges[0].answer[0].text
        == "Ja, het tekort aan technisch personeel blijft groot."
    )
    assert document.footnotes == {"1": "NOS, 2 mei 2024.", "2": "Kamerstuk 29 544, nr. 1200."}


def test_footnote_number_on_a_line_of_its_own():
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de btw (ingezonden "
        "3 mei 2024).\nAntwoord van Minister De Vries (Financiën) (ontvangen 24 mei 2024).\n"
        "Vraag 1\nKent u het bericht?\n1\nAntwoord 1\nJa, het tekort aan technisch personeel\n2\n"
        "blijft groot.\n1\nNOS, 2 mei 2024.\n2\nKamerstuk 29 544, nr. 1200.\n"
    )
    document = parse(text)
    assert (
        document.exchanges[0].answer[0].text
        == "Ja, het tekort aan technisch personeel blijft groot."
    )
    assert document.footnotes["2"] == "Kamerstuk 29 544, nr. 1200."


@pytest.mark.parametrize(
    ("marker", "number"),
    [
        ("Vraag 4 en 5", "4 en 5"),
        ("Vragen 4, 5 en 6", "4, 5 en 6"),
        ("**Vraag 7:**", "7"),
        ("Vraag 8.", "8"),
    ],
)
def test_question_markers(marker, number):
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de btw (ingezonden "
        f"3 mei 2024).\n\n{marker}\n\nKent u het bericht?\n\nAntwoord op vraag {number}\n\nJa.\n"
    )
    document = parse(text)
    assert [e.number for e in document.exchanges] == [number]
    assert document.exchanges[0].question == "Kent u het bericht?"


def test_text_in_windows_1252_is_decoded(tmp_path):
    from tracker.documents import read_document

    path = tmp_path / "cp1252.txt"
    path.write_bytes("De Minister van Financiën stuurt vóór de zomer € 5 miljoen.".encode("cp1252"))
    document = read_document(path)
    assert "Financiën stuurt vóór de zomer € 5 miljoen" in document.source


def test_odd_text_never_raises():
    for text in ["", "   ", "Vraag 1", "Antwoord 1\n\n", "*\n**\n#", "1\n2\n3", "Vraag 1 en"]:
        document = parse(text)
        assert isinstance(document.warnings, list)


@pytest.mark.parametrize("name", ["kamervragen-pdf.txt", "verslag-pdf.md", "verslag-plain.txt"])
def test_any_cut_of_a_document_reads_without_error_and_offsets_map_back(name):
    from pathlib import Path

    source = (Path(__file__).parent / "data" / "documents" / name).read_text(encoding="utf-8")
    for start in range(0, len(source), 397):
        for length in (250, 1200, 4000):
            for text in (
                source[start : start + length],
                source[start : start + length].replace("\n", " "),
            ):
                document = parse(text)
                for exchange in document.exchanges:
                    for block in exchange.answer + exchange.question_blocks:
                        assert len(block.offsets) == len(block.text)
                        for ch, offset in zip(block.text, block.offsets, strict=True):
                            if ch.isalnum():
                                assert text[offset] == ch
