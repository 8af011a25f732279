"""`--reference-date` of `tracker extract` and `tracker import`: the day relative due
dates count from, for a document that states no date of its own. A dated official
document keeps its own date; an undated one says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import run_cli

from tracker.store.connection import close_database

NOTA = Path(__file__).parent / "data" / "real" / "kst-36450-6.pdf"

# A letter whose date line ("Den Haag, ...") is missing.
UNDATED = """**BRIEF VAN DE MINISTER VAN FINANCIËN**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Ik stuur uw Kamer binnen drie maanden een brief over de evaluatie van de bankenbelasting.

De Minister van Financiën,
E. Heinen
"""


@pytest.fixture
def undated(tmp_path) -> Path:
    path = tmp_path / "brief-zonder-datum.md"
    path.write_text(UNDATED, encoding="utf-8")
    return path


@pytest.fixture
def dbfile(db_url):
    yield db_url
    close_database()


def test_extract_reads_an_undated_letter_from_the_given_date(capsys, undated):
    code, out, err = run_cli(
        capsys, "extract", str(undated), "--json", "--reference-date", "2024-03-01"
    )
    assert code == 0
    data = json.loads(out)
    assert data["document"]["kind"] == "brief"
    assert data["document"]["date"] is None
    assert data["document"]["reference_date"] == "2024-03-01"
    [commitment] = data["commitments"]
    assert commitment["due"] == "2024-06-01"  # "binnen drie maanden" from 1 March 2024
    assert any("reference date given (2024-03-01)" in w for w in data["document"]["warnings"])
    assert "from today" not in err


def test_extract_says_an_undated_letter_has_no_date(capsys, undated):
    code, out, err = run_cli(capsys, "extract", str(undated), "--json")
    assert code == 0
    warnings = json.loads(out)["document"]["warnings"]
    assert any("states no date" in w and "--reference-date" in w for w in warnings)
    assert any("from today" in w for w in warnings)


def test_extract_keeps_a_dated_nota_on_its_own_date(capsys):
    code, out, _ = run_cli(capsys, "extract", str(NOTA), "--json", "--reference-date", "2025-01-01")
    assert code == 0
    document = json.loads(out)["document"]
    assert document["kind"] == "nota"
    assert document["official_id"] == "kst-36450-6"
    assert document["reference_date"] == "2024-03-27"  # "Ontvangen 27 maart 2024"
    assert any("(2025-01-01) is not used" in w for w in document["warnings"])
    assert not any("from today" in w for w in document["warnings"])


def test_extract_refuses_a_reference_date_that_is_no_date(capsys, undated):
    with pytest.raises(SystemExit) as exit_:
        run_cli(capsys, "extract", str(undated), "--reference-date", "1 maart")
    assert exit_.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_import_stores_due_dates_read_from_the_given_date(capsys, undated, dbfile):
    code, out, err = run_cli(
        capsys, "--db", dbfile, "import", str(undated), "--reference-date", "2024-03-01"
    )
    assert code == 0, err
    assert "reference date given (2024-03-01)" in err
    code, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json")
    [row] = json.loads(out)
    assert row["due"] == "2024-06-01"
