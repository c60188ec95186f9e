"""After the first message, with real trackers and dispatchers: sent, answered, silence and follow-up, and the
welcome back that names what is due."""

from __future__ import annotations

from datetime import datetime, timedelta

from actions import courtesy
from actions.outreach_replies import ActionNoReply, ActionNoteMessageSent, ActionNoteReply
from assistant.common.dates import local_today
from assistant.common.mentor import Mentor
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.meetings import store as meeting_store
from assistant.meetings.model import MeetingDetails, Preparation
from assistant.outreach import sending
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from assistant.store.db import session_scope
from assistant.store.models import Goal
from tests.actions.conftest import make_tracker, run, texts
from tests.writing.grammar import grammar_errors

REQUEST = OutreachRequest(
    mentor=Mentor("Claire Martin", "directrice data", "Doctolib"),
    source="linkedin",
    source_detail="",
    draw="son parcours de reconversion",
    goal="devenir data analyst",
    intro="Léa, étudiante en master data",
    ask="coffee",
    first_name="Léa",
)
PAUL = OutreachRequest(**{**REQUEST.__dict__, "mentor": Mentor("Paul Durand")})


def draft(sender: str = "alice", request: OutreachRequest = REQUEST, style: DraftStyle = DraftStyle()):
    return draft_store.save_draft(sender, request, compose(request, style))


def keys(dispatcher) -> list[str]:
    return [m.get("message_key") for m in dispatcher.messages if m.get("message_key")]


def payloads(dispatcher) -> list[str]:
    return [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []]


def test_message_sent_marks_the_named_draft_on_the_day_said(database, domain):
    claire, paul = draft(), draft(request=PAUL)
    dispatcher, _ = run(
        ActionNoteMessageSent(), domain, sender_id="alice", text="j'ai envoyé mon message à Claire hier"
    )
    [kept] = sending.list_sendings("alice")
    assert (kept.draft_id, kept.sent_on, kept.version) == (claire.id, local_today() - timedelta(days=1), 1)
    assert keys(dispatcher) == ["sent_noted"] and "est parti hier" in texts(dispatcher)
    assert grammar_errors(texts(dispatcher)) == []
    run(ActionNoteMessageSent(), domain, sender_id="alice", text="c'est envoyé !")
    assert {s.draft_id: s.sent_on for s in sending.list_sendings("alice")}[paul.id] == local_today()


def test_a_message_to_send_tomorrow_is_not_noted(database, domain):
    draft()
    dispatcher, _ = run(ActionNoteMessageSent(), domain, sender_id="alice", text="je l'envoie demain")
    assert keys(dispatcher) == ["sent_not_yet"] and sending.list_sendings("alice") == []


def test_not_sent_yet_answering_when_it_was_sent_is_not_noted(database, domain):
    # fourteenth panel: « je lai pas encore envoye mdr, jlenvoie ce soir » got the main menu
    draft()
    said = "je l'ai pas encore envoye mdr, jlenvoie ce soir"
    tracker = make_tracker(sender_id="alice", text=said, intent="nlu_fallback")
    tracker.events = [{"event": "action", "name": "action_no_reply"}, *tracker.events]
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_note_message_sent", "timestamp": None}]
    dispatcher, _ = run(ActionNoteMessageSent(), domain, sender_id="alice", text=said)
    assert keys(dispatcher) == ["sent_not_yet"] and sending.list_sendings("alice") == []


def test_message_sent_without_any_draft_offers_to_write_one(database, domain):
    dispatcher, _ = run(ActionNoteMessageSent(), domain, sender_id="alice", text="c'est envoyé")
    assert keys(dispatcher) == ["sent_no_draft"] and "/draft_outreach" in payloads(dispatcher)


def test_the_thank_you_note_sent_is_not_the_first_message(database, domain):
    draft()
    dispatcher, _ = run(ActionNoteMessageSent(), domain, sender_id="alice", text="mon mot de remerciement est parti")
    assert keys(dispatcher) == ["thanks_sent_noted"] and sending.list_sendings("alice") == []
    assert "/debrief_meeting" in payloads(dispatcher) and grammar_errors(texts(dispatcher)) == []
    # « je l'ai envoyé » just after the thank-you note was shown: that note
    tracker = make_tracker(sender_id="alice", text="c'est fait, je l'ai envoyé", intent="message_sent")
    tracker.events.insert(0, {"event": "action", "name": "action_thank_you_note"})
    dispatcher, _ = run(ActionNoteMessageSent(), domain, tracker)
    assert keys(dispatcher) == ["thanks_sent_noted"] and sending.list_sendings("alice") == []
    # the same words after anything else: the draft is marked sent
    dispatcher, _ = run(ActionNoteMessageSent(), domain, sender_id="alice", text="c'est fait, je l'ai envoyé")
    assert keys(dispatcher) == ["sent_noted"] and len(sending.list_sendings("alice")) == 1


def test_a_positive_reply_leads_to_the_meetings_preparation(database, domain):
    saved = draft()
    sending.mark_sent("alice", saved.id, local_today() - timedelta(days=3))
    dispatcher, _ = run(ActionNoteReply(), domain, sender_id="alice", text="elle a accepté, super !")
    assert keys(dispatcher) == ["reply_positive"] and "/prepare_meeting" in payloads(dispatcher)
    assert "réponse positive de Claire Martin" in texts(dispatcher) and grammar_errors(texts(dispatcher)) == []
    assert sending.list_sendings("alice")[0].reply == "positive"


def test_a_request_granted_that_was_an_action_item_marks_the_item_not_a_reply(database, domain):
    from assistant.journal import store as journal_store
    from assistant.journal.model import PlannedAction

    saved = draft()
    sending.mark_sent("alice", saved.id, local_today() - timedelta(days=3))
    journal_store.save_entry(
        "alice", "Claire Martin", None, "n", "", [PlannedAction("demander le dossier Leroy à ma cheffe")]
    )
    dispatcher, events = run(
        ActionNoteReply(), domain, sender_id="alice", text="ma cheffe a accepté de me confier le dossier Leroy !"
    )
    assert events == [{"event": "followup", "name": "action_mark_action_done", "timestamp": None}]
    assert dispatcher.messages == [] and not sending.list_sendings("alice")[0].reply
    _, events = run(ActionNoteReply(), domain, sender_id="alice", text="elle a accepté, super !")  # Claire's yes
    assert sending.list_sendings("alice")[0].reply == "positive"


def test_a_negative_reply_gets_the_articles_advice(database, domain):
    draft()
    dispatcher, _ = run(ActionNoteReply(), domain, sender_id="alice", text="il a refusé, pas le temps")
    text = texts(dispatcher)
    assert keys(dispatcher) == ["reply_negative"] and "/draft_outreach" in payloads(dispatcher)
    assert "remerciez" in text and "son réseau" in text and "autre mentor" in text
    assert grammar_errors(text) == []
    assert sending.list_sendings("alice")[0].reply == "negative"


def test_an_unclear_reply_is_asked_with_buttons(database, domain):
    draft()
    dispatcher, _ = run(ActionNoteReply(), domain, sender_id="alice", text="elle m'a répondu")
    assert keys(dispatcher) == ["reply_which"]
    assert payloads(dispatcher)[:2] == ['/note_reply{"reply_kind":"positive"}', '/note_reply{"reply_kind":"negative"}']
    assert sending.list_sendings("alice") == []
    entity = [{"entity": "reply_kind", "value": "negative"}]
    dispatcher, _ = run(ActionNoteReply(), domain, sender_id="alice", text="/note_reply", entities=entity)
    assert keys(dispatcher) == ["reply_negative"]


def test_no_reply_before_a_week_asks_for_patience(database, domain):
    saved = draft()
    sending.mark_sent("alice", saved.id, local_today() - timedelta(days=3))
    dispatcher, _ = run(ActionNoReply(), domain, sender_id="alice", text="toujours pas de réponse")
    assert keys(dispatcher) == ["no_reply_wait"] and "il y a 3 jours" in texts(dispatcher)
    assert not any("follow_up" in p for p in payloads(dispatcher))
    assert grammar_errors(texts(dispatcher)) == []


def test_no_reply_after_a_week_offers_the_follow_up_and_its_button_writes_it(database, domain):
    saved = draft(style=DraftStyle("linkedin_note", "tu"))
    sent_on = local_today() - timedelta(days=8)
    sending.mark_sent("alice", saved.id, sent_on, 1)
    dispatcher, _ = run(ActionNoReply(), domain, sender_id="alice", text="il ne m'a pas répondu")
    assert keys(dispatcher) == ["no_reply_follow_up"]
    assert payloads(dispatcher) == [f'/no_reply{{"follow_up":"{saved.id}"}}']

    entity = [{"entity": "follow_up", "value": str(saved.id)}]
    dispatcher, _ = run(ActionNoReply(), domain, sender_id="alice", text="/no_reply", entities=entity)
    assert keys(dispatcher) == ["follow_up_heading", "follow_up_next"]
    follow_up = dispatcher.messages[1]["text"]
    assert "mon message du" in follow_up and "toi" in follow_up
    heading = dispatcher.messages[0]["text"]
    assert heading.startswith("Une note d'invitation LinkedIn ne s'envoie qu'une fois : la relance est donc un message")
    assert "note d'invitation LinkedIn, au" not in heading and "(au tutoiement, comme votre premier message)" in heading
    record = draft_store.current_draft("alice")
    assert record.latest.draft.style.channel == "linkedin_message"  # an invitation is never sent twice
    assert [v.change for v in record.versions] == ["initial", "follow_up"] and record.latest.draft.text == follow_up
    assert sending.list_sendings("alice")[0].followed_up_on == local_today()
    run(ActionNoReply(), domain, sender_id="alice", text="/no_reply", entities=entity)  # shown again, not saved twice
    assert len(draft_store.current_draft("alice").versions) == 2
    dispatcher, _ = run(ActionNoReply(), domain, sender_id="alice", text="toujours rien")
    assert keys(dispatcher) == ["no_reply_followed_up"]


def test_no_reply_with_the_sending_day_said_notes_it(database, domain):
    saved = draft()
    dispatcher, _ = run(ActionNoReply(), domain, sender_id="alice", text="pas de nouvelles depuis 10 jours")
    assert sending.list_sendings("alice")[0].sent_on == local_today() - timedelta(days=10)
    assert keys(dispatcher) == ["no_reply_follow_up"] and str(saved.id) in payloads(dispatcher)[0]
    dispatcher, _ = run(ActionNoReply(), domain, sender_id="bob", text="pas de réponse")
    assert keys(dispatcher) == ["no_reply_no_draft"]


def test_an_earlier_sending_day_said_later_corrects_the_one_noted(database, domain):
    # fifth panel: noted sent « today », then « en fait je l'avais envoyé il y a 10 jours » kept « today »
    saved = draft()
    sending.mark_sent("alice", saved.id, local_today())
    dispatcher, _ = run(
        ActionNoReply(), domain, sender_id="alice", text="en fait je lui avais envoyé ya 10 jours, tjr pas de rep"
    )
    assert sending.list_sendings("alice")[0].sent_on == local_today() - timedelta(days=10)
    assert keys(dispatcher) == ["no_reply_follow_up"]
    # « jte » read as a person is no one: the draft is still found
    dispatcher, _ = run(
        ActionNoteMessageSent(),
        domain,
        sender_id="alice",
        text="jte dis je l'ai envoyé hier",
        entities=[{"entity": "PER", "value": "jte"}],
    )
    assert keys(dispatcher) == ["sent_noted"]


def test_the_welcome_back_names_what_is_due_with_its_buttons(database, domain):
    saved = draft()
    sending.mark_sent("alice", saved.id, local_today() - timedelta(days=8), 1)
    yesterday = datetime.combine(local_today() - timedelta(days=1), datetime.min.time()).replace(hour=14)
    details = MeetingDetails(Mentor("Paul Durand"), yesterday, True, "visio", 30, True, "mon CV")
    meeting_store.save_preparation("alice", Preparation(details, (), ()))
    dispatcher, events = run(courtesy.ActionSessionStart(), domain, sender_id="alice")
    [welcome] = dispatcher.messages
    assert welcome["message_key"] == "welcome_back_due"
    lines = welcome["text"].splitlines()
    assert "Paul Durand" in lines[1] and "Claire Martin" in lines[2]  # the debrief first, then the follow-up
    assert [b["payload"] for b in welcome["buttons"]] == [
        "/debrief_meeting",
        f'/no_reply{{"follow_up":"{saved.id}"}}',
        "/help",
    ]
    assert {"event": "slot", "name": "welcomed_back", "value": True} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


def test_nothing_due_gives_the_usual_welcome_back(database, domain):
    saved = draft()
    sending.mark_sent("alice", saved.id, local_today() - timedelta(days=2))
    dispatcher, _ = run(courtesy.ActionSessionStart(), domain, sender_id="alice")
    assert (
        dispatcher.messages[0]["message_key"] == "welcome_back" and "Vous en étiez là" in dispatcher.messages[0]["text"]
    )
    assert not any("follow_up" in b["payload"] for b in dispatcher.messages[0]["buttons"])


def test_a_goal_without_news_is_nudged_with_its_own_progress_button(database, domain):
    fields = GoalFields(
        "carriere", "Devenir data analyst", "obtenir 3 entretiens", local_today() + timedelta(days=90), "x", "informel"
    )
    saved = goal_store.save_goal("alice", fields)
    with session_scope() as session:  # set 40 days ago, never reported on
        session.get(Goal, saved.id).created_at = datetime.now() - timedelta(days=40)
    dispatcher, _ = run(courtesy.ActionSessionStart(), domain, sender_id="alice")
    [welcome] = dispatcher.messages
    assert welcome["message_key"] == "welcome_back_due" and "aucun point d'étape" in welcome["text"]
    assert welcome["buttons"][0]["payload"] == f'/report_progress{{"goal_id":"{saved.id}"}}'


def test_a_reply_without_any_saved_draft_is_answered_but_not_said_noted(database, domain):
    dispatcher, _ = run(ActionNoteReply(), domain, sender_id="alice", text="elle a accepté !")
    assert keys(dispatcher) == ["reply_positive"] and "noté" not in texts(dispatcher)
    assert "/prepare_meeting" in payloads(dispatcher) and grammar_errors(texts(dispatcher)) == []
    dispatcher, _ = run(ActionNoteReply(), domain, sender_id="alice", text="il a décliné")
    assert keys(dispatcher) == ["reply_negative"] and not texts(dispatcher).startswith("C'est noté")


def test_a_mentor_no_draft_is_for_is_never_marked_on_another_draft(database, domain):
    draft()
    sophie = [{"entity": "PER", "value": "Sophie Leroy"}]
    dispatcher, _ = run(
        ActionNoteMessageSent(), domain, sender_id="alice", text="j'ai écrit à Sophie Leroy", entities=sophie
    )
    assert keys(dispatcher) == ["sent_no_draft"] and "pour Sophie Leroy" in texts(dispatcher)
    assert grammar_errors(texts(dispatcher)) == []
    dispatcher, _ = run(ActionNoteReply(), domain, sender_id="alice", text="Sophie Leroy a accepté", entities=sophie)
    assert keys(dispatcher) == ["reply_positive"] and sending.list_sendings("alice") == []
    claire = [{"entity": "PER", "value": "Claire"}]
    run(ActionNoteMessageSent(), domain, sender_id="alice", text="c'est envoyé à Claire", entities=claire)
    assert len(sending.list_sendings("alice")) == 1
