"""Panel defect: a goal lost at its summary when the approval was not a bare « oui » (or came after an aside)."""

from rasa_sdk import Tracker

from actions import courtesy, goals, outreach_drafts
from actions.common import goal_summary_pending
from assistant.common.templating import message
from tests.actions.conftest import make_tracker, run, sent
from tests.actions.test_goal_actions import FILLED


def _after_summary(text: str, intent: str, between: list[dict] | None = None, slots: dict | None = None) -> Tracker:
    """A tracker where the summary was shown, ``between`` happened, then the mentee wrote ``text``."""
    tracker = make_tracker(slots={**FILLED, **(slots or {})}, text=text, intent=intent)
    shown = [
        {"event": "action", "name": "goal_form"},
        {"event": "action", "name": "action_show_goal_summary"},
        {"event": "bot", "text": message("confirm_goal"), "data": {"buttons": [{"payload": "/affirm"}]}},
    ]
    tracker.events = [*shown, *(between or []), *tracker.events]
    return tracker


#: An aside answered between the summary and the approval: a response with buttons but no question.
ASIDE = [
    {"event": "action", "name": "action_listen"},
    {"event": "user", "text": "hmm", "parse_data": {}},
    {"event": "action", "name": "utter_out_of_scope"},
    {"event": "bot", "text": "Je ne sais pas faire cela :", "data": {"buttons": [{"payload": "/help"}]}},
]


def test_a_yes_after_an_aside_still_saves_the_pending_goal(domain):
    tracker = _after_summary("ouaip sauvegarde-le", "affirm", ASIDE)
    assert goal_summary_pending(tracker)
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_save_goal", "timestamp": None}]
    assert dispatcher.messages == []


def test_no_pending_summary_once_saved_cancelled_or_while_editing(domain):
    saved = [{"event": "action", "name": "action_save_goal"}]
    assert not goal_summary_pending(_after_summary("oui", "affirm", saved))
    assert not goal_summary_pending(_after_summary("oui", "affirm", slots={"editing_goal_id": "3"}))
    assert not goal_summary_pending(_after_summary("oui", "affirm", slots={"goal_measure": None}))


def test_a_no_after_an_aside_does_not_save_and_asks_again(domain):
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=_after_summary("nan", "deny", ASIDE))
    assert events == []
    assert sent(dispatcher) == [message("confirm_goal_again")]


def test_thanks_read_as_a_yes_with_nothing_asked_is_answered_as_thanks(domain):
    tracker = make_tracker(text="Super, merci bien", intent="affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert sent(dispatcher) == ["utter_you_are_welcome"] and events == []


def test_an_unclear_answer_to_the_summary_asks_the_summary_question_again(domain):
    tracker = _after_summary("mdr bof jsp trop en vrai", "nlu_fallback")
    dispatcher, _ = run(courtesy.ActionDefaultAskAffirmation(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("confirm_goal_again")]
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/affirm", "/correct_goal_field", "/stop"]


def test_a_summary_shown_long_ago_is_no_longer_pending(domain):
    assert goal_summary_pending(_after_summary("oui", "affirm", ASIDE * 2))
    assert not goal_summary_pending(_after_summary("oui", "affirm", ASIDE * 3))


# --- fifth panel: what is typed at a waiting summary keeps the goal, and a typed correction applies ----------


def test_a_correction_typed_at_the_summary_is_applied_and_the_summary_shown_again(domain):
    tracker = _after_summary("Avant de valider, pouvez-vous changer l'échéance : fin septembre 2027 ?", "nlu_fallback")
    dispatcher, events = run(courtesy.ActionDefaultAskAffirmation(), domain, tracker=tracker)
    assert {"event": "slot", "name": "goal_deadline", "value": "2027-09-30", "timestamp": None} in events
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}
    assert sent(dispatcher)[0].startswith("C'est corrigé : l'échéance est maintenant le 30 septembre 2027")


def test_a_correction_of_the_goal_read_as_a_draft_revision_is_applied_to_the_goal(database, domain):
    text = "c'est trop long, remplace l'intitulé par : encadrer une équipe de trois personnes"
    dispatcher, events = run(outreach_drafts.ActionReviseDraft(), domain, tracker=_after_summary(text, "revise_draft"))
    assert {
        "event": "slot",
        "name": "goal_statement",
        "value": "encadrer une équipe de trois personnes",
        "timestamp": None,
    } in events
    assert message("no_draft") not in sent(dispatcher)


def test_without_a_draft_c_est_bon_under_the_summary_saves_the_goal(database, domain):
    tracker = _after_summary("c'est bon", "finalize_draft")
    _, events = run(outreach_drafts.ActionFinalizeDraft(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_save_goal", "timestamp": None}]


def test_asking_for_the_goal_again_comes_back_to_the_one_waiting(database, domain):
    tracker = _after_summary("non, je parlais de l'objectif qu'on est en train d'écrire", "clarify_goal")
    dispatcher, events = run(goals.ActionStartGoal(), domain, tracker=tracker)
    assert events == [] and sent(dispatcher) == [message("goal_resumed")]  # the answers are not reset
    dispatcher, events = run(
        goals.ActionStartGoal(), domain, tracker=_after_summary("un autre objectif", "clarify_goal")
    )
    assert {"event": "slot", "name": "goal_statement", "value": None, "timestamp": None} in events


def test_a_typed_correction_with_other_words_read_as_entities_runs_the_form(domain):
    # fifth panel: « change la mesure : 4 entretiens techniques … » also named an area (« techniques »): no rule with
    # exactly that entity matched, the field menu came instead; the action now starts the form itself
    tracker = _after_summary(
        "change la mesure du succès : au moins 4 entretiens techniques",
        "correct_goal_field",
        slots={"goal_field": "goal_measure"},
    )
    _, events = run(goals.ActionCorrectGoalField(), domain, tracker=tracker)
    assert {
        "event": "slot",
        "name": "goal_measure",
        "value": "au moins 4 entretiens techniques",
        "timestamp": None,
    } in events
    assert events[-1] == {"event": "followup", "name": "goal_form", "timestamp": None}


def test_a_fallback_after_the_turn_was_answered_undoes_nothing(domain):
    # fifth panel: the goal was saved, then the fallback's rewind put its answers back: the next correction
    # created a second goal
    tracker = make_tracker(text="/affirm", intent="affirm")
    tracker.events += [
        {"event": "action", "name": "action_save_goal"},
        {"event": "bot", "text": "C'est enregistré", "metadata": {}},
        {"event": "slot", "name": "goal_statement", "value": None},
    ]
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert dispatcher.messages == []
    # the turn ends: an empty answer let the fallback be predicted again and again (seventh panel: silent for good)
    assert events == [{"event": "followup", "name": "action_listen", "timestamp": None}]
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain, tracker=make_tracker(text="blabla"))
    assert events[0]["event"] == "rewind" and sent(dispatcher)[0] == message("fallback_menu")


def test_a_no_with_the_new_value_corrects_the_answer_that_held_the_old_one(domain):
    # seventh panel: « non … X, pas Y » at the summary showed the field menu, then the field named with « ! »
    # was not understood and the goal was lost
    tracker = _after_summary("Non ! 5 personnes, pas 3.", "deny")
    dispatcher, events = run(goals.ActionCorrectGoalField(), domain, tracker=tracker)
    assert {"event": "slot", "name": "goal_measure", "value": "encadrer 5 personnes", "timestamp": None} in events
    assert events[-1] == {"event": "followup", "name": "goal_form", "timestamp": None}
    assert "encadrer 5 personnes" in sent(dispatcher)[0]
    dispatcher, events = run(goals.ActionCorrectGoalField(), domain, tracker=_after_summary("non", "deny"))
    assert sent(dispatcher) == ["utter_ask_goal_field"] and events[-1]["name"] == "goal_field"


def test_a_misunderstood_correction_at_the_summary_is_applied_not_forgotten(domain):
    tracker = _after_summary("en fait… dans un an, pas fin juin", "nlu_fallback")
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert not any(e["event"] == "rewind" for e in events)
    assert any(e.get("name") == "goal_deadline" and e.get("value") for e in events)
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}


def test_a_deadline_taken_back_in_the_same_answer_is_the_one_said_last(domain):
    from actions.goal_form import ValidateGoalForm
    from assistant.common.dates import parse_deadline
    from tests.actions.conftest import validate_answer

    said = "Dans 3 mois. Non attendez, c'est trop juste, dans 8 mois."
    _, slots = validate_answer(ValidateGoalForm(), domain, "goal_deadline", said, "goal_form")
    assert slots["goal_deadline"] == parse_deadline("dans 8 mois").value.isoformat()


def test_a_mentee_who_says_who_they_are_then_what_they_want_starts_the_goal(domain):
    # seventh panel: « Je suis agent immobilier, je veux monter ma propre agence. » got the small-talk answer
    said = "Je suis boulangère à Caen, je voudrais ouvrir un deuxième magasin. Allez, on y va."
    dispatcher, events = run(goals.ActionChitchat(), domain, tracker=make_tracker(text=said, intent="chitchat"))
    assert {
        "event": "slot",
        "name": "goal_statement",
        "value": "ouvrir un deuxième magasin",
        "timestamp": None,
    } in events
    assert events[-1] == {"event": "followup", "name": "goal_form", "timestamp": None}
    dispatcher, events = run(
        goals.ActionChitchat(), domain, tracker=make_tracker(text="il pleut ici", intent="chitchat")
    )
    assert sent(dispatcher) == ["utter_chitchat"] and events == []
    stated = "Pas encore d'objectif. Je voudrais en définir un : ouvrir un deuxième magasin."
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=make_tracker(text=stated, intent="nlu_fallback"))
    assert events == [{"event": "followup", "name": "action_chitchat", "timestamp": None}]


def test_an_answer_that_ends_with_a_doubt_is_kept_when_no_question_is_sure(domain):
    # eighth panel: « … 5 entretiens informels ? » at the measure got « Je n'ai pas de réponse sûre » and was lost
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    from actions.goal_form import ValidateGoalForm
    from tests.actions.conftest import slot_events

    said = "Je dirais peut-être 4 entretiens avec des ébénistes, ça vous va ?"
    tracker = make_tracker(
        text=said,
        intent="faq",
        active_loop="goal_form",
        slots={**FILLED, "goal_measure": None, "requested_slot": "goal_measure"},
        set_after_user={"goal_measure": said},
    )
    tracker.latest_message["response_selector"] = {
        "faq": {
            "response": {"intent_response_key": "faq/network", "utter_action": "utter_faq/network"},
            "ranking": [
                {"intent_response_key": k, "confidence": c}
                for k, c in (("faq/network", 0.12), ("faq/roles", 0.11), ("faq/trust", 0.1))
            ],
        }
    }
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateGoalForm().run(dispatcher, tracker, domain))
    assert slot_events(events).get("goal_measure")
    assert message("knowledge_unsure") not in sent(dispatcher)


def test_a_change_of_the_goal_being_written_asked_as_an_edit_is_applied_to_it(domain, database):
    # eighth panel: « Je souhaiterais modifier l'objectif : … » at the summary answered « pas encore d'objectif
    # enregistré » and the goal was lost
    from actions import saved_goals

    tracker = _after_summary("Je souhaiterais modifier l'objectif : encadrer une équipe de cinq", "edit_goal")
    dispatcher, events = run(saved_goals.ActionEditGoal(), domain, tracker=tracker)
    assert any(e.get("name") == "goal_statement" and e.get("value") for e in events)
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}


def test_a_correction_typed_without_apostrophe_and_a_yes_at_the_field_menu_keep_the_goal(domain):
    # ninth panel: « change lecheance a fin mars 2029 stp » showed the field menu, « ok » there said « rien en
    # attente » and the goal was never saved
    from assistant.goals.answers import read_typed_change

    assert read_typed_change("change lecheance a fin mai 2029 stp").field == "goal_deadline"
    menu = [
        {"event": "action", "name": "action_correct_goal_field"},
        {"event": "bot", "text": "Que voulez-vous corriger ? Le reste est gardé tel quel.", "data": {"buttons": []}},
    ]
    tracker = _after_summary("ok", "affirm", [*ASIDE[:2], *menu])
    assert goal_summary_pending(tracker)
    _, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_save_goal", "timestamp": None}]


def test_answers_edited_in_words_at_the_summary_are_applied(domain):
    # ninth panel: « l'objectif est trop long, mets juste : … » and « enlève le « Disons : » » were lost
    tracker = _after_summary("la mesure c'est trop vague, écris seulement : encadrer 4 stagiaires", "nlu_fallback")
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert {"event": "slot", "name": "goal_measure", "value": "encadrer 4 stagiaires", "timestamp": None} in events
    slots = {"goal_statement": "Bon ben : devenir chef d'équipe"}
    tracker = _after_summary("retire le « Bon ben : » stp", "nlu_fallback", slots=slots)
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert {"event": "slot", "name": "goal_statement", "value": "devenir chef d'équipe", "timestamp": None} in events
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}
    # a word written wrongly, corrected as it should be written
    slots = {"goal_measure": "animer 3 réunions avec les RH et les CDP"}
    tracker = _after_summary("et écris CdP correctement svp, pas CDP", "nlu_fallback", slots=slots)
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    expected = "animer 3 réunions avec les RH et les CdP"
    assert {"event": "slot", "name": "goal_measure", "value": expected, "timestamp": None} in events


def test_a_field_named_first_at_the_summary_is_changed_and_the_goal_still_waits(domain):
    # thirteenth panel: « la mesure c'est : … » was not understood, and the goal was lost after it
    tracker = _after_summary("la mesure c'est : signer un CDI avant la fin de ma période d'essai", "nlu_fallback")
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    expected = "signer un CDI avant la fin de ma période d'essai"
    assert {"event": "slot", "name": "goal_measure", "value": expected, "timestamp": None} in events
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}
    tracker = _after_summary("la mesure c'est bon", "nlu_fallback")
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert not [event for event in events if event.get("event") == "slot"]


def test_a_choice_typed_alone_at_the_summary_changes_that_answer(domain):
    # ninth panel: « informel » at the summary got « Je n'ai pas bien compris votre réponse »
    tracker = _after_summary("plutôt en groupe", "inform")
    dispatcher, events = run(goals.ActionStartStatedGoal(), domain, tracker=tracker)
    assert {"event": "slot", "name": "goal_mentoring_kind", "value": "groupe", "timestamp": None} in events
    assert "le type de mentorat est maintenant" in sent(dispatcher)[0]
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}


def test_a_correction_asked_as_a_question_at_the_summary_is_applied(domain):
    # tenth panel: « Pouvez-vous reformuler la mesure plus simplement : … ? » got « pas de réponse sûre »
    from tests.actions.test_courtesy_actions import parsed

    said = "Vous pourriez reformuler la mesure plus simplement : encadrer 4 personnes ?"
    tracker = parsed(
        said, "faq", 0.5, faq_key="faq/objectives", faq_ranking=[("faq/objectives", 0.2), ("faq/roles", 0.18)]
    )
    summary = _after_summary(said, "faq")
    tracker.slots.update(summary.slots)
    tracker.events = [*summary.events[:3], *tracker.events]
    dispatcher, events = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert {"event": "slot", "name": "goal_measure", "value": "encadrer 4 personnes", "timestamp": None} in events
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}


def test_the_summary_asked_again_after_a_message_not_understood_still_waits(domain):
    # thirteenth panel: « vas-y » after « Je n'ai pas bien compris votre réponse. Votre objectif n'est pas encore
    # enregistré » said « rien en attente » and the goal was lost
    again = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "hmm la chose", "parse_data": {}},
        {"event": "action", "name": "action_start_stated_goal"},
        {"event": "bot", "text": message("confirm_goal_again"), "data": {"buttons": [{"payload": "/affirm"}]}},
    ]
    assert goal_summary_pending(_after_summary("vas-y", "affirm", between=again))


def test_a_later_deadline_said_with_its_reason_at_the_summary_is_applied(domain):
    # seventeenth panel: « Finalement plutôt en juin, parce que les résultats du concours tombent en juin je crois. »
    # was « not understood » at the summary
    from assistant.common.dates import parse_deadline

    said = "Finalement plutôt en juin, parce que les résultats du concours tombent en juin je crois."
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_summary(said, "nlu_fallback"))
    deadline = next(e["value"] for e in events if e.get("name") == "goal_deadline")
    assert deadline == parse_deadline("en juin").value.isoformat()
    assert events[-1] == {"event": "followup", "name": "action_show_goal_summary", "timestamp": None}
