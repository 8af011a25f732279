"""Official XML (<officiele-publicatie>): parsed safely, read like the plain text."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from tracker.documents import DocumentError, read_document
from tracker.documents.xml_reader import to_text
from tracker.extract import extract

FIXTURE = Path(__file__).parent / "data" / "formats" / "kamervragen.xml"


def test_xml_kamervragen_gives_questions_answers_and_commitment(tmp_path):
    path = tmp_path / "ah-tk-20212022-1.xml"
    shutil.copy(FIXTURE, path)
    document = read_document(path)
    assert document.kind == "kamervragen"
    assert [e.number for e in document.exchanges if e.role == "answer"] == ["1", "2"]
    first = document.exchanges[0]
    assert first.question == "Wanneer wordt de regeling geëvalueerd?"
    assert first.answer[0].text == "In 2022 wordt de regeling geëvalueerd."
    assert document.exchanges[1].answer[0].text == "Ja & nee."
    commitments = extract(document)
    assert [c.due for c in commitments] == [dt.date(2022, 12, 31)]


def test_xml_keeps_metadata_out_of_the_text_and_footnotes_as_footnotes():
    text = to_text("x.xml", FIXTURE.read_bytes()).text
    assert "DC.title" not in text and "Vragen over de regeling" not in text
    assert "geëvalueerd.<sup>1</sup>\n\n<sup>1</sup> Zie Kamerstuk 1 234.\n" in text
    assert "\n\nVraag 1\n\nWanneer wordt de regeling geëvalueerd?\n\nAntwoord 1\n\n" in text


def test_xml_vrije_tekst_italic_question_and_heading():
    data = (
        b"<officiele-publicatie><kamerstuk><vrije-tekst><kop><titel>Titel</titel></kop>"
        b"<tussenkop>Inleiding</tussenkop><al><nadruk type='cur'>Een vraag?</nadruk></al>"
        b"<al>Een antwoord.</al></vrije-tekst></kamerstuk></officiele-publicatie>"
    )
    assert (
        to_text("x.xml", data).text
        == "**Titel**\n\n### Inleiding\n\n*Een vraag?*\n\nEen antwoord.\n"
    )


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<officiele-publicatie><al>&lol2;</al></officiele-publicatie>"""


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (BOMB, "DOCTYPE or ENTITY declaration is refused"),
        (BOMB.decode().encode("utf-16"), "DOCTYPE or ENTITY declaration is refused"),
        (b"<officiele-publicatie><al>open", "malformed XML"),
        (b"\x00\x01\x02junk", "malformed XML"),
        (b"<rss><item/></rss>", "not an official publication"),
        (b"<officiele-publicatie><metadata/></officiele-publicatie>", "no text"),
        (
            b"<officiele-publicatie>"
            + b"<divisie>" * 5000
            + b"</divisie>" * 5000
            + b"</officiele-publicatie>",
            "nested too deeply",
        ),
    ],
)
def test_bad_xml_is_one_clear_error(tmp_path, data, problem):
    path = tmp_path / "stuk.xml"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and problem in str(err.value)


# -- official publications with their metadata ---------------------------------------------

OFFICIAL = Path(__file__).parent / "data" / "formats" / "official"
VERSLAG = OFFICIAL / "kst-32637-449.xml"
KAMERVRAGEN = OFFICIAL / "ah-tk-20212022-3456.xml"
REPOSITORY = OFFICIAL / "repository" / "kst-31239-351"


def _copy(source: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copy(source, target)
    return target


def _answers(document):
    return [e for e in document.exchanges if e.role == "answer"]


def test_kamerstuk_verslag_head_dates_factions_and_footnote(tmp_path):
    document = read_document(_copy(VERSLAG, tmp_path))
    assert document.kind == "verslag"
    assert (document.dossier, document.number) == ("32637", "449")
    assert document.official_id == "kst-32637-449"
    assert document.reference == "Kamerstuk 32 637, nr. 449"
    assert document.title == "Bedrijfslevenbeleid; Verslag van een schriftelijk overleg"
    assert document.dossier_title == "Bedrijfslevenbeleid"
    # "Vastgesteld 14 juni 2022" is the date, "Bij brief van 10 juni 2022" the answer date;
    # the publication date in the metadata (DCTERMS.issued 2022-06-16) replaces neither.
    assert document.date == dt.date(2022, 6, 14)
    assert document.reference_date == dt.date(2022, 6, 10)
    assert document.addressee == "Minister van Economische Zaken en Klimaat"
    assert [e.faction for e in _answers(document)] == ["VVD", "VVD", "D66", "CDA"]
    # a tussenkop inside the VVD section is a sub-heading: the questions stay the VVD's
    assert _answers(document)[1].section == "Regionale ontwikkelingsmaatschappijen"
    assert _answers(document)[0].question.startswith("De leden van de VVD-fractie hebben")
    assert _answers(document)[0].answer_text == (
        "De MIT-regeling wordt geëvalueerd door een onafhankelijk onderzoeksbureau. "
        "Ik stuur de evaluatie voor het einde van dit jaar aan uw Kamer."
    )
    assert document.footnotes == {"1": "Kamerstuk 32 637, nr. 440, bijlage 2."}
    assert [b.text for b in _answers(document)[2].answer][1:4] == [
        "één digitaal loket voor vergunningen;",
        "een mkb-toets bij elk nieuw wetsvoorstel;",
        "een eenvoudiger aanvraag van subsidies.",
    ]
    assert not any("Hagen" in e.answer_text for e in document.exchanges)  # the signature
    assert document.warnings == []


def test_kamerstuk_verslag_commitments_have_their_due_dates(tmp_path):
    document = read_document(_copy(VERSLAG, tmp_path))
    found = sorted((c.due, c.due_text) for c in extract(document))
    assert found == [
        (dt.date(2022, 11, 1), "uiterlijk 1 november 2022"),
        (dt.date(2022, 12, 31), "voor het einde van dit jaar"),
        (dt.date(2023, 3, 31), "in het eerste kwartaal van 2023"),
    ]


def test_kamerstuk_sections_become_headings_one_level_per_divisie():
    text = to_text("x.xml", VERSLAG.read_bytes()).text
    assert "\n\n**32 637**\n\n**Bedrijfslevenbeleid**\n\n**Nr. 449**\n\n" in text
    assert "\n\n## Vragen en opmerkingen vanuit de fracties en reactie" in text
    assert "\n\n### Vragen en opmerkingen van de leden van de VVD-fractie\n\n" in text
    assert "\n\n#### Regionale ontwikkelingsmaatschappijen\n\n" in text
    assert "\n\nDe voorzitter van de commissie, Hagen\n\n" in text


def test_lists_keep_their_numbers_and_unmarked_items_become_bullets():
    data = (
        b"<officiele-publicatie><kamerstuk><vrije-tekst><al>Er zijn twee stappen:</al>"
        b"<lijst><li><li.nr>1.</li.nr><al>eerst overleg;</al></li>"
        b"<li nr='2.'><al>dan een besluit.</al></li></lijst>"
        b"<lijst><li><al>los punt</al></li></lijst></vrije-tekst></kamerstuk>"
        b"</officiele-publicatie>"
    )
    assert to_text("x.xml", data).text == (
        "Er zijn twee stappen:\n\n1. eerst overleg;\n\n2. dan een besluit.\n\n- los punt\n"
    )


def test_kamervragen_vraag_and_antwoord_numbers_from_attribute_or_child(tmp_path):
    document = read_document(_copy(KAMERVRAGEN, tmp_path))
    assert document.kind == "kamervragen"
    assert [e.number for e in _answers(document)] == ["1", "2 en 3", "4"]
    assert _answers(document)[1].question == (
        "Hoeveel kinderen staan op dit moment op een wachtlijst voor jeugdhulp?\n\n"
        "Wanneer verwacht u dat de wachttijden weer binnen de Treeknormen vallen?"
    )
    assert [(a.name, a.party) for a in document.askers] == [("Kuiper", "VVD"), ("Van Dijk", "CDA")]
    assert {e.faction for e in _answers(document)} == {"VVD, CDA"}
    assert document.answerer == "Staatssecretaris van Volksgezondheid, Welzijn en Sport"
    assert document.asked_date == dt.date(2022, 6, 1)
    assert document.date == document.reference_date == dt.date(2022, 6, 27)
    assert document.footnotes == {"1": "NOS, 30 mei 2022."}
    # from the metadata and the kamervraagnummer: the text itself names neither
    assert document.official_id == "ah-tk-20212022-3456"
    assert document.number == "3456"
    assert document.title == (
        "Vragen van de leden Kuiper en Van Dijk over wachttijden in de jeugdzorg"
    )
    assert document.warnings == []
    # the promise to inform, and the "Ja." to "Bent u bereid de wachttijden per regio
    # openbaar te maken?" (the specification: a yes to a request is a commitment)
    assert [(c.due, c.due_text, c.sources[0].quote[:9]) for c in extract(document)] == [
        (dt.date(2022, 10, 1), "voor 1 oktober 2022", "Er zijn g"),
        (None, None, "Bent u be"),
    ]


def test_kamervragen_metadata_fills_what_a_bare_text_lacks(tmp_path):
    data = (
        "<officiele-publicatie><metadata>"
        "<meta name='DC.identifier' content='ah-tk-20222023-77'/>"
        "<meta name='DC.type' content='Aanhangsel van de Handelingen'/>"
        "<meta name='OVERHEIDop.indiener' content='Bos (D66)'/>"
        "<meta name='OVERHEIDop.ontvanger' content='Minister van Financiën'/>"
        "<meta name='OVERHEIDop.datumIndiening' content='2023-01-10'/>"
        "<meta name='OVERHEIDop.datumOntvangst' content='2023-02-01'/>"
        "<meta name='DCTERMS.issued' content='2023-02-08'/>"
        "</metadata><kamervragen>"
        "<vraag nr='1'><al>Komt er een evaluatie?</al></vraag>"
        "<antwoord nr='1'><al>Ja, de evaluatie stuur ik binnen drie maanden naar uw Kamer.</al>"
        "</antwoord></kamervragen></officiele-publicatie>"
    )
    path = tmp_path / "vragen.xml"
    path.write_text(data, encoding="utf-8")
    document = read_document(path)
    assert document.kind == "kamervragen"
    assert document.official_id == "ah-tk-20222023-77" and document.number == "77"
    assert document.date == document.reference_date == dt.date(2023, 2, 1)  # ontvangen
    assert document.asked_date == dt.date(2023, 1, 10)
    assert document.addressee == "Minister van Financiën"
    assert _answers(document)[0].faction == "D66"
    assert [c.due for c in extract(document)] == [dt.date(2023, 5, 1)]


def test_repository_metadata_file_wins_and_fills_the_missing_number_and_date(tmp_path):
    # .../1/xml/kst-31239-351.xml has no "Nr." and no "Vastgesteld"; its <metadata> says
    # nr. 350, the separate .../1/metadata/metadata.xml (the official record) nr. 351.
    root = tmp_path / "kst-31239-351"
    shutil.copytree(REPOSITORY, root)
    document = read_document(root / "1" / "xml" / "kst-31239-351.xml")
    assert (document.dossier, document.number) == ("31239", "351")
    assert document.official_id == "kst-31239-351"
    assert document.reference == "Kamerstuk 31 239, nr. 351"
    assert document.title == (
        "Stimulering duurzame energieproductie en klimaattransitie; "
        "Verslag van een schriftelijk overleg"
    )
    assert document.date == document.reference_date == dt.date(2022, 9, 20)  # DCTERMS.issued
    assert _answers(document)[0].faction == "GroenLinks"
    # "binnen drie maanden" counts from the publication date the metadata gave
    assert dt.date(2022, 12, 20) in [c.due for c in extract(document)]


@pytest.mark.parametrize("name", ["kst-32637-449.metadata.xml", "kst-32637-449_metadata.xml"])
def test_companion_beside_the_file_overrides_the_text_with_a_warning(tmp_path, name):
    path = _copy(VERSLAG, tmp_path)
    (tmp_path / name).write_text(
        "<metadata_gegevens><metadata name='OVERHEIDop.ondernummer' content='450'/>"
        "<metadata name='DCTERMS.issued' content='2022-06-20'/></metadata_gegevens>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.number == "450"
    # the <metadata> block in the file says kst-32637-449, which the companion does not
    # contradict; the companion's number is the record, and the warning shows the clash
    assert any("nr. 450 where the text says 449" in w for w in document.warnings)
    assert document.date == dt.date(2022, 6, 14)


def test_companion_number_rebuilds_an_official_id_the_text_implied(tmp_path):
    data = VERSLAG.read_bytes().replace(b'<meta name="DC.identifier"', b'<meta name="x"')
    data = data.replace(b'name="OVERHEIDop.ondernummer"', b'name="y"')
    path = tmp_path / "verslag.xml"
    path.write_bytes(data)
    (tmp_path / "metadata.xml").write_text(
        "<metadata_gegevens><metadata name='OVERHEIDop.ondernummer' content='450'/>"
        "</metadata_gegevens>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert (document.number, document.official_id) == ("450", "kst-32637-450")


def test_companion_of_another_publication_is_not_used(tmp_path):
    path = _copy(VERSLAG, tmp_path)
    (tmp_path / "metadata.xml").write_text(
        "<metadata_gegevens><metadata name='DC.identifier' content='kst-32637-500'/>"
        "<metadata name='OVERHEIDop.ondernummer' content='500'/></metadata_gegevens>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.number == "449"
    assert any("describes kst-32637-500, not kst-32637-449" in w for w in document.warnings)


def test_plain_metadata_file_in_a_folder_of_several_publications_is_not_guessed(tmp_path):
    data = VERSLAG.read_bytes().replace(b'name="DC.identifier"', b'name="x"')
    path = tmp_path / "verslag.xml"
    path.write_bytes(data)
    _copy(KAMERVRAGEN, tmp_path)
    (tmp_path / "metadata.xml").write_text(
        "<metadata_gegevens><metadata name='OVERHEIDop.ondernummer' content='500'/>"
        "</metadata_gegevens>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.number == "449"
    assert any("does not say which of the documents" in w for w in document.warnings)


@pytest.mark.parametrize(
    ("companion", "problem"),
    [
        (b"<metadata_gegevens><metadata", "malformed XML"),
        (b"<!DOCTYPE x [<!ENTITY a 'b'>]><metadata_gegevens/>", "DOCTYPE or ENTITY"),
        (b"<rss/>", "not a metadata file"),
    ],
)
def test_unreadable_companion_is_a_warning_not_a_failure(tmp_path, companion, problem):
    path = _copy(VERSLAG, tmp_path)
    (tmp_path / "metadata.xml").write_bytes(companion)
    document = read_document(path)
    assert document.number == "449" and _answers(document)
    assert any(
        w.startswith("official metadata not used") and problem in w and "metadata.xml" in w
        for w in document.warnings
    )


def test_invalid_metadata_values_are_ignored_with_a_warning(tmp_path):
    data = VERSLAG.read_bytes()
    for old, new in [
        (b'content="32637"', b'content="Bedrijfsleven"'),
        (b'content="449"', b'content="vierhonderd"'),
        (b'content="2021-2022"', b'content="2022"'),
        (b'content="kst-32637-449"', b'content="zie boven"'),
        (b"<al>Vastgesteld 14 juni 2022</al>", b""),
        (b'content="2022-06-16"', b'content="2022-13-45"'),
    ]:
        assert old in data
        data = data.replace(old, new)
    path = tmp_path / "stuk.xml"
    path.write_bytes(data)
    document = read_document(path)
    assert (document.dossier, document.number) == ("32637", "449")  # as the text says
    assert document.official_id == "kst-32637-449"
    assert document.date is None
    for name in ("dossiernummer", "ondernummer", "vergaderjaar", "DC.identifier", "issued"):
        assert any(name in w and "ignored" in w for w in document.warnings), name


def test_a_metadata_file_given_as_document_is_refused_as_such(tmp_path):
    path = tmp_path / "metadata.xml"
    shutil.copy(REPOSITORY / "1" / "metadata" / "metadata.xml", path)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value)
    assert "official metadata file, not a document" in str(err.value)


def test_folder_import_skips_metadata_files_and_stores_the_official_reference(tmp_path, capsys):
    from tracker.cli import main
    from tracker.importing import expand_paths
    from tracker.store.connection import close_database

    root = tmp_path / "stukken"
    shutil.copytree(REPOSITORY, root / "kst-31239-351")
    _copy(VERSLAG, root)
    (root / "kst-32637-449.metadata.xml").write_text(
        "<metadata_gegevens><metadata name='DC.identifier' content='kst-32637-449'/>"
        "</metadata_gegevens>",
        encoding="utf-8",
    )
    assert expand_paths([root]) == [
        str(root / "kst-31239-351" / "1" / "xml" / "kst-31239-351.xml"),
        str(root / "kst-32637-449.xml"),
    ]
    db = str(tmp_path / "cli.sqlite")
    try:
        assert main(["import", "--db", db, str(root)]) == 0
        capsys.readouterr()
        assert main(["list", "--db", db, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        code = main(["import", "--db", db, str(root / "kst-31239-351" / "1" / "metadata")])
        err = capsys.readouterr().err
        code_file = main(
            ["import", "--db", db, str(root / "kst-31239-351/1/metadata/metadata.xml")]
        )
        err_file = capsys.readouterr().err
    finally:
        close_database()
    assert {r["document"] for r in rows} == {
        "Kamerstuk 31 239, nr. 351",
        "Kamerstuk 32 637, nr. 449",
    }
    assert code == 1 and "holds no supported documents" in err
    assert code_file == 1 and "official metadata file, not a document" in err_file
