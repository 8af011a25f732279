"""Importing a corrected version of a document keeps everything staff did with it.

The corrected version is the seed with the typo "Techniepact" fixed everywhere, a
commitment inserted at the start of the first answer (so every position after it
moves), one commitment's sentence deleted, and two due-date phrases reworded.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from factories import make_commitment, make_document
from storage import dump_rows

from tracker.documents import read_document
from tracker.extract import extract
from tracker.importing import import_file, import_paths
from tracker.store import queries
from tracker.store.filters import Filter, query_commitments, search_ids
from tracker.store.models import Commitment, Document
from tracker.store.versions import QuoteAt, QuoteFinder, match_sources

INSERTED = (
    "De Staatssecretaris zal de Kamer voor 1 oktober 2021 informeren over de resultaten "
    "van het onderzoek naar hybride docenten."
)
DELETED = (
    "De data worden ook meegenomen in de kennisuitwisseling tussen hogescholen over werven "
    "en behoud van studenten in technische opleidingen."
)
FIRST_ANSWER = "Het kabinet heeft het Platform Talent voor Technologie (PTvT) gevraagd"
SPRING = "De volgende voortgangsrapportage wordt verwacht in het voorjaar van 2021."
SUMMER = "De volgende voortgangsrapportage wordt verwacht in de zomer van 2021."
FIRST_HALF = "Deze overleggen zullen in de eerste helft van 2021 plaatsvinden."
SECOND_QUARTER = "Deze overleggen zullen in het tweede kwartaal van 2021 plaatsvinden."
MANUAL_KEPT = (
    "Specifieke regelingen als MKB!dee zijn in sommige gevallen wel toegespitst op type bedrijven."
)
MANUAL_EDITED = "Het Techniepact als netwerk kent geen onderscheid tussen type bedrijven."


def corrected(text: str) -> str:
    """The seed as its corrected version ("herdruk") reads."""
    for old, new in [(FIRST_ANSWER, f"{INSERTED} {FIRST_ANSWER}"), (DELETED, "")]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    for old, new in [(SPRING, SUMMER), (FIRST_HALF, SECOND_QUARTER)]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text.replace("Techniepact", "Techniekpact")


def dump() -> dict[str, list[tuple]]:
    """Every row of every table (the search index too), to compare before and after."""
    return dump_rows()


def every_commitment() -> list[queries.CommitmentRow]:
    ids = [c.id for c in Commitment.select(Commitment.id)]
    return queries.get_commitments(ids)


def the(title: str) -> queries.CommitmentRow:
    [row] = [r for r in every_commitment() if r.title == title]
    return row


@pytest.fixture
def original(db, seed_path, tmp_path) -> Path:
    path = tmp_path / "kst-32637-448.md"
    path.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    assert import_file(path).state == "imported"
    return path


@pytest.fixture
def herdruk(original, tmp_path) -> Path:
    path = tmp_path / "kst-32637-448-herdruk.md"
    path.write_text(corrected(original.read_text(encoding="utf-8")), encoding="utf-8")
    return path


@pytest.fixture
def worked_on(original) -> dict[str, int]:
    """What staff did with the first version: ids by what they are."""
    doc = queries.list_documents()[0]
    text = queries.get_document_text(doc.id).text
    ids = {}
    ids["fulfilled"] = the("Evaluatie subsidie Praktijkleren").id
    queries.mark(
        ids["fulfilled"],
        "fulfilled",
        note="Evaluatie verschenen",
        evidence="Kamerstuk 32 637, nr. 470",
        who="anna",
        effective_date=dt.date(2022, 11, 1),
    )
    ids["confirmed"] = the("Inhoudelijke reactie op tussenadviezen van commissie").id
    queries.set_review_state(ids["confirmed"], "confirmed", who="bert")
    ids["retitled"] = the("Beschikbaar maken onderzoeksbudget binnen Techniepact").id
    queries.update_commitment(ids["retitled"], title="Onderzoeksbudget Techniepact (eigen titel)")
    ids["due_set"] = the("Gesprekken met alle 35 arbeidsmarktregio's over data").id
    queries.set_due(ids["due_set"], dt.date(2021, 9, 15))
    ids["rejected"] = the("Nagaan waar relevante verbindingen liggen tussen doelen").id
    queries.set_review_state(ids["rejected"], "rejected", who="bert")
    ids["merged"] = the("Uitwerking agenda").id
    ids["merged_away"] = the(
        "Verkenning met stakeholders welke acties meest effectief zullen zijn"
    ).id
    queries.merge_commitments(ids["merged"], ids["merged_away"], who="anna")
    for name, sentence in [("manual_kept", MANUAL_KEPT), ("manual_edited", MANUAL_EDITED)]:
        start = text.index(sentence)
        made = queries.create_manual_commitment(
            doc.id, start, start + len(sentence), title=f"Met de hand: {name}", who="anna"
        )
        ids[name] = made.id
    ids["spring"] = the("Volgende voortgangsrapportage").id
    ids["auto_title"] = the("Gesprek met instellingen en Techniepact partners").id
    ids["deleted"] = the(
        "Meenemen data in kennisuitwisseling tussen hogescholen over werven en behoud"
    ).id
    return ids


def staff_state(row: queries.CommitmentRow) -> tuple:
    return (
        row.status,
        row.review_state,
        row.reviewed_by,
        row.reviewed_at,
        row.history,
        row.manual,
        row.due_overridden,
        row.ministry,
        row.actor,
    )


def test_a_corrected_version_updates_the_document_in_place(original, herdruk, worked_on):
    [before] = queries.list_documents()
    result = import_file(herdruk)
    assert result.state == "updated" and result.error is None
    [after] = queries.list_documents()
    assert after.id == before.id
    assert queries.get_document_text(after.id).text == herdruk.read_text(encoding="utf-8")
    assert Document.get_by_id(after.id).path == str(herdruk)


def test_staff_work_survives_a_corrected_version(herdruk, worked_on):
    before = {row.id: row for row in every_commitment()}
    result = import_file(herdruk)
    after = {row.id: row for row in every_commitment()}
    assert set(before) <= set(after)  # nothing deleted
    for cid, row in before.items():
        assert staff_state(after[cid]) == staff_state(row), row.title
    assert worked_on["merged_away"] not in after
    assert after[worked_on["fulfilled"]].latest_evidence == "Kamerstuk 32 637, nr. 470"
    assert after[worked_on["rejected"]].review_state == "rejected"
    # The title staff gave stays (with the old spelling); an extracted one follows the text.
    assert after[worked_on["retitled"]].title == "Onderzoeksbudget Techniepact (eigen titel)"
    assert after[worked_on["auto_title"]].title == (
        "Gesprek met instellingen en Techniekpact partners"
    )
    assert worked_on["auto_title"] in search_ids("techniekpact")
    assert result.changed > 0


def test_due_dates_follow_the_text_unless_set_by_hand(herdruk, worked_on):
    import_file(herdruk)
    spring = queries.get_commitment(worked_on["spring"])
    assert (spring.due, spring.due_text) == (dt.date(2021, 8, 31), "in de zomer van 2021")
    assert spring.sources[0].quote == SUMMER
    by_hand = queries.get_commitment(worked_on["due_set"])
    assert by_hand.due == dt.date(2021, 9, 15) and by_hand.due_overridden
    assert by_hand.due_text == "in de eerste helft van 2021"
    assert by_hand.sources[0].quote == SECOND_QUARTER  # the quote does follow the text


def test_quotes_and_positions_are_those_of_the_new_text(herdruk, worked_on):
    result = import_file(herdruk)
    text = herdruk.read_text(encoding="utf-8")
    expected = Counter(
        (src.quote, src.start, src.end)
        for item in extract(read_document(herdruk))
        for src in item.sources
    )
    stored = Counter(
        (src.quote, src.start, src.end)
        for row in every_commitment()
        if not row.manual and row.id not in result.no_longer_found
        for src in row.sources
    )
    assert stored == expected
    merged = queries.get_commitment(worked_on["merged"])
    assert len(merged.sources) == 2
    for src in merged.sources:
        assert (src.quote, src.start, src.end) in expected
    assert "Techniepact" not in " ".join(src.quote for src in merged.sources)
    assert INSERTED in text and all(text[s:e] for _, s, e in expected)


def test_a_new_commitment_is_added_and_a_vanished_one_kept_and_counted(herdruk, worked_on):
    count = Commitment.select().count()
    result = import_file(herdruk)
    assert result.commitments == 1
    assert Commitment.select().count() == count + 1
    new = the("Kamer informeren over resultaten van onderzoek naar hybride docenten")
    assert new.due == dt.date(2021, 10, 1) and new.review_state == "to_review"
    assert new.quote == INSERTED
    # The deleted sentence and the hand-made commitment whose sentence changed.
    assert sorted(result.no_longer_found) == sorted(
        [worked_on["deleted"], worked_on["manual_edited"]]
    )
    gone = queries.get_commitment(worked_on["deleted"])
    assert gone.status == "open" and gone.quote == DELETED


def test_a_rejected_commitment_stays_rejected_and_does_not_come_back(herdruk, worked_on):
    import_file(herdruk)
    nagaan = [
        r
        for r in every_commitment()
        if r.title == "Nagaan waar relevante verbindingen liggen tussen doelen"
    ]
    assert [r.id for r in nagaan] == [worked_on["rejected"]]
    assert nagaan[0].review_state == "rejected"
    assert all("Techniekpact" in s.quote for s in nagaan[0].sources if "pact" in s.quote)
    shown = {r.id for r in query_commitments(Filter())}
    assert worked_on["rejected"] not in shown


def test_manual_commitments_keep_their_text_and_follow_it_if_still_there(herdruk, worked_on):
    before = queries.get_commitment(worked_on["manual_edited"])
    import_file(herdruk)
    text = herdruk.read_text(encoding="utf-8")
    kept = queries.get_commitment(worked_on["manual_kept"])
    [src] = kept.sources
    assert src.quote == MANUAL_KEPT and text[src.start : src.end] == MANUAL_KEPT
    assert kept.title == "Met de hand: manual_kept"
    edited = queries.get_commitment(worked_on["manual_edited"])
    assert edited.sources == before.sources  # its sentence is gone: left as it was
    assert edited.quote == MANUAL_EDITED


def test_importing_the_same_file_again_changes_nothing(original, worked_on):
    before = dump()
    result = import_file(original)
    assert result.state == "skipped"
    assert dump() == before


def test_importing_the_corrected_version_twice_changes_nothing_the_second_time(herdruk, worked_on):
    assert import_file(herdruk).state == "updated"
    before = dump()
    assert import_file(herdruk).state == "skipped"
    assert dump() == before


def test_the_earlier_version_met_again_does_not_undo_the_correction(
    original, herdruk, worked_on, tmp_path
):
    """A folder holding both versions, imported again: the original's bytes are known as
    an earlier version and skipped, so the register keeps the corrected text."""
    assert import_file(herdruk).state == "updated"
    before = dump()
    again = tmp_path / "again" / original.name
    again.parent.mkdir()
    again.write_bytes(original.read_bytes())
    assert [r.state for r in import_paths([again.parent, herdruk])] == ["skipped", "skipped"]
    assert dump() == before
    doc = queries.list_documents()[0]
    assert "Techniekpact" in queries.get_document_text(doc.id).text


def test_a_herdruk_with_its_own_official_id_is_the_same_document(db):
    first = make_commitment("Brief over stageplaatsen", dt.date(2022, 1, 1))
    queries.import_document(make_document("v1"), [first])
    herdruk = make_document("v2", official_id="kst-32637-999-n1")
    result = queries.import_document(herdruk, [first])
    assert result.updated and result.commitments == 0
    assert Document.select().count() == 1
    assert Document.get().official_id == "kst-32637-999-n1"


def test_another_document_of_the_same_dossier_is_a_new_document(db):
    queries.import_document(make_document("v1"), [make_commitment("A", None)])
    other = make_document("v2", number="1000", official_id="kst-32637-1000")
    result = queries.import_document(other, [make_commitment("A", None)])
    assert result.state == "imported" and result.commitments == 1
    assert Document.select().count() == 2


def test_a_vanished_rejected_commitment_is_not_counted(db):
    queries.import_document(make_document("v1"), [make_commitment("Weg", None)])
    queries.set_review_state(Commitment.get().id, "rejected")
    result = queries.import_document(make_document("v2"), [])
    assert result.updated and result.no_longer_found == []
    assert Commitment.get().review_state == "rejected"


# -- pairing quotes --------------------------------------------------------------------


REFERRAL = (
    "Hiervoor verwijs ik u naar de beantwoording van de vragen van de leden van de VVD-fractie."
)


def test_the_same_referral_under_two_questions_pairs_by_question():
    old = [
        QuoteAt(REFERRAL, "Vraag over stages?", start=10),
        QuoteAt(REFERRAL, "Vraag over geld?", start=90),
    ]
    new = [
        QuoteAt(REFERRAL, "Vraag over geld?", start=30),
        QuoteAt(REFERRAL, "Vraag over stages?", start=5),
    ]
    assert match_sources(old, new) == {0: 1, 1: 0}


def test_a_corrected_word_still_pairs_but_another_sentence_does_not():
    old = [QuoteAt("Het Techniepact brengt de Kamer in het voorjaar op de hoogte.", "Vraag?")]
    fixed = [QuoteAt("Het Techniekpact brengt de Kamer in het voorjaar op de hoogte.", "Vraag?")]
    other = [QuoteAt("Het kabinet zal een evaluatie laten uitvoeren in 2023.", "Andere vraag?")]
    assert match_sources(old, fixed) == {0: 0}
    assert match_sources(old, other) == {}


def test_a_quote_is_found_again_across_markup_and_line_breaks():
    text = "Inleiding.\n\nHet kabinet *zal* de Kamer<sup>3</sup>\ninformeren. Slot."
    finder = QuoteFinder(text)
    start, end = finder.find("Het kabinet zal de Kamer informeren.")
    assert text[start:end] == "Het kabinet *zal* de Kamer<sup>3</sup>\ninformeren."
    assert finder.find("Dit staat er niet.") is None
