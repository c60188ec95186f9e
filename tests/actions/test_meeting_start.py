"""The start of a meeting preparation: what the request already says (the mentor, the day, the format), kept as
the form's answers, and the goal to start from; with real trackers and dispatchers."""

from actions import meeting_form
from assistant.coaching.intents import requested_intent
from assistant.goals import store as goal_store
from tests.actions.conftest import run, slot_events, texts
from tests.actions.test_meeting_actions import GOAL, OTHER


def test_start_keeps_a_named_mentor_and_the_only_goal(database, domain):
    saved = goal_store.save_goal("alice", GOAL)
    dispatcher, events = run(
        meeting_form.ActionStartMeeting(),
        domain,
        sender_id="alice",
        intent="prepare_meeting",
        text="je prépare ma rencontre avec Claire Martin",
        entities=[{"entity": "PER", "value": "Claire Martin"}],
        slots={"meeting_when": "2020-01-01"},
    )
    slots = slot_events(events)
    assert slots["meeting_mentor"] == "Claire Martin" and slots["meeting_goals"] == str(saved.id)
    assert slots["meeting_when"] is None
    assert "Claire Martin" in texts(dispatcher)
    assert "Je pars de votre objectif « devenir data scientist en startup »." in texts(dispatcher)


def test_start_takes_no_chat_contraction_for_the_mentor(database, domain):
    """Blind panel: an SMS « jle » tagged as a person became the mentor (« Bonjour Jle, »)."""
    dispatcher, events = run(
        meeting_form.ActionStartMeeting(),
        domain,
        sender_id="alice",
        intent="prepare_meeting",
        text="ok jte dis ça plus tard, elle a dit oui pour un café vendredi",
        entities=[{"entity": "PER", "value": "jte"}],
    )
    assert slot_events(events).get("meeting_mentor") is None
    assert "jte" not in texts(dispatcher).lower()


def test_a_long_introduction_that_ends_on_the_wish_to_prepare_starts_with_what_it_says(database, domain):
    # fourteenth panel: a first message of a hundred words (who the mentee is, the programme, the mentor, the day)
    # ending on « j'aimerais le préparer » got the menu; here in our own words
    said = (
        "Bonsoir ! Je me présente : je m'appelle Maëlle, 35 ans, aide-soignante depuis douze ans à Rennes, et je "
        "prépare depuis six mois une reconversion vers le métier de formatrice en santé. Grâce au réseau d'anciens "
        "de mon école, on m'a mise en relation avec une mentore, Odile Garnier, qui dirige un institut de formation "
        "à Nantes. Notre premier rendez-vous a lieu mardi prochain en visio, et je voudrais vraiment le préparer "
        "avec soin pour ne pas gaspiller son temps."
    )
    assert requested_intent(said) == "prepare_meeting"
    dispatcher, events = run(
        meeting_form.ActionStartMeeting(),
        domain,
        sender_id="maelle",
        intent="prepare_meeting",
        text=said,
        entities=[{"entity": "PER", "value": "Maëlle"}, {"entity": "PER", "value": "Odile Garnier"}],
    )
    slots = slot_events(events)
    assert slots["meeting_mentor"] == "Odile Garnier" and slots["meeting_format"] == "visio"
    assert slots["meeting_when"] and "Maëlle" not in texts(dispatcher)


def test_start_asks_for_the_goal_when_there_are_several(database, domain):
    goal_store.save_goal("alice", GOAL)
    goal_store.save_goal("alice", OTHER)
    _, events = run(meeting_form.ActionStartMeeting(), domain, sender_id="alice", intent="prepare_meeting")
    assert slot_events(events)["meeting_goals"] is None
    dispatcher, _ = run(
        meeting_form.ActionAskMeetingGoals(), domain, sender_id="alice", slots={"meeting_mentor": "Claire Martin"}
    )
    titles = [b["title"] for b in dispatcher.messages[-1]["buttons"]]
    assert titles[0].startswith("1. Devenir data") and titles[-1] == "Tous mes objectifs"
    assert "Claire Martin" in texts(dispatcher)
