"""The peewee models. The database is bound at start-up through `DB`, never at import."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import peewee as pw

DB = pw.DatabaseProxy()

STATUSES = ("open", "fulfilled", "partial", "lapsed")
# Still open: a partly kept promise ("Deels voldaan") stays on every chase list.
OPEN_STATUSES = ("open", "partial")


def open_status_sql(column: str = "c.status") -> str:
    """The SQL condition "`column` is still open" (one of OPEN_STATUSES)."""
    quoted = ", ".join(f"'{s}'" for s in OPEN_STATUSES)
    return f"{column} IN ({quoted})"


OPEN_SQL = open_status_sql()  # for a commitment `c`
REVIEW_STATES = ("to_review", "confirmed", "rejected")
SUGGESTION_STATES = ("pending", "accepted", "dismissed")
# Why a document is thought to fulfil a commitment (see tracker/hints.py):
# it says "zoals toegezegd" about it, or it is a later letter in the same dossier on its subject.
SUGGESTION_REASONS = ("zoals_toegezegd", "same_dossier_subject", "house_letter")


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def document_key(
    official_id: str | None, dossier: str | None, number: str | None, content_hash: str
) -> str:
    """What identifies a document across versions of its file: the official id,
    else dossier and number, else (an unknown document) the file's content."""
    if official_id:
        return official_id
    if dossier and number:
        return f"{dossier}-{number}"
    return content_hash


def normalise_quote(quote: str) -> str:
    return re.sub(r"\s+", " ", quote).strip().lower()


def fingerprint(
    official_id: str | None,
    dossier: str | None,
    number: str | None,
    content_hash: str,
    quote: str,
) -> str:
    """A stable key of a commitment: its document and its (first) quote, independent
    of the file's bytes, so that an edited re-import recognises what it already has."""
    key = document_key(official_id, dossier, number, content_hash)
    return hashlib.sha1(f"{key}\n{normalise_quote(quote)}".encode()).hexdigest()


class BaseModel(pw.Model):
    class Meta:
        database = DB
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the schema version of this database, and when it was last migrated."""

    version = pw.IntegerField()
    changed_at = pw.DateTimeField(default=now)


class Document(BaseModel):
    path = pw.TextField()
    title = pw.TextField(default="")
    kind = pw.CharField(default="unknown")
    dossier = pw.CharField(null=True)
    number = pw.CharField(null=True)
    official_id = pw.CharField(null=True)
    document_date = pw.DateField(null=True)
    answer_date = pw.DateField(null=True)
    addressee = pw.TextField(null=True)
    content_hash = pw.CharField(unique=True)
    imported_at = pw.DateTimeField(default=now)
    # v2: the text as read, so the document can be shown and quoted from by hand
    source_text = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])
    # v6: `answer_date` (the day relative due dates count from) was given by the user
    # (`tracker import --reference-date`, or in the window), not stated by the document:
    # such a document can be given another date later; one stating its own cannot.
    answer_date_given = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])
    # v7: the open data's Document Id (a GUID) of a document fetched by `tracker sync`
    house_id = pw.CharField(null=True, index=True)

    class Meta:
        # v5: an import looks up the earlier versions of its document by these
        indexes = ((("official_id",), False), (("dossier", "number"), False))


class Commitment(BaseModel):
    title = pw.TextField()
    due_date = pw.DateField(null=True, index=True)  # the effective due date
    due_date_extracted = pw.DateField(null=True)  # what the extractor derived
    due_overridden = pw.BooleanField(default=False)
    due_text = pw.TextField(null=True)  # the phrase as written
    due_precision = pw.CharField(null=True)
    period_start = pw.DateField(null=True)
    period_end = pw.DateField(null=True)
    edtf = pw.CharField(null=True)
    status = pw.CharField(default="open", index=True)
    review_state = pw.CharField(default="to_review", index=True)
    ministry = pw.CharField(null=True, index=True)
    actor = pw.TextField(null=True, index=True)
    cue = pw.TextField(default="")
    version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    # v2
    # made by hand; FALSE is 0 to SQLite and a boolean to PostgreSQL
    manual = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])
    # what the commitment is independent of the file's bytes (see queries.fingerprint)
    fingerprint = pw.CharField(null=True, index=True)
    reviewed_by = pw.CharField(null=True)
    reviewed_at = pw.DateTimeField(null=True)
    # v7: an oral commitment from the House's register of Toezeggingen ("mondeling"),
    # else "schriftelijk"; the House's Id (unique when set), number, status as given,
    # the status of ours that a change of the House's suggests (until accepted or
    # dismissed) and the debate it was made in.
    kind = pw.CharField(default="schriftelijk", constraints=[pw.SQL("DEFAULT 'schriftelijk'")])
    house_id = pw.CharField(null=True, unique=True)
    house_number = pw.CharField(null=True, index=True)
    house_status = pw.CharField(null=True)
    house_status_suggestion = pw.CharField(null=True)
    debate = pw.TextField(null=True)
    house_evidence = pw.TextField(null=True)  # the letter the House says fulfilled it

    class Meta:
        # v8: the filter panel's counts read every commitment along this index (it holds
        # every column they read), grouped in its order (store/filters.py)
        indexes = ((("status", "review_state", "ministry", "actor", "due_date"), False),)


COMMITMENT_KINDS = ("schriftelijk", "mondeling")


class Source(BaseModel):
    commitment = pw.ForeignKeyField(Commitment, backref="sources", on_delete="CASCADE")
    document = pw.ForeignKeyField(Document, backref="sources", on_delete="CASCADE")
    quote = pw.TextField()
    faction = pw.CharField(null=True, index=True)
    question = pw.TextField(default="")
    section = pw.TextField(default="")
    answer = pw.TextField(default="")
    quote_start_in_answer = pw.IntegerField(null=True)
    quote_end_in_answer = pw.IntegerField(null=True)
    start = pw.IntegerField()
    end = pw.IntegerField()

    class Meta:
        # v8, v9: the faction and document counts of the filter panel (store/filters.py)
        indexes = (
            (("commitment", "faction"), False),
            (("document", "commitment"), False),
            (("faction", "commitment"), False),
            (("commitment", "document"), False),
        )


class StatusChange(BaseModel):
    commitment = pw.ForeignKeyField(Commitment, backref="history", on_delete="CASCADE")
    from_status = pw.CharField(null=True)
    to_status = pw.CharField()
    changed_at = pw.DateTimeField(default=now)
    changed_by = pw.CharField(default="")
    note = pw.TextField(default="")
    evidence = pw.TextField(default="")
    # v2: the day the promise was kept or lapsed, as the user states it
    effective_date = pw.DateField(null=True)
    # v10: who acted: the database login (on PostgreSQL filled by the server itself,
    # tracker/store/roles.py), the operating-system user on SQLite; `changed_by` is the
    # display name beside it, for reading
    login = pw.CharField(null=True)


class Suggestion(BaseModel):
    """v3: a hint, found at import, that a document fulfils an open commitment.

    Staff accept it (the commitment is marked fulfilled with the document as evidence)
    or dismiss it (it never comes back for that commitment and document).
    """

    # The commitment's id rather than a foreign key: undo puts commitments back by
    # deleting and inserting them again (queries.restore), which a cascading key would
    # turn into losing their suggestions. Suggestions of deleted commitments are pruned
    # by tracker.store.suggestions.
    commitment_id = pw.IntegerField(index=True)
    document = pw.ForeignKeyField(Document, backref="suggestions", on_delete="CASCADE")
    reason = pw.CharField()  # one of SUGGESTION_REASONS
    sentence = pw.TextField(default="")  # the sentence (or subject) of the document that matched
    matched_words = pw.TextField(default="")  # the words the document and commitment share
    matched_reference = pw.TextField(default="")  # "Kamerstuk 32 637, nr. 448", a date, or ""
    evidence = pw.TextField(default="")  # how the document is cited as evidence
    url = pw.TextField(null=True)  # where the document is published, as the hint read it
    effective_date = pw.DateField(null=True)  # the document's date: the day the promise was kept
    score = pw.DoubleField()  # REAL to SQLite; PostgreSQL's REAL would round it
    state = pw.CharField(default="pending", index=True)  # one of SUGGESTION_STATES
    created_at = pw.DateTimeField(default=now)
    decided_by = pw.CharField(null=True)
    decided_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("commitment_id", "document"), True),)


class DocumentVersion(BaseModel):
    """v3: every version of a document the register has read, by the hash of its bytes,
    so that an earlier version met again (a folder holding both) is skipped rather than
    put back over the corrected one."""

    document = pw.ForeignKeyField(Document, backref="versions", on_delete="CASCADE")
    content_hash = pw.CharField(unique=True)
    path = pw.TextField()
    imported_at = pw.DateTimeField(default=now)


class Change(BaseModel):
    """v4: the audit trail: one row per change to a commitment (status, review, each
    edited field, merge, delete, undo), who made it, when, and the version it produced.

    The commitment's id rather than a foreign key, so the trail outlives a deleted
    commitment (see tracker.store.audit).
    """

    commitment_id = pw.IntegerField(index=True)
    version = pw.IntegerField(null=True)  # the commitment's version after the change
    changed_at = pw.DateTimeField(default=now)
    changed_by = pw.CharField(default="")  # the display name (TRACKER_USER, the settings)
    what = pw.CharField()  # one of tracker.store.audit.CHANGE_KINDS
    old_value = pw.TextField(null=True)
    new_value = pw.TextField(null=True)
    note = pw.TextField(default="")
    evidence = pw.TextField(default="")
    via = pw.CharField(default="")  # "", "undo", "redo", "import", "suggestion"
    # v10: the database login that made the change (as on StatusChange)
    login = pw.CharField(null=True)


class DocumentFacts(BaseModel):
    """v5: what the fulfilment hints know of a document (tracker/letters.py `Letter`),
    worked out once when it is imported: each later import compares itself with the
    documents of its dossier, which is then a lookup instead of reading their texts.

    The columns are what the lookups select on, folded (lower case, no spaces);
    `facts` is the whole `Letter` as JSON.
    """

    document = pw.ForeignKeyField(Document, primary_key=True, backref="facts", on_delete="CASCADE")
    kind = pw.CharField()
    dossier = pw.CharField(null=True, index=True)  # the document row's, folded
    letter_dossier = pw.CharField(null=True, index=True)  # the Letter's (from its header)
    letter_date = pw.DateField(null=True)  # the Letter's
    number = pw.CharField(null=True)
    official_id = pw.CharField(null=True, index=True)  # lower case
    document_date = pw.DateField(null=True, index=True)
    answer_date = pw.DateField(null=True, index=True)
    facts = pw.TextField()


class Citation(BaseModel):
    """v5: a document another one cites (tracker/letters.py `citing_terms`): "n:32637:448"
    (dossier and number), "i:kst-32637-448" (official id) or "d:2021-03-10" (a date).
    The stored documents that may keep a new one's promises are found through these."""

    document = pw.ForeignKeyField(Document, backref="citations", on_delete="CASCADE")
    term = pw.CharField(index=True)


class CueWord(BaseModel):
    """v5: the match keys of the words of a document's "zoals toegezegd" sentences
    (`sentence` 0, 1, ...) and of its subject (`sentence` -1, counted with each): the
    documents one of whose sentences has every word of a commitment's title are found
    through these."""

    document = pw.ForeignKeyField(Document, backref="cue_words", on_delete="CASCADE")
    sentence = pw.IntegerField()
    key = pw.CharField()

    class Meta:
        # v9: what `hint_queries.cue_words_with` reads, along the index alone
        indexes = ((("key", "document", "sentence"), False),)


class TitleWord(BaseModel):
    """v5: the match keys (tracker/words.py `match_keys`) of each content word of a
    commitment's title: the titles a sentence can match (every word of the title
    matching a word of the sentence) are found through these, not title by title.

    The commitment's id rather than a foreign key, as for suggestions: undo deletes
    and inserts commitments again; the rows follow through `search.sync`.
    """

    commitment_id = pw.IntegerField(index=True)
    word = pw.IntegerField()  # which content word of the title (0, 1, ...)
    words = pw.IntegerField()  # how many content words the title has
    key = pw.CharField()

    class Meta:
        # v9: what `title_words.covered` reads, along the index alone
        indexes = ((("key", "commitment_id", "word", "words"), False),)


class Follow(BaseModel):
    """v7: what the register follows in the House's open data (`tracker.store.follows`):
    a dossier, a committee, a ministry or a document kind (Soort)."""

    kind = pw.CharField()
    value = pw.CharField()

    class Meta:
        indexes = ((("kind", "value"), True),)


class SyncState(BaseModel):
    """v7: per feed of the open data ("Document", "Toezegging"): the `GewijzigdOp` of
    the last entity fully handled (as given, ISO 8601 text), and when a sync of it last
    finished."""

    feed = pw.CharField(unique=True)
    watermark = pw.CharField(null=True)
    finished_at = pw.DateTimeField(null=True)


class SyncRetry(BaseModel):
    """v7: an entity of the open data that a sync could not handle (a file that could
    not be read): the watermark moved past it, the next sync tries it again."""

    feed = pw.CharField()
    house_id = pw.CharField()
    reason = pw.TextField(default="")
    tries = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = ((("feed", "house_id"), True),)


MODELS = [
    SchemaVersion,
    Document,
    Commitment,
    Source,
    StatusChange,
    Suggestion,
    DocumentVersion,
    Change,
    DocumentFacts,
    Citation,
    CueWord,
    TitleWord,
    Follow,
    SyncState,
    SyncRetry,
]
