"""The overview: per ministry how many commitments are open, overdue and fulfilled, and
how many open ones fall due in each of the coming twelve months — as bar charts.

Every bar carries its number as a label and the legend carries the totals, so colour is
never the only carrier; all colours come from the palette (text, axes, background) or
from a pair of series colours chosen for contrast on light and on dark backgrounds.
Without QtCharts (a trimmed PySide6 install) the same bars are painted with QPainter.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.plain_text import plain

try:
    from PySide6.QtCharts import (
        QAbstractBarSeries,
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QHorizontalBarSeries,
        QValueAxis,
    )

    HAVE_QTCHARTS = True
except ImportError:  # pragma: no cover - depends on the installed PySide6
    HAVE_QTCHARTS = False

log = logging.getLogger(__name__)

KINDS = ("open", "overdue", "fulfilled")

# Series colours: (on a light background, on a dark background); each at least 4.5:1
# against the background it is drawn on.
SERIES_COLOURS = {
    "open": ("#0b63a5", "#60a5fa"),
    "overdue": ("#c2410c", "#fb923c"),
    "fulfilled": ("#15803d", "#4ade80"),
}

# Dutch month abbreviations as staff write them ("mrt", not "mar."); marked for lupdate.
_MONTHS = (
    QT_TRANSLATE_NOOP("OverviewView", "jan"),
    QT_TRANSLATE_NOOP("OverviewView", "feb"),
    QT_TRANSLATE_NOOP("OverviewView", "mrt"),
    QT_TRANSLATE_NOOP("OverviewView", "apr"),
    QT_TRANSLATE_NOOP("OverviewView", "mei"),
    QT_TRANSLATE_NOOP("OverviewView", "jun"),
    QT_TRANSLATE_NOOP("OverviewView", "jul"),
    QT_TRANSLATE_NOOP("OverviewView", "aug"),
    QT_TRANSLATE_NOOP("OverviewView", "sep"),
    QT_TRANSLATE_NOOP("OverviewView", "okt"),
    QT_TRANSLATE_NOOP("OverviewView", "nov"),
    QT_TRANSLATE_NOOP("OverviewView", "dec"),
)

NO_MINISTRY = ""
MAX_LABEL = 42
ROW_HEIGHT = 34  # per ministry in the horizontal chart, in device-independent pixels


def month_label(first_day: dt.date) -> str:
    """ "jan 2027": the translated month abbreviation and the year."""
    name = QCoreApplication.translate("OverviewView", _MONTHS[first_day.month - 1])
    return f"{name} {first_day.year}"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def series_colour(kind: str, palette: QPalette) -> QColor:
    light, dark = SERIES_COLOURS[kind]
    return QColor(dark if is_dark(palette) else light)


def _elide(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _tick_step(top: float) -> int:
    """A round whole step giving at most about six ticks up to `top`: 1, 2, 5, 10, 20, ..."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return step


@dataclass
class BarSet:
    """One series of bars: a key ("open"), its legend text and a value per category."""

    key: str
    label: str
    values: list[int]


@dataclass
class _MinistryFigures:
    ministry: str
    open: int
    overdue: int
    fulfilled: int


def _ministry_figures(item) -> _MinistryFigures:
    """Accepts a (ministry, open, overdue, fulfilled) tuple or an object with those names."""
    if hasattr(item, "ministry"):
        return _MinistryFigures(
            item.ministry or NO_MINISTRY, int(item.open), int(item.overdue), int(item.fulfilled)
        )
    ministry, open_, overdue, fulfilled = item
    return _MinistryFigures(ministry or NO_MINISTRY, int(open_), int(overdue), int(fulfilled))


def _month_figures(item) -> tuple[dt.date, int]:
    if hasattr(item, "month"):
        return item.month, int(item.count)
    month, count = item
    return month, int(count)


# -- the two ways of drawing bars -----------------------------------------------------


class _ChartsBars(QChartView if HAVE_QTCHARTS else QWidget):  # type: ignore[misc]
    """Grouped bars drawn by QtCharts; `bar_clicked(set_index, category_index)`."""

    bar_clicked = Signal(int, int)

    def __init__(self, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.chart_ = QChart()
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.setBackgroundRoundness(0)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.sets: list[QBarSet] = []
        self._categories: list[str] = []
        self._keys: list[str] = []
        self._title = ""
        # One pair of axes for the chart's life, updated by set_data: an axis removed
        # from a chart stays in its scene until deleted, and was drawn over the new one
        # ("0 0", "35" over "5").
        self.category_axis = QBarCategoryAxis()
        self.category_axis.setTruncateLabels(False)  # the names are shortened by _elide
        self.value_axis = QValueAxis()
        # Whole-number ticks: a count has no fractions, and "%d" is undefined for
        # the double Qt passes, so labels are formatted as "%.0f".
        self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.value_axis.setTickAnchor(0)
        self.value_axis.setLabelFormat("%.0f")
        if horizontal:
            self.chart_.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
            self.chart_.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart_.addAxis(self.category_axis, Qt.AlignmentFlag.AlignBottom)
            self.chart_.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)

    def set_data(self, title: str, categories: list[str], sets: list[BarSet]) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        self._title = title
        self._categories = list(categories)
        self._keys = [s.key for s in sets]
        chart.setTitle(title)

        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.8)
        # A horizontal chart draws its first category at the bottom; reverse, so the
        # list reads top to bottom in the order given.
        order = list(reversed(range(len(categories)))) if self.horizontal else None
        self.sets = []
        # Likewise the sets in a group: append them bottom-up so the first is on top,
        # and reverse the legend to match.
        chart.legend().setReverseMarkers(self.horizontal)
        indexed = list(enumerate(sets))
        for set_index, bar_set in reversed(indexed) if self.horizontal else indexed:
            qset = QBarSet(f"{bar_set.label} ({sum(bar_set.values)})")
            qset.setObjectName(bar_set.key)
            values = [bar_set.values[i] for i in order] if order else bar_set.values
            qset.append([float(v) for v in values])
            qset.clicked.connect(lambda index, s=set_index: self._clicked(s, index))
            qset.hovered.connect(lambda state, index, s=set_index: self._hovered(state, s, index))
            series.append(qset)
            self.sets.append(qset)
        if self.horizontal:
            self.sets.reverse()
        chart.addSeries(series)

        category_axis, value_axis = self.category_axis, self.value_axis
        category_axis.clear()
        shown = [_elide(c) for c in categories]
        if not self.horizontal:
            # Under a column the last word goes on a line of its own: months side by side
            # ran together ("aug 2027sep 2027"); "aug" over "2027" fits.
            shown = ["<br>".join(c.rsplit(" ", 1)) for c in shown]
        category_axis.append(list(reversed(shown)) if order else shown)
        top = max((max(s.values, default=0) for s in sets), default=0)
        step = _tick_step(top)
        value_axis.setRange(0, step * max(1, math.ceil(top * 1.15 / step)))
        value_axis.setTickInterval(step)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        self.apply_palette()

    def _category_index(self, chart_index: int) -> int:
        return len(self._categories) - 1 - chart_index if self.horizontal else chart_index

    def _clicked(self, set_index: int, chart_index: int) -> None:
        self.bar_clicked.emit(set_index, self._category_index(chart_index))

    def _hovered(self, state: bool, set_index: int, chart_index: int) -> None:
        if not state:
            QToolTip.hideText()
            return
        qset = self.sets[set_index]
        category = self._categories[self._category_index(chart_index)]
        QToolTip.showText(
            QCursor.pos(), plain(f"{category}\n{qset.label()}: {int(qset.at(chart_index))}"), self
        )

    def values(self) -> dict[str, list[int]]:
        """The values per set key, in the order of the categories given (for tests)."""
        out = {}
        for key, qset in zip(self._keys, self.sets, strict=True):
            values = [int(qset.at(i)) for i in range(qset.count())]
            out[key] = list(reversed(values)) if self.horizontal else values
        return out

    def bar_position(self, set_index: int, category_index: int) -> QPointF:
        """The middle of a bar in viewport coordinates (for tests and tooltips)."""
        series = self.chart_.series()[0]
        qset = self.sets[set_index]
        chart_index = self._category_index(category_index)
        count = len(self.sets)
        slot = count - 1 - set_index if self.horizontal else set_index
        offset = -series.barWidth() / 2 + (slot + 0.5) * series.barWidth() / count
        value = qset.at(chart_index) / 2
        if self.horizontal:
            point = QPointF(value, chart_index + offset)
        else:
            point = QPointF(chart_index + offset, value)
        scene = self.chart_.mapToScene(self.chart_.mapToPosition(point, series))
        return QPointF(self.mapFromScene(scene))

    def apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        grid = palette.color(QPalette.ColorRole.Mid)
        chart = self.chart_
        chart.setBackgroundBrush(base)
        self.setBackgroundBrush(base)
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        for key, qset in zip(self._keys, self.sets, strict=True):
            colour = series_colour(key, palette)
            qset.setColor(colour)
            qset.setBorderColor(colour)
            qset.setLabelColor(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.apply_palette()
        super().changeEvent(event)


class _PaintedBars(QWidget):
    """The same grouped bars painted by hand, always horizontal: for a PySide6 without
    QtCharts. `bar_clicked(set_index, category_index)` as in the charts version."""

    bar_clicked = Signal(int, int)
    MARGIN = 8

    def __init__(self, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = True
        self._title = ""
        self._categories: list[str] = []
        self._sets: list[BarSet] = []
        self._bars: list[tuple[QRectF, int, int]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, categories: list[str], sets: list[BarSet]) -> None:
        self._title = title
        self._categories = list(categories)
        self._sets = list(sets)
        self.updateGeometry()
        self.update()

    def values(self) -> dict[str, list[int]]:
        return {s.key: list(s.values) for s in self._sets}

    def apply_palette(self) -> None:
        self.update()

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        rows = len(self._categories) * (len(self._sets) * (line // 2 + 4) + line // 2)
        return QSize(600, rows + 3 * line + 4 * self.MARGIN)

    def paintEvent(self, _event) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        m = self.MARGIN
        painter.setPen(text)
        painter.drawText(QRectF(m, m, self.width() - 2 * m, line), self._title)
        # Legend with totals.
        x = float(m)
        y = m + line + m / 2
        for bar_set in self._sets:
            colour = series_colour(bar_set.key, palette)
            painter.fillRect(QRectF(x, y + line / 4, line / 2, line / 2), colour)
            label = f"{bar_set.label} ({sum(bar_set.values)})"
            painter.drawText(QPointF(x + line * 0.75, y + metrics.ascent()), label)
            x += line * 1.5 + metrics.horizontalAdvance(label)
        top = y + line + m
        label_width = min(
            max((metrics.horizontalAdvance(_elide(c)) for c in self._categories), default=0),
            self.width() // 3,
        )
        left = m + label_width + m
        right = self.width() - m - metrics.horizontalAdvance("00000")
        largest = max((max(s.values, default=0) for s in self._sets), default=0) or 1
        bar_height = line // 2 + 2
        self._bars = []
        for c, category in enumerate(self._categories):
            group_top = top + c * (len(self._sets) * (bar_height + 2) + line // 2)
            group_height = len(self._sets) * (bar_height + 2)
            painter.setPen(text)
            painter.drawText(
                QRectF(m, group_top, label_width, group_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(_elide(category), Qt.TextElideMode.ElideRight, label_width),
            )
            for s, bar_set in enumerate(self._sets):
                value = bar_set.values[c]
                width = (right - left) * value / largest
                rect = QRectF(left, group_top + s * (bar_height + 2), max(width, 1.0), bar_height)
                painter.fillRect(rect, series_colour(bar_set.key, palette))
                painter.setPen(text)
                painter.drawText(
                    QPointF(rect.right() + 4, rect.center().y() + metrics.ascent() / 2 - 1),
                    str(value),
                )
                self._bars.append((rect.adjusted(0, -1, 0, 1), s, c))
        painter.end()

    def bar_position(self, set_index: int, category_index: int) -> QPointF:
        for rect, s, c in self._bars:
            if (s, c) == (set_index, category_index):
                return rect.center()
        return QPointF()

    def _bar_at(self, pos: QPointF) -> tuple[int, int] | None:
        for rect, s, c in self._bars:
            if rect.contains(pos):
                return s, c
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        hit = self._bar_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(*hit)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._bar_at(event.position())
        if hit is None:
            QToolTip.hideText()
        else:
            s, c = hit
            bar_set = self._sets[s]
            QToolTip.showText(
                event.globalPosition().toPoint(),
                plain(f"{self._categories[c]}\n{bar_set.label}: {bar_set.values[c]}"),
                self,
            )
        super().mouseMoveEvent(event)


def _bars(horizontal: bool, use_charts: bool) -> QWidget:
    if use_charts and HAVE_QTCHARTS:
        return _ChartsBars(horizontal)
    return _PaintedBars(horizontal)


# -- the view ----------------------------------------------------------------------


class OverviewView(QWidget):
    """Two charts over `Overview`: per ministry, and open commitments due per month.

    Clicking a bar asks the window to show those commitments: `ministry_clicked`
    (ministry, "open" | "overdue" | "fulfilled"; "" for commitments without a
    ministry) or `month_clicked` (the first day of the month, a `datetime.date`).
    """

    ministry_clicked = Signal(str, str)
    month_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, use_charts: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.setAccessibleName(self.tr("Overzicht"))
        self._ministries: list[str] = []
        self._months: list[dt.date] = []

        self.summary_label = QLabel()
        self.summary_label.setObjectName("overviewSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ministry_chart = _bars(horizontal=True, use_charts=use_charts)
        self.ministry_chart.setObjectName("ministryChart")
        self.ministry_chart.setAccessibleName(self.tr("Toezeggingen per ministerie"))
        self.ministry_chart.bar_clicked.connect(self._on_ministry_bar)

        self.month_chart = _bars(horizontal=False, use_charts=use_charts)
        self.month_chart.setObjectName("monthChart")
        self.month_chart.setAccessibleName(self.tr("Open toezeggingen per maand van de termijn"))
        self.month_chart.setMinimumHeight(280)
        self.month_chart.bar_clicked.connect(self._on_month_bar)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.ministry_chart, 3)
        inner.addWidget(self.month_chart, 2)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        hint = QLabel(self.tr("Klik op een balk om die toezeggingen in de lijst te tonen."))
        hint.setObjectName("overviewHint")
        hint.setWordWrap(True)  # wraps between words rather than widen a narrow window

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(hint)
        self.refresh(None)

    def refresh(self, overview) -> None:
        """Show the figures of `overview` (None: an empty overview)."""
        figures = [_ministry_figures(i) for i in getattr(overview, "per_ministry", None) or []]
        months = [_month_figures(i) for i in getattr(overview, "per_month", None) or []]
        # Months before this one that hold overdue commitments: a backlog that is all
        # overdue still shows, in the month each fell due.
        overdue = [_month_figures(i) for i in getattr(overview, "overdue_per_month", None) or []]
        self._ministries = [f.ministry for f in figures]
        self._months = [m for m, _ in overdue] + [m for m, _ in months]

        names = [f.ministry or self.tr("(geen ministerie)") for f in figures]
        sets = [
            BarSet("open", self.tr("Open"), [f.open for f in figures]),
            BarSet("overdue", self.tr("Te laat"), [f.overdue for f in figures]),
            BarSet("fulfilled", self.tr("Voldaan"), [f.fulfilled for f in figures]),
        ]
        self.ministry_chart.set_data(self.tr("Toezeggingen per ministerie"), names, sets)
        line = self.fontMetrics().height()
        self.ministry_chart.setMinimumHeight(120 + len(figures) * max(ROW_HEIGHT, 2 * line))

        month_names = [month_label(m) for m in self._months]
        due = [count for _, count in months]
        late = [count for _, count in overdue]
        month_sets = [BarSet("open", self.tr("Open, termijn in deze maand"), [0] * len(late) + due)]
        if overdue:
            month_sets.insert(
                0,
                BarSet("overdue", self.tr("Te laat, termijn in deze maand"), late + [0] * len(due)),
            )
        self.month_chart.set_data(
            self.tr("Open toezeggingen per maand van de termijn"), month_names, month_sets
        )

        totals = {s.key: sum(s.values) for s in sets}
        if not figures and not any(due) and not any(late):
            summary = self.tr("Nog geen toezeggingen om te tonen.")
        else:
            summary = (
                self.tr(
                    "Open: %1 · te laat: %2 · voldaan: %3 · "
                    "open met termijn in de komende %4 maanden: %5"
                )
                .replace("%1", str(totals["open"]))
                .replace("%2", str(totals["overdue"]))
                .replace("%3", str(totals["fulfilled"]))
                .replace("%4", str(len(months)))
                .replace("%5", str(sum(due)))
            )
        self.summary_label.setText(summary)
        # Screen readers get the figures as text, not only as a picture.
        self.ministry_chart.setAccessibleDescription(
            "; ".join(
                f"{n}: {sets[0].label} {f.open}, {sets[1].label} {f.overdue}, "
                f"{sets[2].label} {f.fulfilled}"
                for n, f in zip(names, figures, strict=True)
            )
        )
        self.month_chart.setAccessibleDescription(
            "; ".join(f"{n}: {c}" for n, c in zip(month_names, late + due, strict=True))
        )

    def _on_ministry_bar(self, set_index: int, category_index: int) -> None:
        if 0 <= category_index < len(self._ministries) and 0 <= set_index < len(KINDS):
            self.ministry_clicked.emit(self._ministries[category_index], KINDS[set_index])

    def _on_month_bar(self, _set_index: int, category_index: int) -> None:
        if 0 <= category_index < len(self._months):
            self.month_clicked.emit(self._months[category_index])
