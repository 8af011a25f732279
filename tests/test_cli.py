"""The `tracker` command as staff and scripts use it, end to end on the seed document."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import GOLD
from factories import run_cli
from openpyxl import load_workbook
from scoring import scorer

from tracker.cli import main
from tracker.store.connection import close_database, open_database

AS_OF = "2026-11-28"


@pytest.fixture
def dbfile(db_url):
    """`--db`: a fresh, empty register in an SQLite file or a PostgreSQL database (the
    tests run on both); only `import` would create a missing one."""
    open_database(db_url)
    close_database()
    yield db_url
    close_database()


def test_extract_json_follows_the_contract(capsys, seed_path):
    code, out, _ = run_cli(capsys, "extract", str(seed_path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["document"] == {
        **data["document"],
        "dossier": "32637",
        "number": "448",
        "date": "2021-03-10",
        "reference_date": "2021-03-09",
    }
    assert data["commitments"]
    for item in data["commitments"]:
        assert {"title", "due", "due_text", "due_precision", "actor", "ministry", "sources"} <= set(
            item
        )
        for src in item["sources"]:
            assert {"quote", "faction", "question", "start", "end"} <= set(src)
            assert "<sup>" not in src["quote"] and "*" not in src["quote"]


def test_extract_finds_the_three_named_commitments_with_their_due_dates(capsys, seed_path):
    """Praktijkleren evaluation (2022), the agenda (Q2), the research-budget talks (spring 2021)."""
    code, out, _ = run_cli(capsys, "extract", str(seed_path), "--json")
    commitments = json.loads(out)["commitments"]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    wanted = [g for g in gold["commitments"] if g["id"] in ("M07", "M12", "M13")]
    quotes = [(ci, scorer.norm(q)) for ci, c in enumerate(commitments) for q in scorer.quotes_of(c)]
    found = scorer.match(wanted, quotes)
    assert sorted(found) == [0, 1, 2], "not all of M07, M12, M13 were found"
    for gi, qi in found.items():
        assert commitments[quotes[qi][0]]["due"] == wanted[gi]["due"], wanted[gi]["id"]


def test_import_list_mark_and_export_overdue(capsys, seed_path, dbfile, tmp_path):
    code, out, _ = run_cli(capsys, "--db", dbfile, "import", str(seed_path))
    assert code == 0 and "imported" in out

    code, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json", "--as-of", AS_OF)
    rows = json.loads(out)
    assert rows and all(r["status"] == "open" for r in rows)
    overdue = [r for r in rows if r["due"] and r["due"] < AS_OF]
    assert overdue

    first = overdue[0]
    code, out, _ = run_cli(
        capsys,
        "--db",
        dbfile,
        "mark",
        str(first["id"]),
        "fulfilled",
        "--note",
        "Brief ontvangen",
        "--evidence",
        "Kamerstuk 32 637, nr. 460",
    )
    assert code == 0

    xlsx = tmp_path / "overdue.xlsx"
    code, out, _ = run_cli(
        capsys, "--db", dbfile, "export", "--overdue", "--as-of", AS_OF, "-o", str(xlsx)
    )
    assert code == 0
    ws = load_workbook(xlsx)["Toezeggingen"]
    exported_ids = sorted(r[0] for r in ws.iter_rows(min_row=2, values_only=True))
    expected = sorted(r["id"] for r in overdue if r["id"] != first["id"])
    assert exported_ids == expected
    for due in (r[9] for r in ws.iter_rows(min_row=2, values_only=True)):
        assert due.date() < dt.date(2026, 11, 28)


def test_importing_twice_skips_the_known_document(capsys, seed_path, dbfile):
    run_cli(capsys, "--db", dbfile, "import", str(seed_path))
    code, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json")
    before = len(json.loads(out))
    code, out, _ = run_cli(capsys, "--db", dbfile, "import", str(seed_path))
    assert code == 0 and "already imported" in out
    code, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json")
    assert len(json.loads(out)) == before


def test_due_can_be_corrected_by_hand_and_keeps_the_phrase(capsys, seed_path, dbfile):
    run_cli(capsys, "--db", dbfile, "import", str(seed_path))
    _, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json")
    dated = next(r for r in json.loads(out) if r["due_text"])
    code, out, _ = run_cli(capsys, "--db", dbfile, "due", str(dated["id"]), "2027-02-01")
    assert code == 0 and dated["due_text"] in out
    _, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json")
    row = next(r for r in json.loads(out) if r["id"] == dated["id"])
    assert row["due"] == "2027-02-01" and row["due_text"] == dated["due_text"]


def test_missing_file_is_refused_with_one_line_naming_it(capsys, dbfile, tmp_path):
    missing = tmp_path / "nope.md"
    code, out, err = run_cli(capsys, "--db", dbfile, "import", str(missing))
    assert code != 0
    assert str(missing) in err and "not found" in err
    _, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json")
    assert json.loads(out) == []


def test_unknown_commitment_is_one_clear_error(capsys, dbfile):
    code, _, err = run_cli(capsys, "--db", dbfile, "mark", "12345", "fulfilled")
    assert code == 1
    assert err.strip() == "tracker: there is no commitment 12345"


def test_export_refuses_a_non_xlsx_name(capsys, dbfile, tmp_path):
    code, _, err = run_cli(
        capsys, "--db", dbfile, "export", "--overdue", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "x.pdf" in err


def test_database_from_environment_variable(capsys, seed_path, tmp_path, monkeypatch):
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("TRACKER_DB", str(path))
    code, _, _ = run_cli(capsys, "import", str(seed_path))
    close_database()
    assert code == 0 and path.exists()


def test_dates_command_prints_each_expression_with_span_period_and_due(capsys):
    text = "De agenda wordt naar verwachting in Q2 opgeleverd; een reactie volgt na de verkiezingen"
    code, out, _ = run_cli(capsys, "dates", text, "--reference", "2021-03-09", "--json")
    assert code == 0
    found = json.loads(out)
    assert found[0] == {
        "text": "in Q2",
        "span": [text.index("in Q2"), text.index("in Q2") + 5],
        "period_start": "2021-04-01",
        "period_end": "2021-06-30",
        "due": "2021-06-30",
        "precision": "quarter",
        "edtf": "2021-34",
        "vague": False,
    }
    assert found[1]["text"] == "na de verkiezingen"
    assert found[1]["due"] is None and found[1]["vague"] is True


def test_dates_command_refuses_a_bad_reference_date(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["dates", "in 2022", "--reference", "9 maart"])
    assert exit_info.value.code == 2
    assert "not a date" in capsys.readouterr().err


@pytest.fixture
def imported(capsys, seed_path, dbfile):
    code, _, _ = run_cli(capsys, "--db", dbfile, "import", str(seed_path))
    assert code == 0
    code, out, _ = run_cli(capsys, "--db", dbfile, "list", "--json", "--as-of", AS_OF)
    return json.loads(out)


def test_export_csv_from_the_suffix_and_ics_from_format(capsys, dbfile, imported, tmp_path):
    import csv
    import io

    from icalendar import Calendar

    out_csv = tmp_path / "te-laat.csv"
    code, out, _ = run_cli(
        capsys, "--db", dbfile, "export", "--overdue", "--as-of", AS_OF, "-o", str(out_csv)
    )
    assert code == 0 and "te-laat.csv" in out
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    records = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    overdue = [r for r in imported if r["due"] and r["due"] < AS_OF]
    assert sorted(int(r[0]) for r in records[1:]) == sorted(r["id"] for r in overdue)

    out_ics = tmp_path / "agenda.txt"
    code, _, _ = run_cli(capsys, "--db", dbfile, "export", "--format", "ics", "-o", str(out_ics))
    assert code == 0
    events = Calendar.from_ical(out_ics.read_bytes()).walk("VEVENT")
    assert len(events) == len([r for r in imported if r["due"] and r["status"] == "open"])


def test_export_format_and_suffix_must_agree(capsys, dbfile, tmp_path):
    code, _, err = run_cli(
        capsys, "--db", dbfile, "export", "--format", "csv", "-o", str(tmp_path / "x.xlsx")
    )
    assert code == 1 and "x.xlsx" in err and len(err.strip().splitlines()) == 1


def test_export_rappel_per_ministry(capsys, dbfile, imported, tmp_path):
    out = tmp_path / "rappel.xlsx"
    code, stdout, _ = run_cli(
        capsys,
        "--db",
        dbfile,
        "export",
        "--rappel",
        "--as-of",
        AS_OF,
        "--next",
        "2027-05-28",
        "-o",
        str(out),
    )
    assert code == 0 and "rappel" in stdout
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Samenvatting"
    overdue = [r for r in imported if r["due"] and r["due"] < AS_OF]
    ministries = {r["ministry"] or "(onbekend)" for r in overdue}
    assert ministries <= set(wb.sheetnames[1:])
    assert "rappel" in wb.properties.subject


def test_export_rappel_needs_both_dates_and_an_xlsx(capsys, dbfile, tmp_path):
    code, _, err = run_cli(
        capsys, "--db", dbfile, "export", "--rappel", "--as-of", AS_OF, "-o", str(tmp_path / "r")
    )
    assert code == 1 and "--next" in err
    code, _, err = run_cli(
        capsys,
        "--db",
        dbfile,
        "export",
        "--rappel",
        "--as-of",
        AS_OF,
        "--next",
        "2027-01-01",
        "-o",
        str(tmp_path / "r.csv"),
    )
    assert code == 1 and "r.csv" in err


def test_export_to_a_missing_folder_is_one_line_and_keeps_nothing(capsys, dbfile, tmp_path):
    target = tmp_path / "weg" / "x.csv"
    code, _, err = run_cli(capsys, "--db", dbfile, "export", "-o", str(target))
    assert code == 1
    assert err.count("\n") == 1 and str(target) in err and "does not exist" in err
