"""Starting the window: the QApplication, translations, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.store.connection import (
    DatabaseError,
    close_database,
    open_database,
    resolve_db_path,
)
from tracker.store.migrations import SchemaTooNewError
from ui.main_window import APPLICATION, ORGANISATION, MainWindow

log = logging.getLogger(__name__)

# Compiled translations of the window (tracker_en.qm, ...); the source strings are Dutch.
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "resources" / "translations"
SOURCE_LANGUAGE = "nl"
SCREENSHOT_DELAY_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def _use_offscreen_for_screenshot() -> None:
    """Render screenshots without showing a window, unless the caller chose a platform.

    Only has an effect before the QApplication exists (the platform is fixed then).
    """
    if QApplication.instance() is None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _install_translators(app: QApplication) -> None:
    """The window's own translation for the user's language, if there is one, and
    Qt's translation of its standard buttons ("Annuleren", "Details tonen…") to match."""
    language = SOURCE_LANGUAGE
    own = QTranslator(app)
    if own.load(QLocale.system(), "tracker", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(own)
        language = own.language().split("_")[0] or QLocale.system().name().split("_")[0]
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
    if language == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        _install_translators(app)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def _report_startup_error(message: str, details: str, screenshot: str | None) -> None:
    if screenshot:
        print(f"tracker: {message}\n{details}", file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Toezeggingen"), message)
    box.setInformativeText(details)
    box.exec()


def _install_excepthook(window: MainWindow):
    """Unexpected errors in a slot go to a dialog with the traceback as details."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        details = "".join(traceback.format_exception(kind, exc, tb))
        try:
            window.show_error(_tr("Er ging iets onverwachts mis."), details)
        except Exception:  # noqa: BLE001 - never let the hook itself fail
            previous(kind, exc, tb)

    sys.excepthook = hook
    return previous


def run_gui(db_path: str | None, screenshot: str | None = None) -> int:
    """Show the window on the database at `db_path` (or the default) until it is closed.

    With `screenshot`, render the filled window to that PNG file and exit instead.
    """
    if screenshot:
        _use_offscreen_for_screenshot()
    app = _application()
    path = resolve_db_path(db_path)
    try:
        open_database(path)
    except (DatabaseError, SchemaTooNewError) as exc:
        _report_startup_error(_tr("De database kan niet worden geopend."), str(exc), screenshot)
        return 1

    # A screenshot always shows the default layout and leaves the user's saved one alone.
    window = MainWindow(database_label=str(path), remember_state=not screenshot)
    previous_hook = _install_excepthook(window)
    exit_code = 0
    try:
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


def _render_screenshot(app: QApplication, window: MainWindow, path: str) -> int:
    """Show the window, let it lay itself out and paint, then save it as a PNG."""
    outcome = {"code": 1}

    def grab() -> None:
        if not window.selected_id() and window.proxy.rowCount():
            window.select_row(0)
        app.processEvents()
        target = Path(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"tracker: {target}: cannot create its folder ({exc})", file=sys.stderr)
        if window.grab().save(str(target), "PNG"):
            outcome["code"] = 0
        else:
            print(f"tracker: {target}: the screenshot could not be written", file=sys.stderr)
        app.exit(outcome["code"])

    window.show()
    QTimer.singleShot(SCREENSHOT_DELAY_MS, grab)
    app.exec()
    return outcome["code"]
