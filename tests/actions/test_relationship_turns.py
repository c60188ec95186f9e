"""Turns the blind relationship conversations found misrouted, replayed on the actions in our own words: the
follow-up written when the mentee asks what to do, an action item said done while the NLU read something else,
remarks inside a form, a task asked in English, « jsp » to a shortlist criterion."""

from __future__ import annotations

import asyncio
import json
from datetime import date, timedelta

from rasa_sdk.executor import CollectingDispatcher

from actions import action_items, asides, journal, other_language, progress
from actions.goals import ActionStartStatedGoal
from actions.outreach_replies import ActionNoReply, ActionNoteMessageSent
from assistant.coaching.asides import remark_is_answer
from assistant.common.dates import local_today
from assistant.common.mentor import Mentor
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.journal import store as journal_store
from assistant.journal.model import PlannedAction
from assistant.outreach import sending
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from tests.actions.conftest import make_tracker, run, slot_events, validate_answer
from tests.writing.grammar import grammar_errors

REQUEST = OutreachRequest(
    mentor=Mentor("Hélène Garnier", "responsable achats", "Lactalis"),
    source="linkedin",
    source_detail="",
    draw="son parcours dans les achats",
    goal="devenir acheteuse",
    intro="Inès, assistante achats",
    ask="coffee",
    first_name="Inès",
)


def keys(dispatcher) -> list[str]:
    return [m.get("message_key") for m in dispatcher.messages if m.get("message_key")]


def open_item(sender: str, text: str) -> None:
    journal_store.save_entry(
        sender, "Julie", local_today() - timedelta(days=20), "Point.", "", [PlannedAction(text, local_today())]
    )


def test_asking_what_to_do_after_a_week_of_silence_writes_the_follow_up_at_once(database, domain):
    saved = draft_store.save_draft("alice", REQUEST, compose(REQUEST, DraftStyle()))
    sending.mark_sent("alice", saved.id, local_today() - timedelta(days=9), 1)
    dispatcher, _ = run(ActionNoReply(), domain, sender_id="alice", text="rien de son côté, je fais quoi ?")
    assert keys(dispatcher) == ["no_reply_follow_up_now", "follow_up_heading", "follow_up_next"]
    assert "9 jours" in dispatcher.messages[0]["text"]
    assert [v.change for v in draft_store.current_draft("alice").versions] == ["initial", "follow_up"]
    assert grammar_errors("\n".join(m["text"] for m in dispatcher.messages)) == []


def test_a_sending_that_names_an_open_action_item_is_routed_to_its_marking(database, domain):
    open_item("alice", "envoyer mon book à Julie")
    said = "le book, je l'ai envoyé à Julie"
    _, events = run(action_items.ActionCheckDoneItem(), domain, sender_id="alice", text=said, intent="message_sent")
    assert slot_events(events) == {"done_item_named": True}
    dispatcher, _ = run(action_items.ActionMarkActionDone(), domain, sender_id="alice", text=said)
    assert keys(dispatcher) == ["action_done"] and journal_store.open_actions("alice") == []


def test_a_first_message_sent_is_still_a_sending(database, domain):
    open_item("alice", "envoyer mon book à Hélène")
    saved = draft_store.save_draft("alice", REQUEST, compose(REQUEST, DraftStyle()))
    said = "j'ai envoyé mon message à Hélène Garnier"
    _, events = run(action_items.ActionCheckDoneItem(), domain, sender_id="alice", text=said, intent="message_sent")
    assert slot_events(events) == {"done_item_named": False}
    run(ActionNoteMessageSent(), domain, sender_id="alice", text=said)
    assert sending.list_sendings("alice")[0].draft_id == saved.id


def test_an_answer_with_no_question_pending_that_says_an_item_is_done_is_routed_to_its_marking(database, domain):
    open_item("alice", "réserver la salle pour l'atelier")
    said = "bon, la salle pour l'atelier j'ai réservé"
    _, events = run(action_items.ActionCheckDoneItem(), domain, sender_id="alice", text=said)
    assert slot_events(events) == {"done_item_named": True}
    dispatcher, _ = run(ActionStartStatedGoal(), domain, sender_id="alice", text="blabla n'importe quoi")
    assert "fallback_menu" in keys(dispatcher)


def test_a_tutoiement_request_inside_a_form_is_answered_and_the_question_asked_again(database, domain):
    form = journal.ValidateJournalForm()
    dispatcher, slots = validate_answer(form, domain, "journal_notes", "tu peux me tutoyer ?", "journal_form")
    assert keys(dispatcher) == ["register_kept"] and slots["journal_notes"] is None


def test_a_complaint_inside_a_form_says_how_many_questions_are_left(database, domain):
    form = progress.ValidateProgressForm()
    slots = {"progress_goal": "1", "progress_value": "{}", "progress_date": "2026-12-01"}
    dispatcher, set_slots = validate_answer(form, domain, "progress_helped", "pff c'est long", "progress_form", slots)
    assert keys(dispatcher) == ["form_complaint"] and set_slots["progress_helped"] is None
    assert "Encore 2 questions" in dispatcher.messages[0]["text"]  # what helped, what blocks
    assert grammar_errors(dispatcher.messages[0]["text"]) == []


def test_a_question_on_the_answer_format_gets_the_form_help_not_an_article(database, domain):
    form = journal.ValidateJournalForm()
    text = "c'est quoi le format ? je mets les dates comment ?"
    dispatcher, slots = validate_answer(form, domain, "journal_actions", text, "journal_form", intent="faq")
    assert keys(dispatcher) == ["help_journal_actions"] and slots["journal_actions"] is None


def test_a_task_asked_in_english_is_named_for_the_rules_with_a_word_in_french(database, domain):
    text = "Hi, I had a session with my mentor yesterday and I want to log it"
    dispatcher, events = run(other_language.ActionOtherLanguage(), domain, sender_id="alice", text=text)
    assert keys(dispatcher) == ["english_understood"]
    assert slot_events(events) == {"english_task": "debrief_meeting"}
    dispatcher, events = run(
        other_language.ActionOtherLanguage(), domain, sender_id="alice", text="What time is it in Paris?"
    )
    assert [m.get("response") for m in dispatcher.messages] == ["utter_other_language"]
    assert slot_events(events) == {"english_task": None}


def test_dont_know_to_a_shortlist_criterion_is_the_answer(database, domain):
    slots = {"requested_slot": "candidate_track_record"}
    dispatcher, events = run(
        asides.ActionAsideInForm(),
        domain,
        sender_id="alice",
        text="jsp",
        intent="help",
        active_loop="shortlist_form",
        slots=slots,
    )
    assert "help_candidate_track_record" not in keys(dispatcher)
    assert any(e.get("event") == "slot" and e.get("name") == "candidate_track_record" for e in events)


def test_a_remark_about_ones_day_inside_a_form_is_acknowledged_and_never_the_answer(database, domain):
    slots = {"requested_slot": "candidate_fit"}
    dispatcher, events = run(
        asides.ActionAsideInForm(),
        domain,
        sender_id="alice",
        text="il neige à gros flocons chez moi",
        intent="chitchat",
        active_loop="shortlist_form",
        slots=slots,
    )
    assert keys(dispatcher) == ["chitchat_in_form"]
    assert not any(e.get("event") == "slot" and e.get("name") == "candidate_fit" for e in events)


def test_a_day_or_an_unsure_remark_inside_a_form_is_the_answer(database, domain):
    for slot, text, confidence in [
        ("journal_date", "ce matin", 0.9),
        ("meeting_minutes", "Trente minutes", 0.9),  # the third panel got « Je vous lis ! »
        ("outreach_intro", "Je m'appelle Marc, je suis soudeur depuis dix ans", 0.42),
    ]:
        dispatcher, events = run(
            asides.ActionAsideInForm(),
            domain,
            sender_id="alice",
            text=text,
            intent="chitchat",
            active_loop={"journal_date": "journal_form", "meeting_minutes": "meeting_form"}.get(slot, "outreach_form"),
            slots={"requested_slot": slot},
            confidence=confidence,
        )
        assert "chitchat_in_form" not in keys(dispatcher), text
        if slot == "meeting_minutes":
            assert slot_events(events).get("meeting_minutes") == "30", events


def test_a_length_is_an_answer_only_where_a_length_is_asked() -> None:
    assert remark_is_answer("meeting_minutes", "une demie heure max", 0.9)
    assert remark_is_answer("meeting_minutes", "1h30", 0.9)
    assert not remark_is_answer("meeting_minutes", "il neige à gros flocons chez moi", 0.9)
    assert not remark_is_answer(
        "meeting_minutes", "j'ai couru trente minutes ce matin sous la pluie, je suis trempée", 0.9
    )
    assert not remark_is_answer("candidate_fit", "Trente minutes", 0.9)


def _validation_events(form, domain, slot, text, loop, intent):
    tracker = make_tracker(
        text=text, intent=intent, active_loop=loop, slots={"requested_slot": slot}, set_after_user={slot: text}
    )
    return asyncio.run(form.run(CollectingDispatcher(), tracker, domain))


def test_a_task_named_as_an_action_item_is_the_answer_but_asked_for_it_leaves_the_form(database, domain):
    form = journal.ValidateJournalForm()
    item = "préparer ma présentation de 5 minutes et écrire à Paul pour le remercier"
    events = _validation_events(form, domain, "journal_actions", item, "journal_form", "prepare_meeting")
    assert not any(e.get("event") == "action_execution_rejected" for e in events)
    asked = "en fait je voudrais d'abord préparer ma prochaine rencontre"
    events = _validation_events(form, domain, "journal_actions", asked, "journal_form", "prepare_meeting")
    assert {"event": "slot", "name": "journal_actions", "value": None} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
    assert [e.get("name") for e in events if e.get("event") == "action_execution_rejected"] == ["journal_form"]


def test_the_mentor_named_with_the_relationship_is_the_journal_answer_but_a_check_in_asked_for_leaves(database, domain):
    form = journal.ValidateJournalForm()
    named = "Avec Paul Mercier, mon mentor."  # read as a check-in by the classifier
    events = _validation_events(form, domain, "journal_mentor", named, "journal_form", "relationship_checkin")
    assert not any(e.get("event") == "action_execution_rejected" for e in events)
    assert slot_events(events).get("journal_mentor")
    asked = "non je voudrais plutôt faire le point sur ma relation avec mon mentor"
    events = _validation_events(form, domain, "journal_mentor", asked, "journal_form", "relationship_checkin")
    assert [e.get("name") for e in events if e.get("event") == "action_execution_rejected"] == ["journal_form"]


def test_the_day_said_in_english_is_read_by_the_journal(database, domain):
    form = journal.ValidateJournalForm()
    today = local_today()
    _, slots = validate_answer(form, domain, "journal_date", "yesterday", "journal_form")
    assert date.fromisoformat(slots["journal_date"]) == today - timedelta(days=1)


def test_an_unsure_message_naming_an_open_item_as_done_is_routed_to_its_marking(database, domain):
    open_item("alice", "s'inscrire au salon de l'emploi")
    said = "et je me suis inscrite au salon de l'emploi !!"
    _, events = run(action_items.ActionCheckDoneItem(), domain, sender_id="alice", text=said, intent="nlu_fallback")
    assert slot_events(events) == {"done_item_named": True}
    check = action_items.ActionCheckDoneItem()
    _, events = run(check, domain, sender_id="alice", text="zorglub", intent="nlu_fallback")
    assert slot_events(events) == {"done_item_named": False}
    _, events = run(action_items.ActionCheckDoneItem(), domain, sender_id="bob", text=said, intent="nlu_fallback")
    assert slot_events(events) == {"done_item_named": False}  # bob has no such item


def test_a_progress_request_that_says_the_amount_and_the_day_is_not_asked_them_again(database, domain):
    goal_store.save_goal(
        "alice", GoalFields("carriere", "Devenir cheffe d'atelier", "6 audits menés", date(2027, 9, 30), "x", "formel")
    )
    said = "bonne nouvelle, j'ai mené 2 audits, le dernier hier"
    _, events = run(progress.ActionStartProgress(), domain, sender_id="alice", text=said, intent="report_progress")
    slots = slot_events(events)
    assert json.loads(slots["progress_value"])["count"] == 2
    assert slots["progress_date"] == (local_today() - timedelta(days=1)).isoformat()
    form = progress.ValidateProgressForm()
    dispatcher, kept = validate_answer(
        form,
        domain,
        "progress_value",
        slots["progress_value"],
        "progress_form",
        {"progress_goal": slots["progress_goal"]},
    )
    assert kept["progress_value"] == slots["progress_value"] and not dispatcher.messages


def test_a_progress_request_naming_a_goal_number_says_no_amount(database, domain):
    goal_store.save_goal(
        "alice", GoalFields("carriere", "Devenir cheffe d'atelier", "6 audits menés", date(2027, 9, 30), "x", "formel")
    )
    _, events = run(progress.ActionStartProgress(), domain, sender_id="alice", text="j'ai avancé sur l'objectif 1")
    assert "progress_value" not in slot_events(events) or slot_events(events)["progress_value"] is None
