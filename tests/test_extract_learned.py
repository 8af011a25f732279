"""The cases of "Learned from real documents" in the specification, one test each.

Every sentence is written for these tests in the style of Aanhangsel answers and
Nota's naar aanleiding van het verslag of several ministries (not copied from the
development set), so that the rules are held to the general case.
"""

from __future__ import annotations

from datetime import date

from test_extract_rules import REFERENCE, assert_commitment, assert_nothing, block, found

from tracker.documents.model import Block, Document, Exchange
from tracker.extract import extract


def test_due_date_belongs_to_the_promised_act_not_to_a_meeting_in_the_same_sentence() -> None:
    c = assert_commitment(
        "Op 14 april vindt er een tweede rondetafelgesprek plaats en ik verwacht uw Kamer "
        "dit najaar te informeren over de uitkomsten."
    )
    assert c.due == date(2023, 11, 30)
    assert c.due_text == "dit najaar"


def test_first_clause_still_governs_when_no_promise_to_the_house_follows() -> None:
    c = assert_commitment(
        "In het najaar start in de regio Twente een pilot met digitale keuringen; de pilot "
        "loopt tot medio 2024 en wordt daarna geëvalueerd."
    )
    assert c.due == date(2023, 11, 30)


def test_expected_outcome_in_the_world_is_not_a_commitment() -> None:
    assert_nothing("De eerste merkbare effecten van de hervorming worden verwacht in 2026.")
    assert_nothing("Naar verwachting wordt de stijging van het aantal aanvragen in 2025 zichtbaar.")


def test_expected_delivery_of_a_document_is_still_a_commitment() -> None:
    c = assert_commitment("De volgende voortgangsrapportage wordt verwacht in het najaar van 2023.")
    assert c.due == date(2023, 11, 30)


def test_hedged_expectation_about_a_study_is_a_forecast() -> None:
    assert_nothing(
        "Naar verwachting zal dit onderzoek aan het einde van het jaar kunnen worden afgerond."
    )


def test_what_an_earlier_letter_said_is_not_a_new_promise() -> None:
    assert_nothing(
        "In de brief van 3 mei 2022 is aangegeven dat de aanloopverliezen tot medio 2031 "
        "worden afgedekt."
    )
    assert_nothing(
        "In mijn brief van 12 januari heb ik gemeld dat de regeling per 1 juli 2023 "
        "wordt aangepast."
    )


def test_a_promise_that_recalls_its_earlier_making_is_still_a_commitment() -> None:
    c = assert_commitment(
        "Zoals door mijn voorganger is toegezegd, zoekt mijn ministerie samen met de "
        "Belastingdienst uit wat de oorzaak van de achterstanden is."
    )
    assert "zoekt" in c.cue


def test_a_third_party_plan_is_not_a_commitment() -> None:
    assert_nothing("Daarnaast zal TenneT onderzoeken of er alternatieve tracés mogelijk zijn.")


def test_informing_the_house_about_a_third_partys_study_is_a_commitment() -> None:
    c = assert_commitment(
        "Wanneer dit onderzoek is afgerond zal ik uw Kamer informeren over de uitkomsten."
    )
    assert c.due is None


def test_left_out_subject_of_a_first_person_verb_is_the_minister() -> None:
    c = assert_commitment("Over de gevolgen voor de planning informeer de Kamer na de zomer.")
    assert c.due == date(2023, 9, 30)


def test_stated_intention_with_hebben_is_a_commitment() -> None:
    assert_commitment(
        "We hebben de intentie om na het voorkeursbesluit separate projectbesluiten te nemen."
    )


def test_effort_without_an_act_or_time_is_not_listed() -> None:
    assert_nothing("Ik span mij in voor een voortvarende realisatie van het netwerk.")
    assert_nothing("Ik zal mij daar vanuit mijn rol ook voor blijven inzetten.")


def test_a_manner_clause_with_blijven_is_not_a_promise() -> None:
    assert_nothing(
        "Het is van belang om samen met de gemeenten te blijven nadenken over de "
        "uitvoering, waarbij we oog blijven houden voor de kwaliteit."
    )


def test_recipients_receiving_decisions_at_a_time_is_a_commitment() -> None:
    c = assert_commitment("De gemeenten ontvangen met Prinsjesdag de beschikkingen.")
    assert c.due == date(2023, 9, 19)  # the third Tuesday of September 2023


def test_report_to_the_house_takes_the_date_of_the_act_it_reports() -> None:
    [decisions, letter] = found(
        "De instellingen ontvangen in juni de subsidiebesluiten. Uw Kamer zal per brief "
        "geïnformeerd worden over de besluiten."
    )
    assert letter.due == decisions.due == date(2023, 6, 30)


def test_a_standing_report_does_not_take_another_sentences_date() -> None:
    commitments = found(
        "De instellingen ontvangen in juni de subsidiebesluiten. Ik zeg uw Kamer toe dat ik "
        "de besluiten voortaan jaarlijks openbaar maak."
    )
    assert commitments[-1].due is None


def test_after_a_year_names_no_deadline() -> None:
    c = assert_commitment(
        "Voor de subsidieperiode na 2028 zal opnieuw afgewogen worden welke codes gelden."
    )
    assert c.due is None


def test_same_act_on_different_objects_stays_separate_promises() -> None:
    commitments = found(
        "Ik zal uw Kamer voor de zomer informeren over de evaluatie van de Wet Bibob.",
        "Ik zal uw Kamer voor de zomer informeren over de evaluatie van de Wet politiegegevens.",
        "Ik zal uw Kamer voor de zomer informeren over de evaluatie van de Wet justitiële "
        "gegevens.",
    )
    assert len(commitments) == 3


def test_the_same_promise_twice_is_one_commitment_with_two_sources() -> None:
    commitments = found(
        "In 2024 wordt de subsidieregeling praktijkleren geëvalueerd door het ministerie.",
        "Ik zal uw Kamer voor de zomer informeren over de voortgang van de stagepact.",
        "In 2024 wordt de subsidieregeling praktijkleren geëvalueerd door het ministerie.",
    )
    assert len(commitments) == 2
    assert len(commitments[0].sources) == 2


def _kamervragen(question: str, answer: str) -> Document:
    q = Block("question", question, list(range(len(question))))
    a_start = len(question) + 2
    a = Block("answer", answer, list(range(a_start, a_start + len(answer))))
    return Document(
        path="test.txt",
        source=f"{question}\n\n{answer}",
        kind="kamervragen",
        reference_date=REFERENCE,
        date=REFERENCE,
        answerer="Minister van Infrastructuur en Waterstaat",
        exchanges=[Exchange(question, [a], section="Vraag 4", number="4", question_blocks=[q])],
    )


def test_bare_yes_to_a_request_to_inform_is_a_commitment_quoting_the_request() -> None:
    question = (
        "Hoe beoordeelt u dit bericht? Bent u bereid de Kamer voor de zomer te informeren "
        "over de uitkomsten van de evaluatie van de Wet luchtvaart?"
    )
    [c] = extract(_kamervragen(question, "Ja."))
    assert c.due == date(2023, 6, 30)
    [source] = c.sources
    assert source.quote.startswith("Bent u bereid de Kamer voor de zomer te informeren")
    assert source.quote.endswith("Ja.")
    assert "Wet luchtvaart" in c.title


def test_bare_yes_to_bent_u_bekend_met_promises_nothing() -> None:
    assert (
        extract(_kamervragen("Bent u bekend met het bericht «Bruggen in slechte staat»?", "Ja."))
        == []
    )


def test_bare_yes_to_answering_the_questions_promises_nothing() -> None:
    question = "Kunt u deze vragen één voor één en binnen de termijn beantwoorden?"
    assert extract(_kamervragen(question, "Ja.")) == []


def test_yes_followed_by_an_explicit_promise_is_that_promise_once() -> None:
    question = "Bent u bereid de Kamer te informeren over de uitkomsten van het overleg?"
    [c] = extract(_kamervragen(question, "Ja. Ik zal uw Kamer na de zomer informeren."))
    assert c.sources[0].quote.endswith("Ik zal uw Kamer na de zomer informeren.")
    assert "Bent u bereid" not in c.sources[0].quote
    assert c.due == date(2023, 9, 30)


def test_faction_questions_in_an_answer_never_count() -> None:
    assert_nothing(
        "De leden van de D66-fractie vragen de regering om voor de zomer een nulmeting uit "
        "te voeren."
    )


def test_block_helper_keeps_offsets() -> None:
    b = block("Ja.", 10)
    assert b.source_span(0, 3) == (10, 13)


def test_talks_with_an_announced_outcome_are_a_commitment() -> None:
    c = assert_commitment(
        "Momenteel zijn mijn collega's met de zorgverzekeraars in gesprek om gezamenlijk uit "
        "te werken hoe de aanbevelingen kunnen worden opgevolgd."
    )
    assert c.cue.startswith("gesprekken met een aangekondigde uitkomst")


def test_talks_without_an_outcome_are_not_listed() -> None:
    assert_nothing("Ik ben met de gemeenten in gesprek over de uitvoering van de regeling.")


def test_a_ministry_working_on_a_further_development_is_a_commitment() -> None:
    assert_commitment(
        "Daarnaast werkt BZK aan de doorontwikkeling van de handreiking voor gemeenten "
        "(Kamerbrief «Voortgang digitale overheid» van 15 januari 2023)."
    )


def test_the_date_of_a_cited_letter_does_not_put_a_sentence_in_the_past() -> None:
    c = assert_commitment(
        "Het ministerie werkt aan de uitwerking van een nieuw afwegingskader (Kamerstuk "
        "29 515, nr. 480 van 2 februari 2022)."
    )
    assert c.due is None


def test_a_footnote_number_after_a_period_ends_the_sentence() -> None:
    [c] = found(
        "De beleidsreactie is op 19 juni 2022 aan de Kamer gestuurd.16 Momenteel zijn mijn "
        "collega's met de sector in gesprek om uit te werken hoe opvolging kan worden gegeven."
    )
    assert c.sources[0].quote.startswith("Momenteel zijn mijn collega's")


def test_how_rules_are_worked_out_is_a_practice_not_a_promise() -> None:
    assert_nothing(
        "In lagere EU-regelgeving worden de technische details uitgewerkt die de regeldruk bepalen."
    )
    assert_nothing(
        "In het kader van het besluitvormingsproces wordt bezien of de MKB-toets heeft "
        "plaatsgevonden."
    )


def test_work_under_way_in_the_present_passive_is_a_commitment() -> None:
    assert_commitment("Op dit moment worden de voorstellen van de commissie nader uitgewerkt.")


def test_a_class_named_by_a_relative_clause_announces_nothing() -> None:
    assert_nothing(
        "Alle ontwerpen waarvoor een BNC-fiche zal worden opgesteld worden aan het college "
        "doorgestuurd."
    )


def test_expected_readiness_of_a_document_is_a_delivery() -> None:
    c = assert_commitment(
        "De verwachting is dat de evaluatie in het derde kwartaal van 2023 gereed is."
    )
    assert c.due == date(2023, 9, 30)
    assert_nothing("De verwachting is dat de kosten in 2024 verder stijgen.")


def test_a_named_minister_informing_you_is_a_commitment() -> None:
    assert_commitment("De Staatssecretaris van Financiën zal u hierover separaat informeren.")


def test_going_into_a_matter_in_a_later_report_is_a_commitment() -> None:
    assert_commitment("In het volgende halfjaarbericht zal ik hier nader op ingaan.")


def test_a_repeat_with_words_of_its_own_joins_the_promise_it_repeats() -> None:
    commitments = found(
        "Ik zal uw Kamer voor de zomer informeren over de evaluatie van de Wet Bibob.",
        "Ik zal uw Kamer voor de zomer informeren over de evaluatie van de Wet politiegegevens.",
        "Zoals aangegeven zal ik uw Kamer voor de zomer informeren over de evaluatie van de "
        "Wet Bibob.",
    )
    assert [len(c.sources) for c in commitments] == [2, 1]


def test_coming_back_and_informing_about_the_same_object_is_one_promise() -> None:
    commitments = found(
        "Op de precieze impact op het uitrolplan van het warmtenet kom ik na de zomer terug.",
        "Ik zal uw Kamer voor het einde van het jaar informeren over de subsidieregeling.",
        "Over de precieze impact van de vertraging op het uitrolplan van het warmtenet "
        "informeer ik de Kamer na de zomer.",
    )
    assert [len(c.sources) for c in commitments] == [2, 1]


def test_what_happens_every_year_is_a_routine_not_a_promise() -> None:
    assert_nothing(
        "Het college publiceert tweemaal per jaar een rapport over zijn adviezen. Dit betreft "
        "in de eerste plaats het jaarverslag en dit verschijnt in het voorjaar."
    )


def test_a_dated_event_in_a_paragraph_about_routines_is_still_a_commitment() -> None:
    assert_commitment(
        "De inspectie rapporteert jaarlijks over het onderhoud. De extra rapportage over de "
        "bruggen verschijnt in het najaar van 2023."
    )


def test_work_under_coordination_of_a_third_party_is_theirs() -> None:
    assert_nothing("Onder coördinatie van het platform dcypher wordt een routekaart uitgevoerd.")
    assert_nothing("Onder leiding van de VNG wordt een handreiking opgesteld.")


def test_an_act_and_the_report_on_its_outcome_are_one_promise_due_with_the_report() -> None:
    [c] = found(
        "Ik zal onderzoeken of een reiskostenvergoeding voor stagiairs uitvoerbaar is. Voor "
        "het kerstreces informeer ik uw Kamer over de uitkomst van dit onderzoek."
    )
    assert c.due == date(2023, 12, 20)
    assert c.sources[0].quote.startswith("Ik zal onderzoeken")


def test_a_report_naming_the_act_again_joins_it_and_its_time_governs() -> None:
    [c] = found(
        "Het programma wordt dit najaar door een extern bureau geëvalueerd. De evaluatie "
        "ontvangt uw Kamer voor de zomer van 2024."
    )
    assert c.due == date(2024, 6, 30)


def test_a_time_inside_the_object_of_an_act_is_not_its_time() -> None:
    [c] = found(
        "Daarnaast laat ik door een onafhankelijk bureau onderzoeken welke middelen tot 2040 "
        "nodig zijn. Het onderzoeksrapport stuur ik aan uw Kamer in het eerste kwartaal van 2024."
    )
    assert c.due == date(2024, 3, 31)


def test_a_report_due_before_the_act_is_a_separate_step() -> None:
    commitments = found(
        "De regeling wordt in 2024 geëvalueerd. Over de opzet van deze evaluatie informeer ik "
        "uw Kamer voor de zomer van 2023."
    )
    assert [c.due for c in commitments] == [date(2024, 12, 31), date(2023, 6, 30)]


def test_a_sentence_naming_the_plan_again_gives_its_date() -> None:
    [c] = found(
        "Ik ben voornemens de subsidieregeling zij-instroom te verruimen. De verruimde regeling "
        "gaat per 1 augustus 2023 in."
    )
    assert c.due == date(2023, 8, 1)


def test_keeping_an_earlier_promise_with_this_letter_is_no_new_promise() -> None:
    assert_nothing(
        "Daarmee geef ik ook invulling aan de toezegging uit het commissiedebat van 6 juni om "
        "uw Kamer na de zomer te informeren."
    )


def test_a_promise_that_says_it_repeats_another_answer_joins_that_answer() -> None:
    from tracker.documents.model import Document, Exchange

    first = "Ik zal de werking van de wet binnen drie jaar na inwerkingtreding laten evalueren."
    again = (
        "Zoals in antwoord op vraag 5 aangegeven, wordt de wet binnen drie jaar na "
        "inwerkingtreding geëvalueerd."
    )
    document = Document(
        path="test.md",
        source=f"{first}\n\n{again}",
        kind="nota",
        reference_date=REFERENCE,
        exchanges=[
            Exchange("Vraag?", [block(first, 0)], number="5", section="5"),
            Exchange("Vraag?", [block(again, len(first) + 2)], number="9", section="9"),
        ],
    )
    [c] = extract(document)
    assert [s.quote for s in c.sources] == [first, again]


def test_research_that_was_had_done_is_the_past() -> None:
    assert_nothing(
        "De Staatssecretaris van VWS (coördinerend bewindspersoon) heeft samen met de Minister "
        "voor Rechtsbescherming een onderzoek door Sira Consulting laten uitvoeren."
    )


def test_an_independent_authority_is_a_third_party() -> None:
    assert_nothing("De Kansspelautoriteit zal in 2024 een thema-onderzoek uitvoeren.")


def test_an_act_after_an_event_still_to_come_is_a_commitment_without_a_date() -> None:
    c = assert_commitment(
        "Het wetsvoorstel wordt na advies van de Raad van State bij uw Kamer ingediend."
    )
    assert c.due is None


def test_what_is_done_each_time_something_arrives_is_a_routine() -> None:
    assert_nothing("De voorstellen worden direct na ontvangst aan het college doorgestuurd.")


def test_taking_outcomes_into_account_is_a_commitment() -> None:
    assert_commitment("De uitkomsten worden meegenomen in de besluitvorming over de begroting.")


def test_what_a_bill_does_is_not_a_promise() -> None:
    assert_nothing(
        "Met dit wetsvoorstel wordt per 1 januari 2026 de termijn voor bezwaar verlengd."
    )
    assert_nothing(
        "Door deze wijziging zal de Belastingdienst vanaf 2026 meer ruimte krijgen voor maatwerk."
    )
    assert_commitment("Het wetsvoorstel wordt in het voorjaar van 2024 bij uw Kamer ingediend.")


def test_a_footnote_number_after_a_year_ends_the_sentence() -> None:
    [c] = found(
        "Het college is ingesteld tot 1 december 2023.1 Om de continuïteit te waarborgen "
        "wordt uiterlijk per 1 december 2023 voorzien in de wettelijke instelling ervan."
    )
    assert c.sources[0].quote.startswith("Om de continuïteit")
    assert c.due_text == "uiterlijk per 1 december 2023"
