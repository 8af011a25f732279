"""What stops a rule from counting: negation, conditions, forecasts, the past, talk about
the answer itself, reported speech, routines and the clause structure they are read in.

Each pattern opens with a screen (a lookahead or a word set) so that most sentences
are passed over fast; `cues.py` applies them to each firing.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.rules import GOV_AFTER

_I = re.IGNORECASE

# Words that open a subordinate clause: the subject of a verb-final clause follows them.
# (Each of the patterns below opens with a lookahead for the first characters its
# alternatives can start with: an equivalent pattern whose scan skips most positions fast.)
SUBORDINATOR = re.compile(
    r"(?=[dozwtihanvm])\b(?:dat|omdat|zodat|doordat|waardoor|terwijl|hoewel|nadat|zodra|wanneer|"
    r"indien|als|of|die|"
    r"welke|wie|wat|hoe|waarom|waarmee|waarbij|waarna|waarin|waarop|waarvoor|waarover|waaruit|"
    r"waarvan|voordat|totdat|opdat|mits|tenzij)\b",
    _I,
)
# Clause boundaries: strong punctuation, a comma before a conjunction or a finite verb.
CLAUSE_BREAK_PUNCTUATION_PATTERN = (
    r"\s*;\s*|:\s+|\s+[–—-]\s+"
    r"|,\s+(?=(?:maar|want|wel|en|of|dus|waarna|waarbij|waarmee|waardoor|waarin|waarop|zodat|"
    r"omdat|terwijl|hoewel|die|dat|welke|wat|zoals|als|indien|tenzij|mits|zodra|nadat|voordat|"
    r"zal|zullen|wordt|worden|is|zijn|ga|gaat|gaan|wil|willen|kan|kunnen|moet|moeten|heeft|"
    r"hebben|kom|komt|komen|stuur|informeer|ontvangt|zet|neem|blijft|blijven|volgt|werkt|"
    r"verwacht|laat|treedt|start|richt)\b)"
    # a second main clause of the government's own: "... vindt plaats en ik verwacht ..."
    r"|\s+(?=en\s+(?:ik|wij|we)\s)"
)
CLAUSE_BREAK_PUNCTUATION = re.compile(rf"(?=[\s;:,])(?:{CLAUSE_BREAK_PUNCTUATION_PATTERN})", _I)
CLAUSE_BREAK = re.compile(
    r"(?=[\s;:,])(?:"
    + CLAUSE_BREAK_PUNCTUATION_PATTERN
    + r"|\s+(?=(?:maar|want|waarna|welke|waarom|omdat|zodat|doordat|terwijl|hoewel)\b))",
    _I,
)
NEGATION = re.compile(
    r"(?=[nga])(?<![\w-])(?:niet(?!\s+(?:alleen|enkel|uitsluitend|eerder\s+dan|later\s+dan|meer\s+dan|minder\s+dan|"
    r"langer\s+dan))|geen|nooit|niets|geenszins|allerminst|nergens)\b(?!-)",
    _I,
)
CONDITIONAL = re.compile(
    r"(?:^|[,;]\s*)(?:als|indien|mocht|mochten|ingeval|in\s+het\s+geval\s+dat|tenzij|mits|"
    r"op\s+voorwaarde\s+dat|afhankelijk\s+van|alleen\s+als|pas\s+als)\b"
    r"(?!\s+(?:het\s+gaat|gevolg|onderdeel|kabinet|voorbeeld|zodanig|eerste|tweede|ook|"
    r"minister|staatssecretaris|voorzitter|zodanig|zo|dat\s+kan|wel|uitgangspunt|basis))",
    _I,
)
HYPOTHETICAL = re.compile(r"\b(?:zou|zouden|zoudt|zal\s+kunnen\s+worden\s+overwogen)\b", _I)
SELF_REFERENCE = re.compile(
    r"\b(?:hieronder|hierna|hierboven|onderstaand\w*|verderop|hierbij\s+(?:stuur|zend|bied|"
    r"ontvangt|informeer|doe)|(?:in|met)\s+deze\s+(?:brief|kamerbrief|beantwoording|nota|reactie|"
    r"antwoorden|nota\s+naar\s+aanleiding)|in\s+dit\s+(?:antwoord|verslag|schrijven)|"
    r"in\s+de\s+(?:volgende|onderstaande|navolgende)\s+(?:alinea|paragraaf|antwoorden|passage)|"
    r"(?:bij|in)\s+(?:de\s+beantwoording\s+van\s+|het\s+antwoord\s+op\s+|mijn\s+antwoord\s+op\s+)?"
    r"vra(?:ag|gen)\s+\d+|in\s+(?:het|mijn)\s+antwoord\s+op\s+(?:de\s+)?vra(?:ag|gen)|"
    r"in\s+het\s+vervolg\s+van\s+(?:deze|dit)|zoals\s+(?:hier)?(?:onder|na)\b|"
    r"(?:ga|gaat|gaan)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?in\s+op|ga\s+ik\s+in\b|"
    r"hieronder\s+volgt|als\s+volgt|bijgaand|"
    r"(?:stuur|zend|bied|ontvangt|doe|informeer)\s+(?:\S+\s+){0,4}?hierbij)\b",
    _I,
)
# This letter itself does what was promised: "stuur ik u hierbij", "Bijgaand ontvangt u".
FULFILMENT = re.compile(
    r"\b(?:stuur|zend|bied|ontvangt|doe|informeer)\b[^.;]{0,40}"
    r"\b(?:hierbij|bijgaand|met\s+deze\s+(?:kamer)?brief|in\s+deze\s+(?:kamer)?brief)\b"
    r"|\b(?:hierbij|bijgaand|met\s+deze\s+brief|in\s+deze\s+brief)\b[^.;]{0,40}"
    r"\b(?:stuur|zend|bied|ontvangt|informeer|doe)\b",
    _I,
)
REFERRAL = re.compile(
    r"\b(?:verwijs|verwijst|verwijzen)\b|\bzie\s+(?:het\s+|mijn\s+)?(?:antwoord|beantwoording)\b",
    _I,
)
QUESTION_REPHRASE = re.compile(
    r"^(?:u\s+vraagt|uw\s+vraag|de\s+leden\s+(?:van\s+de\s+\S+\s+)?(?:\S+-fractie\s+)?vragen|"
    r"deze\s+leden\s+vragen|zij\s+vragen|de\s+vragensteller\s+vraagt|in\s+de\s+vraag\s+wordt|"
    r"de\s+leden\s+\S+\s+vragen)\b",
    _I,
)
# The sentence reports what was said or decided before: "In de brief van 29 juni 2022 is
# aangegeven dat ...", "In mijn brief van 5 februari heb ik gemeld dat ..." (not "Zoals ...").
REPORTED = re.compile(
    r"^(?!zoals\b)(?:[^\s,]+\s+){0,12}?(?:is|werd|zijn|werden|heb|hebben|heeft)\s+(?:\S+\s+){0,6}?"
    r"(?:aangegeven|gemeld|aangekondigd|geschreven|uiteengezet|toegelicht|beschreven|vermeld|"
    r"meegedeeld|medegedeeld|bericht|besloten|afgesproken|geconcludeerd|toegezegd)\s*,?\s+"
    r"(?:dat|hoe|welke|of|waarom)\b",
    _I,
)
REPORTED_WORDS = frozenset(
    "aangegeven gemeld aangekondigd geschreven uiteengezet toegelicht beschreven vermeld "
    "meegedeeld medegedeeld bericht besloten afgesproken geconcludeerd toegezegd".split()
)
KEEPS_PROMISE = re.compile(
    r"\b(?:hiermee|daarmee|met\s+deze\s+(?:brief|beantwoording)|hierbij)\b[^.;]{0,40}?"
    r"\b(?:geef|geven|voldoe|voldoen|kom|komen)\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,30}?"
    r"\b(?:invulling\s+aan|aan|na)\b[^.;]{0,20}?\b(?:de|het|mijn|onze)\s+"
    r"(?:\w+\s+)?(?:toezegging|motie|verzoek|afspraak)",
    _I,
)
FORECAST_FRAME = re.compile(
    r"\b(?:de|het|mijn|onze)\s+verwachting\s+is\s+(?:\S+\s+){0,3}?dat\b"
    r"|\bis\s+de\s+verwachting\s+dat\b"
    r"|\b(?:verwacht|verwachten)\s+(?:\S+\s+){0,4}?dat\b"
    r"|\b(?:ik|wij|we|het\s+kabinet)\s+(?:verwacht|verwachten)\s+(?:\S+\s+){0,3}?dat\b",
    _I,
)
COMPARATIVE_FORECAST = re.compile(
    r"\bnaar\s+verwachting\b(?=.*\b(?:minder|meer|vaker|hogere?|lagere?|grotere?|kleinere?)\b)"
    r"|\b(?:minder|meer|vaker|hogere?|lagere?|grotere?|kleinere?)\b(?=.*\bnaar\s+verwachting\b)",
    _I,
)


def looks_participle(word: str) -> bool:
    """A cheap screen before the generic timed-passive rule's pattern."""
    return (
        len(word) > 5
        and word[-1] in "dt"
        and ("ge" in word or word.startswith("ver") or word.endswith("eerd"))
        and word not in NOT_ACTION_PARTICIPLES
    )


# Participles that describe, estimate or suffer rather than act ("wordt ... verwacht/geschat").
NOT_ACTION_PARTICIPLES = frozenset(
    """verwacht geschat geraamd genoemd beschouwd gezien gevreesd verondersteld voorspeld gedacht
    geacht gebaseerd bedoeld beïnvloed verklaard veroorzaakt geconfronteerd getroffen geraakt
    gedekt gedragen gevolgd gemeld gesteld gebleken geweest gehad geleden verloren vergeleken
    verantwoord gekenmerkt gedomineerd bepaald berekend""".split()
)
HEDGED = re.compile(
    r"\bnaar\s+verwachting\b(?=.*\b(?:kunnen|kan)\b)|\b(?:kunnen|kan)\b(?=.*\bnaar\s+verwachting\b)",
    _I,
)
# Outcomes in the world that are forecast, not delivered: "effecten", "de stijging"
OUTCOME = re.compile(
    r"\b(?:effect(?:en)?|gevolgen|impact|stijging|daling|groei|toename|afname|opbrengst(?:en)?|"
    r"besparing(?:en)?|kosten|aantal(?:len)?|tekort(?:en)?|instroom|uitstroom|prijs|prijzen|"
    r"vraag|aanbod|emissies?|uitstoot)\b",
    _I,
)
RESTRICTIVE_RELATIVE = re.compile(
    r"(?<![,;:(])\s(?:waarvoor|waarin|waarmee|waarbij|waarop|waarover|waaruit|waarvan)\s+"
    r"(?:(?:een|de|het|deze|die|dit)\s+)?[^\s,]+\s*$",
    _I,
)
MONTH_OR_YEAR = re.compile(
    r"\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|(?:19|20)\d\d|dit|volgend|komend|van\s+het)\b",
    _I,
)
# Words that make a present passive an act under way rather than a standing practice.
UNDER_WAY = re.compile(
    r"\b(?:momenteel|op\s+dit\s+moment|thans|nu|inmiddels|nader|verder|binnenkort|"
    r"naar\s+aanleiding\s+van|daarom|hiervoor|daarvoor|op\s+korte\s+termijn|aanvullend|"
    r"alsnog|opnieuw|ook)\b",
    _I,
)
# Participles of working something out: as much how things are done as an act.
PROCESS_PARTICIPLE = re.compile(r"uitgewerkt|bezien|nagegaan|verkend|uitgezocht|gekeken", _I)
REFLEXIVE = re.compile(r"\b(?:mij|me|ons|zich)\b", _I)
SUBORDINATE_START = re.compile(
    r"\s*(?:waarbij|waarin|waarmee|waardoor|waarop|zodat|omdat|terwijl|doordat)\b", _I
)
PERFECT_AUX = re.compile(r"\b(?:heeft|hebben|heb|had|hadden)\b", _I)
FUTURE_AUX = re.compile(r"\b(?:zal|zullen|wil|willen|ga|gaat|gaan|ben|is|zijn)\b", _I)
PAST_AUX = re.compile(r"\b(?:werd|werden|was|waren|had|hadden|heeft|hebben|heb)\b", _I)
MODAL_BEFORE = re.compile(
    r"\b(?:kan|kunnen|kun|moet|moeten|mag|mogen|dient|dienen|zou|zouden|te|lijkt|lijken|blijkt)\s*$",
    _I,
)
ADVERBIAL_START = re.compile(
    r"^(?:in|op|met|voor|vóór|na|bij|door|om|vanaf|tot|over|naar|uit|tijdens|binnen|sinds|via|"
    r"volgens|ondanks|dankzij|conform|zoals|ook|daarnaast|daarom|daarbij|hierbij|hiervoor|"
    r"daarvoor|hiermee|daarmee|hierover|daarover|hier|daar|dan|nu|zo|wel|verder|bovendien|tevens|"
    r"uiteraard|inmiddels|momenteel|nog|eind|begin|medio|vervolgens|tot\s+slot|allereerst|"
    r"ten\s+\w+|echter|immers|dus|bijvoorbeeld|concreet|samen|tegelijkertijd|daarna|eerst|"
    r"vandaar|graag|zeker|vanzelfsprekend|binnenkort|spoedig|komend|volgend|dit\s+jaar|"
    r"deze\s+(?:zomer|week|maand|winter)|dit\s+(?:voorjaar|najaar)|ja|nee|kortom|aldus|"
    r"mede|onder\s+meer|onder\s+andere|eveneens|overigens|wellicht|mogelijk|q[1-4]|\d+|"
    r"het\s+komende|de\s+komende|aanvullend|specifiek|tot\s+die\s+tijd|zodoende|"
    r"vooruitlopend|naar\s+aanleiding|rond|omstreeks|uiterlijk|halverwege|later|"
    r"opnieuw|alsnog|voortaan|vanuit|namens|gezien|gelet|omwille|ter|tegen|onder|boven|"
    r"achter|naast|zonder|wat|hoe|waar)\b",
    _I,
)
INVERTED_FIRST_PERSON = re.compile(r"\s*(ik|wij|we)\b", _I)
LEFT_PRONOUN = re.compile(r"\s*(?:ik|wij|we|hij|zij)\s*", _I)
PRONOUN_SUBJECT = re.compile(
    rf"^\s*(?:{GOV_AFTER}|u|jij|je|hij|zij|ze|men|de\s+staatssecretarissen|de\s+ministers|"
    r"het\s+ministerie|mijn\s+ministerie|ons\s+ministerie|de\s+bewindspersonen)\b",
    _I,
)
DOOR_AGENT = re.compile(
    r"\b(?:door|onder\s+(?:coördinatie|leiding|regie|verantwoordelijkheid|aansturing)\s+van)\s+"
    r"(?!middel\b|te\b|het\s+(?:feit|gebrek|ontbreken)\b|de\s+(?:corona\w*|crisis)\b)"
    r"(?P<agent>[^,;:()]{1,140})",
    _I,
)
# "in de voortgangsbrief", "in een brief": a later document, not this answer
NAMES_DOCUMENT = re.compile(
    rf"\b(?:in|bij)\s+(?:de|een|mijn|het|onze)\s+(?:(?:volgende|komende|eerstvolgende|nieuwe|"
    rf"aangekondigde|jaarlijkse)\s+)?\w*(?:{lexicon.DELIVERABLES})\b",
    _I,
)
# the words each sentence-level blocker needs (a screen before its regex)
CONDITIONAL_WORDS = frozenset(
    "als indien mocht mochten ingeval geval tenzij mits voorwaarde afhankelijk alleen pas".split()
)
SELF_REFERENCE_WORDS = frozenset(
    "hieronder hierna hierboven onderstaand onderstaande verderop hierbij bijgaand deze dit "
    "volgende "
    "navolgende vraag vragen antwoord vervolg zoals ga gaat gaan volgt".split()
)
FORECAST_WORDS = frozenset({"verwachting", "verwacht", "verwachten"})
REFERRAL_WORDS = frozenset({"verwijs", "verwijst", "verwijzen", "zie"})
BREAK_CHARS = re.compile(r"[,;:–—]|\s-\s|\sen\s+(?:ik|wij|we)\s")
BREAK_WORDS = frozenset(
    {"maar", "want", "waarna", "welke", "waarom", "omdat", "zodat", "doordat", "terwijl", "hoewel"}
)
PAREN = re.compile(r"\([^()]*\)")
CITATION = re.compile(
    r"\([^()]{0,200}?\b(?:[Bb]rief|[Kk]amerbrief|Kamerstuk(?:ken)?|Stcrt|Stb|Handelingen|"
    r"Aanhangsel)\b[^()]{0,200}\)"
)
# An inserted "zoals"-clause between commas is read like parentheses: "Het wetsvoorstel
# wordt, zoals in mijn brief van 7 maart aangekondigd, in het voorjaar ingediend."
RELATIVE_WORDS = frozenset(
    "die dat welke waarin waarmee waarbij waarvan waarop waarover waarna waardoor".split()
)
INSERTED_RELATIVE = re.compile(
    r"(?<=\w),\s+(?P<rel>(?:die|dat|welke|waarin|waarmee|waarbij|waarvan|waarop|waarover|waarna|"
    r"waardoor)\s+[^,;:()]{1,140}?),(?=\s+[a-zà-ÿ])"
)
INSERTED_ZOALS = re.compile(r"(?:,|^)\s*zoals\s+[^,;:()]{1,150},(?=\s)", _I)
INFINITIVE_END = re.compile(r"\b(\w+en)\b", _I)
EXPLETIVE_ER = re.compile(r"^\s*er\b", _I)

# The sentence says what a bill or regulation does: "Met dit wetsvoorstel krijgt het college
# een permanente status", "Door deze wijziging wordt de drempel verlaagd".
BILL_EFFECT = re.compile(
    r"^(?:met|door|op\s+grond\s+van|dankzij|krachtens)\s+(?:dit|deze|het|de)\s+(?:\w+\s+)?"
    r"(?:wetsvoorstel|wet|wetswijziging|instellingswet|voorstel|wijziging|regeling|amvb|"
    r"besluit|novelle|nota\s+van\s+wijziging|\w+wet)\b",
    _I,
)
