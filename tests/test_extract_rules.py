"""One test per rule of the extractor and per kind of non-commitment, each with its Dutch sentence.

The answers are written for these tests, in the styles of Antwoorden op
Kamervragen ("ik", first person) and Verslagen van een schriftelijk overleg
("het kabinet", "de Minister"), for several ministries.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.documents.model import Block, Document, Exchange
from tracker.extract import Commitment, extract
from tracker.extract.cues import analyse_sentence
from tracker.extract.rules import RULES

REFERENCE = date(2023, 3, 9)


def block(text: str, start: int = 0, kind: str = "answer") -> Block:
    """A paragraph whose offsets are simply start, start+1, ..."""
    return Block(kind, text, list(range(start, start + len(text))))


def document(
    *answers: str,
    question: str = "Kunt u hierop ingaan?",
    faction: str | None = "VVD",
    addressee: str | None = "Minister van Onderwijs, Cultuur en Wetenschap",
    answerer: str | None = None,
    reference: date | None = REFERENCE,
) -> Document:
    """One exchange whose answer has the given paragraphs."""
    blocks = []
    pos = len(question) + 2
    for text in answers:
        blocks.append(block(text, pos))
        pos += len(text) + 2
    source = question + "\n\n" + "\n\n".join(answers)
    return Document(
        path="test.md",
        source=source,
        kind="verslag",
        reference_date=reference,
        date=reference,
        addressee=addressee,
        answerer=answerer,
        exchanges=[Exchange(question, blocks, faction=faction, addressee=addressee)],
    )


def found(*answers: str, **kwargs) -> list[Commitment]:
    return extract(document(*answers, **kwargs))


def assert_commitment(text: str, **kwargs) -> Commitment:
    commitments = found(text, **kwargs)
    assert commitments, f"no commitment found in: {text}"
    return commitments[0]


def assert_nothing(text: str, **kwargs) -> None:
    commitments = found(text, **kwargs)
    assert not commitments, f"unexpected: {[c.cue for c in commitments]} in: {text}"


# --- the rules: each fires on its own example ------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_fires_on_its_own_example(rule) -> None:
    analysis = analyse_sentence(rule.example, date(2021, 1, 4))
    assert rule.name in [f.rule.name for f in analysis.accepted], (rule.example, analysis.firings)


def test_explicit_toezegging_is_commitment() -> None:
    c = assert_commitment("Ik zeg uw Kamer toe dat ik de regeling voor 1 januari 2024 aanpas.")
    assert "toezegging" in c.cue


def test_promise_to_inform_the_house_is_commitment() -> None:
    c = assert_commitment(
        "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek."
    )
    assert c.cue.startswith("toezegging de Kamer te informeren")
    assert c.title.startswith("Kamer informeren over uitkomsten")


def test_inform_present_tense_with_inversion_is_commitment() -> None:
    assert_commitment("Voor het einde van dit jaar stuur ik uw Kamer een voortgangsbrief.")


def test_house_receives_is_commitment() -> None:
    c = assert_commitment("Uw Kamer ontvangt de evaluatie in het najaar van 2023.")
    assert "ontvangt" in c.cue


def test_house_informed_passive_is_commitment() -> None:
    assert_commitment("Uw Kamer wordt voor de zomer geïnformeerd over de voortgang van de pilots.")


def test_coming_back_to_a_matter_is_commitment() -> None:
    assert_commitment("Ik kom hier in de volgende voortgangsrapportage op terug.")
    assert_commitment("Ik kom in de brief over de Regiodeals op deze vraag terug.")


def test_having_research_done_is_commitment() -> None:
    assert_commitment("Ik laat onderzoek doen naar de oorzaken van de wachttijden in de jeugdzorg.")


def test_zal_bezien_is_commitment() -> None:
    assert_commitment("Ik zal bezien of de regeling kan worden verlengd.")


def test_intention_ben_voornemens_is_commitment() -> None:
    c = assert_commitment("Ik ben voornemens de subsidieregeling per 1 januari 2024 aan te passen.")
    assert c.due == date(2024, 1, 1)


def test_intention_het_voornemen_is_commitment() -> None:
    assert_commitment(
        "Het voornemen is om het wetsvoorstel in het eerste kwartaal van 2024 in consultatie te brengen."  # noqa: E501 - the Dutch sentence kept whole
    )


def test_streef_ernaar_is_commitment() -> None:
    c = assert_commitment(
        "Ik streef ernaar het wetsvoorstel voor de zomer bij uw Kamer in te dienen."
    )
    assert c.due == date(2023, 6, 30)


def test_minister_wil_is_commitment() -> None:
    assert_commitment(
        "De Minister wil verkennen met de betrokken partijen hoe deze ontwikkeling kan worden gestimuleerd."  # noqa: E501 - the Dutch sentence kept whole
    )


def test_talks_with_zal_in_overleg_treden_is_commitment() -> None:
    assert_commitment(
        "De Minister van VWS zal in overleg treden met de zorgverzekeraars over de vergoeding."
    )


def test_ik_ga_in_gesprek_is_commitment() -> None:
    assert_commitment("Ik ga met de VNG in gesprek over de uitvoering van de wet.")


def test_meenemen_is_commitment() -> None:
    assert_commitment("Ik neem deze suggestie mee in de evaluatie van de Wet open overheid.")


def test_verwacht_te_informeren_is_commitment() -> None:
    c = assert_commitment(
        "Ik verwacht uw Kamer in het najaar te kunnen informeren over de resultaten."
    )
    assert c.due == date(2023, 11, 30)


def test_passive_evaluation_with_year_is_commitment() -> None:
    c = assert_commitment(
        "In 2022 wordt de subsidie Praktijkleren geëvalueerd door het Ministerie van OCW.",
        reference=date(2021, 3, 9),
    )
    assert c.due == date(2022, 12, 31)
    assert c.due_text == "In 2022"
    assert c.title == "Evaluatie subsidie Praktijkleren"
    assert c.ministry == "OCW"


def test_passive_setting_up_is_commitment() -> None:
    c = assert_commitment(
        "Er wordt een landelijk meldpunt ingericht waar slachtoffers terecht kunnen."
    )
    assert c.title.startswith("Inrichting landelijk meldpunt")
    assert c.due is None


def test_in_de_maak_is_commitment() -> None:
    assert_commitment(
        "Voor de uitvoering zijn regelingen in de maak, waarmee ook wordt voorzien in monitoring."
    )


def test_werkt_aan_ontwikkeling_is_commitment() -> None:
    c = assert_commitment(
        "Het Ministerie van Defensie werkt aan de ontwikkeling van een nieuw personeelssysteem."
    )
    assert c.ministry == "DEF"


def test_future_passive_without_agent_is_commitment() -> None:
    assert_commitment(
        "Nagegaan zal worden waar relevante verbindingen liggen tussen beide programma's."
    )


def test_expected_delivery_is_commitment() -> None:
    c = assert_commitment(
        "De volgende voortgangsrapportage wordt verwacht in het voorjaar van 2023."
    )
    assert c.due == date(2023, 5, 31)


def test_naar_verwachting_opgeleverd_is_commitment() -> None:
    c = assert_commitment("De agenda wordt verder uitgewerkt en naar verwachting in Q2 opgeleverd.")
    assert c.due == date(2023, 6, 30)


def test_reaction_follows_is_commitment() -> None:
    c = assert_commitment("Een kabinetsreactie op het advies volgt in het najaar.")
    assert c.due == date(2023, 11, 30)


def test_vague_time_gives_no_due_date() -> None:
    c = assert_commitment("Een inhoudelijke reactie op de tussenadviezen volgt na de verkiezingen.")
    assert c.due is None
    assert c.due_text == "na de verkiezingen"


def test_intended_entry_into_force_is_commitment() -> None:
    c = assert_commitment(
        "Wetgeving voor de tweede fase van de pilot is beoogd in werking te treden per 1 juli 2023."
    )
    assert c.due == date(2023, 7, 1)


def test_voorzien_voor_date_is_commitment() -> None:
    c = assert_commitment(
        "Uitbreiding naar de doelgroep van de Participatiewet is voorzien voor 1 juli 2023."
    )
    assert c.due == date(2023, 7, 1)


def test_start_with_time_frame_is_commitment() -> None:
    c = assert_commitment("Daarnaast start ik dit voorjaar met een pilot in vijf regio's.")
    assert c.due == date(2023, 5, 31)


def test_present_tense_change_is_commitment() -> None:
    assert_commitment(
        "Daarom breid ik het programma Preventie met Gezag uit naar tien extra gemeenten."
    )


def test_continued_support_after_date_is_commitment() -> None:
    c = assert_commitment(
        "Na afronding van het lopende programma (eind maart 2023) zal deze steun via het Techniekpact "  # noqa: E501 - the Dutch sentence kept whole
        "voortgezet worden."
    )
    assert c.due == date(2023, 3, 31)


def test_ongoing_activity_is_kept_as_doorlopend() -> None:
    c = assert_commitment(
        "OCW blijft samen met de onderwijskoepels monitoren hoe de situatie zich ontwikkelt."
    )
    assert "doorlopende inzet" in c.cue


def test_appointed_chair_with_time_frame_is_commitment() -> None:
    assert_commitment(
        "Thea Koster zal daar vanuit haar rol als voorzitter dit voorjaar een advies over uitbrengen."  # noqa: E501 - the Dutch sentence kept whole
    )


def test_event_taking_place_is_commitment() -> None:
    c = assert_commitment("In het eerste kwartaal van 2024 zal een evaluatie plaatsvinden.")
    assert c.due == date(2024, 3, 31)


def test_new_thing_comes_is_commitment() -> None:
    assert_commitment("Er komt een landelijk meldpunt voor discriminatie op de arbeidsmarkt.")


# --- what is not a commitment --------------------------------------------------------


def test_forecast_with_zal_is_not_commitment() -> None:
    assert_nothing(
        "Door de vergrijzing zal de vraag naar technisch geschoold personeel naar verwachting verder toenemen."  # noqa: E501 - the Dutch sentence kept whole
    )


def test_expectation_frame_is_not_commitment() -> None:
    assert_nothing(
        "De verwachting is dan ook dat een groot aantal werkgevers er gebruik van zal maken."
    )


def test_decision_not_to_act_is_not_commitment() -> None:
    assert_nothing(
        "Het kabinet kiest ervoor om voor 2024 geen nieuwe streefcijfers te introduceren."
    )
    assert_nothing("Een brede corona-stagebonus gaat er niet komen.")
    assert_nothing("Ik ben niet voornemens de Treeknormen aan te passen.")
    assert_nothing("Ik zie geen aanleiding om de regeling te verlengen.")
    assert_nothing("Er komt geen nieuwe huurbevriezing.")


def test_negated_promise_is_not_commitment() -> None:
    assert_nothing("Ik zal de duur van de lerarenopleiding niet verkorten.")


def test_hyphenated_niet_is_not_a_negation() -> None:
    assert_commitment(
        "Dit jaar wordt gestart met een aanpak voor jongeren met een niet-westerse achtergrond."
    )


def test_past_is_not_commitment() -> None:
    assert_nothing("Ik heb uw Kamer op 3 maart jl. geïnformeerd over de voortgang.")
    assert_nothing("In 2020 is de regeling geëvalueerd.")
    assert_nothing("Tussen 1 januari 2020 en 1 januari 2021 zijn er 905 bedrijven aangesloten.")


def test_present_fact_is_not_commitment() -> None:
    assert_nothing("De regeling wordt uitgevoerd door RVO.")
    assert_nothing(
        "Het kabinet investeert structureel € 434 miljoen in de versterking van de rechtsstaat."
    )
    assert_nothing("Op de website worden de cijfers continu bijgewerkt.")


def test_third_party_plan_is_not_commitment() -> None:
    assert_nothing(
        "Hiervoor gaan hogescholen en universiteiten samenwerken in de voorlichting aan scholieren."
    )
    assert_nothing("De gemeenten gaan in 2024 een nieuw systeem invoeren.")
    assert_nothing("De NZa zal in maart een nieuwe monitor over de wachttijden publiceren.")
    assert_nothing(
        "ProRail verwacht de werkzaamheden in het derde kwartaal van 2024 te kunnen starten."
    )
    assert_nothing("Een consortium van bedrijven gaat een technohub ontwikkelen.")


def test_eu_is_not_government() -> None:
    assert_nothing("De Europese Commissie komt naar verwachting in het voorjaar met een voorstel.")


def test_house_acting_is_not_commitment() -> None:
    assert_nothing("De Tweede Kamer zal in juni over het wetsvoorstel stemmen.")


def test_promise_about_the_answer_itself_is_not_commitment() -> None:
    assert_nothing("Ik zal hieronder toelichten hoe de middelen worden verdeeld.")
    assert_nothing("In deze brief ga ik in op de vragen van de leden.")
    assert_nothing("Zoals hieronder wordt uiteengezet, is de regeling afgerond.")
    assert_nothing("Hierbij stuur ik uw Kamer de antwoorden op de vragen.")


def test_discourse_verb_is_not_commitment() -> None:
    assert_nothing("Ik wil benadrukken dat het kabinet het belang van goed onderwijs deelt.")


def test_discourse_verb_about_a_later_document_is_commitment() -> None:
    assert_commitment("Ik zal hier in de voortgangsbrief op ingaan.")


def test_conditional_is_not_commitment() -> None:
    assert_nothing(
        "Als uit de monitor blijkt dat verzekeraars tekortschieten, zal ik met de NZa in gesprek gaan."  # noqa: E501 - the Dutch sentence kept whole
    )
    assert_nothing("Indien de evaluatie daartoe aanleiding geeft, zal ik de regeling aanpassen.")


def test_temporal_zodra_is_still_commitment() -> None:
    assert_commitment(
        "Zodra ProRail de nieuwe planning heeft vastgesteld, zal ik uw Kamer hierover informeren."
    )


def test_rephrased_question_is_not_commitment() -> None:
    assert_nothing("U vraagt of ik bereid ben de Kamer voor de zomer te informeren.")
    assert_nothing(
        "De leden van de CDA-fractie vragen of de Minister een evaluatie zal laten uitvoeren."
    )


def test_rhetorical_question_in_answer_is_not_commitment() -> None:
    assert_nothing("Zal de Minister de Kamer informeren?")


def test_question_text_is_never_extracted() -> None:
    commitments = found(
        "Ja.",
        question="Is de Minister bereid om de Kamer voor de zomer te informeren over de evaluatie?",
    )
    assert commitments == []


def test_modal_possibility_is_not_commitment() -> None:
    assert_nothing("Aanvragen kunnen tussen juni en half september worden ingediend.")
    assert_nothing("Techport zou hier een rol in kunnen spelen.")


def test_copula_future_is_not_commitment() -> None:
    assert_nothing("Wat het vervolg van die gesprekken zal zijn, is nog niet te zeggen.")


# --- quotes, joining and grouping ------------------------------------------------------


def test_follow_up_sentences_join_the_commitment() -> None:
    text = (
        "In 2024 wordt de subsidieregeling geëvalueerd door het Ministerie van OCW. "
        "Bij deze evaluatie zal ook gekeken worden naar de begroting van de regeling. "
        "Op basis van die evaluatie zal de Kamer geïnformeerd worden."
    )
    commitments = found(text)
    assert len(commitments) == 1
    assert commitments[0].sources[0].quote == text
    assert commitments[0].due == date(2024, 12, 31)


def test_unrelated_next_sentence_is_a_new_commitment() -> None:
    commitments = found(
        "Het kabinet zal in gesprek gaan met de sector. Daarnaast wordt er een informatieportaal ingericht."  # noqa: E501 - the Dutch sentence kept whole
    )
    assert len(commitments) == 2


def test_quote_reaches_back_for_deze() -> None:
    text = (
        "Belangrijke acties zijn de ontwikkeling van een landingspagina en een wervingscampagne. "
        "Deze zullen begin 2024 door de Rijksdienst voor Ondernemend Nederland worden gelanceerd."
    )
    c = assert_commitment(text)
    source = c.sources[0]
    assert source.quote == text
    assert source.lead_in == text.index("Deze")
    assert c.due == date(2024, 3, 31)
    assert "landingspagina" in c.title


def test_quote_is_verbatim_and_mapped_to_source_offsets() -> None:
    doc = document(
        "Het is goed nieuws. Ik zal uw Kamer voor de zomer informeren over de uitkomsten."
    )
    [c] = extract(doc)
    s = c.sources[0]
    assert doc.source[s.start : s.end] == s.quote
    assert s.answer[s.quote_in_answer[0] : s.quote_in_answer[1]] == s.quote
    assert s.faction == "VVD"
    assert s.question == "Kunt u hierop ingaan?"


def test_long_quotes_stay_under_900_characters() -> None:
    filler = (
        "Dit is een lange zin over het beleid die verder niets belooft en alleen uitleg geeft. "
        * 12
    )
    text = (
        filler
        + "Deze zullen in 2024 worden gelanceerd. "
        + "Bij deze lancering zal ook gekeken worden naar de kosten. " * 5
    )
    for c in found(text):
        for s in c.sources:
            assert len(s.quote) <= 900


def test_same_promise_twice_becomes_one_commitment_with_two_sources() -> None:
    cda = "In 2024 wordt de subsidie Praktijkleren geëvalueerd door het Ministerie van OCW."
    d66 = "In 2024 wordt de Subsidieregeling praktijkleren geëvalueerd door het Ministerie van OCW."
    doc = Document(
        path="x",
        source=cda + "\n\n" + d66,
        reference_date=REFERENCE,
        exchanges=[
            Exchange("Vraag CDA", [block(cda, 0)], faction="CDA"),
            Exchange("Vraag D66", [block(d66, len(cda) + 2)], faction="D66"),
        ],
    )
    commitments = extract(doc)
    assert len(commitments) == 1
    assert [s.faction for s in commitments[0].sources] == ["CDA", "D66"]


def test_different_promises_are_not_grouped() -> None:
    commitments = found(
        "Er wordt een landelijk portaal ingericht voor werkzoekenden.",
        "Om de bekendheid te vergroten wordt er een informatieportaal ingericht voor werkgevers.",
    )
    assert len(commitments) == 2


def test_referral_adds_a_source_instead_of_a_row() -> None:
    cda_answer = "Dit jaar wordt gestart met een integrale aanpak om meisjes te stimuleren voor techniek te kiezen."  # noqa: E501 - the Dutch sentence kept whole
    ref = "Hiervoor verwijs ik u naar de beantwoording van de vragen van de CDA-fractie."
    doc = Document(
        path="x",
        source=cda_answer + "\n\n" + ref,
        reference_date=REFERENCE,
        exchanges=[
            Exchange(
                "Hoe stimuleert u meisjes om voor techniek te kiezen?",
                [block(cda_answer, 0)],
                faction="CDA",
            ),
            Exchange(
                "Wat doet u voor meisjes in de techniek?",
                [block(ref, len(cda_answer) + 2)],
                faction="GroenLinks",
            ),
        ],
    )
    [c] = extract(doc)
    assert [(s.faction, s.kind) for s in c.sources] == [
        ("CDA", "quote"),
        ("GroenLinks", "referral"),
    ]


def test_referral_to_numbered_question_links_that_answer() -> None:
    a3 = "Ik zal uw Kamer voor de zomer informeren over de nieuwe planning."
    a6 = "Zie het antwoord op vraag 3."
    doc = Document(
        path="x",
        source=a3 + "\n\n" + a6,
        kind="kamervragen",
        reference_date=REFERENCE,
        exchanges=[
            Exchange("Wanneer hoort de Kamer meer?", [block(a3, 0)], number="3"),
            Exchange("Wanneer is de planning klaar?", [block(a6, len(a3) + 2)], number="6"),
        ],
    )
    [c] = extract(doc)
    assert [s.kind for s in c.sources] == ["quote", "referral"]


# --- actors, titles, cues ---------------------------------------------------------------


def test_actor_resolved_from_addressee() -> None:
    c = assert_commitment(
        "Ik zal uw Kamer voor de zomer informeren.",
        addressee="Staatssecretaris van Economische Zaken en Klimaat",
    )
    assert (c.actor, c.ministry) == ("Staatssecretaris van EZK", "EZK")


def test_actor_resolved_from_answerer_of_kamervragen() -> None:
    c = assert_commitment(
        "Ik laat onderzoek doen naar de wachttijden.",
        addressee=None,
        answerer="minister Kuipers (Volksgezondheid, Welzijn en Sport)",
    )
    assert (c.actor, c.ministry) == ("Minister van VWS", "VWS")


def test_bare_minister_resolved_from_earlier_in_the_answer() -> None:
    c = assert_commitment(
        "De Minister van Onderwijs, Cultuur en Wetenschap is zich bewust van de tekorten. "
        "De Minister komt hier in het Nationaal Programma Onderwijs op terug.",
        addressee="Staatssecretaris van Economische Zaken en Klimaat",
    )
    assert (c.actor, c.ministry) == ("Minister van OCW", "OCW")


@pytest.mark.parametrize(
    "sentence,ministry",
    [
        ("Het Ministerie van SZW zal de regeling in 2024 evalueren.", "SZW"),
        (
            "De Minister van Binnenlandse Zaken en Koninkrijksrelaties zal in overleg treden met de VNG.",  # noqa: E501 - the Dutch sentence kept whole
            "BZK",
        ),
        (
            "De Minister van Infrastructuur en Waterstaat zal de Kamer voor de zomer informeren.",
            "IenW",
        ),
        ("De Minister van Financiën zal de Kamer voor Prinsjesdag informeren.", "FIN"),
        ("De Minister van Justitie en Veiligheid zal in 2024 een wetsvoorstel indienen.", "JenV"),
        ("De Minister voor Klimaat en Groene Groei zal de Kamer in het najaar informeren.", "KGG"),
        ("De Minister van Asiel en Migratie zal de Kamer voor de zomer informeren.", "AenM"),
        ("De Minister van Landbouw, Natuur en Voedselkwaliteit zal de regeling aanpassen.", "LNV"),
    ],
)
def test_ministry_abbreviations(sentence: str, ministry: str) -> None:
    assert assert_commitment(sentence).ministry == ministry


def test_cabinet_is_the_actor() -> None:
    c = assert_commitment(
        "Het kabinet zal de Kamer nader informeren over de uitkomsten van deze gesprekken."
    )
    # the cabinet promises through the minister who answers (issue 18: Bewindspersoon)
    assert c.actor == "Minister van OCW"
    assert c.title == "Kamer informeren over uitkomsten gesprekken"
    nobody = assert_commitment(
        "Het kabinet zal de Kamer nader informeren over de uitkomsten van deze gesprekken.",
        addressee=None,
    )
    assert nobody.actor == "kabinet"  # when the document does not say who answers


def test_cue_explains_extraction() -> None:
    c = assert_commitment(
        "Het kabinet zal in gesprek gaan met instellingen en partners over stageplekken."
    )
    assert c.cue == "aankondiging met 'zal ... gaan' (Minister van OCW)"
    assert c.cues == ["toekomst: zal ... gaan"]


def test_titles_are_short() -> None:
    c = assert_commitment(
        "Het kabinet wil graag de partijen die zich hiermee bezighouden actief betrekken in de "
        "verdere ontwikkeling van het Techniekpact, want hier liggen inderdaad kansen voor mensen "
        "met een beperking om aantrekkelijke werknemers te worden."
    )
    assert 0 < len(c.title) <= 80


def test_reference_date_falls_back_to_document_date_with_warning() -> None:
    doc = document("Ik zal uw Kamer dit voorjaar informeren.", reference=None)
    doc.date = date(2022, 1, 15)
    [c] = extract(doc)
    assert c.due == date(2022, 5, 31)
    assert any("from the document's date" in w for w in doc.warnings)


def test_reference_date_falls_back_to_today_with_warning() -> None:
    doc = document("Ik zal uw Kamer informeren.", reference=None)
    doc.date = None
    extract(doc)
    assert any("from today" in w for w in doc.warnings)
    extract(doc)
    assert len([w for w in doc.warnings if "from today" in w]) == 1  # no duplicate warning


def test_separable_nagaan_is_commitment() -> None:
    assert_commitment(
        "De komende periode ga ik na of deze werkwijze ook elders kan worden toegepast."
    )


def test_fulfilment_in_this_letter_is_not_commitment() -> None:
    assert_nothing("Zoals toegezegd in het debat van 5 april stuur ik u hierbij de evaluatie.")
    assert_nothing("Bijgaand ontvangt u de voortgangsrapportage.")
    assert_nothing("Met deze brief informeer ik uw Kamer over de stand van zaken.")
    assert_nothing("Zoals toegezegd informeer ik uw Kamer met deze brief over de evaluatie.")


def test_named_third_party_with_date_is_not_commitment() -> None:
    assert_nothing("Het CBS publiceert de cijfers in juni.")
    assert_nothing("De Raad van State zal naar verwachting in april advies uitbrengen.")
    assert_nothing("Gemeenten zullen de komende jaren meer taken krijgen.")


def test_ik_is_the_state_secretary_who_signed_not_the_minister_asked(tmp_path):
    """Questions put to the Minister, answered by the Staatssecretaris: "ik" is the latter."""
    from tracker.documents import read_document

    path = tmp_path / "kv.txt"
    path.write_text(
        "Vragen van het lid Bikker (ChristenUnie) aan de Minister van Volksgezondheid, Welzijn"
        " en Sport over de jeugdzorg (ingezonden 4 september 2023).\n\n"
        "Antwoord van Staatssecretaris Van Ooijen (Volksgezondheid, Welzijn en Sport)"
        " (ontvangen 10 oktober 2023).\n\n"
        "Vraag 1\nWanneer informeert u de Kamer?\n\n"
        "Antwoord 1\nOver de uitkomsten informeer ik uw Kamer voor het kerstreces.\n",
        encoding="utf-8",
    )
    (item,) = extract(read_document(path))
    assert item.actor == "Staatssecretaris van VWS"
    assert item.ministry == "VWS"
    assert item.due == date(2023, 12, 20)


def test_ik_verwacht_u_toe_te_sturen_is_a_promise_of_the_minister():
    """'u' after the verb is the House as object, not the subject acting."""
    text = (
        "Ik heb de Rijksdienst gevraagd een uitvoeringsagenda op te stellen. "
        "Ik verwacht u deze agenda voor de zomer toe te sturen."
    )
    block = Block("answer", text, list(range(len(text))))
    document = Document(
        path="t.md",
        source=text,
        kind="verslag",
        reference_date=date(2023, 4, 12),
        addressee="Minister van Onderwijs, Cultuur en Wetenschap",
        answerer="Minister van Onderwijs, Cultuur en Wetenschap",
        exchanges=[Exchange(question="Wanneer komt de agenda?", answer=[block], faction="VVD")],
    )
    (item,) = extract(document)
    assert "toe te sturen" in item.sources[0].quote
    assert "uitvoeringsagenda" in item.sources[0].quote  # "deze agenda" is explained
    assert item.due == date(2023, 6, 30)
    assert item.ministry == "OCW"


def test_annex_text_is_not_searched_for_commitments():
    """A Bijlage after the answers holds background, not promises to a faction."""
    text = "Het kabinet zal de Kamer voor de zomer informeren over de cijfers."
    block = Block("answer", text, list(range(len(text))))
    annex = Exchange(question="", answer=[block], section="Bijlage: cijfers", role="annex")
    answer = Exchange(question="Wanneer?", answer=[block], faction="VVD", role="answer")
    base = dict(path="t.md", source=text, kind="verslag", reference_date=date(2023, 4, 12))
    assert extract(Document(**base, exchanges=[annex])) == []
    assert len(extract(Document(**base, exchanges=[answer]))) == 1


# --- rules added after scoring documents the rules were not written from ------------------
# (tests/data/extract/unseen/; one test per rule, each with its Dutch sentence)


def test_present_tense_exploration_is_a_commitment() -> None:
    c = assert_commitment(
        "Daarnaast verken ik met UWV of verzekeringsartsen die met pensioen zijn gegaan, "
        "tijdelijk kunnen worden ingezet voor herbeoordelingen."
    )
    assert c.due is None
    assert c.title.startswith("Verkennen")


def test_agency_acting_with_a_time_ahead() -> None:
    c = assert_commitment(
        "De IND zet de komende maanden een taskforce van 80 medewerkers in die zich richt op "
        "de oudste zaken."
    )
    assert c.due == date(2023, 6, 9)


def test_agency_recruiting_this_year() -> None:
    c = assert_commitment(
        "De Belastingdienst werft dit jaar 350 extra medewerkers voor de BelastingTelefoon."
    )
    assert c.due == date(2023, 12, 31)


def test_inserted_zoals_clause_does_not_split_the_passive() -> None:
    c = assert_commitment(
        "Het wetsvoorstel wordt, zoals in mijn brief van 7 maart 2022 aangekondigd, in het "
        "voorjaar van 2024 bij uw Kamer ingediend, zodat de wet per 1 januari 2026 in werking "
        "kan treden."
    )
    assert c.due == date(2024, 5, 31)  # the clause of the promise governs, not the zodat-clause


def test_inserted_relative_clause_does_not_split_the_passive() -> None:
    c = assert_commitment(
        "Ook wordt de vragenlijst, die alle 17-jarigen per brief ontvangen, dit najaar aangepast."
    )
    assert c.due == date(2023, 11, 30)


def test_relative_clause_announces_a_report_after_a_past_request() -> None:
    c = assert_commitment(
        "Wel heb ik de ILT gevraagd om in haar eerstvolgende rapportage, die in het najaar van "
        "2023 verschijnt, specifiek aandacht te besteden aan uitgesteld onderhoud."
    )
    assert c.due == date(2023, 11, 30)  # a period after the answer is not a past fact


def test_timed_passive_with_any_participle() -> None:
    c = assert_commitment("In 2024 wordt het aantal plaatsen verdubbeld tot 700.")
    assert c.due == date(2024, 12, 31)


def test_timed_passive_of_estimates_is_no_commitment() -> None:
    assert not found("In 2024 wordt een groei van het aantal aanvragen geschat.")


def test_internet_consultation() -> None:
    c = assert_commitment(
        "Het wetsvoorstel gemeentelijke taak opvang wordt voor het kerstreces in "
        "internetconsultatie gebracht."
    )
    assert c.due == date(2023, 12, 20)


def test_coming_into_force_with_van_kracht() -> None:
    c = assert_commitment(
        "De wijziging van het Besluit wordt naar verwachting per 1 juli 2024 van kracht."
    )
    assert c.due == date(2024, 7, 1)


def test_tender_goes_to_market() -> None:
    c = assert_commitment(
        "De eerste programma-aanbesteding, voor de renovatie van zes bruggen, gaat naar "
        "verwachting in het tweede kwartaal van 2023 de markt op."
    )
    assert c.due == date(2023, 6, 30)
    assert c.title == "Eerste programma-aanbesteding"


def test_event_subject_after_a_place_phrase() -> None:
    c = assert_commitment(
        "In het voorjaar start in Ter Apel en Budel een pilot met een versnelde procedure."
    )
    assert c.due == date(2023, 5, 31)


def test_comparative_forecast_is_no_commitment() -> None:
    assert not found(
        "Door de tekorten zullen er in 2024 naar verwachting minder fysieke controles plaatsvinden."
    )


def test_planned_for_a_range_of_years_despite_past_words_elsewhere() -> None:
    c = assert_commitment(
        "De renovatie van de sluis Eefde is gepland voor de periode 2027–2029; voor de "
        "Merwedesluis wordt de planning herzien, omdat uit recente inspecties is gebleken dat de "
        "deuren eerder aan vervanging toe zijn."
    )
    assert c.due == date(2029, 12, 31)


def test_follow_up_with_another_deadline_is_its_own_commitment() -> None:
    commitments = found(
        "De ervaringen neem ik mee in de evaluatie van de wet, die ik uw Kamer na de zomer van "
        "2023 toestuur. Daarover zal ik ook in de volgende voortgangsbrief rapporteren, die uw "
        "Kamer voor de zomer ontvangt."
    )
    assert sorted(c.due for c in commitments) == [date(2023, 6, 30), date(2023, 9, 30)]


def test_daarnaast_does_not_reach_back() -> None:
    commitments = found(
        "Ik zal uw Kamer voor de zomer informeren over de hinderaanpak. Daarnaast ga ik op korte "
        "termijn met de gemeente Gorinchem in gesprek over de bereikbaarheid."
    )
    assert len(commitments) == 2
    assert commitments[1].sources[0].quote.startswith("Daarnaast")


def test_span_counted_from_an_event_has_no_due_date() -> None:
    c = assert_commitment(
        "Ik zal het advies, voorzien van een kabinetsreactie, binnen drie maanden na ontvangst "
        "aan uw Kamer sturen."
    )
    assert c.due is None


def test_first_of_two_separate_periods_in_one_sentence_governs() -> None:
    c = assert_commitment(
        "Samen met de NVWA werk ik aan een wijziging van de regeling. Die wijziging wordt naar "
        "verwachting in het eerste kwartaal van 2024 gepubliceerd en treedt op 1 juli 2024 in "
        "werking."
    )
    assert c.due == date(2024, 3, 31)


def test_later_period_inside_the_first_refines_it() -> None:
    c = assert_commitment("In 2024 wordt de regeling aangepast, per 1 juli 2024.")
    assert c.due == date(2024, 7, 1)


def test_title_of_an_explicit_promise() -> None:
    c = assert_commitment(
        "Ik zeg uw Kamer toe dat ik de inspectieresultaten van de oudste bruggen voortaan "
        "jaarlijks openbaar maak."
    )
    assert c.title.startswith("Inspectieresultaten van oudste bruggen")
    assert c.title.endswith("openbaar maken")


def test_title_of_a_document_the_house_receives() -> None:
    c = assert_commitment(
        "Uw Kamer ontvangt de eindevaluatie van de LVV-pilots in het derde kwartaal van 2023."
    )
    assert c.title == "Eindevaluatie van LVV-pilots naar Kamer"


def test_title_of_coming_back_at_a_budget_moment() -> None:
    c = assert_commitment("Het kabinet komt hierop terug bij de Voorjaarsnota.")
    assert c.title == "Terugkomen op deze kwestie bij Voorjaarsnota"


# --- the bewindspersoon: offices, not ministries, parties or third persons ---------------

OCW_MINISTER = "Minister van Onderwijs, Cultuur en Wetenschap"


def test_a_ministry_acting_is_its_minister() -> None:
    c = assert_commitment(
        "Het Ministerie van SZW zal de regeling in 2024 evalueren.", addressee=OCW_MINISTER
    )
    assert (c.actor, c.ministry) == ("Minister van SZW", "SZW")


def test_a_ministry_acting_is_the_answering_state_secretary_of_that_ministry() -> None:
    c = assert_commitment(
        "Het Ministerie van EZK zal de regeling in 2024 evalueren.",
        addressee="Staatssecretaris van Economische Zaken en Klimaat",
    )
    assert (c.actor, c.ministry) == ("Staatssecretaris van EZK", "EZK")


def test_the_cabinet_promises_through_the_answering_minister() -> None:
    c = assert_commitment(
        "Het kabinet zal de Kamer nader informeren over de uitkomsten van deze gesprekken.",
        addressee=OCW_MINISTER,
    )
    assert (c.actor, c.ministry) == ("Minister van OCW", "OCW")


def test_a_committee_chair_is_not_the_bewindspersoon() -> None:
    c = assert_commitment(
        "Thea Koster zal daar vanuit haar rol als voorzitter dit voorjaar een advies over "
        "uitbrengen.",
        addressee="Staatssecretaris van Economische Zaken en Klimaat",
    )
    assert (c.actor, c.ministry) == ("Staatssecretaris van EZK", "EZK")
    assert c.title == "Advies uitbrengen (Thea Koster)"  # named in the title, capitals kept


def test_a_name_inside_a_title_keeps_its_capitals() -> None:
    c = assert_commitment("Thea Koster ontvangt met Prinsjesdag de beschikkingen.")
    assert c.title == "Beschikkingen naar Thea Koster"
    c = assert_commitment("De instellingen ontvangen met Prinsjesdag de beschikkingen.")
    assert c.title == "Beschikkingen naar instellingen"


def test_an_article_is_not_taken_for_a_name_in_a_title() -> None:
    c = assert_commitment("De voorzitter, Thea Koster, zal dit voorjaar een advies uitbrengen.")
    assert "(de)" not in c.title.lower()
