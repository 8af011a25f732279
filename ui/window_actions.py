"""The main window's actions, menus and toolbar: built here, connected to the flows in
ui/flows/ that do the work, and enabled to suit the selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from tracker.store import roles
from tracker.store.queries import CommitmentRow
from ui.dialogs import restore_dialog
from ui.flows.redate_flow import redatable
from ui.plain_text import plain

try:
    from ui.settings_dialog import SettingsDialog
except ImportError:  # pragma: no cover - only while the module does not exist
    SettingsDialog = None  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WindowActions(QObject):
    """Creates the window's actions (as attributes of the window, where the menus, the
    context menu and the tests find them) and lays them out in menus and a toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def action(
        self,
        text: str,
        slot: Callable,
        *,
        shortcut: QKeySequence | str | None = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
        enabled: bool = True,
    ) -> QAction:
        w = self.window
        action = QAction(text, w)
        if icon is not None:
            action.setIcon(w.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        return action

    def create_actions(self) -> None:
        w = self.window
        sp = QStyle.StandardPixmap
        w.import_action = self.action(
            self.tr("&Importeren…"),
            w.import_flow.import_files,
            shortcut="Ctrl+I",
            tip=self.tr(
                "Schriftelijke antwoorden importeren (tekst, Word, HTML, PDF, XML); bestanden of "
                "mappen kunnen "
                "ook op het venster worden gesleept"
            ),
            icon=sp.SP_DialogOpenButton,
        )
        w.sync_action = self.action(
            self.tr("&Ophalen"),
            w.sync_flow.start,
            shortcut="Ctrl+Shift+O",
            tip=self.tr(
                "Nieuwe antwoorden en mondelinge toezeggingen ophalen uit de open data van de "
                "Tweede Kamer, voor wat u volgt"
            ),
            icon=sp.SP_ArrowDown,
        )
        w.follow_action = self.action(
            self.tr("Vo&lgen…"),
            w.sync_flow.open_follows,
            tip=self.tr("Kiezen welke dossiers, commissies, ministeries en soorten u volgt"),
        )
        w.redate_action = self.action(
            self.tr("Datum van document &opgeven…"),
            w.redate_flow.redate_selected_document,
            tip=self.tr(
                "De datum van de antwoorden opgeven voor het document van de gekozen "
                "toezegging, als het document er zelf geen noemt: termijnen als ‘binnen drie "
                "maanden’ tellen dan vanaf die dag"
            ),
            enabled=False,
        )
        w.export_action = self.action(
            self.tr("Te laat &exporteren…"),
            w.export_flow.export_overdue,
            shortcut="Ctrl+E",
            tip=self.tr(
                "Alle toezeggingen die vandaag te laat zijn exporteren (Excel, CSV of agenda)"
            ),
            icon=sp.SP_DialogSaveButton,
        )
        w.export_view_action = self.action(
            self.tr("&Huidige weergave exporteren…"),
            w.export_flow.export_view,
            shortcut="Ctrl+Shift+E",
            tip=self.tr("De toezeggingen die de lijst nu toont exporteren (Excel, CSV of agenda)"),
        )
        w.settings_action = self.action(
            self.tr("&Instellingen…"),
            w.app_flow.open_settings,
            shortcut=QKeySequence.StandardKey.Preferences,
            tip=self.tr("Taal, naam in de geschiedenis en het aantal dagen voor ‘Binnen’"),
        )
        w.settings_action.setEnabled(SettingsDialog is not None)
        w.restore_action = self.action(
            self.tr("&Herstellen uit back-up…"),
            w.app_flow.restore_from_backup,
            tip=self.tr("De database vervangen door een back-up; de huidige wordt eerst bewaard"),
            # Looked up when called, so that a test can stand in for it.
            enabled=restore_dialog.current_database_file() is not None,
        )
        w.quit_action = self.action(self.tr("&Afsluiten"), w.close, shortcut="Ctrl+Q")

        # Own actions rather than createUndoAction(), for the Dutch "Ongedaan maken: …".
        w.undo_action = self.action(
            self.tr("Ongedaan maken"),
            w.undo_stack.undo,
            shortcut=QKeySequence("Ctrl+Z"),
            tip=self.tr("De laatste wijziging ongedaan maken"),
            icon=sp.SP_ArrowBack,
            enabled=False,
        )
        w.redo_action = self.action(
            self.tr("Opnieuw"),
            w.undo_stack.redo,
            tip=self.tr("De ongedaan gemaakte wijziging opnieuw doen"),
            icon=sp.SP_ArrowForward,
            enabled=False,
        )
        w.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        w.undo_stack.canUndoChanged.connect(w.undo_action.setEnabled)
        w.undo_stack.canRedoChanged.connect(w.redo_action.setEnabled)
        w.undo_stack.undoTextChanged.connect(
            lambda text: self.name_undo(w.undo_action, self.tr("Ongedaan maken"), text)
        )
        w.undo_stack.redoTextChanged.connect(
            lambda text: self.name_undo(w.redo_action, self.tr("Opnieuw"), text)
        )

        w.mark_action = self.action(
            self.tr("&Markeren…"),
            w.change_flow.mark_selected,
            shortcut="Ctrl+M",
            tip=self.tr(
                "De status van de gekozen toezeggingen wijzigen (voldaan, deels voldaan, "
                "vervallen of heropenen), met datum, toelichting en bewijs"
            ),
            icon=sp.SP_DialogApplyButton,
            enabled=False,
        )
        w.confirm_action = self.action(
            self.tr("&Bevestigen"),
            lambda: w.change_flow.review_selected("confirmed"),
            shortcut="Ctrl+Shift+B",
            tip=self.tr("Bevestigen dat de gekozen toezeggingen echte toezeggingen zijn"),
            enabled=False,
        )
        w.reject_action = self.action(
            self.tr("A&fwijzen"),
            lambda: w.change_flow.review_selected("rejected"),
            shortcut="Ctrl+Shift+X",
            tip=self.tr(
                "De gekozen vondsten afwijzen: geen toezegging. Ze blijven bewaard maar "
                "verdwijnen uit de lijst"
            ),
            enabled=False,
        )
        w.edit_action = self.action(
            self.tr("Be&werken…"),
            w.change_flow.edit_selected,
            shortcut="F2",
            tip=self.tr("Titel, termijn, ministerie en bewindspersoon aanpassen"),
            enabled=False,
        )
        w.due_action = self.action(
            self.tr("&Termijn aanpassen…"),
            w.change_flow.change_due_selected,
            shortcut="Ctrl+D",
            tip=self.tr(
                "De uiterste datum met de hand corrigeren; de termijn uit de tekst blijft staan"
            ),
            enabled=False,
        )
        w.merge_action = self.action(
            self.tr("&Samenvoegen…"),
            w.change_flow.merge_selected,
            shortcut="Ctrl+Shift+M",
            tip=self.tr("Twee gekozen toezeggingen samenvoegen tot één, met beide bronnen"),
            enabled=False,
        )
        w.delete_action = self.action(
            self.tr("&Verwijderen…"),
            w.change_flow.delete_selected,
            shortcut=QKeySequence.StandardKey.Delete,
            tip=self.tr("De gekozen toezeggingen verwijderen (na bevestiging; ongedaan te maken)"),
            icon=sp.SP_TrashIcon,
            enabled=False,
        )
        w.show_document_action = self.action(
            self.tr("&Document tonen"),
            w.tabs_flow.show_document_of_selected,
            shortcut="Ctrl+Shift+D",
            tip=self.tr("Het brondocument tonen met alle toezeggingen erin gemarkeerd"),
            enabled=False,
        )
        w.open_publication_action = self.action(
            self.tr("&Publicatie openen"),
            w.tabs_flow.open_publication,
            tip=self.tr("Het brondocument openen op officielebekendmakingen.nl"),
            enabled=False,
        )

        w.today_action = self.action(
            self.tr("&Vandaag"),
            lambda: w.filter_panel.show_today(),
            shortcut="Ctrl+Shift+T",
            tip=self.tr("Open toezeggingen die te laat zijn of binnenkort verlopen"),
        )
        w.show_all_action = self.action(
            self.tr("&Alles tonen"),
            lambda: w.filter_panel.show_all(),
            shortcut="Ctrl+Shift+A",
            tip=self.tr("Alle filters en de zoekterm wissen"),
        )
        w.search_action = self.action(
            self.tr("&Zoeken"), w.pane_focus.focus_search, shortcut="Ctrl+F"
        )
        w.refresh_action = self.action(
            self.tr("&Vernieuwen"),
            w.list_flow.refresh,
            shortcut=QKeySequence.StandardKey.Refresh,
            icon=sp.SP_BrowserReload,
        )
        w.list_tab_action = self.action(
            self.tr("&Lijst"), lambda: w.tabs_flow.show_tab("list"), shortcut="Ctrl+1"
        )
        w.overview_tab_action = self.action(
            self.tr("&Overzicht"), lambda: w.tabs_flow.show_tab("overview"), shortcut="Ctrl+2"
        )
        w.document_tab_action = self.action(
            self.tr("&Document"), lambda: w.tabs_flow.show_tab("document"), shortcut="Ctrl+3"
        )
        w.about_action = self.action(self.tr("&Over Toezeggingen"), w.app_flow.show_about)

    @staticmethod
    def name_undo(action: QAction, verb: str, text: str) -> None:
        """The menu names what is undone; the toolbar button keeps its short label (its
        icon text), with the full text as its tooltip, so it does not grow with a title."""
        label = f"{verb}: {text}" if text else verb
        action.setText(label)
        action.setIconText(verb)
        action.setToolTip(plain(label))  # the text is a commitment's title

    def create_menus_and_toolbar(self) -> None:
        w = self.window
        menu_bar = w.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&Bestand"))
        file_menu.addAction(w.import_action)
        file_menu.addAction(w.redate_action)
        file_menu.addSeparator()
        file_menu.addAction(w.sync_action)
        file_menu.addAction(w.follow_action)
        file_menu.addSeparator()
        file_menu.addAction(w.export_action)
        file_menu.addAction(w.export_view_action)
        file_menu.addSeparator()
        file_menu.addAction(w.settings_action)
        file_menu.addAction(w.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(w.quit_action)

        edit_menu = menu_bar.addMenu(self.tr("Be&werken"))
        edit_menu.addAction(w.undo_action)
        edit_menu.addAction(w.redo_action)

        commitment_menu = menu_bar.addMenu(self.tr("&Toezegging"))
        for action in self.commitment_actions():
            if action is None:
                commitment_menu.addSeparator()
            else:
                commitment_menu.addAction(action)
        commitment_menu.addSeparator()
        commitment_menu.addAction(w.hints.action)

        view_menu = menu_bar.addMenu(self.tr("Beel&d"))
        view_menu.addAction(w.today_action)
        view_menu.addAction(w.show_all_action)
        view_menu.addAction(w.search_action)
        view_menu.addSeparator()
        view_menu.addAction(w.list_tab_action)
        view_menu.addAction(w.overview_tab_action)
        view_menu.addAction(w.document_tab_action)
        view_menu.addSeparator()
        view_menu.addAction(w.filter_dock.toggleViewAction())
        view_menu.addAction(w.refresh_action)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(w.about_action)

        toolbar = QToolBar(self.tr("Werkbalk"), self.window)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(w.import_action)
        toolbar.addAction(w.sync_action)
        toolbar.addSeparator()
        toolbar.addAction(w.mark_action)
        toolbar.addAction(w.confirm_action)
        toolbar.addAction(w.reject_action)
        toolbar.addSeparator()
        toolbar.addAction(w.undo_action)
        toolbar.addAction(w.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(w.export_action)
        w.addToolBar(toolbar)

    def commitment_actions(self) -> list[QAction | None]:
        w = self.window
        return [
            w.mark_action,
            w.confirm_action,
            w.reject_action,
            None,
            w.edit_action,
            w.due_action,
            w.merge_action,
            w.delete_action,
            None,
            w.show_document_action,
            w.open_publication_action,
            w.redate_action,
        ]

    def enable_for_selection(self, count: int, row: CommitmentRow | None) -> None:
        """Enable what applies to the `count` selected rows (`row` the current one) and
        what the login's role allows (`apply_permissions`)."""
        w = self.window
        may_change, may_delete = w.permissions.may_change, w.permissions.may_delete
        for action in (w.mark_action, w.confirm_action, w.reject_action):
            action.setEnabled(count >= 1 and may_change)
        w.delete_action.setEnabled(count >= 1 and may_delete)
        for action in (w.edit_action, w.due_action):
            action.setEnabled(count == 1 and may_change)
        w.show_document_action.setEnabled(
            count == 1 and w.document_view is not None and row is not None
        )
        w.merge_action.setEnabled(count == 2 and may_delete)
        w.open_publication_action.setEnabled(count == 1 and bool(row and row.url))
        w.redate_action.setEnabled(count == 1 and row is not None and redatable(row) and may_change)

    def change_actions(self) -> list[QAction]:
        """The actions that change the register (a medewerker's work)."""
        w = self.window
        return [
            w.import_action,
            w.sync_action,
            w.follow_action,
            w.redate_action,
            w.mark_action,
            w.confirm_action,
            w.reject_action,
            w.edit_action,
            w.due_action,
            w.hints.action,
        ]

    def delete_actions(self) -> list[QAction]:
        """The actions that delete or merge (a beheerder's work)."""
        return [self.window.delete_action, self.window.merge_action]

    def refusal(self, action: str) -> str:
        """Why the login may not do `action`, for a tooltip or the status bar."""
        granted = self.window.permissions
        return (
            self.tr("Uw login %1 (%2) mag dit niet: daarvoor is de rol %3 nodig")
            .replace("%1", granted.login)
            .replace("%2", granted.role or self.tr("geen rol van de tracker"))
            .replace("%3", roles.NEEDED_ROLE[action])
        )

    def apply_permissions(self) -> None:
        """What the login's role may not do (tracker/store/roles.py) stays disabled, its
        tooltip saying why; the status bar names the login and its role. SQLite and a
        server without roles allow everything, as before."""
        w = self.window
        granted = w.permissions
        for action, allowed, which in (
            *((a, granted.may_change, roles.CHANGE) for a in self.change_actions()),
            *((a, granted.may_delete, roles.DELETE) for a in self.delete_actions()),
        ):
            if not allowed:
                action.setEnabled(False)
                action.setToolTip(self.refusal(which))
                action.setStatusTip(self.refusal(which))
        if not granted.may_change:
            for button in (w.house_bar.accept_button, w.house_bar.dismiss_button):
                button.setEnabled(False)
                button.setToolTip(self.refusal(roles.CHANGE))
        if granted.role:
            w.role_label.setText(
                self.tr("Ingelogd als %1 (%2)")
                .replace("%1", granted.login)
                .replace("%2", granted.role)
            )
            w.role_label.setToolTip(self.role_tip(granted.role))

    def role_tip(self, role: str) -> str:
        """What a role may do, in a sentence."""
        return {
            roles.READER: self.tr("lezer: lezen en exporteren, niets wijzigen"),
            roles.STAFF: self.tr(
                "medewerker: markeren, beoordelen, bewerken en importeren; verwijderen en "
                "samenvoegen mag alleen een beheerder"
            ),
            roles.ADMIN: self.tr(
                "beheerder: alles, ook verwijderen, samenvoegen en het register bijwerken"
            ),
        }[role]
