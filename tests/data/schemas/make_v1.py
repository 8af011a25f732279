"""Write `v1.sqlite`: a database at schema version 1, made by the version-1 models.

The models are read from the commit that last had schema version 1, so the file
is what an app of that time wrote. Run from the repository root:

    .venv/bin/python tests/data/schemas/make_v1.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import types
from pathlib import Path

import peewee as pw

V1_COMMIT = "56403a2"  # schema version 1: before source text, fingerprints and search
HERE = Path(__file__).resolve().parent


def v1_models() -> types.ModuleType:
    source = subprocess.run(
        ["git", "show", f"{V1_COMMIT}:tracker/store/models.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("v1_models")
    sys.modules["v1_models"] = module
    exec(compile(source, "v1_models.py", "exec"), module.__dict__)  # noqa: S102 - our own file
    return module


def main() -> None:
    m = v1_models()
    path = HERE / "v1.sqlite"
    path.unlink(missing_ok=True)
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    m.DB.initialize(db)
    db.create_tables(m.MODELS)
    at = dt.datetime(2024, 5, 1, 9, 30)
    with db.atomic():
        m.SchemaVersion.create(version=1, changed_at=at)
        doc = m.Document.create(
            path="kst-32637-448.md",
            title="Verslag van een schriftelijk overleg",
            kind="verslag",
            dossier="32637",
            number="448",
            official_id="kst-32637-448",
            document_date=dt.date(2021, 3, 10),
            answer_date=dt.date(2021, 3, 9),
            content_hash="v1-hash",
            imported_at=at,
        )
        rows = [
            ("Evaluatie praktijkleren", dt.date(2022, 12, 31), "CDA", "open", "confirmed"),
            ("Agenda gelijke kansen", dt.date(2021, 6, 30), "D66", "fulfilled", "confirmed"),
            ("Kamer informeren over stages", None, "VVD", "open", "rejected"),
        ]
        for title, due, faction, status, review in rows:
            c = m.Commitment.create(
                title=title,
                due_date=due,
                due_date_extracted=due,
                due_text=f"{due:%d-%m-%Y}" if due else None,
                due_precision="day" if due else None,
                status=status,
                review_state=review,
                ministry="OCW",
                actor="Minister van OCW",
                cue="test",
                created_at=at,
                updated_at=at,
            )
            quote = f"{title} wordt naar de Kamer gestuurd."
            m.Source.create(
                commitment=c,
                document=doc,
                quote=quote,
                faction=faction,
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
                )
    db.execute_sql("VACUUM")
    db.close()
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
