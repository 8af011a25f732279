"""Fill the English translations into tracker_en.ts, and report what is still missing.

    python resources/i18n/translations.py resources/i18n/tracker_en.ts [--check]

Run by `resources/i18n/update` after lupdate. A message that already has a finished
translation in the .ts keeps it (so a translator's edits in Qt Linguist win); an
empty or unfinished one gets the English below, looked up by (context, Dutch text)
and then by the Dutch text alone. When new Dutch strings appear in the code, add
their English here (or translate them in Linguist) and run the update script again.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Same English whatever the context.
ENGLISH: dict[str, str] = {
    # -- labels -----------------------------------------------------------------
    "dag": "day",
    "maand": "month",
    "kwartaal": "quarter",
    "halfjaar": "half-year",
    "seizoen": "season",
    "jaar": "year",
    "vaag": "vague",
    "Open": "Open",
    "Voldaan": "Fulfilled",
    "Deels voldaan": "Partly fulfilled",
    "Vervallen": "Lapsed",
    "Te laat, termijn in deze maand": "Overdue, due in this month",
    # -- full month names (the month filter) ----------------------------------------------
    "januari": "January",
    "februari": "February",
    "maart": "March",
    "april": "April",
    "juni": "June",
    "juli": "July",
    "augustus": "August",
    "september": "September",
    "oktober": "October",
    "november": "November",
    "december": "December",
    # -- why a commitment was found (ui/cue_labels.py) ---------------------------------
    "aangekondigd advies": "announced advice",
    "aangekondigde gebeurtenis": "announced event",
    "aangekondigde handeling (lijdende vorm)": "announced act (passive)",
    "aangekondigde handeling met termijn (lijdende vorm)": "announced act with a deadline (passive)",
    "aangekondigde reactie of stuk": "announced response or paper",
    "aangekondigde toezending of toekenning": "announced sending or award",
    "aangekondigde wijziging": "announced change",
    "aankondiging": "announcement",
    "aankondiging met 'gaan'": "announcement with 'gaan'",
    "beoogde inwerkingtreding": "intended entry into force",
    "besluit om te handelen": "decision to act",
    "de Kamer ontvangt": "the House will receive",
    "doorlopende inzet": "ongoing effort",
    "er komt iets nieuws": "something new is coming",
    "gepland of beoogd": "planned or intended",
    "gesprekken met een aangekondigde uitkomst": "talks with an announced outcome",
    "handeling met termijn": "act with a deadline",
    "in voorbereiding": "in preparation",
    "inspanning": "effort",
    "meenemen in vervolg": "taken into the follow-up",
    "middelen komen beschikbaar": "funds become available",
    "onderzoek of evaluatie laten doen": "research or evaluation commissioned",
    "terugkomen op de zaak": "coming back to the matter",
    "toezegging de Kamer te informeren": "promise to inform the House",
    "uitdrukkelijke toezegging": "explicit promise",
    "verkenning of onderzoek": "exploration or research",
    "verwachte eigen handeling": "expected own act",
    "verwachte oplevering": "expected delivery",
    "verzoek aan een partij": "request to a party",
    "voornemen": "intention",
    "werkt aan iets nieuws": "working on something new",
    "handmatig": "added by hand",
    "lijdende vorm": "passive",
    "%1 met \u2018%2\u2019 (%3)": "%1 on \u2018%2\u2019 (%3)",
    "postgresql://gebruiker@server:5432/toezeggingen": "postgresql://user@server:5432/commitments",
    "Antwoord": "Answer",
    # -- why an import was refused -----------------------------------------------------
    "%1: geweigerd — %2": "%1: refused — %2",
    # -- app ----------------------------------------------------------------------
    "Toezeggingen": "Commitments",
    "Toezeggingen, versie %1": "Commitments, version %1",
    "Laden…": "Loading…",
    "Laden… %1 van %2": "Loading… %1 of %2",
    "Er ging iets onverwachts mis.": "Something unexpected went wrong.",
    "De database kan niet worden geopend.": "The database cannot be opened.",
    # -- backups and restore -------------------------------------------------------
    "Er kon geen back-up van de database worden gemaakt. De database is wel geopend.": (
        "No backup of the database could be made. The database was opened all the same."
    ),
    "De database is beschadigd of niet te lezen.": "The database is damaged or cannot be read.",
    "Het bestand wordt niet gewijzigd. U kunt een back-up terugzetten; het beschadigde "
    "bestand wordt dan opzij gezet, niet verwijderd.": (
        "The file is not changed. You can restore a backup; the damaged file is then moved "
        "aside, not deleted."
    ),
    "Het bestand wordt niet gewijzigd. Er zijn geen back-ups van dit bestand.": (
        "The file is not changed. There are no backups of this file."
    ),
    "Herstellen uit back-up…": "Restore from backup…",
    "&Herstellen uit back-up…": "&Restore from backup…",
    "Herstellen uit back-up": "Restore from backup",
    "De database vervangen door een back-up; de huidige wordt eerst bewaard": (
        "Replace the database by a backup; the current one is kept first"
    ),
    "Wacht tot het importeren of exporteren klaar is.": (
        "Wait until the import or export has finished."
    ),
    "Hersteld uit %1; de vorige database is bewaard in %2.": (
        "Restored from %1; the previous database is kept in %2."
    ),
    "Afsluiten": "Quit",
    "Voor bijwerken (schema %1)": "Before upgrade (schema %1)",
    "Dagelijks": "Daily",
    "Wekelijks": "Weekly",
    "Met de hand": "By hand",
    "Voor herstellen": "Before restore",
    "Gemaakt op": "Taken on",
    "Soort": "Kind",
    "Documenten": "Documents",
    "Statuswijzigingen": "Status changes",
    "Schema": "Schema",
    "Grootte": "Size",
    "Deze back-up is niet te gebruiken: %1": "This backup cannot be used: %1",
    "Kies de back-up die u wilt terugzetten. De huidige database wordt eerst zelf als "
    "back-up bewaard (of, als hij beschadigd is, opzij gezet): er gaat niets verloren. "
    "Back-ups staan in %1.": (
        "Choose the backup to restore. The current database is first kept as a backup itself "
        "(or, when it is damaged, moved aside): nothing is lost. Backups are in %1."
    ),
    "Back-ups": "Backups",
    "&Herstellen…": "&Restore…",
    "Er zijn nog geen back-ups van %1.": "There are no backups of %1 yet.",
    "De database vervangen door de back-up van %1 (%2 toezeggingen, %3 statuswijzigingen)?": (
        "Replace the database by the backup of %1 (%2 commitments, %3 status changes)?"
    ),
    "De huidige database wordt eerst als back-up bewaard.": (
        "The current database is first kept as a backup."
    ),
    "Herstellen is niet gelukt: %1": "Restoring did not succeed: %1",
    # -- table ----------------------------------------------------------------------
    "Titel": "Title",
    "Termijn": "Due",
    "Dagen te laat": "Days overdue",
    "Status": "Status",
    "Fractie": "Party",
    "Fracties": "Parties",
    "Document": "Document",
    "Ministerie": "Ministry",
    "Bewindspersoon": "Minister",
    "%1 dag te laat": "%1 day overdue",
    "%1 dagen te laat": "%1 days overdue",
    "%1, handmatig": "%1, set by hand",
    "Zoals geschreven: \u2018%1\u2019": "As written: \u2018%1\u2019",
    "Precisie: %1": "Precision: %1",
    "(precisie: %1)": "(precision: %1)",
    "geen": "none",
    "Handmatig aangepast; afgeleid uit de tekst: %1": "Changed by hand; derived from the text: %1",
    "Handmatig vastgesteld; afgeleid uit de tekst: %1": "Set by hand; derived from the text: %1",
    "Geen termijn genoemd": "No deadline given",
    "geen termijn genoemd": "no deadline given",
    "%1 dag over de termijn": "%1 day past the deadline",
    "%1 dagen over de termijn": "%1 days past the deadline",
    # -- detail pane --------------------------------------------------------------------
    "Kies een toezegging in de lijst om de details te zien.": (
        "Choose a commitment in the list to see its details."
    ),
    "Bewijs: %1": "Evidence: %1",
    "Bron %1 van %2": "Source %1 of %2",
    "Toegezegd op %1 plaatsen": "Promised in %1 places",
    "%1-fractie": "%1 party",
    "Bron": "Source",
    "Citaat": "Quote",
    "Fractie: %1": "Party: %1",
    "Nog geen statuswijzigingen.": "No status changes yet.",
    "Statusgeschiedenis": "Status history",
    "Toelichting: %1": "Note: %1",
    "Vraag van de %1-fractie": "Question from the %1 party",
    "Vraag": "Question",
    "Waarom gevonden": "Why it was found",
    "onbekend": "unknown",
    # -- dialogs ----------------------------------------------------------------------
    "Termijn aanpassen": "Change due date",
    "De tekst noemt geen termijn.": "The text gives no deadline.",
    "geen datum": "no date",
    "Terug naar de datum afgeleid uit de tekst": "Back to the date derived from the text",
    "Termijn in de tekst:": "Deadline in the text:",
    "Afgeleide datum:": "Derived date:",
    "&Nieuwe datum:": "&New date:",
    "Opslaan": "Save",
    "Annuleren": "Cancel",
    "Toezegging markeren": "Mark commitment",
    "Huidige status: %1": "Current status: %1",
    "Bijvoorbeeld: de Kamer is per brief ge\u00efnformeerd.": (
        "For example: the House was informed by letter."
    ),
    "Bijvoorbeeld: Kamerstuk 32 637, nr. 460": "For example: Kamerstuk 32 637, nr. 460",
    "&Status:": "&Status:",
    "&Toelichting:": "&Note:",
    "&Bewijs:": "&Evidence:",
    # edit, manual, mark and merge dialogs
    "Toezegging bewerken": "Edit commitment",
    "Uiterste datum": "Due date",
    "Afgeleid uit de tekst: %1": "Derived from the text: %1",
    "&Titel:": "&Title:",
    "&Uiterste datum:": "&Due date:",
    "&Ministerie:": "&Ministry:",
    "&Bewindspersoon:": "M&inister:",
    "Toezegging maken": "Create commitment",
    "Geselecteerde tekst": "Selected text",
    "Citaat:": "Quote:",
    "Maken": "Create",
    "Toezeggingen markeren": "Mark commitments",
    "%1 toezeggingen": "%1 commitments",
    "\u2026 en %1 andere": "\u2026 and %1 more",
    "Heropenen (open)": "Reopen (open)",
    "Wanneer de toezegging is nagekomen of vervallen": (
        "When the commitment was fulfilled or lapsed"
    ),
    "Kamerstuk (bijvoorbeeld 32 637, nr. 460) of een URL": (
        "Parliamentary paper (for example 32 637, nr. 460) or a URL"
    ),
    "&Datum:": "&Date:",
    "Toezeggingen samenvoegen": "Merge commitments",
    "De twee toezeggingen worden \u00e9\u00e9n. Kies de titel die blijft; de bronnen en de "
    "geschiedenis van beide komen bij deze toezegging.": (
        "The two commitments become one. Choose the title to keep; the sources and history of "
        "both move to this commitment."
    ),
    "Behoud: %1": "Keep: %1",
    "Samenvoegen": "Merge",
    # -- main window ----------------------------------------------------------------------
    "&Importeren\u2026": "&Import\u2026",
    "Schriftelijke antwoorden importeren (.md, .txt)": "Import written answers (.md, .txt)",
    "&Markeren\u2026": "&Mark\u2026",
    "&Markeren als voldaan\u2026": "&Mark as fulfilled\u2026",
    "De status van de gekozen toezegging wijzigen, met toelichting en bewijs": (
        "Change the status of the chosen commitment, with a note and evidence"
    ),
    "&Termijn aanpassen\u2026": "Change &due date\u2026",
    "De uiterste datum met de hand corrigeren; de termijn uit de tekst blijft staan": (
        "Correct the due date by hand; the deadline as written in the text is kept"
    ),
    "Te laat &exporteren\u2026": "&Export overdue\u2026",
    "Alle toezeggingen die vandaag te laat zijn exporteren (Excel, CSV of agenda)": (
        "Export every commitment that is overdue today (Excel, CSV or calendar)"
    ),
    "&Publicatie openen": "Open &publication",
    "Het brondocument openen op officielebekendmakingen.nl": (
        "Open the source document on officielebekendmakingen.nl"
    ),
    "&Vernieuwen": "&Refresh",
    "Alleen &te laat": "&Overdue only",
    "&Zoeken": "&Search",
    "&Afsluiten": "&Quit",
    "&Over Toezeggingen": "&About Commitments",
    "&Bestand": "&File",
    "&Toezegging": "&Commitment",
    "Beel&d": "&View",
    "&Help": "&Help",
    "Werkbalk": "Toolbar",
    "Alleen te laat": "Overdue only",
    "Alleen open toezeggingen tonen waarvan de termijn vandaag verstreken is": (
        "Show only open commitments whose deadline has passed today"
    ),
    "Zoeken in titel en citaat (Ctrl+F)": "Search title and quote (Ctrl+F)",
    "Database: %1": "Database: %1",
    "De toezeggingen konden niet worden gelezen.": "The commitments could not be read.",
    "Nog geen toezeggingen. Importeer schriftelijke antwoorden met "
    "Bestand \u203a Importeren\u2026 (Ctrl+I).": (
        "No commitments yet. Import written answers with File \u203a Import\u2026 (Ctrl+I)."
    ),
    "Deze toezegging kon niet worden gelezen.": "This commitment could not be read.",
    "De toezegging kon niet worden gelezen.": "The commitment could not be read.",
    "%1 van %2 toezeggingen": "%1 of %2 commitments",
    "Alleen te laat (%1)": "Overdue only (%1)",
    "De status kon niet worden opgeslagen.": "The status could not be saved.",
    "\u2018%1\u2019 gemarkeerd als %2": "\u2018%1\u2019 marked as %2",
    "De termijn kon niet worden opgeslagen.": "The due date could not be saved.",
    "Termijn van \u2018%1\u2019 is nu %2": "Due date of \u2018%1\u2019 is now %2",
    "Documenten importeren": "Import documents",
    "Documenten (%1);;Alle bestanden (*)": "Documents (%1);;All files (*)",
    "Documenten importeren\u2026": "Importing documents\u2026",
    "Stoppen": "Stop",
    "Importeren": "Import",
    "Bestand %1 van %2: %3": "File %1 of %2: %3",
    "Import gestopt": "Import stopped",
    "De import is gestopt na %1 van %2 bestanden. "
    "De bestanden die al verwerkt waren, zijn opgeslagen.": (
        "The import stopped after %1 of %2 files. The files already processed have been saved."
    ),
    "De import is mislukt.": "The import failed.",
    "%1: al eerder ge\u00efmporteerd, overgeslagen": "%1: imported before, skipped",
    "%1 toezegging ge\u00efmporteerd": "%1 commitment imported",
    "%1 toezeggingen ge\u00efmporteerd": "%1 commitments imported",
    "%1 toezegging toegevoegd.": "%1 commitment added.",
    "%1 toezeggingen toegevoegd.": "%1 commitments added.",
    "%1 openstaande toezegging lijkt nu voldaan: zie Suggesties.": (
        "%1 open commitment now looks fulfilled: see Suggestions."
    ),
    "%1 openstaande toezeggingen lijken nu voldaan: zie Suggesties.": (
        "%1 open commitments now look fulfilled: see Suggestions."
    ),
    "Ge\u00efmporteerd: %1 \u00b7 bijgewerkt: %2 \u00b7 overgeslagen: %3 \u00b7 geweigerd: %4": (
        "Imported: %1 \u00b7 updated: %2 \u00b7 skipped: %3 \u00b7 refused: %4"
    ),
    "%1: nieuwe versie, %2 bijgewerkt, %3 toegevoegd, %4 niet meer gevonden": (
        "%1: new version, %2 updated, %3 added, %4 no longer found"
    ),
    "%1: niet meer gevonden in de nieuwe versie: %2": "%1: no longer found in the new version: %2",
    "%1 toezegging gevonden": "%1 commitment found",
    "%1 toezeggingen gevonden": "%1 commitments found",
    "Het register wordt bijgewerkt voor deze versie (eenmalig): %1 van %2": (
        "Updating the register for this version (once): %1 of %2"
    ),
    "lezen…": "reading…",
    "toezeggingen zoeken…": "finding commitments…",
    "opslaan…": "storing…",
    "(%1 s)": "(%1 s)",
    "%1 bestand niet verwerkt.": "%1 file not processed.",
    "%1 bestanden niet verwerkt.": "%1 files not processed.",
    "Niet verwerkt: %1": "Not processed: %1",
    "\u2026 en %1 andere bestanden (zie details)": "\u2026 and %1 other files (see details)",
    "Import voltooid": "Import complete",
    "Te late toezeggingen exporteren": "Export overdue commitments",
    "Excel-werkmap (*.xlsx)": "Excel workbook (*.xlsx)",
    "CSV-bestand, puntkomma's (*.csv)": "CSV file, semicolons (*.csv)",
    "Agenda, iCalendar (*.ics)": "Calendar, iCalendar (*.ics)",
    "Toezeggingen: te laat op %1": "Commitments: overdue on %1",
    "Bezig met exporteren naar %1\u2026": "Exporting to %1\u2026",
    "%1 te late toezegging ge\u00ebxporteerd naar %2": "%1 overdue commitment exported to %2",
    "%1 te late toezeggingen ge\u00ebxporteerd naar %2": "%1 overdue commitments exported to %2",
    "De export is mislukt.": "The export failed.",
    "Over Toezeggingen": "About Commitments",
    "Toezeggingen %1": "Commitments %1",
    "Versie:": "Version:",
    "Python:": "Python:",
    "Qt:": "Qt:",
    "Voorbeelddocument importeren?": "Import the sample document?",
    "Het register is nog leeg. Voorbeelddocument importeren?": (
        "The register is still empty. Import the sample document?"
    ),
    "Het voorbeeld is een schriftelijk antwoord aan de Kamer (Kamerstuk 32 637, "
    "nr. 448) met toezeggingen en termijnen. U kunt de toezeggingen later "
    "gewoon afwijzen of laten staan.": (
        "The sample is a written answer to Parliament (Parliamentary paper 32 637, "
        "no. 448) with commitments and due dates. You can reject its commitments "
        "later or keep them."
    ),
    "Ja": "Yes",
    "Nee": "No",
    "Vindt de toezeggingen van bewindspersonen in schriftelijke antwoorden aan de "
    "Kamer, en houdt bij of ze zijn nagekomen.": (
        "Finds the commitments ministers make in written answers to Parliament, "
        "and keeps track of whether they have been fulfilled."
    ),
    # main window: actions, menus, list, undo texts, messages
    "Schriftelijke antwoorden importeren (tekst, Word, HTML, PDF, XML); bestanden of mappen "
    "kunnen ook op het venster worden gesleept": (
        "Import written answers (text, Word, HTML, PDF, XML); files or folders can also be "
        "dragged onto the window"
    ),
    "&Huidige weergave exporteren\u2026": "Export current &view\u2026",
    "De toezeggingen die de lijst nu toont exporteren (Excel, CSV of agenda)": (
        "Export the commitments the list now shows (Excel, CSV or calendar)"
    ),
    "Taal, naam in de geschiedenis en het aantal dagen voor \u2018Binnen\u2019": (
        "Language, name in the history and the number of days for \u2018Within\u2019"
    ),
    "Ongedaan maken": "Undo",
    "De laatste wijziging ongedaan maken": "Undo the last change",
    "Opnieuw": "Redo",
    "De ongedaan gemaakte wijziging opnieuw doen": "Redo the change that was undone",
    "De status van de gekozen toezeggingen wijzigen (voldaan, deels voldaan, vervallen of "
    "heropenen), met datum, toelichting en bewijs": (
        "Change the status of the chosen commitments (fulfilled, partly fulfilled, lapsed or "
        "reopened), with a date, note and evidence"
    ),
    "&Bevestigen": "&Confirm",
    "Bevestigen dat de gekozen toezeggingen echte toezeggingen zijn": (
        "Confirm that the chosen commitments are real commitments"
    ),
    "A&fwijzen": "&Reject",
    "De gekozen vondsten afwijzen: geen toezegging. Ze blijven bewaard maar verdwijnen uit de "
    "lijst": (
        "Reject the chosen finds as not a commitment. They are kept but disappear from the list"
    ),
    "Be&werken\u2026": "&Edit\u2026",
    "Titel, termijn, ministerie en bewindspersoon aanpassen": (
        "Change the title, due date, ministry and minister"
    ),
    "&Samenvoegen\u2026": "Mer&ge\u2026",
    "Twee gekozen toezeggingen samenvoegen tot \u00e9\u00e9n, met beide bronnen": (
        "Merge two chosen commitments into one, keeping both sources"
    ),
    "&Verwijderen\u2026": "De&lete\u2026",
    "De gekozen toezeggingen verwijderen (na bevestiging; ongedaan te maken)": (
        "Delete the chosen commitments (after confirmation; can be undone)"
    ),
    "&Document tonen": "&Show document",
    "Het brondocument tonen met alle toezeggingen erin gemarkeerd": (
        "Show the source document with all its commitments highlighted"
    ),
    "Open toezeggingen die te laat zijn of binnenkort verlopen": (
        "Open commitments that are overdue or due soon"
    ),
    "&Alles tonen": "Show &all",
    "&Lijst": "&List",
    "&Overzicht": "&Overview",
    "&Document": "&Document",
    "Be&werken": "&Edit",
    "Aantal getoonde toezeggingen": "Number of commitments shown",
    "Wissen": "Clear",
    "Het filter op de maand van de termijn wissen": "Clear the filter on the month due",
    "%1 te laat \u00b7 %2 termijn binnenkort": "%1 overdue \u00b7 %2 due soon",
    "Klik om te sorteren; rechtsklik om kolommen te tonen of te verbergen": (
        "Click to sort; right-click to show or hide columns"
    ),
    "Lijst": "List",
    "Details van de toezegging": "Commitment details",
    "Het filter kon niet worden toegepast.": "The filter could not be applied.",
    "Nog geen toezeggingen. Importeer schriftelijke antwoorden met Bestand \u203a "
    "Importeren\u2026 (Ctrl+I), of sleep bestanden op dit venster.": (
        "No commitments yet. Import written answers with File \u203a Import\u2026 (Ctrl+I), or "
        "drag files onto this window."
    ),
    "Geen toezeggingen bij deze filters. \u2018Alles tonen\u2019 wist ze.": (
        "No commitments match these filters. \u2018Show all\u2019 clears them."
    ),
    "\u2018%1\u2019 kon niet worden teruggezet.": "\u2018%1\u2019 could not be reverted.",
    "Markeren als %1: \u2018%2\u2019": "Mark as %1: \u2018%2\u2019",
    "%1 toezeggingen markeren als %2": "Mark %1 commitments as %2",
    "%1 toezegging gemarkeerd als %2": "%1 commitment marked as %2",
    "%1 toezeggingen gemarkeerd als %2": "%1 commitments marked as %2",
    "\u2018%1\u2019 was al %2": "\u2018%1\u2019 already was %2",
    "%1 was al %2": "%1 already was %2",
    "%1 waren al %2": "%1 already were %2",
    "Afwijzen: \u2018%2\u2019": "Reject: \u2018%2\u2019",
    "%1 toezeggingen afwijzen": "Reject %1 commitments",
    "Bevestigen: \u2018%2\u2019": "Confirm: \u2018%2\u2019",
    "%1 toezeggingen bevestigen": "Confirm %1 commitments",
    "De beoordeling kon niet worden opgeslagen.": "The review could not be saved.",
    "Bewerken: \u2018%2\u2019": "Edit: \u2018%2\u2019",
    "De wijziging kon niet worden opgeslagen.": "The change could not be saved.",
    "Termijn aanpassen: \u2018%2\u2019": "Change due date: \u2018%2\u2019",
    "Samenvoegen: \u2018%2\u2019": "Merge: \u2018%2\u2019",
    "De toezeggingen konden niet worden samengevoegd.": "The commitments could not be merged.",
    "Samengevoegd in \u2018%1\u2019": "Merged into \u2018%1\u2019",
    "Deze toezegging verwijderen?": "Delete this commitment?",
    "Deze %1 toezeggingen verwijderen?": "Delete these %1 commitments?",
    "Verwijderen": "Delete",
    "Dit kan ongedaan worden gemaakt.": "This can be undone.",
    "Verwijderen: \u2018%2\u2019": "Delete: \u2018%2\u2019",
    "%1 toezeggingen verwijderen": "Delete %1 commitments",
    "De toezegging kon niet worden verwijderd.": "The commitment could not be deleted.",
    "Toezegging maken: \u2018%1\u2019": "Create commitment: \u2018%1\u2019",
    "De toezegging kon niet worden gemaakt.": "The commitment could not be created.",
    "Toezegging \u2018%1\u2019 gemaakt": "Commitment \u2018%1\u2019 created",
    "Het overzicht kon niet worden berekend.": "The overview could not be calculated.",
    "Termijn in %1": "Due in %1",
    "Deze toezegging heeft geen brondocument.": "This commitment has no source document.",
    "Het document kon niet worden gelezen.": "The document could not be read.",
    "Instellingen opgeslagen; een andere taal geldt na herstarten.": (
        "Settings saved; a change of language takes effect after a restart."
    ),
    "Geen documenten gevonden die de tracker kan lezen.": (
        "No documents found that the tracker can read."
    ),
    "Stoppen na het huidige bestand\u2026": "Stopping after the current file\u2026",
    "%1 toezegging ge\u00ebxporteerd naar %2": "%1 commitment exported to %2",
    "%1 toezeggingen ge\u00ebxporteerd naar %2": "%1 commitments exported to %2",
    "Huidige weergave exporteren": "Export current view",
    "Toezeggingen op %1, gefilterd op: %2": "Commitments on %1, filtered by: %2",
    # -- document view ------------------------------------------------------------------
    "Maak toezegging van selectie": "Make commitment from selection",
    "Een toezegging vastleggen die niet gevonden werd: de geselecteerde tekst": (
        "Record a commitment that was not found: the selected text"
    ),
    "Tekst van het document": "Text of the document",
    "Kies een toezegging in de lijst om haar document hier te lezen.": (
        "Choose a commitment in the list to read its document here."
    ),
    "Nog geen toezeggingen, dus nog geen document. Importeer schriftelijke "
    "antwoorden met Bestand \u203a Importeren\u2026 (Ctrl+I).": (
        "No commitments yet, so no document. Import written answers with "
        "File \u203a Import\u2026 (Ctrl+I)."
    ),
    "Geen toezeggingen bij deze filters.": "No commitments match these filters.",
    "datum %1": "dated %1",
    "beantwoord %1": "answered %1",
    "%1 toezegging gemarkeerd": "%1 commitment highlighted",
    "%1 toezeggingen gemarkeerd": "%1 commitments highlighted",
    "Toezegging %1": "Commitment %1",
    # -- overview --------------------------------------------------------------------------
    "jan": "Jan",
    "feb": "Feb",
    "mrt": "Mar",
    "apr": "Apr",
    "mei": "May",
    "jun": "Jun",
    "jul": "Jul",
    "aug": "Aug",
    "sep": "Sep",
    "okt": "Oct",
    "nov": "Nov",
    "dec": "Dec",
    "Overzicht": "Overview",
    "Toezeggingen per ministerie": "Commitments per ministry",
    "Open toezeggingen per maand van de termijn": "Open commitments by month due",
    "Klik op een balk om die toezeggingen in de lijst te tonen.": (
        "Click a bar to show those commitments in the list."
    ),
    "(geen ministerie)": "(no ministry)",
    "Te laat": "Overdue",
    "Open, termijn in deze maand": "Open, due this month",
    "Nog geen toezeggingen om te tonen.": "No commitments to show yet.",
    "Open: %1 \u00b7 te laat: %2 \u00b7 voldaan: %3 \u00b7 "
    "open met termijn in de komende %4 maanden: %5": (
        "Open: %1 \u00b7 overdue: %2 \u00b7 fulfilled: %3 \u00b7 "
        "open and due in the next %4 months: %5"
    ),
    # -- settings ---------------------------------------------------------------------------
    "Instellingen": "Settings",
    "&Instellingen\u2026": "&Settings\u2026",
    "Systeemtaal": "System language",
    "Taal": "Language",
    "Een andere taal gaat in na het herstarten.": (
        "A change of language takes effect after a restart."
    ),
    "Naam in de geschiedenis": "Name in the history",
    "Wordt bij elke statuswijziging vastgelegd, zodat collega's zien wie het was": (
        "Recorded with every status change, so colleagues can see who it was"
    ),
    " dagen": " days",
    "Standaard voor het filter Binnen N dagen": "Default for the Within N days filter",
    "&Taal:": "&Language:",
    "&Naam in de geschiedenis:": "&Name in the history:",
    "&Binnen N dagen:": "&Within N days:",
    # -- team mode: the database, colleagues' changes, the server at start ------------
    "Bijgewerkt met wijzigingen van anderen": "Updated with changes made by others",
    "Instellingen opgeslagen; de andere database opent na herstarten.": (
        "Settings saved; the other database opens after a restart."
    ),
    "Database:": "Database:",
    "&Standaard (dit apparaat)": "&Default (this device)",
    "&Andere:": "&Other:",
    "Database (URL of bestand)": "Database (URL or file)",
    "Een gedeelde database op een server (postgresql://gebruiker@server:poort/naam) "
    "of een databasebestand (sqlite:///pad of een pad)": (
        "A shared database on a server (postgresql://user@server:port/name) "
        "or a database file (sqlite:///path or a path)"
    ),
    "&Verbinding testen": "&Test connection",
    "Een andere database wordt geopend na het herstarten. Wachtwoorden worden niet "
    "bewaard: zet ze in .pgpass, of geef ze als erom wordt gevraagd bij het starten.": (
        "Another database is opened after a restart. Passwords are not stored: put them "
        "in .pgpass, or give them when asked at start."
    ),
    "Nu gaat TRACKER_DB voor: %1": "TRACKER_DB takes precedence now: %1",
    "Het wachtwoord in de URL wordt niet bewaard; zet het in .pgpass of geef "
    "het bij het starten.": (
        "The password in the URL is not stored; put it in .pgpass or give it at start."
    ),
    "Geef een URL of een bestand op.": "Give a URL or a file.",
    "Databasebestand: %1": "Database file: %1",
    "Nieuw databasebestand, wordt bij het starten gemaakt: %1": (
        "New database file, made at start: %1"
    ),
    "Verbinden met %1\u2026": "Connecting to %1\u2026",
    "De server is bereikbaar en vraagt om een wachtwoord; dat wordt bij het "
    "starten gevraagd (of zet het in .pgpass).": (
        "The server can be reached and asks for a password; it is asked for at start "
        "(or put it in .pgpass)."
    ),
    "Geen verbinding: %1": "No connection: %1",
    "Verbonden. De database is nog leeg; ze wordt bij het starten ingericht.": (
        "Connected. The database is still empty; it is set up at start."
    ),
    "Verbonden: %1 toezeggingen (schemaversie %2).": (
        "Connected: %1 commitments (schema version %2)."
    ),
    "Dit wachtwoord is niet geaccepteerd. Probeer het opnieuw.": (
        "This password was not accepted. Try again."
    ),
    "Wachtwoord voor de database": "Database password",
    "De server van de gedeelde database vraagt om een wachtwoord:": (
        "The server of the shared database asks for a password:"
    ),
    "Wachtwoord": "Password",
    "Het wachtwoord wordt niet bewaard; het geldt tot u het programma sluit. "
    "Wie het niet steeds wil intikken, zet het in het bestand .pgpass.": (
        "The password is not stored; it holds until you close the program. "
        "To avoid typing it each time, put it in the file .pgpass."
    ),
    "Gebruiker:": "User:",
    "&Wachtwoord:": "&Password:",
    "Verbinden": "Connect",
    "De gedeelde database is niet bereikbaar.": "The shared database cannot be reached.",
    "Controleer de netwerkverbinding (of VPN) en probeer het opnieuw, of werk "
    "voorlopig in de database op dit apparaat. Wat daar wordt vastgelegd, komt "
    "niet vanzelf in de gedeelde database.": (
        "Check the network connection (or VPN) and try again, or work in the database "
        "on this device for now. What is recorded there does not reach the shared "
        "database by itself."
    ),
    "&Opnieuw proberen": "&Try again",
    "&Lokale database openen": "Open the &local database",
    # -- review, due soon, filter panel -------------------------------------------------
    "Beoordeling": "Review",
    "vandaag": "today",
    "termijn verloopt vandaag": "due today",
    "over %1 dag": "in %1 day",
    "over %1 dagen": "in %1 days",
    "termijn over %1 dag": "due in %1 day",
    "termijn over %1 dagen": "due in %1 days",
    "Filters": "Filters",
    "Zoeken (Ctrl+F)": "Search (Ctrl+F)",
    "Zoeken in titel, citaat en toelichting; begin van een woord is genoeg": (
        "Search title, quote and note; the start of a word is enough"
    ),
    "Zoeken": "Search",
    "&Vandaag": "&Today",
    "Open toezeggingen die te laat zijn of binnen de gekozen termijn vallen": (
        "Open commitments that are overdue or fall due within the chosen period"
    ),
    "Alles &tonen": "Show &all",
    "Alle filters en de zoekterm wissen": "Clear all filters and the search term",
    "Open toezeggingen waarvan de termijn vandaag verstreken is": (
        "Open commitments whose deadline has passed today"
    ),
    "Binnen": "Within",
    "Aantal dagen vooruit": "Number of days ahead",
    "Open toezeggingen met een termijn in de komende dagen": (
        "Open commitments due in the coming days"
    ),
    "Zonder termijn": "Without deadline",
    "(geen)": "(none)",
    "vandaag: te laat of binnen %1 dagen": "today: overdue or due within %1 days",
    "status: %1": "status: %1",
    "te laat": "overdue",
    "termijn binnen %1 dagen": "due within %1 days",
    "zonder termijn": "without deadline",
    "beoordeling: %1": "review: %1",
    "ministerie": "ministry",
    "bewindspersoon": "minister",
    "fractie": "party",
    "document: %1": "document: %1",
    "zoekterm \u2018%1\u2019": "search term \u2018%1\u2019",
    "alle toezeggingen": "all commitments",
    "Te beoordelen": "To review",
    "Bevestigd": "Confirmed",
    "Afgewezen": "Rejected",
    # -- fulfilment suggestions -----------------------------------------------------------
    "Het document zegt een toezegging na te komen": "The document says it keeps a commitment",
    " en verwijst naar %1": " and refers to %1",
    "Latere brief in hetzelfde dossier over hetzelfde onderwerp": (
        "Later letter in the same dossier on the same subject"
    ),
    "Toezegging": "Commitment",
    "Nieuw document": "New document",
    "Waarom": "Why",
    "Suggesties": "Suggestions",
    "Nieuw geïmporteerde documenten die open toezeggingen lijken na te komen. "
    "Accepteren markeert de toezegging als voldaan, met het document als bewijs "
    "en de datum van het document.": (
        "Newly imported documents that seem to keep open commitments. Accepting marks "
        "the commitment fulfilled, with the document as evidence and the document's date."
    ),
    "&Accepteren": "&Accept",
    "De gekozen toezeggingen als voldaan markeren, met het document als bewijs": (
        "Mark the chosen commitments fulfilled, with the document as evidence"
    ),
    "De gekozen suggesties afwijzen; ze komen niet terug": (
        "Dismiss the chosen suggestions; they do not come back"
    ),
    "Sluiten": "Close",
    "Suggesties lezen": "Reading suggestions",
    "Er zijn geen suggesties die op een besluit wachten.": (
        "There are no suggestions waiting for a decision."
    ),
    "%1 suggestie accepteren": "Accept %1 suggestion",
    "%1 suggesties accepteren": "Accept %1 suggestions",
    "%1 toezegging gemarkeerd als voldaan.": "%1 commitment marked fulfilled.",
    "%1 toezeggingen gemarkeerd als voldaan.": "%1 commitments marked fulfilled.",
    "%1 suggestie niet geaccepteerd: de toezegging is niet meer open.": (
        "%1 suggestion not accepted: the commitment is no longer open."
    ),
    "%1 suggesties niet geaccepteerd: de toezeggingen zijn niet meer open.": (
        "%1 suggestions not accepted: the commitments are no longer open."
    ),
    "%1 suggestie afwijzen": "Dismiss %1 suggestion",
    "%1 suggesties afwijzen": "Dismiss %1 suggestions",
    "%1 suggestie afgewezen.": "%1 suggestion dismissed.",
    "%1 suggesties afgewezen.": "%1 suggestions dismissed.",
    "&Suggesties…": "&Suggestions…",
    "&Suggesties (%1)…": "&Suggestions (%1)…",
    "Documenten die open toezeggingen lijken na te komen: accepteren of afwijzen": (
        "Documents that seem to keep open commitments: accept or dismiss"
    ),
    "%1 suggestie": "%1 suggestion",
    "%1 suggesties": "%1 suggestions",
    # -- conflicts and the audit trail -----------------------------------------------
    "Toelichting": "Note",
    "Bewijs": "Evidence",
    "(leeg)": "(empty)",
    "Met de hand gemaakt": "Made by hand",
    "#%1 hierin samengevoegd": "#%1 merged into this one",
    "Samengevoegd met #%1": "Merged into #%1",
    "Verwijderd": "Deleted",
    "Teruggezet": "Put back",
    "Bijgewerkt uit een nieuwe versie van het document": (
        "Updated from a new version of the document"
    ),
    "toelichting: %1": "note: %1",
    "bewijs: %1": "evidence: %1",
    "(ongedaan gemaakt)": "(undone)",
    "(opnieuw gedaan)": "(redone)",
    "(suggestie geaccepteerd)": "(suggestion accepted)",
    "Intussen samengevoegd met #%1.": "Meanwhile merged into #%1.",
    "Intussen verwijderd.": "Meanwhile deleted.",
    "Intussen gewijzigd": "Changed meanwhile",
    "Iemand anders heeft %1 van deze toezeggingen intussen gewijzigd.": (
        "Someone else has changed %1 of these commitments meanwhile."
    ),
    "Iemand anders heeft deze toezegging intussen gewijzigd.": (
        "Someone else has changed this commitment meanwhile."
    ),
    "Wat de ander heeft gewijzigd": "What the other person changed",
    "Uw wijziging: %1": "Your change: %1",
    "Mijn wijziging opnieuw toepassen": "Reapply my change",
    "Uw wijziging alsnog opslaan, bovenop de wijziging van de ander": (
        "Save your change after all, on top of the other person's change"
    ),
    "Mijn wijziging verwerpen": "Discard my change",
    "Uw wijziging niet opslaan; de lijst toont wat de ander heeft opgeslagen": (
        "Do not save your change; the list shows what the other person saved"
    ),
    "Verwijderde of samengevoegde toezeggingen worden overgeslagen.": (
        "Deleted or merged commitments are skipped."
    ),
    "Nog geen wijzigingen.": "No changes yet.",
    "Geschiedenis": "History",
    "suggestie accepteren: voldaan, met het document als bewijs": (
        "accept the suggestion: fulfilled, with the document as evidence"
    ),
    "\u2018%1\u2019 ongedaan maken of opnieuw doen": "undo or redo \u2018%1\u2019",
    "Uw wijziging is verworpen.": "Your change was discarded.",
    "markeren als %1 op %2": "mark as %1 on %2",
    "de datum uit de tekst": "the date from the text",
    "termijn %1": "due date %1",
    "terug naar de datum uit de tekst": "back to the date from the text",
    "Een van beide toezeggingen bestaat niet meer.": "One of the two commitments no longer exists.",
    # -- the server went away or cancelled a statement (ui/server_errors.py) -------------
    "De verbinding met de server %1 ging verloren; de wijziging is niet opgeslagen. "
    "Probeer het opnieuw: het programma maakt zelf weer verbinding.": (
        "The connection to the server %1 was lost; the change was not saved. Try again: "
        "the program reconnects by itself."
    ),
    "De verbinding met de server %1 ging verloren tijdens het opslaan en de server is "
    "nog niet terug: of de wijziging is opgeslagen, is niet bekend. Kijk het na zodra "
    "de server terug is.": (
        "The connection to the server %1 was lost while saving and the server is not back "
        "yet: whether the change was saved is not known. Check once the server is back."
    ),
    "De server %1 is niet bereikbaar; er is niets gewijzigd. Probeer het zo opnieuw.": (
        "The server %1 cannot be reached; nothing was changed. Try again in a moment."
    ),
    "De server %1 brak de opdracht af omdat die te lang duurde (statement_timeout); "
    "er is niets gewijzigd.": (
        "The server %1 cancelled the statement because it took too long "
        "(statement_timeout); nothing was changed."
    ),
    # -- a full disk, a read-only database ------------------------------------------------
    "De database %1 kon niet worden bijgewerkt: de schijf is vol "
    "(of het bestand mag niet groter worden).": (
        "The database %1 could not be updated: the disk is full "
        "(or the file may not grow any larger)."
    ),
    "De database %1 kon niet worden bijgewerkt: het bestand of de map is alleen-lezen.": (
        "The database %1 could not be updated: the file or its folder is read-only."
    ),
    "De database %1 kon niet worden bijgewerkt: een ander programma (de tracker van "
    "een collega, een synchronisatie of een back-up) houdt het bestand bezet. "
    "Probeer het zo opnieuw.": (
        "The database %1 could not be updated: another program (a colleague's tracker, "
        "a sync or a backup) holds the file. Try again in a moment."
    ),
    "De database %1 kon niet worden bijgewerkt: de schijf weigerde het schrijven (is hij vol?).": (
        "The database %1 could not be updated: the disk refused the write (is it full?)."
    ),
    "Wat u net deed is niet opgeslagen; alles wat eerder was opgeslagen blijft bewaard.": (
        "What you just did was not saved; everything saved before is kept."
    ),
    # -- the date of a document that states none ------------------------------------
    "Datum van document &opgeven\u2026": "Give document &date\u2026",
    "De datum van de antwoorden opgeven voor het document van de gekozen toezegging, als "
    "het document er zelf geen noemt: termijnen als \u2018binnen drie maanden\u2019 tellen "
    "dan vanaf die dag": (
        "Give the date of the answers for the chosen commitment's document, if the document "
        "states none of its own: deadlines like \u2018within three months\u2019 then count "
        "from that day"
    ),
    "%1 document noemt geen datum: de termijnen tellen vanaf vandaag.": (
        "%1 document states no date: its due dates count from today."
    ),
    "%1 documenten noemen geen datum: de termijnen tellen vanaf vandaag.": (
        "%1 documents state no date: their due dates count from today."
    ),
    "Geef de datum op via Bestand \u203a Datum van document opgeven\u2026": (
        "Give the date with File \u203a Give document date\u2026"
    ),
    "Datum van de antwoorden": "Date of the answers",
    "Het document noemt zelf de datum van de antwoorden (%1); de termijnen tellen vanaf die dag.": (
        "The document states the date of its answers itself (%1); due dates count from that day."
    ),
    "%1 van %2": "%1 of %2",
    "Termijnen van \u2018%1\u2019 opnieuw lezen vanaf %2\u2026": (
        "Reading the due dates of \u2018%1\u2019 again from %2\u2026"
    ),
    "\u2018%1\u2019 noemt zelf een datum; de termijnen blijven vanaf die dag tellen.": (
        "\u2018%1\u2019 states a date of its own; its due dates keep counting from that day."
    ),
    "\u2018%2\u2019: de termijnen tellen nu vanaf %3; %1 toezegging bijgewerkt.": (
        "\u2018%2\u2019: due dates now count from %3; %1 commitment updated."
    ),
    "\u2018%2\u2019: de termijnen tellen nu vanaf %3; %1 toezeggingen bijgewerkt.": (
        "\u2018%2\u2019: due dates now count from %3; %1 commitments updated."
    ),
    "De datum van het document kon niet worden opgegeven.": (
        "The date of the document could not be given."
    ),
    "%1 ligt in de toekomst of is geen bruikbare datum.": (
        "%1 lies in the future or is not a usable date."
    ),
    "Het document noemt geen datum. Termijnen als \u2018binnen drie maanden\u2019 tellen "
    "vanaf deze datum.": (
        "The document states no date. Deadlines like \u2018within three months\u2019 count "
        "from this date."
    ),
    "Het document noemt geen datum; eerder is %1 opgegeven. Termijnen als \u2018binnen drie "
    "maanden\u2019 tellen vanaf deze datum.": (
        "The document states no date; %1 was given before. Deadlines like \u2018within three "
        "months\u2019 count from this date."
    ),
    "De dag waarop de antwoorden zijn gegeven": "The day the answers were given",
    "&Datum van de antwoorden:": "&Date of the answers:",
    "Annuleren: de termijnen blijven tellen vanaf %1.": "Cancel: due dates keep counting from %1.",
    "Annuleren: de termijnen blijven tellen vanaf de dag van de import (%1).": (
        "Cancel: due dates keep counting from the day of the import (%1)."
    ),
    "Annuleren: de termijnen blijven tellen vanaf de dag van de import.": (
        "Cancel: due dates keep counting from the day of the import."
    ),
    "Datum gebruiken": "Use date",
    "Document %1": "Document %1",
    "%1 ligt in de toekomst. Geef de dag waarop de antwoorden zijn gegeven (uiterlijk vandaag).": (
        "%1 lies in the future. Give the day the answers were given (today at the latest)."
    ),
    "%1 ligt voor %2: klopt het jaar?": "%1 is before %2: is the year right?",
    "Geteld vanaf": "Counted from",
    "%1 (opgegeven: het document noemt geen datum)": "%1 (given: the document states no date)",
    "de dag van de import: het document noemt geen datum (Bestand \u203a Datum van document "
    "opgeven\u2026)": (
        "the day of the import: the document states no date (File \u203a Give document date\u2026)"
    ),
    # -- following and syncing (Bestand › Volgen…, Ophalen) ---------------------------------
    "Volgen": "Follow",
    "Dossier": "Dossier",
    "Commissie": "Committee",
    "Ophalen haalt de nieuwe antwoorden en mondelinge toezeggingen op van wat u hier volgt.": (
        "Fetch gets the new answers and oral commitments of what you follow here."
    ),
    "Soort volgen": "Follows",
    "Waarde": "Value",
    "Wat u volgt": "What you follow",
    "Wat volgen": "What to follow",
    "&Toevoegen": "&Add",
    "&Verwijderen": "&Remove",
    "De lijst kon niet worden gelezen: %1": "The list could not be read: %1",
    "Alleen de gevolgde soorten documenten worden opgehaald.": (
        "Only the followed kinds of document are fetched."
    ),
    "U volgt geen soort: de standaardsoorten met antwoorden van de regering gelden (%1).": (
        "You follow no kind: the default kinds with the government's answers apply (%1)."
    ),
    "bijvoorbeeld 32637": "for example 32637",
    "naam of afkorting van de commissie": "name or abbreviation of the committee",
    "bijvoorbeeld OCW": "for example OCW",
    "soort document": "kind of document",
    "Er wordt al opgehaald.": "Already fetching.",
    "Zoeken naar nieuwe documenten\u2026": "Looking for new documents\u2026",
    "Ophalen": "Fetch",
    "Ophalen\u2026": "Fetching\u2026",
    "Stoppen\u2026": "Stopping\u2026",
    "Ophalen wordt gestopt\u2026": "Stopping the fetch\u2026",
    "Documenten downloaden\u2026": "Downloading documents\u2026",
    "Mondelinge toezeggingen ophalen\u2026": "Fetching oral commitments\u2026",
    "Klaar.": "Done.",
    "Gevonden: %1 \u00b7 gedownload: %2 \u00b7 geïmporteerd: %3": (
        "Found: %1 \u00b7 downloaded: %2 \u00b7 imported: %3"
    ),
    "%1 mondeling": "%1 oral",
    "Ophalen: %1 van %2 documenten geïmporteerd": "Fetching: %1 of %2 documents imported",
    "Ophalen is mislukt.": "Fetching failed.",
    "%1 documenten gevonden, %2 gedownload, %3 geïmporteerd (%4 al in het register).": (
        "%1 documents found, %2 downloaded, %3 imported (%4 already in the register)."
    ),
    "Mondelinge toezeggingen: %1 nieuw, %2 bijgewerkt.": "Oral commitments: %1 new, %2 updated.",
    "%1 document is door de Kamer ingetrokken.": "%1 document was withdrawn by the House.",
    "%1 documenten zijn door de Kamer ingetrokken.": "%1 documents were withdrawn by the House.",
    "De Kamer meldt bij %1 toezegging een andere status: overnemen of negeren kan "
    "bij de toezegging.": (
        "The House reports another status for %1 commitment: accept or dismiss it at the "
        "commitment."
    ),
    "De Kamer meldt bij %1 toezeggingen een andere status: overnemen of negeren "
    "kan bij elke toezegging.": (
        "The House reports another status for %1 commitments: accept or dismiss it at each "
        "commitment."
    ),
    "Gestopt. Wat al binnen was, is bewaard; de volgende keer gaat het verder.": (
        "Stopped. What had come in is kept; the next fetch continues from there."
    ),
    "Voortijdig gestopt: %1": "Stopped early: %1",
    "%1 document kon niet worden verwerkt:": "%1 document could not be processed:",
    "%1 documenten konden niet worden verwerkt:": "%1 documents could not be processed:",
    "\u2026 en %1 andere (zie details)": "\u2026 and %1 more (see details)",
    "Ophalen gestopt": "Fetch stopped",
    "Ophalen voltooid": "Fetch complete",
    "Opgehaald: %1 documenten geïmporteerd.": "Fetched: %1 documents imported.",
    "&Ophalen": "&Fetch",
    "De Kamer meldt: %1 \u2014 overnemen?": "The House reports: %1 \u2014 accept?",
    "Status van de Kamer overnemen: %1": "Accept the House's status: %1",
    "De status van de Kamer kon niet worden overgenomen.": (
        "The House's status could not be accepted."
    ),
    "Status van de Kamer negeren: %1": "Dismiss the House's status: %1",
    "De melding van de Kamer kon niet worden genegeerd.": (
        "The House's report could not be dismissed."
    ),
    "%1 \u00b7 mondeling": "%1 \u00b7 oral",
    "%1 \u00b7 Kamer: %2": "%1 \u00b7 House: %2",
    "%1 (mondeling)": "%1 (oral)",
    "Status bij de Kamer: %1": "Status at the House: %1",
    "Debat": "Debate",
    "De Kamer noemt als nakoming: %1": "The House names as fulfilment: %1",
    "De Kamer noemt deze brief als nakoming": "The House names this letter as the fulfilment",
    "&Overnemen": "&Accept",
    "De status van de Kamer als onze status vastleggen": "Record the House's status as ours",
    "&Negeren": "&Dismiss",
    "Onze status houden; de melding verdwijnt": "Keep our status; the report goes away",
    "De Kamer meldt: %1 \u2014 overnemen als \u2018%2\u2019?": (
        "The House reports: %1 \u2014 accept as \u2018%2\u2019?"
    ),
    "Ophalen:": "Fetch:",
    "Bij het starten o&phalen, hoogstens eens per": "&Fetch at start, at most once every",
    " uur": " hours",
    "Hoogstens eens per zoveel uur ophalen": "Fetch at most once every so many hours",
    "Adres van de open data": "Address of the open data",
    "Leeg: de open data van de Tweede Kamer zelf; of het adres van een spiegel": (
        "Empty: the House of Representatives' own open data; or the address of a mirror"
    ),
    "Adres:": "Address:",
    "Geen webadres: %1 (verwacht https://server/OData/v4/2.0)": (
        "Not a web address: %1 (expected https://server/OData/v4/2.0)"
    ),
    "Nieuwe antwoorden en mondelinge toezeggingen ophalen uit de open data van de "
    "Tweede Kamer, voor wat u volgt": (
        "Fetch new answers and oral commitments from the House of Representatives' open "
        "data, for what you follow"
    ),
    "Vo&lgen\u2026": "Fo&llow\u2026",
    "Kiezen welke dossiers, commissies, ministeries en soorten u volgt": (
        "Choose which dossiers, committees, ministries and kinds you follow"
    ),
    # -- roles in team mode (ui/window_actions.py) ------------------------------------
    "Uw login %1 (%2) mag dit niet: daarvoor is de rol %3 nodig": (
        "Your login %1 (%2) may not do this: it needs the role %3"
    ),
    "geen rol van de tracker": "no tracker role",
    "De database %1 weigerde deze wijziging: uw login mag dat niet (lezer leest, "
    "medewerker wijzigt, beheerder verwijdert en voegt samen).": (
        "The database %1 refused this change: your login may not make it (lezer reads, "
        "medewerker changes, beheerder deletes and merges)."
    ),
    "Ingelogd als %1 (%2)": "Logged in as %1 (%2)",
    "lezer: lezen en exporteren, niets wijzigen": "lezer: reads and exports, changes nothing",
    "medewerker: markeren, beoordelen, bewerken en importeren; verwijderen en "
    "samenvoegen mag alleen een beheerder": (
        "medewerker: marks, reviews, edits and imports; only a beheerder may delete and merge"
    ),
    "beheerder: alles, ook verwijderen, samenvoegen en het register bijwerken": (
        "beheerder: everything, also deleting, merging and updating the register"
    ),
}

# Where one Dutch text needs different English in different places: (context, Dutch).
ENGLISH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("HintsDialog", "A&fwijzen"): "&Dismiss",  # a suggestion; elsewhere: reject a commitment
}


def english_for(context: str, source: str) -> str | None:
    return ENGLISH_IN_CONTEXT.get((context, source)) or ENGLISH.get(source)


def fill(ts_path: Path) -> list[tuple[str, str]]:
    """Fill what we know into the .ts; return the (context, source) still untranslated."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            if finished and (translation.text or "").strip():
                continue
            english = english_for(name, source)
            if english:
                translation.text = english
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    missing = fill(Path(argv[0]))
    for context, source in missing:
        print(f"untranslated: [{context}] {source!r}", file=sys.stderr)
    if missing and "--check" in argv[1:]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
