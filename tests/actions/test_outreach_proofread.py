"""The coach's reading of the outreach answers in the form: remark, proposal, accept or rewrite (issue #15, item 1)."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import outreach_form
from assistant.common.mentor import Mentor
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
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


def test_slang_gets_a_remark_and_the_corrected_version_is_kept(domain):
    dispatcher, slots = validate(domain, "outreach_draw", "son parcours c trop stylé lol")
    remark = dispatcher.messages[0]
    assert "« stylé »" in remark["text"] and "Je le mets plutôt ainsi" in remark["text"]
    proposal = remark["proposal"]
    assert "stylé" not in proposal and "lol" not in proposal and "c'est très" in proposal
    # The form goes on with the corrected version; the remark offers to write it again instead.
    assert slots["outreach_draw"] == proposal
    assert [b["title"] for b in remark["buttons"]] == ["✏️ Je la réécris"]
    assert remark["buttons"][0]["payload"] == outreach_form.REWRITE
    assert remark["rewrite_slot"] == "outreach_draw"
    # The next question is the usual one.
    asked = ask_after(dispatcher, outreach_form.ActionAskOutreachGoal(), "son parcours c trop stylé lol")
    assert asked.messages[0]["message_key"].startswith("ask_outreach_goal")


def test_anglicisms_and_typos_get_a_french_version(domain):
    dispatcher, slots = validate(
        domain, "outreach_draw", "elle a lair passionée et elle fait exactement le taf que je veux faire plus tard"
    )
    assert slots["outreach_draw"] == (
        "elle a l'air passionnée et elle fait exactement le travail que je veux faire plus tard"
    )
    draw = "son background, elle a switché en product : le move que je vise"
    dispatcher, slots = validate(domain, "outreach_draw", draw)
    assert "parcours" in slots["outreach_draw"] and "passé" in slots["outreach_draw"]
    assert "switch" not in slots["outreach_draw"] and "move" not in slots["outreach_draw"]


def _rewrite_after_remark(slot: str, requested: str) -> tuple[CollectingDispatcher, list]:
    """« Je la réécris moi-même » typed while the form asks ``requested``, after a remark on ``slot``."""
    events = [
        {"event": "active_loop", "name": "outreach_form"},
        {"event": "bot", "text": "remarque", "metadata": {"message_key": "outreach_proofread", "rewrite_slot": slot}},
        {"event": "user", "text": outreach_form.REWRITE},
    ]
    slots = {"requested_slot": requested, requested: outreach_form.REWRITE, slot: "une version corrigée"}
    tracker = Tracker(
        "bob",
        slots,
        {"text": outreach_form.REWRITE, "intent": {"name": "inform"}, "entities": []},
        events,
        False,
        None,
        {"name": "outreach_form"},
        "action_listen",
    )
    dispatcher = CollectingDispatcher()
    return dispatcher, asyncio.run(FORM.get_validation_events(dispatcher, tracker, {}))


def test_rewrite_brings_the_rewritten_question_back():
    dispatcher, events = _rewrite_after_remark("outreach_draw", "outreach_goal")
    assert dispatcher.messages[0]["message_key"] == "outreach_rewrite"
    cleared = {e["name"] for e in events if e["event"] == "slot" and e["value"] is None}
    assert cleared == {"outreach_draw", "outreach_goal"}


def test_rewrite_without_a_remark_only_drops_the_words():
    tracker_events = [{"event": "active_loop", "name": None}]
    dispatcher = CollectingDispatcher()
    tracker = Tracker(
        "bob",
        {"requested_slot": "outreach_goal", "outreach_goal": outreach_form.REWRITE},
        {"text": outreach_form.REWRITE, "intent": {"name": "inform"}, "entities": []},
        tracker_events,
        False,
        None,
        {"name": "outreach_form"},
        "action_listen",
    )
    events = asyncio.run(FORM.get_validation_events(dispatcher, tracker, {}))
    assert [(e["name"], e["value"]) for e in events] == [("outreach_goal", None)]


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


def test_missing_accents_are_corrected_and_said(domain):
    dispatcher, slots = validate(domain, "outreach_draw", "son parcours de developpeuse devenue cto")
    assert slots["outreach_draw"] == "son parcours de développeuse devenue CTO"
    assert dispatcher.messages[0]["proposal"] == "son parcours de développeuse devenue CTO"
    assert "accents" in dispatcher.messages[0]["text"]


def _after_remark(domain, slot: str, flagged_answer: str, reply: str):
    """The remark on ``flagged_answer`` shown in the bot's last turn, then the mentee's ``reply`` to it."""
    first, _ = validate(domain, slot, flagged_answer)
    remark = first.messages[0]
    tracker = make_tracker(
        sender_id="bob",
        text=reply,
        active_loop="outreach_form",
        slots={"requested_slot": slot},
        set_after_user={slot: reply},
    )
    earlier = [
        {"event": "user", "text": flagged_answer},
        {"event": "bot", "text": remark["text"], "metadata": {k: v for k, v in remark.items() if k != "text"}},
    ]
    tracker.events[:0] = earlier
    out = CollectingDispatcher()
    events = asyncio.run(FORM.run(out, tracker, domain))
    return out, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_a_trade_word_the_mentee_stands_by_is_kept_as_typed(domain):
    # fifth panel: « front-end » and « pac » asked again and again, with no way to keep them
    intro = "Inès, développeuse front-end depuis quatre ans"
    first, slots = validate(domain, "outreach_intro", intro)
    assert slots["outreach_intro"] is None and "« front-end »" in first.messages[0]["text"]
    _, slots = _after_remark(domain, "outreach_intro", intro, "front-end c'est le nom du métier, c'est correct !")
    assert slots["outreach_intro"] == "Inès, développeuse front-end depuis quatre ans"
    # typed again in a new answer, the word stands too
    assert validate(domain, "outreach_draw", "ses chantiers de pac")[1]["outreach_draw"] is None
    _, slots = _after_remark(domain, "outreach_draw", "ses chantiers de pac", "ses vidéos de chantiers de pac")
    assert slots["outreach_draw"] and "pac" in slots["outreach_draw"]


def test_a_draw_typed_without_accents_reaches_the_draft_with_them(domain):
    dispatcher, slots = validate(domain, "outreach_draw", "ses videos sur comment elle est passe de la vente a la data")
    draw = slots["outreach_draw"]
    assert draw == "ses vidéos sur son passage de la vente à la data"
    assert "Je le mets plutôt ainsi" in dispatcher.messages[0]["text"]
    request = OutreachRequest(
        mentor=Mentor("Inès Garcia", "data analyst", ""),
        source="linkedin",
        source_detail="",
        draw=draw,
        goal="devenir data analyst",
        intro="Léo, vendeur à Nantes",
        ask="video",
        first_name="Léo",
    )
    for tone in ("vous", "tu"):
        text = compose(request, DraftStyle(channel="linkedin_note", tone=tone)).text
        assert "passé" not in text and " a la " not in text
        assert ("vos vidéos sur votre passage" if tone == "vous" else "tes vidéos sur ton passage") in text
        assert "de la vente à la data" in text
