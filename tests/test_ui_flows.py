"""The window's flows (ui/flows/) work on their own, given a stand-in for the window."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.flows.change_flow import ChangeFlow
from ui.flows.export_flow import ExportFlow
from ui.flows.import_flow import local_paths
from ui.flows.redate_flow import document_name, redatable


def stand_in(qtbot, **attributes) -> QWidget:
    """A widget with only the attributes a flow asks of the window."""
    window = QWidget()
    qtbot.addWidget(window)
    for name, value in attributes.items():
        setattr(window, name, value)
    return window


def test_a_drop_gives_its_local_files_and_folders_only(qtbot, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "brief.pdf")), QUrl("https://example.org/x")])
    assert local_paths(mime) == [str(tmp_path / "brief.pdf")]
    assert local_paths(QMimeData()) == []
    assert local_paths(None) == []


def test_a_document_is_named_by_its_title_and_its_file():
    document = SimpleNamespace(path="/data/antwoord.txt", title="Antwoord op vragen", reference="")
    assert document_name(document) == "Antwoord op vragen (antwoord.txt)"
    assert document_name(SimpleNamespace(path="", title="", reference="2024D1")) == "2024D1"


def test_only_a_document_without_its_own_date_may_be_given_one():
    undated = SimpleNamespace(document_ids=[1], reference_date=None, reference_date_given=False)
    given = SimpleNamespace(document_ids=[1], reference_date=object(), reference_date_given=True)
    dated = SimpleNamespace(document_ids=[1], reference_date=object(), reference_date_given=False)
    assert redatable(undated) and redatable(given) and not redatable(dated)
    assert not redatable(SimpleNamespace(document_ids=[], reference_date=None))


def test_the_export_path_gets_the_suffix_of_the_chosen_type_and_is_remembered(
    qtbot, settings, monkeypatch, tmp_path
):
    flow = ExportFlow(stand_in(qtbot, settings=settings))
    csv_filter = flow.export_filters()[1][0]
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "lijst"), csv_filter)),
    )
    path = flow.ask_export_path("Exporteren", "toezeggingen.xlsx")
    assert path == str(tmp_path / "lijst.csv")
    assert Path(settings.value("export/directory")) == tmp_path


def test_the_undo_text_names_one_row_by_title_and_more_by_number(qtbot):
    flow = ChangeFlow(stand_in(qtbot))
    short = SimpleNamespace(title="Brief over de wachttijden")
    long = SimpleNamespace(title="De Kamer voor de zomer informeren over " + "x" * 40)
    assert flow.change_text([short], "Afwijzen: ‘%2’", "%1 afwijzen") == (
        "Afwijzen: ‘Brief over de wachttijden’"
    )
    assert flow.change_text([long], "‘%2’", "")[-2:] == "\u2026’"
    assert flow.change_text([short, long], "‘%2’", "%1 toezeggingen afwijzen") == (
        "2 toezeggingen afwijzen"
    )
