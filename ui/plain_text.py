"""User-controlled text shown literally in widgets that guess the text format.

Tooltips and the static `QMessageBox` functions take text for rich text when
`Qt.mightBeRichText` says it looks like HTML: a title "<img src=...>" would load an
image, "<a href=...>" would become a link. Labels showing such text get
`Qt.TextFormat.PlainText`; where no format can be set, `plain` escapes the text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def plain(text: str) -> str:
    """`text` as a tooltip or auto-format message shows it: literally. Unchanged where Qt
    already takes it for plain text; otherwise escaped inside a `<qt>` document."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False)
    return f"<qt><p style='white-space:pre-wrap'>{escaped}</p></qt>"


def plain_label(label: QLabel) -> QLabel:
    """`label`, set to show its text as plain text (never as HTML)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
