"""Write `v4.sqlite`: a database at schema version 4, made by the version-4 models.

The models are read from the commit that last had schema version 4 (before the document
facts and title words of version 5), so the file is what an app of that time wrote: the
register of `v3.sqlite` (the same documents, commitments, statuses, history and
suggestions, whose texts are imported from make_v3.py) and the audit trail of version 4,
`change`: status changes (one accepted from a suggestion), a review, due dates set by
hand, a commitment made by hand, and one deleted, whose trail outlives it. Run from the
repository root:

    .venv/bin/python tests/data/schemas/make_v4.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import types
from pathlib import Path

import peewee as pw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_v3 import ANSWER, AT, COMMITMENTS, LETTER  # noqa: E402 - the texts only

V4_COMMIT = "00bf86a"  # schema version 4: the last commit before document facts (v5)
HERE = Path(__file__).resolve().parent
# A commitment extracted twice, deleted by hand at version 4: only the trail keeps it.
DELETED = "Evaluatie van de subsidieregeling Praktijkleren"

# The audit trail: title -> [(version after the change, who, what, old, new, note,
# evidence, via, days after AT)]. Status changes match the history of COMMITMENTS.
TRAIL = {
    "Agenda gelijke kansen": [
        (
            2,
            "anna",
            "status",
            "open",
            "fulfilled",
            "Agenda ontvangen per brief",
            "Kamerstuk 32 637, nr. 460",
            "suggestion",
            0,
        )
    ],
    "Monitor stageplaatsen": [
        (2, "bram", "due", "2021-12-31", "2022-03-31", "", "", "", 0),
        (
            3,
            "bram",
            "status",
            "open",
            "partial",
            "Eerste deel verschenen; tweede volgt",
            "",
            "",
            0,
        ),
    ],
    "Kamer informeren over stages": [
        (2, "anna", "status", "open", "fulfilled", "Te vroeg afgevinkt", "", "", 0),
        (
            3,
            "carla",
            "status",
            "fulfilled",
            "lapsed",
            "Vervallen na kabinetswisseling",
            "",
            "",
            1,
        ),
    ],
    "Reactie op motie-Van der Lee": [
        (2, "anna", "review", "to_review", "rejected", "", "", "", 0),
    ],
    "Gesprek met de regio's": [
        (1, "anna", "create", None, "Gesprek met de regio's", "", "", "", 0),
        (2, "anna", "due", None, "2025-09-01", "", "", "", 0),
    ],
    DELETED: [
        (2, "bram", "delete", DELETED, None, "", "", "", 2),
    ],
}


def v4_models() -> types.ModuleType:
    source = subprocess.run(
        ["git", "show", f"{V4_COMMIT}:tracker/store/models.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("v4_models")
    sys.modules["v4_models"] = module
    exec(compile(source, "v4_models.py", "exec"), module.__dict__)  # noqa: S102 - our own file
    return module


def main() -> None:
    m = v4_models()
    path = HERE / "v4.sqlite"
    path.unlink(missing_ok=True)
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    m.DB.initialize(db)
    db.create_tables(m.MODELS)
    # The full-text index as version 4 made it (tracker/store/search.py of that commit).
    db.execute_sql(
        "CREATE VIRTUAL TABLE commitment_fts USING fts5("
        "title, quotes, notes, tokenize = 'unicode61 remove_diacritics 2')"
    )
    with db.atomic():
        m.SchemaVersion.create(version=4, changed_at=AT)
        documents = []
        for text, number, kind, title, day in (
            (
                ANSWER,
                "448",
                "verslag",
                "Verslag van een schriftelijk overleg",
                dt.date(2021, 3, 10),
            ),
            (LETTER, "460", "brief", "Brief over de agenda gelijke kansen", dt.date(2021, 6, 1)),
        ):
            content_hash = hashlib.sha256(text.encode()).hexdigest()
            doc = m.Document.create(
                path=f"kst-32637-{number}.md",
                title=title,
                kind=kind,
                dossier="32637",
                number=number,
                official_id=f"kst-32637-{number}",
                document_date=day,
                answer_date=day,
                content_hash=content_hash,
                imported_at=AT,
                source_text=text,
            )
            m.DocumentVersion.create(
                document=doc, content_hash=content_hash, path=doc.path, imported_at=AT
            )
            documents.append(doc)
        answer, letter = documents
        # The deleted duplicate comes second, so that its id lies below the highest one
        # (SQLite gives a new row the highest id + 1: the id is not taken again).
        rows = list(COMMITMENTS)
        rows.insert(1, (DELETED, dt.date(2022, 12, 31), None, "open", "to_review", False, []))
        ids = {}
        changes = []
        for title, extracted, by_hand, status, review, manual, history in rows:
            quote = f"{title} wordt naar de Kamer gestuurd."
            due = by_hand or extracted
            trail = TRAIL.get(title, [])
            c = m.Commitment.create(
                title=title,
                due_date=due,
                due_date_extracted=extracted,
                due_overridden=by_hand is not None and not manual,
                due_text=f"{extracted:%d-%m-%Y}" if extracted else None,
                due_precision="day" if extracted else None,
                status=status,
                review_state=review,
                ministry="EZK",
                actor="Staatssecretaris van Economische Zaken en Klimaat",
                cue="handmatig" if manual else "zal",
                version=max([1 + len(history) + (by_hand is not None)] + [t[0] for t in trail]),
                created_at=AT,
                updated_at=AT,
                manual=manual,
                fingerprint=m.fingerprint("kst-32637-448", "32637", "448", "", quote),
                reviewed_by="anna" if review != "to_review" else None,
                reviewed_at=AT if review != "to_review" else None,
            )
            ids[title] = c.id
            m.Source.create(
                commitment=c,
                document=answer,
                quote=quote,
                faction="CDA" if not manual else None,
                question="Vraag?",
                answer=quote,
                start=0,
                end=len(quote),
            )
            for number, (old, new, who, note, evidence, effective) in enumerate(history):
                m.StatusChange.create(
                    commitment=c,
                    from_status=old,
                    to_status=new,
                    changed_at=AT + dt.timedelta(days=number),
                    changed_by=who,
                    note=note,
                    evidence=evidence,
                    effective_date=effective,
                )
            for version, who, what, old, new, note, evidence, via, days in trail:
                changes.append(
                    {
                        "commitment_id": c.id,
                        "version": version,
                        "changed_at": AT + dt.timedelta(days=days, minutes=version),
                        "changed_by": who,
                        "what": what,
                        "old_value": old,
                        "new_value": new,
                        "note": note,
                        "evidence": evidence,
                        "via": via,
                    }
                )
        # The trail in the order it was written.
        for change in sorted(changes, key=lambda c: (c["changed_at"], c["commitment_id"])):
            m.Change.create(**change)
        # Deleted as version 4 deleted: the commitment with its sources and history.
        m.Source.delete().where(m.Source.commitment == ids[DELETED]).execute()
        m.Commitment.delete().where(m.Commitment.id == ids[DELETED]).execute()
        for title, state, who in (
            ("Agenda gelijke kansen", "accepted", "anna"),
            ("Evaluatie subsidie Praktijkleren", "pending", None),
            ("Monitor stageplaatsen", "dismissed", "bram"),
        ):
            m.Suggestion.create(
                commitment_id=ids[title],
                document=letter,
                reason="zoals_toegezegd",
                sentence="Zoals toegezegd in het schriftelijk overleg stuur ik u de agenda.",
                matched_words="agenda, gelijke, kansen" if state == "accepted" else "",
                matched_reference="Kamerstuk 32 637, nr. 448",
                evidence="Kamerstuk 32 637, nr. 460",
                url="https://zoek.officielebekendmakingen.nl/kst-32637-460.html",
                effective_date=dt.date(2021, 6, 1),
                score=0.875 if state == "accepted" else 0.4,
                state=state,
                created_at=AT,
                decided_by=who,
                decided_at=AT if who else None,
            )
        db.execute_sql(
            """
            INSERT INTO commitment_fts (rowid, title, quotes, notes)
            SELECT c.id, c.title,
                   COALESCE((SELECT group_concat(s.quote, ' ') FROM source s
                             WHERE s.commitment_id = c.id), ''),
                   COALESCE((SELECT group_concat(h.note || ' ' || h.evidence, ' ')
                             FROM status_change h WHERE h.commitment_id = c.id), '')
            FROM commitment c
            """
        )
    db.execute_sql("VACUUM")
    db.close()
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
