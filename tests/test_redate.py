"""Giving the date of an undated document after its import: `tracker import FILE
--reference-date DATE` again, or `tracker.importing.redate_document` (the window).
Its due dates are read again from that day; what staff did with its commitments is
kept. A document that states its own date, or has this date already, is skipped."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from factories import run_cli

from tracker import clock
from tracker.documents.reference_date import ReferenceDateError, check_reference_date
from tracker.importing import import_file, redate_document
from tracker.store import queries
from tracker.store.connection import close_database
from tracker.store.models import Document

# Kamervragen as a staff member might save them: no "(ingezonden ...)", no "ontvangen".
UNDATED = """Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van Onderwijs, \
Cultuur en Wetenschap over de wachtlijsten in het mbo.

Vraag 1
Hoe lang zijn de wachtlijsten in het mbo?

Antwoord 1
Ik zal uw Kamer binnen drie maanden informeren over de wachtlijsten in het mbo.
"""

# The same answers as published: they state the day they were received.
DATED = """Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van Onderwijs, \
Cultuur en Wetenschap over de wachtlijsten in het mbo (ingezonden 2 januari 2024).

Antwoord van Minister Bruins (Onderwijs, Cultuur en Wetenschap) (ontvangen 15 januari 2024).

Vraag 1
Hoe lang zijn de wachtlijsten in het mbo?

Antwoord 1
Ik zal uw Kamer binnen drie maanden informeren over de wachtlijsten in het mbo.
"""


@pytest.fixture
def undated(tmp_path) -> Path:
    path = tmp_path / "vragen-wachtlijsten.txt"
    path.write_text(UNDATED, encoding="utf-8")
    return path


@pytest.fixture
def dated(tmp_path) -> Path:
    path = tmp_path / "vragen-wachtlijsten-officieel.txt"
    path.write_text(DATED, encoding="utf-8")
    return path


@pytest.fixture
def dbfile(db_url):
    yield db_url
    close_database()


def listed(capsys, dbfile) -> list[dict]:
    code, out, err = run_cli(capsys, "--db", dbfile, "list", "--json")
    assert code == 0, err
    return json.loads(out)


def test_giving_the_date_after_the_import_updates_the_due_date_and_keeps_the_status(
    capsys, undated, dbfile
):
    code, out, err = run_cli(capsys, "--db", dbfile, "import", str(undated))
    assert code == 0, err
    assert "from today" in err  # read from today, with a warning
    [row] = listed(capsys, dbfile)
    assert row["reference_date"] is None and row["reference_date_given"] is False
    code, _, err = run_cli(
        capsys, "--db", dbfile, "mark", str(row["id"]), "fulfilled", "--note", "brief ontvangen"
    )
    assert code == 0, err

    code, out, err = run_cli(
        capsys, "--db", dbfile, "import", str(undated), "--reference-date", "2024-03-01"
    )
    assert code == 0, err
    assert out.startswith(f"updated  {undated}: due dates read again")
    assert "0 updated, " not in out and "1 updated, 0 skipped" in out
    [row] = listed(capsys, dbfile)
    assert row["due"] == "2024-06-01"  # "binnen drie maanden" from 1 March 2024
    assert row["status"] == "fulfilled"
    assert row["reference_date"] == "2024-03-01" and row["reference_date_given"] is True
    [history] = queries.get_commitment(row["id"]).history
    assert (history.to_status, history.note) == ("fulfilled", "brief ontvangen")

    code, out, err = run_cli(
        capsys, "--db", dbfile, "import", str(undated), "--reference-date", "2024-03-01"
    )
    assert code == 0, err
    assert out.startswith(f"skipped  {undated}: already imported")
    assert "warning" not in err
    assert listed(capsys, dbfile)[0]["due"] == "2024-06-01"


def test_a_date_given_before_can_be_corrected(capsys, undated, dbfile):
    run_cli(capsys, "--db", dbfile, "import", str(undated), "--reference-date", "2024-03-01")
    code, out, err = run_cli(
        capsys, "--db", dbfile, "import", str(undated), "--reference-date", "2024-04-01"
    )
    assert code == 0, err
    assert out.startswith("updated  ")
    assert listed(capsys, dbfile)[0]["due"] == "2024-07-01"


def test_a_dated_document_keeps_its_own_date_and_the_warning_says_why(capsys, dated, dbfile):
    run_cli(capsys, "--db", dbfile, "import", str(dated))
    [before] = listed(capsys, dbfile)
    assert before["reference_date"] == "2024-01-15" and not before["reference_date_given"]
    code, out, err = run_cli(
        capsys, "--db", dbfile, "import", str(dated), "--reference-date", "2024-03-01"
    )
    assert code == 0, err
    assert out.startswith(f"skipped  {dated}: already imported")
    assert (
        "the reference date given (2024-03-01) is not used: the document is dated 2024-01-15" in err
    )
    assert listed(capsys, dbfile)[0]["due"] == before["due"] == "2024-04-15"


def test_a_date_in_the_future_is_refused_with_a_clear_message(capsys, undated, dbfile):
    future = (clock.today() + dt.timedelta(days=30)).isoformat()
    code, out, err = run_cli(
        capsys, "--db", dbfile, "import", str(undated), "--reference-date", future
    )
    assert code == 1
    assert f"the reference date {future} lies in the future" in err
    assert out == ""


def test_an_invalid_date_is_refused_by_the_command(capsys, undated, dbfile):
    with pytest.raises(SystemExit) as exit_:
        run_cli(capsys, "--db", dbfile, "import", str(undated), "--reference-date", "2024-02-30")
    assert exit_.value.code == 2
    assert "not a date: '2024-02-30'" in capsys.readouterr().err


def test_check_reference_date_refuses_the_future_and_before_1900():
    today = dt.date(2024, 5, 1)
    check_reference_date(today, today)
    with pytest.raises(ReferenceDateError, match="lies in the future"):
        check_reference_date(dt.date(2024, 5, 2), today)
    with pytest.raises(ReferenceDateError, match="before 1900"):
        check_reference_date(dt.date(1024, 5, 2), today)


def test_redate_document_reads_the_stored_text_when_the_file_is_gone(db, undated):
    imported = import_file(undated)
    assert imported.undated and imported.document_id is not None
    commitment = queries.list_commitments()[0]
    queries.set_due(commitment.id, dt.date(2024, 12, 31))  # set by hand: kept
    undated.unlink()
    result = redate_document(imported.document_id, dt.date(2024, 3, 1), today=dt.date(2024, 5, 1))
    assert result.state == "updated" and result.redated and not result.undated
    row = queries.get_commitment(commitment.id)
    assert row.due == dt.date(2024, 12, 31) and row.due_overridden
    assert row.due_extracted == dt.date(2024, 6, 1)
    assert row.reference_date == dt.date(2024, 3, 1) and row.reference_date_given
    document = queries.get_document(imported.document_id)
    assert document.answer_date == dt.date(2024, 3, 1) and not document.dates_itself


def test_redate_document_skips_a_document_with_its_own_date(db, dated):
    imported = import_file(dated)
    assert not imported.undated
    result = redate_document(imported.document_id, dt.date(2024, 3, 1))
    assert result.state == "skipped"
    assert "is dated 2024-01-15" in result.warnings[0]
    assert Document.get_by_id(imported.document_id).answer_date == dt.date(2024, 1, 15)


def test_redate_document_refuses_a_date_in_the_future(db, undated):
    imported = import_file(undated)
    with pytest.raises(ReferenceDateError):
        redate_document(imported.document_id, dt.date(2024, 5, 2), today=dt.date(2024, 5, 1))
