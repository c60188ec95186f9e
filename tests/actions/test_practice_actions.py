"""Practice actions: the review of a message the mentee wrote, the rehearsal of the mentor's reply, the thank-you."""

import pytest

from actions import practice
from assistant.common.templating import message
from assistant.outreach import store as draft_store
from assistant.practice import rehearsal
from assistant.practice import store as practice_store
from tests.actions.conftest import run, sent, slot_events, texts
from tests.actions.test_outreach_actions import GOOD_MESSAGE, draft_for, validate

# --- critique ----------------------------------------------------------------------------------------


def test_a_message_pasted_with_the_request_is_taken(database, domain):
    _, events = run(
        practice.ActionStartCritique(),
        domain,
        sender_id="alice",
        intent="critique_message",
        text=f"voici mon message : {GOOD_MESSAGE}",
    )
    assert slot_events(events)["critique_text"].startswith("Bonjour Claire")
    _, events = run(
        practice.ActionStartCritique(),
        domain,
        sender_id="alice",
        intent="critique_message",
        text="tu peux relire mon message ?",
    )
    assert slot_events(events)["critique_text"] is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("x" * 5000, "too_long"),
        ("   ", "empty"),
        ("Hello, would you be my mentor? I would love to learn from you.", "foreign"),
        ("salut", "not_a_message"),
    ],
)
def test_critique_refuses_what_it_cannot_read(database, domain, text, problem):
    dispatcher, slots = validate(practice.ValidateCritiqueForm(), domain, "critique_text", text, loop="critique_form")
    assert slots == {"critique_text": None}
    assert sent(dispatcher) == [message(f"critique_{problem}", length=len(text), limit=3000)]


def test_critique_is_shown_and_saved(database, domain):
    dispatcher, events = run(
        practice.ActionCritiqueMessage(),
        domain,
        sender_id="alice",
        slots={"critique_text": "Bonjour, voulez-vous être mon mentor ? Merci"},
    )
    kept = practice_store.list_practice("alice")
    assert [(p.kind, p.total) for p in kept] == [("critique", 8)] and kept[0].score <= 3
    assert f"{kept[0].score}/8" in dispatcher.messages[0]["text"]
    assert kept[0].result["weakest"] and kept[0].result["rewrite"]
    assert slot_events(events) == {"critique_text": None}


def test_critique_keeps_markup_as_text(database, domain):
    hostile = GOOD_MESSAGE.replace("Merci beaucoup", "<script>alert(1)</script> Merci beaucoup")
    dispatcher, _ = run(practice.ActionCritiqueMessage(), domain, sender_id="alice", slots={"critique_text": hostile})
    assert practice_store.list_practice("alice")[0].text == hostile
    assert "HTML" in texts(dispatcher)


# --- rehearsal and thank-you ---------------------------------------------------------------------------


def test_rehearsal_needs_a_draft(database, domain):
    dispatcher, events = run(practice.ActionStartRehearsal(), domain, sender_id="nobody", text="entraîne-moi")
    assert sent(dispatcher) == [message("rehearsal_no_draft")]
    assert slot_events(events)["rehearsal_scenario"] is None


def test_rehearsal_plays_the_likeliest_reaction_unless_one_is_named(database, domain):
    draft_for(domain)
    dispatcher, events = run(practice.ActionStartRehearsal(), domain, sender_id="alice", text="entraîne-moi")
    assert slot_events(events)["rehearsal_scenario"] == "accepts"
    assert sent(dispatcher)[0] == message(
        "rehearsal_intro", mentor="Claire Martin", scenario=rehearsal.SCENARIOS["accepts"]
    )
    dispatcher, events = run(
        practice.ActionStartRehearsal(),
        domain,
        sender_id="alice",
        text="/rehearse_outreach",
        entities=[{"entity": "rehearsal_scenario", "value": "accepts"}],
    )
    assert slot_events(events)["rehearsal_scenario"] == "accepts"
    assert "Claire" in dispatcher.messages[1]["text"]  # the mentor's reply, signed
    dispatcher, events = run(
        practice.ActionStartRehearsal(), domain, sender_id="alice", text="et si elle me répond pas ?"
    )
    assert slot_events(events)["rehearsal_scenario"] == "silence"


def test_reply_is_reviewed_and_saved(database, domain):
    draft_for(domain)
    dispatcher, events = run(
        practice.ActionReviewReply(),
        domain,
        sender_id="alice",
        slots={"rehearsal_scenario": "silence", "rehearsal_reply": "Vous n'avez toujours pas répondu, c'est dommage."},
    )
    kept = practice_store.list_practice("alice")
    assert [(p.kind, p.scenario) for p in kept] == [("rehearsal", "silence")]
    assert kept[0].score < kept[0].total and kept[0].result["suggested"]
    assert kept[0].draft_id == draft_store.current_draft("alice").id
    assert dispatcher.messages[0]["text"] and slot_events(events)["rehearsal_reply"] is None


def test_thank_you_note_uses_the_mentors_name(database, domain):
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="nobody")
    assert sent(dispatcher)[0] == message("thank_you_generic", mentor="")
    draft_for(domain)
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="alice")
    assert dispatcher.messages[1]["text"].startswith("Bonjour Claire,")
