"""Dutch labels for values the core stores as codes, translatable through Qt.

The status labels are the ones the Excel export uses, so the window and the
workbook say the same thing; they pass through `translate` under the context
"labels" so an English translation can replace them later.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.export.xlsx import STATUS_LABELS

# Marked for lupdate; the Dutch text is the source text.
_PRECISION_LABELS = {
    "day": QT_TRANSLATE_NOOP("labels", "dag"),
    "month": QT_TRANSLATE_NOOP("labels", "maand"),
    "quarter": QT_TRANSLATE_NOOP("labels", "kwartaal"),
    "half": QT_TRANSLATE_NOOP("labels", "halfjaar"),
    "season": QT_TRANSLATE_NOOP("labels", "seizoen"),
    "year": QT_TRANSLATE_NOOP("labels", "jaar"),
    "vague": QT_TRANSLATE_NOOP("labels", "vaag"),
}

_STATUS_NOOP = (
    QT_TRANSLATE_NOOP("labels", "Open"),
    QT_TRANSLATE_NOOP("labels", "Voldaan"),
    QT_TRANSLATE_NOOP("labels", "Deels voldaan"),
    QT_TRANSLATE_NOOP("labels", "Vervallen"),
)

_REVIEW_LABELS = {
    "to_review": QT_TRANSLATE_NOOP("labels", "Te beoordelen"),
    "confirmed": QT_TRANSLATE_NOOP("labels", "Bevestigd"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Afgewezen"),
}

# The order review states are listed in.
REVIEW_STATES = ("to_review", "confirmed", "rejected")

# The order statuses sort in: what still needs attention first.
STATUS_ORDER = ("open", "partial", "fulfilled", "lapsed")


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(status: str | None) -> str:
    """ "Voldaan" for "fulfilled"; an unknown code is shown as it is."""
    if not status:
        return ""
    return _tr(STATUS_LABELS.get(status, status))


def review_label(state: str | None) -> str:
    """ "Bevestigd" for "confirmed": whether staff checked what the extractor found."""
    if not state:
        return ""
    return _tr(_REVIEW_LABELS.get(state, state))


def precision_label(precision: str | None) -> str:
    """ "kwartaal" for "quarter": how exact the phrase as written was."""
    if not precision:
        return ""
    return _tr(_PRECISION_LABELS.get(precision, precision))


def format_date(value: dt.date | None) -> str:
    """Dates as Dutch readers write them: dd-mm-jjjj."""
    return f"{value:%d-%m-%Y}" if value else ""


def format_datetime(value: dt.datetime | None) -> str:
    return f"{value:%d-%m-%Y %H:%M}" if value else ""


def counted(n: int, one: str, many: str) -> str:
    """Pick the singular or plural of an already translated text and fill in %1.

    Dutch is the source language, so no translation supplies Qt's %n plural forms;
    both forms are written out instead ("1 toezegging", "3 toezeggingen").
    """
    return (one if n == 1 else many).replace("%1", str(n))
