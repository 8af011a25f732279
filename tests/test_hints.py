"""Fulfilment hints: follow-up letters suggest marking the commitments they keep.

The letters in tests/data/hints are written like the Kamerbrieven staff receive;
the seed (Kamerstuk 32 637, nr. 448) gives the open commitments.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from factories import make_commitment, make_document, run_cli

from tracker.hints import suggest_for_document
from tracker.importing import import_file
from tracker.letters import CUES
from tracker.store import queries, suggestions
from tracker.store.connection import close_database, open_database
from tracker.store.migrations import SCHEMA_VERSION
from tracker.store.models import Document
from tracker.store.search import fold
from tracker.words import content_words, words_match

HINTS = Path(__file__).parent / "data" / "hints"
SCHEMAS = Path(__file__).parent / "data" / "schemas"
AS_PROMISED = HINTS / "brief-zoals-toegezegd.md"  # Kamerstuk 32 637, nr. 512
SAME_DOSSIER = HINTS / "brief-zelfde-dossier.md"  # nr. 455, on the landingspagina
OTHER_SUBJECT = HINTS / "brief-zelfde-dossier-ander-onderwerp.md"  # nr. 480, MKB-deals
OTHER_DOSSIER = HINTS / "brief-ander-dossier.md"  # 29 383, jeugdzorg, "heb toegezegd"
PRAKTIJKLEREN = "Evaluatie subsidie Praktijkleren"
LANDINGSPAGINA = "Lancering informatie- en landingspagina en Netherlands Branding-campagne"


def imported(path: Path | str) -> int:
    """Import a file as staff do and return its document id."""
    result = import_file(path)
    assert result.error is None, result.error
    return Document.get(Document.path == str(path)).id


def suggested_titles(document_id: int) -> list[str]:
    return [r.commitment_title for r in suggestions.list_pending(document_id)]


def commitment_id(title: str) -> int:
    return next(r.id for r in queries.list_commitments() if r.title == title)


@pytest.fixture(autouse=True)
def hints_by_hand(request, monkeypatch):
    """`import_file` makes the suggestions itself; most tests here call the detection by
    hand to see what each call makes, so it is switched off on import for them."""
    if "import_makes_hints" not in request.keywords:
        monkeypatch.setattr("tracker.importing.suggest_for_document", lambda document_id, **_: 0)


@pytest.fixture
def seed(db, seed_path):
    return imported(seed_path)


# -- detection on letters -------------------------------------------------------------


def test_zoals_toegezegd_letter_citing_the_seed_suggests_the_praktijkleren_evaluation(seed):
    """The letter: "Hierbij informeer ik uw Kamer, zoals toegezegd in het schriftelijk overleg van
    10 maart 2021 (Kamerstuk 32 637, nr. 448), over de evaluatie van de subsidieregeling
    Praktijkleren." suggests exactly the evaluation of 31 open commitments."""
    letter = imported(AS_PROMISED)
    assert suggest_for_document(letter) == 1
    [row] = suggestions.list_pending()
    assert row.commitment_title == PRAKTIJKLEREN
    assert row.reason == "zoals_toegezegd"
    assert "zoals toegezegd in het schriftelijk overleg" in row.sentence
    assert row.matched_reference == "Kamerstuk 32 637, nr. 448"
    assert {"evaluatie", "praktijkleren"} <= set(row.matched_words)
    assert row.evidence == "Kamerstuk 32 637, nr. 512"
    assert row.document_date == dt.date(2022, 12, 14)
    assert row.commitment_reference == "Kamerstuk 32 637, nr. 448"


def test_later_letter_in_the_same_dossier_on_the_subject_suggests_that_commitment(seed):
    """No "zoals toegezegd", but a letter in dossier 32 637 "over de nieuwe informatie- en
    landingspagina en de Netherlands Branding-campagne" keeps that promise."""
    letter = imported(SAME_DOSSIER)
    assert suggest_for_document(letter) == 1
    [row] = suggestions.list_pending(letter)
    assert row.commitment_title == LANDINGSPAGINA
    assert row.reason == "same_dossier_subject"
    assert "landingspagina" in row.sentence and "landingspagina" in row.matched_words


def test_letter_in_the_same_dossier_about_something_else_suggests_nothing(seed):
    """The letter: "Hierbij stuur ik u de stand van zaken van de MKB-deals ...": same dossier, no
    open commitment on that subject."""
    letter = imported(OTHER_SUBJECT)
    assert suggest_for_document(letter) == 0
    assert suggestions.list_pending() == []


def test_zoals_toegezegd_in_another_dossier_on_an_unrelated_topic_suggests_nothing(seed):
    """The letter: "Zoals ik tijdens het commissiedebat van 16 juni 2022 (Kamerstuk 29 383, nr. 365)
    heb toegezegd, informeer ik uw Kamer ... over de wachtlijsten in de jeugdzorg en de
    inzet van extra middelen voor de ggz." shares only "middelen" with the seed."""
    letter = imported(OTHER_DOSSIER)
    assert suggest_for_document(letter) == 0


def test_zoals_toegezegd_among_answers_is_read_without_the_questions_topic(db, seed_path):
    """The seed, a verslag about (among others) "Financiële stimulering samenwerking
    ondernemers en onderwijs", says "Bijlage: relevante cijfers m.b.t. vrouwen ...,
    zoals toegezegd ... tijdens het WGO Emancipatie": an earlier promise of advice on
    that stimulering is not what the sentence delivers."""
    queries.import_document(
        make_document(
            "earlier",
            dossier="31524",
            number="50",
            official_id="kst-31524-50",
            date=dt.date(2020, 6, 1),
            reference_date=dt.date(2020, 5, 1),
        ),
        [make_commitment("Advies stimulering samenwerking ondernemers en onderwijs", None)],
    )
    assert suggest_for_document(imported(seed_path)) == 0


def test_a_letter_citing_one_document_does_not_suggest_the_same_subject_from_another(seed):
    """The letter cites nr. 448 by number: a promise on the Praktijkleren evaluation made
    in another dossier, on the same day, is not the one it keeps."""
    queries.import_document(
        make_document("elsewhere", dossier="31524", number="77", official_id="kst-31524-77"),
        [make_commitment("Evaluatie subsidie Praktijkleren in het mbo", None)],
    )
    suggest_for_document(imported(AS_PROMISED))
    assert [r.commitment_title for r in suggestions.list_pending()] == [PRAKTIJKLEREN]


def test_letter_imported_before_the_document_it_follows_up_is_found_then(db, seed_path):
    """A folder is imported in name order: "brief-..." comes in before "kst-32637-448"."""
    letter = imported(AS_PROMISED)
    assert suggest_for_document(letter) == 0
    seed = imported(seed_path)
    assert suggest_for_document(seed) == 1
    assert suggested_titles(letter) == [PRAKTIJKLEREN]
    assert suggest_for_document(seed) == 0


def test_letter_dated_before_the_commitment_was_made_is_no_follow_up(seed, tmp_path):
    early = tmp_path / "brief-vroeg.md"
    early.write_text(
        SAME_DOSSIER.read_text(encoding="utf-8").replace("28 mei 2021", "2 februari 2021"),
        encoding="utf-8",
    )
    assert suggest_for_document(imported(early)) == 0


def test_rejected_and_already_fulfilled_commitments_are_not_suggested(seed):
    praktijkleren = commitment_id(PRAKTIJKLEREN)
    landingspagina = commitment_id(LANDINGSPAGINA)
    queries.set_review_state(praktijkleren, "rejected", who="anna")
    queries.mark(landingspagina, "fulfilled", evidence="e-mail", who="anna")
    assert suggest_for_document(imported(AS_PROMISED)) == 0
    assert suggest_for_document(imported(SAME_DOSSIER)) == 0


def test_a_document_cited_with_a_single_open_commitment_identifies_it(db, tmp_path):
    """The letter: "Zoals toegezegd tijdens het debat (Kamerstuk 32 637, nr. 999) stuur ik u hierbij
    het rapport." shares no words with "Kamer informeren over stages", but nr. 999 has
    no other open commitment."""
    queries.import_document(
        make_document("nr999"), [make_commitment("Kamer informeren over stages", None)]
    )
    letter = tmp_path / "brief.md"
    letter.write_text(
        "**29 544**\n\n**Nr. 1200**\n\nDen Haag, 1 juni 2021\n\n"
        "Zoals toegezegd tijdens het debat (Kamerstuk 32 637, nr. 999) stuur ik u hierbij "
        "het rapport van de inspectie.\n",
        encoding="utf-8",
    )
    assert suggest_for_document(imported(letter)) == 1
    [row] = suggestions.list_pending()
    assert row.commitment_title == "Kamer informeren over stages"
    assert row.matched_reference == "Kamerstuk 32 637, nr. 999"


def _eight_evaluations() -> None:
    """Kamerstuk 32 637, nr. 999 with eight open promises on the Praktijkleren evaluation."""
    queries.import_document(
        make_document("eight"),
        [
            make_commitment(
                f"Evaluatie subsidie Praktijkleren regio {region}",
                None,
                quote=f"De subsidie Praktijkleren in regio {region} wordt in 2022 geëvalueerd.",
            )
            for region in "ABCDEFGH"
        ],
    )


def test_no_more_than_a_handful_of_suggestions_per_document_unless_strongly_matched(db, tmp_path):
    _eight_evaluations()
    letter = tmp_path / "brief-dossier.md"
    letter.write_text(
        "**32 637**\n\n**Nr. 1201**\n\nDen Haag, 1 juni 2023\n\n"
        "Hierbij informeer ik uw Kamer over de evaluatie van de subsidie Praktijkleren "
        "in de regio's.\n",
        encoding="utf-8",
    )
    assert suggest_for_document(imported(letter)) == 5  # same dossier and subject: 0.8 each


def _eight_regions() -> list[int]:
    """Eight documents of dossier 31 524, each with an open promise on the Praktijkleren
    evaluation; their document ids."""
    ids = []
    for region in "ABCDEFGH":
        stored = queries.import_document(
            make_document(
                f"region-{region}",
                dossier="31524",
                number=f"9{ord(region)}",
                official_id=f"kst-31524-9{ord(region)}",
            ),
            [
                make_commitment(
                    "Evaluatie subsidie Praktijkleren",
                    None,
                    quote=f"De subsidie Praktijkleren in regio {region} wordt geëvalueerd.",
                )
            ],
        )
        ids.append(stored.document_id)
    return ids


def _letter_citing_nothing(tmp_path: Path) -> Path:
    letter = tmp_path / "brief-eerst.md"
    letter.write_text(
        "**32 637**\n\n**Nr. 1203**\n\nDen Haag, 1 juni 2023\n\n"
        "Zoals toegezegd informeer ik uw Kamer over de evaluatie van de subsidie "
        "Praktijkleren.\n",
        encoding="utf-8",
    )
    return letter


def test_a_handful_in_all_when_the_documents_come_in_after_the_letter(db, tmp_path):
    """The letter is stored first; eight documents of another dossier then each bring an
    open promise on the Praktijkleren evaluation it matches without citing them (0.6
    each): it suggests five of them in all, not five per document that comes in."""
    letter_id = imported(_letter_citing_nothing(tmp_path))
    made = sum(suggest_for_document(did) for did in _eight_regions())
    assert made == 5
    assert len(suggestions.list_pending(letter_id)) == 5


@pytest.mark.parametrize("batch", [50, 2])
def test_a_handful_when_the_letter_comes_in_after_the_documents(db, tmp_path, monkeypatch, batch):
    """The same letter after the eight documents: five suggestions, the promises stored
    first (on equal scores the earlier commitment ranks first), however many of them
    are compared at a time."""
    monkeypatch.setattr("tracker.hints.TITLED_BATCH", batch)
    _eight_regions()
    first_five = sorted(r.id for r in queries.list_commitments())[:5]
    letter_id = imported(_letter_citing_nothing(tmp_path))
    assert suggest_for_document(letter_id) == 5
    assert sorted(r.commitment_id for r in suggestions.list_pending(letter_id)) == first_five


def test_strongly_matched_suggestions_are_all_kept(db, tmp_path):
    _eight_evaluations()
    letter = tmp_path / "brief-toegezegd.md"
    letter.write_text(
        "**32 637**\n\n**Nr. 1202**\n\nDen Haag, 1 juni 2023\n\n"
        "Zoals toegezegd (Kamerstuk 32 637, nr. 999) informeer ik uw Kamer over de evaluatie "
        "van de subsidie Praktijkleren in de regio's.\n",
        encoding="utf-8",
    )
    assert suggest_for_document(imported(letter)) == 8


@pytest.mark.parametrize(
    "sentence",
    [
        "Zoals toegezegd stuur ik u hierbij het rapport.",
        "Zoals ik heb toegezegd, ontvangt u hierbij de evaluatie.",
        "Zoals ik uw Kamer tijdens het debat van 3 april 2023 heb toegezegd, stuur ik u het plan.",
        "Conform mijn toezegging informeer ik uw Kamer over de voortgang.",
        "Ter uitvoering van de toezegging aan het lid Van der Lee stuur ik u de cijfers.",
        "Met deze brief geef ik invulling aan de toezegging om u te informeren.",
        "Hiermee doe ik de toezegging uit het commissiedebat van 12 mei gestand.",
        "In het debat heb ik uw Kamer toegezegd u voor de zomer te informeren.",
        "Hierbij ontvangt u de toegezegde evaluatie van de regeling.",
    ],
)
def test_sentences_that_say_a_promise_is_kept(sentence):
    assert CUES.search(fold(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik zeg toe dat ik uw Kamer voor de zomer informeer.",  # a new promise, not a follow-up
        "Ik kan niet toezeggen dat de regeling wordt verlengd.",
        "Hierbij informeer ik uw Kamer over de evaluatie.",
    ],
)
def test_sentences_that_do_not_say_a_promise_is_kept(sentence):
    assert not CUES.search(fold(sentence))


def test_content_words_leave_out_stop_words_and_match_compounds():
    words = content_words("Hierbij informeer ik uw Kamer over de evaluatie van de subsidieregeling")
    assert set(words.values()) == {"evaluatie", "subsidieregeling"}
    (evaluaties,) = content_words("evaluaties")
    (evaluatie,) = content_words("evaluatie")
    assert evaluaties == evaluatie
    assert words_match("subsidi", "subsidieregeling")  # "subsidie": the modifier
    assert words_match("regeling", "subsidieregeling")  # the head
    assert not words_match("onderwij", "onderzoek")
    assert not words_match("stag", "stagnatie")  # too short to be a compound's part


# -- the store -------------------------------------------------------------------------


def test_suggestions_are_made_once_however_often_a_document_is_imported_or_run(seed):
    letter = imported(AS_PROMISED)
    assert suggest_for_document(letter) == 1
    assert suggest_for_document(letter) == 0
    again = import_file(AS_PROMISED)  # the same file again: skipped
    assert again.error is None
    assert suggest_for_document(letter) == 0
    assert len(suggestions.list_pending()) == 1
    assert suggestions.pending_count() == 1


def test_accepting_marks_the_commitment_fulfilled_with_the_letter_as_evidence(seed):
    letter = imported(AS_PROMISED)
    suggest_for_document(letter)
    [row] = suggestions.list_pending()
    result = suggestions.accept([row.id], who="Anna de Vries")
    assert result.accepted == [row.id] and result.refused == []
    commitment = queries.get_commitment(row.commitment_id)
    assert commitment.status == "fulfilled"
    [change] = commitment.history
    assert (change.from_status, change.to_status) == ("open", "fulfilled")
    assert change.changed_by == "Anna de Vries"
    assert change.effective_date == dt.date(2022, 12, 14)  # the letter's date, not today
    assert "Kamerstuk 32 637, nr. 512" in change.evidence
    assert "https://zoek.officielebekendmakingen.nl/kst-32637-512.html" in change.evidence
    assert "zoals toegezegd" in change.note
    [decided] = suggestions.list_suggestions([row.id])
    assert decided.state == "accepted" and decided.decided_by == "Anna de Vries"
    assert decided.decided_at is not None
    assert suggestions.list_pending() == [] and suggestions.pending_count() == 0


def test_accepting_a_commitment_marked_meanwhile_is_refused_and_changes_nothing(seed):
    suggest_for_document(imported(AS_PROMISED))
    [row] = suggestions.list_pending()
    queries.mark(row.commitment_id, "partial", note="deels", who="bert")
    assert suggestions.list_pending() == []  # no longer open: not pending in the list
    result = suggestions.accept([row.id], who="anna")
    assert result.accepted == []
    assert result.refused == [
        (row.id, f"commitment {row.commitment_id} is no longer open (now partial)")
    ]
    commitment = queries.get_commitment(row.commitment_id)
    assert commitment.status == "partial" and len(commitment.history) == 1
    assert suggestions.list_suggestions([row.id])[0].state == "pending"


def test_accepting_an_unknown_suggestion_raises_and_changes_nothing(seed):
    suggest_for_document(imported(AS_PROMISED))
    [row] = suggestions.list_pending()
    with pytest.raises(queries.StoreError, match="no suggestion 999"):
        suggestions.accept([row.id, 999])
    assert queries.get_commitment(row.commitment_id).status == "open"


def test_a_dismissed_suggestion_never_comes_back(seed, tmp_path):
    letter = imported(AS_PROMISED)
    suggest_for_document(letter)
    [row] = suggestions.list_pending()
    assert suggestions.dismiss([row.id], who="anna") == 1
    assert suggestions.list_pending() == []
    assert suggest_for_document(letter) == 0
    # A corrected version of the same letter (same Kamerstuk, other bytes): still not.
    corrected = tmp_path / "brief-herdruk.md"
    corrected.write_text(
        AS_PROMISED.read_text(encoding="utf-8") + "\nHerdruk in verband met een correctie.\n",
        encoding="utf-8",
    )
    suggest_for_document(imported(corrected))
    assert suggestions.list_pending() == []
    assert queries.get_commitment(row.commitment_id).status == "open"


def test_suggestions_of_a_deleted_commitment_disappear(seed):
    suggest_for_document(imported(AS_PROMISED))
    [row] = suggestions.list_pending()
    queries.delete_commitment(row.commitment_id)
    assert suggestions.list_pending() == [] and suggestions.pending_count() == 0
    suggest_for_document(imported(SAME_DOSSIER))  # prunes the orphan
    left = suggestions.Suggestion.select().where(
        suggestions.Suggestion.commitment_id == row.commitment_id
    )
    assert left.count() == 0


def test_undo_of_a_commitment_keeps_its_suggestions(seed):
    """Undo puts commitments back by deleting and inserting them: the suggestions stay."""
    suggest_for_document(imported(AS_PROMISED))
    [row] = suggestions.list_pending()
    before = queries.snapshot([row.commitment_id])
    queries.set_due(row.commitment_id, dt.date(2030, 1, 1))
    queries.restore(before)
    assert [r.id for r in suggestions.list_pending()] == [row.id]


# -- migration ---------------------------------------------------------------------------


def test_a_version_2_database_is_upgraded_and_suggests_for_its_commitments(tmp_path):
    path = tmp_path / "v2.sqlite"
    shutil.copy(SCHEMAS / "v2.sqlite", path)
    db = open_database(path)
    try:
        assert db.execute_sql("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        rows = {r.title: r for r in queries.list_commitments()}
        assert rows["Agenda gelijke kansen"].status == "fulfilled"
        assert rows["Gesprek met de regio's"].manual
        assert queries.get_document_text(rows[PRAKTIJKLEREN].document_ids[0]).text
        assert suggestions.list_pending() == []
        # Letters imported into the upgraded database suggest its open commitments.
        assert suggest_for_document(imported(AS_PROMISED)) == 1
        assert suggested_titles(Document.get(Document.path == str(AS_PROMISED)).id) == [
            PRAKTIJKLEREN
        ]
    finally:
        close_database()


@pytest.mark.parametrize(("table", "objects"), [("suggestion", 5), ("document_version", 3)])
def test_the_tables_version_3_adds_are_the_ones_a_new_database_gets(tmp_path, table, objects):
    def schema(path: Path) -> list[tuple[str, str]]:
        con = sqlite3.connect(path)
        try:
            rows = con.execute(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = ? ORDER BY name", (table,)
            ).fetchall()
        finally:
            con.close()
        return [(name, " ".join((sql or "").replace("\n", " ").split())) for name, sql in rows]

    upgraded = tmp_path / "v2.sqlite"
    shutil.copy(SCHEMAS / "v2.sqlite", upgraded)
    open_database(upgraded)
    close_database()
    new = tmp_path / "new.sqlite"
    open_database(new)
    close_database()
    normalise = [(n, s.replace("( ", "(").replace(" )", ")")) for n, s in schema(new)]
    assert [(n, s.replace("( ", "(").replace(" )", ")")) for n, s in schema(upgraded)] == normalise
    assert len(normalise) == objects  # the table and its indexes


# -- the command -------------------------------------------------------------------------


@pytest.fixture
def dbfile(db_url, seed_path):
    path = db_url  # a SQLite file or a PostgreSQL database: the tests run on both
    open_database(path)
    imported(seed_path)
    suggest_for_document(imported(AS_PROMISED))
    suggest_for_document(imported(SAME_DOSSIER))
    close_database()
    yield path
    close_database()


def _ids(out: str) -> dict[str, int]:
    """commitment title -> suggestion id, from the list's first lines ("  ID  #C title")."""
    found = {}
    for line in out.splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) == 3 and parts[0].isdigit() and parts[1].startswith("#"):
            found[parts[2]] = int(parts[0])
    return found


def test_cli_lists_pending_suggestions_with_commitment_document_and_reason(capsys, dbfile):
    code, out, _ = run_cli(capsys, "hints", "--db", dbfile)
    assert code == 0
    assert set(_ids(out)) == {PRAKTIJKLEREN, LANDINGSPAGINA}
    assert "Kamerstuk 32 637, nr. 512" in out and "Kamerstuk 32 637, nr. 455" in out
    assert "keeps a promise" in out and "same dossier" in out
    assert "zoals toegezegd in het schriftelijk overleg" in out
    assert out.rstrip().endswith("2 pending suggestions")


def test_cli_accepts_and_dismisses_by_id(capsys, dbfile):
    ids = _ids(run_cli(capsys, "hints", "--db", dbfile)[1])
    code, out, _ = run_cli(capsys, "hints", "accept", str(ids[PRAKTIJKLEREN]), "--db", dbfile)
    assert code == 0
    assert f"{PRAKTIJKLEREN} is now fulfilled" in out
    code, out, _ = run_cli(capsys, "--db", dbfile, "hints", "dismiss", str(ids[LANDINGSPAGINA]))
    assert code == 0 and "dismissed 1 suggestion" in out
    code, out, _ = run_cli(capsys, "--db", dbfile, "list", "--status", "fulfilled", "--json")
    assert [r["title"] for r in __import__("json").loads(out)] == [PRAKTIJKLEREN]
    code, out, _ = run_cli(capsys, "--db", dbfile, "hints")
    assert out.strip() == "0 pending suggestions"


def test_cli_refuses_an_accepted_suggestion_and_an_unknown_one(capsys, dbfile):
    ids = _ids(run_cli(capsys, "hints", "--db", dbfile)[1])
    assert run_cli(capsys, "--db", dbfile, "hints", "accept", str(ids[PRAKTIJKLEREN]))[0] == 0
    code, _, err = run_cli(capsys, "--db", dbfile, "hints", "accept", str(ids[PRAKTIJKLEREN]))
    assert code == 1 and "already accepted" in err
    code, _, err = run_cli(capsys, "--db", dbfile, "hints", "dismiss", "999")
    assert code == 1 and err.strip() == "tracker: there is no suggestion 999"


@pytest.mark.import_makes_hints
def test_importing_a_follow_up_reports_and_stores_its_suggestion(capsys, db_url, seed_path):
    """Staff only import: the suggestion must be there without any other step."""
    db = db_url
    code, out, _ = run_cli(capsys, "--db", db, "import", str(seed_path), str(AS_PROMISED))
    assert code == 0
    assert f"suggest  {AS_PROMISED}: may fulfil 1 open commitment" in out
    code, out, _ = run_cli(capsys, "--db", db, "hints")
    assert set(_ids(out)) == {PRAKTIJKLEREN}
