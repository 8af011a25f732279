"""Word lists the titler is built from: which words may not open or close a title,
which infinitives and participles have an action noun, and which nouns say too
little to stand alone ("de voortgang", "de besluiten").

Kept apart from `titles.py` so that a reader can see, and extend, what the
titler knows about Dutch headings.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PRONOUNS = _words(
    """
    ik wij we mij me ons onze mijn jij je u uw zij ze hij hem haar hun hen zich zichzelf
    ikzelf wijzelf het dit dat deze die er men iedereen
    """
)
CONJUNCTIONS = _words(
    """
    en of maar want dus omdat doordat zodat terwijl als indien wanneer waarbij waarmee waarin
    waarop waarna waardoor hoewel opdat nadat voordat zoals alsook noch
    """
)
AUXILIARIES = _words(
    """
    zal zullen zult wordt worden werd werden is zijn was waren ben bent kan kunnen kunt
    moet moeten mag mogen wil willen heeft hebben had hadden ga gaat gaan blijft blijf
    komt kom laat laten
    """
)
ADVERBS = _words(
    """
    daarom daarnaast ook nog verder graag bovendien momenteel inderdaad uiteraard zeker eerst
    dan nu wel tevens reeds al inmiddels daar hier daarbij hierbij immers echter vervolgens
    zo bijvoorbeeld mede hierover daarover hiervoor daarvoor hiermee daarmee hierop daarop
    hieraan daaraan hierin daarin voorts concreet actief opnieuw alsnog spoedig binnenkort
    niet ja nee enerzijds anderzijds terug mogelijk wellicht inhoudelijk voorafgaand samen
    nader overigens eveneens vervolgens erop eraan ervoor erover erin ermee verwacht
    uiteindelijk tenslotte slot allereerst ten
    """
)
PREPOSITIONS = _words(
    """
    in op met voor na bij door om over naar uit aan tot tijdens binnen via volgens conform
    vanaf vanuit tegen zonder onder boven tussen rond rondom omtrent jegens namens middels
    te vóór per sinds
    """
)
# Words a title may not start with: it would read as a fragment ("Daarom onderzoeken").
NOT_FIRST = PRONOUNS | CONJUNCTIONS | AUXILIARIES | ADVERBS | PREPOSITIONS
# Words a title may not end on: the phrase they open is missing ("... over de").
NOT_LAST = (
    CONJUNCTIONS
    | PREPOSITIONS
    | _words("de het een van dit dat deze die zich er hoe wat welke wie waar mij me ons")
    | AUXILIARIES
)

# Action nouns of infinitives: "zal ... uitwerken" -> "Uitwerking ...".
INFINITIVE_NOUNS: dict[str, str] = {
    "onderzoeken": "Onderzoek",
    "evalueren": "Evaluatie",
    "uitwerken": "Uitwerking",
    "verkennen": "Verkenning",
    "inventariseren": "Inventarisatie",
    "ontwikkelen": "Ontwikkeling",
    "publiceren": "Publicatie",
    "monitoren": "Monitoring",
    "invoeren": "Invoering",
    "aanpassen": "Aanpassing",
    "herzien": "Herziening",
    "uitbreiden": "Uitbreiding",
    "afronden": "Afronding",
    "voorbereiden": "Voorbereiding",
    "bespreken": "Bespreking",
    "inrichten": "Inrichting",
    "oprichten": "Oprichting",
    "instellen": "Instelling",
    "lanceren": "Lancering",
    "verlengen": "Verlenging",
    "vaststellen": "Vaststelling",
    "implementeren": "Implementatie",
    "realiseren": "Realisatie",
    "presenteren": "Presentatie",
    "actualiseren": "Actualisatie",
    "analyseren": "Analyse",
    "aanscherpen": "Aanscherping",
    "uitrollen": "Uitrol",
    "organiseren": "Organisatie",
    "opleveren": "Oplevering",
    "voortzetten": "Voortzetting",
    "wijzigen": "Wijziging",
    "versterken": "Versterking",
    "verbeteren": "Verbetering",
    "afwegen": "Afweging",
    "heroverwegen": "Heroverweging",
    "toetsen": "Toetsing",
    "indienen": "Indiening",
    "adviseren": "Advies",
    "afdekken": "Afdekking",
    "toevoegen": "Toevoeging",
    "doorsturen": "Doorsturen",
    "spreiden": "Spreiding",
    "verdelen": "Verdeling",
    "inzetten": "Inzet",
    "afhandelen": "Afhandeling",
}
# Action nouns of past participles the lexicon does not list ("afgewogen" -> "Afweging").
EXTRA_PARTICIPLE_NOUNS: dict[str, str] = {
    "in consultatie gebracht": "Consultatie",
    "in internetconsultatie gebracht": "Internetconsultatie",
    "afgewogen": "Afweging",
    "heroverwogen": "Heroverweging",
    "afgedekt": "Afdekking",
    "toegevoegd": "Toevoeging",
    "doorgestuurd": "Doorsturen",
    "gespreid": "Spreiding",
    "verdeeld": "Verdeling",
    "gewijzigd": "Wijziging",
    "getoetst": "Toetsing",
    "geanalyseerd": "Analyse",
    "geactualiseerd": "Actualisatie",
    "versterkt": "Versterking",
    "verbeterd": "Verbetering",
    "opgenomen": "Opname",
    "aangewezen": "Aanwijzing",
    "geborgd": "Borging",
    "gerealiseerd": "Realisatie",
}
# Nouns that say too little without what they are about: "over de voortgang".
VAGUE_NOUNS = _words(
    """
    voortgang besluiten besluit uitkomsten uitkomst resultaten resultaat stand ontwikkelingen
    ontwikkeling activiteiten gesprekken gesprek overleggen overleg kwestie zaak onderwerp
    mogelijkheid mogelijkheden bevindingen plannen vervolg punt punten signalen
    """
)
# Adjectives that point back: "de bijbehorende aansluitopties", "de genoemde maatregelen".
POINTING_ADJECTIVES = re.compile(
    r"\b(?:bijbehorende|genoemde|bovengenoemde|desbetreffende|betreffende|voornoemde)\s+", re.I
)
# Nouns that belong to a meeting: "Deze overleggen" is about the talks named before.
MEETING_NOUNS = _words(
    "overleg overleggen gesprek gesprekken bijeenkomst bijeenkomsten sessie sessies"
)


def first_word(title: str) -> str:
    m = re.match(r"\s*([\wÀ-ÿ'-]+)", title)
    return m.group(1).lower() if m else ""
