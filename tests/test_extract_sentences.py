"""Dutch sentence splitting: abbreviations, numbers, references, quotes and brackets."""

from __future__ import annotations

import pytest

from tracker.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dit geldt t.a.v. de regeling voor werkgevers.",
        "Partijen zoals o.a. UWV en SBB zijn betrokken.",
        "Zie Kamerstuk 32 637, nr. 433 voor de achtergrond.",
        "In de procedurevergadering van 21 januari jl. hebben de leden dit besproken.",
        "Dit geldt m.b.t. de subsidie en bijv. De Nederlandsche Bank.",
        "Er is € 10,6 miljoen beschikbaar voor 1.405 studenten.",
        "Het servicedocument van 11 november jl. wijst scholen op de ruimte.",
        "De brief van dhr. Jansen en mr. De Vries is ontvangen.",
        "Zie art. 5 van de wet en blz. 12 van de nota.",
        "De partijen (KIT, Cedris e.a.) actief betrekken.",
        "Volgens J. de Vries is dat zo.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert texts(text) == [text]


def test_sentence_after_bracket_ends_and_new_one_starts() -> None:
    assert texts(
        "Dit doet het Platform Talent voor Technologie (PTvT). Het kabinet zal dit volgen."
    ) == [
        "Dit doet het Platform Talent voor Technologie (PTvT).",
        "Het kabinet zal dit volgen.",
    ]


def test_quotes_close_a_sentence() -> None:
    assert texts("Het thema heet «internationaal talent». In de brief staat meer.") == [
        "Het thema heet «internationaal talent».",
        "In de brief staat meer.",
    ]
    assert texts("Hij zei: «Wij komen.» Daarna ging hij.") == [
        "Hij zei: «Wij komen.»",
        "Daarna ging hij.",
    ]


def test_dates_and_years_end_sentences() -> None:
    assert texts("Dat was op 9 maart 2021. Begin 2021 is het advies uitgebracht.") == [
        "Dat was op 9 maart 2021.",
        "Begin 2021 is het advies uitgebracht.",
    ]


def test_numbered_list_items_split() -> None:
    assert texts("Er zijn oorzaken: 1) Vrouwen twijfelen. 2) Het ontbreken van rolmodellen.") == [
        "Er zijn oorzaken: 1) Vrouwen twijfelen.",
        "2) Het ontbreken van rolmodellen.",
    ]


def test_sentence_final_abbreviation_before_capital_splits() -> None:
    assert texts("Dit geldt voor scholen, bedrijven e.d. De regeling loopt door.") == [
        "Dit geldt voor scholen, bedrijven e.d.",
        "De regeling loopt door.",
    ]


def test_question_and_exclamation_marks() -> None:
    assert texts("Klopt dat? Ja! Dat klopt.") == ["Klopt dat?", "Ja!", "Dat klopt."]


def test_spans_point_into_the_text() -> None:
    text = "  Eerste zin.   Tweede zin.  "
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
