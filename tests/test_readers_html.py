"""HTML pages (officielebekendmakingen.nl) read with the standard library's parser."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tracker.documents import DocumentError, read_document
from tracker.documents.html_reader import to_text
from tracker.extract import extract

FIXTURE = Path(__file__).parent / "data" / "formats" / "verslag.html"
OFFICIAL = Path(__file__).parent / "data" / "formats" / "official" / "kst-35925-XIII-8.html"


def test_html_verslag_gives_question_faction_answer_and_commitment(tmp_path):
    path = tmp_path / "verslag.html"
    shutil.copy(FIXTURE, path)
    document = read_document(path)
    assert document.kind == "verslag"
    answers = [e for e in document.exchanges if e.role == "answer"]
    assert len(answers) == 1
    assert answers[0].question == (
        "De leden van de VVD-fractie vragen wanneer de regeling wordt geëvalueerd."
    )
    assert answers[0].faction == "VVD"
    assert "In 2022 wordt de regeling geëvalueerd." in answers[0].answer[-1].text
    commitments = extract(document)
    assert [c.due for c in commitments] == [dt.date(2022, 12, 31)]


def test_html_drops_script_style_navigation_and_unescapes():
    text = to_text("x.html", FIXTURE.read_bytes()).text
    assert "var x" not in text and "color" not in text and "Home" not in text
    assert "**VERSLAG VAN EEN SCHRIFTELIJK OVERLEG**" in text
    assert "Vergaderjaar 2020–2021" in text
    assert "*De leden van de VVD-fractie vragen wanneer de regeling wordt geëvalueerd.*" in text


def test_html_without_main_keeps_body_and_mixed_italics_stay_plain():
    html = b"<body><div>Een <i>deels</i> cursieve zin.<br>Tweede &amp; regel</div></body>"
    assert to_text("x.htm", html).text == "Een deels cursieve zin.\n\nTweede & regel\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02junk", "binary"),
        (b"just words, no markup", "not an HTML page"),
        (b"<html><script>only()</script></html>", "no text"),
    ],
)
def test_bad_html_is_one_clear_error(tmp_path, data, problem):
    path = tmp_path / "stuk.html"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_html_meta_tags_give_the_official_identity_of_the_page(tmp_path):
    # The page's text names neither dossier nor number; its <meta> tags do.
    path = tmp_path / "kst-35925-XIII-8.html"
    shutil.copy(OFFICIAL, path)
    document = read_document(path)
    assert document.kind == "verslag"
    assert (document.dossier, document.number) == ("35925 XIII", "8")
    assert document.official_id == "kst-35925-XIII-8"
    assert document.reference == "Kamerstuk 35 925 XIII, nr. 8"
    assert document.document_type == "Verslag van een schriftelijk overleg"
    assert document.title.startswith("Vaststelling van de begrotingsstaten")
    # "Vastgesteld 19 november 2021" and "Bij brief van 17 november 2021" stay: the
    # publication date (DCTERMS.issued 2021-11-24) only fills a date the text lacks.
    assert document.date == dt.date(2021, 11, 19)
    assert document.reference_date == dt.date(2021, 11, 17)
    assert [(e.faction, c.due) for e in document.exchanges for c in extract(document)] == [
        ("SP", dt.date(2022, 5, 31))
    ]
    assert document.warnings == []


def test_html_meta_tag_with_a_bad_value_is_left_out_with_a_warning(tmp_path):
    page = OFFICIAL.read_text(encoding="utf-8")
    page = page.replace('content="35925-XIII"', 'content="begroting"')
    page = page.replace('content="2021-11-24"', 'content="24-11-2021"')
    path = tmp_path / "stuk.html"
    path.write_text(page.replace("<p>Vastgesteld 19 november 2021</p>", ""), encoding="utf-8")
    document = read_document(path)
    assert document.dossier is None and document.number == "8"
    assert document.date is None  # no "Vastgesteld", and the metadata's date is unreadable
    assert document.reference_date == dt.date(2021, 11, 17)
    assert any("OVERHEIDop.dossiernummer 'begroting'" in w for w in document.warnings)
    assert any("DCTERMS.issued '24-11-2021' is not a date" in w for w in document.warnings)
