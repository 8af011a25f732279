"""Dutch time expressions -> period, precision and due date (tracker.dates).

The phrase table lives in tests/data/date_phrases.tsv: one line per case, each
named after the row of docs/due-date-conventions.md it covers.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.dates import PRECISIONS, TimeExpression, choose_due, find_time_expressions

DATA = Path(__file__).parent / "data"
REF = date(2021, 3, 9)  # "Bij brief van 9 maart 2021 zijn de vragen beantwoord"


def _d(value: str) -> date | None:
    return None if value == "-" else date.fromisoformat(value)


def _load_table() -> list[pytest.ParameterSet]:
    cases = []
    for line in (DATA / "date_phrases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, ref, sentence, phrase, start, end, precision, edtf = line.split("\t")
        cases.append(
            pytest.param(
                date.fromisoformat(ref),
                sentence.replace("\\n", "\n"),
                phrase.replace("\\n", "\n"),
                _d(start),
                _d(end),
                precision,
                None if edtf == "-" else edtf,
                id=name,
            )
        )
    return cases


TABLE = _load_table()


def _the(found: list[TimeExpression], phrase: str) -> TimeExpression:
    matches = [e for e in found if e.text == phrase]
    assert len(matches) == 1, f"{phrase!r} not found once in {[e.text for e in found]}"
    return matches[0]


def test_table_is_large_enough():
    assert len(TABLE) >= 150


@pytest.mark.parametrize("reference,sentence,phrase,start,end,precision,edtf", TABLE)
def test_phrase_table(reference, sentence, phrase, start, end, precision, edtf):
    expr = _the(find_time_expressions(sentence, reference), phrase)
    assert (expr.period_start, expr.period_end) == (start, end)
    assert expr.precision == precision
    assert expr.edtf == edtf
    assert expr.vague is (precision == "vague")
    assert expr.due == (None if expr.vague else end)
    assert sentence[expr.span[0] : expr.span[1]] == phrase


# --------------------------------------------------------------------------
# Things that are not time expressions
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Er is € 10,6 miljoen extra voor uitgetrokken.",
        "Er werden 2.420 verblijfsaanvragen ingewilligd, later 5.160.",
        "Zie Kamerstuk 32 637, nr. 448.",
        "Kamerstuk 35 570 VIII, nr. 185.",
        "Dit volgt uit artikel 3, lid 2.",
        "Dat is 12,4% van het totaal.",
        "Het gaat om Kamerstuk 31 288, nr. 2021.",
        "De subsidie bedraagt 2000 euro per student.",
        "Jan Jansen is voorzitter.",
        "Er wordt gekeken naar de begroting van de regeling.",
        "Het aantal vacatures per 1000 banen is hoog.",
        "In ruim 80% van de gevallen betrof het een vergunning.",
        "de eerste helft van de vragen",
        "Zie https://ptvt.nl/wp-content/uploads/2019/07/Publicatie.pdf voor details.",
        "na één jaar niet meer in dezelfde opleiding ingeschreven",
        "",
    ],
    ids=[
        "amount",
        "thousands_separator",
        "kamerstuk_number",
        "dossier_number",
        "article",
        "percentage",
        "number_after_nr",
        "amount_in_euro",
        "name_jan",
        "begroting_of_a_scheme",
        "per_1000",
        "percentage_of_cases",
        "helft_of_something_else",
        "year_in_url",
        "na_een_jaar_is_not_a_deadline",
        "empty",
    ],
)
def test_not_a_time_expression(text):
    assert find_time_expressions(text, REF) == []


def test_invalid_day_is_not_a_day():
    found = find_time_expressions("De brief is van 31 februari 2021.", REF)
    assert all(e.precision != "day" for e in found)


def test_several_expressions_in_text_order():
    text = (
        "In 2022 wordt de subsidie geëvalueerd, de Kamer wordt voor de zomer geïnformeerd "
        "en uiterlijk 1 juli 2021 volgt een brief; daarna volgt op korte termijn meer."
    )
    found = find_time_expressions(text, REF)
    assert [e.text for e in found] == [
        "In 2022",
        "voor de zomer",
        "uiterlijk 1 juli 2021",
        "daarna",
        "op korte termijn",
    ]
    assert [e.due for e in found] == [
        date(2022, 12, 31),
        date(2021, 6, 30),
        date(2021, 7, 1),
        None,
        None,
    ]


def test_longest_match_wins():
    found = find_time_expressions("Het advies volgt in het voorjaar van 2021.", REF)
    assert [e.text for e in found] == ["in het voorjaar van 2021"]


def test_to_dict_shape():
    (expr,) = find_time_expressions("De brief volgt in het voorjaar van 2021.", REF)
    assert expr.to_dict() == {
        "text": "in het voorjaar van 2021",
        "span": [15, 39],
        "period_start": "2021-03-01",
        "period_end": "2021-05-31",
        "due": "2021-05-31",
        "precision": "season",
        "edtf": "2021-21",
        "vague": False,
    }
    (vague,) = find_time_expressions("Dat volgt binnenkort.", REF)
    assert vague.to_dict() == {
        "text": "binnenkort",
        "span": [10, 20],
        "period_start": None,
        "period_end": None,
        "due": None,
        "precision": "vague",
        "edtf": None,
        "vague": True,
    }
    json.dumps(expr.to_dict())


# --------------------------------------------------------------------------
# Past or not: facts are never deadlines
# --------------------------------------------------------------------------

PAST_CASES = [
    # (id, sentence, phrase, past)
    (
        "perfect_heeft_fronted",
        "Begin 2021 heeft de curriculumcommissie haar eerste tussenadviezen uitgebracht over "
        "de technische en inhoudelijke bruikbaarheid van de voorstellen.",
        "Begin 2021",
        True,
    ),
    (
        "zullen_worden_gelanceerd",
        "Deze zullen begin 2021 door The Netherlands Point of Entry, onderdeel van de "
        "Rijksdienst voor Ondernemend Nederland (RVO.nl), worden gelanceerd.",
        "begin 2021",
        False,
    ),
    (
        "voor_de_zomer_heeft_ingestemd",
        "Vóór de zomer 2020 heeft de Kamer ingestemd met een bijgestelde aanpak.",
        "Vóór de zomer 2020",
        True,
    ),
    (
        "werd_verwacht",
        "De commissie zou het advies in twee deelrapportages uitbrengen waarvan het eerste "
        "deel in januari 2021 werd verwacht.",
        "in januari 2021",
        True,
    ),
    (
        "is_gegeven",
        "In 2020 is ook het startschot gegeven voor de verkenning van een fonds.",
        "In 2020",
        True,
    ),
    (
        "heeft_gestart",
        "Het Ministerie van SZW heeft vanaf 1 maart 2020 een pilot gestart.",
        "vanaf 1 maart 2020",
        True,
    ),
    (
        "zijn_aangesloten",
        "Tussen 1 januari 2020 en 1 januari 2021 zijn er 905 mkb-bedrijven als partner "
        "aangesloten bij een publiek-private samenwerkingsverband.",
        "Tussen 1 januari 2020 en 1 januari 2021",
        True,
    ),
    (
        "simple_past_zochten",
        "Eind juli 2020 zochten nog 1.405 studenten een stage of leerbaan.",
        "Eind juli 2020",
        True,
    ),
    (
        "zijn_ingewilligd",
        "In 2019 zijn 5.160 aanvragen zoekjaar hoogopgeleiden ingewilligd.",
        "In 2019",
        True,
    ),
    (
        "sinds",
        "Er bestaat een stagefonds zorg sinds 2008.",
        "sinds 2008",
        True,
    ),
    (
        "afgelopen_jaar",
        "Afgelopen jaar heeft PTvT veel aandacht besteed aan deze kennisdeling.",
        "Afgelopen jaar",
        True,
    ),
    (
        "jongstleden",
        "In de procedurevergadering van 28 januari jl. is dit besproken.",
        "28 januari jl.",
        True,
    ),
    (
        "citation_year_without_verb",
        "Dorenbosch (2020), Het rendement van de hybride techniekdocent.",
        "2020",
        True,
    ),
    (
        "wordt_geevalueerd",
        "In 2022 wordt de subsidie Praktijkleren geëvalueerd door het Ministerie van OCW.",
        "In 2022",
        False,
    ),
    (
        "wordt_gestart",
        "Ja, conform het advies wordt dit jaar gestart met een gecoördineerde, integrale aanpak.",
        "dit jaar",
        False,
    ),
    (
        "is_voorzien",
        "Uitbreiding naar de doelgroep van de Participatiewet is voorzien voor 1 juli 2021.",
        "voor 1 juli 2021",
        False,
    ),
    (
        "is_beoogd",
        "Wetgeving voor een tweede fase van de pilot is beoogd inwerking te treden per 1 juli "
        "2021.",
        "per 1 juli 2021",
        False,
    ),
    (
        "naar_verwachting",
        "De agenda wordt verder uitgewerkt en naar verwachting in Q2 opgeleverd.",
        "in Q2",
        False,
    ),
    (
        "zal_across_commas",
        "Thea Koster zal daar vanuit haar rol als Voorzitter Techniekpact, in overleg met het "
        "Landelijk Regieteam Techniekpact, dit voorjaar een advies over uitbrengen.",
        "dit voorjaar",
        False,
    ),
    (
        "volgt_na_de_verkiezingen",
        "Een inhoudelijke reactie op de tussenadviezen van de commissie volgt na de verkiezingen.",
        "na de verkiezingen",
        False,
    ),
    (
        "zal_with_a_deadline_just_passed",
        "Het kabinet zal de Kamer voor 1 maart 2021 informeren.",
        "voor 1 maart 2021",
        False,
    ),
    (
        "present_without_verbs",
        "Zie de Kamerbrief Kabinetsinzet Techniekpact 2021.",
        "2021",
        False,
    ),
    (
        "ended_period_present_tense",
        "Er zijn per 4 januari 2021 nog zo'n 21.013 tekorten aan stages.",
        "per 4 januari 2021",
        True,
    ),
]


@pytest.mark.parametrize(
    "sentence,phrase,past", [c[1:] for c in PAST_CASES], ids=[c[0] for c in PAST_CASES]
)
def test_past_detection(sentence, phrase, past):
    expr = _the(find_time_expressions(sentence, REF), phrase)
    assert expr.past is past


def test_past_and_future_clauses_in_one_sentence():
    found = find_time_expressions(
        "In 2020 is de regeling gestart, en in 2022 wordt zij geëvalueerd.", REF
    )
    assert [(e.text, e.past) for e in found] == [("In 2020", True), ("in 2022", False)]


def test_past_clause_reads_a_yearless_phrase_backwards():
    found = find_time_expressions(
        "Sinds de start van het actieplan in april 2020 tot aan de eerste "
        "voortgangsrapportage in oktober zijn 17.500 nieuwe stages opgehaald.",
        REF,
    )
    october = _the(found, "in oktober")
    assert october.past
    assert (october.period_start, october.period_end) == (date(2020, 10, 1), date(2020, 10, 31))


def test_begin_januari_in_a_past_clause():
    expr = _the(
        find_time_expressions("Begin januari is hierover nog een brief gestuurd.", REF),
        "Begin januari",
    )
    assert expr.past
    assert expr.due == date(2021, 1, 10)


# --------------------------------------------------------------------------
# choose_due
# --------------------------------------------------------------------------


def _due_of(text: str, reference: date = REF) -> TimeExpression | None:
    return choose_due(find_time_expressions(text, reference))


def test_choose_due_parenthesis_the_sentence_points_to():
    chosen = _due_of(
        "Na afronding van het lopende programma (eind maart 2021) zal deze informatie en "
        "steun via Techniepact (alle onderwijssectoren) voortgezet worden."
    )
    assert chosen is not None
    assert (chosen.text, chosen.due) == ("eind maart 2021", date(2021, 3, 31))


def test_choose_due_ruim_voor_het_sluiten():
    chosen = _due_of(
        "Aanvragen moeten ruim voor het sluiten van de openstellingsperiode (1 december 2023) "
        "worden ingediend."
    )
    assert chosen is not None
    assert chosen.due == date(2023, 12, 1)


def test_choose_due_more_precise_frame_wins():
    chosen = _due_of(
        "In 2021 wordt met alle 35 arbeidsmarktregio's in gesprek gegaan over data. Zo wordt "
        "in beeld gebracht welke knelpunten er zijn. Deze overleggen zullen in de eerste "
        "helft van 2021 plaatsvinden."
    )
    assert chosen is not None
    assert (chosen.text, chosen.due) == ("in de eerste helft van 2021", date(2021, 6, 30))


def test_choose_due_precision_does_not_depend_on_order():
    a = find_time_expressions("De overleggen vinden plaats in de eerste helft van 2021.", REF)
    b = find_time_expressions("In 2021 wordt met alle regio's gesproken.", REF)
    assert choose_due(a + b) == choose_due(b + a)
    assert choose_due(a + b).due == date(2021, 6, 30)  # type: ignore[union-attr]


def test_choose_due_ignores_past_phrases():
    chosen = _due_of(
        "Begin 2021 heeft de commissie haar advies uitgebracht. Een reactie volgt voor de zomer."
    )
    assert chosen is not None
    assert (chosen.text, chosen.due) == ("voor de zomer", date(2021, 6, 30))


def test_choose_due_prefers_dated_over_vague():
    chosen = _due_of("Het kabinet zal op korte termijn, uiterlijk 1 juli 2021, een brief sturen.")
    assert chosen is not None
    assert chosen.due == date(2021, 7, 1)


def test_choose_due_keeps_a_vague_phrase():
    chosen = _due_of("Een inhoudelijke reactie volgt na de verkiezingen, daarna volgt het vervolg.")
    assert chosen is not None
    assert chosen.text == "na de verkiezingen"
    assert chosen.vague and chosen.due is None


def test_choose_due_nothing_left():
    assert choose_due([]) is None
    assert _due_of("Het kabinet zal de Kamer nader informeren.") is None
    assert _due_of("In 2019 zijn 5.160 aanvragen ingewilligd.") is None


def test_choose_due_tie_goes_to_the_first():
    chosen = _due_of("De brief volgt in 2023 of, als het tegenzit, in 2022.")
    assert chosen is not None
    assert chosen.text == "in 2023"


# --------------------------------------------------------------------------
# The gold list of Kamerstuk 32 637, nr. 448 (reference date 9 March 2021)
# --------------------------------------------------------------------------

# Each dated `must` item: the answer sentence holding its anchor, copied from the
# document, with the gold phrase and due date.
GOLD = [
    (
        "M02",
        "De volgende voortgangsrapportage wordt verwacht in het voorjaar van 2021.",
        "in het voorjaar van 2021",
        "2021-05-31",
    ),
    (
        "M04",
        "Deze zullen begin 2021 door *The Netherlands Point of Entry*, onderdeel van de "
        "Rijksdienst voor Ondernemend Nederland (RVO.nl), worden gelanceerd.",
        "begin 2021",
        "2021-03-31",
    ),
    (
        "M05",
        "Ja, conform het advies van voorzitter Techniepact Thea Koster over de doorontwikkeling "
        "van Techniepact<sup>19</sup> wordt dit jaar gestart met een gecoördineerde, integrale "
        "aanpak om meisjes/vrouwen en jongeren met een niet-westerse achtergrond te stimuleren "
        "om voor een technische opleiding en/of beroep te kiezen.",
        "dit jaar",
        "2021-12-31",
    ),
    (
        "M06",
        "Op basis van de aanbevelingen van de curriculumcommissie wordt de werkopdracht aan SLO "
        "aangescherpt, een inhoudelijke reactie op de tussenadviezen van de commissie volgt na "
        "de verkiezingen waarna gestart kan worden met het maken van conceptkerndoelen voor het "
        "po en de onderbouw van het vo.",
        "na de verkiezingen",
        None,
    ),
    (
        "M07",
        "In 2022 wordt de subsidie Praktijkleren geëvalueerd door het Ministerie van OCW.",
        "In 2022",
        "2022-12-31",
    ),
    (
        "M12",
        "Met de deelnemende organisaties van het Techniepact wordt in het voorjaar van 2021 over "
        "het onderzoeksbudget gesproken.",
        "in het voorjaar van 2021",
        "2021-05-31",
    ),
    (
        "M13",
        "De agenda, die wordt opgesteld in samenwerking met de stakeholders, wordt verder "
        "uitgewerkt en naar verwachting in Q2 opgeleverd.",
        "in Q2",
        "2021-06-30",
    ),
    (
        "M14",
        "Na afronding van het lopende programma (eind maart 2021) zal deze informatie en steun "
        "via Techniepact (alle onderwijssectoren), Sterk Techniekonderwijs (vmbo) en Katapult "
        "(mbo/hbo) voortgezet worden.",
        "eind maart 2021",
        "2021-03-31",
    ),
    (
        "M17",
        "In 2022 wordt de Subsidieregeling praktijkleren geëvalueerd door het Ministerie van OCW.",
        "In 2022",
        "2022-12-31",
    ),
    (
        "M18",
        "Wetgeving ten behoeve van een tweede fase van de pilot met ruimere mogelijkheden voor "
        "innovatieve voorzieningen is beoogd inwerking te treden per 1 juli 2021.",
        "per 1 juli 2021",
        "2021-07-01",
    ),
    (
        "M20",
        "Thea Koster zal daar vanuit haar rol als Voorzitter Techniekpact, in overleg met het "
        "Landelijk Regieteam Techniekpact, dit voorjaar een advies over uitbrengen.",
        "dit voorjaar",
        "2021-05-31",
    ),
    (
        "M21",
        "In 2021 wordt met alle 35 arbeidsmarktregio's (provincies en gemeenten) in gesprek "
        "gegaan over data, toegespitst naar arbeidsmarktregio.",
        "In 2021",
        "2021-12-31",
    ),
    (
        "M22",
        "Deze overleggen zullen in de eerste helft van 2021 plaatsvinden.",
        "in de eerste helft van 2021",
        "2021-06-30",
    ),
    (
        "M25",
        "Uitbreiding naar de doelgroep van de Participatiewet is voorzien voor 1 juli 2021.",
        "voor 1 juli 2021",
        "2021-07-01",
    ),
]


@pytest.mark.parametrize("sentence,phrase,due", [g[1:] for g in GOLD], ids=[g[0] for g in GOLD])
def test_gold_due_dates(sentence, phrase, due):
    chosen = _due_of(sentence)
    assert chosen is not None
    assert chosen.text == phrase
    assert chosen.due == (date.fromisoformat(due) if due else None)


ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
GOLD_FILE = DATA / "gold" / "kst-32637-448.json"


@pytest.mark.skipif(not (SEED.exists() and GOLD_FILE.exists()), reason="seed document absent")
def test_gold_due_dates_in_the_whole_document():
    """The same, reading the whole document once: every dated must item's sentence."""
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))
    found = find_time_expressions(text, date.fromisoformat(gold["reference_date"]))
    checked = 0
    for item in gold["commitments"]:
        if item["kind"] != "must" or "due_text" not in item:
            continue
        at = text.index(item["anchor"])
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        end = min(i for i in (text.find(". ", at), text.find("\n", at), len(text)) if i >= 0)
        in_sentence = [e for e in found if start <= e.span[0] and e.span[1] <= end + 1]
        chosen = choose_due(in_sentence)
        assert chosen is not None, item["id"]
        want = date.fromisoformat(item["due"]) if item["due"] else None
        assert (item["id"], chosen.due) == (item["id"], want)
        assert chosen.text.lower() == item["due_text"].lower()
        checked += 1
    assert checked >= 14


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

VOCAB = [
    "in", "voor", "vóór", "VOOR", "na", "per", "op", "uiterlijk", "begin", "medio", "eind",
    "einde", "half", "het", "de", "van", "dit", "deze", "volgend", "komend", "komende",
    "afgelopen", "jaar", "jaren", "kwartaal", "helft", "jaarhelft", "voorjaar", "zomer",
    "najaar", "winter", "lente", "herfst", "zomerreces", "kerstreces", "kerst",
    "jaarwisseling", "Prinsjesdag", "Miljoenennota", "begroting", "Voorjaarsnota",
    "schooljaar", "studiejaar", "vergaderjaar", "binnen", "over", "een", "één", "twee",
    "drie", "anderhalf", "weken", "maanden", "dagen", "werkdagen", "maart", "februari",
    "juli", "jul.", "dec", "mei", "Q2", "Q5", "H1", "tweede", "eerste", "laatste", "2e",
    "jl.", "a.s.", "t.z.t.", "termijn", "korte", "spoedig", "binnenkort", "daarna",
    "tussen", "en", "tot", "t/m", "heeft", "is", "zal", "wordt", "gestart", "werd",
    "2021", "2020", "1999", "2099", "2021/22", "2020–2021", "1-7-2021", "31-2-2021",
    "2021-Q3", "0", "1", "29", "31", "99", "2.420", "10,6", "€", "nr.", "%", "(", ")",
    ",", ".", ";", ":", "-", "–", "/",
]  # fmt: skip
SEPARATORS = st.sampled_from([" ", "  ", "\n", " \n ", "\t", "", ", ", "\u00a0"])
dutchish = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(VOCAB), st.integers(0, 3000).map(str), st.text(max_size=3)),
        SEPARATORS,
    ),
    max_size=40,
).map(lambda parts: "".join(w + s for w, s in parts))
references = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


def _check_invariants(text: str, found: list[TimeExpression]) -> None:
    last_end = 0
    for e in found:
        a, b = e.span
        assert 0 <= a < b <= len(text)
        assert text[a:b] == e.text
        assert a >= last_end, "spans overlap or are out of order"
        last_end = b
        assert e.precision in PRECISIONS
        if e.vague:
            assert e.due is None and e.period_start is None and e.period_end is None
        else:
            assert e.period_start is not None and e.due is not None
            assert e.period_start <= e.due == e.period_end
        e.to_dict()


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), reference=references)
def test_property_arbitrary_unicode(text, reference):
    found = find_time_expressions(text, reference)
    _check_invariants(text, found)
    choose_due(found)


@settings(deadline=None, max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(text=dutchish, reference=references)
def test_property_dutch_time_words(text, reference):
    found = find_time_expressions(text, reference)
    _check_invariants(text, found)
    assert find_time_expressions(text, reference) == found  # same input, same output
    chosen = choose_due(found)
    assert chosen is None or chosen in found


@settings(deadline=None, max_examples=200)
@given(
    prefix=st.text(max_size=20),
    suffix=st.text(max_size=20),
    case=st.sampled_from([str, str.upper, str.title]),
)
def test_property_phrase_found_in_any_context(prefix, suffix, case):
    phrase = case("in het voorjaar van 2021")
    text = f"{prefix} {phrase} {suffix}"
    found = find_time_expressions(text, REF)
    _check_invariants(text, found)
    if not re.search(r"\w\Z", prefix) and not re.match(r"\A\w", suffix):
        # Only the next year makes a school year of it ("2021/22": spring 2022); any
        # other "/00" after it leaves the phrase spring 2021.
        pair = re.match(r"\s*[-–—/]\s*((?:19|20)\d\d|\d\d)(?![\w/]|[.,]\d)", suffix)
        next_year = pair is not None and int(pair[1]) in (22, 2022)
        due = date(2022, 5, 31) if next_year else date(2021, 5, 31)
        assert any(e.due == due for e in found)


@pytest.mark.parametrize("suffix", ["/00", "-12", "/2020", "/21", "– 2023", "/1"])
def test_phrase_followed_by_a_number_that_is_not_the_next_year(suffix):
    text = f"Het advies volgt in het voorjaar van 2021 {suffix}."
    expr = _the(find_time_expressions(text, REF), "in het voorjaar van 2021")
    assert (expr.period_start, expr.due) == (date(2021, 3, 1), date(2021, 5, 31))


def test_property_tests_draw_the_same_examples_on_every_run(request):
    """A fresh clone is green on every run: hypothesis draws the same examples each
    time (tests/conftest.py) and stores none in .hypothesis/ to replay later."""
    if request.config.getoption("hypothesis_profile", None):
        pytest.skip("another hypothesis profile was asked for on the command line")
    assert settings.default.derandomize is True
    assert settings.default.database is None
