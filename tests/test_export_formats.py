"""The exports staff hand on, read back: the workbook (styles, summary, print setup),
the rappel workbook, CSV and iCalendar, and the safe write shared by all of them."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import zipfile
from xml.etree import ElementTree

import pytest
from factories import make_commitment, make_document
from icalendar import Calendar
from openpyxl import load_workbook

from tracker.export import format_for, write_export
from tracker.export.common import HEADERS, ExportError
from tracker.export.csv import write_csv
from tracker.export.ics import write_ics
from tracker.export.xlsx import write_overdue_xlsx, write_rappel_xlsx
from tracker.store import queries

AS_OF = dt.date(2026, 11, 28)
NEXT = dt.date(2027, 5, 28)


def col(name: str) -> int:
    return HEADERS.index(name)


@pytest.fixture
def rows(db):
    """OCW: one overdue, one due before NEXT, one later, one fulfilled, one undated;
    EZK: one overdue; plus a formula-looking title."""
    queries.import_document(
        make_document(),
        [
            make_commitment("Evaluatie praktijkleren", dt.date(2022, 12, 31)),
            make_commitment("Voorjaarsbrief stages", dt.date(2027, 3, 1)),
            make_commitment("Toekomstige agenda", dt.date(2028, 6, 30)),
            make_commitment("Al gedaan", dt.date(2023, 1, 1)),
            make_commitment("Zonder termijn", None),
            make_commitment("Netcongestie brief", dt.date(2025, 6, 1), ministry="EZK"),
            make_commitment('=HYPERLINK("http://evil")', dt.date(2024, 1, 1), ministry="EZK"),
        ],
    )
    done = next(r for r in queries.list_commitments() if r.title == "Al gedaan")
    queries.mark(done.id, "fulfilled", note="brief gestuurd", evidence="Kamerstuk 1")
    return queries.list_commitments()


def by_title(rows, title):
    return next(r for r in rows if r.title == title)


# -- xlsx ---------------------------------------------------------------------------


def test_workbook_cells_have_real_types_and_a_working_link(rows, tmp_path):
    out = tmp_path / "alle.xlsx"
    write_overdue_xlsx(out, rows, as_of=AS_OF, description="Toezeggingen: alle")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Toezeggingen", "Samenvatting"]
    ws = wb["Toezeggingen"]
    values = list(ws.iter_rows(values_only=True))
    assert list(values[0]) == HEADERS
    assert len(values) == len(rows) + 1
    r = next(i for i, v in enumerate(values) if v[1] == "Evaluatie praktijkleren") + 1
    due = ws.cell(row=r, column=col("Uiterste datum") + 1)
    assert isinstance(due.value, dt.datetime) and due.value.date() == dt.date(2022, 12, 31)
    assert due.number_format == "dd-mm-yyyy" and due.is_date
    docdate = ws.cell(row=r, column=col("Documentdatum") + 1)
    assert docdate.value.date() == dt.date(2021, 3, 10)
    late = ws.cell(row=r, column=col("Dagen te laat") + 1)
    assert late.value == (AS_OF - dt.date(2022, 12, 31)).days and late.data_type == "n"
    assert isinstance(ws.cell(row=r, column=1).value, int)
    link = ws.cell(row=r, column=col("Link") + 1)
    assert link.hyperlink.target == "https://zoek.officielebekendmakingen.nl/kst-32637-999.html"
    assert link.value == link.hyperlink.target
    assert ws.cell(row=r, column=col("Citaat") + 1).alignment.wrap_text
    assert ws.cell(row=r, column=col("Status") + 1).value == "Open"
    done = next(v for v in values if v[1] == "Al gedaan")
    assert done[col("Status")] == "Voldaan" and done[col("Dagen te laat")] is None
    assert done[col("Laatste toelichting")] == "brief gestuurd"
    assert done[col("Bewijs")] == "Kamerstuk 1"


def test_workbook_header_filter_freeze_widths_and_print_setup(rows, tmp_path):
    out = tmp_path / "alle.xlsx"
    write_overdue_xlsx(out, rows, as_of=AS_OF, description="Toezeggingen: alle")
    wb = load_workbook(out)
    ws = wb["Toezeggingen"]
    header = ws["A1"]
    assert header.font.bold and header.fill.fgColor.rgb.endswith("1F4E79")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:O{len(rows) + 1}"
    assert ws.column_dimensions["C"].width == 70
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws.oddHeader.center.text == "Toezeggingen — 28-11-2026"
    assert wb.properties.title == "Toezeggingen"
    assert wb.properties.subject == "Toezeggingen: alle"
    assert wb.properties.creator == "Toezeggingenregister"


def test_samenvatting_counts_per_ministry(rows, tmp_path):
    out = tmp_path / "alle.xlsx"
    write_overdue_xlsx(out, rows, as_of=AS_OF, description="Toezeggingen: alle")
    ws = load_workbook(out)["Samenvatting"]
    values = [v for v in ws.iter_rows(values_only=True)]
    assert values[1][0] == "Peildatum" and values[1][1].date() == AS_OF
    assert values[2] == ("Filter", "Toezeggingen: alle", None, None)[: len(values[2])]
    table = {v[0]: v[1:4] for v in values[5:]}
    assert table["EZK"] == (2, 2, 0)
    # OCW: open are praktijkleren, stages, agenda, undated; overdue: praktijkleren
    assert table["OCW"] == (4, 1, 1)
    assert table["Totaal"] == (6, 3, 1)
    assert values[4] == ("Ministerie", "Open", "Te laat", "Voldaan")


def test_formula_guard_in_workbook_and_csv(rows, tmp_path):
    write_overdue_xlsx(tmp_path / "x.xlsx", rows, as_of=AS_OF, description="=evil")
    wb = load_workbook(tmp_path / "x.xlsx")
    cells = [line[1] for line in wb["Toezeggingen"].iter_rows(min_row=2)]
    evil = next(c for c in cells if c.value == '=HYPERLINK("http://evil")')  # as written
    assert evil.data_type == "s" and all(c.data_type == "s" for c in cells)
    # kept text when edited in Excel (its "quote prefix"), and only that one
    assert [c.quotePrefix for c in cells] == [c is evil for c in cells]
    assert cells[-1] is not evil
    assert wb["Samenvatting"]["B3"].value == "=evil"
    assert wb["Samenvatting"]["B3"].data_type == "s"
    _assert_text_cells_without_apostrophe(tmp_path / "x.xlsx", ['=HYPERLINK("http://evil")'])

    write_csv(tmp_path / "x.csv", rows, as_of=AS_OF)
    text = (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    titles = [r[1] for r in csv.reader(io.StringIO(text), delimiter=";")][1:]
    assert '\'=HYPERLINK("http://evil")' in titles


# Every column that holds text someone typed or a document stated, with the value that
# would run as a formula; "\x01=" became "=" once the workbook dropped the control
# character, after the guard had looked at the first character.
FORMULA_COLUMNS = {
    "Toezegging": '=HYPERLINK("http://evil","klik")',
    "Citaat": "+cmd|' /C calc'!A0",
    "Bewindspersoon": "-2+3",
    "Ministerie": "@SUM(A1:A9)",
    "Fractie": "\t=1+1",
    "Brondocument": "=1+2",
    "Termijn zoals geschreven": "\r=1+3",
    "Laatste toelichting": "=1+4",
    "Bewijs": "\x01=1+5",
}


def _formula_row(db):
    values = FORMULA_COLUMNS
    commitment = dataclasses.replace(
        make_commitment(values["Toezegging"], dt.date(2024, 1, 1), ministry=values["Ministerie"]),
        actor=values["Bewindspersoon"],
        due_text=values["Termijn zoals geschreven"],
    )
    commitment.sources[0].quote = values["Citaat"]
    commitment.sources[0].faction = values["Fractie"]
    document = make_document(
        dossier=None, number=None, official_id=None, title=values["Brondocument"]
    )
    queries.import_document(document, [commitment])
    (row,) = queries.list_commitments()
    queries.mark(row.id, "partial", note=values["Laatste toelichting"], evidence=values["Bewijs"])
    return queries.list_commitments()


def _sheet_xml_cells(path) -> list[tuple[str, str | None, bool, str]]:
    """Every cell of every sheet as saved: (sheet file, its type t, a formula?, its text)."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    cells = []
    with zipfile.ZipFile(path) as archive:
        shared = []
        if "xl/sharedStrings.xml" in archive.namelist():
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(ns + "t")) for si in root]
        for name in archive.namelist():
            if not name.startswith("xl/worksheets/sheet"):
                continue
            for c in ElementTree.fromstring(archive.read(name)).iter(ns + "c"):
                t = c.get("t")
                if t == "s":
                    text = shared[int(c.find(ns + "v").text)]
                else:
                    text = "".join(x.text or "" for x in c.iter(ns + "t"))
                cells.append((name, t, c.find(ns + "f") is not None, text))
    return cells


def _assert_text_cells_without_apostrophe(path, values) -> None:
    """No cell is a formula or a formula's cached string; each value is a text cell of
    exactly that text, with no quote character in front that a user would see."""
    cells = _sheet_xml_cells(path)
    for name, t, formula, text in cells:
        assert not formula and t != "str", f"{name}: {text!r} saved as a formula"
        assert not text.startswith("'"), f"{name}: {text!r} shows an apostrophe"
    texts = {text: t for _, t, _, text in cells}
    for value in values:
        assert texts.get(value) in ("inlineStr", "s"), f"{value!r} not a text cell"


def test_formula_guard_covers_every_user_text_column(db, tmp_path):
    rows = _formula_row(db)
    write_overdue_xlsx(tmp_path / "f.xlsx", rows, as_of=AS_OF, description="@evil")
    sheet = load_workbook(tmp_path / "f.xlsx")["Toezeggingen"]
    cells = next(sheet.iter_rows(min_row=2, max_row=2))
    write_csv(tmp_path / "f.csv", rows, as_of=AS_OF)
    text = (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    record = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1]
    for header, value in FORMULA_COLUMNS.items():
        shown = value.replace("\x01", "")  # a control character a workbook cannot hold
        cell = cells[col(header)]
        assert cell.data_type == "s", f"{header}: written as a formula"
        assert cell.value == shown, f"{header}: {cell.value!r}"
        assert cell.quotePrefix, f"{header}: Excel would run it once the cell is edited"
        assert record[col(header)].startswith("'"), f"{header} in CSV: {record[col(header)]!r}"
    summary = load_workbook(tmp_path / "f.xlsx")["Samenvatting"]
    assert summary["B3"].value == "@evil" and summary["B3"].quotePrefix
    ministries = [r[0] for r in summary.iter_rows(min_row=6, values_only=True) if r[0]]
    assert "@SUM(A1:A9)" in ministries
    shown = [v.replace("\x01", "") for v in FORMULA_COLUMNS.values()]
    _assert_text_cells_without_apostrophe(tmp_path / "f.xlsx", [*shown, "@evil"])


def test_formula_guard_in_the_rappel_workbook(db, tmp_path):
    rows = _formula_row(db)
    write_rappel_xlsx(tmp_path / "r.xlsx", rows, as_of=AS_OF, next_cutoff=NEXT, description="")
    workbook = load_workbook(tmp_path / "r.xlsx")
    for sheet in workbook.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
    _assert_text_cells_without_apostrophe(
        tmp_path / "r.xlsx", [FORMULA_COLUMNS["Toezegging"], FORMULA_COLUMNS["Ministerie"]]
    )


def test_ten_thousand_rows_stay_fast_enough_for_a_test(rows, tmp_path):
    """The benchmark checks the 3 s target; here only that many rows round-trip."""
    many = rows * 300
    write_overdue_xlsx(tmp_path / "big.xlsx", many, as_of=AS_OF, description="")
    ws = load_workbook(tmp_path / "big.xlsx", read_only=True)["Toezeggingen"]
    assert sum(1 for _ in ws.iter_rows(min_row=2)) == len(many)


# -- rappel ---------------------------------------------------------------------------


def test_rappel_groups_per_ministry_overdue_and_upcoming(rows, tmp_path):
    out = tmp_path / "rappel.xlsx"
    groups = write_rappel_xlsx(out, rows, as_of=AS_OF, next_cutoff=NEXT, description="rappel")
    assert groups == {"EZK": (2, 0), "OCW": (1, 1)}
    wb = load_workbook(out)
    assert wb.sheetnames == ["Samenvatting", "EZK", "OCW"]
    ocw = list(wb["OCW"].iter_rows(values_only=True))
    assert ocw[0][0] == "Te laat op 28-11-2026 (1)"
    assert ocw[1][1] == "Toezegging"
    assert ocw[2][1] == "Evaluatie praktijkleren"
    assert ocw[3] == (None,) * len(ocw[3])
    assert ocw[4][0] == "Ter informatie: termijn vóór 28-05-2027 (1)"
    assert ocw[6][1] == "Voorjaarsbrief stages"
    assert ocw[6][col("Dagen te laat")] is None
    assert len(ocw) == 7  # no later, fulfilled or undated commitments
    ezk_titles = [v[1] for v in wb["EZK"].iter_rows(min_row=3, values_only=True) if v[0]]
    assert ezk_titles[:2] == ['=HYPERLINK("http://evil")', "Netcongestie brief"]  # by due
    summary = list(wb["Samenvatting"].iter_rows(values_only=True))
    assert summary[1][1].date() == AS_OF and summary[2][1].date() == NEXT
    assert {v[0]: v[1:3] for v in summary[6:]} == {"EZK": (2, 0), "OCW": (1, 1)}
    assert wb["OCW"].oddHeader.center.text == "Rappel OCW — peildatum 28-11-2026"
    assert wb["OCW"].page_setup.orientation == "landscape"
    assert wb.properties.title == "Rappel toezeggingen"


def test_rappel_refuses_a_next_cutoff_before_the_cutoff(rows, tmp_path):
    with pytest.raises(ExportError, match="next cut-off"):
        write_rappel_xlsx(tmp_path / "r.xlsx", rows, as_of=NEXT, next_cutoff=AS_OF, description="")


# -- csv ----------------------------------------------------------------------------


def test_csv_has_bom_semicolons_dutch_dates_and_the_same_columns(rows, tmp_path):
    out = tmp_path / "alle.csv"
    write_csv(out, rows, as_of=AS_OF)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    records = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert records[0] == HEADERS
    assert len(records) == len(rows) + 1
    rec = next(r for r in records if r[1] == "Evaluatie praktijkleren")
    assert rec[col("Uiterste datum")] == "31-12-2022"
    assert rec[col("Documentdatum")] == "10-03-2021"
    assert rec[col("Dagen te laat")] == str((AS_OF - dt.date(2022, 12, 31)).days)
    assert rec[col("Link")] == "https://zoek.officielebekendmakingen.nl/kst-32637-999.html"
    undated = next(r for r in records if r[1] == "Zonder termijn")
    assert undated[col("Uiterste datum")] == "" and undated[col("Dagen te laat")] == ""


def test_csv_quotes_separators_quotes_and_newlines(db, tmp_path):
    quote = 'Wij sturen "de brief"; daarna\nvolgt het debat.'
    queries.import_document(
        make_document(), [make_commitment("Brief; met puntkomma", dt.date(2027, 1, 1), quote=quote)]
    )
    out = tmp_path / "q.csv"
    write_csv(out, queries.list_commitments(), as_of=AS_OF)
    text = out.read_text(encoding="utf-8-sig")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert records[1][1] == "Brief; met puntkomma"
    assert records[1][2] == quote


# -- ics ----------------------------------------------------------------------------


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_calendar_has_only_open_commitments_with_a_due_date(rows, tmp_path):
    out = tmp_path / "agenda.ics"
    assert write_ics(out, rows) == 5
    events = _events(out)
    titles = sorted(str(e["SUMMARY"]) for e in events.values())
    assert titles == sorted(
        [
            "Evaluatie praktijkleren",
            "Voorjaarsbrief stages",
            "Toekomstige agenda",
            "Netcongestie brief",
            '=HYPERLINK("http://evil")',
        ]
    )
    row = by_title(rows, "Evaluatie praktijkleren")
    event = next(e for e in events.values() if str(e["SUMMARY"]) == row.title)
    assert event.decoded("DTSTART") == dt.date(2022, 12, 31)  # all-day: a date, no time
    assert event.decoded("DTEND") == dt.date(2023, 1, 1)
    description = str(event["DESCRIPTION"])
    assert row.quote in description and "Kamerstuk 32 637, nr. 999" in description
    assert row.url in description and str(event["URL"]) == row.url
    assert str(event["UID"]).startswith(f"commitment-{row.id}-")
    assert str(event["UID"]).endswith("@toezeggingen")


def test_calendar_uids_are_stable_across_exports(rows, tmp_path):
    write_ics(tmp_path / "a.ics", rows)
    queries.mark(by_title(rows, "Voorjaarsbrief stages").id, "fulfilled")
    write_ics(tmp_path / "b.ics", queries.list_commitments())
    first, second = _events(tmp_path / "a.ics"), _events(tmp_path / "b.ics")
    assert set(second) < set(first) and len(second) == len(first) - 1
    for uid in second:
        assert str(first[uid]["SUMMARY"]) == str(second[uid]["SUMMARY"])
    assert len(set(first)) == len(first)


# -- choosing a writer and writing safely ----------------------------------------------


def test_the_suffix_chooses_the_format(rows, tmp_path):
    assert format_for("x.CSV") == "csv" and format_for("x.ics") == "ics"
    assert format_for("x.xlsx") == "xlsx" and format_for("x") == "xlsx"
    assert write_export(tmp_path / "a.ics", rows, as_of=AS_OF, description="d") == 5
    assert write_export(tmp_path / "a.csv", rows, as_of=AS_OF, description="d") == len(rows)
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("tracker.sqlite"))


WRITERS = {
    "xlsx": lambda p, rows: write_overdue_xlsx(p, rows, as_of=AS_OF, description=""),
    "rappel": lambda p, rows: write_rappel_xlsx(
        p, rows, as_of=AS_OF, next_cutoff=NEXT, description=""
    ),
    "csv": lambda p, rows: write_csv(p, rows, as_of=AS_OF),
    "ics": lambda p, rows: write_ics(p, rows),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_locked_target_is_one_clear_error_and_stays_untouched(rows, tmp_path, monkeypatch, kind):
    target = tmp_path / f"bestaand.{'xlsx' if kind == 'rappel' else kind}"
    target.write_bytes(b"oude inhoud")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as info:
        WRITERS[kind](target, rows)
    message = str(info.value)
    assert str(target) in message and "\n" not in message
    assert "open in another program" in message
    assert target.read_bytes() == b"oude inhoud"
    assert leftovers(tmp_path) == [target.name]


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_missing_folder_is_one_clear_error(rows, tmp_path, kind):
    target = tmp_path / "bestaat-niet" / "uit.xlsx"
    with pytest.raises(ExportError, match="does not exist") as info:
        WRITERS[kind](target, rows)
    assert str(target) in str(info.value)
    assert not target.parent.exists()


def test_a_read_only_target_file_is_refused_and_kept(rows, tmp_path):
    target = tmp_path / "alleen-lezen.csv"
    target.write_text("oud")
    target.chmod(0o444)
    try:
        if os.access(target, os.W_OK):
            pytest.skip("running as a user who may write read-only files (root)")
        with pytest.raises(ExportError, match="read-only"):
            write_csv(target, rows, as_of=AS_OF)
        assert target.read_text() == "oud"
    finally:
        target.chmod(0o644)


def test_a_read_only_folder_is_one_clear_error_and_the_file_is_kept(rows, tmp_path):
    folder = tmp_path / "map"
    folder.mkdir()
    target = folder / "uit.xlsx"
    target.write_bytes(b"oud")
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write read-only folders (root)")
        with pytest.raises(ExportError, match="not writable") as info:
            write_overdue_xlsx(target, rows, as_of=AS_OF, description="")
        assert str(target) in str(info.value)
        assert target.read_bytes() == b"oud"
    finally:
        folder.chmod(0o755)


def test_a_failing_writer_leaves_no_temporary_file(rows, tmp_path, monkeypatch):
    import tracker.export.csv as csv_export

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_export.csv, "writer", boom)
    target = tmp_path / "vol.csv"
    target.write_text("oud")
    with pytest.raises(ExportError, match="No space left"):
        write_csv(target, rows, as_of=AS_OF)
    assert target.read_text() == "oud"
    assert leftovers(tmp_path) == ["vol.csv"]


def test_a_folder_that_refuses_new_files_is_one_clear_error(rows, tmp_path, monkeypatch):
    """What a read-only folder does for a user who is not root (simulated)."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    target = tmp_path / "uit.ics"
    target.write_text("oud")
    with pytest.raises(ExportError, match="folder is not writable") as info:
        write_ics(target, rows)
    assert str(target) in str(info.value)
    assert target.read_text() == "oud"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".ics"])
def test_an_export_gets_the_permissions_of_a_file_saved_by_hand(rows, tmp_path, suffix):
    """Colleagues on a shared drive must be able to open it: not private like a temp file."""
    old = os.umask(0o022)
    try:
        target = tmp_path / f"lijst{suffix}"
        write_export(target, rows, as_of=AS_OF, description="d")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o640)  # a file replaced keeps the mode it had
        write_export(target, rows, as_of=AS_OF, description="d")
        assert target.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
