"""The coach's reading of the outreach answers in the form: remark, proposal, accept or rewrite (issue #15, item 1)."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import outreach_form
from tests.actions.conftest import make_tracker, validate_answer

FORM = outreach_form.ValidateOutreachForm()


def validate(domain, slot, value):
    return validate_answer(FORM, domain, slot, value, "outreach_form", None, sender_id="bob")


def ask_after(dispatcher: CollectingDispatcher, action, text: str) -> CollectingDispatcher:
    """Run the next question as Rasa does after the validation: the bot messages of the turn are in the tracker."""
    tracker = make_tracker(sender_id="bob", text=text, active_loop="outreach_form")
    events = list(tracker.events)
    for sent_message in dispatcher.messages:
        metadata = {k: v for k, v in sent_message.items() if k not in ("text", "buttons")}
        events.append({"event": "bot", "text": sent_message.get("text"), "metadata": metadata})
    tracker = Tracker(
        "bob", tracker.slots, tracker.latest_message, events, False, None, {"name": "outreach_form"}, "action_listen"
    )
    out = CollectingDispatcher()
    asyncio.run(action.run(out, tracker, {}))
    return out


def test_slang_gets_a_remark_and_a_proposal_to_keep_or_rewrite(domain):
    dispatcher, slots = validate(domain, "outreach_draw", "son parcours c trop stylé lol")
    assert slots["outreach_draw"] is None
    remark = dispatcher.messages[0]["text"]
    assert "« stylé »" in remark and "Je vous propose plutôt" in remark
    proposal = dispatcher.messages[0]["proposal"]
    assert "stylé" not in proposal and "lol" not in proposal and "c'est très" in proposal
    asked = ask_after(dispatcher, outreach_form.ActionAskOutreachDraw(), "son parcours c trop stylé lol")
    buttons = asked.messages[0]["buttons"]
    assert [b["title"] for b in buttons] == ["✅ Oui, c'est mieux", "✏️ Je la réécris"]
    assert buttons[0]["payload"] == proposal
    # Accepting sends the proposal back as the answer: it is kept as it is.
    dispatcher, slots = validate(domain, "outreach_draw", buttons[0]["payload"])
    assert slots["outreach_draw"] == proposal and not dispatcher.messages


def test_rewrite_asks_again_with_the_usual_question(domain):
    dispatcher, slots = validate(domain, "outreach_draw", outreach_form.REWRITE)
    assert slots["outreach_draw"] is None
    assert dispatcher.messages[0]["message_key"] == "outreach_rewrite"
    asked = ask_after(dispatcher, outreach_form.ActionAskOutreachDraw(), outreach_form.REWRITE)
    assert asked.messages[0]["message_key"] == "ask_outreach_draw"


def test_greeting_and_question_are_not_content(domain):
    dispatcher, slots = validate(domain, "outreach_intro", "Bonjour, me revoilà ! On en était où ?")
    assert slots["outreach_intro"] is None
    assert "Je vous propose" not in dispatcher.messages[0]["text"]
    asked = ask_after(dispatcher, outreach_form.ActionAskOutreachIntro(), "Bonjour, me revoilà ! On en était où ?")
    assert asked.messages[0]["message_key"] == "ask_outreach_intro"


def test_names_and_cities_capitalised_without_asking(domain):
    dispatcher, slots = validate(domain, "outreach_intro", "karim, dev backend java chez une startup a lyon")
    assert not dispatcher.messages
    assert slots["outreach_intro"] == "Karim, dev backend Java chez une startup à Lyon"
    assert slots["outreach_first_name"] == "Karim"


def test_missing_accents_are_proposed(domain):
    dispatcher, slots = validate(domain, "outreach_draw", "son parcours de developpeuse devenue cto")
    assert slots["outreach_draw"] is None
    assert dispatcher.messages[0]["proposal"] == "son parcours de développeuse devenue CTO"
    assert "accents" in dispatcher.messages[0]["text"]
