"""The commitments table: one row per `CommitmentRow`, columns as staff read them.

Built for registers of 100,000 rows: loading only stores the rows; the display
strings of a row are computed when the view first asks for them (a few dozen rows
are on screen) and kept, and the sort keys of a column on the first sort by it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)

from tracker import clock
from tracker.store.models import OPEN_STATUSES
from tracker.store.queries import CommitmentRow
from ui.labels import (
    STATUS_ORDER,
    counted,
    format_date,
    precision_label,
    review_label,
    status_label,
)
from ui.plain_text import plain

_Index = QModelIndex | QPersistentModelIndex
_ID = attrgetter("id")

# Soft backgrounds for overdue rows and rows due soon; the "⚠ n" and "⏳ over n dagen"
# texts in the days column carry the same information for readers who cannot tell
# the colours apart.
OVERDUE_BACKGROUND = QColor("#fdecea")
DUE_SOON_BACKGROUND = QColor("#fff4d6")
MARKED_FOREGROUND = QColor("#1f1f1f")
WARNING_SIGN = "\u26a0"
DUE_SOON_SIGN = "\u25f7"  # ◷ a clock face: ⏳ is missing from common fonts (DejaVu)
DEFAULT_SOON_DAYS = 14
REVIEW_ORDER = ("to_review", "confirmed", "rejected")
FULFILLED_SIGN = "\u2713"  # ✓ before "Voldaan": a kept promise, not by colour alone
MANUAL_SIGN = "\u270e"  # ✎ a pencil: the due date was set by hand
_manual_icon: list[QIcon] = []


def done_foreground() -> QBrush:
    """Muted text for a fulfilled row: between the text and the base colour, nearer the
    text, so it reads as done and stays readable on a light and a dark palette."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    mix = 0.4

    def blend(a: int, b: int) -> int:
        return round(a + (b - a) * mix)

    return QBrush(
        QColor(
            blend(text.red(), base.red()),
            blend(text.green(), base.green()),
            blend(text.blue(), base.blue()),
        )
    )


def manual_icon() -> QIcon:
    """The pencil beside a due date set by hand (drawn once, from the font)."""
    if not _manual_icon:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        font = QFont()
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, MANUAL_SIGN)
        painter.end()
        _manual_icon.append(QIcon(pixmap))
    return _manual_icon[0]


class Column(IntEnum):
    TITLE = 0
    DUE = 1
    DAYS_OVERDUE = 2
    STATUS = 3
    REVIEW = 4
    MINISTRY = 5
    ACTOR = 6
    FACTIONS = 7
    DOCUMENT = 8


class Role(IntEnum):
    SORT = Qt.ItemDataRole.UserRole + 1  # a value that sorts right; None sorts last
    ROW = Qt.ItemDataRole.UserRole + 2  # the CommitmentRow itself
    ID = Qt.ItemDataRole.UserRole + 3
    SEARCH = Qt.ItemDataRole.UserRole + 4  # folded title + quote
    OVERDUE = Qt.ItemDataRole.UserRole + 5  # bool
    DUE_SOON = Qt.ItemDataRole.UserRole + 6  # bool


def fold(text: str) -> str:
    """Lower case without accents, so "gecoordineerde" finds "gecoördineerde"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_DIGITS = re.compile(r"(\d+)")


def _padded(match: re.Match) -> str:
    digits = match.group().lstrip("0") or "0"
    # The length first, so a longer number sorts after a shorter one; two digits of
    # length allow numbers of up to 99 digits.
    return f"{len(digits):02d}{digits}"


def natural_key(text: str) -> str:
    """Folded text with numbers compared as numbers ("nr. 99" before "nr. 448").

    A plain string (numbers written as their length and digits), because sorting
    100,000 strings is several times faster than sorting as many tuples.
    """
    return _DIGITS.sub(_padded, fold(text))


@dataclass(slots=True)
class _Cached:
    """What the table shows of one row, computed once."""

    display: tuple[str, ...]
    tooltip_due: str  # filled when first asked for
    accessible_days: str
    days: int | None  # overdue days
    soon: int | None  # days until due, when due within the soon window


class CommitmentTableModel(QAbstractTableModel):
    """A read-only table over a list of `CommitmentRow` as of one day."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CommitmentRow] = []
        self._cache: list[_Cached | None] = []  # filled when a row is first shown
        self._texts_cache: dict[str, str] | None = None
        self._positions: dict[int, int] = {}
        self._sort_cache: dict[int, list] = {}
        self._id_list: list[int] | None = None
        self._as_of = clock.today()
        self._soon_days = DEFAULT_SOON_DAYS
        self._overdue_brush = QBrush(OVERDUE_BACKGROUND)
        self._soon_brush = QBrush(DUE_SOON_BACKGROUND)
        self._marked_foreground = QBrush(MARKED_FOREGROUND)
        self._headers = {
            Column.TITLE: self.tr("Titel"),
            Column.DUE: self.tr("Termijn"),
            Column.DAYS_OVERDUE: self.tr("Dagen te laat"),
            Column.STATUS: self.tr("Status"),
            Column.REVIEW: self.tr("Beoordeling"),
            Column.MINISTRY: self.tr("Ministerie"),
            Column.ACTOR: self.tr("Bewindspersoon"),
            Column.FACTIONS: self.tr("Fractie"),
            Column.DOCUMENT: self.tr("Document"),
        }

    # -- filling -----------------------------------------------------------

    @property
    def as_of(self) -> dt.date:
        return self._as_of

    @property
    def soon_days(self) -> int:
        return self._soon_days

    def set_soon_days(self, days: int) -> None:
        """How many days ahead a row counts as "due soon" (marked ⏳)."""
        if days != self._soon_days:
            self.beginResetModel()
            self._soon_days = days
            self._cache = [None] * len(self._rows)
            self._sort_cache.clear()
            self.endResetModel()

    def set_rows(self, rows: list[CommitmentRow], as_of: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._as_of = as_of
        self._texts_cache = None
        self._cache = [None] * len(self._rows)
        self._sort_cache.clear()
        self._index_ids()
        self.endResetModel()

    def append_rows(self, rows: list[CommitmentRow]) -> None:
        """Add rows after the last one (a page of a register read in pages): views and
        the proxy see rows inserted, so what is shown stays shown. New lists, not
        changed ones: a filter job in the background may be reading the old ones."""
        if not rows:
            return
        start = len(self._rows)
        end = start + len(rows)
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._rows = self._rows + list(rows)
        self._cache = self._cache + [None] * len(rows)
        new_ids = list(map(_ID, rows))
        self._id_list = self.id_list() + new_ids
        self._positions.update(zip(new_ids, range(start, end), strict=True))
        for column, keys in list(self._sort_cache.items()):
            self._sort_cache[column] = keys + self._keys_of(column, start, end)
        self.endInsertRows()

    def _index_ids(self) -> None:
        """The ids by position and the position of each id (map and zip run in C: a
        comprehension over 500,000 rows holds the window for a second)."""
        self._id_list = list(map(_ID, self._rows))
        self._positions = dict(zip(self._id_list, range(len(self._id_list)), strict=True))

    def replace_row(self, row: CommitmentRow) -> None:
        """Show a changed commitment in place, e.g. after it was marked."""
        position = self._positions.get(row.id)
        if position is None:
            return
        self._rows[position] = row
        self._cache[position] = None
        for column, keys in self._sort_cache.items():
            keys[position] = self._sort_key(position, column)
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def upsert_and_remove(self, rows: list[CommitmentRow], removed: set[int]) -> None:
        """Apply a change of several rows at once: replaced, new and deleted ones."""
        changed = {r.id: r for r in rows}
        if not removed and all(i in self._positions for i in changed):
            for row in rows:
                self.replace_row(row)
            return
        self.beginResetModel()
        kept_rows, kept_cache = [], []
        for row, cached in zip(self._rows, self._cache, strict=True):
            if row.id in removed:
                continue
            if row.id in changed:
                row = changed.pop(row.id)
                cached = None
            kept_rows.append(row)
            kept_cache.append(cached)
        for row in changed.values():
            if row.id not in removed:
                kept_rows.append(row)
                kept_cache.append(None)
        self._rows, self._cache = kept_rows, kept_cache
        self._sort_cache.clear()
        self._index_ids()
        self.endResetModel()

    def row_for_id(self, commitment_id: int) -> int | None:
        return self._positions.get(commitment_id)

    def commitment(self, position: int) -> CommitmentRow:
        return self._rows[position]

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def id_list(self) -> list[int]:
        """The ids by source position (shared, not a copy: do not change it)."""
        if self._id_list is None:
            self._id_list = [r.id for r in self._rows]
        return self._id_list

    def overdue_count(self) -> int:
        as_of = self._as_of
        return sum(1 for r in self._rows if r.days_overdue(as_of) is not None)

    def known_values(self) -> dict[str, set[str]]:
        """Every ministry, bewindspersoon and faction in the loaded rows."""
        values: dict[str, set[str]] = {"ministries": set(), "actors": set(), "factions": set()}
        for row in self._rows:
            if row.ministry:
                values["ministries"].add(row.ministry)
            if row.actor:
                values["actors"].add(row.actor)
            values["factions"].update(row.factions)
        return values

    # -- computing a row once ---------------------------------------------------

    def _cached(self, position: int) -> _Cached:
        """What row `position` shows, computed on first use."""
        cached = self._cache[position]
        if cached is None:
            cached = self._cache[position] = self._compute(self._rows[position])
        return cached

    def _texts(self) -> dict[str, str]:
        """The translated fragments `_compute` needs, looked up once per load."""
        if self._texts_cache is None:
            self._texts_cache = self._fragments()
        return self._texts_cache

    def _fragments(self) -> dict[str, str]:
        return {
            "late1": self.tr("%1 dag te laat"),
            "late": self.tr("%1 dagen te laat"),
            "today": f"{DUE_SOON_SIGN} " + self.tr("vandaag"),
            "today_acc": self.tr("termijn verloopt vandaag"),
            "soon1": f"{DUE_SOON_SIGN} " + self.tr("over %1 dag"),
            "soon": f"{DUE_SOON_SIGN} " + self.tr("over %1 dagen"),
            "soon1_acc": self.tr("termijn over %1 dag"),
            "soon_acc": self.tr("termijn over %1 dagen"),
            "manual": self.tr("%1, handmatig"),
            # an oral commitment: the House's number, and the House's status beside ours
            "oral": self.tr("%1 · mondeling"),
            "house": self.tr("%1 · Kamer: %2"),
        }

    def _compute(self, row: CommitmentRow) -> _Cached:
        texts = self._texts()
        as_of = self._as_of
        days = row.days_overdue(as_of)
        soon = None
        if days is None and row.status in OPEN_STATUSES and row.due is not None:
            ahead = (row.due - as_of).days
            if 0 <= ahead <= self._soon_days:
                soon = ahead
        if days is not None:
            days_text = f"{WARNING_SIGN} {days}"
            accessible = counted(days, texts["late1"], texts["late"])
        elif soon is not None:
            if soon == 0:
                days_text, accessible = texts["today"], texts["today_acc"]
            else:
                days_text = counted(soon, texts["soon1"], texts["soon"])
                accessible = counted(soon, texts["soon1_acc"], texts["soon_acc"])
        else:
            days_text = accessible = ""
        if row.due is None:
            # A phrase without a date ("na de verkiezingen") is still worth showing.
            due_text = f"\u2018{row.due_text}\u2019" if row.due_text else "\u2014"
        else:
            # A date set by hand shows an icon (and says so in its tooltip), so the
            # column stays as narrow as a date.
            due_text = format_date(row.due)
        status = (
            f"{FULFILLED_SIGN} {status_label(row.status)}"
            if row.status == "fulfilled"
            else status_label(row.status)
        )
        reference = row.reference
        if row.kind == "mondeling":
            reference = texts["oral"].replace("%1", row.house_number or row.reference)
            if row.house_status:
                status = texts["house"].replace("%1", status).replace("%2", row.house_status)
        display = (
            row.title,
            due_text,
            days_text,
            status,
            review_label(row.review_state),
            row.ministry or "",
            row.actor or "",
            ", ".join(row.factions),
            reference,
        )
        return _Cached(
            display=display,
            tooltip_due="",
            accessible_days=accessible,
            days=days,
            soon=soon,
        )

    def sort_keys(self, column: int) -> list:
        """The sort key of every row for `column`, computed on the first sort by it."""
        keys = self._sort_cache.get(column)
        if keys is None:
            keys = self._sort_cache[column] = self._keys_of(column, 0, len(self._rows))
        return keys

    def _keys_of(self, column: int, start: int, end: int) -> list:
        """The sort keys of the rows at positions `start` to `end` for `column`."""
        if column == Column.TITLE:
            titles = [r.title for r in self._rows[start:end]]
            # Registers repeat titles ("Brief over ..."): fold each one once.
            folded = {t: natural_key(t) for t in set(titles)}
            return list(map(folded.__getitem__, titles))
        if column == Column.DUE:
            return [r.due for r in self._rows[start:end]]
        return [self._sort_key(p, column) for p in range(start, end)]

    def _sort_key(self, position: int, column: int):
        row = self._rows[position]
        if column == Column.TITLE:
            return natural_key(row.title)
        if column == Column.DUE:
            return row.due
        if column == Column.STATUS:
            return STATUS_ORDER.index(row.status) if row.status in STATUS_ORDER else 99
        if column == Column.REVIEW:
            return REVIEW_ORDER.index(row.review_state) if row.review_state in REVIEW_ORDER else 99
        cached = self._cached(position)
        if column == Column.DAYS_OVERDUE:
            # Overdue rows sort by days late; rows due soon after them (negative days).
            if cached.days is not None:
                return cached.days
            return -cached.soon - 1 if cached.soon is not None else None
        text = cached.display[column]
        return natural_key(text) if text else None

    def _due_tooltip(self, row: CommitmentRow) -> str:
        lines = []
        if row.due_overridden:
            original = format_date(row.due_extracted) or self.tr("geen")
            lines.append(
                self.tr("Handmatig aangepast; afgeleid uit de tekst: %1").replace("%1", original)
            )
        if row.due_text:
            lines.append(self.tr("Zoals geschreven: \u2018%1\u2019").replace("%1", row.due_text))
        if row.due_precision:
            lines.append(self.tr("Precisie: %1").replace("%1", precision_label(row.due_precision)))
        if not lines:
            lines.append(self.tr("Geen termijn genoemd"))
        return "\n".join(lines)

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if section == Column.DAYS_OVERDUE
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row_number = index.row()
        if not 0 <= row_number < len(self._rows):
            return None
        column = index.column()
        if role == Role.ROW:
            return self._rows[row_number]
        if role == Role.ID:
            return self._rows[row_number].id
        if role == Role.SORT:
            return self.sort_keys(column)[row_number]
        cached = self._cached(row_number)
        if role == Qt.ItemDataRole.DisplayRole:
            return cached.display[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if cached.days is not None:
                return self._overdue_brush
            if cached.soon is not None:
                return self._soon_brush
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if cached.days is not None or cached.soon is not None:
                return self._marked_foreground
            if self._rows[row_number].status == "fulfilled":
                return done_foreground()
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.DUE and self._rows[row_number].due_overridden:
                return manual_icon()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self._tooltip(row_number, cached, column)
            return plain(tooltip) if tooltip else tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_OVERDUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == Column.DAYS_OVERDUE:
                return cached.accessible_days
            if column == Column.DUE and self._rows[row_number].due_overridden:
                return self._texts()["manual"].replace("%1", cached.display[column])
            return cached.display[column]
        if role == Role.SEARCH:
            row = self._rows[row_number]
            return fold(f"{row.title}\n{row.quote}")
        if role == Role.OVERDUE:
            return cached.days is not None
        if role == Role.DUE_SOON:
            return cached.soon is not None
        return None

    def _tooltip(self, row_number: int, cached: _Cached, column: int) -> str | None:
        if column == Column.DUE:
            if not cached.tooltip_due:
                cached.tooltip_due = self._due_tooltip(self._rows[row_number])
            return cached.tooltip_due
        if column == Column.DAYS_OVERDUE:
            if cached.days is not None:
                return counted(
                    cached.days,
                    self.tr("%1 dag over de termijn"),
                    self.tr("%1 dagen over de termijn"),
                )
            return cached.accessible_days or None
        return cached.display[column] or None
