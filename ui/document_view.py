"""One answer document in full, with every commitment found in it highlighted, so a
reviewer can read along and see what the extractor missed.

The document's text is rendered from its little markup (`ui/document_markup.py`:
headings, *italic* questions, `<sup>` footnote markers) into plain text with character
formats; nothing else is interpreted (an `<img>` stays text). Offsets in
`DocumentText.spans` are offsets into the stored string; the offset map turns them into
editor positions and back, so the highlights land on the rendered text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.document_markup import OffsetMap, render
from ui.labels import counted, format_date

log = logging.getLogger(__name__)

# The commitment id a highlighted stretch belongs to, stored in its character format.
COMMITMENT_PROPERTY = QTextFormat.Property.UserProperty + 1

# (background on a light base, background on a dark base); the text keeps the
# palette's text colour, which reads well on both.
SPAN_BACKGROUND = ("#fff0a0", "#4d4000")
CURRENT_BACKGROUND = ("#ffc233", "#7a5a00")
# Headings by level, as a factor of the text's size.
HEADING_SCALE = {"h1": 1.4, "h2": 1.3, "h3": 1.15, "h4": 1.05}


@dataclass(frozen=True)
class Span:
    commitment_id: int
    start: int
    end: int


def _span(item) -> Span:
    """Accepts a (commitment_id, start, end) tuple or an object with those names."""
    if hasattr(item, "commitment_id"):
        return Span(int(item.commitment_id), int(item.start), int(item.end))
    commitment_id, start, end = item
    return Span(int(commitment_id), int(start), int(end))


class _OffsetMap(OffsetMap):
    """The map for a stored text as `render` shows it."""

    def __init__(self, text: str) -> None:
        super().__init__(render(text))


class _DocumentEdit(QPlainTextEdit):
    """The read-only text; reports clicks (not drags) and extends the context menu."""

    position_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.extra_actions: list[QAction] = []
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._press is not None
            and (point - self._press).manhattanLength() < 4
            and not self.textCursor().hasSelection()
        ):
            cursor = self.cursorForPosition(point)
            position = cursor.position()
            # The cursor sits between characters; the character under the mouse is the
            # one before it when the click was left of the cursor.
            if point.x() < self.cursorRect(cursor).x() and position > 0:
                position -= 1
            self.position_clicked.emit(position)
        self._press = None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for action in self.extra_actions:
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


class DocumentView(QWidget):
    """Shows a `DocumentText`; `highlight_commitment` emphasises and scrolls to one.

    Signals: `commitment_clicked(commitment_id)` when the user clicks in a highlight;
    `make_commitment_requested(document_id, start, end, text)` for "Maak toezegging van
    selectie", with `start`/`end` offsets into `DocumentText.text`.
    """

    commitment_clicked = Signal(int)
    make_commitment_requested = Signal(int, int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setAccessibleName(self.tr("Document"))
        self._document = None
        self._text = ""
        self._spans: list[Span] = []
        self._rendered = render("")
        self._map = OffsetMap(self._rendered)
        self._current: int | None = None

        self.reference_label = QLabel()
        self.reference_label.setObjectName("documentReference")
        self.reference_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.reference_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.reference_label.setFont(bold)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.title_label = QLabel()
        self.title_label.setObjectName("documentTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.swatch = QLabel()
        self.swatch.setObjectName("legendSwatch")
        self.swatch.setFixedSize(14, 14)
        self.swatch.setAutoFillBackground(True)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("documentLegend")
        self.legend_label.setTextFormat(Qt.TextFormat.PlainText)

        self.make_action = QAction(self.tr("Maak toezegging van selectie"), self)
        self.make_action.setObjectName("makeCommitmentAction")
        self.make_action.setShortcut(QKeySequence("Ctrl+T"))
        self.make_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.make_action.setStatusTip(
            self.tr("Een toezegging vastleggen die niet gevonden werd: de geselecteerde tekst")
        )
        self.make_action.setEnabled(False)
        self.make_action.triggered.connect(self.make_commitment_from_selection)
        self.addAction(self.make_action)

        self.make_button = QToolButton()
        self.make_button.setObjectName("makeCommitmentButton")
        self.make_button.setDefaultAction(self.make_action)
        self.make_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.edit = _DocumentEdit()
        self.edit.setObjectName("documentText")
        self.edit.setAccessibleName(self.tr("Tekst van het document"))
        self.edit.setReadOnly(True)
        self.edit.setUndoRedoEnabled(False)
        self.edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.extra_actions = [self.make_action]
        self.edit.selectionChanged.connect(self._on_selection_changed)
        self.edit.position_clicked.connect(self._on_position_clicked)

        legend = QHBoxLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        legend.addWidget(self.swatch)
        legend.addWidget(self.legend_label)
        legend.addStretch(1)
        legend.addWidget(self.make_button)

        # The document, or a hint in the middle when there is none to show.
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.reference_label)
        layout.addWidget(self.title_label)
        layout.addLayout(legend)
        layout.addWidget(self.edit, 1)
        self.hint_label = QLabel(
            self.tr("Kies een toezegging in de lijst om haar document hier te lezen.")
        )
        self.hint_label.setObjectName("documentHint")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.hint_label.setMargin(24)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.hint_label)
        self.pages.setCurrentWidget(self.hint_label)
        self._apply_swatch()

    # -- showing -------------------------------------------------------------------

    def show_document(self, document_text) -> None:
        """Show the whole text of `document_text` with each of its spans highlighted."""
        self._document = document_text
        self._text = document_text.text or ""
        self._rendered = render(self._text)
        self._map = OffsetMap(self._rendered)
        self._current = None
        spans = []
        for item in document_text.spans or []:
            span = _span(item)
            if 0 <= span.start < span.end <= len(self._text):
                spans.append(span)
            else:
                log.warning("span %s does not fit the document text; not shown", span)
        self._spans = sorted(spans, key=lambda s: (s.start, s.end))

        row = document_text.row
        reference = getattr(row, "reference", "") or ""
        self.reference_label.setText(reference)
        self.reference_label.setVisible(bool(reference))
        details = [getattr(row, "title", "") or ""]
        dates = []
        if getattr(row, "document_date", None):
            dates.append(self.tr("datum %1").replace("%1", format_date(row.document_date)))
        if getattr(row, "answer_date", None):
            dates.append(self.tr("beantwoord %1").replace("%1", format_date(row.answer_date)))
        if dates:
            details.append(" · ".join(dates))
        self.title_label.setText("\n".join(d for d in details if d))

        found = len({s.commitment_id for s in self._spans})
        self.legend_label.setText(
            counted(
                found,
                self.tr("%1 toezegging gemarkeerd"),
                self.tr("%1 toezeggingen gemarkeerd"),
            )
        )
        self.edit.setAccessibleDescription(reference)

        self.edit.setPlainText(self._rendered.text)
        self._format_document()
        self.edit.moveCursor(QTextCursor.MoveOperation.Start)
        self.edit.ensureCursorVisible()
        self.pages.setCurrentWidget(self.content)
        self._on_selection_changed()

    def show_hint(self, text: str) -> None:
        """No document to show: `text` in the middle of the page (and nothing else)."""
        self.clear()
        self.hint_label.setText(text)
        self.pages.setCurrentWidget(self.hint_label)

    def clear(self) -> None:
        self._document = None
        self._text = ""
        self._spans = []
        self._rendered = render("")
        self._map = OffsetMap(self._rendered)
        self._current = None
        self.reference_label.clear()
        self.title_label.clear()
        self.legend_label.clear()
        self.edit.clear()

    def highlight_commitment(self, commitment_id: int | None) -> bool:
        """Emphasise the commitment's spans and scroll to the first; False if it has none."""
        self._set_current(commitment_id)
        first = next((s for s in self._spans if s.commitment_id == commitment_id), None)
        if first is None:
            return False
        cursor = self.edit.textCursor()
        cursor.setPosition(self._map.to_qt(first.end))
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()
        cursor.setPosition(self._map.to_qt(first.start))
        self.edit.setTextCursor(cursor)
        self.edit.centerCursor()
        return True

    def position_of(self, offset: int) -> int:
        """The editor position where the text's character `offset` is shown."""
        return self._map.to_qt(offset)

    @property
    def document_id(self) -> int | None:
        return getattr(getattr(self._document, "row", None), "id", None)

    @property
    def current_commitment(self) -> int | None:
        return self._current

    def spans_at(self, offset: int) -> list[Span]:
        """The spans covering a character offset, the narrowest first."""
        hits = [s for s in self._spans if s.start <= offset < s.end]
        return sorted(hits, key=lambda s: s.end - s.start)

    def highlighted_ranges(self) -> list[tuple[int, int, int]]:
        """(commitment_id, start, end) of each highlighted stretch as the editor holds
        it, in offsets into the text; adjacent stretches of one commitment are joined."""
        out: list[tuple[int, int, int]] = []
        block = self.edit.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                value = fragment.charFormat().property(COMMITMENT_PROPERTY)
                if value is not None:
                    start = self._map.to_py(fragment.position())
                    end = self._map.to_py(fragment.position() + fragment.length())
                    if out and out[-1][0] == value and out[-1][2] >= start:
                        out[-1] = (value, out[-1][1], end)
                    else:
                        out.append((int(value), start, end))
                it += 1
            block = block.next()
        return out

    # -- formats ---------------------------------------------------------------------

    def _colours(self) -> tuple[QColor, QColor]:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return (
            QColor(SPAN_BACKGROUND[1 if dark else 0]),
            QColor(CURRENT_BACKGROUND[1 if dark else 0]),
        )

    def _apply_swatch(self) -> None:
        span_colour, _ = self._colours()
        palette = self.swatch.palette()
        palette.setColor(QPalette.ColorRole.Window, span_colour)
        self.swatch.setPalette(palette)

    def _format_document(self) -> None:
        """The rendered markup (italic questions, headings, superscript footnote
        markers), then the spans over it."""
        document = self.edit.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        base = self.edit.font().pointSizeF()
        for start, end, kind in self._rendered.formats:
            fmt = QTextCharFormat()
            if kind == "italic":
                fmt.setFontItalic(True)
            elif kind == "bold":
                fmt.setFontWeight(QFont.Weight.Bold)
            elif kind == "sup":
                fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            elif kind.startswith("h"):
                fmt.setFontWeight(QFont.Weight.Bold)
                if base > 0:
                    fmt.setFontPointSize(base * HEADING_SCALE.get(kind, 1.0))
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()
        for span in self._spans:
            self._format_span(span)

    def _format_span(self, span: Span) -> None:
        span_colour, current_colour = self._colours()
        current = span.commitment_id == self._current
        fmt = QTextCharFormat()
        fmt.setBackground(current_colour if current else span_colour)
        fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
        # Not by colour alone: the current commitment is also underlined.
        fmt.setFontUnderline(current)
        fmt.setProperty(COMMITMENT_PROPERTY, span.commitment_id)
        fmt.setToolTip(self.tr("Toezegging %1").replace("%1", str(span.commitment_id)))
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(self._map.to_qt(span.start))
        cursor.setPosition(self._map.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_swatch()
            if self._document is not None:
                current = self._current
                self.show_document(self._document)
                if current is not None:
                    self.highlight_commitment(current)

    # -- interaction -----------------------------------------------------------------

    def selection(self) -> tuple[int, int] | None:
        """The selected stretch as (start, end) offsets into the text, or None."""
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.char_at(cursor.selectionStart())
        end = self._map.end_at(cursor.selectionEnd())
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        """Select text[start:end] in the editor (used by tests and by search)."""
        cursor = self.edit.textCursor()
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)

    def _on_selection_changed(self) -> None:
        self.make_action.setEnabled(self._document is not None and self.selection() is not None)

    def make_commitment_from_selection(self) -> None:
        selected = self.selection()
        if selected is None or self.document_id is None:
            return
        start, end = selected
        # Trim the spaces and line breaks a mouse selection tends to pick up at its ends.
        while start < end and self._text[start].isspace():
            start += 1
        while end > start and self._text[end - 1].isspace():
            end -= 1
        if start < end:
            self.make_commitment_requested.emit(
                int(self.document_id), start, end, self._text[start:end]
            )

    def _on_position_clicked(self, position: int) -> None:
        hits = self.spans_at(self._map.char_at(position))
        if hits:
            commitment_id = hits[0].commitment_id
            self._set_current(commitment_id)
            self.commitment_clicked.emit(commitment_id)

    def _set_current(self, commitment_id: int | None) -> None:
        """Make `commitment_id` the emphasised one, reformatting only what changes."""
        previous = self._current
        self._current = commitment_id
        for span in self._spans:
            if span.commitment_id in (previous, commitment_id):
                self._format_span(span)
