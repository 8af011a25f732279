"""The main window on a fresh database: listing, detail pane, marking, sorting,
filtering, import and export, driven through the widgets with pytest-qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import make_commitment, make_document, open_window
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolBar,
)

from tracker import clock
from tracker.store.queries import (
    get_commitment,
    import_document,
    list_commitments,
    mark,
    set_due,
)
from ui.dialogs.edit_dialog import EditDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.main_window import MainWindow
from ui.models import Column, Role
from ui.models.commitment_table_model import natural_key

TODAY = clock.today()
OVERDUE_DAYS = 30
OVERDUE = "Brief over stageplaatsen"
FUTURE = "Evaluatie subsidie Praktijkleren"
UNDATED = "Verkenning met stakeholders welke acties meest effectief zullen zijn"
MARKUP_QUOTE = "De minister schrijft <img src=x><b>vet</b> & meer."


@pytest.fixture
def ids(db) -> dict[str, int]:
    """One overdue, one future and one undated commitment; title -> id."""
    import_document(
        make_document(),
        [
            make_commitment(OVERDUE, TODAY - dt.timedelta(days=OVERDUE_DAYS), faction="VVD"),
            make_commitment(FUTURE, TODAY + dt.timedelta(days=60), faction="D66"),
            make_commitment(UNDATED, None, faction="CDA", quote=MARKUP_QUOTE),
        ],
    )
    return {row.title: row.id for row in list_commitments()}


@pytest.fixture
def window(qtbot, ids, settings) -> MainWindow:
    """The window with every commitment shown (it opens on the Vandaag view)."""
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    return window


def shown(window: MainWindow, column: Column) -> list[str]:
    """The text of `column` in every row the table shows, top to bottom."""
    proxy = window.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def select_title(window: MainWindow, title: str) -> None:
    row = shown(window, Column.TITLE).index(title)
    window.table.selectRow(row)


def fake_mark_exec(qtbot, note: str, evidence: str):
    """Replaces MarkDialog.exec: fill the widgets as a user would, press Opslaan."""

    def exec_(dialog: MarkDialog) -> int:
        assert dialog.status_combo.currentText() == "Voldaan"  # the default
        qtbot.keyClicks(dialog.note_edit, note)
        qtbot.keyClicks(dialog.evidence_edit, evidence)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    return exec_


def export_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def exported_ids(path: Path) -> list[int]:
    sheet = load_workbook(path).active
    return [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_window_lists_every_commitment_with_title_and_dutch_status(window):
    assert window.windowTitle() == "Toezeggingen"
    assert sorted(shown(window, Column.TITLE)) == sorted([OVERDUE, FUTURE, UNDATED])
    assert set(shown(window, Column.STATUS)) == {"Open"}
    assert window.count_label.text() == "3 van 3 toezeggingen"


def test_overdue_row_is_marked_with_text_not_colour_alone(window):
    days = dict(zip(shown(window, Column.TITLE), shown(window, Column.DAYS_OVERDUE), strict=True))
    assert days[OVERDUE] == f"\u26a0 {OVERDUE_DAYS}"
    assert days[FUTURE] == ""
    assert days[UNDATED] == ""


def test_due_column_shows_dutch_date_and_the_phrase_in_its_tooltip(window):
    row = shown(window, Column.TITLE).index(FUTURE)
    index = window.proxy.index(row, Column.DUE)
    due = TODAY + dt.timedelta(days=60)
    assert index.data() == f"{due:%d-%m-%Y}"
    assert "Precisie: dag" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_selecting_a_row_fills_the_detail_pane_with_quote_and_reference(window):
    select_title(window, OVERDUE)
    text = window.detail.toPlainText()
    assert OVERDUE in text
    assert f"{OVERDUE} wordt naar de Kamer gestuurd." in text
    assert "Kamerstuk 32 637, nr. 999" in text
    assert f"{OVERDUE_DAYS} dagen te laat" in text
    assert 'href="https://zoek.officielebekendmakingen.nl/kst-32637-999.html"' in (
        window.detail.toHtml()
    )


def test_marking_fulfilled_through_the_dialog_updates_database_row_and_detail(
    qtbot, window, ids, monkeypatch
):
    monkeypatch.setattr(
        MarkDialog, "exec", fake_mark_exec(qtbot, "Brief verstuurd", "Kamerstuk 32 637, nr. 460")
    )
    select_title(window, OVERDUE)
    window.mark_action.trigger()

    stored = get_commitment(ids[OVERDUE])
    assert stored.status == "fulfilled"
    assert stored.history[-1].note == "Brief verstuurd"
    assert stored.history[-1].evidence == "Kamerstuk 32 637, nr. 460"
    assert stored.history[-1].from_status == "open"

    assert window.selection.selected_id() == ids[OVERDUE]  # the selection is kept
    row = shown(window, Column.TITLE).index(OVERDUE)
    assert window.proxy.index(row, Column.STATUS).data() == "\u2713 Voldaan"
    assert window.proxy.index(row, Column.DAYS_OVERDUE).data() == ""  # no longer overdue
    detail = window.detail.toPlainText()
    assert "Open \u2192 Voldaan" in detail
    assert "Kamerstuk 32 637, nr. 460" in detail
    assert "Brief verstuurd" in detail


def test_cancelling_the_mark_dialog_changes_nothing(window, ids, monkeypatch):
    monkeypatch.setattr(MarkDialog, "exec", lambda dialog: MarkDialog.DialogCode.Rejected)
    select_title(window, OVERDUE)
    window.mark_action.trigger()
    assert get_commitment(ids[OVERDUE]).status == "open"
    assert get_commitment(ids[OVERDUE]).history == []


def test_sorting_by_due_puts_dates_in_order_and_undated_last(window):
    window.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
    assert shown(window, Column.TITLE) == [OVERDUE, FUTURE, UNDATED]
    window.table.sortByColumn(Column.DUE, Qt.SortOrder.DescendingOrder)
    assert shown(window, Column.TITLE) == [FUTURE, OVERDUE, UNDATED]


def click_check(qtbot, check) -> None:
    """Click a checkbox on its box (its centre may lie beside a short label)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def test_title_sort_key_compares_numbers_as_numbers_and_ignores_case_and_accents():
    titles = ["Brief nr. 448", "Évaluatie", "brief nr. 99", "evaluatie 2", "Brief nr. 0099a"]
    assert sorted(titles, key=natural_key) == [
        "brief nr. 99",
        "Brief nr. 0099a",
        "Brief nr. 448",
        "Évaluatie",
        "evaluatie 2",
    ]


def test_te_laat_shows_only_overdue_commitments(qtbot, window):
    click_check(qtbot, window.overdue_check)
    assert window.overdue_check.isChecked()
    assert shown(window, Column.TITLE) == [OVERDUE]
    assert window.count_label.text() == "1 van 3 toezeggingen"
    assert window.overdue_check.text() == "Te laat (1)"
    click_check(qtbot, window.overdue_check)
    assert len(shown(window, Column.TITLE)) == 3


def test_the_window_opens_on_the_today_view(qtbot, ids, settings):
    window = open_window(qtbot, settings)
    assert window.filter_panel.today_button.isChecked()
    assert shown(window, Column.TITLE) == [OVERDUE]
    assert window.count_label.text() == "1 van 3 toezeggingen"


def test_search_finds_words_in_title_or_quote_ignoring_case_and_accents(qtbot, window):
    qtbot.keyClicks(window.search_edit, "praktijkleren")
    qtbot.waitUntil(lambda: shown(window, Column.TITLE) == [FUTURE], timeout=2000)
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "VET minister")  # words of the quote only
    qtbot.waitUntil(lambda: shown(window, Column.TITLE) == [UNDATED], timeout=2000)
    assert window.count_label.text() == "1 van 3 toezeggingen"


def test_export_writes_exactly_the_overdue_commitments(qtbot, window, ids, tmp_path, monkeypatch):
    target = tmp_path / "te-laat.xlsx"
    export_to(monkeypatch, target)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.jobs_running(), timeout=10000)
    assert exported_ids(target) == [ids[OVERDUE]]
    assert str(target) in window.statusBar().currentMessage()


def test_export_suggests_a_dated_file_name(qtbot, window, monkeypatch):
    suggested = {}

    def fake_dialog(parent, caption, directory, *rest, **kwargs):
        suggested["path"] = directory
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    window.export_action.trigger()
    assert Path(suggested["path"]).name == f"toezeggingen-te-laat-{TODAY:%Y-%m-%d}.xlsx"
    assert not window.jobs_running()


def test_a_failed_export_shows_a_short_message_with_details(qtbot, window, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    export_to(monkeypatch, blocker / "te-laat.xlsx")
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=10000)
    box = window.last_message_box
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.text() == "De export is mislukt."
    assert "a-file" in box.detailedText()
    assert window.export_action.isEnabled()


def test_markup_in_a_quote_is_shown_as_literal_text(window):
    select_title(window, UNDATED)
    assert MARKUP_QUOTE in window.detail.toPlainText()
    html = window.detail.toHtml()
    assert "<img" not in html
    assert "&lt;img src=x&gt;&lt;b&gt;vet&lt;/b&gt;" in html


def test_import_runs_in_a_worker_and_reports_each_file(
    qtbot, db, settings, seed_path, tmp_path, monkeypatch
):
    broken = tmp_path / "leeg.md"
    broken.write_text("", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(seed_path), str(broken)], "")),
    )
    window = open_window(qtbot, settings)
    assert window.model.rowCount() == 0

    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)

    total = len(list_commitments())
    assert total > 20
    assert window.model.rowCount() == total
    box = window.last_message_box
    assert box.text() == f"{total} toezeggingen toegevoegd."
    assert f"kst-32637-448.md: {total} toezeggingen geïmporteerd" in box.informativeText()
    assert "leeg.md: geweigerd" in box.informativeText()
    assert "leeg.md" in box.detailedText()  # why it was refused
    assert window.import_action.isEnabled()
    qtbot.waitUntil(lambda: not window.jobs_running())


def test_seed_document_mark_in_the_window_then_export_overdue(
    qtbot, db, settings, seed_path, tmp_path, monkeypatch
):
    from tracker.importing import import_paths

    [result] = import_paths([seed_path])
    assert result.error is None and result.commitments > 20
    window = open_window(qtbot, settings)
    assert window.model.rowCount() == result.commitments

    window.show_all_action.trigger()
    click_check(qtbot, window.overdue_check)
    overdue_before = {r.id for r in list_commitments(overdue=True, as_of=TODAY)}
    assert window.proxy.rowCount() == len(overdue_before) > 0
    window.table.selectRow(0)
    chosen = window.selection.selected_id()
    assert chosen in overdue_before
    assert "Kamerstuk 32 637, nr. 448" in window.detail.toPlainText()

    monkeypatch.setattr(
        MarkDialog, "exec", fake_mark_exec(qtbot, "Voortgangsbrief", "Kamerstuk 32 637, nr. 460")
    )
    window.mark_action.trigger()
    stored = get_commitment(chosen)
    assert stored.status == "fulfilled"
    assert (stored.history[-1].note, stored.history[-1].evidence) == (
        "Voortgangsbrief",
        "Kamerstuk 32 637, nr. 460",
    )
    assert window.proxy.rowCount() == len(overdue_before) - 1  # it left the overdue view
    assert "Voortgangsbrief" in window.detail.toPlainText()  # still shown after marking

    target = tmp_path / "export.xlsx"
    export_to(monkeypatch, target)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.jobs_running(), timeout=10000)
    assert sorted(exported_ids(target)) == sorted(overdue_before - {chosen})


def test_window_state_is_remembered(qtbot, window, settings):
    window.splitter.setSizes([900, 500])
    window.close()
    assert settings.value("mainWindow/splitter") is not None
    assert settings.value("mainWindow/geometry") is not None


def test_run_gui_writes_a_screenshot(qapp, tmp_path):
    from tracker.store.connection import close_database, open_database
    from ui.app import run_gui

    dbfile = tmp_path / "shot.sqlite"
    open_database(dbfile)
    import_document(make_document(), [make_commitment(OVERDUE, TODAY - dt.timedelta(days=3))])
    close_database()

    png = tmp_path / "shot.png"
    assert run_gui(str(dbfile), screenshot=str(png)) == 0
    assert png.stat().st_size > 1000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_gui_reports_an_unusable_database_and_returns_1(qapp, tmp_path, capsys):
    from ui.app import run_gui

    dbfile = tmp_path / "kapot.sqlite"
    dbfile.write_bytes(b"this is not a database" * 100)
    png = tmp_path / "shot.png"
    assert run_gui(str(dbfile), screenshot=str(png)) == 1
    assert "kapot.sqlite" in capsys.readouterr().err
    assert not png.exists()


def test_due_date_corrected_in_the_window_keeps_the_phrase_and_can_be_reset(
    qtbot, window, ids, monkeypatch
):
    from PySide6.QtCore import QDate

    from ui.dialogs.due_dialog import DueDialog

    def exec_new_date(dialog: DueDialog) -> int:
        assert not dialog.reset_check.isEnabled()  # nothing to go back to yet
        dialog.date_edit.setDate(QDate(2030, 1, 15))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(DueDialog, "exec", exec_new_date)
    select_title(window, OVERDUE)
    original = get_commitment(ids[OVERDUE])
    window.due_action.trigger()

    stored = get_commitment(ids[OVERDUE])
    assert stored.due == dt.date(2030, 1, 15) and stored.due_overridden
    assert stored.due_text == original.due_text and stored.due_extracted == original.due
    row = shown(window, Column.TITLE).index(OVERDUE)
    due = window.proxy.index(row, Column.DUE)
    assert due.data() == "15-01-2030"  # the pencil icon and the tooltip say "by hand"
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Handmatig" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert due.data(Qt.ItemDataRole.AccessibleTextRole) == "15-01-2030, handmatig"
    assert window.proxy.index(row, Column.DAYS_OVERDUE).data() == ""  # no longer overdue
    assert "Handmatig vastgesteld" in window.detail.toPlainText()

    def exec_reset(dialog: DueDialog) -> int:
        dialog.reset_check.setChecked(True)
        assert not dialog.date_edit.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DueDialog, "exec", exec_reset)
    window.due_action.trigger()
    stored = get_commitment(ids[OVERDUE])
    assert stored.due == original.due and not stored.due_overridden


# -- the answer in context, escaping, errors, layout -----------------------------

ANSWER_TITLE = "Kamerbrief over <b>kennismigranten</b>"
ANSWER_QUOTE = "Ik stuur de Kamer voor de zomer een brief."
ANSWER = (
    "Het aantal aanvragen daalde <script>alert(1)</script> sterk. "
    + ANSWER_QUOTE
    + " Daarin ga ik in op de regeling."
)
QUESTION = "Wanneer informeert de minister de Kamer over <i>de regeling</i>?"


@pytest.fixture
def answered_id(db) -> int:
    """A commitment whose source carries the question and the whole answer around the quote."""
    from tracker.extract.model import Commitment, Source

    start = ANSWER.index(ANSWER_QUOTE)
    source = Source(
        quote=ANSWER_QUOTE,
        start=start,
        end=start + len(ANSWER_QUOTE),
        faction="GroenLinks",
        question=QUESTION,
        answer=ANSWER,
        quote_in_answer=(start, start + len(ANSWER_QUOTE)),
    )
    commitment = Commitment(
        title=ANSWER_TITLE,
        sources=[source],
        due=TODAY + dt.timedelta(days=10),
        due_text="voor de zomer",
        due_precision="season",
        ministry="SZW",
        actor="Minister van SZW",
        cue="toezegging met 'stuur ... een brief'",
    )
    import_document(make_document(content_hash="answered", number="1000"), [commitment])
    [row] = [r for r in list_commitments() if r.title == ANSWER_TITLE]
    return row.id


def test_detail_pane_shows_question_and_answer_with_the_quote_highlighted(
    qtbot, answered_id, settings
):
    window = open_window(qtbot, settings)
    assert window.selection.select_id(answered_id)
    text = window.detail.toPlainText()
    assert ANSWER_TITLE in text  # markup in the title is text
    assert QUESTION in text
    assert "Vraag van de GroenLinks-fractie" in text
    assert ANSWER in text  # the whole answer, its <script> shown literally
    assert "voor de zomer" in text and "precisie: seizoen" in text
    html = window.detail.toHtml()
    assert "<script" not in html and "<i>de regeling" not in html
    # The quote is the highlighted stretch of the answer; the text around it is not.
    document = window.detail.document()
    cursor = document.find(ANSWER_QUOTE)
    while cursor.hasSelection() and not highlighted(cursor):
        cursor = document.find(ANSWER_QUOTE, cursor)  # past the plain Citaat block
    assert cursor.hasSelection(), "the quote is not highlighted in the answer"
    assert not highlighted(document.find("sterk."))
    assert not highlighted(document.find("Daarin ga ik in"))


def highlighted(cursor) -> bool:
    return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush


def link_targets(window: MainWindow) -> list[str]:
    """Every hyperlink in the detail pane."""
    targets = []
    block = window.detail.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment_format = iterator.fragment().charFormat()
            if fragment_format.isAnchor():
                targets.append(fragment_format.anchorHref())
            iterator += 1
        block = block.next()
    return targets


def test_note_and_evidence_with_markup_are_shown_as_text(qtbot, window, ids, monkeypatch):
    note = "Zie <a href='javascript:alert(1)'>hier</a> & daar"
    evidence = "Kamerstuk <b>32 637</b>, nr. 460"
    monkeypatch.setattr(MarkDialog, "exec", fake_mark_exec(qtbot, note, evidence))
    select_title(window, OVERDUE)
    window.mark_action.trigger()
    text = window.detail.toPlainText()
    assert note in text and evidence in text
    assert link_targets(window) == ["https://zoek.officielebekendmakingen.nl/kst-32637-999.html"]
    assert "<b>32 637</b>" not in window.detail.toHtml()


def test_a_store_error_while_marking_is_shown_with_details_and_changes_nothing(
    qtbot, window, ids, monkeypatch
):
    from tracker.store.queries import StoreError

    def refuse(*args, **kwargs):
        raise StoreError("there is no commitment 999")

    monkeypatch.setattr("tracker.store.queries.mark_many", refuse)
    monkeypatch.setattr(
        MarkDialog, "exec", fake_mark_exec(qtbot, "Brief verstuurd", "Kamerstuk 32 637, nr. 460")
    )
    select_title(window, OVERDUE)
    window.mark_action.trigger()

    box = window.last_message_box
    assert box is not None and box.icon() == QMessageBox.Icon.Critical
    assert box.text() == "De status kon niet worden opgeslagen."
    assert "there is no commitment 999" in box.detailedText()
    assert "Traceback" not in box.text()
    assert get_commitment(ids[OVERDUE]).status == "open"
    assert window.selection.selected_id() == ids[OVERDUE]
    row = shown(window, Column.TITLE).index(OVERDUE)
    assert window.proxy.index(row, Column.STATUS).data() == "Open"


def test_actions_have_the_documented_shortcuts(window):
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.mark_action.shortcut().toString() == "Ctrl+M"
    assert window.search_action.shortcut().toString() == "Ctrl+F"
    window.search_action.trigger()
    assert window.search_edit.hasFocus() or window.focusWidget() is window.search_edit


def test_columns_are_wide_enough_for_dates_and_dutch_status_labels(window):
    metrics = window.table.fontMetrics()
    assert window.table.columnWidth(Column.STATUS) > metrics.horizontalAdvance("Deels voldaan")
    assert window.table.columnWidth(Column.DUE) > metrics.horizontalAdvance("31-12-2021")
    assert window.table.columnWidth(Column.TITLE) > window.table.columnWidth(Column.DUE) * 2


def test_a_window_left_open_overnight_counts_overdue_days_from_the_new_date(window, ids):
    yesterday = TODAY - dt.timedelta(days=1)
    window.model.set_rows(list_commitments(as_of=yesterday), yesterday)
    row = shown(window, Column.TITLE).index(OVERDUE)
    assert window.proxy.index(row, Column.DAYS_OVERDUE).data() == f"\u26a0 {OVERDUE_DAYS - 1}"
    window.list_flow.refresh_if_new_day()
    assert window.model.as_of == TODAY
    row = shown(window, Column.TITLE).index(OVERDUE)
    assert window.proxy.index(row, Column.DAYS_OVERDUE).data() == f"\u26a0 {OVERDUE_DAYS}"


def test_about_dialog_names_the_version(window):
    from tracker import __version__

    window.about_action.trigger()
    dialog = window.app_flow.about_dialog
    assert dialog.isVisible()
    assert __version__ in dialog.title.text()
    dialog.close()


def test_detail_pane_says_where_else_a_promise_was_made(qtbot, db, settings):
    """One promise repeated for two factions: the pane lists both places before the quotes."""
    from tracker.extract.model import Source

    commitment = make_commitment("Evaluatie subsidie Praktijkleren", TODAY + dt.timedelta(days=5))
    quote = "In 2022 wordt de subsidie Praktijkleren geëvalueerd."
    commitment.sources = [
        Source(quote=quote, start=0, end=len(quote), faction="CDA", section="Vraag 3"),
        Source(quote=quote, start=90, end=90 + len(quote), faction="D66", section="Vraag 12"),
    ]
    import_document(make_document(content_hash="twice", number="1001"), [commitment])
    [row] = [r for r in list_commitments() if r.title == "Evaluatie subsidie Praktijkleren"]
    window = open_window(qtbot, settings)
    assert window.selection.select_id(row.id)
    text = window.detail.toPlainText()
    assert "TOEGEZEGD OP 2 PLAATSEN" in text.upper()
    assert "Vraag 3 · CDA-fractie" in text
    assert "Vraag 12 · D66-fractie" in text


def test_detail_pane_of_a_promise_made_once_lists_no_places(qtbot, db, settings):
    commitment = make_commitment("Brief over stageplekken", TODAY + dt.timedelta(days=5))
    import_document(make_document(content_hash="once", number="1002"), [commitment])
    [row] = [r for r in list_commitments() if r.title == "Brief over stageplekken"]
    window = open_window(qtbot, settings)
    assert window.selection.select_id(row.id)
    assert "PLAATSEN" not in window.detail.toPlainText().upper()


def test_document_tab_opened_directly_shows_the_selected_commitments_document(window):
    select_title(window, FUTURE)
    window.document_tab_action.trigger()
    view = window.document_view
    assert view.document_id is not None
    assert view.current_commitment == window.selection.selected_id()
    assert view.reference_label.text() == "Kamerstuk 32 637, nr. 999"
    assert view.content.isVisible() and not view.hint_label.isVisible()


def test_document_tab_without_a_selection_shows_the_current_rows_document(window):
    window.table.clearSelection()
    window.document_tab_action.trigger()
    view = window.document_view
    first = window.proxy.index(0, 0).data(Role.ID)
    assert view.current_commitment == first
    assert view.reference_label.text() == "Kamerstuk 32 637, nr. 999"


def test_document_tab_of_an_empty_register_shows_a_centred_hint(qtbot, db, settings):
    window = open_window(qtbot, settings)
    window.document_tab_action.trigger()
    view = window.document_view
    assert view.hint_label.isVisible()
    assert "Importeer" in view.hint_label.text()
    assert not view.swatch.isVisible()


def cell_width(window: MainWindow, index) -> int:
    """The width a cell's text and icon take, with the cell's margins."""
    icon = window.table.iconSize().width() + 6 if index.data(Qt.ItemDataRole.DecorationRole) else 0
    return window.table.fontMetrics().horizontalAdvance(index.data()) + icon + 12


def test_a_due_date_set_by_hand_fits_its_column(window, ids):
    set_due(ids[FUTURE], dt.date(2030, 10, 1))
    window.list_flow.after_change({ids[FUTURE]})
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, Column.DUE)
        if index.data() and not index.data().startswith("\u2018"):  # dates, not phrases
            assert window.table.columnWidth(Column.DUE) >= cell_width(window, index)


def test_the_title_column_takes_the_spare_width_of_a_wide_window(window):
    table = window.table
    window.resize(1366, 768)
    QApplication.processEvents()
    narrow = table.columnWidth(Column.TITLE)
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert window.width() == 1920
    wide = table.columnWidth(Column.TITLE)
    assert wide > narrow
    others = sum(table.columnWidth(c) for c in Column if c != Column.TITLE)
    assert wide + others == table.viewport().width()  # the title has the rest
    assert wide == max(table.columnWidth(c) for c in Column)


def test_filter_lists_with_few_values_show_them_all_at_1366x768(qtbot, db, settings):
    ministries = ("OCW", "EZK", "BZK", "VWS")
    factions = ("VVD", "D66", "CDA", "PVV", "SGP")
    import_document(
        make_document(),
        [
            make_commitment(f"Brief {i}", None, faction=f, ministry=ministries[i % 4])
            for i, f in enumerate(factions)
        ],
    )
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    window.resize(1366, 768)
    QApplication.processEvents()
    panel = window.filter_panel
    for facet in (panel.ministry_list, panel.actor_list, panel.faction_list):
        count = facet.model().rowCount()
        assert 4 <= count <= 6
        last = facet.visualRect(facet.model().index(count - 1, 0))
        assert last.bottom() <= facet.viewport().height()  # all of them, no inner scrolling


def test_a_long_filter_value_is_elided_not_scrolled_out_of_sight(qtbot, db, settings):
    long_name = "Onderwijs, Cultuur en Wetenschap, Sport en Volksgezondheid en Klimaat"
    import_document(
        make_document(),
        [make_commitment(f"Brief {m}", None, ministry=m) for m in ("BZK", "KGG", long_name)],
    )
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    window.resize(1366, 768)
    QApplication.processEvents()
    facet = window.filter_panel.ministry_list
    assert not facet.horizontalScrollBar().isVisible()
    last = facet.visualRect(facet.model().index(facet.model().rowCount() - 1, 0))
    assert last.bottom() <= facet.viewport().height()  # the third value is in sight


def test_an_800x600_window_fits_and_breaks_no_word(window):
    assert window.minimumSizeHint().width() <= 800
    window.resize(800, 600)
    QApplication.processEvents()
    assert window.width() <= 800
    # The details wrap between words only: "Bewindspersoon" is never cut in two.
    assert window.detail.wordWrapMode() == QTextOption.WrapMode.WordWrap
    label_width = window.detail.fontMetrics().horizontalAdvance("Bewindspersoon Minister van")
    assert window.detail.width() >= label_width


def test_the_legend_of_the_signs_is_in_the_normal_text_colour(window):
    legend = window.findChild(QLabel, "legendLabel")
    assert legend.isEnabled()  # a disabled label is greyed out, too pale to read
    assert "te laat" in legend.text() and "termijn binnenkort" in legend.text()


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_fulfilled_rows_look_done_and_stay_readable(window, ids):
    mark(ids[FUTURE], "fulfilled")
    window.list_flow.after_change({ids[FUTURE]})
    titles = shown(window, Column.TITLE)
    done = window.proxy.index(titles.index(FUTURE), Column.TITLE)
    still_open = window.proxy.index(titles.index(UNDATED), Column.TITLE)
    status = window.proxy.index(titles.index(FUTURE), Column.STATUS)
    assert status.data().startswith("\u2713")  # not by colour alone
    colour = done.data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and still_open.data(Qt.ItemDataRole.ForegroundRole) is None
    text = window.table.palette().color(QPalette.ColorRole.Text)
    base = window.table.palette().color(QPalette.ColorRole.Base)
    assert colour.color() != text
    assert contrast(colour.color(), base) >= 4.5


def test_the_undo_button_keeps_a_short_label_with_the_change_as_tooltip(window, ids):
    toolbar = window.findChild(QToolBar, "mainToolBar")
    button = toolbar.widgetForAction(window.undo_action)
    width = button.sizeHint().width()
    select_title(window, UNDATED)
    window.confirm_action.trigger()
    assert button.text() == "Ongedaan maken"
    assert button.sizeHint().width() == width
    assert UNDATED[:40] in window.undo_action.toolTip()
    assert UNDATED[:40] in window.undo_action.text()  # the menu names the change


def test_a_later_change_replaces_the_status_bar_message(window, ids, monkeypatch):
    select_title(window, UNDATED)
    window.confirm_action.trigger()
    assert "Bevestigen" in window.statusBar().currentMessage()
    monkeypatch.setattr(EditDialog, "exec", lambda dialog: EditDialog.DialogCode.Accepted)
    monkeypatch.setattr(EditDialog, "changes", lambda dialog: {"ministry": "SZW"})
    window.edit_action.trigger()
    assert get_commitment(ids[UNDATED]).ministry == "SZW"
    assert "Bevestigen" not in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert "Bewerken" not in window.statusBar().currentMessage()


def test_an_empty_register_says_so_in_the_middle_of_the_list(qtbot, db, settings):
    window = open_window(qtbot, settings)
    QApplication.processEvents()
    hint = window.list_hint
    assert hint.isVisible() and "Importeer" in hint.text()
    assert hint.geometry() == window.table.viewport().rect()
    assert hint.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert "Importeer" not in window.detail.toPlainText()


def test_the_detail_pane_is_english_in_the_english_window(qtbot, db, settings, english, seed_path):
    from tracker.importing import import_file

    import_file(seed_path)
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    [row] = [r for r in list_commitments() if r.title == "Advies uitbrengen (Thea Koster)"]
    assert window.selection.select_id(row.id)
    text = window.detail.toPlainText()
    assert "Answer:" in text and "Antwoord" not in text
    assert "WHY IT WAS FOUND" in text
    assert "announced advice on \u2018zal daar ... over uitbrengen\u2019" in text
    assert "aangekondigd" not in text


def test_the_month_filter_names_its_month_in_english(qtbot, ids, settings, english):
    window = open_window(qtbot, settings)
    window.tabs_flow.set_month_filter(dt.date(2027, 3, 1))
    assert window.month_label.text() == "Due in March 2027"
