"""User-controlled text is shown as plain text in every widget, never as rich text.

A title, quote, note, evidence, ministry, faction, document title or file name that
looks like HTML (`<img src=...>`, `<a href=...>`) must show literally: no image is
loaded, no link is made. The only link in the window is the official publication's,
built from a validated address.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from factories import make_commitment, make_document, open_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QToolTip, QWidget

from tracker import clock
from tracker.store import queries
from tracker.store.suggestions import SuggestionRow
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.due_dialog import DueDialog
from ui.dialogs.edit_dialog import EditDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.main_window import MainWindow
from ui.models import Column
from ui.overview_view import OverviewView
from ui.plain_text import plain

IMG = '<img src="file:///etc/passwd">'
LINK = '<a href="http://evil">klik</a>'
BOLD = "<b>vet</b>"
AMP = "&amp;"
HOSTILE = f"{IMG} {LINK} {BOLD} {AMP}"
TITLE = f"{BOLD} {IMG} titel"
SECOND = f"{LINK} tweede"
QUOTE = f"{IMG} De minister zegt {LINK} toe. {AMP}"
MINISTRY = f"{BOLD} ministerie"
FACTION = f"{LINK}"
NOTE = f"Notitie {IMG} {AMP}"
EVIDENCE = f"{LINK} Kamerstuk"
DOCUMENT_TITLE = f"{IMG} verslag {AMP}"
OFFICIAL = "https://zoek.officielebekendmakingen.nl/"


@pytest.fixture
def ids(db) -> dict[str, int]:
    first = dataclasses.replace(
        make_commitment(TITLE, clock.today() - dt.timedelta(days=5), ministry=MINISTRY),
        actor=f"Minister {BOLD}",
    )
    first.sources[0].quote = QUOTE
    first.sources[0].faction = FACTION
    first.sources[0].question = f"Vraag {IMG}?"
    queries.import_document(
        make_document(title=DOCUMENT_TITLE, path=f"/tmp/{BOLD}.md", source=QUOTE),
        [first, make_commitment(SECOND, None, faction=FACTION)],
    )
    rows = {row.title: row.id for row in queries.list_commitments()}
    queries.mark(rows[TITLE], "partial", note=NOTE, evidence=EVIDENCE)
    return rows


@pytest.fixture
def window(qtbot, ids, settings) -> MainWindow:
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    return window


def select(window: MainWindow, *titles: str) -> None:
    shown = [window.proxy.index(r, Column.TITLE).data() for r in range(window.proxy.rowCount())]
    window.table.clearSelection()
    selection = window.table.selectionModel()
    for title in titles:
        index = window.proxy.index(shown.index(title), 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def as_shown(text: str) -> QTextDocument:
    """The document Qt makes of text in a widget that guesses the format (a tooltip, a
    label left on AutoText): rich text when `Qt.mightBeRichText` says so."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document


def assert_literal(text: str, *expected: str) -> None:
    """`text`, shown where Qt guesses the format, reads as `expected` with no image or
    link made of it."""
    document = as_shown(text)
    shown = document.toPlainText()
    for part in expected:
        assert part in shown, f"{part!r} not shown literally in {shown!r}"
    assert_no_image_or_link(document)


def assert_no_image_or_link(document: QTextDocument, allowed_link: str | None = None) -> None:
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            assert not fmt.isImageFormat(), "an image was made of user text"
            if fmt.isAnchor():
                href = fmt.anchorHref()
                assert allowed_link and href.startswith(allowed_link), f"a link to {href}"
            it += 1
        block = block.next()


def assert_labels_plain(widget: QWidget) -> None:
    """Every label showing hostile text shows it as plain text."""
    found = 0
    for label in [widget, *widget.findChildren(QLabel)]:
        if not isinstance(label, QLabel):
            continue
        text = label.text()
        if any(part in text for part in (IMG, LINK, BOLD, "<b>", AMP)):
            found += 1
            assert label.textFormat() == Qt.TextFormat.PlainText, (
                f"label {label.objectName()!r} may render {text!r} as rich text"
            )
    assert found, "no label showed the hostile text"


# -- the main window -------------------------------------------------------------------


def test_list_shows_titles_literally_and_tooltips_make_no_image(window):
    row = [window.proxy.index(r, Column.TITLE).data() for r in range(window.proxy.rowCount())]
    assert TITLE in row
    index = window.proxy.index(row.index(TITLE), Column.TITLE)
    assert_literal(index.data(Qt.ItemDataRole.ToolTipRole), TITLE)
    for column in Column:
        tip = window.proxy.index(row.index(TITLE), column).data(Qt.ItemDataRole.ToolTipRole)
        if tip:
            assert_no_image_or_link(as_shown(tip))


def test_detail_pane_shows_every_user_text_literally_and_links_only_the_publication(window):
    select(window, TITLE)
    text = window.detail.toPlainText()
    for part in (TITLE, QUOTE, NOTE, EVIDENCE, MINISTRY, FACTION, DOCUMENT_TITLE, "Minister"):
        assert part in text, part
    assert "<img" not in window.detail.toHtml()
    assert_no_image_or_link(window.detail.document(), allowed_link=OFFICIAL)


def test_detail_pane_links_nothing_but_an_official_publication(window, ids):
    from ui.detail_pane import _safe_url

    assert _safe_url(f"{OFFICIAL}kst-32637-999.html")
    for url in ("http://evil/x.html", "javascript:alert(1)", f"{OFFICIAL}a b.html",
                "https://zoek.officielebekendmakingen.nl.evil.nl/kst-1.html",
                f'{OFFICIAL}kst-1.html"><img src=x>'):  # fmt: skip
        assert _safe_url(url) is None, url


def test_document_view_shows_the_document_title_and_path_as_plain_text(window):
    select(window, TITLE)
    window.show_document_action.trigger()
    view = window.document_view
    assert view is not None
    assert IMG in view.title_label.text() or IMG in view.reference_label.text()
    assert_labels_plain(view)
    assert QUOTE in view.edit.toPlainText()


def test_facet_tooltips_show_ministry_and_faction_names_literally(window):
    panel = window.filter_panel
    seen = []
    for view in panel.findChildren(QWidget):
        model = getattr(view, "model", lambda: None)()
        if model is None or not hasattr(model, "rowCount"):
            continue
        for r in range(model.rowCount()):
            tip = model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
            if tip and ("<b>" in tip or "&lt;b&gt;" in tip or "href" in tip):
                seen.append(tip)
                assert_no_image_or_link(as_shown(tip))
    shown = "\n".join(as_shown(t).toPlainText() for t in seen)
    assert MINISTRY in shown


def test_undo_tooltip_names_the_title_literally(qtbot, window, monkeypatch):
    def exec_(dialog: MarkDialog) -> int:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(MarkDialog, "exec", exec_)
    select(window, SECOND)
    window.mark_action.trigger()
    assert SECOND in window.undo_action.text()
    assert_literal(window.undo_action.toolTip(), SECOND)


def test_delete_confirmation_shows_the_titles_literally(window, monkeypatch):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    select(window, TITLE, SECOND)
    window.delete_action.trigger()
    (text,) = asked
    assert_literal(text, TITLE, SECOND)


def test_database_label_in_the_status_bar_is_plain_text(window):
    assert window.database_label.textFormat() == Qt.TextFormat.PlainText


def test_import_report_names_a_hostile_file_name_literally(
    qtbot, db, settings, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    hostile = tmp_path / "<b>vet<b> &amp; <i>.md"
    hostile.write_text("", encoding="utf-8")  # refused: empty
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(hostile)], ""))
    )
    window = open_window(qtbot, settings)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)
    box = window.last_message_box
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert hostile.name in box.informativeText() + box.detailedText()
    assert_labels_plain(box)
    qtbot.waitUntil(lambda: not window.jobs_running())


# -- dialogs ---------------------------------------------------------------------------


def test_mark_dialog_shows_the_title_as_plain_text(qtbot, ids):
    dialog = MarkDialog(queries.get_commitment(ids[TITLE]))
    qtbot.addWidget(dialog)
    assert_labels_plain(dialog)


def test_due_dialog_shows_the_title_as_plain_text(qtbot, ids):
    dialog = DueDialog(queries.get_commitment(ids[TITLE]))
    qtbot.addWidget(dialog)
    assert_labels_plain(dialog)


def test_edit_dialog_fields_hold_the_literal_text(qtbot, ids):
    from PySide6.QtWidgets import QLineEdit

    dialog = EditDialog(queries.get_commitment(ids[TITLE]), ministries=[MINISTRY])
    qtbot.addWidget(dialog)
    texts = [edit.text() for edit in dialog.findChildren(QLineEdit)]
    assert TITLE in texts


def test_merge_dialog_choices_are_plain_buttons(qtbot, ids):
    from PySide6.QtWidgets import QRadioButton

    dialog = MergeDialog(queries.get_commitment(ids[TITLE]), queries.get_commitment(ids[SECOND]))
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChildren(QRadioButton)]  # buttons never parse HTML
    assert any(TITLE in t for t in texts) and any(SECOND in t for t in texts)
    for label in dialog.findChildren(QLabel):
        assert TITLE not in label.text() or label.textFormat() == Qt.TextFormat.PlainText


def test_conflict_dialog_shows_the_other_change_and_the_note_literally(
    qtbot, window, ids, monkeypatch
):
    seen: list[ConflictDialog] = []

    def mark(dialog: MarkDialog) -> int:
        qtbot.keyClicks(dialog.note_edit, NOTE)
        queries.update_commitment(ids[SECOND], title=f"{IMG} nieuw", who=f"Bob {BOLD}")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    def conflict(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        return ConflictDialog.DialogCode.Rejected

    monkeypatch.setattr(MarkDialog, "exec", mark)
    monkeypatch.setattr(ConflictDialog, "exec", conflict)
    select(window, SECOND)
    window.mark_action.trigger()
    (dialog,) = seen
    assert f"{IMG} nieuw" in dialog.details.toPlainText()
    assert_labels_plain(dialog)


def _suggestion(**values) -> SuggestionRow:
    base = dict(
        id=1, state="pending", reason="zoals_toegezegd", score=1.0, sentence=QUOTE,
        matched_words=[BOLD], matched_reference=LINK, evidence=EVIDENCE,
        created_at=dt.datetime.now(), decided_by=None, decided_at=None, commitment_id=1,
        commitment_title=TITLE, commitment_status="open", commitment_due=None,
        commitment_reference=DOCUMENT_TITLE, document_id=1, document_reference=SECOND,
        document_title=DOCUMENT_TITLE, document_date=None, document_url=None,
    )  # fmt: skip
    base.update(values)
    return SuggestionRow(**base)


def test_hints_dialog_shows_sentence_evidence_and_reason_literally(qtbot, window):
    window.hints.action.trigger()
    dialog = window.hints.dialog
    assert dialog is not None
    dialog.model.set_rows([_suggestion()])
    dialog.table.selectRow(0)
    assert QUOTE in dialog.sentence.text()
    assert_labels_plain(dialog)
    for column in range(3):
        tip = dialog.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert_no_image_or_link(as_shown(tip))
    assert_literal(dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole), TITLE)
    assert_literal(dialog.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole), QUOTE)


# -- overview --------------------------------------------------------------------------


def test_overview_tooltip_names_the_ministry_literally(qtbot, db, ids, monkeypatch):
    from tracker.store.queries import overview

    tips = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda pos, text, *a: tips.append(text)))
    view = OverviewView(use_charts=False)
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.refresh(overview(clock.today()))
    view.show()
    qtbot.waitExposed(view)
    chart = view.ministry_chart
    where = chart._categories.index(MINISTRY)
    monkeypatch.setattr(chart, "_bar_at", lambda position: (0, where))
    qtbot.mouseMove(chart, QPoint(10, 10))
    qtbot.mouseMove(chart, QPoint(20, 20))
    assert tips
    assert_literal(tips[-1], MINISTRY)


# -- the helper ------------------------------------------------------------------------


def test_plain_leaves_ordinary_text_alone_and_escapes_what_looks_like_html():
    assert plain("Evaluatie & brief") == "Evaluatie & brief"
    assert plain("") == ""
    assert_literal(plain(HOSTILE), IMG, LINK, BOLD, AMP)
    assert_literal(plain(f"{BOLD}\nregel twee"), BOLD, "regel twee")
