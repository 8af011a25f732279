"""Write `v2.sqlite`: a database at schema version 2, made by the version-2 models.

The models are read from the commit that last had schema version 2, so the file
is what an app of that time wrote (tables, full-text index, a document with its
text, an open, a fulfilled, a rejected and a manual commitment). Run from the
repository root:

    .venv/bin/python tests/data/schemas/make_v2.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import types
from pathlib import Path

import peewee as pw

V2_COMMIT = "ed10a21"  # schema version 2: before fulfilment suggestions
HERE = Path(__file__).resolve().parent
TEXT = """**32 637**

**Bedrijfslevenbeleid**

**Nr. 448**

**VERSLAG VAN EEN SCHRIFTELIJK OVERLEG**

Vastgesteld 10 maart 2021

Het kabinet zal de subsidieregeling Praktijkleren in 2022 evalueren.
"""


def v2_models() -> types.ModuleType:
    source = subprocess.run(
        ["git", "show", f"{V2_COMMIT}:tracker/store/models.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("v2_models")
    sys.modules["v2_models"] = module
    exec(compile(source, "v2_models.py", "exec"), module.__dict__)  # noqa: S102 - our own file
    return module


def main() -> None:
    m = v2_models()
    path = HERE / "v2.sqlite"
    path.unlink(missing_ok=True)
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    m.DB.initialize(db)
    db.create_tables(m.MODELS)
    # The full-text index as version 2 made it (tracker/store/search.py of that commit).
    db.execute_sql(
        "CREATE VIRTUAL TABLE commitment_fts USING fts5("
        "title, quotes, notes, tokenize = 'unicode61 remove_diacritics 2')"
    )
    at = dt.datetime(2024, 5, 1, 9, 30)
    with db.atomic():
        m.SchemaVersion.create(version=2, changed_at=at)
        doc = m.Document.create(
            path="kst-32637-448.md",
            title="Verslag van een schriftelijk overleg",
            kind="verslag",
            dossier="32637",
            number="448",
            official_id="kst-32637-448",
            document_date=dt.date(2021, 3, 10),
            answer_date=dt.date(2021, 3, 9),
            content_hash=hashlib.sha256(TEXT.encode()).hexdigest(),
            imported_at=at,
            source_text=TEXT,
        )
        rows = [
            ("Evaluatie subsidie Praktijkleren", dt.date(2022, 12, 31), "open", "confirmed", False),
            ("Agenda gelijke kansen", dt.date(2021, 6, 30), "fulfilled", "confirmed", False),
            ("Kamer informeren over stages", None, "open", "rejected", False),
            ("Gesprek met de regio's", None, "open", "confirmed", True),
        ]
        for title, due, status, review, manual in rows:
            quote = f"{title} wordt naar de Kamer gestuurd."
            c = m.Commitment.create(
                title=title,
                due_date=due,
                due_date_extracted=due,
                due_text=f"{due:%d-%m-%Y}" if due else None,
                due_precision="day" if due else None,
                status=status,
                review_state=review,
                ministry="EZK",
                actor="Staatssecretaris van Economische Zaken en Klimaat",
                cue="handmatig" if manual else "zal",
                created_at=at,
                updated_at=at,
                manual=manual,
                fingerprint=m.fingerprint("kst-32637-448", "32637", "448", "", quote),
                reviewed_by="anna" if review != "to_review" else None,
                reviewed_at=at if review != "to_review" else None,
            )
            m.Source.create(
                commitment=c,
                document=doc,
                quote=quote,
                faction="CDA",
                question="Vraag?",
                answer=quote,
                start=0,
                end=len(quote),
            )
            if status != "open":
                m.StatusChange.create(
                    commitment=c,
                    from_status="open",
                    to_status=status,
                    changed_at=at,
                    changed_by="anna",
                    note="Brief ontvangen",
                    evidence="Kamerstuk 32 637, nr. 460",
                    effective_date=dt.date(2021, 6, 1),
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
