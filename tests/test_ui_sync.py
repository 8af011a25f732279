"""The window's side of keeping the register current: Bestand › Volgen…, Ophalen in the
background with progress, Stop and a report, and Ophalen at start once per N hours.

The core (`tracker.store.follows`, `tracker.opendata.sync`) is replaced by small fakes
built to the contract between core and window, so these tests speak only of the window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import threading
import types

import pytest
from factories import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolBar

from tracker.opendata.sync import DEFAULT_API, SyncProgress, SyncReport
from tracker.store.follows import Follow
from ui.sync_settings import (
    SYNC_API_KEY,
    SYNC_AT_START_KEY,
    SYNC_EVERY_HOURS_KEY,
    sync_due,
)

# -- fakes of the core, to the contract (its own data classes) ---------------------------


@pytest.fixture
def follows(monkeypatch):
    """A follow list in memory, with the core's refusals."""
    module = types.ModuleType("tracker.store.follows")
    module.FOLLOW_KINDS = ("dossier", "commissie", "ministerie", "soort")
    module.DEFAULT_SOORTEN = ("Antwoord schriftelijke vragen", "Brief regering")
    module.stored = []
    module.calls = []

    def list_follows():
        return list(module.stored)

    def add_follow(kind, value):
        module.calls.append(("add", kind, value))
        if kind not in module.FOLLOW_KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if not value.strip():
            raise ValueError("Geef een waarde op om te volgen.")
        follow = Follow(kind, value.strip())
        if follow not in module.stored:
            module.stored.append(follow)
        return follow

    def remove_follow(kind, value):
        module.calls.append(("remove", kind, value))
        follow = Follow(kind, value)
        if follow in module.stored:
            module.stored.remove(follow)
            return True
        return False

    module.list_follows = list_follows
    module.add_follow = add_follow
    module.remove_follow = remove_follow
    monkeypatch.setitem(sys.modules, "tracker.store.follows", module)
    return module


@pytest.fixture
def fake_sync(monkeypatch):
    """A sync that reports progress, then waits in its thread until the test lets it go;
    it stops early when asked (`cancelled()`), as the core does."""
    module = types.ModuleType("tracker.opendata.sync")
    module.DEFAULT_API = DEFAULT_API
    module.calls = []
    module.last = None
    module.reached = threading.Event()
    module.release = threading.Event()
    module.report = SyncReport(found=3, downloaded=3, imported=2, already=1, oral_added=4)

    def sync(api=module.DEFAULT_API, since=None, *, progress=None, cancelled=None, who=None):
        module.calls.append({"api": api, "who": who, "thread": threading.current_thread()})
        progress(SyncProgress("downloaden", 3, 1, 0, 0, 0))
        progress(SyncProgress("importeren", 3, 3, 2, 7, 4))
        module.reached.set()
        assert module.release.wait(20)
        if cancelled():
            return SyncReport(
                found=3, downloaded=3, imported=2, cancelled=True, stopped="gestopt op verzoek"
            )
        return module.report

    module.sync = sync
    module.last_sync = lambda: module.last
    monkeypatch.setitem(sys.modules, "tracker.opendata.sync", module)
    yield module
    module.release.set()


def finished(qtbot, window):
    qtbot.waitUntil(lambda: not window.sync_flow.running(), timeout=20000)
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=20000)
    return window.last_message_box


# -- Bestand › Volgen… ------------------------------------------------------------------


def test_the_follow_dialog_adds_and_removes_through_the_core(qtbot, db, follows):
    from ui.dialogs.follow_dialog import FollowDialog

    follows.stored.append(Follow("ministerie", "OCW"))
    dialog = FollowDialog()
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "OCW"
    # no Soort followed: the dialog says the default Soorten apply, and names them
    assert "Antwoord schriftelijke vragen" in dialog.default_note.text()

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("dossier"))
    dialog.value_combo.setEditText(" 32637 ")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert ("add", "dossier", "32637") in follows.calls
    assert [dialog.list.topLevelItem(i).text(1) for i in range(2)] == ["OCW", "32637"]
    assert dialog.list.topLevelItem(1).text(0) == "Dossier"

    # a Soort is offered from the default Soorten; following one ends the default
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("soort"))
    offered = [dialog.value_combo.itemText(i) for i in range(dialog.value_combo.count())]
    assert offered == ["Antwoord schriftelijke vragen", "Brief regering"]
    dialog.value_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert Follow("soort", "Brief regering") in follows.stored
    assert "standaardsoorten" not in dialog.default_note.text()

    dialog.list.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert ("remove", "ministerie", "OCW") in follows.calls
    assert Follow("ministerie", "OCW") not in follows.stored
    assert dialog.list.topLevelItemCount() == 2


def test_a_refused_follow_is_said_on_the_dialog(qtbot, db, follows):
    from ui.dialogs.follow_dialog import FollowDialog

    dialog = FollowDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("commissie"))
    dialog.value_combo.setEditText("   ")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Geef een waarde op om te volgen."
    assert follows.stored == []
    # the next good one clears the message
    dialog.value_combo.setEditText("OCW")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisible()


def test_the_file_menu_opens_the_follow_dialog(qtbot, db, settings, follows, monkeypatch):
    from ui.dialogs.follow_dialog import FollowDialog

    opened = []
    monkeypatch.setattr(FollowDialog, "exec", lambda self: opened.append(self) or 0)
    window = open_window(qtbot, settings)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.follow_action in file_menu.actions()
    window.follow_action.trigger()
    assert len(opened) == 1


# -- Ophalen ---------------------------------------------------------------------------


def test_ophalen_runs_in_the_background_with_progress_and_a_report(
    qtbot, db, settings, fake_sync, monkeypatch
):
    window = open_window(qtbot, settings)
    refreshed = []
    monkeypatch.setattr(window.list_flow, "refresh", lambda: refreshed.append(True))
    assert window.sync_action in window.findChild(QToolBar, "mainToolBar").actions()
    window.sync_action.trigger()
    assert fake_sync.reached.wait(20)
    # the sync runs in another thread while the window goes on handling events
    assert fake_sync.calls[0]["thread"] is not threading.main_thread()
    qtbot.waitUntil(
        lambda: (
            window.sync_flow.progress is not None
            and "geïmporteerd: 2" in window.sync_flow.progress.labelText()
        ),
        timeout=20000,
    )
    label = window.sync_flow.progress.labelText()
    assert "Gevonden: 3 · gedownload: 3 · geïmporteerd: 2" in label
    assert "7 toezeggingen gevonden, 4 mondeling" in label
    # a second Ophalen while one runs is refused: the action is off
    assert not window.sync_action.isEnabled()
    assert window.sync_flow.start() is False
    assert len(fake_sync.calls) == 1

    fake_sync.release.set()
    box = finished(qtbot, window)
    assert box.windowTitle() == "Ophalen voltooid"
    assert box.text().startswith("3 documenten gevonden, 3 gedownload, 2 geïmporteerd")
    assert "Mondelinge toezeggingen: 4 nieuw, 0 bijgewerkt." in box.text()
    assert refreshed
    assert window.sync_action.isEnabled()
    assert fake_sync.calls[0]["api"] == fake_sync.DEFAULT_API


def test_stop_sets_cancelled_and_the_report_says_why_it_stopped(qtbot, db, settings, fake_sync):
    window = open_window(qtbot, settings)
    window.sync_flow.start()
    assert fake_sync.reached.wait(20)
    qtbot.waitUntil(lambda: window.sync_flow.progress is not None, timeout=20000)
    stop = window.sync_flow.progress.findChild(QPushButton)
    assert stop.text() == "Stoppen"
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert window.sync_flow.job.cancelled
    fake_sync.release.set()
    box = finished(qtbot, window)
    assert box.windowTitle() == "Ophalen gestopt"
    assert "Voortijdig gestopt: gestopt op verzoek" in box.informativeText().splitlines()


def test_failures_are_listed_in_the_report(qtbot, db, settings, fake_sync):
    fake_sync.report = SyncReport(
        found=2,
        downloaded=1,
        imported=1,
        failed=[("kst-36100-5", "geen leesbare tekst")],
        stopped="de server antwoordde niet (HTTP 503)",
    )
    fake_sync.release.set()
    window = open_window(qtbot, settings)
    window.sync_flow.start()
    box = finished(qtbot, window)
    lines = box.informativeText().splitlines()
    assert "Voortijdig gestopt: de server antwoordde niet (HTTP 503)" in lines
    assert "kst-36100-5: geen leesbare tekst" in lines


def test_the_api_of_the_settings_is_used(qtbot, db, settings, fake_sync):
    settings.setValue(SYNC_API_KEY, "http://spiegel.example/OData/v4/2.0")
    fake_sync.release.set()
    window = open_window(qtbot, settings)
    window.sync_flow.start()
    finished(qtbot, window)
    assert fake_sync.calls[0]["api"] == "http://spiegel.example/OData/v4/2.0"


# -- at start ------------------------------------------------------------------------


def test_a_sync_is_due_after_n_hours_or_when_there_was_none():
    now = dt.datetime(2026, 3, 2, 9, 0)
    assert sync_due(None, 12, now)
    assert not sync_due(now - dt.timedelta(hours=11), 12, now)
    assert sync_due(now - dt.timedelta(hours=12), 12, now)


def test_at_start_syncs_only_when_on_and_due(qtbot, db, settings, fake_sync):
    fake_sync.release.set()
    fake_sync.last = dt.datetime.now() - dt.timedelta(hours=30)
    window = open_window(qtbot, settings)  # off by default
    assert window.sync_flow.start_if_due() is False
    settings.setValue(SYNC_AT_START_KEY, True)
    settings.setValue(SYNC_EVERY_HOURS_KEY, 48)
    assert window.sync_flow.start_if_due() is False  # 30 hours ago: not yet
    assert fake_sync.calls == []
    settings.setValue(SYNC_EVERY_HOURS_KEY, 24)
    assert window.sync_flow.start_if_due() is True
    finished(qtbot, window)
    assert len(fake_sync.calls) == 1


def test_a_window_opened_with_sync_at_start_syncs(qtbot, db, settings, fake_sync):
    fake_sync.release.set()
    settings.setValue(SYNC_AT_START_KEY, True)
    window = open_window(qtbot, settings)  # never synced before
    finished(qtbot, window)
    assert len(fake_sync.calls) == 1


# -- the settings ----------------------------------------------------------------------


def test_the_settings_turn_on_sync_at_start_and_set_the_api(qtbot, db, settings):
    from ui.settings_dialog import SettingsDialog
    from ui.sync_settings import sync_api, sync_at_start, sync_every_hours

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.sync_at_start_check.isChecked()  # off by default
    assert not dialog.sync_hours_spin.isEnabled()
    dialog.sync_at_start_check.setChecked(True)
    dialog.sync_hours_spin.setValue(6)
    dialog.sync_api_edit.setText("http://spiegel.example/OData/v4/2.0")
    dialog.accept()
    assert sync_at_start(settings) and sync_every_hours(settings) == 6
    assert sync_api(settings) == "http://spiegel.example/OData/v4/2.0"

    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.sync_at_start_check.isChecked() and again.sync_hours_spin.value() == 6
    again.sync_api_edit.setText("")  # empty: the House's own again
    again.accept()
    assert sync_api(settings) == "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"


def test_an_api_that_is_no_web_address_is_refused_on_the_dialog(qtbot, db, settings):
    from ui.settings_dialog import SettingsDialog
    from ui.sync_settings import sync_api

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sync_api_edit.setText("gegevensmagazijn.tweedekamer.nl")
    dialog.accept()
    assert dialog.isVisible()  # not closed
    assert dialog.sync_api_status.isVisible()
    assert "Geen webadres: gegevensmagazijn.tweedekamer.nl" in dialog.sync_api_status.text()
    assert sync_api(settings) == "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"


# -- oral commitments ------------------------------------------------------------------


def oral(row, **fields):
    """`row` as an oral commitment from the House's register (the contract's fields)."""
    values = {
        "kind": "mondeling",
        "house_number": "TZ202603-130",
        "house_status": "Openstaand",
        "debate": "Commissiedebat Onderwijsarbeidsmarkt, 12 maart 2026",
    }
    values.update(fields)
    return dataclasses.replace(row, **values)


def test_an_oral_commitment_shows_its_tz_number_and_the_houses_status(qtbot, db, seed_path):
    from tracker.importing import import_file
    from tracker.store.queries import get_commitment, list_commitments
    from ui.detail_pane import commitment_html
    from ui.models import Column, CommitmentTableModel

    import_file(seed_path)
    written, spoken = list_commitments()[:2]
    model = CommitmentTableModel()
    model.set_rows([written, oral(spoken)], dt.date(2026, 3, 20))
    text = lambda r, c: model.index(r, c).data()  # noqa: E731
    assert text(0, Column.DOCUMENT) == written.reference  # a written one as before
    assert text(1, Column.DOCUMENT) == "TZ202603-130 · mondeling"
    assert text(1, Column.STATUS) == "Open · Kamer: Openstaand"

    html = commitment_html(oral(get_commitment(spoken.id)), dt.date(2026, 3, 20))
    assert "TZ202603-130 (mondeling) &middot; Status bij de Kamer: <b>Openstaand</b>" in html
    assert "Commissiedebat Onderwijsarbeidsmarkt, 12 maart 2026" in html
    assert "mondeling" not in commitment_html(get_commitment(written.id), dt.date(2026, 3, 20))


def test_the_letter_the_house_names_as_fulfilment_is_shown(qtbot, db, seed_path):
    from tracker.importing import import_file
    from tracker.store.queries import get_commitment, list_commitments
    from ui.detail_pane import commitment_html

    import_file(seed_path)
    spoken = get_commitment(list_commitments()[0].id)
    html = commitment_html(
        oral(spoken, house_evidence="Kamerstuk 31288, nr. 1100"), dt.date(2026, 3, 20)
    )
    assert "De Kamer noemt als nakoming: Kamerstuk 31288, nr. 1100" in html
    assert "nakoming" not in commitment_html(oral(spoken), dt.date(2026, 3, 20))


def test_the_letter_the_house_names_is_shown_in_english(qtbot, db, seed_path, english):
    from tracker.importing import import_file
    from tracker.store.queries import get_commitment, list_commitments
    from ui.detail_pane import commitment_html

    import_file(seed_path)
    spoken = get_commitment(list_commitments()[0].id)
    html = commitment_html(oral(spoken, house_evidence="kst-31288-1100 <b>"), dt.date(2026, 3, 20))
    assert "The House names as fulfilment: kst-31288-1100 &lt;b&gt;" in html


def test_a_house_letter_suggestion_says_why_in_both_languages(qtbot, settings, qapp):
    from ui.dialogs.hints_dialog import reason_label
    from ui.i18n import install_translators

    row = types.SimpleNamespace(
        reason="house_letter", matched_reference="Kamerstuk 36450, nr. 6", matched_words=[]
    )
    assert reason_label(row) == "De Kamer noemt deze brief als nakoming (Kamerstuk 36450, nr. 6)"
    settings.setValue("ui/language", "en")
    try:
        install_translators(qapp, settings)
        assert reason_label(row) == (
            "The House names this letter as the fulfilment (Kamerstuk 36450, nr. 6)"
        )
    finally:
        settings.setValue("ui/language", "nl")
        install_translators(qapp, settings)


@pytest.fixture
def suggested(qtbot, db, settings, seed_path, monkeypatch):
    """A window whose first commitment is oral, with the House reporting "Voldaan"."""
    from tracker.importing import import_file
    from tracker.store import queries

    import_file(seed_path)
    calls = []

    def settle(name):
        def call(commitment_id, who):
            calls.append((name, commitment_id, who))
            return queries.get_commitment(commitment_id)

        return call

    monkeypatch.setattr(queries, "accept_house_status", settle("accept"), raising=False)
    monkeypatch.setattr(queries, "dismiss_house_status", settle("dismiss"), raising=False)
    real = queries.get_commitment

    def get_commitment(commitment_id):
        row = real(commitment_id)
        if any(call[1] == commitment_id for call in calls):
            return oral(row)  # accepted or dismissed: no suggestion any more
        return oral(row, house_status="Voldaan", house_status_suggestion="fulfilled")

    monkeypatch.setattr("ui.selection.get_commitment", get_commitment)
    settings.setValue("user/display_name", "J. de Vries")
    window = open_window(qtbot, settings)
    qtbot.waitUntil(lambda: window.proxy.rowCount() > 0, timeout=20000)
    window.selection.select_row(0)
    bar = window.house_bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    return window, calls, window.selection.selected_id()


def test_the_detail_pane_offers_the_houses_status_and_accepting_calls_the_core(
    qtbot, suggested, monkeypatch
):
    window, calls, chosen = suggested
    bar = window.house_bar
    assert bar.label.text() == "De Kamer meldt: Voldaan — overnemen?"
    changed = []
    real_after = window.list_flow.after_change
    monkeypatch.setattr(
        window.list_flow, "after_change", lambda ids, *a: changed.append(ids) or real_after(ids)
    )
    qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
    assert calls == [("accept", chosen, "J. de Vries")]
    assert changed == [{chosen}]  # the row is read again
    assert window.undo_stack.count() == 1  # undoable, like any other change
    assert not bar.isVisible()


def test_dismissing_the_houses_status_calls_dismiss(qtbot, suggested):
    window, calls, chosen = suggested
    qtbot.mouseClick(window.house_bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert calls == [("dismiss", chosen, "J. de Vries")]
    assert not window.house_bar.isVisible()


def test_the_house_status_in_its_own_words_says_what_it_becomes(qtbot):
    from tracker.store.rows import CommitmentRow
    from ui.house_status_bar import HouseStatusBar

    bar = HouseStatusBar()
    qtbot.addWidget(bar)
    row = CommitmentRow(
        id=1,
        title="t",
        due=None,
        due_text=None,
        due_precision=None,
        due_overridden=False,
        due_extracted=None,
        status="open",
        review_state="pending",
        ministry=None,
        actor=None,
        cue="",
        factions=[],
        reference="",
        quote="",
        kind="mondeling",
        house_number="TZ202603-130",
        house_status="Afgedaan",
        house_status_suggestion="fulfilled",
    )
    bar.show_for(row)
    assert not bar.isHidden()
    assert bar.label.text() == "De Kamer meldt: Afgedaan — overnemen als ‘Voldaan’?"
    bar.show_for(dataclasses.replace(row, house_status_suggestion=None))
    assert bar.isHidden()
