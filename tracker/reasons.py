"""Why the core refused something, in words: one catalogue for the window and the CLI.

An error that reaches a user carries a stable `reason` key and its `details` (a
DocumentError, a DatabaseError, an ExportError, a StoreError for what is not there); its
English `str()` stays for the log and the details. `describe(reason, details, language)`
says it in Dutch or English, filling `{name}` placeholders from `details` (a missing one
stays empty). A text with `{path}` is a whole message; a document's refusal reason is
the part after the file's name ("kapot.pdf: geweigerd — <reason>").

Plain Python at the bottom of the core: it imports nothing from `tracker`, so the store
and the document readers can import it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# reason -> (Dutch, English)
REASONS: dict[str, tuple[str, str]] = {
    # -- a document refused (tracker.documents.reader.REFUSAL_REASONS) ------------------
    "folder": ("een map, geen document", "a folder, not a document"),
    "not_found": ("bestand niet gevonden", "file not found"),
    "cannot_read": ("het bestand kan niet worden gelezen", "the file cannot be read"),
    "unsupported_type": (
        "bestandstype {suffix} wordt niet ondersteund",
        "file type {suffix} is not supported",
    ),
    "too_large": (
        "het bestand is te groot (meer dan {limit} MB)",
        "the file is too large (over {limit} MB)",
    ),
    "empty": ("het bestand is leeg", "the file is empty"),
    "no_text": ("geen tekst gevonden in het document", "no text found in the document"),
    "binary": ("geen leesbare tekst (een binair bestand)", "no readable text (a binary file)"),
    "not_pdf": (
        "geen leesbare tekst (het bestand is geen PDF)",
        "no readable text (the file is not a PDF)",
    ),
    "password": ("de PDF is met een wachtwoord beveiligd", "the PDF is protected with a password"),
    "too_many_pages": (
        "de PDF heeft {pages} pagina's, meer dan de {limit} die kunnen",
        "the PDF has {pages} pages, more than the {limit} allowed",
    ),
    "scanned": (
        "de PDF heeft geen tekstlaag (gescand?): gebruik OCR, of importeer de "
        "tekst-, HTML- of XML-versie",
        "the PDF has no text layer (scanned?): run it through OCR, or import the text, "
        "HTML or XML version",
    ),
    "incomplete": (
        "de PDF is onvolledig: kopieer of download hem opnieuw",
        "the PDF is incomplete: copy or download it again",
    ),
    "damaged": ("het bestand is beschadigd of onleesbaar", "the file is damaged or unreadable"),
    "not_word": ("geen leesbaar Word-document", "not a readable Word document"),
    "zip_bomb": (
        "het Word-document wordt uitgepakt te groot",
        "the Word document unpacks too large",
    ),
    "unsafe_xml": (
        "XML met een DOCTYPE- of ENTITY-declaratie (onveilig)",
        "XML with a DOCTYPE or ENTITY declaration (unsafe)",
    ),
    "malformed_xml": ("ongeldige XML", "malformed XML"),
    "not_publication": (
        "XML, maar geen officiële publicatie",
        "XML, but not an official publication",
    ),
    "metadata_file": (
        "een metadatabestand: importeer de publicatie die ernaast staat",
        "a metadata file: import the publication beside it",
    ),
    "missing_package": (
        "een benodigd Python-pakket ontbreekt",
        "a required Python package is missing",
    ),
    "no_structure": (
        "geen antwoorden en geen documentstructuur gevonden (geen verslag, "
        "Kamervragen, nota, lijst van vragen of brief)",
        "no answers and no document structure found (not a verslag, Kamervragen, "
        "nota, lijst van vragen or letter)",
    ),
    "changed": ("het bestand is gewijzigd of verdwenen", "the file has changed or is gone"),
    "failed": ("onverwachte fout (zie details)", "unexpected error (see details)"),
    # -- the database cannot be opened (tracker.store.connection) ----------------------
    "db_is_folder": (
        "{path}: is een map, geen databasebestand",
        "{path}: is a folder, not a database file",
    ),
    "db_empty": (
        "{path}: het bestand is leeg (0 bytes), geen tracker-database",
        "{path}: the file is empty (0 bytes), not a tracker database",
    ),
    "db_missing": (
        "{path}: dat databasebestand bestaat niet (controleer het pad; `tracker import` "
        "of het venster maakt een nieuw register)",
        "{path}: no such database file (check the path; `tracker import` or the window "
        "creates a new register)",
    ),
    "db_folder_read_only": (
        "{path}: de database kan niet worden gemaakt (de map is alleen-lezen)",
        "{path}: cannot create the database (folder is read-only)",
    ),
    "db_no_folder": (
        "{path}: de map ervan kan niet worden gemaakt ({error})",
        "{path}: cannot create its folder ({error})",
    ),
    "db_journal_read_only": (
        "{path}: kan niet worden geopend omdat de map {folder} alleen-lezen is; de tracker "
        "schrijft zijn journaalbestanden naast de database. Kopieer het bestand naar een "
        "map waarin u mag schrijven, of vraag om schrijfrechten",
        "{path}: cannot be opened because its folder {folder} is read-only; the tracker "
        "writes its journal files beside the database. Copy the file to a folder you may "
        "write in, or ask for write access",
    ),
    "db_damaged": (
        "{path}: het bestand is beschadigd, onleesbaar of geen database; er zijn "
        "{backups} back-ups in {folder}",
        "{path}: the file {problem}; {backups} backups exist in {folder}",
    ),
    "db_damaged_one_backup": (
        "{path}: het bestand is beschadigd, onleesbaar of geen database; er is 1 back-up "
        "in {folder}",
        "{path}: the file {problem}; 1 backup exists in {folder}",
    ),
    "db_damaged_no_backups": (
        "{path}: het bestand is beschadigd, onleesbaar of geen database; er zijn geen "
        "back-ups (gezocht in {folder})",
        "{path}: the file {problem}; no backups exist (looked in {folder})",
    ),
    "db_unusable": (
        "{path}: geen bruikbare tracker-database ({error})",
        "{path}: not a usable tracker database ({error})",
    ),
    "db_password": (
        "{path}: de server vraagt een wachtwoord (geef het als erom gevraagd wordt, of "
        "zet het in ~/.pgpass)",
        "{path}: the server asks for a password (give it when asked, or put it in ~/.pgpass)",
    ),
    "db_needs_beheerder": (
        "{path}: dit register moet worden bijgewerkt (schema {found} naar {version}) en "
        "alleen een beheerder mag dat: laat een beheerder het eerst openen met deze versie "
        "van de app; er is niets gewijzigd",
        "{path}: this register needs updating (schema {found} to {version}) and only a "
        "beheerder may do that: ask a beheerder to open it first with this version of the "
        "app; nothing was changed",
    ),
    "db_cannot_connect": (
        "{path}: geen verbinding met de database ({error})",
        "{path}: cannot connect to the database ({error})",
    ),
    # -- the server went away or cancelled a statement (tracker.store.lost_connection) --
    "db_connection_lost": (
        "{path}: de verbinding met de server ging verloren; de wijziging is niet "
        "opgeslagen (probeer het opnieuw)",
        "{path}: the connection to the server was lost; the change was not saved (try again)",
    ),
    "db_connection_lost_unknown": (
        "{path}: de verbinding met de server ging verloren tijdens het opslaan en de server "
        "is nog niet terug; of de wijziging is opgeslagen is niet bekend: kijk het na zodra "
        "de server terug is",
        "{path}: the connection to the server was lost while saving and the server is not "
        "back yet; whether the change was saved is not known: check once the server is back",
    ),
    "db_statement_cancelled": (
        "{path}: de server brak de opdracht af omdat die te lang duurde "
        "(statement_timeout); er is niets gewijzigd",
        "{path}: the server cancelled the statement because it took too long "
        "(statement_timeout); nothing was changed",
    ),
    # -- the database cannot be written (tracker.store.write_errors: its problems) -----
    "full": (
        "er is geen ruimte meer op de schijf (of het bestand mag niet groeien)",
        "no space left on the disk (or the file may not grow)",
    ),
    "read-only": (
        "het bestand of de map ervan is alleen-lezen",
        "the file or its folder is read-only",
    ),
    "write-failed": (
        "de schijf weigerde het schrijven (is hij vol?)",
        "the disk refused the write (is it full?)",
    ),
    "busy": (
        "een ander programma (de tracker van een collega, een synchronisatie of een "
        "back-up) houdt het bestand bezet en gaf het niet op tijd vrij; probeer het zo "
        "opnieuw",
        "another program (a colleague's tracker, a sync or a backup) holds the file and "
        "did not let go in time; try again in a moment",
    ),
    "forbidden": (
        "uw databaselogin mag deze wijziging niet maken (de rollen: lezer leest, "
        "medewerker wijzigt, beheerder verwijdert en voegt samen)",
        "your database login may not make this change (the roles: lezer reads, medewerker "
        "changes, beheerder deletes and merges)",
    ),
    "role_forbidden": (
        "{login} ({role}) mag dit niet: daarvoor is de rol {needed} nodig",
        "{login} ({role}) may not do this: it needs the role {needed}",
    ),
    "db_unwritable": (
        "{path}: de database kon niet worden geschreven: {because}{detail}; deze wijziging "
        "is niet bewaard, alles wat eerder bewaard is blijft",
        "{path}: the database could not be written: {because}{detail}; this change was "
        "not saved, everything saved before is kept",
    ),
    # -- an export that cannot be written (tracker.export.common) ----------------------
    "export_is_folder": (
        "{path}: de export kan niet worden geschreven (dit is een map, geen bestand)",
        "{path}: cannot write the export (this is a folder, not a file)",
    ),
    "export_no_folder": (
        "{path}: de export kan niet worden geschreven (de map {folder} bestaat niet)",
        "{path}: cannot write the export (the folder {folder} does not exist)",
    ),
    "export_read_only": (
        "{path}: de export kan niet worden geschreven (het bestand is alleen-lezen)",
        "{path}: cannot write the export (the file is read-only)",
    ),
    "export_in_use": (
        "{path}: de export kan niet worden geschreven (het bestand is open in een ander "
        "programma of niet schrijfbaar; sluit het en probeer opnieuw)",
        "{path}: cannot write the export (the file is open in another program or not "
        "writable; close it and try again)",
    ),
    # -- setting up roles and staff (tracker.store.roles) --------------------------------
    "roles_sqlite": (
        "rollen horen bij een register op een PostgreSQL-server: een SQLite-bestand kent "
        "geen logins",
        "roles belong to a register on a PostgreSQL server: an SQLite file has no logins",
    ),
    "roles_no_register": (
        "deze database heeft nog geen register: open haar eerst met de app",
        "this database holds no register yet: open it with the app first",
    ),
    "roles_schema": (
        "beheerder kan geen recht krijgen om tabellen te maken in het schema {schema}: doe "
        "dit als eigenaar van de database (of als superuser)",
        "beheerder could not be given the right to create tables in the schema {schema}: "
        "run this as the owner of the database (or a superuser)",
    ),
    "roles_not_set_up": (
        "de rollen zijn nog niet ingericht: voer eerst `tracker db roles` uit",
        "the roles are not set up yet: run `tracker db roles` first",
    ),
    "role_unknown": (
        "onbekende rol {role} (kies uit {roles})",
        "unknown role {role} (choose from {roles})",
    ),
    "login_unusable": (
        "{login} is geen bruikbare login (kleine letters, cijfers en _ . @ -, beginnend met "
        "een letter; niet de naam van een rol)",
        "{login} is not a usable login (lower-case letters, digits and _ . @ -, starting "
        "with a letter; not the name of a role)",
    ),
    "roles_failed": (
        "de server weigerde het ({error}); dit vraagt een login die rollen mag maken "
        "(CREATEROLE) en eigenaar is van de tabellen van het register, of een superuser",
        "the server refused it ({error}); this needs a login that may create roles "
        "(CREATEROLE) and owns the register's tables, or a superuser",
    ),
    # -- a request the store refuses (tracker.store) -----------------------------------
    "no_commitment": ("er is geen toezegging {id}", "there is no commitment {id}"),
    "no_commitments": ("er zijn geen toezeggingen {ids}", "there are no commitments {ids}"),
    "no_document": ("er is geen document {id}", "there is no document {id}"),
    "no_suggestion": ("er is geen suggestie {id}", "there is no suggestion {id}"),
}

LANGUAGES = ("nl", "en")
# the reasons that say why a document was refused, without its name
DOCUMENT_REASONS = tuple(REASONS)[: tuple(REASONS).index("failed") + 1]
# the reasons a DatabaseError carries
DATABASE_REASONS = tuple(r for r in REASONS if r.startswith("db_"))


class _Details(dict):
    """`details` for str.format_map: a placeholder that is not given stays empty."""

    def __missing__(self, key: str) -> str:
        return ""


def describe(reason: str | None, details: Mapping[str, Any] | None, language: str) -> str:
    """The text for `reason` in `language` ("nl" or "en"), its placeholders filled from
    `details`. An unknown reason reads as "failed" (an unexpected error). A `because`
    detail that is itself a reason (a write problem) is said in the same language."""
    dutch, english = REASONS.get(reason or "", REASONS["failed"])
    text = english if language == "en" else dutch
    values = _Details(details or {})
    if values.get("because") in REASONS:
        values["because"] = describe(values["because"], None, language)
    return text.format_map(values)


def describe_error(exc: BaseException, language: str) -> str:
    """An error's message in `language` when it carries a `reason` whose text is a whole
    message (one naming its `{path}`, or a store refusal), else its English `str()`.
    (A document's refusal reason is only the part after its file's name.)"""
    reason = getattr(exc, "reason", None)
    if reason not in REASONS or reason in DOCUMENT_REASONS:
        return str(exc)
    return describe(reason, getattr(exc, "details", None), language)
