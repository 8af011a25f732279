"""Starting the window: the QApplication, translations, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from tracker.reasons import describe_error
from tracker.resources import resource_path
from tracker.store.connection import (
    CorruptDatabaseError,
    DatabaseError,
    DatabaseLocation,
    PasswordRejected,
    PasswordRequired,
    close_database,
    default_db_path,
    open_database,
    resolve_location,
)
from tracker.store.migrations import SchemaTooNewError
from tracker.store.models import Commitment
from ui.dialogs.connection_dialog import PasswordDialog, UnreachableDialog
from ui.dialogs.restore_dialog import offer_restore
from ui.first_run import offer_sample
from ui.i18n import current_language, install_translators
from ui.main_window import MainWindow
from ui.settings_dialog import database_setting
from ui.window_state import APPLICATION, ORGANISATION

log = logging.getLogger(__name__)

# The reverse-DNS id of the .desktop file, the AppStream metainfo and the icon
# (packaging/linux/); Wayland matches the window to the desktop file by it.
DESKTOP_FILE_NAME = "nl.tweedekamer.CommitmentTracker"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

SCREENSHOT_DELAY_MS = 400
# How long a screenshot waits at most for the list to be filled (a worker may load it).
SCREENSHOT_TIMEOUT_MS = 30000
SCREENSHOT_POLL_MS = 50


def _use_offscreen_for_screenshot() -> None:
    """Render screenshots without showing a window, unless the caller chose a platform.

    Only has an effect before the QApplication exists (the platform is fixed then).
    """
    if QApplication.instance() is None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _application(language: str | None = None) -> QApplication:
    """The QApplication, created once, with the translators for the chosen language.

    Qt 6 scales for high-DPI screens by itself (no attributes needed), and the window
    takes its colours from the platform palette, so a dark desktop theme carries over.
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(application_icon())
    install_translators(app, QSettings(ORGANISATION, APPLICATION), override=language)
    return app  # type: ignore[return-value]


def application_icon() -> QIcon:
    """The app's icon from resources/icons: the SVG, and the PNGs for the small sizes
    (drawn for them) and for platforms without the SVG plugin."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", f"tracker-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def _report_startup_error(message: str, details: str, screenshot: str | None) -> None:
    if screenshot:
        print(f"tracker: {message}\n{details}", file=sys.stderr)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Toezeggingen"), message
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message names a file: show it literally
    box.setInformativeText(details)
    box.exec()


def _report_backup_warnings(
    window: MainWindow, warnings: list[str], screenshot: str | None
) -> None:
    """A backup that failed at start-up: once as a message, and in the status bar."""
    text = QCoreApplication.translate(
        "app", "Er kon geen back-up van de database worden gemaakt. De database is wel geopend."
    )
    if screenshot:
        print(f"tracker: warning: {' '.join(warnings)}", file=sys.stderr)
        return
    window.statusBar().showMessage(text)
    QTimer.singleShot(
        0,
        lambda: window.show_message(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("app", "Toezeggingen"),
            text,
            informative="\n".join(warnings),
        ),
    )


def _install_excepthook(window: MainWindow):
    """Unexpected errors in a slot go to a dialog with the traceback as details."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        details = "".join(traceback.format_exception(kind, exc, tb))
        try:
            window.show_error(
                QCoreApplication.translate("app", "Er ging iets onverwachts mis."), details
            )
        except Exception:  # noqa: BLE001 - never let the hook itself fail
            previous(kind, exc, tb)

    sys.excepthook = hook
    return previous


def chosen_database(explicit: str | None, settings: QSettings) -> str | None:
    """The database to open: `--db`, else TRACKER_DB, else the setting, else None
    (the file on this device)."""
    return explicit or os.environ.get("TRACKER_DB") or database_setting(settings) or None


def open_chosen_database(
    target: str | None,
    *,
    interactive: bool = True,
    parent: QWidget | None = None,
    on_warning: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> DatabaseLocation:
    """Open `target` and bind the models to it, asking what the server needs.

    A server that wants a password gets it from a masked dialog (kept in memory only,
    asked again if refused). A server that cannot be reached: try again, or open the
    database on this device instead. Raises DatabaseError or SchemaTooNewError when
    it cannot be opened, and `StartCancelled` when the user gives up. A backup that
    could not be made is passed to `on_warning` (the database opens all the same).
    """
    location = resolve_location(target)
    password: str | None = None
    error = ""
    extra = {"on_warning": on_warning} if on_warning is not None else {}
    if on_progress is not None:
        extra["on_progress"] = on_progress
    while True:
        try:
            open_database(location, password=password, **extra)
            return location
        except (PasswordRequired, PasswordRejected) as exc:
            if not interactive:
                raise
            if isinstance(exc, PasswordRejected):
                error = QCoreApplication.translate(
                    "app", "Dit wachtwoord is niet geaccepteerd. Probeer het opnieuw."
                )
            dialog = PasswordDialog(location.display, _user_of(location), error, parent)
            if dialog.exec() != PasswordDialog.DialogCode.Accepted:
                raise StartCancelled() from None
            password = dialog.password
        except DatabaseError as exc:
            if not (interactive and location.is_postgres):
                raise
            choice = UnreachableDialog(
                location.display, describe_error(exc, current_language()), parent
            ).choice()
            if choice == UnreachableDialog.QUIT:
                raise StartCancelled() from None
            if choice == UnreachableDialog.LOCAL:
                location, password, error = resolve_location(str(default_db_path())), None, ""


def _user_of(location: DatabaseLocation) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(location.url).username or "") if location.url else ""


class StartCancelled(Exception):
    """The user chose not to open a database after all."""


class MigrationProgress:
    """Shows how far a long migration is, before the window exists: bringing a large
    register forward to a new version takes a while, once, and must not look like an
    app that hangs. The dialog appears with the first report (short migrations report
    nothing) and goes when `close` is called."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog()
            self.dialog.setWindowTitle(QCoreApplication.translate("app", "Toezeggingen"))
            self.dialog.setCancelButton(None)  # a migration is one transaction: no stopping
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.show()
        self.dialog.setLabelText(
            QCoreApplication.translate(
                "app", "Het register wordt bijgewerkt voor deze versie (eenmalig): %1 van %2"
            )
            .replace("%1", f"{done:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", "."))
        )
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        QCoreApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


def run_gui(
    db_path: str | None,
    screenshot: str | None = None,
    size: tuple[int, int] | None = None,
    language: str | None = None,
    files: list[str] | None = None,
) -> int:
    """Show the window on the database at `db_path` (or the default) until it is closed.

    With `screenshot`, render the window to that PNG file, once the list is filled, and
    exit instead. `size` is the window's (width, height); `language` ("nl" or "en")
    overrides the language setting for this run. `files` (documents or folders, as
    from a file manager's "Open with") are imported as soon as the window is shown.
    Otherwise an empty local register gets the offer to import the sample document.
    """
    if screenshot:
        _use_offscreen_for_screenshot()
    app = _application(language)
    target = chosen_database(db_path, QSettings(ORGANISATION, APPLICATION))
    warnings: list[str] = []
    migrating = MigrationProgress()
    try:
        location = open_chosen_database(
            target,
            interactive=not screenshot,
            on_warning=warnings.append,
            on_progress=None if screenshot else migrating,
        )
    except StartCancelled:
        return 1
    except CorruptDatabaseError as exc:
        migrating.close()
        # Damaged or unreadable: offer a backup, or quit; the file itself stays as it is.
        if screenshot:
            print(f"tracker: {exc}", file=sys.stderr)
            return 1
        if not offer_restore(exc):
            return 1
        location = resolve_location(str(exc.path))
    except (DatabaseError, SchemaTooNewError) as exc:
        _report_startup_error(
            QCoreApplication.translate("app", "De database kan niet worden geopend."),
            describe_error(exc, current_language()),
            screenshot,
        )
        return 1

    finally:
        migrating.close()

    # A screenshot always shows the default layout and leaves the user's saved one alone.
    window = MainWindow(database_label=location.display, remember_state=not screenshot)
    if size:
        window.resize(*size)
    previous_hook = _install_excepthook(window)
    if warnings:
        _report_backup_warnings(window, warnings, screenshot)
    exit_code = 0
    try:
        if files:
            QTimer.singleShot(0, lambda: window.import_flow.import_files(list(files)))
        elif not screenshot and not location.is_postgres:
            # A team's register on a server is not a place for the sample.
            QTimer.singleShot(0, lambda: offer_sample(window))
        if screenshot:
            exit_code = _render_screenshot(app, window, screenshot)
        else:
            window.show()
            exit_code = app.exec()
    finally:
        sys.excepthook = previous_hook
        window.close()
        window.deleteLater()
        close_database()
    return exit_code


def _jobs_running(window: MainWindow) -> bool:
    jobs_running = getattr(window, "jobs_running", None)
    return bool(callable(jobs_running) and jobs_running())


def _list_loaded(window: MainWindow, expected: int) -> bool:
    """True once the window's list holds every commitment and no job is still running."""
    if _jobs_running(window):
        return False
    model = getattr(window, "model", None) or window.proxy.sourceModel()
    return model.rowCount() >= expected


def _commitment_count() -> int:
    try:
        return Commitment.select().count()
    except Exception:  # noqa: BLE001 - then show what the window has, without waiting
        log.exception("cannot count the commitments")
        return 0


def _render_screenshot(app: QApplication, window: MainWindow, path: str) -> int:
    """Show the window, wait until its list is filled and it has painted, save the image
    (PNG, JPG or BMP, by the suffix of `path`)."""
    outcome = {"code": 1}
    # Counted again after a job (an import of files given on the command line) ends.
    state = {"expected": _commitment_count(), "jobs_seen": False}
    clock = QElapsedTimer()

    def grab() -> None:
        if not window.selection.selected_id() and window.proxy.rowCount():
            window.selection.select_row(0)
        app.processEvents()
        target = Path(path)
        # the format the suffix names (`tracker gui` refuses others); no folder is made
        fmt = {".jpg": "JPG", ".jpeg": "JPG", ".bmp": "BMP"}.get(target.suffix.lower(), "PNG")
        if window.grab().save(str(target), fmt):
            outcome["code"] = 0
        else:
            print(f"tracker: {target}: the screenshot could not be written", file=sys.stderr)
        app.exit(outcome["code"])

    def wait_for_list() -> None:
        if _jobs_running(window):
            state["jobs_seen"] = True
        elif state["jobs_seen"]:
            state["expected"], state["jobs_seen"] = _commitment_count(), False
        if _list_loaded(window, state["expected"]):
            # Filled: give layout and painting a moment more, then grab.
            QTimer.singleShot(SCREENSHOT_DELAY_MS, grab)
        elif clock.elapsed() > SCREENSHOT_TIMEOUT_MS:
            print("tracker: the list did not load in time; screenshot as it is", file=sys.stderr)
            grab()
        else:
            QTimer.singleShot(SCREENSHOT_POLL_MS, wait_for_list)

    window.show()
    clock.start()
    QTimer.singleShot(0, wait_for_list)
    app.exec()
    return outcome["code"]
