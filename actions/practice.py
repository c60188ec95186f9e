"""Practice around outreach: critique of the mentee's own message, rehearsal of the mentor's reply, thank-you note."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.checkin import correct_summary
from actions.common import (
    AnswerValidation,
    AskSlotAction,
    active_goals,
    answers_only,
    button,
    database_errors_told,
    say,
)
from actions.draft_requests import revision_typed
from actions.outreach_drafts import draft_for_practice
from actions.outreach_form import CRITIQUE_BUTTON, DRAFT_BUTTON, REHEARSE_BUTTON
from actions.thank_you_edits import edit_thank_you
from actions.thank_you_facts import same_person, thank_you_facts
from assistant.common.gender import mentor_gender
from assistant.common.mentor import Mentor, person_name
from assistant.common.names import proper_mentor
from assistant.meetings import store as preparation_store
from assistant.outreach import store as draft_store
from assistant.outreach.model import DraftRecord
from assistant.practice import own_message, rehearsal, thanks
from assistant.practice import store as practice_store
from assistant.practice.critique import critique_message, critique_text
from assistant.practice.message import MAX_CRITIQUE_CHARS, pasted_message
from assistant.practice.model import Critique, ReplyFeedback
from assistant.practice.told import names_advice

Events = list[dict[str, Any]]

PRACTICE_SLOTS = ("critique_text", "rehearsal_scenario", "rehearsal_reply")


def _scenario_buttons(skip: str | None = None) -> list[dict[str, str]]:
    return [
        button(label, "rehearse_outreach", rehearsal_scenario=key)
        for key, label in rehearsal.SCENARIOS.items()
        if key != skip
    ]


def _context(record: DraftRecord) -> rehearsal.RehearsalContext:
    draft = draft_for_practice(record)
    r = record.request
    return rehearsal.RehearsalContext(
        mentor=r.mentor,
        mentee_first=r.first_name,
        goal=r.goal,
        ask=r.ask,
        minutes=r.minutes,
        tone=draft.style.tone,
        channel=draft.style.channel,
        gender=mentor_gender(r.mentor, *r.said_of_mentor()),
        intro=r.intro,
        measure=r.goal_measure,
        deadline=r.goal_deadline,
    )


def to_rehearse(sender_id: str) -> tuple[rehearsal.RehearsalContext, int | None] | None:
    """What the mentee will send, and its draft's id: the message they had reviewed when no draft was written or
    changed since, else the current draft; None when there is neither."""
    reviewed = practice_store.critique_to_send(sender_id)
    if reviewed is not None:
        goals = [(g.fields.statement, g.fields.measure, g.fields.deadline) for g in active_goals(sender_id)]
        return own_message.rehearsal_context(reviewed.text, reviewed.channel, goals), None
    record = draft_store.current_draft(sender_id)
    return (_context(record), record.id) if record is not None else None


# --- critique ---------------------------------------------------------------------------------------


class ActionStartCritique(Action):
    """Start a critique; a message pasted with the request is taken at once."""

    def name(self) -> str:
        return "action_start_critique"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        pasted = pasted_message(tracker.latest_message.get("text") or "")
        return [SlotSet("critique_text", pasted or None), SlotSet("rehearsal_scenario", None)]


class ActionAskCritiqueText(AskSlotAction):
    slot = "critique_text"


class ValidateCritiqueForm(AnswerValidation):
    """The pasted message must be a message: not empty, not huge, in French."""

    def name(self) -> str:
        return "validate_critique_form"

    @answers_only
    def validate_critique_text(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Keep the message when it can be critiqued; otherwise say why and ask again."""
        parsed = critique_message(value)
        if parsed.ok:
            return {"critique_text": value}
        buttons = []
        if parsed.problem == "not_a_message" and draft_store.current_draft(tracker.sender_id) is not None:
            # sixteenth panel: « je parle du brouillon que vous venez d'écrire » was asked to be pasted again
            buttons = [button("✏️ Modifier mon brouillon", "revise_draft"), button("Annuler", "stop")]
        say(dispatcher, f"critique_{parsed.problem}", buttons, length=len(str(value)), limit=MAX_CRITIQUE_CHARS)
        return {"critique_text": None}


class ActionCritiqueMessage(Action):
    """Score the message against the checklist, say what to keep and what to change, and save the outcome."""

    def name(self) -> str:
        return "action_critique_message"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = tracker.get_slot("critique_text")
        parsed = critique_message(text) if text else None
        if parsed is None or not parsed.ok:
            return [SlotSet("critique_text", None)]
        result: Critique = parsed.value
        dispatcher.utter_message(text=critique_text(result))
        practice_store.save_practice(
            tracker.sender_id,
            "critique",
            text,
            result.score,
            result.total,
            {
                "checks": [asdict(r) for r in result.results],
                "weakest": result.weakest,
                "rewrite": result.rewrite,
                "notes": list(result.notes),
            },
            channel=result.channel,
        )
        say(dispatcher, "critique_next", [DRAFT_BUTTON, CRITIQUE_BUTTON, REHEARSE_BUTTON])
        return [SlotSet("critique_text", None)]


# --- rehearsal --------------------------------------------------------------------------------------


class ActionStartRehearsal(Action):
    """Play the mentor's reply to the message the mentee will send (``to_rehearse``), then ask for the mentee's answer
    (rehearsal_form)."""

    def name(self) -> str:
        return "action_start_rehearsal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        reset = [SlotSet(name, None) for name in PRACTICE_SLOTS]
        if revision_typed(tracker):  # « pourriez-vous le rendre plus formel ? » under the draft: a change
            return [*reset, FollowupAction("action_revise_draft")]
        if rehearsal.asks_otherwise(tracker.latest_message.get("text") or ""):  # « il annule, je fais comment ? »
            return [*reset, FollowupAction("action_answer_question")]
        try:
            if correct_summary(dispatcher, tracker):  # « pour les retours tu as mis … » read as a rehearsal
                return reset
            found = to_rehearse(tracker.sender_id)
        except SQLAlchemyError:
            say(dispatcher, "database_error")
            return reset
        if found is None:
            say(dispatcher, "rehearsal_no_draft", [DRAFT_BUTTON, CRITIQUE_BUTTON])
            return reset
        context = found[0]
        scenario = next(tracker.get_latest_entity_values("rehearsal_scenario"), None) or rehearsal.guess_scenario(
            tracker.latest_message.get("text") or ""
        )
        if scenario not in rehearsal.SCENARIOS:  # the likeliest reaction first; the others are offered after it
            scenario = next(iter(rehearsal.SCENARIOS))
        say(
            dispatcher,
            "rehearsal_intro",
            mentor=proper_mentor(context.mentor).display,
            scenario=rehearsal.SCENARIOS[scenario],
        )
        dispatcher.utter_message(text=rehearsal.mentor_reply(scenario, context))
        dispatcher.utter_message(text=rehearsal.coach_prompt(scenario, context))
        return [*reset, SlotSet("rehearsal_scenario", scenario)]


class ActionAskRehearsalReply(AskSlotAction):
    slot = "rehearsal_reply"


class ValidateRehearsalForm(AnswerValidation):
    """The mentee's reply to the mentor; nothing is asked when no scenario was played."""

    def name(self) -> str:
        return "validate_rehearsal_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        """Only ask for a reply once the mentor has answered."""
        return domain_slots if tracker.get_slot("rehearsal_scenario") else []

    @answers_only
    def validate_rehearsal_reply(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Keep a reply that can be reviewed; otherwise say why and ask again."""
        parsed = rehearsal.review_reply(
            tracker.get_slot("rehearsal_scenario"), value, rehearsal.RehearsalContext(mentor=Mentor(""))
        )
        if not parsed.ok:
            say(dispatcher, f"rehearsal_{parsed.problem}")
            return {"rehearsal_reply": None}
        return {"rehearsal_reply": value}


class ActionReviewReply(Action):
    """Coach the mentee's reply: what works, what to change, a model answer; save the outcome."""

    def name(self) -> str:
        return "action_review_reply"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        scenario, reply = tracker.get_slot("rehearsal_scenario"), tracker.get_slot("rehearsal_reply")
        reset = [SlotSet(name, None) for name in PRACTICE_SLOTS]
        found = to_rehearse(tracker.sender_id)
        if not scenario or not reply or found is None:
            return reset
        context, draft_id = found
        parsed = rehearsal.review_reply(scenario, reply, context)
        if not parsed.ok:
            say(dispatcher, f"rehearsal_{parsed.problem}")
            return reset
        feedback: ReplyFeedback = parsed.value
        dispatcher.utter_message(text=rehearsal.feedback_text(feedback))
        practice_store.save_practice(
            tracker.sender_id,
            "rehearsal",
            reply,
            feedback.score,
            feedback.total,
            {
                "good": list(feedback.good),
                "to_change": list(feedback.to_change),
                "suggested": feedback.suggested,
                "notes": list(feedback.notes),
            },
            scenario=scenario,
            draft_id=draft_id,
        )
        next_buttons = _scenario_buttons(skip=scenario)
        if scenario == "accepts":
            next_buttons.append(button("🗓️ Préparer la rencontre", "prepare_meeting"))
        say(dispatcher, "rehearsal_next", next_buttons)
        return reset


# --- after the meeting ------------------------------------------------------------------------------

#: Why part of the notes was left out, most useful reason first.
_LEFT_OUT_ORDER = ("spelling", "slang", "question", "shape", "mentor", "long", "more")


def send_thank_you(
    dispatcher: CollectingDispatcher, facts: thanks.ThankYou, *, debriefed: bool, buttons: list[dict[str, str]]
) -> None:
    """The coach's line, the note, what was left out of the notes and why, and when to send it."""
    if facts.whole:
        _send_support_thanks(dispatcher, facts, buttons)
        return
    advice, steps = facts.advice, facts.steps
    parts = [
        label for label, present in (("ses conseils", advice.kept), ("vos prochaines étapes", steps.kept)) if present
    ]
    if facts.mentor.display != "votre mentor" or parts:
        say(
            dispatcher,
            "thank_you_ready",
            mentor=facts.mentor.display,
            parts=" et ".join(parts),
            signed=bool(facts.mentee_first),
            tu=facts.tone == "tu",
        )
    dispatcher.utter_message(text=thanks.thank_you_note(facts))
    reasons = [*advice.left_out, *steps.left_out]
    if reasons:
        known = [r for r in reasons if r in _LEFT_OUT_ORDER] or ["shape"]  # never a crash on a new reason
        say(dispatcher, "thank_you_left_out", reason=min(known, key=_LEFT_OUT_ORDER.index))
    pronoun = {"f": "elle", "m": "il"}.get(facts.gender, "")
    who = pronoun or (facts.mentor.first_name or facts.mentor.name or "cette personne")
    say(dispatcher, "thank_you_tips", buttons, who=who, debriefed=debriefed, tu=facts.tone == "tu")


def _send_support_thanks(
    dispatcher: CollectingDispatcher, facts: thanks.ThankYou, buttons: list[dict[str, str]]
) -> None:
    """The coach's line, the thank-you for the support as a whole, and why keeping in touch matters."""
    tu = facts.tone == "tu"
    signed = bool(facts.mentee_first)
    mentor = facts.mentor.display
    say(dispatcher, "thank_you_support_ready", mentor=mentor, goal=bool(facts.goal_reached), signed=signed, tu=tu)
    dispatcher.utter_message(text=thanks.thank_you_note(facts))
    pronoun = {"f": "elle", "m": "lui"}.get(facts.gender, "")
    say(dispatcher, "thank_you_support_tips", buttons, who=pronoun or facts.mentor.first_name or "votre mentor", tu=tu)


class ActionThankYouNote(Action):
    """The thank-you message after meeting the mentor, from everything known about the meeting."""

    def name(self) -> str:
        return "action_thank_you_note"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        if edit_thank_you(dispatcher, tracker):  # « remplacez « Bonjour, » par « Salut Nadia, » »: on the last note
            return []
        preparation = preparation_store.current_preparation(tracker.sender_id)
        person = person_name(next(tracker.get_latest_entity_values("PER"), None))  # « jle » is no one
        if names_advice(tracker.latest_message.get("text"), person):
            person = ""  # « il m'a conseillé tryhackme »: what was recommended is no one to thank
        if preparation and person and not same_person(Mentor(person), preparation.details.mentor):
            preparation = None  # « remercier Paul » while the preparation is with Claire
        facts = thank_you_facts(tracker, preparation, person)
        debriefed = bool(preparation and preparation.status == "done")
        buttons = [button("📋 Mes objectifs", "list_goals")]
        if not debriefed and not facts.whole:
            buttons.insert(0, button("📝 Noter la rencontre", "debrief_meeting"))
        send_thank_you(dispatcher, facts, debriefed=debriefed or facts.whole, buttons=buttons)
        mentor = facts.mentor.display if facts.mentor.name else ""
        practice_store.save_thank_you(tracker.sender_id, mentor, facts.tone, facts.whole, thanks.thank_you_note(facts))
        return []
