"""Dutch word lists the rules are built from: verbs, participles and nouns of government prose.

Kept apart from the rules so that a reader can see, and extend, what the
extractor knows about the language.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Infinitives that can close the verb cluster after zal/zullen/gaan/willen/blijven.
INFINITIVES = _words(
    """
    aanbieden aanpassen aanpakken aanscherpen aansluiten aanvragen aanwijzen afronden afspreken
    agenderen analyseren bekijken benutten beoordelen bepalen beperken berichten
    besluiten bespreken bestuderen betrekken bevorderen bewaken bezien zien bieden bijdragen
    bijstellen brengen continueren controleren delen doen doorrekenen doorvoeren evalueren
    faciliteren financieren gaan geven handhaven helpen herzien houden implementeren indienen
    informeren inlichten inrichten instellen intensiveren introduceren inventariseren investeren
    inzetten kijken komen lanceren leggen leveren maken meedelen meenemen melden monitoren
    nagaan nemen onderzoeken ondersteunen ontwikkelen opdragen opleveren oppakken opnemen
    opstellen opstarten opvolgen opzetten organiseren overleggen overwegen plaatsvinden
    presenteren publiceren realiseren regelen rapporteren sluiten starten stellen stimuleren
    sturen toelichten toesturen toetsen toezenden uitbreiden uitbrengen uitdragen uitvoeren
    uitwerken uitzetten uitzoeken vastleggen vaststellen verbeteren verduidelijken verhogen
    verkennen verlengen verleggen versterken verstrekken versturen vervolgen verzoeken voeren
    volgen voorbereiden voorleggen voortzetten vragen vrijmaken wijzigen zenden zetten zoeken
    zorgen benaderen oproepen aanspreken uitnodigen bespoedigen versnellen verruimen
    vereenvoudigen inventariseren herijken actualiseren terugkomen laten treden trekken
    betalen compenseren subsidiëren uitkeren verdelen toekennen openstellen aankondigen
    voorstellen beantwoorden voorzien borgen waarborgen bewerkstelligen invoeren
    afschaffen schrappen intrekken ophogen verlagen aanbesteden contracteren inkopen
    uitrollen opschalen benoemen aanstellen werven werken
    """
)
# Verbs that do not announce an act: being, seeming, and what forecasts say about
# the world ("de vraag zal toenemen", "dit zal gevolgen hebben").
COPULAS = _words("zijn wezen lijken blijken heten")
FORECAST_VERBS = _words(
    """
    toenemen afnemen stijgen dalen groeien krimpen oplopen teruglopen verbeteren verslechteren
    veranderen leiden ontstaan verdwijnen meevallen tegenvallen uitpakken hebben kosten bedragen
    duren bestaan blijven gelden liggen zitten staan vallen slagen lukken bijdragen zorgen
    vergroten verkleinen verminderen toenemen worden kunnen moeten mogen maken kiezen
    verschuiven afhangen voorkomen optreden gebeuren merken ervaren voelen
    """
)
# Verbs that describe the answer itself ("ik wil benadrukken", "ik zal hieronder toelichten").
DISCOURSE_VERBS = _words(
    """
    benadrukken opmerken aangeven vooropstellen wijzen onderstrepen herhalen zeggen melden
    toelichten ingaan stellen verduidelijken verwijzen danken bedanken vermelden erkennen
    beantwoorden schetsen uiteenzetten noemen memoreren constateren concluderen samenvatten
    """
)

# Participles of acts the government announces with a present passive
# ("wordt een portaal ingericht"). Tier A: the form alone announces the act.
ACTION_PARTICIPLES_A = (
    r"ingericht|opgericht|ingesteld|geëvalueerd|beschikbaar\s+(?:gesteld|gemaakt)|vrijgemaakt|"
    r"gelanceerd|in\s+gesprek\s+gegaan|in\s+overleg\s+getreden|nagegaan|bezien|uitgezocht|"
    r"geïnventariseerd|uitgewerkt|opgeleverd|opgezet|verkend|meegenomen\s+(?:in|bij)|"
    r"gevraagd\s+(?:om|te)|verzocht\s+(?:om|te)|uitgenodigd\s+(?:om|te)|in\s+(?:internet)?consultatie\s+gebracht|"
    r"aan\s+(?:uw|de)\s+kamer\s+(?:aangeboden|gestuurd|verzonden|toegezonden)"
)
# Tier B: the same form also describes standing practice ("de data worden
# bijgewerkt"), so it announces something only with a time ahead, "er", an
# indefinite subject or "naar verwachting".
ACTION_PARTICIPLES_B = (
    r"ontwikkeld|opgesteld|onderzocht|gestart|opgestart|voortgezet|verlengd|uitgebreid|aangepast|"
    r"ingevoerd|herzien|gepubliceerd|verstuurd|verzonden|aangeboden|gesproken|besproken|"
    r"georganiseerd|gehouden|afgerond|uitgevoerd|bekeken|geïmplementeerd|vastgesteld|ingediend|"
    r"aangescherpt|uitgerold|gerealiseerd|in\s+kaart\s+gebracht|in\s+beeld\s+gebracht|"
    r"opgepakt|geagendeerd|voorbereid|gemonitord|geactualiseerd|geïntensiveerd|versterkt|"
    r"gefinancierd|verstrekt|toegekend|opengesteld|gepresenteerd|gekeken|overlegd|verbeterd"
)

# A past participle: ge-...-d/t/en, prefixed verbs (be-, ver-, ont-, her-, er-),
# separable verbs (op-ge-leverd, in-ge-richt) and Latinate -eerd forms.
PARTICIPLE = re.compile(
    r"\b(?:\w*ge[\wëï]+(?:d|t|en)|(?:be|ver|ont|her|er|mis)\w+(?:d|t|en)|\w+eerd|bezien|"
    r"herzien|voorzien)\b",
    re.IGNORECASE,
)

# Present forms of action verbs, for "Voor de zomer stuur ik ..." and "In 2022 start ik ...".
PRESENT_ACTION_VERBS = (
    r"stuur|stuurt|sturen|start|starten|begin|begint|beginnen|evalueer|evalueert|evalueren|"
    r"publiceer|publiceert|publiceren|presenteer|presenteert|presenteren|organiseer|organiseert|"
    r"organiseren|informeer|informeert|informeren|dien|dient|dienen|kom|komt|komen|neem|neemt|"
    r"nemen|verken|verkent|verkennen|onderzoek|onderzoekt|onderzoeken|richt|richten|stel|stelt|"
    r"stellen|breng|brengt|brengen|leg|legt|leggen|bied|biedt|bieden|zend|zendt|zenden|lanceer|"
    r"lanceert|lanceren|voer|voert|voeren|werk|werkt|werken|ontwikkel|ontwikkelt|ontwikkelen|"
    r"pas|past|passen|wijzig|wijzigt|wijzigen|verleng|verlengt|verlengen|verhoog|verhoogt|"
    r"verhogen|investeer|investeert|investeren|trek|trekt|trekken|maak|maakt|maken|zet|zetten|"
    r"treed|treedt|treden|vraag|vraagt|vragen|bespreek|bespreekt|bespreken|overleg|overlegt|"
    r"overleggen|sluit|sluiten|rond|rondt|ronden|lever|levert|leveren|open|opent|openen|"
    r"houd|houdt|houden|geef|geeft|geven|verstrek|verstrekt|verstrekken|ondersteun|ondersteunt|"
    r"ondersteunen|financier|financiert|financieren|schrijf|schrijft|schrijven|bezie|beziet|"
    r"herzie|herziet|kijk|kijkt|kijken|verstuur|verstuurt|versturen|rapporteer|rapporteert|"
    r"rapporteren|besluit|besluiten|zoek|zoekt|zoeken|voorzie|voorziet|voorzien|verzoek|verzoekt|"
    r"verzoeken|inventariseer|inventariseert|inventariseren|monitor|monitort|monitoren|"
    r"implementeer|implementeert|implementeren|introduceer|introduceert|introduceren|"
    r"werf|werft|werven"
)

# Nouns that name something the government delivers ("de reactie volgt").
DELIVERABLES = (
    r"reactie|kabinetsreactie|beleidsreactie|brief|kamerbrief|standpunt|kabinetsstandpunt|voorstel|"
    r"wetsvoorstel|evaluatie|rapportage|voortgangsrapportage|voortgangsbrief|nota|notitie|plan|"
    r"visie|uitwerking|besluit|onderzoek|rapport|eindrapport|agenda|actieplan|update|overzicht|"
    r"analyse|toelichting|informatie|appreciatie|verslag|stand\s+van\s+zaken|uitkomsten|"
    r"resultaten|advies|monitor|routekaart|wetswijziging|regeling|beleidsbrief|"
    r"beleidsdoorlichting|verkenning|kader|strategie|programma|handreiking|richtlijn|"
    r"uitvoeringstoets|uitvoeringsagenda|werkagenda|aanpak|campagne|portaal|website|"
    r"bericht|voortgangsbericht|halfjaarbericht|jaarverslag|begroting|voorjaarsnota|"
    r"miljoenennota|factsheet|cijfers|gegevens"
)

# Nouns for titles: participle -> action noun ("geëvalueerd" -> "Evaluatie").
PARTICIPLE_NOUNS: dict[str, str] = {
    "geëvalueerd": "Evaluatie",
    "ingericht": "Inrichting",
    "opgericht": "Oprichting",
    "ingesteld": "Instelling",
    "onderzocht": "Onderzoek",
    "gelanceerd": "Lancering",
    "gestart": "Start",
    "opgestart": "Start",
    "opgeleverd": "Oplevering",
    "uitgewerkt": "Uitwerking",
    "verkend": "Verkenning",
    "beschikbaar gemaakt": "Beschikbaar maken",
    "beschikbaar gesteld": "Beschikbaar stellen",
    "vrijgemaakt": "Vrijmaken",
    "voortgezet": "Voortzetting",
    "verlengd": "Verlenging",
    "uitgebreid": "Uitbreiding",
    "aangepast": "Aanpassing",
    "ingevoerd": "Invoering",
    "herzien": "Herziening",
    "ontwikkeld": "Ontwikkeling",
    "opgesteld": "Opstellen",
    "opgezet": "Opzet",
    "gepubliceerd": "Publicatie",
    "verstuurd": "Verzending",
    "verzonden": "Verzending",
    "aangeboden": "Aanbieding",
    "afgerond": "Afronding",
    "uitgevoerd": "Uitvoering",
    "geïnformeerd": "Kamer informeren",
    "nagegaan": "Nagaan",
    "bezien": "Bezien",
    "bekeken": "Bekijken",
    "gekeken": "Kijken",
    "gesproken": "Gesprek",
    "besproken": "Bespreking",
    "in gesprek gegaan": "Gesprekken",
    "georganiseerd": "Organisatie",
    "gehouden": "Houden",
    "geïnventariseerd": "Inventarisatie",
    "in kaart gebracht": "In kaart brengen",
    "in beeld gebracht": "In beeld brengen",
    "vastgesteld": "Vaststelling",
    "ingediend": "Indiening",
    "aangescherpt": "Aanscherping",
    "uitgerold": "Uitrol",
    "gerealiseerd": "Realisatie",
    "geïmplementeerd": "Implementatie",
    "meegenomen": "Meenemen",
    "gevraagd": "Verzoek",
    "verzocht": "Verzoek",
    "gemonitord": "Monitoring",
    "opengesteld": "Openstelling",
    "toegekend": "Toekenning",
    "verstrekt": "Verstrekking",
    "gepresenteerd": "Presentatie",
    "geïntroduceerd": "Introductie",
}
