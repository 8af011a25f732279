"""What the fulfilment hints (`tracker.hints`) ask of the store, by name.

What the hints know of each document is kept here at import (`remember`: the
`Letter` of tracker/letters.py as `DocumentFacts`, with the documents it cites as
`Citation` and the words of its "zoals toegezegd" sentences as `CueWord`; the
migration to schema 5 fills them for everything stored before, `remember_all`). The
rest are the queries by which the hints find what to compare a document with: the
rules themselves are in tracker/hints.py, and docs/hints.md explains both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import peewee as pw

from tracker.letters import (
    Letter,
    cited,
    cue_subject,
    folded,
    letter_from_json,
    letter_to_json,
    read_letter,
    sentence_words,
)
from tracker.store.models import Citation, CueWord, Document, DocumentFacts
from tracker.store.queries import StoreError
from tracker.store.sql import execute, insert_rows
from tracker.words import match_keys

_CHUNK = 500  # values per statement: below every backend's parameter limit

# -- what is stored of each document (DocumentFacts, Citation, CueWord) -----------------


def remember(document_id: int, text: str | None = None, letter: Letter | None = None) -> Letter:
    """Work out what the hints know of a stored document and keep it (`DocumentFacts`,
    `Citation`, `CueWord`), replacing what was kept of an earlier version; returns it.
    `text`: the text just stored for it, where the caller has it (it is not read again).
    `letter`: what `read_letter` made of the document as it was stored, where the caller
    worked it out already (an import does, before its transaction: see
    tracker/importing.py); its id is set to `document_id`."""
    if text is None:
        doc = Document.get_or_none(Document.id == document_id)
    else:  # its row without its text
        fields = [f for f in Document._meta.sorted_fields if f is not Document.source_text]
        doc = Document.select(*fields).where(Document.id == document_id).first()
    if doc is None:
        raise StoreError(reason="no_document", id=document_id)
    letter = read_letter(doc, text) if letter is None else replace(letter, id=document_id)
    # (Raw statements: every imported file comes here; peewee's query building costs
    # more than running them.)
    for table in ("document_facts", "citation", "cue_word"):
        execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
    facts = {
        "document": document_id,
        "kind": doc.kind,
        "dossier": folded(doc.dossier),
        "letter_dossier": folded(letter.dossier),
        "letter_date": letter.date,
        "number": doc.number,
        "official_id": folded(doc.official_id),
        "document_date": doc.document_date,
        "answer_date": doc.answer_date,
        "facts": letter_to_json(letter),
    }
    insert_rows(DocumentFacts, [facts])
    terms = sorted(cited(letter).terms())
    insert_rows(Citation, [{"document": document_id, "term": term} for term in terms])
    if letter.cue_sentences:
        rows = {(-1, key) for word in cue_subject(letter) for key in match_keys(word)}
        for i, sentence in enumerate(letter.cue_sentences):
            words = sentence_words(sentence)
            rows |= {(i, key) for word in words for key in match_keys(word)}
        insert_rows(
            CueWord,
            [{"document": document_id, "sentence": i, "key": key} for i, key in sorted(rows)],
        )
    return letter


def remember_all(db: pw.Database, progress: Callable[[int, int], None] | None = None) -> None:
    """`remember` every stored document (the migration to schema 5), a few at a time;
    `progress` is told (documents done, of how many) after each few."""
    last = done = 0
    total = execute("SELECT COUNT(*) FROM document", (), db).fetchone()[0]
    while True:
        ids = [
            did
            for (did,) in execute(
                "SELECT id FROM document WHERE id > ? ORDER BY id LIMIT 200", (last,), db
            )
        ]
        if not ids:
            return
        for did in ids:
            remember(did)
        last = ids[-1]
        done += len(ids)
        if progress:
            progress(done, total)


def remember_missing() -> None:
    """`remember` the documents stored without what the hints know of them (e.g. when
    making it failed at their import)."""
    documents, known = execute(
        "SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM document_facts)"
    ).fetchone()
    if documents != known:  # (counted on their indexes: no row of text is read)
        for (missing,) in execute(
            "SELECT id FROM document WHERE id NOT IN (SELECT document_id FROM document_facts)"
        ).fetchall():
            remember(missing)


def stored_letter(document_id: int) -> Letter:
    """What the hints know of a stored document: as kept at import, else read now."""
    row = execute(
        "SELECT facts FROM document_facts WHERE document_id = ?", (document_id,)
    ).fetchone()
    if row is not None:
        return letter_from_json(document_id, row[0])
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise StoreError(reason="no_document", id=document_id)
    return read_letter(doc)


def stored_letters(documents: Iterable[int]) -> list[Letter]:
    """What the hints kept of each of `documents` (those it kept), in the order of their ids."""
    rows = _in_chunks(
        "SELECT document_id, facts FROM document_facts WHERE document_id", documents, whole=True
    )
    return [letter_from_json(did, facts) for did, facts in sorted(rows)]


# -- the commitments ----------------------------------------------------------------------


def open_commitment_sources(document_id: int, only: Sequence[int] | None = None) -> list[tuple]:
    """Open, not rejected commitments made in documents other than `document_id` (and
    with no source in it), among `only` when given: one row per source, (commitment id,
    title, quote, document id, dossier, number, official id, document date, answer
    date), in the order of the commitments and their sources."""
    params: list = [document_id]
    among = ""
    if only is not None:
        among = f" AND c.id IN ({','.join('?' * len(only))})"
        params.extend(only)
    return list(
        execute(
            f"""
            SELECT c.id, c.title, s.quote, d.id, d.dossier, d.number, d.official_id,
                   d.document_date, d.answer_date
            FROM commitment c
            JOIN source s ON s.commitment_id = c.id
            JOIN document d ON d.id = s.document_id
            WHERE c.status = 'open' AND c.review_state != 'rejected'
              AND NOT EXISTS (SELECT 1 FROM source s2
                              WHERE s2.commitment_id = c.id AND s2.document_id = ?){among}
            ORDER BY c.id, s.id
            """,
            params,
        )
    )


def open_commitments_made_in(document_id: int) -> set[int]:
    """The open, not rejected commitments with a source in the document. (CROSS JOIN:
    SQLite reads the document's sources first, not every open commitment.)"""
    return {
        cid
        for (cid,) in execute(
            """
            SELECT DISTINCT c.id FROM source s CROSS JOIN commitment c
            WHERE c.id = s.commitment_id AND s.document_id = ?
              AND c.status = 'open' AND c.review_state != 'rejected'
            """,
            (document_id,),
        )
    }


def commitments_made_in(documents: Iterable[int]) -> set[int]:
    """The commitments with a source in one of `documents`."""
    return set(_in_chunks("SELECT DISTINCT commitment_id FROM source WHERE document_id", documents))


def documents_of(commitments: Iterable[int]) -> set[int]:
    """The documents the commitments have a source in."""
    return set(
        _in_chunks("SELECT DISTINCT document_id FROM source WHERE commitment_id", commitments)
    )


def open_titles(commitments: Iterable[int]) -> list[tuple[int, str]]:
    """(id, title) of those of `commitments` that are open and not rejected, by id."""
    open_ = (
        "SELECT id, title FROM commitment WHERE status = 'open'"
        " AND review_state != 'rejected' AND id"
    )
    return _in_chunks(open_, commitments, whole=True)


# -- the documents, as the hints know them -------------------------------------------------


def facts_citable_as(
    dossiers: Iterable[str], official_ids: Iterable[str], dates: Iterable[dt.date]
) -> list[tuple]:
    """The documents in one of `dossiers`, with one of `official_ids`, or dated (or
    answered) on one of `dates` (at most _CHUNK of each): rows of (document id, dossier,
    number, official id, document date, answer date), as kept in `DocumentFacts`."""
    where, params = [], []
    for column, values in (
        ("dossier", dossiers),
        ("official_id", official_ids),
        ("document_date", dates),
        ("answer_date", dates),
    ):
        values = sorted(values)[:_CHUNK]
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    if not where:
        return []
    return list(
        execute(
            "SELECT document_id, dossier, number, official_id, document_date, answer_date"
            f" FROM document_facts WHERE {' OR '.join(where)}",
            params,
        )
    )


def document_identity(document_id: int) -> Document:
    """What identifies a stored document (its dossier, number, official id, dates), not
    its text."""
    return (
        Document.select(
            Document.dossier,
            Document.number,
            Document.official_id,
            Document.document_date,
            Document.answer_date,
        )
        .where(Document.id == document_id)
        .get()
    )


def letters_in_dossier(dossier: str, except_kinds: Iterable[str]) -> set[int]:
    """The documents whose letter is in `dossier` (folded), of none of `except_kinds`."""
    kinds = sorted(except_kinds)
    marks = ",".join("?" * len(kinds))
    return {
        did
        for (did,) in execute(
            f"SELECT document_id FROM document_facts WHERE letter_dossier = ?"
            f" AND kind NOT IN ({marks})",
            [folded(dossier), *kinds],
        )
    }


def documents_citing(terms: Iterable[str]) -> set[int]:
    """The documents that cite one of `terms` (`Citation`)."""
    return set(_in_chunks("SELECT document_id FROM citation WHERE term", terms))


def not_dated_before(documents: Iterable[int], day: dt.date) -> set[int]:
    """Those of `documents` whose letter is dated `day` or later, or not dated."""
    return set(
        _in_chunks(
            "SELECT document_id FROM document_facts"
            " WHERE (letter_date IS NULL OR letter_date >= ?) AND document_id",
            documents,
            params=[day],
        )
    )


def cue_words_with(keys: Iterable[str]) -> list[tuple[int, int, str]]:
    """(document id, sentence, key) of every `CueWord` with one of `keys` (sentence -1:
    the document's subject)."""
    return _in_chunks(
        'SELECT document_id, sentence, "key" FROM cue_word WHERE "key"', keys, whole=True
    )


# -- the suggestions already made ----------------------------------------------------------


def suggestions_made_except(document_id: int, commitments: Sequence[int]) -> int:
    """How many suggestions the document made for commitments other than `commitments`."""
    return execute(
        f"SELECT COUNT(*) FROM suggestion WHERE document_id = ?"
        f" AND commitment_id NOT IN ({','.join('?' * len(commitments))})",
        [document_id, *commitments],
    ).fetchone()[0]


def documents_suggesting_at_least(documents: Iterable[int], count: int) -> set[int]:
    """Those of `documents` that made `count` suggestions or more."""
    return set(
        _in_chunks(
            "SELECT document_id FROM suggestion WHERE document_id",
            documents,
            then=" GROUP BY document_id HAVING COUNT(*) >= ?",
            then_params=[count],
        )
    )


def _in_chunks(
    sql: str,
    values: Iterable[Any],
    whole: bool = False,
    params: Sequence = (),
    then: str = "",
    then_params: Sequence = (),
) -> list:
    """The first column (`whole`: the rows) of `sql` + " IN (values)" + `then`, in
    chunks below the parameter limit (`params`: those of `sql` itself, before the
    values; `then_params`: those of `then`, after them)."""
    values = sorted(set(values))
    out = []
    for i in range(0, len(values), _CHUNK):
        chunk = values[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = execute(f"{sql} IN ({marks}){then}", [*params, *chunk, *then_params])
        out.extend(rows if whole else (row[0] for row in rows))
    return out
