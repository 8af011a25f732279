<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Over Toezeggingen</source>
            <translation>About Commitments</translation>
        </message>
        <message>
            <source>Toezeggingen %1</source>
            <translation>Commitments %1</translation>
        </message>
        <message>
            <source>Vindt de toezeggingen van bewindspersonen in schriftelijke antwoorden aan de Kamer, en houdt bij of ze zijn nagekomen.</source>
            <translation>Finds the commitments ministers make in written answers to Parliament, and keeps track of whether they have been fulfilled.</translation>
        </message>
        <message>
            <source>Versie:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Python:</source>
            <translation>Python:</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AppFlow</name>
        <message>
            <source>Instellingen opgeslagen; de andere database opent na herstarten.</source>
            <translation>Settings saved; the other database opens after a restart.</translation>
        </message>
        <message>
            <source>Instellingen opgeslagen; een andere taal geldt na herstarten.</source>
            <translation>Settings saved; a change of language takes effect after a restart.</translation>
        </message>
        <message>
            <source>Wacht tot het importeren of exporteren klaar is.</source>
            <translation>Wait until the import or export has finished.</translation>
        </message>
        <message>
            <source>Hersteld uit %1; de vorige database is bewaard in %2.</source>
            <translation>Restored from %1; the previous database is kept in %2.</translation>
        </message>
    </context>
    <context>
        <name>ChangeFlow</name>
        <message>
            <source>Uw wijziging is verworpen.</source>
            <translation>Your change was discarded.</translation>
        </message>
        <message>
            <source>‘%1’ ongedaan maken of opnieuw doen</source>
            <translation>undo or redo ‘%1’</translation>
        </message>
        <message>
            <source>‘%1’ kon niet worden teruggezet.</source>
            <translation>‘%1’ could not be reverted.</translation>
        </message>
        <message>
            <source>Status van de Kamer overnemen: %1</source>
            <translation>Accept the House's status: %1</translation>
        </message>
        <message>
            <source>De status van de Kamer kon niet worden overgenomen.</source>
            <translation>The House's status could not be accepted.</translation>
        </message>
        <message>
            <source>Status van de Kamer negeren: %1</source>
            <translation>Dismiss the House's status: %1</translation>
        </message>
        <message>
            <source>De melding van de Kamer kon niet worden genegeerd.</source>
            <translation>The House's report could not be dismissed.</translation>
        </message>
        <message>
            <source>Markeren als %1: ‘%2’</source>
            <translation>Mark as %1: ‘%2’</translation>
        </message>
        <message>
            <source>%1 toezeggingen markeren als %2</source>
            <translation>Mark %1 commitments as %2</translation>
        </message>
        <message>
            <source>markeren als %1 op %2</source>
            <translation>mark as %1 on %2</translation>
        </message>
        <message>
            <source>toelichting: %1</source>
            <translation>note: %1</translation>
        </message>
        <message>
            <source>bewijs: %1</source>
            <translation>evidence: %1</translation>
        </message>
        <message>
            <source>De status kon niet worden opgeslagen.</source>
            <translation>The status could not be saved.</translation>
        </message>
        <message>
            <source>%1 toezegging gemarkeerd als %2</source>
            <translation>%1 commitment marked as %2</translation>
        </message>
        <message>
            <source>%1 toezeggingen gemarkeerd als %2</source>
            <translation>%1 commitments marked as %2</translation>
        </message>
        <message>
            <source>‘%1’ was al %2</source>
            <translation>‘%1’ already was %2</translation>
        </message>
        <message>
            <source>%1 was al %2</source>
            <translation>%1 already was %2</translation>
        </message>
        <message>
            <source>%1 waren al %2</source>
            <translation>%1 already were %2</translation>
        </message>
        <message>
            <source>Afwijzen: ‘%2’</source>
            <translation>Reject: ‘%2’</translation>
        </message>
        <message>
            <source>%1 toezeggingen afwijzen</source>
            <translation>Reject %1 commitments</translation>
        </message>
        <message>
            <source>Bevestigen: ‘%2’</source>
            <translation>Confirm: ‘%2’</translation>
        </message>
        <message>
            <source>%1 toezeggingen bevestigen</source>
            <translation>Confirm %1 commitments</translation>
        </message>
        <message>
            <source>De beoordeling kon niet worden opgeslagen.</source>
            <translation>The review could not be saved.</translation>
        </message>
        <message>
            <source>Bewerken: ‘%2’</source>
            <translation>Edit: ‘%2’</translation>
        </message>
        <message>
            <source>De wijziging kon niet worden opgeslagen.</source>
            <translation>The change could not be saved.</translation>
        </message>
        <message>
            <source>de datum uit de tekst</source>
            <translation>the date from the text</translation>
        </message>
        <message>
            <source>Termijn aanpassen: ‘%2’</source>
            <translation>Change due date: ‘%2’</translation>
        </message>
        <message>
            <source>De termijn kon niet worden opgeslagen.</source>
            <translation>The due date could not be saved.</translation>
        </message>
        <message>
            <source>termijn %1</source>
            <translation>due date %1</translation>
        </message>
        <message>
            <source>terug naar de datum uit de tekst</source>
            <translation>back to the date from the text</translation>
        </message>
        <message>
            <source>Termijn van ‘%1’ is nu %2</source>
            <translation>Due date of ‘%1’ is now %2</translation>
        </message>
        <message>
            <source>geen datum</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>Samenvoegen: ‘%2’</source>
            <translation>Merge: ‘%2’</translation>
        </message>
        <message>
            <source>Een van beide toezeggingen bestaat niet meer.</source>
            <translation>One of the two commitments no longer exists.</translation>
        </message>
        <message>
            <source>De toezeggingen konden niet worden samengevoegd.</source>
            <translation>The commitments could not be merged.</translation>
        </message>
        <message>
            <source>Samengevoegd in ‘%1’</source>
            <translation>Merged into ‘%1’</translation>
        </message>
        <message>
            <source>… en %1 andere</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <source>Deze toezegging verwijderen?</source>
            <translation>Delete this commitment?</translation>
        </message>
        <message>
            <source>Deze %1 toezeggingen verwijderen?</source>
            <translation>Delete these %1 commitments?</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Dit kan ongedaan worden gemaakt.</source>
            <translation>This can be undone.</translation>
        </message>
        <message>
            <source>Verwijderen: ‘%2’</source>
            <translation>Delete: ‘%2’</translation>
        </message>
        <message>
            <source>%1 toezeggingen verwijderen</source>
            <translation>Delete %1 commitments</translation>
        </message>
        <message>
            <source>De toezegging kon niet worden verwijderd.</source>
            <translation>The commitment could not be deleted.</translation>
        </message>
        <message>
            <source>Toezegging maken: ‘%1’</source>
            <translation>Create commitment: ‘%1’</translation>
        </message>
        <message>
            <source>De toezegging kon niet worden gemaakt.</source>
            <translation>The commitment could not be created.</translation>
        </message>
        <message>
            <source>Toezegging ‘%1’ gemaakt</source>
            <translation>Commitment ‘%1’ created</translation>
        </message>
    </context>
    <context>
        <name>CommitmentTableModel</name>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Termijn</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Dagen te laat</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Beoordeling</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Ministerie</source>
            <translation>Ministry</translation>
        </message>
        <message>
            <source>Bewindspersoon</source>
            <translation>Minister</translation>
        </message>
        <message>
            <source>Fractie</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>%1 dag te laat</source>
            <translation>%1 day overdue</translation>
        </message>
        <message>
            <source>%1 dagen te laat</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <source>termijn verloopt vandaag</source>
            <translation>due today</translation>
        </message>
        <message>
            <source>over %1 dag</source>
            <translation>in %1 day</translation>
        </message>
        <message>
            <source>over %1 dagen</source>
            <translation>in %1 days</translation>
        </message>
        <message>
            <source>termijn over %1 dag</source>
            <translation>due in %1 day</translation>
        </message>
        <message>
            <source>termijn over %1 dagen</source>
            <translation>due in %1 days</translation>
        </message>
        <message>
            <source>%1 · mondeling</source>
            <translation>%1 · oral</translation>
        </message>
        <message>
            <source>%1 · Kamer: %2</source>
            <translation>%1 · House: %2</translation>
        </message>
        <message>
            <source>Zoals geschreven: ‘%1’</source>
            <translation>As written: ‘%1’</translation>
        </message>
        <message>
            <source>Precisie: %1</source>
            <translation>Precision: %1</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1, handmatig</source>
            <translation>%1, set by hand</translation>
        </message>
        <message>
            <source>Handmatig aangepast; afgeleid uit de tekst: %1</source>
            <translation>Changed by hand; derived from the text: %1</translation>
        </message>
        <message>
            <source>Geen termijn genoemd</source>
            <translation>No deadline given</translation>
        </message>
        <message>
            <source>%1 dag over de termijn</source>
            <translation>%1 day past the deadline</translation>
        </message>
        <message>
            <source>%1 dagen over de termijn</source>
            <translation>%1 days past the deadline</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Intussen gewijzigd</source>
            <translation>Changed meanwhile</translation>
        </message>
        <message>
            <source>Iemand anders heeft %1 van deze toezeggingen intussen gewijzigd.</source>
            <translation>Someone else has changed %1 of these commitments meanwhile.</translation>
        </message>
        <message>
            <source>Iemand anders heeft deze toezegging intussen gewijzigd.</source>
            <translation>Someone else has changed this commitment meanwhile.</translation>
        </message>
        <message>
            <source>Wat de ander heeft gewijzigd</source>
            <translation>What the other person changed</translation>
        </message>
        <message>
            <source>Uw wijziging: %1</source>
            <translation>Your change: %1</translation>
        </message>
        <message>
            <source>Mijn wijziging opnieuw toepassen</source>
            <translation>Reapply my change</translation>
        </message>
        <message>
            <source>Uw wijziging alsnog opslaan, bovenop de wijziging van de ander</source>
            <translation>Save your change after all, on top of the other person's change</translation>
        </message>
        <message>
            <source>Mijn wijziging verwerpen</source>
            <translation>Discard my change</translation>
        </message>
        <message>
            <source>Uw wijziging niet opslaan; de lijst toont wat de ander heeft opgeslagen</source>
            <translation>Do not save your change; the list shows what the other person saved</translation>
        </message>
        <message>
            <source>Verwijderde of samengevoegde toezeggingen worden overgeslagen.</source>
            <translation>Deleted or merged commitments are skipped.</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>aangekondigd advies</source>
            <translation>announced advice</translation>
        </message>
        <message>
            <source>aangekondigde gebeurtenis</source>
            <translation>announced event</translation>
        </message>
        <message>
            <source>aangekondigde handeling (lijdende vorm)</source>
            <translation>announced act (passive)</translation>
        </message>
        <message>
            <source>aangekondigde handeling met termijn (lijdende vorm)</source>
            <translation>announced act with a deadline (passive)</translation>
        </message>
        <message>
            <source>aangekondigde reactie of stuk</source>
            <translation>announced response or paper</translation>
        </message>
        <message>
            <source>aangekondigde toezending of toekenning</source>
            <translation>announced sending or award</translation>
        </message>
        <message>
            <source>aangekondigde wijziging</source>
            <translation>announced change</translation>
        </message>
        <message>
            <source>aankondiging</source>
            <translation>announcement</translation>
        </message>
        <message>
            <source>aankondiging met 'gaan'</source>
            <translation>announcement with 'gaan'</translation>
        </message>
        <message>
            <source>beoogde inwerkingtreding</source>
            <translation>intended entry into force</translation>
        </message>
        <message>
            <source>besluit om te handelen</source>
            <translation>decision to act</translation>
        </message>
        <message>
            <source>de Kamer ontvangt</source>
            <translation>the House will receive</translation>
        </message>
        <message>
            <source>doorlopende inzet</source>
            <translation>ongoing effort</translation>
        </message>
        <message>
            <source>er komt iets nieuws</source>
            <translation>something new is coming</translation>
        </message>
        <message>
            <source>gepland of beoogd</source>
            <translation>planned or intended</translation>
        </message>
        <message>
            <source>gesprekken met een aangekondigde uitkomst</source>
            <translation>talks with an announced outcome</translation>
        </message>
        <message>
            <source>handeling met termijn</source>
            <translation>act with a deadline</translation>
        </message>
        <message>
            <source>in voorbereiding</source>
            <translation>in preparation</translation>
        </message>
        <message>
            <source>inspanning</source>
            <translation>effort</translation>
        </message>
        <message>
            <source>meenemen in vervolg</source>
            <translation>taken into the follow-up</translation>
        </message>
        <message>
            <source>middelen komen beschikbaar</source>
            <translation>funds become available</translation>
        </message>
        <message>
            <source>onderzoek of evaluatie laten doen</source>
            <translation>research or evaluation commissioned</translation>
        </message>
        <message>
            <source>terugkomen op de zaak</source>
            <translation>coming back to the matter</translation>
        </message>
        <message>
            <source>toezegging de Kamer te informeren</source>
            <translation>promise to inform the House</translation>
        </message>
        <message>
            <source>uitdrukkelijke toezegging</source>
            <translation>explicit promise</translation>
        </message>
        <message>
            <source>verkenning of onderzoek</source>
            <translation>exploration or research</translation>
        </message>
        <message>
            <source>verwachte eigen handeling</source>
            <translation>expected own act</translation>
        </message>
        <message>
            <source>verwachte oplevering</source>
            <translation>expected delivery</translation>
        </message>
        <message>
            <source>verzoek aan een partij</source>
            <translation>request to a party</translation>
        </message>
        <message>
            <source>voornemen</source>
            <translation>intention</translation>
        </message>
        <message>
            <source>werkt aan iets nieuws</source>
            <translation>working on something new</translation>
        </message>
        <message>
            <source>handmatig</source>
            <translation>added by hand</translation>
        </message>
        <message>
            <source>lijdende vorm</source>
            <translation>passive</translation>
        </message>
        <message>
            <source>%1 met ‘%2’ (%3)</source>
            <translation>%1 on ‘%2’ (%3)</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>(precisie: %1)</source>
            <translation>(precision: %1)</translation>
        </message>
        <message>
            <source>geen termijn genoemd</source>
            <translation>no deadline given</translation>
        </message>
        <message>
            <source>geen datum</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>Handmatig vastgesteld; afgeleid uit de tekst: %1</source>
            <translation>Set by hand; derived from the text: %1</translation>
        </message>
        <message>
            <source>%1 dag te laat</source>
            <translation>%1 day overdue</translation>
        </message>
        <message>
            <source>%1 dagen te laat</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Nog geen wijzigingen.</source>
            <translation>No changes yet.</translation>
        </message>
        <message>
            <source>Toelichting: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>Bewijs: %1</source>
            <translation>Evidence: %1</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Bron %1 van %2</source>
            <translation>Source %1 of %2</translation>
        </message>
        <message>
            <source>Vraag van de %1-fractie</source>
            <translation>Question from the %1 party</translation>
        </message>
        <message>
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Fractie: %1</source>
            <translation>Party: %1</translation>
        </message>
        <message>
            <source>Antwoord</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Termijn</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Bewindspersoon</source>
            <translation>Minister</translation>
        </message>
        <message>
            <source>Fracties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Geteld vanaf</source>
            <translation>Counted from</translation>
        </message>
        <message>
            <source>Citaat</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Waarom gevonden</source>
            <translation>Why it was found</translation>
        </message>
        <message>
            <source>Toegezegd op %1 plaatsen</source>
            <translation>Promised in %1 places</translation>
        </message>
        <message>
            <source>%1 (mondeling)</source>
            <translation>%1 (oral)</translation>
        </message>
        <message>
            <source>Status bij de Kamer: %1</source>
            <translation>Status at the House: %1</translation>
        </message>
        <message>
            <source>De Kamer noemt als nakoming: %1</source>
            <translation>The House names as fulfilment: %1</translation>
        </message>
        <message>
            <source>Toezegging</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Debat</source>
            <translation>Debate</translation>
        </message>
        <message>
            <source>%1 (opgegeven: het document noemt geen datum)</source>
            <translation>%1 (given: the document states no date)</translation>
        </message>
        <message>
            <source>de dag van de import: het document noemt geen datum (Bestand › Datum van document opgeven…)</source>
            <translation>the day of the import: the document states no date (File › Give document date…)</translation>
        </message>
        <message>
            <source>%1-fractie</source>
            <translation>%1 party</translation>
        </message>
        <message>
            <source>Kies een toezegging in de lijst om de details te zien.</source>
            <translation>Choose a commitment in the list to see its details.</translation>
        </message>
    </context>
    <context>
        <name>DocumentView</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Maak toezegging van selectie</source>
            <translation>Make commitment from selection</translation>
        </message>
        <message>
            <source>Een toezegging vastleggen die niet gevonden werd: de geselecteerde tekst</source>
            <translation>Record a commitment that was not found: the selected text</translation>
        </message>
        <message>
            <source>Tekst van het document</source>
            <translation>Text of the document</translation>
        </message>
        <message>
            <source>Kies een toezegging in de lijst om haar document hier te lezen.</source>
            <translation>Choose a commitment in the list to read its document here.</translation>
        </message>
        <message>
            <source>datum %1</source>
            <translation>dated %1</translation>
        </message>
        <message>
            <source>beantwoord %1</source>
            <translation>answered %1</translation>
        </message>
        <message>
            <source>%1 toezegging gemarkeerd</source>
            <translation>%1 commitment highlighted</translation>
        </message>
        <message>
            <source>%1 toezeggingen gemarkeerd</source>
            <translation>%1 commitments highlighted</translation>
        </message>
        <message>
            <source>Toezegging %1</source>
            <translation>Commitment %1</translation>
        </message>
    </context>
    <context>
        <name>DueDialog</name>
        <message>
            <source>Termijn aanpassen</source>
            <translation>Change due date</translation>
        </message>
        <message>
            <source>Termijn in de tekst:</source>
            <translation>Deadline in the text:</translation>
        </message>
        <message>
            <source>Afgeleide datum:</source>
            <translation>Derived date:</translation>
        </message>
        <message>
            <source>&amp;Nieuwe datum:</source>
            <translation>&amp;New date:</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>DueField</name>
        <message>
            <source>De tekst noemt geen termijn.</source>
            <translation>The text gives no deadline.</translation>
        </message>
        <message>
            <source>geen datum</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>Uiterste datum</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Terug naar de datum afgeleid uit de tekst</source>
            <translation>Back to the date derived from the text</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>Toezegging bewerken</source>
            <translation>Edit commitment</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Afgeleid uit de tekst: %1</source>
            <translation>Derived from the text: %1</translation>
        </message>
        <message>
            <source>Ministerie</source>
            <translation>Ministry</translation>
        </message>
        <message>
            <source>Bewindspersoon</source>
            <translation>Minister</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Termijn in de tekst:</source>
            <translation>Deadline in the text:</translation>
        </message>
        <message>
            <source>&amp;Uiterste datum:</source>
            <translation>&amp;Due date:</translation>
        </message>
        <message>
            <source>&amp;Ministerie:</source>
            <translation>&amp;Ministry:</translation>
        </message>
        <message>
            <source>&amp;Bewindspersoon:</source>
            <translation>M&amp;inister:</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV-bestand, puntkomma's (*.csv)</source>
            <translation>CSV file, semicolons (*.csv)</translation>
        </message>
        <message>
            <source>Agenda, iCalendar (*.ics)</source>
            <translation>Calendar, iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Te late toezeggingen exporteren</source>
            <translation>Export overdue commitments</translation>
        </message>
        <message>
            <source>Toezeggingen: te laat op %1</source>
            <translation>Commitments: overdue on %1</translation>
        </message>
        <message>
            <source>Huidige weergave exporteren</source>
            <translation>Export current view</translation>
        </message>
        <message>
            <source>Toezeggingen op %1, gefilterd op: %2</source>
            <translation>Commitments on %1, filtered by: %2</translation>
        </message>
        <message>
            <source>Bezig met exporteren naar %1…</source>
            <translation>Exporting to %1…</translation>
        </message>
        <message>
            <source>%1 toezegging geëxporteerd naar %2</source>
            <translation>%1 commitment exported to %2</translation>
        </message>
        <message>
            <source>%1 toezeggingen geëxporteerd naar %2</source>
            <translation>%1 commitments exported to %2</translation>
        </message>
        <message>
            <source>De export is mislukt.</source>
            <translation>The export failed.</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Zoeken (Ctrl+F)</source>
            <translation>Search (Ctrl+F)</translation>
        </message>
        <message>
            <source>Zoeken in titel, citaat en toelichting; begin van een woord is genoeg</source>
            <translation>Search title, quote and note; the start of a word is enough</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Vandaag</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>Open toezeggingen die te laat zijn of binnen de gekozen termijn vallen</source>
            <translation>Open commitments that are overdue or fall due within the chosen period</translation>
        </message>
        <message>
            <source>Alles &amp;tonen</source>
            <translation>Show &amp;all</translation>
        </message>
        <message>
            <source>Alle filters en de zoekterm wissen</source>
            <translation>Clear all filters and the search term</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Termijn</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Open toezeggingen waarvan de termijn vandaag verstreken is</source>
            <translation>Open commitments whose deadline has passed today</translation>
        </message>
        <message>
            <source>Binnen</source>
            <translation>Within</translation>
        </message>
        <message>
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Aantal dagen vooruit</source>
            <translation>Number of days ahead</translation>
        </message>
        <message>
            <source>Open toezeggingen met een termijn in de komende dagen</source>
            <translation>Open commitments due in the coming days</translation>
        </message>
        <message>
            <source>Zonder termijn</source>
            <translation>Without deadline</translation>
        </message>
        <message>
            <source>Beoordeling</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Ministerie</source>
            <translation>Ministry</translation>
        </message>
        <message>
            <source>Bewindspersoon</source>
            <translation>Minister</translation>
        </message>
        <message>
            <source>Fractie</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>vandaag: te laat of binnen %1 dagen</source>
            <translation>today: overdue or due within %1 days</translation>
        </message>
        <message>
            <source>status: %1</source>
            <translation>status: %1</translation>
        </message>
        <message>
            <source>te laat</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>termijn binnen %1 dagen</source>
            <translation>due within %1 days</translation>
        </message>
        <message>
            <source>zonder termijn</source>
            <translation>without deadline</translation>
        </message>
        <message>
            <source>beoordeling: %1</source>
            <translation>review: %1</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>ministerie</source>
            <translation>ministry</translation>
        </message>
        <message>
            <source>bewindspersoon</source>
            <translation>minister</translation>
        </message>
        <message>
            <source>fractie</source>
            <translation>party</translation>
        </message>
        <message>
            <source>document: %1</source>
            <translation>document: %1</translation>
        </message>
        <message>
            <source>zoekterm ‘%1’</source>
            <translation>search term ‘%1’</translation>
        </message>
        <message>
            <source>alle toezeggingen</source>
            <translation>all commitments</translation>
        </message>
    </context>
    <context>
        <name>FollowDialog</name>
        <message>
            <source>Volgen</source>
            <translation>Follow</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Commissie</source>
            <translation>Committee</translation>
        </message>
        <message>
            <source>Ministerie</source>
            <translation>Ministry</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Ophalen haalt de nieuwe antwoorden en mondelinge toezeggingen op van wat u hier volgt.</source>
            <translation>Fetch gets the new answers and oral commitments of what you follow here.</translation>
        </message>
        <message>
            <source>Soort volgen</source>
            <translation>Follows</translation>
        </message>
        <message>
            <source>Waarde</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Wat u volgt</source>
            <translation>What you follow</translation>
        </message>
        <message>
            <source>Wat volgen</source>
            <translation>What to follow</translation>
        </message>
        <message>
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Verwijderen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>De lijst kon niet worden gelezen: %1</source>
            <translation>The list could not be read: %1</translation>
        </message>
        <message>
            <source>Alleen de gevolgde soorten documenten worden opgehaald.</source>
            <translation>Only the followed kinds of document are fetched.</translation>
        </message>
        <message>
            <source>U volgt geen soort: de standaardsoorten met antwoorden van de regering gelden (%1).</source>
            <translation>You follow no kind: the default kinds with the government's answers apply (%1).</translation>
        </message>
        <message>
            <source>bijvoorbeeld 32637</source>
            <translation>for example 32637</translation>
        </message>
        <message>
            <source>naam of afkorting van de commissie</source>
            <translation>name or abbreviation of the committee</translation>
        </message>
        <message>
            <source>bijvoorbeeld OCW</source>
            <translation>for example OCW</translation>
        </message>
        <message>
            <source>soort document</source>
            <translation>kind of document</translation>
        </message>
    </context>
    <context>
        <name>HintsController</name>
        <message>
            <source>&amp;Suggesties…</source>
            <translation>&amp;Suggestions…</translation>
        </message>
        <message>
            <source>Documenten die open toezeggingen lijken na te komen: accepteren of afwijzen</source>
            <translation>Documents that seem to keep open commitments: accept or dismiss</translation>
        </message>
        <message>
            <source>&amp;Suggesties (%1)…</source>
            <translation>&amp;Suggestions (%1)…</translation>
        </message>
        <message>
            <source>%1 suggestie</source>
            <translation>%1 suggestion</translation>
        </message>
        <message>
            <source>%1 suggesties</source>
            <translation>%1 suggestions</translation>
        </message>
    </context>
    <context>
        <name>HintsDialog</name>
        <message>
            <source>Suggesties</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>Nieuw geïmporteerde documenten die open toezeggingen lijken na te komen. Accepteren markeert de toezegging als voldaan, met het document als bewijs en de datum van het document.</source>
            <translation>Newly imported documents that seem to keep open commitments. Accepting marks the commitment fulfilled, with the document as evidence and the document's date.</translation>
        </message>
        <message>
            <source>&amp;Accepteren</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>De gekozen toezeggingen als voldaan markeren, met het document als bewijs</source>
            <translation>Mark the chosen commitments fulfilled, with the document as evidence</translation>
        </message>
        <message>
            <source>A&amp;fwijzen</source>
            <translation>&amp;Dismiss</translation>
        </message>
        <message>
            <source>De gekozen suggesties afwijzen; ze komen niet terug</source>
            <translation>Dismiss the chosen suggestions; they do not come back</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Suggesties lezen</source>
            <translation>Reading suggestions</translation>
        </message>
        <message>
            <source>Er zijn geen suggesties die op een besluit wachten.</source>
            <translation>There are no suggestions waiting for a decision.</translation>
        </message>
        <message>
            <source>%1 suggestie accepteren</source>
            <translation>Accept %1 suggestion</translation>
        </message>
        <message>
            <source>%1 suggesties accepteren</source>
            <translation>Accept %1 suggestions</translation>
        </message>
        <message>
            <source>suggestie accepteren: voldaan, met het document als bewijs</source>
            <translation>accept the suggestion: fulfilled, with the document as evidence</translation>
        </message>
        <message>
            <source>%1 toezegging gemarkeerd als voldaan.</source>
            <translation>%1 commitment marked fulfilled.</translation>
        </message>
        <message>
            <source>%1 toezeggingen gemarkeerd als voldaan.</source>
            <translation>%1 commitments marked fulfilled.</translation>
        </message>
        <message>
            <source>%1 suggestie niet geaccepteerd: de toezegging is niet meer open.</source>
            <translation>%1 suggestion not accepted: the commitment is no longer open.</translation>
        </message>
        <message>
            <source>%1 suggesties niet geaccepteerd: de toezeggingen zijn niet meer open.</source>
            <translation>%1 suggestions not accepted: the commitments are no longer open.</translation>
        </message>
        <message>
            <source>%1 suggestie afwijzen</source>
            <translation>Dismiss %1 suggestion</translation>
        </message>
        <message>
            <source>%1 suggesties afwijzen</source>
            <translation>Dismiss %1 suggestions</translation>
        </message>
        <message>
            <source>%1 suggestie afgewezen.</source>
            <translation>%1 suggestion dismissed.</translation>
        </message>
        <message>
            <source>%1 suggesties afgewezen.</source>
            <translation>%1 suggestions dismissed.</translation>
        </message>
        <message>
            <source>‘%1’ ongedaan maken of opnieuw doen</source>
            <translation>undo or redo ‘%1’</translation>
        </message>
    </context>
    <context>
        <name>HouseStatusBar</name>
        <message>
            <source>&amp;Overnemen</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>De status van de Kamer als onze status vastleggen</source>
            <translation>Record the House's status as ours</translation>
        </message>
        <message>
            <source>&amp;Negeren</source>
            <translation>&amp;Dismiss</translation>
        </message>
        <message>
            <source>Onze status houden; de melding verdwijnt</source>
            <translation>Keep our status; the report goes away</translation>
        </message>
        <message>
            <source>De Kamer meldt: %1 — overnemen?</source>
            <translation>The House reports: %1 — accept?</translation>
        </message>
        <message>
            <source>De Kamer meldt: %1 — overnemen als ‘%2’?</source>
            <translation>The House reports: %1 — accept as ‘%2’?</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Documenten importeren</source>
            <translation>Import documents</translation>
        </message>
        <message>
            <source>Documenten (%1);;Alle bestanden (*)</source>
            <translation>Documents (%1);;All files (*)</translation>
        </message>
        <message>
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Geen documenten gevonden die de tracker kan lezen.</source>
            <translation>No documents found that the tracker can read.</translation>
        </message>
        <message>
            <source>Documenten importeren…</source>
            <translation>Importing documents…</translation>
        </message>
        <message>
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stoppen na het huidige bestand…</source>
            <translation>Stopping after the current file…</translation>
        </message>
        <message>
            <source>Bestand %1 van %2: %3</source>
            <translation>File %1 of %2: %3</translation>
        </message>
        <message>
            <source>%1 toezegging gevonden</source>
            <translation>%1 commitment found</translation>
        </message>
        <message>
            <source>%1 toezeggingen gevonden</source>
            <translation>%1 commitments found</translation>
        </message>
        <message>
            <source>lezen…</source>
            <translation>reading…</translation>
        </message>
        <message>
            <source>toezeggingen zoeken…</source>
            <translation>finding commitments…</translation>
        </message>
        <message>
            <source>opslaan…</source>
            <translation>storing…</translation>
        </message>
        <message>
            <source>(%1 s)</source>
            <translation>(%1 s)</translation>
        </message>
        <message>
            <source>De import is mislukt.</source>
            <translation>The import failed.</translation>
        </message>
        <message>
            <source>%1: geweigerd — %2</source>
            <translation>%1: refused — %2</translation>
        </message>
        <message>
            <source>%1: al eerder geïmporteerd, overgeslagen</source>
            <translation>%1: imported before, skipped</translation>
        </message>
        <message>
            <source>%1: nieuwe versie, %2 bijgewerkt, %3 toegevoegd, %4 niet meer gevonden</source>
            <translation>%1: new version, %2 updated, %3 added, %4 no longer found</translation>
        </message>
        <message>
            <source>%1 toezegging geïmporteerd</source>
            <translation>%1 commitment imported</translation>
        </message>
        <message>
            <source>%1 toezeggingen geïmporteerd</source>
            <translation>%1 commitments imported</translation>
        </message>
        <message>
            <source>%1 toezegging toegevoegd.</source>
            <translation>%1 commitment added.</translation>
        </message>
        <message>
            <source>%1 toezeggingen toegevoegd.</source>
            <translation>%1 commitments added.</translation>
        </message>
        <message>
            <source>%1 openstaande toezegging lijkt nu voldaan: zie Suggesties.</source>
            <translation>%1 open commitment now looks fulfilled: see Suggestions.</translation>
        </message>
        <message>
            <source>%1 openstaande toezeggingen lijken nu voldaan: zie Suggesties.</source>
            <translation>%1 open commitments now look fulfilled: see Suggestions.</translation>
        </message>
        <message>
            <source>Geïmporteerd: %1 · bijgewerkt: %2 · overgeslagen: %3 · geweigerd: %4</source>
            <translation>Imported: %1 · updated: %2 · skipped: %3 · refused: %4</translation>
        </message>
        <message>
            <source>%1: niet meer gevonden in de nieuwe versie: %2</source>
            <translation>%1: no longer found in the new version: %2</translation>
        </message>
        <message>
            <source>… en %1 andere bestanden (zie details)</source>
            <translation>… and %1 other files (see details)</translation>
        </message>
        <message>
            <source>Import voltooid</source>
            <translation>Import complete</translation>
        </message>
        <message>
            <source>Import gestopt</source>
            <translation>Import stopped</translation>
        </message>
        <message>
            <source>De import is gestopt na %1 van %2 bestanden. De bestanden die al verwerkt waren, zijn opgeslagen.</source>
            <translation>The import stopped after %1 of %2 files. The files already processed have been saved.</translation>
        </message>
        <message>
            <source>%1 bestand niet verwerkt.</source>
            <translation>%1 file not processed.</translation>
        </message>
        <message>
            <source>%1 bestanden niet verwerkt.</source>
            <translation>%1 files not processed.</translation>
        </message>
        <message>
            <source>Niet verwerkt: %1</source>
            <translation>Not processed: %1</translation>
        </message>
        <message>
            <source>%1 document noemt geen datum: de termijnen tellen vanaf vandaag.</source>
            <translation>%1 document states no date: its due dates count from today.</translation>
        </message>
        <message>
            <source>%1 documenten noemen geen datum: de termijnen tellen vanaf vandaag.</source>
            <translation>%1 documents state no date: their due dates count from today.</translation>
        </message>
        <message>
            <source>Geef de datum op via Bestand › Datum van document opgeven…</source>
            <translation>Give the date with File › Give document date…</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <source>De database %1 kon niet worden bijgewerkt: de schijf is vol (of het bestand mag niet groter worden).</source>
            <translation>The database %1 could not be updated: the disk is full (or the file may not grow any larger).</translation>
        </message>
        <message>
            <source>De database %1 kon niet worden bijgewerkt: een ander programma (de tracker van een collega, een synchronisatie of een back-up) houdt het bestand bezet. Probeer het zo opnieuw.</source>
            <translation>The database %1 could not be updated: another program (a colleague's tracker, a sync or a backup) holds the file. Try again in a moment.</translation>
        </message>
        <message>
            <source>De database %1 weigerde deze wijziging: uw login mag dat niet (lezer leest, medewerker wijzigt, beheerder verwijdert en voegt samen).</source>
            <translation>The database %1 refused this change: your login may not make it (lezer reads, medewerker changes, beheerder deletes and merges).</translation>
        </message>
        <message>
            <source>De database %1 kon niet worden bijgewerkt: het bestand of de map is alleen-lezen.</source>
            <translation>The database %1 could not be updated: the file or its folder is read-only.</translation>
        </message>
        <message>
            <source>De database %1 kon niet worden bijgewerkt: de schijf weigerde het schrijven (is hij vol?).</source>
            <translation>The database %1 could not be updated: the disk refused the write (is it full?).</translation>
        </message>
        <message>
            <source>Wat u net deed is niet opgeslagen; alles wat eerder was opgeslagen blijft bewaard.</source>
            <translation>What you just did was not saved; everything saved before is kept.</translation>
        </message>
        <message>
            <source>%1 ligt in de toekomst of is geen bruikbare datum.</source>
            <translation>%1 lies in the future or is not a usable date.</translation>
        </message>
    </context>
    <context>
        <name>ListFlow</name>
        <message>
            <source>De toezeggingen konden niet worden gelezen.</source>
            <translation>The commitments could not be read.</translation>
        </message>
        <message>
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Laden… %1 van %2</source>
            <translation>Loading… %1 of %2</translation>
        </message>
        <message>
            <source>Bijgewerkt met wijzigingen van anderen</source>
            <translation>Updated with changes made by others</translation>
        </message>
        <message>
            <source>Het filter kon niet worden toegepast.</source>
            <translation>The filter could not be applied.</translation>
        </message>
        <message>
            <source>%1 van %2 toezeggingen</source>
            <translation>%1 of %2 commitments</translation>
        </message>
        <message>
            <source>Nog geen toezeggingen. Importeer schriftelijke antwoorden met Bestand › Importeren… (Ctrl+I), of sleep bestanden op dit venster.</source>
            <translation>No commitments yet. Import written answers with File › Import… (Ctrl+I), or drag files onto this window.</translation>
        </message>
        <message>
            <source>Geen toezeggingen bij deze filters. ‘Alles tonen’ wist ze.</source>
            <translation>No commitments match these filters. ‘Show all’ clears them.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Toezeggingen</source>
            <translation>Commitments</translation>
        </message>
    </context>
    <context>
        <name>ManualCommitmentDialog</name>
        <message>
            <source>Toezegging maken</source>
            <translation>Create commitment</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Geselecteerde tekst</source>
            <translation>Selected text</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Citaat:</source>
            <translation>Quote:</translation>
        </message>
        <message>
            <source>Maken</source>
            <translation>Create</translation>
        </message>
    </context>
    <context>
        <name>MarkDialog</name>
        <message>
            <source>Toezegging markeren</source>
            <translation>Mark commitment</translation>
        </message>
        <message>
            <source>Huidige status: %1</source>
            <translation>Current status: %1</translation>
        </message>
        <message>
            <source>Toezeggingen markeren</source>
            <translation>Mark commitments</translation>
        </message>
        <message>
            <source>%1 toezeggingen</source>
            <translation>%1 commitments</translation>
        </message>
        <message>
            <source>… en %1 andere</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <source>Heropenen (open)</source>
            <translation>Reopen (open)</translation>
        </message>
        <message>
            <source>Wanneer de toezegging is nagekomen of vervallen</source>
            <translation>When the commitment was fulfilled or lapsed</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: de Kamer is per brief geïnformeerd.</source>
            <translation>For example: the House was informed by letter.</translation>
        </message>
        <message>
            <source>Kamerstuk (bijvoorbeeld 32 637, nr. 460) of een URL</source>
            <translation>Parliamentary paper (for example 32 637, nr. 460) or a URL</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Toelichting:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Bewijs:</source>
            <translation>&amp;Evidence:</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Toezeggingen samenvoegen</source>
            <translation>Merge commitments</translation>
        </message>
        <message>
            <source>De twee toezeggingen worden één. Kies de titel die blijft; de bronnen en de geschiedenis van beide komen bij deze toezegging.</source>
            <translation>The two commitments become one. Choose the title to keep; the sources and history of both move to this commitment.</translation>
        </message>
        <message>
            <source>Behoud: %1</source>
            <translation>Keep: %1</translation>
        </message>
        <message>
            <source>Samenvoegen</source>
            <translation>Merge</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>mrt</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <source>jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>okt</source>
            <translation>Oct</translation>
        </message>
        <message>
            <source>nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>dec</source>
            <translation>Dec</translation>
        </message>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Toezeggingen per ministerie</source>
            <translation>Commitments per ministry</translation>
        </message>
        <message>
            <source>Open toezeggingen per maand van de termijn</source>
            <translation>Open commitments by month due</translation>
        </message>
        <message>
            <source>Klik op een balk om die toezeggingen in de lijst te tonen.</source>
            <translation>Click a bar to show those commitments in the list.</translation>
        </message>
        <message>
            <source>(geen ministerie)</source>
            <translation>(no ministry)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Voldaan</source>
            <translation>Fulfilled</translation>
        </message>
        <message>
            <source>Open, termijn in deze maand</source>
            <translation>Open, due this month</translation>
        </message>
        <message>
            <source>Te laat, termijn in deze maand</source>
            <translation>Overdue, due in this month</translation>
        </message>
        <message>
            <source>Nog geen toezeggingen om te tonen.</source>
            <translation>No commitments to show yet.</translation>
        </message>
        <message>
            <source>Open: %1 · te laat: %2 · voldaan: %3 · open met termijn in de komende %4 maanden: %5</source>
            <translation>Open: %1 · overdue: %2 · fulfilled: %3 · open and due in the next %4 months: %5</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Wachtwoord voor de database</source>
            <translation>Database password</translation>
        </message>
        <message>
            <source>De server van de gedeelde database vraagt om een wachtwoord:</source>
            <translation>The server of the shared database asks for a password:</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Het wachtwoord wordt niet bewaard; het geldt tot u het programma sluit. Wie het niet steeds wil intikken, zet het in het bestand .pgpass.</source>
            <translation>The password is not stored; it holds until you close the program. To avoid typing it each time, put it in the file .pgpass.</translation>
        </message>
        <message>
            <source>Gebruiker:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Verbinden</source>
            <translation>Connect</translation>
        </message>
    </context>
    <context>
        <name>RedateFlow</name>
        <message>
            <source>Het document kon niet worden gelezen.</source>
            <translation>The document could not be read.</translation>
        </message>
        <message>
            <source>Datum van de antwoorden</source>
            <translation>Date of the answers</translation>
        </message>
        <message>
            <source>Het document noemt zelf de datum van de antwoorden (%1); de termijnen tellen vanaf die dag.</source>
            <translation>The document states the date of its answers itself (%1); due dates count from that day.</translation>
        </message>
        <message>
            <source>%1 van %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Termijnen van ‘%1’ opnieuw lezen vanaf %2…</source>
            <translation>Reading the due dates of ‘%1’ again from %2…</translation>
        </message>
        <message>
            <source>‘%1’ noemt zelf een datum; de termijnen blijven vanaf die dag tellen.</source>
            <translation>‘%1’ states a date of its own; its due dates keep counting from that day.</translation>
        </message>
        <message>
            <source>‘%2’: de termijnen tellen nu vanaf %3; %1 toezegging bijgewerkt.</source>
            <translation>‘%2’: due dates now count from %3; %1 commitment updated.</translation>
        </message>
        <message>
            <source>‘%2’: de termijnen tellen nu vanaf %3; %1 toezeggingen bijgewerkt.</source>
            <translation>‘%2’: due dates now count from %3; %1 commitments updated.</translation>
        </message>
        <message>
            <source>De datum van het document kon niet worden opgegeven.</source>
            <translation>The date of the document could not be given.</translation>
        </message>
    </context>
    <context>
        <name>ReferenceDateDialog</name>
        <message>
            <source>Datum van de antwoorden</source>
            <translation>Date of the answers</translation>
        </message>
        <message>
            <source>Het document noemt geen datum. Termijnen als ‘binnen drie maanden’ tellen vanaf deze datum.</source>
            <translation>The document states no date. Deadlines like ‘within three months’ count from this date.</translation>
        </message>
        <message>
            <source>Het document noemt geen datum; eerder is %1 opgegeven. Termijnen als ‘binnen drie maanden’ tellen vanaf deze datum.</source>
            <translation>The document states no date; %1 was given before. Deadlines like ‘within three months’ count from this date.</translation>
        </message>
        <message>
            <source>De dag waarop de antwoorden zijn gegeven</source>
            <translation>The day the answers were given</translation>
        </message>
        <message>
            <source>&amp;Datum van de antwoorden:</source>
            <translation>&amp;Date of the answers:</translation>
        </message>
        <message>
            <source>Annuleren: de termijnen blijven tellen vanaf %1.</source>
            <translation>Cancel: due dates keep counting from %1.</translation>
        </message>
        <message>
            <source>Annuleren: de termijnen blijven tellen vanaf de dag van de import (%1).</source>
            <translation>Cancel: due dates keep counting from the day of the import (%1).</translation>
        </message>
        <message>
            <source>Annuleren: de termijnen blijven tellen vanaf de dag van de import.</source>
            <translation>Cancel: due dates keep counting from the day of the import.</translation>
        </message>
        <message>
            <source>Datum gebruiken</source>
            <translation>Use date</translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>Document %1</translation>
        </message>
        <message>
            <source>%1 ligt in de toekomst. Geef de dag waarop de antwoorden zijn gegeven (uiterlijk vandaag).</source>
            <translation>%1 lies in the future. Give the day the answers were given (today at the latest).</translation>
        </message>
        <message>
            <source>%1 ligt voor %2: klopt het jaar?</source>
            <translation>%1 is before %2: is the year right?</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Herstellen uit back-up</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Kies de back-up die u wilt terugzetten. De huidige database wordt eerst zelf als back-up bewaard (of, als hij beschadigd is, opzij gezet): er gaat niets verloren. Back-ups staan in %1.</source>
            <translation>Choose the backup to restore. The current database is first kept as a backup itself (or, when it is damaged, moved aside): nothing is lost. Backups are in %1.</translation>
        </message>
        <message>
            <source>Back-ups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>&amp;Herstellen…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Er zijn nog geen back-ups van %1.</source>
            <translation>There are no backups of %1 yet.</translation>
        </message>
        <message>
            <source>De database vervangen door de back-up van %1 (%2 toezeggingen, %3 statuswijzigingen)?</source>
            <translation>Replace the database by the backup of %1 (%2 commitments, %3 status changes)?</translation>
        </message>
        <message>
            <source>De huidige database wordt eerst als back-up bewaard.</source>
            <translation>The current database is first kept as a backup.</translation>
        </message>
        <message>
            <source>Herstellen is niet gelukt: %1</source>
            <translation>Restoring did not succeed: %1</translation>
        </message>
    </context>
    <context>
        <name>Selection</name>
        <message>
            <source>Deze toezegging kon niet worden gelezen.</source>
            <translation>This commitment could not be read.</translation>
        </message>
        <message>
            <source>De toezegging kon niet worden gelezen.</source>
            <translation>The commitment could not be read.</translation>
        </message>
    </context>
    <context>
        <name>ServerErrors</name>
        <message>
            <source>De verbinding met de server %1 ging verloren; de wijziging is niet opgeslagen. Probeer het opnieuw: het programma maakt zelf weer verbinding.</source>
            <translation>The connection to the server %1 was lost; the change was not saved. Try again: the program reconnects by itself.</translation>
        </message>
        <message>
            <source>De verbinding met de server %1 ging verloren tijdens het opslaan en de server is nog niet terug: of de wijziging is opgeslagen, is niet bekend. Kijk het na zodra de server terug is.</source>
            <translation>The connection to the server %1 was lost while saving and the server is not back yet: whether the change was saved is not known. Check once the server is back.</translation>
        </message>
        <message>
            <source>De server %1 is niet bereikbaar; er is niets gewijzigd. Probeer het zo opnieuw.</source>
            <translation>The server %1 cannot be reached; nothing was changed. Try again in a moment.</translation>
        </message>
        <message>
            <source>De server %1 brak de opdracht af omdat die te lang duurde (statement_timeout); er is niets gewijzigd.</source>
            <translation>The server %1 cancelled the statement because it took too long (statement_timeout); nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Systeemtaal</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Een andere taal gaat in na het herstarten.</source>
            <translation>A change of language takes effect after a restart.</translation>
        </message>
        <message>
            <source>Naam in de geschiedenis</source>
            <translation>Name in the history</translation>
        </message>
        <message>
            <source>Wordt bij elke statuswijziging vastgelegd, zodat collega's zien wie het was</source>
            <translation>Recorded with every status change, so colleagues can see who it was</translation>
        </message>
        <message>
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Standaard voor het filter Binnen N dagen</source>
            <translation>Default for the Within N days filter</translation>
        </message>
        <message>
            <source>&amp;Taal:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Naam in de geschiedenis:</source>
            <translation>&amp;Name in the history:</translation>
        </message>
        <message>
            <source>&amp;Binnen N dagen:</source>
            <translation>&amp;Within N days:</translation>
        </message>
        <message>
            <source>Ophalen:</source>
            <translation>Fetch:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Bij het starten o&amp;phalen, hoogstens eens per</source>
            <translation>&amp;Fetch at start, at most once every</translation>
        </message>
        <message>
            <source> uur</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>Hoogstens eens per zoveel uur ophalen</source>
            <translation>Fetch at most once every so many hours</translation>
        </message>
        <message>
            <source>Adres van de open data</source>
            <translation>Address of the open data</translation>
        </message>
        <message>
            <source>Leeg: de open data van de Tweede Kamer zelf; of het adres van een spiegel</source>
            <translation>Empty: the House of Representatives' own open data; or the address of a mirror</translation>
        </message>
        <message>
            <source>Adres:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Geen webadres: %1 (verwacht https://server/OData/v4/2.0)</source>
            <translation>Not a web address: %1 (expected https://server/OData/v4/2.0)</translation>
        </message>
        <message>
            <source>&amp;Standaard (dit apparaat)</source>
            <translation>&amp;Default (this device)</translation>
        </message>
        <message>
            <source>&amp;Andere:</source>
            <translation>&amp;Other:</translation>
        </message>
        <message>
            <source>Database (URL of bestand)</source>
            <translation>Database (URL or file)</translation>
        </message>
        <message>
            <source>postgresql://gebruiker@server:5432/toezeggingen</source>
            <translation>postgresql://user@server:5432/commitments</translation>
        </message>
        <message>
            <source>Een gedeelde database op een server (postgresql://gebruiker@server:poort/naam) of een databasebestand (sqlite:///pad of een pad)</source>
            <translation>A shared database on a server (postgresql://user@server:port/name) or a database file (sqlite:///path or a path)</translation>
        </message>
        <message>
            <source>&amp;Verbinding testen</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>Een andere database wordt geopend na het herstarten. Wachtwoorden worden niet bewaard: zet ze in .pgpass, of geef ze als erom wordt gevraagd bij het starten.</source>
            <translation>Another database is opened after a restart. Passwords are not stored: put them in .pgpass, or give them when asked at start.</translation>
        </message>
        <message>
            <source>Nu gaat TRACKER_DB voor: %1</source>
            <translation>TRACKER_DB takes precedence now: %1</translation>
        </message>
        <message>
            <source>Het wachtwoord in de URL wordt niet bewaard; zet het in .pgpass of geef het bij het starten.</source>
            <translation>The password in the URL is not stored; put it in .pgpass or give it at start.</translation>
        </message>
        <message>
            <source>Geef een URL of een bestand op.</source>
            <translation>Give a URL or a file.</translation>
        </message>
        <message>
            <source>Databasebestand: %1</source>
            <translation>Database file: %1</translation>
        </message>
        <message>
            <source>Nieuw databasebestand, wordt bij het starten gemaakt: %1</source>
            <translation>New database file, made at start: %1</translation>
        </message>
        <message>
            <source>Verbinden met %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>De server is bereikbaar en vraagt om een wachtwoord; dat wordt bij het starten gevraagd (of zet het in .pgpass).</source>
            <translation>The server can be reached and asks for a password; it is asked for at start (or put it in .pgpass).</translation>
        </message>
        <message>
            <source>Geen verbinding: %1</source>
            <translation>No connection: %1</translation>
        </message>
        <message>
            <source>Verbonden. De database is nog leeg; ze wordt bij het starten ingericht.</source>
            <translation>Connected. The database is still empty; it is set up at start.</translation>
        </message>
        <message>
            <source>Verbonden: %1 toezeggingen (schemaversie %2).</source>
            <translation>Connected: %1 commitments (schema version %2).</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Er wordt al opgehaald.</source>
            <translation>Already fetching.</translation>
        </message>
        <message>
            <source>Zoeken naar nieuwe documenten…</source>
            <translation>Looking for new documents…</translation>
        </message>
        <message>
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Ophalen</source>
            <translation>Fetch</translation>
        </message>
        <message>
            <source>Ophalen…</source>
            <translation>Fetching…</translation>
        </message>
        <message>
            <source>Stoppen…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Ophalen wordt gestopt…</source>
            <translation>Stopping the fetch…</translation>
        </message>
        <message>
            <source>Documenten downloaden…</source>
            <translation>Downloading documents…</translation>
        </message>
        <message>
            <source>Documenten importeren…</source>
            <translation>Importing documents…</translation>
        </message>
        <message>
            <source>Mondelinge toezeggingen ophalen…</source>
            <translation>Fetching oral commitments…</translation>
        </message>
        <message>
            <source>Klaar.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <source>Gevonden: %1 · gedownload: %2 · geïmporteerd: %3</source>
            <translation>Found: %1 · downloaded: %2 · imported: %3</translation>
        </message>
        <message>
            <source>%1 toezegging gevonden</source>
            <translation>%1 commitment found</translation>
        </message>
        <message>
            <source>%1 toezeggingen gevonden</source>
            <translation>%1 commitments found</translation>
        </message>
        <message>
            <source>%1 mondeling</source>
            <translation>%1 oral</translation>
        </message>
        <message>
            <source>Ophalen: %1 van %2 documenten geïmporteerd</source>
            <translation>Fetching: %1 of %2 documents imported</translation>
        </message>
        <message>
            <source>Ophalen is mislukt.</source>
            <translation>Fetching failed.</translation>
        </message>
        <message>
            <source>%1 documenten gevonden, %2 gedownload, %3 geïmporteerd (%4 al in het register).</source>
            <translation>%1 documents found, %2 downloaded, %3 imported (%4 already in the register).</translation>
        </message>
        <message>
            <source>Mondelinge toezeggingen: %1 nieuw, %2 bijgewerkt.</source>
            <translation>Oral commitments: %1 new, %2 updated.</translation>
        </message>
        <message>
            <source>%1 document is door de Kamer ingetrokken.</source>
            <translation>%1 document was withdrawn by the House.</translation>
        </message>
        <message>
            <source>%1 documenten zijn door de Kamer ingetrokken.</source>
            <translation>%1 documents were withdrawn by the House.</translation>
        </message>
        <message>
            <source>De Kamer meldt bij %1 toezegging een andere status: overnemen of negeren kan bij de toezegging.</source>
            <translation>The House reports another status for %1 commitment: accept or dismiss it at the commitment.</translation>
        </message>
        <message>
            <source>De Kamer meldt bij %1 toezeggingen een andere status: overnemen of negeren kan bij elke toezegging.</source>
            <translation>The House reports another status for %1 commitments: accept or dismiss it at each commitment.</translation>
        </message>
        <message>
            <source>Gestopt. Wat al binnen was, is bewaard; de volgende keer gaat het verder.</source>
            <translation>Stopped. What had come in is kept; the next fetch continues from there.</translation>
        </message>
        <message>
            <source>Voortijdig gestopt: %1</source>
            <translation>Stopped early: %1</translation>
        </message>
        <message>
            <source>%1 document kon niet worden verwerkt:</source>
            <translation>%1 document could not be processed:</translation>
        </message>
        <message>
            <source>%1 documenten konden niet worden verwerkt:</source>
            <translation>%1 documents could not be processed:</translation>
        </message>
        <message>
            <source>… en %1 andere (zie details)</source>
            <translation>… and %1 more (see details)</translation>
        </message>
        <message>
            <source>Ophalen gestopt</source>
            <translation>Fetch stopped</translation>
        </message>
        <message>
            <source>Ophalen voltooid</source>
            <translation>Fetch complete</translation>
        </message>
        <message>
            <source>Opgehaald: %1 documenten geïmporteerd.</source>
            <translation>Fetched: %1 documents imported.</translation>
        </message>
    </context>
    <context>
        <name>TabsFlow</name>
        <message>
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Het overzicht kon niet worden berekend.</source>
            <translation>The overview could not be calculated.</translation>
        </message>
        <message>
            <source>Termijn in %1</source>
            <translation>Due in %1</translation>
        </message>
        <message>
            <source>Nog geen toezeggingen, dus nog geen document. Importeer schriftelijke antwoorden met Bestand › Importeren… (Ctrl+I).</source>
            <translation>No commitments yet, so no document. Import written answers with File › Import… (Ctrl+I).</translation>
        </message>
        <message>
            <source>Geen toezeggingen bij deze filters.</source>
            <translation>No commitments match these filters.</translation>
        </message>
        <message>
            <source>Deze toezegging heeft geen brondocument.</source>
            <translation>This commitment has no source document.</translation>
        </message>
        <message>
            <source>Het document kon niet worden gelezen.</source>
            <translation>The document could not be read.</translation>
        </message>
    </context>
    <context>
        <name>UnreachableDialog</name>
        <message>
            <source>Toezeggingen</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>De gedeelde database is niet bereikbaar.</source>
            <translation>The shared database cannot be reached.</translation>
        </message>
        <message>
            <source>Controleer de netwerkverbinding (of VPN) en probeer het opnieuw, of werk voorlopig in de database op dit apparaat. Wat daar wordt vastgelegd, komt niet vanzelf in de gedeelde database.</source>
            <translation>Check the network connection (or VPN) and try again, or work in the database on this device for now. What is recorded there does not reach the shared database by itself.</translation>
        </message>
        <message>
            <source>&amp;Opnieuw proberen</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <source>&amp;Lokale database openen</source>
            <translation>Open the &amp;local database</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Importeren…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Schriftelijke antwoorden importeren (tekst, Word, HTML, PDF, XML); bestanden of mappen kunnen ook op het venster worden gesleept</source>
            <translation>Import written answers (text, Word, HTML, PDF, XML); files or folders can also be dragged onto the window</translation>
        </message>
        <message>
            <source>&amp;Ophalen</source>
            <translation>&amp;Fetch</translation>
        </message>
        <message>
            <source>Nieuwe antwoorden en mondelinge toezeggingen ophalen uit de open data van de Tweede Kamer, voor wat u volgt</source>
            <translation>Fetch new answers and oral commitments from the House of Representatives' open data, for what you follow</translation>
        </message>
        <message>
            <source>Vo&amp;lgen…</source>
            <translation>Fo&amp;llow…</translation>
        </message>
        <message>
            <source>Kiezen welke dossiers, commissies, ministeries en soorten u volgt</source>
            <translation>Choose which dossiers, committees, ministries and kinds you follow</translation>
        </message>
        <message>
            <source>Datum van document &amp;opgeven…</source>
            <translation>Give document &amp;date…</translation>
        </message>
        <message>
            <source>De datum van de antwoorden opgeven voor het document van de gekozen toezegging, als het document er zelf geen noemt: termijnen als ‘binnen drie maanden’ tellen dan vanaf die dag</source>
            <translation>Give the date of the answers for the chosen commitment's document, if the document states none of its own: deadlines like ‘within three months’ then count from that day</translation>
        </message>
        <message>
            <source>Te laat &amp;exporteren…</source>
            <translation>&amp;Export overdue…</translation>
        </message>
        <message>
            <source>Alle toezeggingen die vandaag te laat zijn exporteren (Excel, CSV of agenda)</source>
            <translation>Export every commitment that is overdue today (Excel, CSV or calendar)</translation>
        </message>
        <message>
            <source>&amp;Huidige weergave exporteren…</source>
            <translation>Export current &amp;view…</translation>
        </message>
        <message>
            <source>De toezeggingen die de lijst nu toont exporteren (Excel, CSV of agenda)</source>
            <translation>Export the commitments the list now shows (Excel, CSV or calendar)</translation>
        </message>
        <message>
            <source>&amp;Instellingen…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Taal, naam in de geschiedenis en het aantal dagen voor ‘Binnen’</source>
            <translation>Language, name in the history and the number of days for ‘Within’</translation>
        </message>
        <message>
            <source>&amp;Herstellen uit back-up…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>De database vervangen door een back-up; de huidige wordt eerst bewaard</source>
            <translation>Replace the database by a backup; the current one is kept first</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>De laatste wijziging ongedaan maken</source>
            <translation>Undo the last change</translation>
        </message>
        <message>
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>De ongedaan gemaakte wijziging opnieuw doen</source>
            <translation>Redo the change that was undone</translation>
        </message>
        <message>
            <source>&amp;Markeren…</source>
            <translation>&amp;Mark…</translation>
        </message>
        <message>
            <source>De status van de gekozen toezeggingen wijzigen (voldaan, deels voldaan, vervallen of heropenen), met datum, toelichting en bewijs</source>
            <translation>Change the status of the chosen commitments (fulfilled, partly fulfilled, lapsed or reopened), with a date, note and evidence</translation>
        </message>
        <message>
            <source>&amp;Bevestigen</source>
            <translation>&amp;Confirm</translation>
        </message>
        <message>
            <source>Bevestigen dat de gekozen toezeggingen echte toezeggingen zijn</source>
            <translation>Confirm that the chosen commitments are real commitments</translation>
        </message>
        <message>
            <source>A&amp;fwijzen</source>
            <translation>&amp;Reject</translation>
        </message>
        <message>
            <source>De gekozen vondsten afwijzen: geen toezegging. Ze blijven bewaard maar verdwijnen uit de lijst</source>
            <translation>Reject the chosen finds as not a commitment. They are kept but disappear from the list</translation>
        </message>
        <message>
            <source>Be&amp;werken…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Titel, termijn, ministerie en bewindspersoon aanpassen</source>
            <translation>Change the title, due date, ministry and minister</translation>
        </message>
        <message>
            <source>&amp;Termijn aanpassen…</source>
            <translation>Change &amp;due date…</translation>
        </message>
        <message>
            <source>De uiterste datum met de hand corrigeren; de termijn uit de tekst blijft staan</source>
            <translation>Correct the due date by hand; the deadline as written in the text is kept</translation>
        </message>
        <message>
            <source>&amp;Samenvoegen…</source>
            <translation>Mer&amp;ge…</translation>
        </message>
        <message>
            <source>Twee gekozen toezeggingen samenvoegen tot één, met beide bronnen</source>
            <translation>Merge two chosen commitments into one, keeping both sources</translation>
        </message>
        <message>
            <source>&amp;Verwijderen…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <source>De gekozen toezeggingen verwijderen (na bevestiging; ongedaan te maken)</source>
            <translation>Delete the chosen commitments (after confirmation; can be undone)</translation>
        </message>
        <message>
            <source>&amp;Document tonen</source>
            <translation>&amp;Show document</translation>
        </message>
        <message>
            <source>Het brondocument tonen met alle toezeggingen erin gemarkeerd</source>
            <translation>Show the source document with all its commitments highlighted</translation>
        </message>
        <message>
            <source>&amp;Publicatie openen</source>
            <translation>Open &amp;publication</translation>
        </message>
        <message>
            <source>Het brondocument openen op officielebekendmakingen.nl</source>
            <translation>Open the source document on officielebekendmakingen.nl</translation>
        </message>
        <message>
            <source>&amp;Vandaag</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>Open toezeggingen die te laat zijn of binnenkort verlopen</source>
            <translation>Open commitments that are overdue or due soon</translation>
        </message>
        <message>
            <source>&amp;Alles tonen</source>
            <translation>Show &amp;all</translation>
        </message>
        <message>
            <source>Alle filters en de zoekterm wissen</source>
            <translation>Clear all filters and the search term</translation>
        </message>
        <message>
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Lijst</source>
            <translation>&amp;List</translation>
        </message>
        <message>
            <source>&amp;Overzicht</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Document</translation>
        </message>
        <message>
            <source>&amp;Over Toezeggingen</source>
            <translation>&amp;About Commitments</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Toezegging</source>
            <translation>&amp;Commitment</translation>
        </message>
        <message>
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Werkbalk</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>Uw login %1 (%2) mag dit niet: daarvoor is de rol %3 nodig</source>
            <translation>Your login %1 (%2) may not do this: it needs the role %3</translation>
        </message>
        <message>
            <source>geen rol van de tracker</source>
            <translation>no tracker role</translation>
        </message>
        <message>
            <source>Ingelogd als %1 (%2)</source>
            <translation>Logged in as %1 (%2)</translation>
        </message>
        <message>
            <source>lezer: lezen en exporteren, niets wijzigen</source>
            <translation>lezer: reads and exports, changes nothing</translation>
        </message>
        <message>
            <source>medewerker: markeren, beoordelen, bewerken en importeren; verwijderen en samenvoegen mag alleen een beheerder</source>
            <translation>medewerker: marks, reviews, edits and imports; only a beheerder may delete and merge</translation>
        </message>
        <message>
            <source>beheerder: alles, ook verwijderen, samenvoegen en het register bijwerken</source>
            <translation>beheerder: everything, also deleting, merging and updating the register</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Lijst</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Details van de toezegging</source>
            <translation>Commitment details</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Aantal getoonde toezeggingen</source>
            <translation>Number of commitments shown</translation>
        </message>
        <message>
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Het filter op de maand van de termijn wissen</source>
            <translation>Clear the filter on the month due</translation>
        </message>
        <message>
            <source>%1 te laat · %2 termijn binnenkort</source>
            <translation>%1 overdue · %2 due soon</translation>
        </message>
        <message>
            <source>Toezeggingen</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>Klik om te sorteren; rechtsklik om kolommen te tonen of te verbergen</source>
            <translation>Click to sort; right-click to show or hide columns</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Toezeggingen</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>Er kon geen back-up van de database worden gemaakt. De database is wel geopend.</source>
            <translation>No backup of the database could be made. The database was opened all the same.</translation>
        </message>
        <message>
            <source>Er ging iets onverwachts mis.</source>
            <translation>Something unexpected went wrong.</translation>
        </message>
        <message>
            <source>Dit wachtwoord is niet geaccepteerd. Probeer het opnieuw.</source>
            <translation>This password was not accepted. Try again.</translation>
        </message>
        <message>
            <source>Het register wordt bijgewerkt voor deze versie (eenmalig): %1 van %2</source>
            <translation>Updating the register for this version (once): %1 of %2</translation>
        </message>
        <message>
            <source>De database kan niet worden geopend.</source>
            <translation>The database cannot be opened.</translation>
        </message>
    </context>
    <context>
        <name>conflicts</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Beoordeling</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Termijn</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Ministerie</source>
            <translation>Ministry</translation>
        </message>
        <message>
            <source>Bewindspersoon</source>
            <translation>Minister</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Bewijs</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>(leeg)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Met de hand gemaakt</source>
            <translation>Made by hand</translation>
        </message>
        <message>
            <source>#%1 hierin samengevoegd</source>
            <translation>#%1 merged into this one</translation>
        </message>
        <message>
            <source>Samengevoegd met #%1</source>
            <translation>Merged into #%1</translation>
        </message>
        <message>
            <source>Verwijderd</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Teruggezet</source>
            <translation>Put back</translation>
        </message>
        <message>
            <source>Bijgewerkt uit een nieuwe versie van het document</source>
            <translation>Updated from a new version of the document</translation>
        </message>
        <message>
            <source>toelichting: %1</source>
            <translation>note: %1</translation>
        </message>
        <message>
            <source>bewijs: %1</source>
            <translation>evidence: %1</translation>
        </message>
        <message>
            <source>(ongedaan gemaakt)</source>
            <translation>(undone)</translation>
        </message>
        <message>
            <source>(opnieuw gedaan)</source>
            <translation>(redone)</translation>
        </message>
        <message>
            <source>(suggestie geaccepteerd)</source>
            <translation>(suggestion accepted)</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Intussen samengevoegd met #%1.</source>
            <translation>Meanwhile merged into #%1.</translation>
        </message>
        <message>
            <source>Intussen verwijderd.</source>
            <translation>Meanwhile deleted.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>first_run</name>
        <message>
            <source>Voorbeelddocument importeren?</source>
            <translation>Import the sample document?</translation>
        </message>
        <message>
            <source>Het register is nog leeg. Voorbeelddocument importeren?</source>
            <translation>The register is still empty. Import the sample document?</translation>
        </message>
        <message>
            <source>Het voorbeeld is een schriftelijk antwoord aan de Kamer (Kamerstuk 32 637, nr. 448) met toezeggingen en termijnen. U kunt de toezeggingen later gewoon afwijzen of laten staan.</source>
            <translation>The sample is a written answer to Parliament (Parliamentary paper 32 637, no. 448) with commitments and due dates. You can reject its commitments later or keep them.</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nee</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>hints</name>
        <message>
            <source>Het document zegt een toezegging na te komen</source>
            <translation>The document says it keeps a commitment</translation>
        </message>
        <message>
            <source> en verwijst naar %1</source>
            <translation> and refers to %1</translation>
        </message>
        <message>
            <source>Latere brief in hetzelfde dossier over hetzelfde onderwerp</source>
            <translation>Later letter in the same dossier on the same subject</translation>
        </message>
        <message>
            <source>De Kamer noemt deze brief als nakoming</source>
            <translation>The House names this letter as the fulfilment</translation>
        </message>
        <message>
            <source>Toezegging</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Nieuw document</source>
            <translation>New document</translation>
        </message>
        <message>
            <source>Waarom</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <source>maand</source>
            <translation>month</translation>
        </message>
        <message>
            <source>kwartaal</source>
            <translation>quarter</translation>
        </message>
        <message>
            <source>halfjaar</source>
            <translation>half-year</translation>
        </message>
        <message>
            <source>seizoen</source>
            <translation>season</translation>
        </message>
        <message>
            <source>jaar</source>
            <translation>year</translation>
        </message>
        <message>
            <source>vaag</source>
            <translation>vague</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Voldaan</source>
            <translation>Fulfilled</translation>
        </message>
        <message>
            <source>Deels voldaan</source>
            <translation>Partly fulfilled</translation>
        </message>
        <message>
            <source>Vervallen</source>
            <translation>Lapsed</translation>
        </message>
        <message>
            <source>Te beoordelen</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Bevestigd</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Afgewezen</source>
            <translation>Rejected</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>Voor bijwerken (schema %1)</source>
            <translation>Before upgrade (schema %1)</translation>
        </message>
        <message>
            <source>Dagelijks</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Wekelijks</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Met de hand</source>
            <translation>By hand</translation>
        </message>
        <message>
            <source>Voor herstellen</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <source>Gemaakt op</source>
            <translation>Taken on</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Toezeggingen</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Statuswijzigingen</source>
            <translation>Status changes</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Deze back-up is niet te gebruiken: %1</source>
            <translation>This backup cannot be used: %1</translation>
        </message>
        <message>
            <source>De database is beschadigd of niet te lezen.</source>
            <translation>The database is damaged or cannot be read.</translation>
        </message>
        <message>
            <source>Het bestand wordt niet gewijzigd. U kunt een back-up terugzetten; het beschadigde bestand wordt dan opzij gezet, niet verwijderd.</source>
            <translation>The file is not changed. You can restore a backup; the damaged file is then moved aside, not deleted.</translation>
        </message>
        <message>
            <source>Het bestand wordt niet gewijzigd. Er zijn geen back-ups van dit bestand.</source>
            <translation>The file is not changed. There are no backups of this file.</translation>
        </message>
        <message>
            <source>Herstellen uit back-up…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
    </context>
</TS>
