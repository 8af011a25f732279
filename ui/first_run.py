"""The first start on a new register: offer to import the bundled sample document.

A new user then sees a working list within a minute. The offer is a window-modal
question that does not block the event loop; it is made at most until the user
declines it (remembered in QSettings) and never once the register holds documents.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from tracker.resources import sample_document
from tracker.store.models import Document

log = logging.getLogger(__name__)

DECLINED_SETTING = "firstRun/sampleDeclined"
IMPORT_DIRECTORY_SETTING = "import/directory"


def sample_wanted(settings: QSettings) -> bool:
    """True when the register is empty, the sample is there, and it was not declined."""
    if settings.value(DECLINED_SETTING, False, type=bool):
        return False
    if not sample_document().is_file():
        log.warning("the sample document is missing: %s", sample_document())
        return False
    try:
        return not Document.select().exists()
    except Exception:  # noqa: BLE001 - no offer rather than an error on start
        log.exception("cannot tell whether the register is empty")
        return False


def offer_sample(window) -> QMessageBox | None:
    """Ask whether to import the sample document into `window`'s register.

    Ja imports it through the window's normal import (progress and report); Nee is
    remembered, so the question is not asked again. Returns the question, or None
    when there is nothing to offer.
    """
    settings: QSettings = window.settings
    if not sample_wanted(settings):
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("first_run", "Voorbeelddocument importeren?"),
        QCoreApplication.translate(
            "first_run", "Het register is nog leeg. Voorbeelddocument importeren?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setObjectName("sampleOffer")
    box.setInformativeText(
        QCoreApplication.translate(
            "first_run",
            "Het voorbeeld is een schriftelijk antwoord aan de Kamer (Kamerstuk 32 637, "
            "nr. 448) met toezeggingen en termijnen. U kunt de toezeggingen later "
            "gewoon afwijzen of laten staan.",
        )
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("first_run", "Ja")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("first_run", "Nee")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)

    def answered(button) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            import_sample(window)
        else:
            settings.setValue(DECLINED_SETTING, True)

    box.buttonClicked.connect(answered)
    window.sample_offer = box
    box.open()
    return box


def import_sample(window) -> None:
    """The sample through the window's import job; the folder the import dialog
    starts in stays the user's own, not the bundle's samples folder."""
    settings: QSettings = window.settings
    folder = settings.value(IMPORT_DIRECTORY_SETTING)
    window.import_flow.import_files([str(sample_document())])
    if folder is None:
        settings.remove(IMPORT_DIRECTORY_SETTING)
    else:
        settings.setValue(IMPORT_DIRECTORY_SETTING, folder)
