"""Outreach to a potential mentor, the drafts: composing one from the form, revisions, the version to send,
the list of drafts, leaving."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import active_goals, button, database_errors_told, goal_summary_pending, say
from actions.draft_requests import DRAFT_SHOWN, THANK_YOU_SHOWN, asks_a_change
from actions.form_leaving import kept_as_answer
from actions.goal_choice import TOPIC
from actions.goal_summary import at_pending_summary
from actions.meeting_preparation import tone_asked_for_preparation
from actions.outreach_form import (
    CRITIQUE_BUTTON,
    DRAFT_BUTTON,
    OUTREACH_SLOTS,
    REHEARSE_BUTTON,
    REVISION_BUTTONS,
    ValidateOutreachForm,
    channel_buttons,
)
from actions.thank_you_edits import thank_you_edit_typed
from actions.turn import action_before_fallbacks, previous_action, replay_payload
from assistant.coaching.instructions import instructed_intent
from assistant.coaching.register import tu_to_me
from assistant.coaching.text import mentioned_number
from assistant.coaching.text_edits import TextEdit
from assistant.common.channels import CHANNELS, channel_label
from assistant.common.names import proper_mentor
from assistant.common.proofread import proofread
from assistant.goals import store as goal_store
from assistant.goals.model import GoalRecord
from assistant.outreach import store as draft_store
from assistant.outreach.ask import named_platform
from assistant.outreach.carried import hand_edits, with_hand_edits
from assistant.outreach.compose import SHORTER, compose
from assistant.outreach.edit import applied, edit_in, edits_in
from assistant.outreach.model import Draft, DraftRecord, DraftStyle, OutreachRequest
from assistant.outreach.revise import read_revision, restored_version, trailing_edit
from assistant.practice import store as practice_store
from assistant.practice.own_message import greeted_mentor

Events = list[dict[str, Any]]


def _show_draft(
    dispatcher: CollectingDispatcher, record: DraftRecord, heading_key: str, typed: str = "", **context: Any
) -> None:
    """The heading, the draft in a bubble of its own (easy to copy), then what can be done next. A draft that
    becomes a private message says first that the app the mentee ``typed`` (Instagram…) has no format of its own."""
    version = record.latest
    style = version.draft.style
    before = record.versions[-2].draft.style.channel if len(record.versions) > 1 else ""
    if style.channel == "direct_message" != before:
        say(dispatcher, "draft_direct_message", platform=named_platform(typed))
    say(
        dispatcher,
        heading_key,
        number=version.number,
        channel=_in_sentence(channel_label(style.channel)),
        length=len(version.draft.text),
        limit=CHANNELS[style.channel][1] or 0,
        mentor=record.request.mentor.display,
        tone=style.tone,
        **context,
    )
    dispatcher.utter_message(text=version.draft.text)
    say(dispatcher, "draft_next", REVISION_BUTTONS + channel_buttons("revise_draft", style.channel), tone=style.tone)


def _in_sentence(label: str) -> str:
    """« Note d'invitation LinkedIn » as it reads inside a sentence: « note d'invitation LinkedIn »."""
    return label[:1].lower() + label[1:]


def _current_or_tell(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
) -> tuple[DraftRecord | None, Events]:
    """The draft being worked on, or None and the events of what was said instead: without a draft, a new goal's
    summary waiting is what the message is about (« remplacez l'intitulé par : … »), else there is no draft."""
    current = draft_store.current_draft(tracker.sender_id)
    if thank_you_edit_typed(tracker, current.latest.draft.text if current is not None else ""):
        return None, [FollowupAction("action_thank_you_note")]  # « remplacez « Bonjour, » … » in the thank-you note
    if current is not None:
        return current, []
    pending = at_pending_summary(dispatcher, tracker, domain)
    if pending is None and action_before_fallbacks(tracker.events) == "action_critique_message":
        return None, replay_payload("/draft_outreach")  # « bon, réécrivons-le ensemble » under a review: a new draft
    if pending is None and instructed_intent(tracker.latest_message.get("text")) == "revise_draft":
        say(dispatcher, "register_kept")  # « stp passe au tu » with no draft: the assistant's own « vous »
    elif pending is None:
        say(dispatcher, "no_draft", [DRAFT_BUTTON, CRITIQUE_BUTTON])
    return None, pending or []


# --- the draft -------------------------------------------------------------------------------------


def _goal_request(goal_value: str, goals: list[GoalRecord]) -> tuple[int | None, str, str, Any]:
    """(goal id, statement, measure, deadline) for the form's goal answer."""
    if goal_value.startswith(TOPIC):
        return None, goal_value.removeprefix(TOPIC), "", None
    chosen = next((g for g in goals if str(g.id) == goal_value), None)
    if chosen is None:
        return None, "", "", None
    return chosen.id, chosen.fields.statement, chosen.fields.measure, chosen.fields.deadline


class ActionDraftOutreach(Action):
    """Compose the first draft from the form's answers, save it as version 1 and show it."""

    def name(self) -> str:
        return "action_draft_outreach"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if any(
            tracker.get_slot(s) is None
            for s in (
                "outreach_source",
                "outreach_draw",
                "outreach_goal",
                "outreach_intro",
                "outreach_ask",
                "outreach_channel",
            )
        ):
            say(dispatcher, "nothing_pending")
            return []
        goal_id, goal, measure, deadline = _goal_request(
            tracker.get_slot("outreach_goal"), goal_store.list_goals(tracker.sender_id)
        )
        if not goal:  # the goal was deleted meanwhile
            say(dispatcher, "meeting_goals_unknown")
            return [SlotSet("outreach_goal", None)]
        request = OutreachRequest.from_slots(tracker.slots, goal, measure, deadline)
        style = DraftStyle.from_slots(tracker.slots)
        record = draft_store.save_draft(tracker.sender_id, request, compose(request, style), goal_id)
        _show_draft(dispatcher, record, "draft_heading_new", tracker.latest_message.get("text") or "")
        return [SlotSet(name, None) for name in OUTREACH_SLOTS]


def _edited(dispatcher: CollectingDispatcher, sender_id: str, current: DraftRecord, edits: list[TextEdit]) -> Events:
    """The latest version with the words changed or removed (each edit in turn), saved as a new version; said when
    some are not in it."""
    draft = current.latest.draft
    for edit in edits:
        changed = applied(draft, edit)
        if changed is None:
            say(dispatcher, "edit_not_found", quote=edit.old)
            return []
        draft = changed
    updated = draft_store.add_version(sender_id, current.id, draft, "edit", None)
    if updated is None:
        say(dispatcher, "no_draft", [DRAFT_BUTTON])
        return []
    _show_draft(dispatcher, updated, "draft_heading_revised", change="edit")
    say(dispatcher, "edit_kept_until_restyled")
    return []


def _restored(dispatcher: CollectingDispatcher, sender_id: str, current: DraftRecord, number: int) -> Events:
    """Version ``number`` again as the newest one (« revenez à la version 2 »), so later changes start from it."""
    earlier = current.version(number)
    if earlier is None:
        say(dispatcher, "draft_version_unknown", count=len(current.versions), number=number)
        return []
    updated = draft_store.add_version(sender_id, current.id, earlier.draft, "restore")
    if updated is None:
        say(dispatcher, "no_draft", [DRAFT_BUTTON])
        return []
    _show_draft(dispatcher, updated, "draft_heading_revised", change="restore", restored=number)
    return []


class ActionReviseDraft(Action):
    """Apply one change (shorter, formal, warm, tu/vous, channel, other goal) as a new saved version."""

    def name(self) -> str:
        return "action_revise_draft"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if action_before_fallbacks(tracker.events) in THANK_YOU_SHOWN:  # « on se tutoie », « plus court », « ajoute :
            return [FollowupAction("action_thank_you_note")]  # … » under a thank-you (a « Vouliez-vous dire » between)
        text = tracker.latest_message.get("text") or ""
        for_preparation = tone_asked_for_preparation(tracker)
        if tu_to_me(text, for_preparation or action_before_fallbacks(tracker.events) in DRAFT_SHOWN):
            say(dispatcher, "register_kept")  # « tu peux me tutoyer ? »: the assistant's own « vous », never a text's
            return []
        if for_preparation:  # « tutoie les questions », « on se tutoie » under the preparation
            return [FollowupAction("action_edit_questions")]
        if previous_action(tracker.events) == "action_delete_goal":  # « non en fait garde-le » under « Supprimer … ? »
            dispatcher.utter_message(response="utter_delete_cancelled")  # the goal stays named: « bon si, supprime-le »
            return []
        current, told = _current_or_tell(dispatcher, tracker, domain)
        if current is None:
            return told
        edits = edits_in(current.latest.draft, text)
        if edits:  # « remplacez « 20 minutes » par « 30 minutes » »: on the text shown
            return _edited(dispatcher, tracker.sender_id, current, edits)
        restored = restored_version(text)
        if restored is not None:  # « revenez à la version 2 »
            return _restored(dispatcher, tracker.sender_id, current, restored)
        style = current.latest.draft.style
        entity = next(tracker.get_latest_entity_values("revision"), None)  # a button's, or words the NLU picked
        typed = read_revision(text, style)
        picked = read_revision(entity, style) if entity else typed
        # a button says it in its entity; typed, the whole message says what it wants (« Non, je n'ai pas validé !
        # En fait, passez-le en e-mail »: the words picked were « validé »)
        revision = picked if text.startswith("/") or typed.kind == "unknown" else typed
        if revision.kind == "accept" and "?" not in text:  # « c'est bon ? » asks, it does not keep the draft
            return await ActionFinalizeDraft().run(dispatcher, tracker, domain)
        if revision.kind == "other_goal":
            return self._other_goal(dispatcher, tracker, current, entity or text)
        if revision.kind == "unknown" or revision.style is None:
            say(dispatcher, "revision_how", REVISION_BUTTONS[:3] + channel_buttons("revise_draft", style.channel))
            return []
        request = current.request
        if revision.ask is not None:  # « proposez un appel de 30 minutes plutôt qu'une visio »
            key, minutes, availability = revision.ask
            request = replace(  # a length of 0: only the availability was said (« ajoutez mes disponibilités : … »)
                request,
                ask=key or request.ask,
                minutes=minutes or request.minutes,
                availability=availability or request.availability,
            )
        if revision.source is not None:  # « personne ne me l'a recommandée, je l'ai trouvée via son post »
            key, detail = revision.source
            request = replace(request, source=key, source_detail=proofread(detail).text if detail else "")
        if revision.extra:
            extra = proofread(revision.extra)
            if not extra.fit and not extra.proposal:
                say(dispatcher, "revision_extra_unclear", quote=revision.extra)
                return []
            request = replace(request, extra=extra.text)
        if revision.style == style and request == current.request:
            if "shorter" in revision.kinds:  # « encore plus court » on the short version
                say(dispatcher, "revision_shortest", length=len(current.latest.draft.text))
            else:
                say(dispatcher, "revision_already", channel=channel_label(style.channel))
            return []
        draft = with_hand_edits(compose(request, revision.style), hand_edits(current.versions))  # « Madame, » kept
        order = trailing_edit(text)  # « ajoute que je maîtrise SQL et remplace switcher par rejoindre »: both
        edit = edit_in(draft, order) if order else None
        draft = (applied(draft, edit) if edit is not None else None) or draft
        if "shorter" in revision.kinds and len(draft.text) > SHORTER * len(current.latest.draft.text):
            say(dispatcher, "revision_shortest", length=len(current.latest.draft.text))
            return []
        kind = revision.kind if len(revision.kinds) == 1 else "several"
        updated = draft_store.add_version(
            tracker.sender_id, current.id, draft, kind, request if request != current.request else None
        )
        if updated is None:
            say(dispatcher, "no_draft", [DRAFT_BUTTON])
            return []
        _show_draft(dispatcher, updated, "draft_heading_revised", text, change=kind)
        return []

    def _other_goal(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, current: DraftRecord, asked: str
    ) -> Events:
        goals = active_goals(tracker.sender_id)
        number = mentioned_number(asked)
        others = [g for g in goals if g.id != current.goal_id and g.fields.statement != current.request.goal]
        chosen = next((g for g in goals if g.position == number), None) if number else (others[0] if others else None)
        if chosen is None or chosen.fields.statement == current.request.goal:
            say(
                dispatcher,
                "revision_no_other_goal",
                [button("🎯 Clarifier un autre objectif", "clarify_goal")],
                count=len(goals),
            )
            return []
        request = OutreachRequest(
            **{
                **current.request.__dict__,
                "goal": chosen.fields.statement,
                "goal_measure": chosen.fields.measure,
                "goal_deadline": chosen.fields.deadline,
            }
        )
        draft = compose(request, current.latest.draft.style)
        updated = draft_store.add_version(tracker.sender_id, current.id, draft, "other_goal", request, chosen.id)
        if updated is None:
            say(dispatcher, "no_draft", [DRAFT_BUTTON])
            return []
        _show_draft(dispatcher, updated, "draft_heading_revised", change="other_goal")
        return []


class ActionFinalizeDraft(Action):
    """Mark a version (the latest, or « la version 2 ») as the one to send."""

    def name(self) -> str:
        return "action_finalize_draft"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if goal_summary_pending(tracker) and draft_store.current_draft(tracker.sender_id) is None:
            return [FollowupAction("action_save_goal")]  # « c'est bon » under a new goal's summary: save it
        if asks_a_change(tracker):  # « Mettez que c'est Maître Leroy … », « tu peux dire de quoi … ? »: not done yet
            return [FollowupAction("action_revise_draft")]
        entity = next(tracker.get_latest_entity_values("draft_version"), None)
        number = (
            int(entity)
            if entity and str(entity).isdigit()
            else mentioned_number(tracker.latest_message.get("text") or "")
        )
        reviewed = None if number else practice_store.critique_to_send(tracker.sender_id)
        if reviewed is not None:  # « c'est celui-là que j'envoie » after a review: the message reviewed, as written
            mentor = proper_mentor(greeted_mentor(reviewed.text)).name
            say(dispatcher, "critique_chosen", mentor=mentor)
            say(
                dispatcher, "draft_chosen_next", [REHEARSE_BUTTON, button("🗓️ Préparer la rencontre", "prepare_meeting")]
            )
            return []
        current, told = _current_or_tell(dispatcher, tracker, domain)
        if current is None:
            return told
        if restored_version(tracker.latest_message.get("text")) is not None:  # « reprends la version 2 »: to go on
            return _restored(dispatcher, tracker.sender_id, current, number or current.latest.number)
        number = number or current.latest.number
        chosen = draft_store.choose_version(tracker.sender_id, current.id, number)
        if chosen is None:
            say(dispatcher, "draft_version_unknown", count=len(current.versions), number=number)
            return []
        version = chosen.final
        assert version is not None  # choose_version returns None unless version ``number`` exists
        say(
            dispatcher,
            "draft_chosen",
            number=version.number,
            mentor=chosen.request.mentor.display,
            channel=_in_sentence(channel_label(version.draft.style.channel)),
        )
        dispatcher.utter_message(text=version.draft.text)
        say(
            dispatcher,
            "draft_chosen_next",
            [
                REHEARSE_BUTTON,
                button("🗓️ Préparer la rencontre", "prepare_meeting"),
                button("📂 Mes brouillons", "list_drafts"),
            ],
        )
        return []


#: The outreach form's questions answered in the mentee's own words.
FREE_ANSWERS = ("outreach_mentor", "outreach_source", "outreach_draw", "outreach_intro")


class ActionCancelOutreach(Action):
    """Leave the outreach, critique or rehearsal form; saved drafts stay."""

    def name(self) -> str:
        return "action_cancel_outreach"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if (tracker.active_loop or {}).get("name") == "outreach_form":  # « son parcours de la logistique à la cyber »
            answer = await kept_as_answer(ValidateOutreachForm(), FREE_ANSWERS, dispatcher, tracker, domain)
            if answer is not None:  # read as another task: the answer asked, not a switch
                return answer
        try:
            kept = bool(draft_store.list_drafts(tracker.sender_id) or goal_store.list_goals(tracker.sender_id))
        except SQLAlchemyError:  # leaving must work even when the database does not
            kept = False
        say(dispatcher, "outreach_cancelled", kept=kept)
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            *[
                SlotSet(name, None)
                for name in (*OUTREACH_SLOTS, "critique_text", "rehearsal_scenario", "rehearsal_reply")
            ],
        ]


def draft_for_practice(record: DraftRecord) -> Draft:
    """The version practice works on: the one chosen, else the newest."""
    return (record.final or record.latest).draft
