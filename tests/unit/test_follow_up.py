"""The follow-up (relance) draft, the sendings store and the reading of what the mentee says of a reply."""

from __future__ import annotations

from datetime import date

import pytest

from assistant import privacy
from assistant.common.mentor import Mentor
from assistant.outreach import sending
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.follow_up import FOLLOW_UP_CHANNEL, compose_follow_up
from assistant.outreach.model import DraftRecord, DraftStyle, OutreachRequest, VersionRecord, within_limit
from assistant.outreach.replies import read_reply, sent_day
from tests.writing.grammar import grammar_errors

TODAY = date(2026, 12, 11)
REQUEST = OutreachRequest(
    mentor=Mentor("Claire Martin", "directrice data", "Doctolib"),
    source="linkedin",
    source_detail="",
    draw="son parcours de reconversion",
    goal="devenir data analyst dans une startup de la santé d'ici un an",
    intro="Léa, étudiante en master data à Lyon",
    ask="coffee",
    first_name="Léa",
)


def record(style: DraftStyle) -> DraftRecord:
    draft = compose(REQUEST, style)
    return DraftRecord(1, REQUEST, None, (VersionRecord(1, "initial", draft, REQUEST.goal, ""),), None, "")


STYLES = [
    DraftStyle(channel, tone, register)
    for channel in ("linkedin_note", "linkedin_message", "email")
    for tone in ("vous", "tu")
    for register in ("neutral", "formal", "warm")
]


@pytest.mark.parametrize("style", STYLES, ids=lambda s: f"{s.channel}-{s.tone}-{s.register}")
def test_the_follow_up_is_short_polite_and_in_the_drafts_style(style):
    first = record(style)
    follow_up = compose_follow_up(first, date(2026, 12, 3), TODAY)
    text = follow_up.text
    assert "mon message du 3 décembre" in text  # named by its date
    assert follow_up.style.tone == style.tone and follow_up.style.channel == FOLLOW_UP_CHANNEL.get(
        style.channel, style.channel
    )
    assert ("vous" in text) != (style.tone == "tu") and (" te " in text or "toi" in text) == (style.tone == "tu")
    assert "pas le bon moment" in text  # easy to decline
    assert text.count("?") == 1  # the ask, once
    assert text.rstrip().endswith("Léa")
    assert "…" not in text and within_limit(follow_up)
    assert len(text) < len(first.latest.draft.text) or style.channel == "linkedin_note"
    assert grammar_errors(text) == []


def test_an_email_follow_up_answers_in_the_same_thread_and_names_the_subject():
    first = record(DraftStyle("email", "vous", "neutral"))
    follow_up = compose_follow_up(first, date(2026, 12, 3), TODAY)
    subject = first.latest.draft.subject
    assert follow_up.subject == f"Re : {subject}" and f"(« {subject} »)" in follow_up.body


def test_a_message_follow_up_names_the_goal_and_an_invitation_note_is_followed_up_by_a_message():
    message = compose_follow_up(record(DraftStyle("linkedin_message")), date(2026, 12, 3), TODAY).text
    assert "mon objectif : devenir data analyst dans une startup de la santé d'ici un an." in message
    after_note = compose_follow_up(record(DraftStyle("linkedin_note", "tu")), date(2026, 12, 3), TODAY)
    assert after_note.style.channel == "linkedin_message" and after_note.style.tone == "tu"
    assert "mon objectif : devenir data analyst" in after_note.text and within_limit(after_note)


def test_last_years_message_is_dated_with_its_year():
    text = compose_follow_up(record(DraftStyle()), date(2025, 12, 20), date(2026, 1, 5)).text
    assert "mon message du 20 décembre 2025" in text


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("elle a accepté, on se voit jeudi", "positive"),
        ("il m'a répondu oui !", "positive"),
        ("Bonne nouvelle, Claire est partante", "positive"),
        ("elle a décliné poliment", "negative"),
        ("il n'a pas le temps en ce moment", "negative"),
        ("malheureusement elle n'est pas disponible", "negative"),
        ("réponse négative de Paul", "negative"),
        ("elle m'a répondu", None),
        ("il m'a répondu, il veut bien qu'on prenne un verre", "positive"),  # fourth panel: asked yes or no
        ("elle est d'accord pour un appel mardi", "positive"),
    ],
)
def test_the_reply_read_from_the_message(said, reply):
    assert read_reply(said) == reply


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("je lui ai envoyé lundi", date(2026, 12, 7)),
        ("message envoyé !", TODAY),
        ("c'est parti hier soir", date(2026, 12, 10)),
        ("toujours rien depuis 10 jours", date(2026, 12, 1)),
        ("ça fait une semaine que j'ai écrit", date(2026, 12, 4)),
        ("je l'ai envoyé le 3 décembre", date(2026, 12, 3)),
    ],
)
def test_the_day_a_message_was_sent(said, day):
    assert sent_day(said, TODAY).value == day


def test_a_message_to_send_tomorrow_is_not_sent():
    assert sent_day("je l'envoie demain", TODAY).problem == "future"


def test_sendings_are_kept_per_draft_exported_and_erased(database):
    alice = draft_store.save_draft("alice", REQUEST, compose(REQUEST, DraftStyle()))
    draft_store.save_draft("bob", REQUEST, compose(REQUEST, DraftStyle()))
    assert sending.mark_sent("bob", alice.id, date(2026, 12, 3)) is None  # not bob's draft
    sending.mark_sent("alice", alice.id, date(2026, 12, 3), version=1)
    assert sending.awaiting_reply(sending.list_sendings("alice")).sent_on == date(2026, 12, 3)
    sending.mark_followed_up("alice", alice.id, date(2026, 12, 11))
    kept = sending.note_reply("alice", alice.id, "positive", date(2026, 12, 12))
    assert (kept.sent_on, kept.reply, kept.followed_up_on) == (date(2026, 12, 3), "positive", date(2026, 12, 11))
    assert sending.awaiting_reply(sending.list_sendings("alice")) is None
    exported = privacy.export_mentee("alice")["outreach_sendings"]
    assert exported == [
        {
            "draft_id": alice.id,
            "mentor": "Claire Martin",
            "version": 1,
            "sent_on": "2026-12-03",
            "reply": "positive",
            "replied_on": "2026-12-12",
            "followed_up_on": "2026-12-11",
        }
    ]
    assert privacy.erase_mentee("alice")["outreach_sendings"] == 1
    assert privacy.export_mentee("alice")["outreach_sendings"] == []
    assert sending.list_sendings("bob") == []


def test_the_draft_a_message_names():
    drafts = [
        record(DraftStyle()),
        DraftRecord(2, OutreachRequest(**{**REQUEST.__dict__, "mentor": Mentor("Paul Durand")}), None, (), None, ""),
    ]
    assert sending.draft_named(drafts, "j'ai écrit à paul hier").id == 2
    assert sending.draft_named(drafts, "Claire m'a répondu").id == 1
    assert sending.draft_named(drafts, "message envoyé") is None


def test_the_chats_export_summary_counts_messages_sent_replies_and_follow_ups():
    from assistant.export_summary import export_summary

    sendings = [
        {"sent_on": "2026-12-01", "reply": "positive", "followed_up_on": "2026-12-08"},
        {"sent_on": "2026-12-03", "reply": None, "followed_up_on": None},
    ]
    text = export_summary({"outreach_sendings": sendings})
    assert "• 2 messages envoyés à un mentor, 1 réponse notée, 1 relance écrite." in text
    one = export_summary({"outreach_sendings": sendings[1:]})
    assert "• 1 message envoyé à un mentor." in one and grammar_errors(one) == []
    assert "envoyé" not in export_summary({"outreach_sendings": []})
