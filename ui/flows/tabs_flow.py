"""The overview and document tabs: computing the overview when it shows, its clicks that
filter the list (a ministry, a month), and showing a commitment's source document."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import peewee as pw
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices

from tracker.store import queries as store
from tracker.store.models import OPEN_STATUSES
from tracker.store.queries import StoreError, get_commitment
from ui.models import Role

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Marked for lupdate: the month filter says its month in the window's language.
MONTHS = (
    QT_TRANSLATE_NOOP("TabsFlow", "januari"),
    QT_TRANSLATE_NOOP("TabsFlow", "februari"),
    QT_TRANSLATE_NOOP("TabsFlow", "maart"),
    QT_TRANSLATE_NOOP("TabsFlow", "april"),
    QT_TRANSLATE_NOOP("TabsFlow", "mei"),
    QT_TRANSLATE_NOOP("TabsFlow", "juni"),
    QT_TRANSLATE_NOOP("TabsFlow", "juli"),
    QT_TRANSLATE_NOOP("TabsFlow", "augustus"),
    QT_TRANSLATE_NOOP("TabsFlow", "september"),
    QT_TRANSLATE_NOOP("TabsFlow", "oktober"),
    QT_TRANSLATE_NOOP("TabsFlow", "november"),
    QT_TRANSLATE_NOOP("TabsFlow", "december"),
)


class TabsFlow(QObject):
    """What the overview and document tabs do, and how they lead back to the list."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.overview_dirty = True  # the overview is computed again when it shows
        self.month_filter: dt.date | None = None
        self.tab_index: dict[str, int] = {}  # "list", "overview", "document" -> tab

    def show_tab(self, name: str) -> None:
        if name in self.tab_index:
            self.window.tabs.setCurrentIndex(self.tab_index[name])

    def on_tab_changed(self) -> None:
        self.refresh_overview_if_shown()
        self.show_document_if_shown()

    def refresh_overview_if_shown(self) -> None:
        """The overview is computed when it is visible, and again after a change."""
        if self.window.overview_view is None or not self.overview_dirty:
            return
        if self.window.tabs.currentWidget() is not self.window.overview_view:
            return
        try:
            overview = store.overview(self.window.model.as_of)
        except (StoreError, pw.PeeweeException) as exc:
            self.window.show_error(self.tr("Het overzicht kon niet worden berekend."), str(exc))
            return
        self.overview_dirty = False
        self.window.overview_view.refresh(overview)

    def on_overview_ministry(self, ministry: str, kind: str) -> None:
        self.set_month_filter(None, apply=False)
        self.window.filter_panel.set_ministry(ministry, kind)
        self.show_tab("list")

    def on_overview_month(self, first_day: dt.date) -> None:
        panel = self.window.filter_panel
        panel._set_quietly(lambda: panel._clear(keep_text=False))
        panel._set_quietly(lambda: [panel.status_checks[s].setChecked(True) for s in OPEN_STATUSES])
        self.set_month_filter(first_day)
        self.show_tab("list")

    def set_month_filter(self, first_day: dt.date | None, apply: bool = True) -> None:
        """Show only commitments due in the month of `first_day` (None: all months).

        The store's Filter has no date range, so this one filter works on the loaded
        rows; it is shown above the list with a button to clear it.
        """
        self.month_filter = first_day
        if first_day is None:
            ids = None
            self.window.month_label.hide()
            self.window.month_clear.hide()
        else:
            ids = set()
            for position in range(self.window.model.rowCount()):
                row = self.window.model.commitment(position)
                if row.due and (row.due.year, row.due.month) == (first_day.year, first_day.month):
                    ids.add(row.id)
            month = QCoreApplication.translate("TabsFlow", MONTHS[first_day.month - 1])
            self.window.month_label.setText(
                self.tr("Termijn in %1").replace("%1", f"{month} {first_day.year}")
            )
            self.window.month_label.show()
            self.window.month_clear.show()
        self.window.proxy.set_allowed("month", ids)
        if apply:
            selection = self.window.selection
            self.window.list_flow.apply_filter(selection.selected_ids(), selection.selected_id())

    def open_publication(self) -> None:
        """The selected commitment's document on officielebekendmakingen.nl."""
        row = self.window.selection.selected_commitment()
        if row and row.url:
            QDesktopServices.openUrl(QUrl(row.url))

    def show_document_of_selected(self) -> None:
        """Open the selected commitment's document with all its commitments highlighted."""
        row = self.window.selection.selected_commitment()
        if row is None or self.window.document_view is None:
            return
        if self._show_document_of(row):
            self.show_tab("document")

    def show_document_if_shown(self) -> None:
        """The document tab opened directly: show the selected (else the current, else
        the first) commitment's document at once, or say why there is none."""
        window = self.window
        view = window.document_view
        if view is None or window.tabs.currentWidget() is not view:
            return
        row = window.selection.selected_commitment()
        if row is None:
            index = window.table.currentIndex()
            if not index.isValid() and window.proxy.rowCount() > 0:
                index = window.proxy.index(0, 0)
            row = index.siblingAtColumn(0).data(Role.ROW) if index.isValid() else None
        if row is None:
            if window.model.rowCount() == 0:
                view.show_hint(
                    self.tr(
                        "Nog geen toezeggingen, dus nog geen document. Importeer schriftelijke "
                        "antwoorden met Bestand › Importeren… (Ctrl+I)."
                    )
                )
            else:
                view.show_hint(self.tr("Geen toezeggingen bij deze filters."))
            return
        if view.current_commitment == row.id and view.document_id is not None:
            return  # already showing it
        self._show_document_of(row)

    def _show_document_of(self, row) -> bool:
        """Show the document `row` comes from, scrolled to `row`'s highlight."""
        document_ids = list(getattr(row, "document_ids", None) or [])
        if not document_ids:
            try:
                document_ids = [s.document_id for s in get_commitment(row.id).sources]
            except StoreError:
                document_ids = []
        if not document_ids:
            self.window.statusBar().showMessage(self.tr("Deze toezegging heeft geen brondocument."))
            return False
        view = self.window.document_view
        if view.document_id != document_ids[0] and not self.show_document(document_ids[0]):
            return False
        view.highlight_commitment(row.id)
        return True

    def show_document(self, document_id: int) -> bool:
        if self.window.document_view is None:
            return False
        try:
            text = store.get_document_text(document_id)
        except (StoreError, pw.PeeweeException) as exc:
            self.window.show_error(self.tr("Het document kon niet worden gelezen."), str(exc))
            return False
        self.window.document_view.show_document(text)
        return True

    def reload_document_view(self) -> None:
        view = self.window.document_view
        current = view.current_commitment
        try:
            text = store.get_document_text(view.document_id)
        except StoreError:
            view.clear()
            return
        view.show_document(text)
        if current is not None:
            view.highlight_commitment(current)

    def on_document_commitment(self, commitment_id: int) -> None:
        """A click on a highlight in the document: show that commitment's details."""
        if not self.window.selection.select_id(commitment_id):
            self.window.selection.show_detail(commitment_id)
