"""The overview charts, the document view, the settings dialog, the translations and
the screenshot option, driven with pytest-qt on the offscreen platform.

The widgets take plain data; until the store delivers `Overview` and `DocumentText`,
the tests build look-alike dataclasses with the same field names.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from ui import overview_view
from ui.document_view import DocumentView, _OffsetMap
from ui.i18n import install_translators, system_language, translation_dirs
from ui.overview_view import KINDS, OverviewView
from ui.settings_dialog import SettingsDialog

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


@dataclass
class Overview:
    per_ministry: list = field(default_factory=list)
    per_month: list = field(default_factory=list)
    overdue_per_month: list = field(default_factory=list)


@dataclass
class DocumentRow:
    id: int
    title: str
    reference: str
    kind: str = "verslag"
    document_date: dt.date | None = None
    answer_date: dt.date | None = None
    url: str | None = None
    commitments: int = 0


@dataclass
class DocumentText:
    row: DocumentRow
    text: str
    spans: list = field(default_factory=list)


MONTHS = [dt.date(2027, 1, 1) + dt.timedelta(days=31 * i) for i in range(12)]
MONTHS = [d.replace(day=1) for d in MONTHS]
OVERVIEW = Overview(
    per_ministry=[
        ("Onderwijs, Cultuur en Wetenschap", 40, 12, 25),
        ("Economische Zaken en Klimaat", 22, 3, 10),
        (None, 2, 0, 1),
    ],
    per_month=[(month, (i * 7) % 11) for i, month in enumerate(MONTHS)],
)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


# -- overview ------------------------------------------------------------------------


@pytest.fixture(params=["charts", "painted"])
def overview(request, qtbot) -> OverviewView:
    if request.param == "charts" and not overview_view.HAVE_QTCHARTS:
        pytest.skip("QtCharts is not installed")
    view = OverviewView(use_charts=request.param == "charts")
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.refresh(OVERVIEW)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_overview_bars_carry_the_figures_per_ministry_and_month(overview):
    values = overview.ministry_chart.values()
    assert values["open"] == [40, 22, 2]
    assert values["overdue"] == [12, 3, 0]
    assert values["fulfilled"] == [25, 10, 1]
    assert overview.month_chart.values()["open"] == [count for _, count in OVERVIEW.per_month]


def test_overview_shows_totals_as_text_not_colour_alone(overview):
    assert overview.summary_label.text().startswith("Open: 64 · te laat: 15 · voldaan: 36")
    description = overview.ministry_chart.accessibleDescription()
    assert "Economische Zaken en Klimaat: Open 22, Te laat 3, Voldaan 10" in description
    assert "(geen ministerie)" in description
    assert "jan 2027: 0" in overview.month_chart.accessibleDescription()


@pytest.mark.skipif(not overview_view.HAVE_QTCHARTS, reason="QtCharts is not installed")
def test_chart_legend_and_month_axis_are_labelled(qtbot):
    view = OverviewView()
    qtbot.addWidget(view)
    view.refresh(OVERVIEW)
    labels = [s.label() for s in view.ministry_chart.sets]
    assert labels == ["Open (64)", "Te laat (15)", "Voldaan (36)"]
    month_axis = view.month_chart.chart_.axes(Qt.Orientation.Horizontal)[0]
    # the year under the month: side by side they ran together ("aug 2027sep 2027")
    assert month_axis.categories()[:3] == ["jan<br>2027", "feb<br>2027", "mrt<br>2027"]


@pytest.mark.skipif(not overview_view.HAVE_QTCHARTS, reason="QtCharts is not installed")
def test_month_labels_fit_under_their_bars_at_a_laptop_width(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    view = OverviewView(window)
    view.resize(740, 600)  # the tab between the filter panel and the detail pane
    view.refresh(OVERVIEW)
    view.show()
    qtbot.waitExposed(view)
    chart = view.month_chart.chart_
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    metrics = QFontMetrics(axis.labelsFont())
    room = chart.plotArea().width() / len(axis.categories())
    for label in axis.categories():
        widest = max(metrics.horizontalAdvance(line) for line in label.split("<br>"))
        assert widest < room, (label, widest, room)


@pytest.mark.skipif(not overview_view.HAVE_QTCHARTS, reason="QtCharts is not installed")
def test_refreshing_the_overview_draws_one_value_axis_not_a_stale_one_too(qtbot):
    view = OverviewView()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()

    def drawn(chart) -> int:
        return sum(1 for item in chart.scene().items() if item.isVisible())

    view.refresh(OVERVIEW)
    before = {"ministry": drawn(view.ministry_chart), "month": drawn(view.month_chart)}
    for _ in range(3):
        view.refresh(OVERVIEW)
    # the axes (labels, ticks, grid) of an earlier refresh are not drawn as well ("0 0")
    assert drawn(view.ministry_chart) == before["ministry"]
    assert drawn(view.month_chart) == before["month"]


def test_an_all_overdue_backlog_shows_per_month_it_fell_due(overview):
    backlog = Overview(
        per_ministry=[("OCW", 3, 3, 0)],
        per_month=[(month, 0) for month in MONTHS],
        overdue_per_month=[(dt.date(2026, 3, 1), 2), (dt.date(2026, 9, 1), 1)],
    )
    overview.refresh(backlog)
    bars = overview.month_chart.values()
    assert bars["overdue"] == [2, 1] + [0] * 12
    assert bars["open"] == [0] * 14
    assert "sep 2026: 1" in overview.month_chart.accessibleDescription()
    assert not overview.summary_label.text().startswith("Nog geen")


@pytest.mark.skipif(not overview_view.HAVE_QTCHARTS, reason="QtCharts is not installed")
def test_qbarset_click_emits_ministry_and_kind(qtbot):
    view = OverviewView()
    qtbot.addWidget(view)
    view.refresh(OVERVIEW)
    overdue = view.ministry_chart.sets[KINDS.index("overdue")]
    # QtCharts counts horizontal categories from the bottom: index 2 is the top row.
    with qtbot.waitSignal(view.ministry_clicked) as blocker:
        overdue.clicked.emit(2)
    assert blocker.args == ["Onderwijs, Cultuur en Wetenschap", "overdue"]
    with qtbot.waitSignal(view.ministry_clicked) as blocker:
        view.ministry_chart.sets[0].clicked.emit(0)
    assert blocker.args == ["", "open"]  # no ministry


@pytest.mark.skipif(not overview_view.HAVE_QTCHARTS, reason="QtCharts is not installed")
def test_qbarset_click_on_a_month_emits_its_first_day(qtbot):
    view = OverviewView()
    qtbot.addWidget(view)
    view.refresh(OVERVIEW)
    with qtbot.waitSignal(view.month_clicked) as blocker:
        view.month_chart.sets[0].clicked.emit(3)
    assert blocker.args == [dt.date(2027, 4, 1)]


def test_mouse_click_on_a_bar_emits_ministry_clicked(qtbot, overview):
    chart = overview.ministry_chart
    target = chart.viewport() if hasattr(chart, "viewport") else chart
    position = chart.bar_position(KINDS.index("fulfilled"), 1).toPoint()
    with qtbot.waitSignal(overview.ministry_clicked) as blocker:
        qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=position)
        qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=position)
    assert blocker.args == ["Economische Zaken en Klimaat", "fulfilled"]


def test_mouse_click_on_a_month_bar_emits_month_clicked(qtbot, overview):
    chart = overview.month_chart
    target = chart.viewport() if hasattr(chart, "viewport") else chart
    position = chart.bar_position(0, 2).toPoint()
    with qtbot.waitSignal(overview.month_clicked) as blocker:
        qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=position)
        qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=position)
    assert blocker.args == [dt.date(2027, 3, 1)]


def test_empty_overview_says_so(qtbot):
    view = OverviewView()
    qtbot.addWidget(view)
    view.refresh(Overview())
    assert view.summary_label.text() == "Nog geen toezeggingen om te tonen."


# -- document view -------------------------------------------------------------------

TEXT = (
    "### Vragen van de VVD-fractie\n"
    "\n"
    "*De leden vragen wanneer de brief komt.*\n"
    "\n"
    "Ik zal de Kamer voor de zomer informeren.<sup>1</sup> Zie <img src=x> en <b>vet</b>.\n"
    "Daarnaast stuur ik uiterlijk in maart 2027 een evaluatie.\n"
)
FIRST = "Ik zal de Kamer voor de zomer informeren."
SECOND = "stuur ik uiterlijk in maart 2027 een evaluatie"


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


@pytest.fixture
def document() -> DocumentText:
    row = DocumentRow(
        id=7,
        title="Bedrijfslevenbeleid; Verslag <i>schriftelijk</i> overleg",
        reference="Kamerstuk 32 637, nr. 448",
        document_date=dt.date(2021, 3, 10),
        answer_date=dt.date(2021, 3, 9),
        commitments=2,
    )
    return DocumentText(row, TEXT, [(11, *span_of(TEXT, FIRST)), (12, *span_of(TEXT, SECOND))])


@pytest.fixture
def doc_view(qtbot, document) -> DocumentView:
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show_document(document)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_document_highlights_exactly_the_given_spans(doc_view, document):
    assert doc_view.highlighted_ranges() == [(c, s, e) for c, s, e in document.spans]
    assert doc_view.legend_label.text() == "2 toezeggingen gemarkeerd"
    assert doc_view.reference_label.text() == "Kamerstuk 32 637, nr. 448"


def format_at(view: DocumentView, offset: int):
    """The character format the editor shows the text's character `offset` in."""
    cursor = QTextCursor(view.edit.document())
    cursor.setPosition(view.position_of(offset) + 1)
    return cursor.charFormat()


def test_document_is_rendered_not_shown_as_raw_markup(doc_view, document):
    shown = doc_view.edit.toPlainText()
    assert "<sup>" not in shown and "*De leden" not in shown and "###" not in shown
    assert shown.startswith("Vragen van de VVD-fractie\n")
    assert "informeren.1 Zie" in shown
    footnote = format_at(doc_view, TEXT.index("<sup>1") + 5)
    assert footnote.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    heading = format_at(doc_view, TEXT.index("Vragen van"))
    assert heading.fontWeight() == QFont.Weight.Bold
    # Other markup is never interpreted: it stays text.
    assert "Zie <img src=x> en <b>vet</b>." in shown
    assert doc_view.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "<i>schriftelijk</i>" in doc_view.title_label.text()


def test_question_lines_are_italic(doc_view):
    assert format_at(doc_view, TEXT.index("De leden")).fontItalic()
    assert not format_at(doc_view, TEXT.index("Daarnaast")).fontItalic()


def test_highlights_land_on_the_rendered_text(qtbot):
    text = "# Kop\n\n*Vraag?*\n\nIk zal *de Kamer*<sup>2</sup> voor de zomer informeren.\n"
    needle = "Ik zal *de Kamer*<sup>2</sup> voor de zomer informeren."
    start, end = span_of(text, needle)
    view = DocumentView()
    qtbot.addWidget(view)
    view.show_document(DocumentText(DocumentRow(1, "t", "r"), text, [(5, start, end)]))
    assert view.highlighted_ranges() == [(5, start, end)]
    cursor = QTextCursor(view.edit.document())
    cursor.setPosition(view.position_of(start))
    cursor.setPosition(view.position_of(end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Ik zal de Kamer2 voor de zomer informeren."
    view.select_range(*span_of(text, "de Kamer"))
    with qtbot.waitSignal(view.make_commitment_requested) as blocker:
        view.make_action.trigger()
    assert blocker.args[3] == "de Kamer"


def test_without_a_document_the_view_shows_a_hint_not_an_empty_page(qtbot):
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    assert not view.swatch.isVisible()
    assert view.hint_label.isVisible() and view.hint_label.text()
    assert view.hint_label.alignment() & Qt.AlignmentFlag.AlignHCenter


def test_highlight_commitment_emphasises_only_that_one(doc_view):
    assert doc_view.highlight_commitment(12)
    current = format_at(doc_view, TEXT.index(SECOND) + 2)
    other = format_at(doc_view, TEXT.index(FIRST) + 2)
    assert current.fontUnderline() and not other.fontUnderline()
    assert current.background().color() != other.background().color()
    assert doc_view.edit.textCursor().position() == doc_view.position_of(TEXT.index(SECOND))
    assert not doc_view.highlight_commitment(999)


def test_make_commitment_from_selection_emits_offsets_into_the_text(qtbot, doc_view, document):
    assert not doc_view.make_action.isEnabled()
    needle = "Daarnaast stuur ik"
    start, end = span_of(TEXT, needle)
    doc_view.select_range(start, end)
    assert doc_view.make_action.isEnabled()
    with qtbot.waitSignal(doc_view.make_commitment_requested) as blocker:
        doc_view.make_action.trigger()
    document_id, got_start, got_end, selected = blocker.args
    assert document_id == 7
    assert TEXT[got_start:got_end] == selected == needle


def test_make_commitment_shortcut_is_ctrl_t(qtbot, doc_view):
    doc_view.select_range(*span_of(TEXT, "Zie <img src=x>"))
    doc_view.edit.setFocus()
    with qtbot.waitSignal(doc_view.make_commitment_requested) as blocker:
        qtbot.keyClick(doc_view.edit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[3] == "Zie <img src=x>"


def test_clicking_in_a_highlight_emits_commitment_clicked(qtbot, doc_view):
    edit = doc_view.edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(doc_view.position_of(TEXT.index(SECOND) + 5))
    point = edit.cursorRect(cursor).center()
    point.setX(point.x() + 2)  # inside the character after the cursor
    with qtbot.waitSignal(doc_view.commitment_clicked) as blocker:
        qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [12]


def test_clicking_outside_a_highlight_emits_nothing(qtbot, doc_view):
    edit = doc_view.edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(doc_view.position_of(TEXT.index("Vragen van") + 3))
    with qtbot.assertNotEmitted(doc_view.commitment_clicked):
        qtbot.mouseClick(
            edit.viewport(), Qt.MouseButton.LeftButton, pos=edit.cursorRect(cursor).center()
        )


def test_offsets_survive_crlf_and_characters_outside_the_bmp(qtbot):
    text = "Eerste regel \U0001f600.\r\nIk zal de Kamer informeren.\r\nEinde."
    start, end = span_of(text, "Ik zal de Kamer informeren.")
    view = DocumentView()
    qtbot.addWidget(view)
    view.show_document(DocumentText(DocumentRow(1, "t", "r"), text, [(5, start, end)]))
    assert view.highlighted_ranges() == [(5, start, end)]
    view.select_range(start, end)
    with qtbot.waitSignal(view.make_commitment_requested) as blocker:
        view.make_action.trigger()
    assert blocker.args[1:3] == [start, end]
    mapping = _OffsetMap(text)
    assert all(mapping.to_py(mapping.to_qt(i)) <= i for i in range(len(text) + 1))


# -- settings ------------------------------------------------------------------------


def test_settings_dialog_stores_language_name_and_days(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "system"
    assert dialog.days_spin.value() == 14
    assert dialog.name_edit.text()  # the OS user by default
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.name_edit.setText("J. de Griffier")
    dialog.days_spin.setValue(30)
    dialog.accept()
    assert settings.value("ui/language") == "en"
    assert settings.value("user/display_name") == "J. de Griffier"
    assert int(settings.value("filters/due_within_days")) == 30

    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "en"
    assert again.name_edit.text() == "J. de Griffier"
    assert again.days_spin.value() == 30


def test_settings_dialog_cancel_stores_nothing(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.days_spin.setValue(99)
    dialog.reject()
    assert settings.value("filters/due_within_days") is None


# -- translations ----------------------------------------------------------------------


def test_english_setting_translates_the_dialog(qtbot, english, settings):
    assert english == "en"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    assert QCoreApplication.translate("OverviewView", "mrt") == "Mar"
    assert dialog.database_edit.placeholderText() == "postgresql://user@server:5432/commitments"


def test_every_rule_label_of_a_cue_is_marked_for_translation():
    from tracker.extract.rules import RULES
    from ui.cue_labels import CUE_LABELS

    assert {rule.label for rule in RULES} <= set(CUE_LABELS)


def test_the_why_text_of_the_detail_pane_is_english_in_the_english_window(english):
    from ui.cue_labels import explain_cue

    assert explain_cue("aankondiging met 'zal ... gaan' (Minister van OCW)") == (
        "announcement on \u2018zal ... gaan\u2019 (Minister van OCW)"
    )
    assert explain_cue(
        "aangekondigde handeling (lijdende vorm) met 'wordt ... geëvalueerd' "
        "(lijdende vorm, Staatssecretaris van EZK)"
    ) == (
        "announced act (passive) on \u2018wordt ... geëvalueerd\u2019 "
        "(passive, Staatssecretaris van EZK)"
    )
    assert explain_cue("handmatig") == "added by hand"
    assert explain_cue("iets anders") == "iets anders"  # not the core's: shown as it is


def test_the_why_text_stays_dutch_in_the_dutch_window():
    from ui.cue_labels import explain_cue

    cue = "aankondiging met 'zal ... gaan' (Minister van OCW)"
    assert explain_cue(cue) == "aankondiging met \u2018zal ... gaan\u2019 (Minister van OCW)"


def test_dutch_setting_keeps_the_dutch_source_texts(qtbot, qapp, settings):
    settings.setValue("ui/language", "nl")
    assert install_translators(qapp, settings) == "nl"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Instellingen"


def test_override_wins_over_the_setting(qapp, settings):
    settings.setValue("ui/language", "en")
    assert install_translators(qapp, settings, override="nl") == "nl"
    assert QApplication.translate("SettingsDialog", "Instellingen") == "Instellingen"


def test_system_language_prefers_dutch_or_english_and_falls_back_to_dutch():
    from PySide6.QtCore import QLocale

    assert system_language(QLocale("en_US")) == "en"
    assert system_language(QLocale("nl_NL")) == "nl"
    assert system_language(QLocale("de_DE")) == "nl"


def test_compiled_translation_exists_where_the_window_looks():
    assert (I18N / "tracker_en.qm").is_file()
    assert I18N in translation_dirs()


def test_every_message_in_the_ts_has_an_english_translation():
    root = ET.parse(I18N / "tracker_en.ts").getroot()
    missing = []
    count = 0
    for context in root.iter("context"):
        for message in context.iter("message"):
            count += 1
            translation = message.find("translation")
            if (
                translation is None
                or not (translation.text or "").strip()
                or translation.get("type") == "unfinished"
            ):
                missing.append((context.findtext("name"), message.findtext("source")))
    assert count > 100
    assert missing == []


# -- screenshot ------------------------------------------------------------------------


def test_run_gui_screenshot_has_the_requested_size(tmp_path, qapp, db):
    from tracker.store.connection import close_database
    from ui.app import run_gui

    close_database()  # run_gui opens the database itself
    target = tmp_path / "shot.png"
    code = run_gui(
        str(tmp_path / "tracker.sqlite"), screenshot=str(target), size=(800, 600), language="nl"
    )
    assert code == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (800, 600)
