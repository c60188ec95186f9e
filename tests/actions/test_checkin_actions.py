"""Relationship check-in actions with real trackers and dispatchers, on a fresh SQLite database: the start (mentor,
wish to close), the answers checked, the summary and the one next step saved, the way out, and the offer of a
check-in after every third meeting noted with the same mentor."""

from datetime import timedelta

from rasa_sdk.executor import CollectingDispatcher

from actions import checkin, journal, meeting_debrief, meeting_preparation, practice
from assistant.checkin import store as checkin_store
from assistant.common.dates import local_today
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.journal import store as journal_store
from assistant.meetings import store as preparation_store
from tests.actions.conftest import make_tracker, run, sent, slot_events, texts, validate_answer
from tests.actions.test_meeting_actions import GOAL, filled

YESTERDAY = local_today() - timedelta(days=1)


def validate(domain, slot, value):
    return validate_answer(checkin.ValidateCheckinForm(), domain, slot, value, "checkin_form", sender_id="alice")


def _answers(**changes):
    return {
        "checkin_rhythm": "toutes les deux semaines, ça me va",
        "checkin_expectations": "oui, des deux côtés",
        "checkin_feedback": "oui, dans les deux sens",
        "checkin_trust": "oui",
        **changes,
    }


def _payloads(dispatcher):
    return [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []]


def test_start_names_the_mentor_of_the_request_and_clears_earlier_answers(database, domain):
    dispatcher, events = run(
        checkin.ActionStartCheckin(),
        domain,
        sender_id="alice",
        intent="relationship_checkin",
        text="faire le point avec Claire Martin",
        entities=[{"entity": "PER", "value": "Claire Martin"}],
        slots={"checkin_trust": "oui"},
    )
    slots = slot_events(events)
    assert slots["checkin_mentor"] == "Claire Martin" and slots["checkin_closing"] is False
    assert slots["checkin_trust"] is None
    assert sent(dispatcher) == [message("checkin_intro", mentor="Claire Martin")]


def test_start_takes_the_latest_mentor_met_and_hears_a_wish_to_close(database, domain):
    journal_store.save_entry("alice", "Karim Benali", YESTERDAY, "n", "", [])
    dispatcher, events = run(
        checkin.ActionStartCheckin(),
        domain,
        sender_id="alice",
        intent="relationship_checkin",
        text="on a fait le tour, je veux arrêter le mentorat",
    )
    slots = slot_events(events)
    assert slots["checkin_mentor"] == "Karim Benali" and slots["checkin_closing"] is True
    assert sent(dispatcher) == [message("checkin_intro_closing", mentor="Karim Benali")]


def test_each_question_is_the_catalogues_with_quick_answers(database, domain):
    for action in (
        checkin.ActionAskCheckinRhythm(),
        checkin.ActionAskCheckinExpectations(),
        checkin.ActionAskCheckinFeedback(),
        checkin.ActionAskCheckinTrust(),
    ):
        dispatcher, _ = run(action, domain, sender_id="alice")
        assert sent(dispatcher) == [message(f"ask_{action.slot}")]
        assert len(dispatcher.messages[0]["buttons"]) == 3


def test_an_empty_or_too_long_answer_is_asked_again_and_free_text_kept(database, domain):
    dispatcher, slots = validate(domain, "checkin_feedback", "   ")
    assert slots["checkin_feedback"] is None and sent(dispatcher) == [message("answer_empty")]
    dispatcher, slots = validate(domain, "checkin_feedback", "retour " * 200)
    assert slots["checkin_feedback"] is None and sent(dispatcher) == [message("checkin_too_long")]
    _, slots = validate(domain, "checkin_feedback", "  il me   donne des retours, moi pas ")
    assert slots["checkin_feedback"] == "il me donne des retours, moi pas"


def test_a_question_instead_of_an_answer_is_not_kept(database, domain):
    dispatcher, slots = validate(domain, "checkin_trust", "c'est quoi la confiance dans un mentorat ?")
    assert slots["checkin_trust"] is None and texts(dispatcher)


def test_the_check_in_is_saved_summed_up_with_one_next_step(database, domain):
    answers = _answers(checkin_feedback="pas encore", checkin_rhythm="une fois par mois, trop espacé")
    dispatcher, events = run(
        checkin.ActionSaveCheckin(), domain, sender_id="alice", slots={**answers, "checkin_mentor": "Claire Martin"}
    )
    keys = [m.get("message_key") for m in dispatcher.messages]
    assert keys == ["checkin_summary", "checkin_step_feedback"]
    assert "une fois par mois, trop espacé à votre goût" in texts(dispatcher)
    assert "Qu'est-ce que je pourrais faire autrement" in texts(dispatcher)
    saved = checkin_store.list_checkins("alice")
    assert len(saved) == 1 and saved[0].next_step == "feedback" and saved[0].mentor == "Claire Martin"
    assert (saved[0].signals.feedback, saved[0].signals.rhythm) == ("none", "rare")
    assert saved[0].answers["checkin_feedback"] == "pas encore"
    assert all(value is None for value in slot_events(events).values())


def test_all_fine_sets_the_next_goal(database, domain):
    dispatcher, _ = run(checkin.ActionSaveCheckin(), domain, sender_id="alice", slots=_answers())
    assert dispatcher.messages[-1]["message_key"] == "checkin_step_next_goal"
    assert "/clarify_goal" in _payloads(dispatcher)


def test_closing_says_how_to_close_well_with_the_thank_you_button(database, domain):
    slots = {**_answers(), "checkin_mentor": "Claire Martin", "checkin_closing": True}
    dispatcher, _ = run(checkin.ActionSaveCheckin(), domain, sender_id="alice", slots=slots)
    assert dispatcher.messages[-1]["message_key"] == "checkin_step_close"
    assert "Vous souhaitez clore la relation" in texts(dispatcher) and "Gardez le contact" in texts(dispatcher)
    assert '/thank_you_note{"PER":"Claire Martin"}' in _payloads(dispatcher)
    assert checkin_store.list_checkins("alice")[0].signals.closing is True


def test_stop_leaves_the_form_and_saves_nothing(database, domain):
    dispatcher, events = run(checkin.ActionCancelCheckin(), domain, sender_id="alice", slots=_answers())
    assert sent(dispatcher) == [message("checkin_cancelled")]
    assert slot_events(events)["checkin_trust"] is None and slot_events(events)["requested_slot"] is None
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
    assert checkin_store.list_checkins("alice") == []


def test_the_third_meeting_noted_with_a_mentor_offers_a_check_in(database, domain):
    slots = {"journal_mentor": "Claire Martin", "journal_date": YESTERDAY.isoformat(), "journal_notes": "n"}
    journal_store.save_entry("alice", "Paul", YESTERDAY, "n", "", [])
    for number in (1, 2, 3):
        dispatcher, _ = run(journal.ActionSaveJournal(), domain, sender_id="alice", slots=slots)
        offered = "checkin_offer" in [m.get("message_key") for m in dispatcher.messages]
        assert offered == (number == 3), number
    assert '/relationship_checkin{"PER":"Claire Martin"}' in _payloads(dispatcher)
    assert "3e rencontre notée avec Claire Martin" in texts(dispatcher)


def test_a_mentor_described_not_named_is_not_quoted_as_a_name(database, domain):
    for _ in range(3):
        journal_store.save_entry("alice", "ma manager", YESTERDAY, "n", "", [])
    _, events = run(checkin.ActionStartCheckin(), domain, sender_id="alice", text="on fait le point ?")
    assert slot_events(events)["checkin_mentor"] is None
    dispatcher = CollectingDispatcher()
    checkin.offer_checkin(dispatcher, "alice", "ma manager")
    assert "3e rencontre notée avec ce mentor" in texts(dispatcher)
    assert "/relationship_checkin" in _payloads(dispatcher)


def test_a_debrief_that_makes_the_third_meeting_offers_a_check_in(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    prep = preparation_store.current_preparation("alice")
    mentor = prep.details.mentor.display
    for _ in range(2):
        journal_store.save_entry("alice", mentor, YESTERDAY, "n", "", [])
    slots = {"debrief_preparation_id": str(prep.id), "debrief_notes": "n", "debrief_next_steps": "s"}
    dispatcher, _ = run(meeting_debrief.ActionSaveDebrief(), domain, sender_id="alice", slots=slots)
    assert dispatcher.messages[-1]["message_key"] == "checkin_offer"


def _after(tracker, *earlier):
    """``tracker`` whose latest message comes after the ``earlier`` events."""
    tracker.events = [*earlier, *tracker.events]
    return tracker


def test_a_worry_about_bothering_said_in_the_request_gets_a_reassurance(database, domain):
    slots = {**_answers(), "checkin_mentor": "Claire Martin"}
    tracker = _after(
        make_tracker(sender_id="alice", slots=slots, text="oui"),
        {"event": "user", "text": "faisons le point, j'ai peur de trop la solliciter"},
        {"event": "action", "name": "action_start_checkin"},
    )
    dispatcher, _ = run(checkin.ActionSaveCheckin(), domain, tracker)
    keys = [m.get("message_key") for m in dispatcher.messages]
    assert keys == ["checkin_summary", "checkin_worry_bothering", "checkin_step_next_goal"]
    assert "peur de déranger Claire Martin" in texts(dispatcher)


def test_no_reassurance_without_a_worry(database, domain):
    dispatcher, _ = run(checkin.ActionSaveCheckin(), domain, sender_id="alice", slots=_answers())
    assert "checkin_worry_bothering" not in [m.get("message_key") for m in dispatcher.messages]


def _correction_tracker(text, last_action="action_save_checkin"):
    return _after(
        make_tracker(sender_id="alice", text=text, intent="rehearse_outreach"),
        {"event": "action", "name": last_action},
        {"event": "action", "name": "action_listen"},
    )


def test_a_correction_of_the_summary_just_shown_is_applied_not_rehearsed(database, domain):
    answers = _answers(checkin_feedback="pas encore")
    run(checkin.ActionSaveCheckin(), domain, sender_id="alice", slots={**answers, "checkin_mentor": "Claire Martin"})
    said = (
        "Pour les retours, tu as noté « pas d'échange récent » mais il m'en donne plein, "
        "c'est moi qui ne lui en fais pas"
    )
    dispatcher, events = run(practice.ActionStartRehearsal(), domain, _correction_tracker(said))
    keys = [m.get("message_key") or m.get("template") or m.get("response") for m in dispatcher.messages]
    assert keys[0] == "checkin_corrected" and keys[1:] == ["checkin_summary", "checkin_step_feedback_give"]
    assert "Claire Martin vous en fait, mais vous ne lui en faites pas encore" in texts(dispatcher)
    saved = checkin_store.list_checkins("alice")[-1]
    assert saved.signals.feedback == "from_mentor" and saved.next_step == "feedback_give"
    assert saved.answers["checkin_feedback"].startswith("il m'en donne plein")
    assert slot_events(events)["rehearsal_scenario"] is None


def test_the_same_words_long_after_a_check_in_are_not_taken_for_a_correction(database, domain):
    run(checkin.ActionSaveCheckin(), domain, sender_id="alice", slots=_answers(checkin_feedback="pas encore"))
    said = "Pour les retours, tu as noté « pas d'échange récent » mais il m'en donne plein"
    dispatcher, _ = run(practice.ActionStartRehearsal(), domain, _correction_tracker(said, "action_show_progress"))
    assert "checkin_corrected" not in [m.get("message_key") for m in dispatcher.messages]
    assert checkin_store.list_checkins("alice")[-1].signals.feedback == "none"
