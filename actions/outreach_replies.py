"""After the first message to a mentor: noting it was sent, the mentor's answer, the silence and its follow-up."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.action_items import names_a_done_item
from actions.common import button, database_errors_told, say
from actions.draft_requests import about_the_draft
from actions.outreach_form import DRAFT_BUTTON, REHEARSE_BUTTON
from actions.turn import previous_action
from assistant.common.channels import channel_label
from assistant.common.dates import format_date_fr, local_today
from assistant.common.mentor import person_name
from assistant.outreach import sending
from assistant.outreach import store as draft_store
from assistant.outreach.follow_up import FOLLOW_UP, compose_follow_up, sent_version
from assistant.outreach.model import DraftRecord, SendingRecord
from assistant.outreach.replies import WAIT_DAYS, asks_next_step, day_said, not_sent_yet, read_reply, sent_day

Events = list[dict[str, Any]]

PREPARE_BUTTON = button("🗓️ Préparer la rencontre", "prepare_meeting")
DRAFTS_BUTTON = button("📂 Mes brouillons", "list_drafts")
THANKS_SENT_BUTTONS = [button("📝 Noter la rencontre", "debrief_meeting"), button("📋 Mes actions", "list_actions")]
REPLY_BUTTONS = [
    button("🎉 Réponse positive", "note_reply", reply_kind="positive"),
    button("🙁 Réponse négative", "note_reply", reply_kind="negative"),
]


def follow_up_button(draft_id: int) -> dict[str, str]:
    """The button that writes the follow-up of draft ``draft_id`` (the welcome back offers it too)."""
    return button("✉️ Rédiger la relance", "no_reply", follow_up=draft_id)


def _text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def _in_sentence(label: str) -> str:
    """« Note d'invitation LinkedIn » inside a sentence: « note d'invitation LinkedIn »."""
    return label[:1].lower() + label[1:]


def _when(day: date, today: date) -> str:
    """« aujourd'hui », « hier », « le 3 décembre »."""
    if day == today:
        return "aujourd'hui"
    if day == today - timedelta(days=1):
        return "hier"
    return f"le {format_date_fr(day)}"


def _other_mentor(tracker: Tracker, drafts: list[DraftRecord]) -> str:
    """The person the message names (spaCy's PER) when no draft is for them, else ""."""
    for name in tracker.get_latest_entity_values("PER"):
        person = person_name(str(name))  # « jte », « Monsieur » name no one
        if person and sending.draft_named(drafts, person) is None:
            return person
    return ""


def _draft(tracker: Tracker, drafts: list[DraftRecord], sendings: list[SendingRecord]) -> DraftRecord | None:
    """The draft the message is about: the one whose mentor it names, else the newest one awaiting an answer, else
    the newest draft; None when it names someone no draft is for."""
    named = sending.draft_named(drafts, _text(tracker))
    if named is not None:
        return named
    if _other_mentor(tracker, drafts):
        return None
    waiting = sending.awaiting_reply(sendings)
    by_id = {d.id: d for d in drafts}
    if waiting is not None and waiting.draft_id in by_id:
        return by_id[waiting.draft_id]
    return drafts[-1] if drafts else None


class ActionNoteMessageSent(Action):
    """« Je lui ai envoyé lundi »: the draft named (else the newest) is marked as sent that day; the thank-you note
    after a meeting (named, or just shown) is not a draft to mark."""

    def name(self) -> str:
        return "action_note_message_sent"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        drafts = draft_store.list_drafts(tracker.sender_id)
        named = sending.draft_named(drafts, _text(tracker))
        after_thanks = previous_action(tracker.events) == "action_thank_you_note" and not named
        if sending.names_the_thanks(_text(tracker)) or after_thanks:  # the thank-you note, not the first message
            say(dispatcher, "thanks_sent_noted", THANKS_SENT_BUTTONS)
            return []
        other = "" if named else _other_mentor(tracker, drafts)
        draft = named or (drafts[-1] if drafts and not other else None)
        if draft is None:
            say(dispatcher, "sent_no_draft", [DRAFT_BUTTON], mentor=other)
            return []
        if not_sent_yet(_text(tracker)):  # « je l'ai pas encore envoyé, je l'envoie ce soir »
            say(dispatcher, "sent_not_yet")
            return []
        today = local_today()
        day = sent_day(_text(tracker), today)
        if not day.ok or day.value is None:
            say(dispatcher, "sent_not_yet" if day.problem == "future" else "sent_day_too_old")
            return []
        version = draft.final or draft.latest
        sending.mark_sent(tracker.sender_id, draft.id, day.value, version.number)
        wait_until = day.value + timedelta(days=WAIT_DAYS)
        say(
            dispatcher,
            "sent_noted",
            [REHEARSE_BUTTON, DRAFTS_BUTTON],
            mentor=draft.request.mentor.display,
            when=_when(day.value, today),
            until=format_date_fr(wait_until) if wait_until > today else "",
        )
        return []


class ActionNoteReply(Action):
    """The mentor answered: a yes leads to the meeting's preparation, a no to the articles' advice."""

    def name(self) -> str:
        return "action_note_reply"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if names_a_done_item(tracker):  # « mon patron a accepté de me confier le lot » for « demander le lot à mon
            return [FollowupAction("action_mark_action_done")]  # patron »: an action item done, not a mentor's reply
        if about_the_draft(tracker):  # « on ne peut pas écrire Bonjour Hélène… mettez Madame »: no refusal
            return [FollowupAction("action_revise_draft")]
        drafts = draft_store.list_drafts(tracker.sender_id)
        draft = _draft(tracker, drafts, sending.list_sendings(tracker.sender_id))
        kind = next(tracker.get_latest_entity_values("reply_kind"), None) or read_reply(_text(tracker))
        mentor = draft.request.mentor.display if draft else ""
        if kind not in sending.REPLIES:
            say(dispatcher, "reply_which", REPLY_BUTTONS, mentor=mentor)
            return []
        if draft is not None:
            sending.note_reply(tracker.sender_id, draft.id, kind, local_today())
        noted = draft is not None  # without a saved draft there is nothing to note it on
        if kind == "positive":
            say(dispatcher, "reply_positive", [PREPARE_BUTTON, REHEARSE_BUTTON], mentor=mentor, noted=noted)
        else:
            say(dispatcher, "reply_negative", [DRAFT_BUTTON, REHEARSE_BUTTON], mentor=mentor, noted=noted)
        return []


class ActionNoReply(Action):
    """No answer yet: patience before a week, the follow-up offered after (written at once when the mentee asks what
    to do now); the button writes the follow-up."""

    def name(self) -> str:
        return "action_no_reply"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        drafts = draft_store.list_drafts(tracker.sender_id)
        sendings = sending.list_sendings(tracker.sender_id)
        today = local_today()
        asked = next(tracker.get_latest_entity_values("follow_up"), None)
        if asked is not None:
            return self._follow_up(dispatcher, tracker, drafts, sendings, str(asked), today)
        if about_the_draft(tracker):  # « je n'ai même pas envoyé le mail, je veux juste Madame au lieu de … »
            return [FollowupAction("action_revise_draft")]
        draft = _draft(tracker, drafts, sendings)
        if draft is None:
            say(dispatcher, "no_reply_no_draft", [DRAFT_BUTTON])
            return []
        sent = next((s for s in sendings if s.draft_id == draft.id and s.sent_on is not None), None)
        said = day_said(_text(tracker), today)
        day = said.value if said.ok else None
        if day is not None and (sent is None or sent.sent_on is None or day < sent.sent_on):
            # « pas de réponse depuis 10 jours », « en fait je l'avais envoyé il y a 10 jours »: sent that day
            sent = sending.mark_sent(tracker.sender_id, draft.id, day, (draft.final or draft.latest).number)
        mentor = draft.request.mentor.display
        sent_on = sent.sent_on if sent is not None else None
        if sent is None or sent_on is None:
            say(dispatcher, "no_reply_when_sent", mentor=mentor)
            return []
        days = (today - sent_on).days
        context = {"mentor": mentor, "day": format_date_fr(sent_on), "days": days}
        if sent.followed_up_on is not None:
            say(
                dispatcher,
                "no_reply_followed_up",
                [DRAFT_BUTTON],
                followed=format_date_fr(sent.followed_up_on),
                **context,
            )
        elif days < WAIT_DAYS:
            until = format_date_fr(sent_on + timedelta(days=WAIT_DAYS))
            say(dispatcher, "no_reply_wait", [REHEARSE_BUTTON], until=until, **context)
        elif asks_next_step(_text(tracker)):  # « non toujours rien, je fais quoi ? »: the follow-up, written now
            say(dispatcher, "no_reply_follow_up_now", None, **context)
            return self._follow_up(dispatcher, tracker, drafts, sendings, str(draft.id), today)
        else:
            say(dispatcher, "no_reply_follow_up", [follow_up_button(draft.id)], **context)
        return []

    def _follow_up(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        drafts: list[DraftRecord],
        sendings: list[SendingRecord],
        asked: str,
        today: date,
    ) -> Events:
        draft = next((d for d in drafts if str(d.id) == asked), None)
        sent = next((s for s in sendings if str(s.draft_id) == asked), None)
        if draft is None or sent is None or sent.sent_on is None:
            say(dispatcher, "no_reply_no_draft", [DRAFT_BUTTON])
            return []
        follow_up = compose_follow_up(draft, sent.sent_on, today, sent.version)
        saved = next((v for v in draft.versions if v.change == FOLLOW_UP and v.draft == follow_up), None)
        if saved is None:
            record = draft_store.add_version(tracker.sender_id, draft.id, follow_up, FOLLOW_UP)
            saved = record.latest if record else None
        sending.mark_followed_up(tracker.sender_id, draft.id, today)
        mentor = draft.request.mentor.display
        say(
            dispatcher,
            "follow_up_heading",
            mentor=mentor,
            channel=_in_sentence(channel_label(follow_up.style.channel)),
            tu=follow_up.style.tone == "tu",
            number=saved.number if saved else 0,
            from_note=follow_up.style.channel != sent_version(draft, sent.version).draft.style.channel,
        )
        dispatcher.utter_message(text=follow_up.text)
        say(dispatcher, "follow_up_next", REPLY_BUTTONS + [DRAFTS_BUTTON], mentor=mentor)
        return []
