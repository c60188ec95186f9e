"""validate_goal_form with real trackers: each answer is checked, problems are explained."""

import asyncio
from datetime import date, timedelta

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.goal_form import ValidateGoalForm
from assistant.common.templating import message
from assistant.goals.smart import MEASURE_EXAMPLES, STATEMENT_EXAMPLES
from tests.actions.conftest import make_tracker, sent, texts, validate_answer


def validate(domain, slot, value, slots=None):
    return validate_answer(ValidateGoalForm(), domain, slot, value, "goal_form", slots)


def test_vague_goal_is_challenged_with_an_example(domain):
    dispatcher, slots = validate(domain, "goal_statement", "progresser", {"goal_area": "leadership"})
    assert slots["goal_statement"] is None
    example = STATEMENT_EXAMPLES["leadership"]
    assert sent(dispatcher) == [message("goal_statement_vague", answer="progresser", example=example)]
    assert "« progresser »" in sent(dispatcher)[0] and "équipe" in sent(dispatcher)[0]


def test_specific_goal_is_kept(domain):
    dispatcher, slots = validate(domain, "goal_statement", "devenir chef d’équipe d'ici l'an prochain")
    assert slots["goal_statement"] == "devenir chef d'équipe d'ici l'an prochain"
    assert dispatcher.messages == []


def test_area_from_button_and_from_text(domain):
    _, slots = validate(domain, "goal_area", "reseau")
    assert slots["goal_area"] == "reseau"
    _, slots = validate(domain, "goal_area", "plutôt la communication")
    assert slots["goal_area"] == "relationnel"
    dispatcher, slots = validate(domain, "goal_area", "the weather please")
    assert slots["goal_area"] is None and sent(dispatcher) == [message("goal_area_unknown")]


def test_deadline_is_stored_as_iso_date(domain):
    _, slots = validate(domain, "goal_deadline", "dans 6 mois")
    stored = date.fromisoformat(slots["goal_deadline"])
    assert timedelta(days=170) < stored - date.today() < timedelta(days=190)


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("le 15/09/2020", "goal_deadline_past"),
        ("quand j'aurai le temps", "goal_deadline_unparseable"),
        ("dans 40 ans", "goal_deadline_too_far"),
        ("", "answer_empty"),
    ],
)
def test_bad_deadlines_are_explained(domain, answer, response):
    dispatcher, slots = validate(domain, "goal_deadline", answer)
    assert slots["goal_deadline"] is None
    assert sent(dispatcher) == [message(response)]


def test_measure_needs_an_indicator(domain):
    dispatcher, slots = validate(domain, "goal_measure", "je le sentirai", {"goal_area": "carriere"})
    assert slots["goal_measure"] is None
    assert sent(dispatcher) == [message("goal_measure_missing", example=MEASURE_EXAMPLES["carriere"])]
    assert "entretiens" in sent(dispatcher)[0]
    _, slots = validate(domain, "goal_measure", "3 entretiens")
    assert slots["goal_measure"] == "3 entretiens"


def test_huge_answer_is_refused_with_a_reason(domain):
    dispatcher, slots = validate(domain, "goal_motivation", "parce que " * 600)
    assert slots["goal_motivation"] is None
    assert sent(dispatcher) == [message("answer_too_long")]


def test_unknown_mentoring_kind_explains_the_kinds(domain):
    dispatcher, slots = validate(domain, "goal_mentoring_kind", "je sais pas")
    assert slots["goal_mentoring_kind"] is None
    assert sent(dispatcher)[0] == message("goal_mentoring_kind_unknown")
    assert "Mentorat inversé" in texts(dispatcher)
    _, slots = validate(domain, "goal_mentoring_kind", "inverse")
    assert slots["goal_mentoring_kind"] == "inverse"


def ask(domain, action, slots):
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, make_tracker(slots=slots, active_loop="goal_form"), domain))
    return dispatcher


def test_questions_reuse_earlier_answers(domain):
    from actions import goal_form

    dispatcher = ask(domain, goal_form.ActionAskGoalStatement(), {"goal_area": "leadership"})
    assert sent(dispatcher)[0].startswith("Leadership, c'est noté.")
    dispatcher = ask(domain, goal_form.ActionAskGoalMeasure(), {"goal_statement": "devenir chef d'équipe"})
    assert "« devenir chef d'équipe »" in sent(dispatcher)[0]


def test_area_and_kind_questions_offer_buttons(domain):
    from actions import goal_form

    areas = ask(domain, goal_form.ActionAskGoalArea(), {}).messages[0]["buttons"]
    assert len(areas) == 6 and areas[2]["payload"] == '/inform{"goal_area":"leadership"}'
    kinds = ask(domain, goal_form.ActionAskGoalMentoringKind(), {}).messages[0]["buttons"]
    assert [b["title"] for b in kinds][-1] == "Expliquez-moi les types"
    assert '/inform{"mentoring_kind":"inverse"}' in [b["payload"] for b in kinds]


def test_an_area_named_in_the_request_is_proposed_first(domain):
    from actions import goal_form

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text="je viens d'être promu chef d'équipe",
        intent="clarify_goal",
        entities=[{"entity": "goal_area", "value": "leadership"}],
        active_loop="goal_form",
    )
    asyncio.run(goal_form.ActionAskGoalArea().run(dispatcher, tracker, domain))
    question = dispatcher.messages[0]
    assert "« Leadership »" in question["text"] and question["text"].rstrip().endswith("?")
    assert question["buttons"][0]["payload"] == '/inform{"goal_area":"leadership"}' and len(question["buttons"]) == 6


def test_yes_to_the_proposed_area_takes_it(domain):
    from actions import goal_form

    asked = CollectingDispatcher()
    tracker = make_tracker(
        text="je viens d'être promu chef d'équipe",
        intent="clarify_goal",
        entities=[{"entity": "goal_area", "value": "leadership"}],
        active_loop="goal_form",
    )
    asyncio.run(goal_form.ActionAskGoalArea().run(asked, tracker, domain))
    yes = make_tracker(text="oui", intent="affirm", active_loop="goal_form", slots={"requested_slot": "goal_area"})
    bot = {"event": "bot", "text": asked.messages[0]["text"], "data": {"buttons": asked.messages[0]["buttons"]}}
    yes.events.insert(0, bot)
    result = ValidateGoalForm().validate_goal_area("oui", CollectingDispatcher(), yes, domain)
    assert result == {"goal_area": "leadership"}
    plain = make_tracker(text="oui", intent="affirm", active_loop="goal_form")
    assert ValidateGoalForm().validate_goal_area("oui", CollectingDispatcher(), plain, domain) == {"goal_area": None}


def test_a_question_about_the_areas_is_answered_not_taken_for_one(domain):
    # ninth panel: « c'est quoi la différence entre … et … ? » was noted as the second area named
    text = "ça veut dire quoi exactement leadership, par rapport au relationnel ?"
    tracker = make_tracker(text=text, intent="inform", active_loop="goal_form", slots={"requested_slot": "goal_area"})
    dispatcher = CollectingDispatcher()
    assert ValidateGoalForm().validate_goal_area("leadership", dispatcher, tracker, domain) == {"goal_area": None}
    assert sent(dispatcher) == [message("help_goal_area_compared")]
    answer = make_tracker(text="Leadership ?", intent="inform", active_loop="goal_form")
    assert ValidateGoalForm().validate_goal_area("leadership", dispatcher, answer, domain) == {
        "goal_area": "leadership"
    }


def test_a_question_about_the_areas_read_as_a_mentoring_question_is_still_about_the_areas(domain):
    # tenth panel: the knowledge base answered about careers and skills
    text = "avant de choisir, c'est quoi la différence entre leadership et relationnel ?"
    dispatcher, slots = validate_answer(ValidateGoalForm(), domain, "goal_area", text, "goal_form", intent="faq")
    assert slots["goal_area"] is None and sent(dispatcher) == [message("help_goal_area_compared")]


def test_an_area_taken_back_at_the_next_question_is_changed(domain):
    text = "nan j'ai pas dit ça, c plutot le réseau"
    dispatcher, slots = validate(domain, "goal_statement", text, {"goal_area": "technique"})
    assert slots["goal_area"] == "reseau" and slots["goal_statement"] is None
    assert "le domaine est maintenant « Réseau professionnel »" in texts(dispatcher)


def test_yes_to_the_area_question_with_no_proposal_takes_no_area(domain):
    # ninth panel: « ouais vas y » to the plain question took the first button, « Compétences techniques »
    from actions import goal_form

    asked = CollectingDispatcher()
    tracker = make_tracker(text="on y va", intent="clarify_goal", active_loop="goal_form")
    asyncio.run(goal_form.ActionAskGoalArea().run(asked, tracker, domain))
    yes = make_tracker(text="ouais ok", intent="affirm", active_loop="goal_form", slots={"requested_slot": "goal_area"})
    bot = {"event": "bot", "text": asked.messages[0]["text"], "data": {"buttons": asked.messages[0]["buttons"]}}
    yes.events.insert(0, bot)
    assert ValidateGoalForm().validate_goal_area("ouais ok", CollectingDispatcher(), yes, domain) == {"goal_area": None}


def test_cleared_slots_are_not_judged_as_answers(domain):
    """Starting a goal clears the six slots; the form must not answer those None values."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        slots={"requested_slot": None},
        text="je veux un objectif",
        intent="clarify_goal",
        active_loop="goal_form",
        set_after_user={
            name: None
            for name in (
                "goal_area",
                "goal_statement",
                "goal_measure",
                "goal_deadline",
                "goal_motivation",
                "goal_mentoring_kind",
            )
        },
    )
    asyncio.run(ValidateGoalForm().run(dispatcher, tracker, domain))
    assert dispatcher.messages == []


def test_a_question_about_the_question_is_explained_not_stored(domain):
    dispatcher, slots = validate(
        domain,
        "goal_measure",
        "tu peux me donner un exemple de bon indicateur ?",
        {"goal_area": "leadership", "goal_statement": "animer mon équipe"},
    )
    assert slots["goal_measure"] is None
    assert sent(dispatcher) == [message("help_goal_measure")]


def test_an_unsure_answer_ending_with_a_question_mark_is_still_checked_as_an_answer(domain):
    _, slots = validate(domain, "goal_deadline", "dans 6 mois ?", {"goal_area": "leadership"})
    assert slots["goal_deadline"] is not None


_WRITTEN = {"goal_area": "carriere", "goal_statement": "décrocher un premier CDI de développeur"}


def test_a_correction_of_an_earlier_answer_changes_it_and_the_question_comes_again(domain):
    """Typed while the measure is asked: the deadline is changed, the measure is not filled with the sentence."""
    deadline = date(date.today().year + 2, 9, 15)
    dispatcher, slots = validate(
        domain,
        "goal_motivation",
        f"ah non en fait l'échéance c'est le 15/09/{deadline.year}",
        {**_WRITTEN, "goal_deadline": "2031-01-01"},
    )
    assert slots["goal_motivation"] is None
    assert slots["goal_deadline"] == deadline.isoformat()
    assert texts(dispatcher) == f"C'est corrigé : l'échéance est maintenant le 15 septembre {deadline.year}. Reprenons."


def test_the_statement_can_be_corrected_while_the_measure_is_asked(domain):
    dispatcher, slots = validate(
        domain, "goal_measure", "non attends, change l'objectif : obtenir une alternance en data d'ici l'été", _WRITTEN
    )
    assert slots["goal_measure"] is None
    assert slots["goal_statement"] == "obtenir une alternance en data d'ici l'été"
    assert "votre objectif est maintenant « obtenir une alternance en data" in texts(dispatcher)


def test_a_date_taken_back_at_a_later_question_changes_the_deadline(domain):
    """Typed where the reason is asked, a bare date after « non, attendez » is the deadline, never the reason."""
    dispatcher, slots = validate(
        domain, "goal_motivation", "ah non pardon, plutôt dans un an", {**_WRITTEN, "goal_deadline": "2031-01-01"}
    )
    assert slots["goal_motivation"] is None
    stored = date.fromisoformat(slots["goal_deadline"])
    assert timedelta(days=355) < stored - date.today() < timedelta(days=375)
    assert "l'échéance est maintenant" in texts(dispatcher)


def test_a_reason_that_speaks_of_time_is_still_a_reason(domain):
    _, slots = validate(
        domain,
        "goal_motivation",
        "parce que dans un an mon contrat se termine",
        {**_WRITTEN, "goal_deadline": "2031-01-01"},
    )
    assert slots["goal_motivation"] == "parce que dans un an mon contrat se termine"


def test_a_goal_put_in_place_of_another_while_the_measure_is_asked_replaces_the_goal(domain):
    text = "non, oublie ça, écris plutôt : devenir ébéniste à mon compte"
    dispatcher, slots = validate(domain, "goal_measure", text, _WRITTEN)
    assert slots["goal_measure"] is None
    assert slots["goal_statement"] == "devenir ébéniste à mon compte"
    assert "votre objectif est maintenant" in texts(dispatcher)


def test_a_goal_put_in_place_while_the_deadline_is_asked_replaces_the_goal(domain):
    text = "bon, oublie ça, mets plutôt : devenir ébéniste à mon compte"
    _, slots = validate(domain, "goal_deadline", text, {**_WRITTEN, "goal_measure": "3 clients"})
    assert slots["goal_deadline"] is None and slots["goal_statement"] == "devenir ébéniste à mon compte"


def test_a_measure_put_in_place_while_the_deadline_is_asked_replaces_the_measure(domain):
    # tenth panel: « non attends, plutôt : 3 études … » after the measure replaced the goal itself
    text = "non attendez, plutôt : 4 chantiers livrés en autonomie"
    _, slots = validate(domain, "goal_deadline", text, {**_WRITTEN, "goal_measure": "un poste signé"})
    assert slots["goal_measure"] == "4 chantiers livrés en autonomie"
    assert "goal_statement" not in slots and slots["goal_deadline"] is None


def test_a_measure_put_in_place_of_another_is_the_measure(domain):
    _, slots = validate(domain, "goal_measure", "laisse tomber ça, mets plutôt : 4 entretiens obtenus", _WRITTEN)
    assert slots["goal_measure"] == "4 entretiens obtenus"


def test_a_correction_the_field_refuses_keeps_the_earlier_answer(domain):
    dispatcher, slots = validate(
        domain, "goal_motivation", "oups, la date c'est plutôt hier", {**_WRITTEN, "goal_deadline": "2031-01-01"}
    )
    assert slots["goal_motivation"] is None
    assert "goal_deadline" not in slots  # no event: the earlier deadline stays
    assert sent(dispatcher) == [message("goal_deadline_past")]


def test_an_answer_announced_as_a_correction_keeps_only_the_answer(domain):
    _, slots = validate(domain, "goal_measure", "non, la mesure c'est 3 entretiens obtenus", _WRITTEN)
    assert slots["goal_measure"] == "3 entretiens obtenus"


def test_an_answer_that_mentions_a_date_is_still_an_answer(domain):
    _, slots = validate(domain, "goal_measure", "3 entretiens décrochés avant la date de fin de mon contrat", _WRITTEN)
    assert slots["goal_measure"] == "3 entretiens décrochés avant la date de fin de mon contrat"


def test_an_empty_area_is_told_empty(domain):
    dispatcher, slots = validate(domain, "goal_area", "   ")
    assert slots["goal_area"] is None
    assert sent(dispatcher) == [message("answer_empty")]


def test_a_button_pressed_late_is_never_stored_as_an_answer(domain):
    # eleventh panel: « /correct_goal_field{"goal_field":"goal_measure"} » became the goal's text
    payload = '/correct_goal_field{"goal_field":"goal_measure"}'
    _, slots = validate_answer(
        ValidateGoalForm(),
        domain,
        "goal_statement",
        payload,
        "goal_form",
        {"goal_area": "carriere"},
        intent="correct_goal_field",
    )
    assert slots["goal_statement"] is None
