"""The command line's language: Dutch (the source text), or English on request.

Like the window, the CLI speaks Dutch by default. Every text it shows is written in
Dutch in the code, as `t("Dutch text {name}", name=...)`; `ENGLISH` below maps that
Dutch text to its English. A plain dict rather than gettext: no compile step and no
.mo file to ship, the core never imports Qt (so the window's .qm catalogue is not an
option), and a test checks that every `t("…")` in tracker/cli has its English here.

Which language (`resolve_language`): `--lang`, else $TRACKER_LANG, else the window's
setting "ui/language" (read from its QSettings file as plain INI), else, as the window
does for "system", the first of the system's languages (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG) that is Dutch or English, and Dutch when neither is.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "nl"
LANGUAGE_ENV = "TRACKER_LANG"
# where the window keeps its settings (ui/window_state.py: ORGANISATION, APPLICATION)
SETTINGS_NAME = "commitment-tracker"
LANGUAGE_SECTION, LANGUAGE_OPTION = "ui", "language"  # the window's "ui/language"

_current = {"language": SOURCE_LANGUAGE}


def set_language(language: str) -> None:
    _current["language"] = language if language in LANGUAGES else SOURCE_LANGUAGE


def language() -> str:
    return _current["language"]


def t(text: str, **values: object) -> str:
    """`text` (Dutch) in the current language, with `{name}` filled from `values`."""
    if _current["language"] == "en":
        text = ENGLISH.get(text, text)
    return text.format(**values) if values else text


def plural(count: int, one: str, many: str) -> str:
    """ "1 toezegging", "3 toezeggingen" (each form translated as a whole)."""
    return f"{count} {t(one) if count == 1 else t(many)}"


def settings_file(environ=None) -> Path:
    """The window's QSettings file on Linux and other XDG systems (native format: INI)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / SETTINGS_NAME / f"{SETTINGS_NAME}.conf"


def _setting(environ) -> str | None:
    """The window's "ui/language" ("nl", "en", "system"), None if it cannot be read."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(settings_file(environ), encoding="utf-8")
        return parser.get(LANGUAGE_SECTION, LANGUAGE_OPTION, fallback=None)
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None


def _system_language(environ) -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for item in (environ.get(name) or "").split(":"):
            code = item.split(".")[0].replace("-", "_").split("_")[0].lower()
            if code in LANGUAGES:
                return code
    return SOURCE_LANGUAGE


def resolve_language(explicit: str | None = None, environ=None) -> str:
    """The language of this run (see the module's docstring)."""
    environ = os.environ if environ is None else environ
    for choice in (explicit, environ.get(LANGUAGE_ENV), _setting(environ)):
        if choice and choice.strip().lower() in LANGUAGES:
            return choice.strip().lower()
    return _system_language(environ)


ENGLISH: dict[str, str] = {}
ENGLISH.update(
    {
        # the step of a file on the import's progress line
        "lezen": "reading",
        "toezeggingen zoeken": "extracting",
        "opslaan": "storing",
    }
)
ENGLISH.update(
    {
        # argparse's own texts, the parser and its options
        "positionele argumenten": "positional arguments",
        "opties": "options",
        "gebruik: ": "usage: ",
        "{prog}: fout: {message}": "{prog}: error: {message}",
        "deze hulp tonen en stoppen": "show this help message and exit",
        "het versienummer tonen en stoppen": "show the version number and exit",
        "Volg de toezeggingen die de regering doet in haar antwoorden aan de Kamer.": (
            "Track the commitments the government makes in its answers to Parliament."
        ),
        "database: een bestand (sqlite:///PAD of PAD) of "
        "postgresql://GEBRUIKER@HOST:POORT/DBNAAM (standaard: $TRACKER_DB, anders "
        "tracker.sqlite in de gegevensmap van de gebruiker)": (
            "database: a file (sqlite:///PATH or PATH) or postgresql://USER@HOST:PORT/DBNAME"
            " (default: $TRACKER_DB, else tracker.sqlite in the user data folder)"
        ),
        "taal van de uitvoer (en van het venster), alleen voor deze keer (standaard: "
        "$TRACKER_LANG, anders de taal uit Instellingen van het venster, anders die van "
        "het systeem als dat Nederlands of Engels is, anders Nederlands)": (
            "language of the output (and of the window), for this run only (default: "
            "$TRACKER_LANG, else the language chosen in the window's Instellingen, else the "
            "system's if it is Dutch or English, else Dutch)"
        ),
        "melden wat er gebeurt": "log what happens",
        "OPDRACHT": "COMMAND",
        "NAAM": "NAME",
        "deze argumenten ontbreken: ": "the following arguments are required: ",
        "onbekende argumenten: ": "unrecognized arguments: ",
        "ongeldige keuze: ": "invalid choice: ",
        "verwacht één waarde": "expected one argument",
        "(kies uit ": "(choose from ",
        "ACTIE": "ACTION",
        "wat te doen (zonder: het venster openen)": "what to do (none: open the window)",
        "onderbroken": "interrupted",
        "onbekende status: {given!r} (kies uit {choices})": (
            "unknown status: {given!r} (choose from {choices})"
        ),
        "geen datum: {given!r} (verwacht JJJJ-MM-DD, bijv. 2027-01-15)": (
            "not a date: {given!r} (expected YYYY-MM-DD, e.g. 2027-01-15)"
        ),
        "{given}: de datum moet tussen {first} en {last} liggen": (
            "{given}: the date must lie between {first} and {last}"
        ),
        "JJJJ-MM-DD": "YYYY-MM-DD",
        "DATUM": "DATE",
        "BESTAND": "FILE",
        "BESTAND.png": "FILE.png",
        "PAD": "PATH",
        "TEKST": "TEXT",
        "BxH": "WxH",
        # counted things
        "toezegging": "commitment",
        "toezeggingen": "commitments",
        "open toezegging": "open commitment",
        "open toezeggingen": "open commitments",
        "document": "document",
        "documenten": "documents",
        "statuswijziging": "status change",
        "statuswijzigingen": "status changes",
        "bestand": "file",
        "bestanden": "files",
        "ministerie": "ministry",
        "ministeries": "ministries",
        "suggestie": "suggestion",
        "suggesties": "suggestions",
        "openstaande suggestie": "pending suggestion",
        "openstaande suggesties": "pending suggestions",
        # statuses: the exports' words (tracker/export/common.py STATUS_LABELS)
        "Open": "open",
        "Voldaan": "fulfilled",
        "Deels voldaan": "partial",
        "Vervallen": "lapsed",
        # list, export, dates
        "Nr.": "No.",
        "Termijn": "Due",
        "Status": "Status",
        "Te laat": "Overdue",
        "Fractie": "Party",
        "Titel": "Title",
        "{days} d": "{days}d late",
        ", met de hand gezet": ", set by hand",
        "de opgeslagen toezeggingen tonen": "list stored commitments",
        "alleen open (of deels voldane) toezeggingen over hun termijn": (
            "only open (or partly fulfilled) commitments past their due date"
        ),
        "de dag waarop 'te laat' wordt gemeten (standaard: vandaag)": (
            "the day 'overdue' is measured on (default: today)"
        ),
        "als JSON (velden en statussen in het Engels)": "as JSON (fields and statuses in English)",
        "alleen deze status: {choices}": "only this status: {choices}",
        "alleen dit ministerie": "only this ministry",
        "toezeggingen naar een Excel-werkmap, een CSV-bestand of een agenda schrijven": (
            "write commitments to an Excel workbook, a CSV file or a calendar"
        ),
        "de dag waarop 'te laat' wordt gemeten (met --rappel: de peildatum)": (
            "the day 'overdue' is measured on (with --rappel: the cut-off date)"
        ),
        "alleen toezeggingen met een termijn voor deze dag": "only commitments due before this day",
        "xlsx, csv of ics (standaard: naar de extensie van BESTAND, anders xlsx)": (
            "xlsx, csv or ics (default: from the suffix of FILE, else xlsx)"
        ),
        "werkmap voor de rappelronde: per ministerie wat op --as-of te laat is en wat "
        "voor --next verloopt": (
            "reminder round workbook: per ministry, overdue on --as-of and due before --next"
        ),
        "de volgende peildatum (met --rappel)": "the next cut-off date (with --rappel)",
        "het bestand om te schrijven": "the file to write",
        "de tijdsaanduidingen in een Nederlandse tekst en hun data tonen": (
            "show the time expressions in a Dutch text and their dates"
        ),
        "de tekst, tussen aanhalingstekens": "the text, in quotes",
        "de dag waarvan de tekst uitgaat (standaard: vandaag)": (
            "the day the text counts from (default: today)"
        ),
        "als JSON": "as JSON",
        " (vaag)": " (vague)",
        " (verleden)": " (past)",
        "{output}: de naam eindigt op .{suffix} maar --format is {requested}": (
            "{output}: the name ends in .{suffix} but --format is {requested}"
        ),
        "{output}: de export moet een .xlsx-, .csv- of .ics-bestand zijn (of geef --format)": (
            "{output}: the export must be an .xlsx, .csv or .ics file (or give --format)"
        ),
        "{output}: de rappelexport is een Excel-werkmap (.xlsx)": (
            "{output}: the rappel export is an Excel workbook (.xlsx)"
        ),
        "--rappel vraagt --as-of (de peildatum) en --next (de volgende)": (
            "--rappel needs --as-of (the cut-off date) and --next (the next one)"
        ),
        "--next ({next}) moet na --as-of ({as_of}) komen": (
            "--next ({next}) must come after --as-of ({as_of})"
        ),
        "--next hoort alleen bij --rappel": "--next only goes with --rappel",
        "rappel voor {ministries} naar {output} geschreven: {overdue} te laat, "
        "{upcoming} met een termijn voor {next}": (
            "wrote the rappel for {ministries} to {output}: {overdue} overdue, "
            "{upcoming} falling due before {next}"
        ),
        "{count} met een termijn naar {output} geschreven": (
            "wrote {count} with a due date to {output}"
        ),
        "{count} naar {output} geschreven": "wrote {count} to {output}",
        # mark, due, hints
        "de status van een of meer toezeggingen wijzigen "
        "(een die die status al heeft, blijft zoals ze is)": (
            "change the status of one or more commitments "
            "(one that already has it is left as it is)"
        ),
        "het nummer van de toezegging": "the commitment's number",
        "de nieuwe status: {choices}": "the new status: {choices}",
        "waarom (bewaard in de geschiedenis)": "why (kept in the history)",
        "waarmee ze is nagekomen, bijv. 'Kamerstuk 32 637, nr. 460'": (
            "what fulfilled it, e.g. 'Kamerstuk 32 637, nr. 460'"
        ),
        "de termijn van een toezegging met de hand corrigeren (de zinsnede blijft)": (
            "correct a commitment's due date by hand (the phrase is kept)"
        ),
        "JJJJ-MM-DD, of 'reset' om terug te gaan naar de gevonden termijn": (
            "YYYY-MM-DD, or 'reset' to go back to the extracted date"
        ),
        "{id}: {title} is nu {status}": "{id}: {title} is now {status}",
        "{id}: {title} is al {status}": "{id}: {title} is already {status}",
        "{id}: termijn {due}": "{id}: due {due}",
        ' (zinsnede: "{phrase}")': ' (phrase: "{phrase}")',
        "geen": "none",
        "suggesties dat een geïmporteerd document open toezeggingen nakomt: "
        "tonen, of aannemen of afwijzen": (
            "suggestions that an imported document fulfils open commitments: "
            "list them, or accept or dismiss some"
        ),
        "Zonder actie: de openstaande suggesties tonen.": (
            "Without an action: list the pending suggestions."
        ),
        "aannemen of afwijzen (zonder: tonen)": "accept or dismiss (none: list)",
        "de toezegging van elke suggestie voldaan noemen, met het document als bewijs": (
            "mark each suggestion's commitment fulfilled, with the document as evidence"
        ),
        "de nummers van de suggesties": "the suggestions' numbers",
        "suggesties afwijzen (ze komen niet terug)": "dismiss suggestions (they do not come back)",
        "aangenomen {sid}: #{id} {title} is nu {status} (bewijs: {evidence})": (
            "accepted {sid}: #{id} {title} is now {status} (evidence: {evidence})"
        ),
        "geweigerd {sid}: {why}": "refused  {sid}: {why}",
        "{count} afgewezen": "dismissed {count}",
        " van {date}": " of {date}",
        "nagekomen met {evidence}{date}? ({why}{cited}; score {score:.2f})": (
            "fulfilled by {evidence}{date}? ({why}{cited}; score {score:.2f})"
        ),
        "zegt dat het een toezegging nakomt": "says it keeps a promise",
        "latere brief in hetzelfde dossier over hetzelfde onderwerp": (
            "later letter in the same dossier on the same subject"
        ),
        "de Kamer noemt deze brief als nakoming": "the House names this letter as the fulfilment",
        # import, extract
        "antwoorddocumenten lezen en hun toezeggingen opslaan": (
            "read answer documents and store their commitments"
        ),
        "documenten, of mappen om met alles erin te importeren": (
            "documents, or folders to import recursively"
        ),
        "de voortgang op stderr tonen, ook buiten een terminal (een regel per bestand)": (
            "show progress on stderr also when it is not a terminal (one line per file)"
        ),
        "de dag van de antwoorden, voor documenten zonder eigen datum (relatieve "
        "termijnen tellen vanaf die dag; de eigen datum van een document gaat voor). "
        "Een eerder zonder datum geïmporteerd bestand wordt bijgewerkt: de termijnen "
        "worden opnieuw gelezen vanaf deze dag; statussen, notities en wijzigingen blijven": (
            "the day the answers were given, for documents that state no date of their own "
            "(relative due dates count from it; a document's own date always wins). A file "
            "imported before without a date is updated: its due dates are read again from "
            "this day, and its statuses, notes and edits are kept"
        ),
        "een document lezen en zijn toezeggingen tonen (slaat niets op)": (
            "read a document and print its commitments (stores nothing)"
        ),
        "het document": "the document",
        "het JSON-contract tonen (zie README)": "print the JSON contract (see README)",
        "de dag van de antwoorden, als het document geen eigen datum noemt": (
            "the day the answers were given, if the document states no date of its own"
        ),
        "stopt na het huidige bestand (nog eens Ctrl+C om nu te stoppen)": (
            "stopping after the current file (Ctrl+C again to stop now)"
        ),
        "geïmporteerd {path}: {count}": "imported {path}: {count}",
        "overgeslagen {path}: al geïmporteerd": "skipped  {path}: already imported",
        "bijgewerkt   {path}: termijnen opnieuw gelezen vanaf de opgegeven datum, "
        "{changed} gewijzigd": (
            "updated  {path}: due dates read again from the reference date given, {changed} changed"
        ),
        "bijgewerkt   {path}: {changed} bijgewerkt, {added} toegevoegd, "
        "{gone} niet meer gevonden{ids}": (
            "updated  {path}: {changed} updated, {added} added, {gone} no longer found{ids}"
        ),
        "geweigerd    {path}: de map bevat geen leesbare documenten": (
            "refused  {path}: folder holds no supported documents"
        ),
        "geweigerd    {error}": "refused  {error}",
        "suggestie    {path}: komt mogelijk {count} na (zie `tracker hints`)": (
            "suggest  {path}: may fulfil {count} (see `tracker hints`)"
        ),
        "waarschuwing {path}: {warning}": "warning  {path}: {warning}",
        "waarschuwing: {file}: {warning}": "warning: {file}: {warning}",
        "{files}: {imported} geïmporteerd, {updated} bijgewerkt, {skipped} overgeslagen, "
        "{refused} geweigerd; {commitments} toegevoegd": (
            "{files}: {imported} imported, {updated} updated, {skipped} skipped, "
            "{refused} refused; {commitments} added"
        ),
        "onderbroken; {files} niet verwerkt": "interrupted; {files} not processed",
        "niet opgeslagen {path}": "not stored   {path}",
        "{files} niet opgeslagen: voer dezelfde import opnieuw uit als de server "
        "terug is (wat al is opgeslagen, wordt overgeslagen)": (
            "{files} not stored: run the same import again once the server is back (what "
            "is stored already is skipped)"
        ),
        "{count} in {file}": "{count} in {file}",
        # db
        "de database: tonen wat ze bevat, een register kopiëren, back-ups maken en terugzetten": (
            "the database: show what it holds, copy a whole register, back it up and restore it"
        ),
        "wat te doen met de database": "what to do with the database",
        "de gebruikte database (URL zonder wachtwoord), soort, schemaversie, aantallen "
        "rijen": "the database in use (URL without password), backend, schema version, row counts",
        "een heel register (documenten, toezeggingen, bronnen, geschiedenis, suggesties, "
        "audittrail) naar een andere database kopiëren, bijv. van een lokaal bestand naar "
        "de server en terug": (
            "copy a whole register (documents, commitments, sources, history, suggestions, "
            "audit trail) to another database, e.g. from a local file to the server and back"
        ),
        "Kopieert elke tabel met haar nummers in één transactie naar een lege database "
        "en controleert daarna de aantallen rijen en een controlesom; bij een fout of "
        "verschil blijft het doel zoals het was. URL's: sqlite:///PAD (of een pad) en "
        "postgresql://GEBRUIKER@HOST:POORT/DBNAAM; wachtwoorden komen uit ~/.pgpass of "
        "PGPASSWORD.": (
            "Copies every table with its ids into an empty database in one "
            "transaction, then checks the row counts and a checksum; on any error or mismatch "
            "the target is left as it was. URLs: sqlite:///PATH (or a path) and "
            "postgresql://USER@HOST:PORT/DBNAME; passwords come from ~/.pgpass or PGPASSWORD."
        ),
        "het register om te kopiëren (standaard: --db, anders $TRACKER_DB, anders het "
        "lokale bestand)": (
            "the register to copy (default: --db, else $TRACKER_DB, else the local default)"
        ),
        "waarheen te kopiëren": "where to copy it",
        "eerst de gegevens in het doel verwijderen (vraagt in een terminal om bevestiging)": (
            "delete the data the target holds first (on a terminal, asks to confirm)"
        ),
        "met --replace: niet vragen": "with --replace: do not ask",
        "nu een back-up van het databasebestand maken (bewaard tot u hem verwijdert)": (
            "back up the database file now (kept until you delete it)"
        ),
        "Back-ups staan in een map naast het bestand, <naam>-backups/; de app maakt er "
        "ook een bij de eerste start van een dag en voor elke migratie. Van een "
        "PostgreSQL-database maakt u een back-up met de middelen van de server (pg_dump).": (
            "Backups are in a folder beside the file, <name>-backups/; the app also "
            "makes one on the first start of a day and before every migration. A PostgreSQL "
            "database is backed up with the server's tools (pg_dump)."
        ),
        "de back-ups van het databasebestand tonen, nieuwste eerst, met wat ze bevatten": (
            "list the backups of the database file, newest first, with what they hold"
        ),
        "het databasebestand vervangen door een back-up (van het huidige bestand wordt "
        "eerst een back-up gemaakt)": (
            "replace the database file by a backup (the current file is backed up first)"
        ),
        "Van het huidige bestand wordt eerst een back-up gemaakt (soort before-restore), "
        "of het wordt, als het beschadigd is, opzij gezet als <naam>.damaged-<tijd>: er "
        "wordt niets verwijderd. Een back-up van een oudere versie wordt bij het openen "
        "bijgewerkt.": (
            "The current file is first backed up (kind before-restore), or, when it is "
            "damaged, moved aside to <name>.damaged-<time>: nothing is deleted. A backup from "
            "an older version is migrated when it opens."
        ),
        "de bestandsnaam (zie `db backups`) of het pad van een back-up": (
            "a backup's file name (see `db backups`) or path"
        ),
        "de nieuwste intacte back-up": "the newest intact backup",
        "niet om bevestiging vragen (in een terminal)": "do not ask to confirm (on a terminal)",
        "wachtwoord voor {where}: ": "password for {where}: ",
        "database": "database",
        "soort": "kind",
        "schemaversie": "schema version",
        "geen (nog geen database van de tracker)": "none (not a tracker database yet)",
        " (deze app werkt haar bij naar {version} bij het openen)": (
            " (this app migrates it to {version} when it opens it)"
        ),
        " (nieuwer dan deze app: {version})": " (newer than this app: {version})",
        "{held} in {target} worden verwijderd en vervangen. Doorgaan? [j/N] ": (
            "{held} in {target} will be deleted and replaced. Continue? [y/N] "
        ),
        "er is niets gekopieerd": "nothing was copied",
        "{source} -> {target} gekopieerd in {seconds:.1f} s": (
            "copied {source} -> {target} in {seconds:.1f} s"
        ),
        "tabel": "table",
        "bron": "source",
        "doel": "target",
        "VERSCHIL": "MISMATCH",
        "controlesom {checksum} gelijk; schemaversie {version}": (
            "checksum {checksum} identical; schema version {version}"
        ),
        "{count} rijen in {table}": "{count} rows in {table}",
        "{table} kopiëren: {rows} rijen": "copying {table}: {rows} rows",
        "{where}: back-ups hier zijn van een databasebestand; maak een back-up van een "
        "PostgreSQL-database met de middelen van de server (pg_dump)": (
            "{where}: backups here are of a database file; back up a PostgreSQL "
            "database with the server's tools (pg_dump)"
        ),
        "back-up van {path} gemaakt in {backup} ({counts})": (
            "backed up {path} to {backup} ({counts})"
        ),
        "{path}: databasebestand bestaat niet (en er zijn geen back-ups van)": (
            "{path}: no such database file (and no backups of it)"
        ),
        "geen back-ups van {path} (ze zouden in {folder} staan)": (
            "no backups of {path} (they would be in {folder})"
        ),
        "back-ups van {path} in {folder}:": "backups of {path} in {folder}:",
        "gemaakt": "taken",
        "schema": "schema",
        "grootte": "size",
        "geen intacte back-up van {path} in {folder}": "no intact backup of {path} in {folder}",
        "{path} vervangen door de back-up ({kind}) van {taken} ({counts})? Het "
        "huidige bestand blijft bewaard. [j/N] ": (
            "Replace {path} by the {kind} backup of {taken} ({counts})? "
            "The current file is kept. [y/N] "
        ),
        "er is niets teruggezet": "nothing was restored",
        "{path} teruggezet uit {backup} ({counts})": "restored {path} from {backup} ({counts})",
        "het beschadigde bestand is opzij gezet als {kept}": (
            "the damaged file was moved aside to {kept}"
        ),
        "het register zoals het was staat in de back-up {kept}": (
            "the register as it was is backed up in {kept}"
        ),
        "toon de back-ups met `tracker db backups`; zet er een terug met `tracker db restore "
        "BACKUP` of `tracker db restore --latest` (het beschadigde bestand wordt opzij gezet, "
        "niet verwijderd)": (
            "list the backups with `tracker db backups`; restore one with `tracker db restore "
            "BACKUP` or `tracker db restore --latest` (the damaged file is moved aside, not "
            "deleted)"
        ),
        "register bijwerken voor deze versie: {done}/{total}": (
            "updating the register for this version: {done}/{total}"
        ),
        "{file}: kon niet worden geschreven: {reason}": "{file}: could not be written: {reason}",
        "een bestand": "a file",
        # gui
        "het venster openen (de standaard)": "open the window (the default)",
        "het venster als afbeelding opslaan en stoppen (.png, .jpg of .bmp, naar de "
        "extensie; de map moet bestaan)": (
            "render the window to an image and exit (.png, .jpg or .bmp, by the suffix; "
            "the folder must exist)"
        ),
        "grootte van het venster in pixels, bijv. 1400x900": "window size in pixels, e.g. 1400x900",
        "documenten of mappen om te importeren zodra het venster open is "
        "(zo geeft 'Openen met' van een bestandsbeheerder ze door)": (
            "documents or folders to import as soon as the window is open "
            "(how a file manager's 'Open with' passes them)"
        ),
        "er is geen beeldscherm om het venster op te openen (DISPLAY noch WAYLAND_DISPLAY is "
        "gezet); zie `tracker --help` voor de opdrachten die er geen nodig hebben, of zet "
        "QT_QPA_PLATFORM=offscreen om het venster te tekenen met "
        "`tracker gui --screenshot BESTAND.png`": (
            "no display is available to open the window (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set); see `tracker --help` for the commands that need none, or set "
            "QT_QPA_PLATFORM=offscreen to render the window with "
            "`tracker gui --screenshot FILE.png`"
        ),
        "{target}: kan de schermafbeelding niet schrijven (dit is een map, geen bestand)": (
            "{target}: cannot write the screenshot (this is a folder, not a file)"
        ),
        "{target}: kan de schermafbeelding niet schrijven (de map {folder} bestaat niet)": (
            "{target}: cannot write the screenshot (the folder {folder} does not exist)"
        ),
        "{target}: de schermafbeelding moet een .png-, .jpg- of .bmp-bestand zijn": (
            "{target}: the screenshot must be a .png, .jpg or .bmp file"
        ),
        "verwacht BREEDTExHOOGTE zoals 1400x900, niet {given!r}": (
            "expected WIDTHxHEIGHT such as 1400x900, not {given!r}"
        ),
        "het venster kan niet starten: {error}": "the window cannot start: {error}",
        "{name}: bestand of map bestaat niet": "{name}: no such file or folder",
    }
)
ENGLISH.update(
    {
        # tracker follow, tracker sync (syncing.py)
        "volgen welke dossiers, commissies, ministeries en documentsoorten tracker sync ophaalt": (
            "follow the dossiers, committees, ministries and document kinds tracker sync fetches"
        ),
        "wat te doen": "what to do",
        "iets gaan volgen": "start following something",
        "iets niet meer volgen": "stop following something",
        "SOORT": "KIND",
        "WAARDE": "VALUE",
        "dossier (bijv. 32637), commissie (naam of afkorting), ministerie (bijv. OCW) of "
        "soort (een documentsoort, bijv. 'Antwoord schriftelijke vragen')": (
            "dossier (e.g. 32637), commissie (a committee's name or abbreviation), ministerie "
            "(e.g. OCW) or soort (a document kind, e.g. 'Antwoord schriftelijke vragen')"
        ),
        "wat te volgen": "what to follow",
        "tonen wat gevolgd wordt (zonder gevolgde soort: de soorten met antwoorden)": (
            "show what is followed (with no kind followed: the kinds holding answers)"
        ),
        "(geen soort gevolgd: de soorten met antwoorden van de regering)": (
            "(no kind followed: the kinds holding the government's answers)"
        ),
        "volgt nu {kind} {value}": "now following {kind} {value}",
        "volgt niet meer {kind} {value}": "no longer following {kind} {value}",
        "{kind} {value} werd niet gevolgd": "{kind} {value} was not followed",
        "nieuwe antwoorden van wat u volgt en de mondelinge toezeggingen ophalen uit de "
        "open data van de Tweede Kamer": (
            "fetch new answers of what you follow and the oral commitments from the "
            "Tweede Kamer's open data"
        ),
        "Haalt de documenten op die sinds de vorige keer zijn gewijzigd en bij wat u "
        "volgt horen, en importeert ze zoals tracker import. Ctrl+C stopt netjes: de "
        "volgende keer gaat verder waar deze stopte.": (
            "Fetches the documents changed since the last time that belong to what you "
            "follow, and imports them as tracker import does. Ctrl+C stops cleanly: the "
            "next time goes on where this one stopped."
        ),
        "ophalen wat sinds deze dag gewijzigd is (standaard: sinds de vorige keer)": (
            "fetch what changed since this day (default: since the last time)"
        ),
        "het adres van de OData-API (standaard: {api})": (
            "the address of the OData API (default: {api})"
        ),
        "gevonden {found}, opgehaald {downloaded}, geïmporteerd {imported}, "
        "toezeggingen {commitments}, mondeling {oral}": (
            "found {found}, downloaded {downloaded}, imported {imported}, "
            "commitments {commitments}, oral {oral}"
        ),
        "{found} documenten gevonden, {downloaded} opgehaald, {imported} geïmporteerd "
        "({commitments} toezeggingen), {already} al in het register, {deleted} "
        "ingetrokken, {failed} mislukt": (
            "{found} documents found, {downloaded} downloaded, {imported} imported "
            "({commitments} commitments), {already} already in the register, {deleted} "
            "withdrawn, {failed} failed"
        ),
        "mondelinge toezeggingen: {added} nieuw, {updated} bijgewerkt, {changes} met een "
        "gewijzigde status bij de Kamer": (
            "oral commitments: {added} new, {updated} updated, {changes} with a changed "
            "status at the House"
        ),
        "mislukt      {what}: {reason}": "failed       {what}: {reason}",
        "tracker: gestopt; de volgende keer gaat verder waar deze stopte": (
            "tracker: stopped; the next time goes on where this one stopped"
        ),
        "tracker: gestopt: {reason}; de volgende keer gaat verder waar deze stopte": (
            "tracker: stopped: {reason}; the next time goes on where this one stopped"
        ),
    }
)
ENGLISH.update(
    {  # tracker db roles, and a login's role refusing a command (tracker/cli/roles.py)
        "geen rol van de tracker": "no tracker role",
        "login": "login",
        "PostgreSQL: de rollen lezer, medewerker en beheerder inrichten, of een "
        "medewerker toevoegen (--add)": (
            "PostgreSQL: set up the roles lezer, medewerker and beheerder, or add a staff "
            "member (--add)"
        ),
        "Zonder --add: maakt de rollen lezer (lezen), medewerker (markeren, beoordelen, "
        "bewerken, importeren) en beheerder (ook verwijderen, samenvoegen, terugzetten en "
        "het register bijwerken) als ze er nog niet zijn, geeft de tabellen van het "
        "register aan beheerder, met de rechten en regels per rij; opnieuw uitvoeren kan "
        "altijd (na een nieuwe versie van de app: nodig). Daarna de medewerkers per rol. "
        "Met --add LOGIN --role ROL: een login voor een medewerker maken, of een bestaande "
        "een andere rol geven; het wachtwoord wordt gevraagd (of met --password-stdin "
        "gelezen), nooit op de opdrachtregel.": (
            "Without --add: creates the roles lezer (reads), medewerker (marks, reviews, "
            "edits, imports) and beheerder (also deletes, merges, puts back and updates the "
            "register) where missing, gives the register's tables to beheerder, with the "
            "rights and row rules; running it again is always safe (after a new version of "
            "the app: needed). Then lists the staff by role. With --add LOGIN --role ROLE: "
            "creates a login for a staff member, or gives an existing one another role; the "
            "password is asked for (or read with --password-stdin), never on the command line."
        ),
        "een medewerker toevoegen (of van rol veranderen)": (
            "add a staff member (or change their role)"
        ),
        "met --add: de rol van de medewerker": "with --add: the staff member's role",
        "met --add: het wachtwoord lezen van de standaardinvoer (één regel)": (
            "with --add: read the password from standard input (one line)"
        ),
        "met --add: geen wachtwoord zetten (inloggen met een clientcertificaat, "
        "sslmode=verify-full, of een bestaand wachtwoord houden)": (
            "with --add: set no password (log in with a client certificate, "
            "sslmode=verify-full, or keep an existing password)"
        ),
        "--add vraagt ook --role (lezer, medewerker of beheerder)": (
            "--add also needs --role (lezer, medewerker or beheerder)"
        ),
        "--role hoort bij --add LOGIN": "--role goes with --add LOGIN",
        "{login} toegevoegd als {role}": "{login} added as {role}",
        "{login} is nu {role}": "{login} is now {role}",
        "geen wachtwoord gezet: {login} logt in met een clientcertificaat "
        "(sslmode=verify-full) of een wachtwoord dat er al was": (
            "no password set: {login} logs in with a client certificate "
            "(sslmode=verify-full) or a password it already had"
        ),
        "rollen lezer, medewerker en beheerder ingericht op {count} tabellen": (
            "roles lezer, medewerker and beheerder set up on {count} tables"
        ),
        "(kan niet inloggen)": "(cannot log in)",
        "nog geen medewerkers: voeg ze toe met --add LOGIN --role ROL": (
            "no staff yet: add them with --add LOGIN --role ROLE"
        ),
        "wachtwoord voor {login}: ": "password for {login}: ",
        "nogmaals: ": "again: ",
        "de wachtwoorden verschillen; er is niets gewijzigd": (
            "the passwords differ; nothing was changed"
        ),
        "geen terminal om het wachtwoord te vragen: geef het met --password-stdin, of "
        "--no-password voor inloggen met een clientcertificaat": (
            "no terminal to ask for the password: give it with --password-stdin, or "
            "--no-password to log in with a client certificate"
        ),
        "een leeg wachtwoord kan niet; er is niets gewijzigd": (
            "an empty password cannot be; nothing was changed"
        ),
    }
)
