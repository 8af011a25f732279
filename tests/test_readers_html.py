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
    text = to_text("x.html", FIXTURE.read_bytes())
    assert "var x" not in text and "color" not in text and "Home" not in text
    assert "**VERSLAG VAN EEN SCHRIFTELIJK OVERLEG**" in text
    assert "Vergaderjaar 2020–2021" in text
    assert "*De leden van de VVD-fractie vragen wanneer de regeling wordt geëvalueerd.*" in text


def test_html_without_main_keeps_body_and_mixed_italics_stay_plain():
    html = b"<body><div>Een <i>deels</i> cursieve zin.<br>Tweede &amp; regel</div></body>"
    assert to_text("x.htm", html) == "Een deels cursieve zin.\n\nTweede & regel\n"


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
