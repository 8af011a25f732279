"""Write `v3.sqlite`: a database at schema version 3, made by the version-3 models.

The models are read from the commit that last had schema version 3 (before the audit
trail of version 4), so the file is what an app of that time wrote: the full-text
index, two documents (an answer and a later letter, with its version row), commitments
in every status and review state, a manual one, a due date set by hand, status changes
with notes and evidence, and suggestions pending, accepted and dismissed. Run from the
repository root:

    .venv/bin/python tests/data/schemas/make_v3.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import types
from pathlib import Path

import peewee as pw

V3_COMMIT = "84d4478"  # schema version 3: the last commit before the audit trail (v4)
HERE = Path(__file__).resolve().parent
ANSWER = """**32 637**

**Bedrijfslevenbeleid**

**Nr. 448**

**VERSLAG VAN EEN SCHRIFTELIJK OVERLEG**

Vastgesteld 10 maart 2021

Het kabinet zal de subsidieregeling Praktijkleren in 2022 evalueren.
"""
LETTER = """**32 637**

**Nr. 460**

**BRIEF VAN DE STAATSSECRETARIS VAN ECONOMISCHE ZAKEN EN KLIMAAT**

Zoals toegezegd in het schriftelijk overleg (Kamerstuk 32 637, nr. 448) stuur ik u
hierbij de agenda gelijke kansen.
"""
AT = dt.datetime(2025, 2, 3, 10, 15)

# title, extracted due date, due date set by hand, status, review state, manual, history:
# [(from, to, who, note, evidence, effective date)]
COMMITMENTS = [
    (
        "Evaluatie subsidie Praktijkleren",
        dt.date(2022, 12, 31),
        None,
        "open",
        "confirmed",
        False,
        [],
    ),
    (
        "Agenda gelijke kansen",
        dt.date(2021, 6, 30),
        None,
        "fulfilled",
        "confirmed",
        False,
        [
            (
                "open",
                "fulfilled",
                "anna",
                "Agenda ontvangen per brief",
                "Kamerstuk 32 637, nr. 460",
                dt.date(2021, 6, 1),
            )
        ],
    ),
    (
        "Monitor stageplaatsen",
        dt.date(2021, 12, 31),
        dt.date(2022, 3, 31),
        "partial",
        "confirmed",
        False,
        [("open", "partial", "bram", "Eerste deel verschenen; tweede volgt", "", None)],
    ),
    (
        "Kamer informeren over stages",
        None,
        None,
        "lapsed",
        "confirmed",
        False,
        [
            ("open", "fulfilled", "anna", "Te vroeg afgevinkt", "", None),
            (
                "fulfilled",
                "lapsed",
                "carla",
                "Vervallen na kabinetswisseling",
                "",
                dt.date(2022, 1, 10),
            ),
        ],
    ),
    ("Reactie op motie-Van der Lee", None, None, "open", "rejected", False, []),
    (
        "Gesprek met de regio's",
        dt.date(2025, 9, 1),
        dt.date(2025, 9, 1),
        "open",
        "confirmed",
        True,
        [],
    ),
    ("Brief over het mkb-actieplan", dt.date(2025, 4, 1), None, "open", "to_review", False, []),
]


def v3_models() -> types.ModuleType:
    source = subprocess.run(
        ["git", "show", f"{V3_COMMIT}:tracker/store/models.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("v3_models")
    sys.modules["v3_models"] = module
    exec(compile(source, "v3_models.py", "exec"), module.__dict__)  # noqa: S102 - our own file
    return module


def main() -> None:
    m = v3_models()
    path = HERE / "v3.sqlite"
    path.unlink(missing_ok=True)
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    m.DB.initialize(db)
    db.create_tables(m.MODELS)
    # The full-text index as version 3 made it (tracker/store/search.py of that commit).
    db.execute_sql(
        "CREATE VIRTUAL TABLE commitment_fts USING fts5("
        "title, quotes, notes, tokenize = 'unicode61 remove_diacritics 2')"
    )
    with db.atomic():
        m.SchemaVersion.create(version=3, changed_at=AT)
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
        ids = {}
        for title, extracted, by_hand, status, review, manual, history in COMMITMENTS:
            quote = f"{title} wordt naar de Kamer gestuurd."
            due = by_hand or extracted
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
                version=1 + len(history) + (by_hand is not None),
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
