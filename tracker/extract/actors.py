"""Who acts in a clause, and which minister and ministry a commitment belongs to.

Two jobs:

* `classify` says what kind of actor a noun phrase names: the government ("ik",
  "het kabinet", "de Minister van OCW", "het Ministerie van SZW"), an executive
  agency that is part of a ministry (RVO, DUO, Rijkswaterstaat), a third party
  (gemeenten, the EU, universities, UWV, SBB, NZa ...), the House, an abstract
  "world" noun that forecasts are made about ("de vraag", "het aantal"), or
  something unknown.
* `resolve_actor` turns the actor of a commitment into a display name and a
  ministry abbreviation ("Minister van OCW", "OCW"), resolving "ik/wij", a bare
  "de Minister" and passive sentences through the document header and the
  question's addressee.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from tracker.documents.model import Document, Exchange


class ActorKind(StrEnum):
    GOVERNMENT = "government"  # minister, staatssecretaris, kabinet, ministry, ik/wij
    AGENCY = "agency"  # an executive agency inside a ministry (RVO, DUO, RWS ...)
    THIRD = "third"  # gemeenten, EU, universiteiten, UWV, NZa, werkgevers ...
    HOUSE = "house"  # de (Tweede) Kamer, uw Kamer, u
    WORLD = "world"  # abstract nouns forecasts are about: de vraag, het aantal, de kosten
    ANAPHOR = "anaphor"  # deze, die, dit, zij: points back to something named earlier
    NONE = "none"  # a passive without "door ...": nobody else is named
    UNKNOWN = "unknown"


# Full ministry names (current and recent) and ministers' portfolios -> abbreviation.
# Longest names first so "Economische Zaken en Klimaat" wins over "Economische Zaken".
MINISTRY_NAMES: dict[str, str] = {
    "Economische Zaken en Klimaat": "EZK",
    "Economische Zaken, Landbouw en Innovatie": "EL&I",
    "Economische Zaken": "EZ",
    "Onderwijs, Cultuur en Wetenschap": "OCW",
    "Onderwijs Cultuur en Wetenschap": "OCW",
    "Sociale Zaken en Werkgelegenheid": "SZW",
    "Binnenlandse Zaken en Koninkrijksrelaties": "BZK",
    "Volksgezondheid, Welzijn en Sport": "VWS",
    "Volksgezondheid Welzijn en Sport": "VWS",
    "Infrastructuur en Waterstaat": "IenW",
    "Infrastructuur en Milieu": "IenM",
    "Financiën": "FIN",
    "Justitie en Veiligheid": "JenV",
    "Veiligheid en Justitie": "VenJ",
    "Buitenlandse Zaken": "BZ",
    "Buitenlandse Handel en Ontwikkelingssamenwerking": "BZ",
    "Defensie": "DEF",
    "Landbouw, Natuur en Voedselkwaliteit": "LNV",
    "Landbouw, Visserij, Voedselzekerheid en Natuur": "LVVN",
    "Algemene Zaken": "AZ",
    "Klimaat en Groene Groei": "KGG",
    "Volkshuisvesting en Ruimtelijke Ordening": "VRO",
    "Asiel en Migratie": "AenM",
    # ministers and state secretaries "voor" a portfolio inside a ministry
    "Klimaat en Energie": "EZK",
    "Natuur en Stikstof": "LNV",
    "Medische Zorg": "VWS",
    "Medische Zorg en Sport": "VWS",
    "Langdurige Zorg en Sport": "VWS",
    "Jeugd, Preventie en Sport": "VWS",
    "Primair en Voortgezet Onderwijs": "OCW",
    "Basis- en Voortgezet Onderwijs en Media": "OCW",
    "Cultuur en Media": "OCW",
    "Armoedebeleid, Participatie en Pensioenen": "SZW",
    "Rechtsbescherming": "JenV",
    "Migratie": "JenV",
    "Toeslagen en Douane": "FIN",
    "Fiscaliteit en Belastingdienst": "FIN",
    "Fiscaliteit, Belastingdienst en Douane": "FIN",
    "Herstel Toeslagen": "FIN",
    "Koninkrijksrelaties en Digitalisering": "BZK",
    "Digitalisering": "BZK",
    "Ontwikkelingssamenwerking": "BZ",
    "Buitenlandse Handel": "BZ",
}
ABBREVIATIONS: dict[str, str] = {
    "EZK": "EZK",
    "EZ": "EZ",
    "OCW": "OCW",
    "SZW": "SZW",
    "BZK": "BZK",
    "VWS": "VWS",
    "IENW": "IenW",
    "I&W": "IenW",
    "IENM": "IenM",
    "I&M": "IenM",
    "FIN": "FIN",
    "JENV": "JenV",
    "J&V": "JenV",
    "VENJ": "VenJ",
    "V&J": "VenJ",
    "BZ": "BZ",
    "DEF": "DEF",
    "LNV": "LNV",
    "LVVN": "LVVN",
    "AZ": "AZ",
    "KGG": "KGG",
    "VRO": "VRO",
    "AENM": "AenM",
    "A&M": "AenM",
    "EL&I": "EL&I",
}
# Executive agencies and the ministry they belong to.
AGENCIES: dict[str, str] = {
    (
        r"RVO(?:\.nl)?|Rijksdienst voor Ondernemend Nederland"
        r"|(?:The\s+)?Netherlands Point of Entry"
    ): "EZK",
    r"DUO|Dienst Uitvoering Onderwijs": "OCW",
    r"Rijkswaterstaat|RWS|KNMI|ILT|Inspectie Leefomgeving en Transport": "IenW",
    (
        r"IND|Immigratie- en Naturalisatiedienst|COA|DJI|Dienst Justitiële Inrichtingen"
        r"|CJIB|Justis"
    ): "JenV",
    r"Belastingdienst|Douane|Dienst Toeslagen": "FIN",
    r"RIVM|CIBG": "VWS",
    r"Rijksvastgoedbedrijf|Logius|Rijksdienst voor Identiteitsgegevens|RvIG": "BZK",
    r"NVWA|Nederlandse Voedsel- en Warenautoriteit": "LNV",
    r"RCE|Rijksdienst voor het Cultureel Erfgoed|Nationaal Archief": "OCW",
}

_MINISTRY_NAME_RE = "|".join(
    re.escape(n).replace(r"\ ", r"\s+").replace(",", ",?")
    for n in sorted(MINISTRY_NAMES, key=len, reverse=True)
)
_ABBR_RE = (
    r"EZK|EZ|OCW|SZW|BZK|VWS|IenW|I&W|IenM|I&M|FIN|Financiën|JenV|J&V|VenJ|V&J|BZ|DEF|Defensie|"
    r"LNV|LVVN|AZ|KGG|VRO|AenM|A&M|EL&I"
)
_ROLE = r"(?:Minister-President|[Mm]inister(?:-president)?|[Ss]taatssecretaris|[Pp]remier)"
# "de Minister van Onderwijs, Cultuur en Wetenschap", "de Staatssecretaris van EZK",
# "het Ministerie van SZW", "de Minister voor Medische Zorg"
OFFICE = re.compile(
    rf"\b(?P<role>{_ROLE}|[Mm]inisterie|[Dd]epartement)\s+(?:van|voor)\s+(?P<name>{_MINISTRY_NAME_RE}|{_ABBR_RE})\b"
)
_OFFICE_NP = re.compile(rf"(?:(?:de|het|mijn|haar|zijn)\s+)?{OFFICE.pattern}", re.IGNORECASE)


def office_at_start(text: str) -> str | None:
    """ "de Minister van OCW zal ..." -> "de Minister van OCW"."""
    m = _OFFICE_NP.match(text.lstrip())
    return m.group(0) if m else None


_AGENCY_RE = re.compile(r"\b(?:" + "|".join(AGENCIES) + r")\b")

# Phrases at the start of a noun phrase that name the government.
_GOVERNMENT = re.compile(
    r"^(?:(?:en|ook|dan|zelf|daarom|daarnaast)\s+)*(?:"
    r"ik|wij|we|mijn\s+(?:ministerie|departement|ambtgenoot|collega)|ons\s+ministerie|"
    r"(?:het|dit|dit\s+demissionaire|het\s+demissionaire|het\s+huidige|het\s+nieuwe)\s+kabinet|kabinet|"
    r"de\s+regering|de\s+rijksoverheid|het\s+rijk|de\s+overheid|de\s+staat|"
    rf"(?:de|mijn|haar|zijn)\s+(?:{_ROLE})|(?:{_ROLE})|(?:de\s+)?bewindsperso(?:o|n)(?:en)?|"
    r"(?:het|mijn|ons)\s+(?:ministerie|departement)|ministerie|"
    r"(?:de\s+)?(?:minister|staatssecretaris)sen|"
    rf"(?:het\s+)?(?:{_ABBR_RE})\b(?!-)|"
    r"(?:de\s+)?(?:interdepartementale|ambtelijke)\s+\w+|"
    r"het\s+(?:programma(?:team)?|projectteam|kernteam|ministerie)"
    r")\b",
    re.IGNORECASE,
)
_AGENCY_START = re.compile(r"^(?:de\s+|het\s+)?(?:" + "|".join(AGENCIES) + r")\b", re.IGNORECASE)
_HOUSE = re.compile(
    r"^(?:u|uw\s+kamer|de\s+(?:tweede\s+|eerste\s+)?kamer|de\s+kamerleden|de\s+vaste\s+commissie"
    r"|de\s+commissie\s+voor|het\s+parlement|de\s+staten-generaal|de\s+vragensteller|de\s+leden)\b",
    re.IGNORECASE,
)
# Third parties: the head nouns an NP may start with, after determiners/adjectives.
_THIRD_WORDS = (
    r"gemeente|gemeenten|provincie|provincies|waterschap|waterschappen|vng|ipo|uvw|eu|europese|"
    r"europa|brussel|lidstaat|lidstaten|oeso|oecd|vn|navo|who|imf|universiteit|universiteiten|"
    r"hogeschool|hogescholen|school|scholen|schoolbesturen|instelling|instellingen|"
    r"onderwijsinstellingen|mbo-instellingen|zorginstellingen|roc|roc's|werkgever|werkgevers|"
    r"werknemer|werknemers|bedrijf|bedrijven|ondernemer|ondernemers|ondernemingen|branche|branches|"
    r"brancheorganisatie|brancheorganisaties|brancheverenigingen|sector|sectoren|sociale\s+partners|"
    r"vakbond|vakbonden|zorgverzekeraar|zorgverzekeraars|zorgaanbieder|zorgaanbieders|ziekenhuis|"
    r"ziekenhuizen|nza|acm|afm|dnb|ap|autoriteit|\w+autoriteit|ksa|uwv|sbb|svb|cbs|cpb|pbl|scp|raad|inspectie|"
    r"toezichthouder|toezichthouders|zonmw|nwo|knaw|tno|npo|politie|openbaar\s+ministerie|rechter|"
    r"rechters|rekenkamer|ombudsman|leerlingen|studenten|scholieren|jongeren|mensen|burgers|"
    r"inwoners|patiënten|ouders|kinderen|partijen|partners|stakeholders|organisaties|koepels|"
    r"onderwijskoepels|consortium|fme|slo|ptvt|kit|cedris|katapult|netwerken|regio|regio's|"
    r"arbeidsmarktregio's|commissie|curriculumcommissie|adviescommissie|onderzoekers|"
    r"onderzoeksbureau|deskundigen|experts|banken|verzekeraars|netbeheerders|woningcorporaties|"
    r"corporaties|huurders|verhuurders|boeren|telers|vissers|agrariërs|gebruikers|aanbieders|"
    r"fondsen|o&o-fondsen|kennisinstellingen|musea|omroepen|platform|platforms|stichting|vereniging|"
    r"prorail|ns|schiphol|klm|tennet|gasunie|alliander|stedin|enexis|aedes|woonbond|vno-ncw|mkb-nederland|"
    r"fnv|cnv|lto|zn|zorgverzekeraars\s+nederland|ggz|trimbos|rivm-|ministerie\s+van\s+\w+\s+van\s+|"
    r"het\s+bedrijfsleven|bedrijfsleven|marktpartijen|netbeheerder|corporatie|energieleveranciers|"
    r"leveranciers|exploitanten|vervoerders|luchtvaartmaatschappijen|de\s+markt|rijksuniversiteit|"
    r"hoogleraar|wetenschappers|advocaten|notarissen|artsen|huisartsen|apothekers|verpleegkundigen|"
    r"docenten|leraren|schoolleiders|besturen|gemeentebesturen|colleges|wethouders|burgemeesters|"
    r"europese\s+commissie|commissie-\w+|nederlandse\s+\w+|koninklijke\s+\w+"
)
_DETERMINERS = (
    r"(?:de|het|een|alle|veel|vele|sommige|enkele|meerdere|verschillende|diverse|andere|overige|"
    r"betrokken|individuele|lokale|regionale|landelijke|nationale|europese|grote|groot|kleine|"
    r"deelnemende|publieke|private|technische|ook|zowel|en|dan|zelf|ook|daarom|daarnaast)\s+"
)
_THIRD = re.compile(rf"^(?:{_DETERMINERS})*(?:{_THIRD_WORDS})\b", re.IGNORECASE)
# Abstract nouns a forecast is about ("de vraag ... zal toenemen").
_WORLD = re.compile(
    rf"^(?:{_DETERMINERS})*(?:vraag|aantal|aandeel|tekort|tekorten|prijs|prijzen|kosten|"
    r"werkloosheid|instroom|uitstroom|doorstroom|behoefte|druk|groei|krimp|effect|effecten|"
    r"gevolgen|situatie|markt|economie|inflatie|verwachting|ontwikkeling|trend|risico|risico's|"
    r"kans|kansen|percentage|uitgaven|opbrengst|opbrengsten|omvang|niveau|aanbod|wachttijden|"
    r"wachtlijsten|uitval|daling|stijging|toename|afname|iedereen|niemand|men)\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"^(?:deze|die|dit|dat|zij|ze|hij|zij|beide|beiden|deze\s+\w+|die\s+\w+|dit\s+\w+)\b",
    re.IGNORECASE,
)


def classify(np: str) -> ActorKind:
    """What kind of actor the noun phrase `np` (its first words) names."""
    np = np.strip(" ,;:–-()«»\"'")
    if not np:
        return ActorKind.UNKNOWN
    if _GOVERNMENT.match(np) or _starts_with_office(np):
        return ActorKind.GOVERNMENT
    if _AGENCY_START.match(np) or _AGENCY_RE.search(np[:160]):
        return ActorKind.AGENCY
    if _HOUSE.match(np):
        return ActorKind.HOUSE
    if _THIRD.match(np):
        return ActorKind.THIRD
    if _WORLD.match(np):
        return ActorKind.WORLD
    if _ANAPHOR.match(np):
        return ActorKind.ANAPHOR
    return ActorKind.UNKNOWN


def _starts_with_office(np: str) -> bool:
    m = OFFICE.search(np[:80])
    return bool(m and m.start() <= 4)


def ministry_of_name(name: str) -> str | None:
    """'Onderwijs, Cultuur en Wetenschap' or 'OCW' -> 'OCW'."""
    clean = re.sub(r"\s+", " ", name.strip())
    key = ABBREVIATIONS.get(clean.upper())
    if key:
        return key
    if clean.lower() in ("financiën", "financien"):
        return "FIN"
    if clean.lower() == "defensie":
        return "DEF"
    for full, abbr in MINISTRY_NAMES.items():
        if (
            clean.lower() == full.lower()
            or clean.replace(",", "").lower() == full.replace(",", "").lower()
        ):
            return abbr
    return None


@dataclass(frozen=True)
class Office:
    """A named office: "Minister van OCW" / "Ministerie van SZW"."""

    role: str  # Minister | Staatssecretaris | Ministerie | Minister-President
    ministry: str | None

    @property
    def display(self) -> str:
        if self.ministry:
            return f"{self.role} van {self.ministry}"
        return self.role


def find_office(text: str) -> Office | None:
    """The first office named in `text` ("de Minister van OCW" -> Minister van OCW)."""
    m = OFFICE.search(text)
    if not m:
        return None
    return Office(_role(m.group("role")), ministry_of_name(m.group("name")))


def offices_in(text: str) -> list[Office]:
    return [
        Office(_role(m.group("role")), ministry_of_name(m.group("name")))
        for m in OFFICE.finditer(text)
    ]


def _role(word: str) -> str:
    w = word.lower()
    if w.startswith("ministerie") or w.startswith("departement"):
        return "Ministerie"
    if w.startswith("staatssecretaris"):
        return "Staatssecretaris"
    if w in ("minister-president", "premier"):
        return "Minister-President"
    return "Minister"


def office_of_addressee(text: str | None) -> Office | None:
    """'Staatssecretaris van Economische Zaken en Klimaat' -> Staatssecretaris van EZK.

    Also reads answerer lines of Kamervragen: "minister Dijkgraaf (Onderwijs,
    Cultuur en Wetenschap)".
    """
    if not text:
        return None
    office = find_office(text)
    if office:
        return office
    m = re.search(rf"({_ROLE})\b[^()]*\(([^()]+)\)", text)
    if m:
        return Office(_role(m.group(1)), ministry_of_name(m.group(2)))
    m = re.search(rf"\b({_ROLE})\b", text)
    if m:
        return Office(_role(m.group(1)), None)
    return None


class ActorResolver:
    """Resolves a commitment's actor mention against its answer and the document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.answering = office_of_addressee(document.answerer) or office_of_addressee(
            document.addressee
        )
        # which minister the document mentions most: the default for a bare "de Minister"
        counts: Counter[Office] = Counter()
        for exchange in document.exchanges:
            for block in exchange.answer:
                if "inister" not in block.text:
                    continue
                for office in offices_in(block.text):
                    if office.role == "Minister" and office.ministry:
                        counts[office] += 1
        self.main_minister = counts.most_common(1)[0][0] if counts else None

    def resolve(
        self, kind: ActorKind, mention: str, exchange: Exchange, before: str
    ) -> tuple[str | None, str | None]:
        """(actor, ministry) for an actor `mention` of `kind`.

        `before` is the answer text that precedes the commitment: a bare "de
        Minister" is the minister last named there, else the question's
        addressee when that is a minister, else the minister the document names
        most.
        """
        # "ik"/"wij" is whoever signed the answers; the question's addressee
        # only stands in when the document does not say who answered.
        signed = office_of_addressee(self.document.answerer)
        answering = signed or office_of_addressee(exchange.addressee) or self.answering
        fallback_ministry = answering.ministry if answering else None
        mention = mention.strip()
        if kind == ActorKind.GOVERNMENT:
            office = find_office(mention[:120])
            if office and office.ministry:
                if office.role == "Ministerie":
                    return _office_of_ministry(office.ministry, answering), office.ministry
                return office.display, office.ministry
            low = mention.lower()
            if re.match(r"(?:ik|wij|we|mijn|ons)\b", low):
                return (answering.display if answering else None), fallback_ministry
            if "kabinet" in low or "regering" in low or "rijk" in low or "overheid" in low:
                # The cabinet promises through the one who answers for it: the filter
                # on bewindspersoon finds the promise under that minister.
                return (answering.display if answering else "kabinet"), fallback_ministry
            m = re.match(rf"(?:het\s+)?({_ABBR_RE})\b", mention, re.IGNORECASE)
            if m:
                ministry = ministry_of_name(m.group(1))
                return _office_of_ministry(ministry, answering), ministry
            role = _bare_role(low)
            if role:
                return self._bare(role, exchange, before, answering)
            return (answering.display if answering else None), fallback_ministry
        if kind == ActorKind.AGENCY:
            for pattern, ministry in AGENCIES.items():
                m = re.search(pattern, mention)
                if m:
                    return m.group(0), ministry
        # Anyone else named (a committee chair, "Thea Koster"; a member of parliament)
        # is not a bewindspersoon: the promise is the answering minister's.
        return (answering.display if answering else None), fallback_ministry

    def _bare(
        self, role: str, exchange: Exchange, before: str, answering: Office | None
    ) -> tuple[str, str | None]:
        """A bare "de Minister"/"de Staatssecretaris": find out of which ministry."""
        named = [o for o in offices_in(before) if o.role == role and o.ministry]
        if named:
            return named[-1].display, named[-1].ministry
        if answering and answering.role == role:
            return answering.display, answering.ministry
        named = [o for o in offices_in(exchange.question) if o.role == role and o.ministry]
        if named:
            return named[-1].display, named[-1].ministry
        if role == "Minister" and self.main_minister:
            return self.main_minister.display, self.main_minister.ministry
        return role, (answering.ministry if answering else None)


def _office_of_ministry(ministry: str | None, answering: Office | None) -> str:
    """Who acts for "het Ministerie van OCW": the one answering, when that is a bewindspersoon
    of the same ministry (the Staatssecretaris van OCW), else the minister of it."""
    if answering and answering.ministry == ministry and answering.role != "Ministerie":
        return answering.display
    return Office("Minister", ministry).display


def _bare_role(low: str) -> str | None:
    m = re.match(rf"(?:de|mijn|haar|zijn)?\s*({_ROLE})", low, re.IGNORECASE)
    return _role(m.group(1)) if m else None
