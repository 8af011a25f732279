"""Official XML (<officiele-publicatie>): parsed safely, read like the plain text."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tracker.documents import DocumentError, read_document
from tracker.documents.xml_reader import to_text
from tracker.extract import extract

FIXTURE = Path(__file__).parent / "data" / "formats" / "kamervragen.xml"


def test_xml_kamervragen_gives_questions_answers_and_commitment(tmp_path):
    path = tmp_path / "ah-tk-20212022-1.xml"
    shutil.copy(FIXTURE, path)
    document = read_document(path)
    assert document.kind == "kamervragen"
    assert [e.number for e in document.exchanges if e.role == "answer"] == ["1", "2"]
    first = document.exchanges[0]
    assert first.question == "Wanneer wordt de regeling geëvalueerd?"
    assert first.answer[0].text == "In 2022 wordt de regeling geëvalueerd."
    assert document.exchanges[1].answer[0].text == "Ja & nee."
    commitments = extract(document)
    assert [c.due for c in commitments] == [dt.date(2022, 12, 31)]


def test_xml_skips_metadata_and_footnotes():
    text = to_text("x.xml", FIXTURE.read_bytes())
    assert "DC.title" not in text and "Vragen over de regeling" not in text
    assert "Kamerstuk 1 234" not in text
    assert "\n\nVraag 1\n\nWanneer wordt de regeling geëvalueerd?\n\nAntwoord 1\n\n" in text


def test_xml_vrije_tekst_italic_question_and_heading():
    data = (
        b"<officiele-publicatie><kamerstuk><vrije-tekst><kop><titel>Titel</titel></kop>"
        b"<tussenkop>Inleiding</tussenkop><al><nadruk type='cur'>Een vraag?</nadruk></al>"
        b"<al>Een antwoord.</al></vrije-tekst></kamerstuk></officiele-publicatie>"
    )
    assert to_text("x.xml", data) == "**Titel**\n\n### Inleiding\n\n*Een vraag?*\n\nEen antwoord.\n"


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<officiele-publicatie><al>&lol2;</al></officiele-publicatie>"""


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (BOMB, "DOCTYPE or ENTITY declaration is refused"),
        (BOMB.decode().encode("utf-16"), "DOCTYPE or ENTITY declaration is refused"),
        (b"<officiele-publicatie><al>open", "malformed XML"),
        (b"\x00\x01\x02junk", "malformed XML"),
        (b"<rss><item/></rss>", "not an official publication"),
        (b"<officiele-publicatie><metadata/></officiele-publicatie>", "no text"),
    ],
)
def test_bad_xml_is_one_clear_error(tmp_path, data, problem):
    path = tmp_path / "stuk.xml"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and problem in str(err.value)
