"""Choosing the window's language and installing the translators for it.

The source language of every `tr()` string is Dutch; `resources/i18n/tracker_en.qm`
holds the English translation. Which language is used:

1. an explicit choice for this run (`tracker gui --lang en`),
2. else the setting "ui/language" ("nl" or "en"; "system" or missing means: ask the system),
3. else the first of the user's preferred system languages that we have, Dutch or
   English (`QLocale.system().uiLanguages()`), and Dutch when neither is among them —
   the people who use this read Dutch, so Dutch is the safer fallback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
LANGUAGE_KEY = "ui/language"
CATALOGUE = "tracker"
# Object name of the translators we install, so a second call can replace them.
_TRANSLATOR_NAME = "trackerTranslator"
_installed = {"language": SOURCE_LANGUAGE}


def current_language() -> str:
    """The language the window speaks now ("nl" or "en"): the last one installed."""
    return _installed["language"]


def translation_dirs() -> list[Path]:
    """Where the compiled catalogues may be: the source tree, then an installed package."""
    from tracker.resources import resource_path

    here = Path(__file__).resolve().parent
    return [resource_path("i18n"), here / "translations"]


def system_language(locale: QLocale | None = None) -> str:
    """ "en" or "nl": the first of the system's preferred languages we translate into."""
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None, override: str | None = None) -> str:
    """The language code to use: the override, else the setting, else the system's."""
    if override in LANGUAGES:
        return override
    stored = str(settings.value(LANGUAGE_KEY, "system") or "system") if settings else "system"
    if stored in LANGUAGES:
        return stored
    return system_language()


def install_translators(
    app: QCoreApplication, settings: QSettings | None, override: str | None = None
) -> str:
    """Install our catalogue and Qt's own for the chosen language; return its code.

    Calling it again replaces the translators installed before (widgets that already
    exist keep their texts until they are created again).
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    language = chosen_language(settings, override)

    if language != SOURCE_LANGUAGE:
        own = QTranslator(app)
        own.setObjectName(_TRANSLATOR_NAME)
        for folder in translation_dirs():
            if own.load(f"{CATALOGUE}_{language}", str(folder)):
                app.installTranslator(own)
                break
        else:
            log.warning(
                "no translation %s_%s.qm found; the window stays Dutch", CATALOGUE, language
            )
            own.deleteLater()
            language = SOURCE_LANGUAGE

    # Qt's own texts: standard buttons ("Annuleren"), "Details tonen…", context menus.
    qt = QTranslator(app)
    qt.setObjectName(_TRANSLATOR_NAME)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        qt.deleteLater()

    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _installed["language"] = language
    return language
