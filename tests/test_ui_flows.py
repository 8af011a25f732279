"""The window's flows (ui/flows/) work on their own, given a stand-in for the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from factories import make_commitment, make_document
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QWidget,
)

from tracker import clock
from tracker.store import queries
from ui.detail_pane import DetailPane
from ui.filter_panel import FilterPanel
from ui.flows import list_flow
from ui.flows.change_flow import ChangeFlow
from ui.flows.export_flow import ExportFlow
from ui.flows.import_flow import local_paths
from ui.flows.list_flow import ListFlow
from ui.flows.redate_flow import document_name, redatable
from ui.jobs_manager import JobsManager
from ui.models import Column, CommitmentFilterProxy, CommitmentTableModel
from ui.selection import Selection
from ui.window_state import DEFAULT_SIZE, WindowState

TODAY = clock.today()


def stand_in(qtbot, **attributes) -> QWidget:
    """A widget with only the attributes a flow asks of the window."""
    window = QWidget()
    qtbot.addWidget(window)
    for name, value in attributes.items():
        setattr(window, name, value)
    return window


def test_a_drop_gives_its_local_files_and_folders_only(qtbot, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "brief.pdf")), QUrl("https://example.org/x")])
    assert local_paths(mime) == [str(tmp_path / "brief.pdf")]
    assert local_paths(QMimeData()) == []
    assert local_paths(None) == []


def test_a_document_is_named_by_its_title_and_its_file():
    document = SimpleNamespace(path="/data/antwoord.txt", title="Antwoord op vragen", reference="")
    assert document_name(document) == "Antwoord op vragen (antwoord.txt)"
    assert document_name(SimpleNamespace(path="", title="", reference="2024D1")) == "2024D1"


def test_only_a_document_without_its_own_date_may_be_given_one():
    undated = SimpleNamespace(document_ids=[1], reference_date=None, reference_date_given=False)
    given = SimpleNamespace(document_ids=[1], reference_date=object(), reference_date_given=True)
    dated = SimpleNamespace(document_ids=[1], reference_date=object(), reference_date_given=False)
    assert redatable(undated) and redatable(given) and not redatable(dated)
    assert not redatable(SimpleNamespace(document_ids=[], reference_date=None))


def test_the_export_path_gets_the_suffix_of_the_chosen_type_and_is_remembered(
    qtbot, settings, monkeypatch, tmp_path
):
    flow = ExportFlow(stand_in(qtbot, settings=settings))
    csv_filter = flow.export_filters()[1][0]
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "lijst"), csv_filter)),
    )
    path = flow.ask_export_path("Exporteren", "toezeggingen.xlsx")
    assert path == str(tmp_path / "lijst.csv")
    assert Path(settings.value("export/directory")) == tmp_path


def test_the_undo_text_names_one_row_by_title_and_more_by_number(qtbot):
    flow = ChangeFlow(stand_in(qtbot))
    short = SimpleNamespace(title="Brief over de wachttijden")
    long = SimpleNamespace(title="De Kamer voor de zomer informeren over " + "x" * 40)
    assert flow.change_text([short], "Afwijzen: ‘%2’", "%1 afwijzen") == (
        "Afwijzen: ‘Brief over de wachttijden’"
    )
    assert flow.change_text([long], "‘%2’", "")[-2:] == "\u2026’"
    assert flow.change_text([short, long], "‘%2’", "%1 toezeggingen afwijzen") == (
        "2 toezeggingen afwijzen"
    )


def list_stand_in(qtbot) -> QWidget:
    """A stand-in window with the widgets the list flow and the selection work on: the
    model and proxy, the table, the filters, the count and the detail pane (all its
    children, so they go when it goes)."""
    errors: list[str] = []
    window = stand_in(
        qtbot,
        document_view=None,
        hints=SimpleNamespace(update_count=lambda: None),
        tabs_flow=SimpleNamespace(overview_dirty=False, refresh_overview_if_shown=lambda: None),
        window_actions=SimpleNamespace(enable_for_selection=lambda count, row: None),
        window_state=SimpleNamespace(header_restored=False),
        show_error=lambda message, details="", **kwargs: errors.append(message),
        errors=errors,
    )
    window.model = CommitmentTableModel(window)
    window.proxy = CommitmentFilterProxy(window)
    window.proxy.setSourceModel(window.model)
    window.proxy.sort(Column.TITLE)
    window.table = QTableView(window)
    window.table.setModel(window.proxy)
    window.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    window.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    window.detail = DetailPane(window)
    window.filter_panel = FilterPanel(window)
    window.count_label = QLabel(window)
    window.list_hint = QLabel(window)
    window.jobs = JobsManager(window)
    window.jobs_running = window.jobs.running
    window.selection = Selection(window)
    window.list_flow = ListFlow(window)
    return window


def register(*titles: str, document: str = "abc") -> dict[str, int]:
    """Commitments with these titles, due in the coming weeks, from one document (named
    by its content hash); title -> id."""
    queries.import_document(
        make_document(content_hash=document),
        [make_commitment(t, TODAY + dt.timedelta(days=7 + n)) for n, t in enumerate(titles)],
    )
    return {row.title: row.id for row in queries.list_commitments()}


def test_the_list_flow_loads_the_register_into_the_list_and_counts_it(qtbot, db):
    register("Brief over de wachttijden", "Evaluatie van de wet", "Onderzoek naar de kosten")
    window = list_stand_in(qtbot)
    window.list_flow.refresh()
    assert window.model.rowCount() == 3
    assert window.count_label.text() == "3 van 3 toezeggingen"
    assert window.errors == []


def test_after_a_refresh_the_same_commitments_stay_selected(qtbot, db):
    ids = register("Brief over de wachttijden", "Evaluatie van de wet", "Onderzoek naar de kosten")
    window = list_stand_in(qtbot)
    window.list_flow.refresh()
    chosen = [ids["Evaluatie van de wet"], ids["Onderzoek naar de kosten"]]
    window.selection.select_ids(chosen)
    # Someone adds a commitment that sorts above the chosen ones, then the list reloads.
    register("Antwoord aan de Kamer", document="def")
    window.list_flow.refresh()
    assert window.model.rowCount() == 4
    assert sorted(window.selection.selected_ids()) == sorted(chosen)
    assert window.selection.selected_id() == ids["Evaluatie van de wet"]
    assert window.detail.commitment_id == ids["Evaluatie van de wet"]


def test_a_change_shows_row_by_row_and_a_deleted_row_leaves_the_list(qtbot, db):
    ids = register("Brief over de wachttijden", "Evaluatie van de wet")
    window = list_stand_in(qtbot)
    window.list_flow.refresh()
    gone = ids["Brief over de wachttijden"]
    queries.delete_commitments([gone])
    window.list_flow.after_change({gone})
    assert window.model.row_for_id(gone) is None
    assert window.count_label.text() == "1 van 1 toezeggingen"
    assert not window.selection.select_id(gone)


def test_a_large_register_loads_in_the_background_and_says_so(qtbot, db, monkeypatch):
    register("Brief over de wachttijden", "Evaluatie van de wet")
    monkeypatch.setattr(list_flow, "LOAD_IN_BACKGROUND_ABOVE", 0)
    window = list_stand_in(qtbot)
    window.list_flow.refresh()
    assert window.count_label.text() == "Laden\u2026"
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=5000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert window.count_label.text() == "2 van 2 toezeggingen"


def test_with_nothing_selected_the_list_says_what_to_do(qtbot, db):
    window = list_stand_in(qtbot)
    window.list_flow.refresh()
    assert window.model.rowCount() == 0
    assert window.selection.selected_commitment() is None
    assert window.detail.commitment_id is None
    assert "Importeer" in window.list_hint.text()


def state_stand_in(qtbot) -> QMainWindow:
    """A main window with what its saved state covers: the split, the list, the filters."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.splitter = QSplitter()
    window.splitter.addWidget(QLabel("lijst"))
    window.splitter.addWidget(QLabel("details"))
    window.setCentralWidget(window.splitter)
    window.proxy = CommitmentFilterProxy(window)
    window.proxy.setSourceModel(CommitmentTableModel(window.proxy))
    window.table = QTableView(window)
    window.table.setModel(window.proxy)
    window.filter_panel = FilterPanel(window)
    return window


def test_the_hidden_columns_and_the_size_come_back_in_the_next_session(qtbot, settings):
    first = state_stand_in(qtbot)
    WindowState(first, settings).restore()
    first.resize(640, 480)
    first.table.setColumnHidden(Column.ACTOR, True)
    WindowState(first, settings).save()

    second = state_stand_in(qtbot)
    WindowState(second, settings).restore()
    assert second.table.isColumnHidden(Column.ACTOR)
    assert not second.table.isColumnHidden(Column.MINISTRY)
    assert (second.width(), second.height()) == (640, 480)


def test_without_remembering_the_window_opens_at_its_size_on_today(qtbot, settings):
    window = state_stand_in(qtbot)
    window.table.setColumnHidden(Column.ACTOR, True)
    state = WindowState(window, settings, remember=False)
    state.restore()
    assert (window.width(), window.height()) == DEFAULT_SIZE
    assert window.filter_panel.today_button.isChecked()
    state.save()
    assert settings.value("mainWindow/tableHeader") is None
