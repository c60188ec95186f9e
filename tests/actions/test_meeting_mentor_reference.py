"""The mentor of a meeting preparation named as the one who answered (« celle qui vient de me répondre »), with real
trackers and dispatchers: the mentor whose answer was noted last, offered as the first button too."""

from __future__ import annotations

from datetime import timedelta

from actions.meeting_form import ActionAskMeetingMentor, ValidateMeetingForm
from assistant.common.dates import local_today
from assistant.common.mentor import Mentor
from assistant.meetings.answers import names_the_replier
from assistant.outreach import sending
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from tests.actions.conftest import run, validate_answer


def _draft_to(sender: str, mentor: Mentor) -> int:
    request = OutreachRequest(
        mentor=mentor,
        source="linkedin",
        source_detail="",
        draw="son parcours de reconversion",
        goal="devenir data analyst",
        intro="Léa, comptable",
        ask="call",
        first_name="Léa",
    )
    return draft_store.save_draft(sender, request, compose(request, DraftStyle())).id


def test_the_one_who_answered_is_read_as_a_reference_not_as_a_name():
    for said in ("celle qui vient de me répondre", "Celui qui m'a répondu hier", "la personne qui m'a dit oui"):
        assert names_the_replier(said), said
    for said in ("Claire Martin, directrice data", "celle qui m'a aidée en stage", "une dev qui répond vite"):
        assert not names_the_replier(said), said


def test_the_one_who_answered_is_the_mentor_whose_answer_was_noted_last(database, domain):
    claire = _draft_to("alice", Mentor("Claire Martin", "directrice data", "Doctolib"))
    paul = _draft_to("alice", Mentor("Paul Girard", "lead dev", "Back Market"))
    sending.note_reply("alice", paul, "negative", local_today() - timedelta(days=3))
    sending.note_reply("alice", claire, "positive", local_today())
    _, slots = validate_answer(
        ValidateMeetingForm(),
        domain,
        "meeting_mentor",
        "celle qui vient de me répondre",
        "meeting_form",
        sender_id="alice",
    )
    assert (slots["meeting_mentor"], slots["meeting_mentor_role"], slots["meeting_mentor_org"]) == (
        "Claire Martin",
        "directrice data",
        "Doctolib",
    )
    dispatcher, _ = run(ActionAskMeetingMentor(), domain, sender_id="alice", active_loop="meeting_form")
    buttons = [b["title"] for m in dispatcher.messages for b in m.get("buttons") or []]
    assert buttons[:1] == ["Claire Martin"]


def test_with_no_answer_noted_the_mentor_is_asked_for_again(database, domain):
    dispatcher, slots = validate_answer(
        ValidateMeetingForm(), domain, "meeting_mentor", "celui qui m'a répondu", "meeting_form", sender_id="bob"
    )
    assert slots["meeting_mentor"] is None
    assert [m.get("message_key") for m in dispatcher.messages] == ["meeting_mentor_replier_unknown"]


def test_a_day_given_for_the_mentor_is_kept_for_the_date_and_the_name_asked_again(database, domain):
    # the fourth panel's « jeudi 14h » became the person met (« Quand a lieu la rencontre avec jeudi 14h ? »)
    dispatcher, slots = validate_answer(ValidateMeetingForm(), domain, "meeting_mentor", "mardi 9h30", "meeting_form")
    assert slots["meeting_mentor"] is None and slots["meeting_when"].endswith("T09:30")
    assert [m.get("message_key") for m in dispatcher.messages] == ["meeting_mentor_a_date"]
    _, slots = validate_answer(ValidateMeetingForm(), domain, "meeting_mentor", "Julien Perrin", "meeting_form")
    assert slots["meeting_mentor"] == "Julien Perrin" and "meeting_when" not in slots
