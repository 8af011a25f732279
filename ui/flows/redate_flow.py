"""Giving a document that states no date of its own one: ask it (after an import or from
the menu), one dialog after another, and read the due dates again off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox

from tracker.importing import FileResult
from tracker.store import queries as store
from tracker.store.queries import CommitmentRow, DocumentRow, StoreError
from ui.dialogs.reference_date_dialog import ReferenceDateDialog
from ui.labels import counted, format_date
from ui.workers import RedateJob

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Up to this many documents without a date are asked for theirs after an import, one
# after another; more (a folder of home-made texts) are named in the report instead.
ASK_DATES_UP_TO = 5


def redatable(row: CommitmentRow) -> bool:
    """Whether the document of `row` may be given a date: it states none of its own."""
    return bool(row.document_ids) and (row.reference_date is None or row.reference_date_given)


def document_name(document: DocumentRow) -> str:
    """A document as staff know it: its title (or reference), and its file."""
    name = Path(document.path).name if document.path else ""
    title = document.title or document.reference
    if title and name and title != name:
        return f"{title} ({name})"
    return title or name


class RedateFlow(QObject):
    """Asks the date of undated documents and re-dates them in the window's thread pool."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Documents without a date, asked for one after another (see ask_reference_dates),
        # the dialog asking now, and the documents being given their date by a job.
        self._date_queue: list[DocumentRow] = []
        self._date_total = 0
        self.reference_date_dialog: ReferenceDateDialog | None = None
        self._undated_after_import: list[int] = []
        self._redating: dict[int, tuple[str, dt.date]] = {}

    def ask_dates_when_closed(self, box: QMessageBox, document_ids: list[int]) -> None:
        """Ask the dates of `document_ids` once the import report `box` is read."""
        self._undated_after_import = list(dict.fromkeys(document_ids))
        box.finished.connect(self.ask_dates_after_import)

    @Slot()
    def ask_dates_after_import(self) -> None:
        ids, self._undated_after_import = self._undated_after_import, []
        documents = []
        for document_id in ids:
            try:
                documents.append(store.get_document(document_id))
            except (StoreError, pw.PeeweeException):
                continue  # deleted meanwhile
        self.ask_reference_dates([d for d in documents if not d.dates_itself])

    def redate_selected_document(self) -> None:
        """Ask the date of the answers of the selected commitment's document."""
        window = self.window
        row = window.selection.selected_commitment()
        if row is None or not row.document_ids:
            return
        try:
            document = store.get_document(row.document_ids[0])
        except (StoreError, pw.PeeweeException) as exc:
            window.show_error(self.tr("Het document kon niet worden gelezen."), str(exc))
            return
        if document.dates_itself:
            window.show_message(
                QMessageBox.Icon.Information,
                self.tr("Datum van de antwoorden"),
                self.tr(
                    "Het document noemt zelf de datum van de antwoorden (%1); de termijnen "
                    "tellen vanaf die dag."
                ).replace("%1", format_date(document.answer_date)),
            )
            return
        self.ask_reference_dates([document])

    def ask_reference_dates(self, documents: list[DocumentRow]) -> None:
        """Ask the date of each document, one dialog after another (not blocking the
        window); each date given re-dates its document in the thread pool."""
        if not documents:
            return
        self._date_queue += documents
        self._date_total += len(documents)
        if self.reference_date_dialog is None:
            self.ask_next_reference_date()

    @Slot()
    def ask_next_reference_date(self) -> None:
        if not self._date_queue:
            self.reference_date_dialog = None
            self._date_total = 0
            return
        document = self._date_queue.pop(0)
        number = self._date_total - len(self._date_queue)
        position = ""
        if self._date_total > 1:
            position = (
                self.tr("%1 van %2").replace("%1", str(number)).replace("%2", str(self._date_total))
            )
        dialog = ReferenceDateDialog(
            document_name(document),
            given_before=document.answer_date if document.answer_date_given else None,
            imported_on=document.imported_at.date() if document.imported_at else None,
            position=position,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.document = document
        dialog.accepted.connect(self.on_reference_date_given)
        dialog.finished.connect(self.ask_next_reference_date)
        self.reference_date_dialog = dialog
        dialog.open()

    @Slot()
    def on_reference_date_given(self) -> None:
        dialog = self.sender()
        if not isinstance(dialog, ReferenceDateDialog):
            return
        self.redate_document(dialog.document, dialog.date)

    def redate_document(self, document: DocumentRow, reference_date: dt.date) -> None:
        """Read the due dates of `document` again from `reference_date`, in the pool."""
        name = document_name(document)
        self._redating[document.id] = (name, reference_date)
        job = RedateJob(document.id, reference_date, name)
        job.finished.connect(self.on_redated)
        job.failed.connect(self.on_redate_failed)
        self.window.statusBar().showMessage(
            self.tr("Termijnen van ‘%1’ opnieuw lezen vanaf %2…")
            .replace("%1", name)
            .replace("%2", format_date(reference_date))
        )
        self.window.jobs.start(job)

    @Slot(object)
    def on_redated(self, result: FileResult) -> None:
        window = self.window
        name, reference_date = self._redating.pop(result.document_id or 0, ("", None))
        window.list_flow.refresh()
        if window.document_view is not None and window.document_view.document_id == (
            result.document_id
        ):
            window.tabs_flow.reload_document_view()
        if result.state == "skipped" and result.warnings:
            window.show_message(
                QMessageBox.Icon.Information,
                self.tr("Datum van de antwoorden"),
                self.tr(
                    "‘%1’ noemt zelf een datum; de termijnen blijven vanaf die dag tellen."
                ).replace("%1", name),
                details="\n".join(result.warnings),
            )
            return
        window.statusBar().showMessage(
            counted(
                result.changed,
                self.tr("‘%2’: de termijnen tellen nu vanaf %3; %1 toezegging bijgewerkt."),
                self.tr("‘%2’: de termijnen tellen nu vanaf %3; %1 toezeggingen bijgewerkt."),
            )
            .replace("%2", name)
            .replace("%3", format_date(reference_date)),
            15000,
        )

    @Slot(str, str)
    def on_redate_failed(self, message: str, details: str) -> None:
        self._redating.clear()
        self.window.show_error(
            self.tr("De datum van het document kon niet worden opgegeven."),
            details,
            informative=message,
        )
