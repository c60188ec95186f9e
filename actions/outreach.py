"""Outreach to a potential mentor: the form's questions and checks, the draft, its revisions and versions."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import AnswerValidation, AskSlotAction, active_goals, button, database_errors_told, say, short
from assistant.coaching.text import clean, mentioned_number, ordinal_number, words
from assistant.common.channels import CHANNELS, DEFAULT_MINUTES, channel_label
from assistant.common.mentor import Mentor, parse_mentor
from assistant.common.templating import has_message
from assistant.goals import store as goal_store
from assistant.goals.answers import goal_named
from assistant.goals.model import GoalRecord
from assistant.outreach import store as draft_store
from assistant.outreach.answers import parse_ask, parse_channel, parse_draw, parse_intro, parse_source, parse_tone
from assistant.outreach.compose import compose
from assistant.outreach.model import SOURCES, Draft, DraftRecord, DraftStyle, OutreachRequest
from assistant.outreach.render import draft_list
from assistant.outreach.revise import read_revision

Events = list[dict[str, Any]]

OUTREACH_SLOTS = (
    "outreach_mentor", "outreach_mentor_role", "outreach_mentor_org", "outreach_source", "outreach_source_detail",
    "outreach_draw", "outreach_goal", "outreach_intro", "outreach_first_name", "outreach_ask", "outreach_minutes",
    "outreach_availability", "outreach_channel", "outreach_tone",
)
#: ``outreach_goal`` prefix for a goal the mentee typed instead of a saved one.
TOPIC = "sujet:"
MAX_TOPIC_CHARS = 300

DRAFT_BUTTON = button("✉️ Rédiger un message", "draft_outreach")
CRITIQUE_BUTTON = button("🔍 Faire relire mon message", "critique_message")
REHEARSE_BUTTON = button("🎭 M'entraîner à sa réponse", "rehearse_outreach")
REVISION_BUTTONS = [
    button("✂️ Plus court", "revise_draft", revision="plus court"),
    button("👔 Plus formel", "revise_draft", revision="plus formel"),
    button("😊 Plus chaleureux", "revise_draft", revision="plus chaleureux"),
    button("✅ C'est bon", "finalize_draft"),
    REHEARSE_BUTTON,
]


def _channel_buttons(intent: str, current: str | None = None) -> list[dict[str, str]]:
    """One button per channel; for a revision the value is a sentence ``read_revision`` understands."""
    if intent == "inform":
        return [button(label, "inform", outreach_channel=key) for key, (label, _max) in CHANNELS.items()]
    return [button(f"🔁 {label}", "revise_draft", revision=f"change le canal en {label.lower()}")
            for key, (label, _max) in CHANNELS.items() if key != current]



def _mentor(tracker: Tracker) -> Mentor:
    return Mentor(tracker.get_slot("outreach_mentor") or "", tracker.get_slot("outreach_mentor_role") or "",
                  tracker.get_slot("outreach_mentor_org") or "")


def _problem(dispatcher: CollectingDispatcher, problem: str | None, field: str) -> None:
    """Explain why an answer cannot be used; ``field`` names the question for the specific messages."""
    specific = f"outreach_{field}_{problem}"
    say(dispatcher, specific if has_message(specific) else
        f"outreach_answer_{problem}" if has_message(f"outreach_answer_{problem}") else "outreach_answer_unclear")


def _show_draft(dispatcher: CollectingDispatcher, record: DraftRecord, heading_key: str, **context: object) -> None:
    """The heading, the draft in a bubble of its own (easy to copy), then what can be done next."""
    version = record.latest
    style = version.draft.style
    say(dispatcher, heading_key, number=version.number, channel=_in_sentence(channel_label(style.channel)),
        length=len(version.draft.text), limit=CHANNELS[style.channel][1] or 0, mentor=record.request.mentor.display,
        tone=style.tone, **context)
    dispatcher.utter_message(text=version.draft.text)
    say(dispatcher, "draft_next", REVISION_BUTTONS + _channel_buttons("revise_draft", style.channel), tone=style.tone)


def _in_sentence(label: str) -> str:
    """« Note d'invitation LinkedIn » as it reads inside a sentence: « note d'invitation LinkedIn »."""
    return label[:1].lower() + label[1:]


def _current_or_tell(dispatcher: CollectingDispatcher, tracker: Tracker) -> DraftRecord | None:
    current = draft_store.current_draft(tracker.sender_id)
    if current is None:
        say(dispatcher, "no_draft", [DRAFT_BUTTON, CRITIQUE_BUTTON])
    return current


# --- starting and asking ---------------------------------------------------------------------------

class ActionStartOutreach(Action):
    """Start a new draft, keeping what the request or earlier work already says."""

    def name(self) -> str:
        return "action_start_outreach"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events = [SlotSet(name, None) for name in OUTREACH_SLOTS]
        text = tracker.latest_message.get("text") or ""
        say(dispatcher, "outreach_intro")
        person = clean(next(tracker.get_latest_entity_values("PER"), None))
        parsed = parse_mentor(text, person) if person and words(person) else None
        if parsed is not None and parsed.ok and parsed.value.name:
            mentor: Mentor = parsed.value
            events += [SlotSet("outreach_mentor", mentor.name[:200]), SlotSet("outreach_mentor_role", mentor.role),
                       SlotSet("outreach_mentor_org", mentor.organisation)]
            say(dispatcher, "outreach_mentor_known", mentor=mentor.name)
        if parse_tone(text) == "tu":
            events.append(SlotSet("outreach_tone", "tu"))
        try:
            earlier = draft_store.current_draft(tracker.sender_id)
        except SQLAlchemyError:  # asked for instead; saving will tell if the database is still down
            earlier = None
        if earlier is not None:  # the mentee introduced themselves already
            events += [SlotSet("outreach_intro", earlier.request.intro),
                       SlotSet("outreach_first_name", earlier.request.first_name)]
        return events


class _AskOutreachSlot(AskSlotAction):
    """A question of the outreach form; it names the mentor once known."""

    def context(self, tracker: Tracker) -> dict[str, Any]:
        return {"mentor": _mentor(tracker).display}


class ActionAskOutreachMentor(_AskOutreachSlot):
    slot = "outreach_mentor"


class ActionAskOutreachSource(_AskOutreachSlot):
    slot = "outreach_source"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        labels = {"linkedin": "Sur LinkedIn", "event": "À un événement", "recommendation": "On me l'a recommandé·e",
                  "colleague": "Par le travail", "article": "Un article, une conférence"}
        return [button(label, "inform", outreach_source=key) for key, label in labels.items()]


class ActionAskOutreachDraw(_AskOutreachSlot):
    slot = "outreach_draw"


class ActionAskOutreachIntro(_AskOutreachSlot):
    slot = "outreach_intro"


class ActionAskOutreachAsk(_AskOutreachSlot):
    slot = "outreach_ask"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [{"title": "☕ Un café de 20 min", "payload": "un café de 20 minutes"},
                {"title": "📞 Un appel de 20 min", "payload": "un appel de 20 minutes"},
                {"title": "💻 Une visio de 30 min", "payload": "une visio de 30 minutes"}]


class ActionAskOutreachChannel(_AskOutreachSlot):
    slot = "outreach_channel"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return _channel_buttons("inform")


class ActionAskOutreachGoal(Action):
    """Offer the active goals as buttons, or ask for the goal in a sentence when there is none."""

    def name(self) -> str:
        return "action_ask_outreach_goal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:
            goals = []
        mentor = _mentor(tracker).display
        if not goals:
            say(dispatcher, "ask_outreach_goal_none", mentor=mentor)
            return []
        buttons = [button(f"{g.position}. {short(g.fields.statement, 40)}", "inform", goal_id=g.id) for g in goals[:5]]
        if len(goals) == 1:
            say(dispatcher, "ask_outreach_goal_one", buttons, mentor=mentor, statement=goals[0].fields.statement)
        else:
            say(dispatcher, "ask_outreach_goal", buttons, mentor=mentor)
        return []


# --- checking the answers --------------------------------------------------------------------------

class ValidateOutreachForm(AnswerValidation):
    """Reads each answer of the outreach form; explains in French what to change when it cannot."""

    def name(self) -> str:
        return "validate_outreach_form"

    def validate_outreach_mentor(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        """Name, role and organisation; a URL, an e-mail address or « je ne sais pas » is refused."""
        if value is None:
            return {"outreach_mentor": None}
        parsed = parse_mentor(value, next(tracker.get_latest_entity_values("PER"), None))
        if not parsed.ok:
            say(dispatcher, "answer_empty" if parsed.problem == "empty" else f"meeting_mentor_{parsed.problem}")
            return {"outreach_mentor": None}
        mentor: Mentor = parsed.value
        # A name taken from the request was split already: keep its role and organisation.
        return {"outreach_mentor": mentor.name or short(mentor.role, 60),
                "outreach_mentor_role": ((mentor.role if mentor.name else "")
                                         or tracker.get_slot("outreach_mentor_role")),
                "outreach_mentor_org": mentor.organisation or tracker.get_slot("outreach_mentor_org")}

    def validate_outreach_source(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        """How the mentee knows of them (a button key, or a sentence)."""
        if value is None or value in SOURCES:
            return {"outreach_source": value, "outreach_source_detail": ""}
        parsed = parse_source(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "source")
            return {"outreach_source": None}
        key, detail = parsed.value
        return {"outreach_source": key, "outreach_source_detail": detail}

    def validate_outreach_draw(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> dict[str, Any]:
        """What draws the mentee to this person, in a few words."""
        if value is None:
            return {"outreach_draw": None}
        parsed = parse_draw(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "draw")
            return {"outreach_draw": None}
        return {"outreach_draw": parsed.value}

    def validate_outreach_goal(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> dict[str, Any]:
        """A saved goal (button, « le 2 ») or a goal in a sentence."""
        if value is None:
            return {"outreach_goal": None}
        answer = clean(str(value))
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:
            say(dispatcher, "database_error")
            return {"outreach_goal": None}
        if answer in {str(g.id) for g in goals}:
            return {"outreach_goal": answer}
        named = goal_named(goals, answer)  # « celui sur la prise de parole », « oui » to the one goal offered
        if named is not None:
            return {"outreach_goal": str(named.id)}
        number = ordinal_number(answer)
        if number is not None:
            chosen = next((g for g in goals if g.position == number), None)
            if chosen is None:
                say(dispatcher, "meeting_goals_unknown")
                return {"outreach_goal": None}
            return {"outreach_goal": str(chosen.id)}
        parsed = parse_draw(answer)  # a goal in words: same checks as any short free answer
        if not parsed.ok or len(answer) > MAX_TOPIC_CHARS:
            _problem(dispatcher, parsed.problem or "too_long", "goal")
            return {"outreach_goal": None}
        return {"outreach_goal": f"{TOPIC}{answer}"}

    def validate_outreach_intro(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> dict[str, Any]:
        """The mentee's self-introduction; the first name is kept for the signature."""
        if value is None:
            return {"outreach_intro": None}
        parsed = parse_intro(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "intro")
            return {"outreach_intro": None}
        intro, first_name = parsed.value
        return {"outreach_intro": intro, "outreach_first_name": first_name}

    def validate_outreach_ask(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> dict[str, Any]:
        """A small, time-bounded ask: a coffee, a call or a video call of 10 to 45 minutes."""
        if value is None:
            return {"outreach_ask": None}
        parsed = parse_ask(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "ask")
            return {"outreach_ask": None}
        key, minutes, availability = parsed.value
        return {"outreach_ask": key, "outreach_minutes": str(minutes), "outreach_availability": availability}

    def validate_outreach_channel(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> dict[str, Any]:
        """LinkedIn invitation note, LinkedIn message or e-mail."""
        if value is None or value in CHANNELS:
            return {"outreach_channel": value}
        key = parse_channel(str(value))
        if key is None:
            say(dispatcher, "outreach_channel_unknown", _channel_buttons("inform"))
            return {"outreach_channel": None}
        result: dict[str, Any] = {"outreach_channel": key}
        tone = parse_tone(str(value))
        if tone:
            result["outreach_tone"] = tone
        return result


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
        if any(tracker.get_slot(s) is None for s in ("outreach_source", "outreach_draw", "outreach_goal",
                                                      "outreach_intro", "outreach_ask", "outreach_channel")):
            say(dispatcher, "nothing_pending")
            return []
        goal_id, goal, measure, deadline = _goal_request(tracker.get_slot("outreach_goal"),
                                                         goal_store.list_goals(tracker.sender_id))
        if not goal:  # the goal was deleted meanwhile
            say(dispatcher, "meeting_goals_unknown")
            return [SlotSet("outreach_goal", None)]
        request = OutreachRequest(
            mentor=_mentor(tracker), source=tracker.get_slot("outreach_source"),
            source_detail=tracker.get_slot("outreach_source_detail") or "", draw=tracker.get_slot("outreach_draw"),
            goal=goal, intro=tracker.get_slot("outreach_intro"), ask=tracker.get_slot("outreach_ask"),
            minutes=int(tracker.get_slot("outreach_minutes") or DEFAULT_MINUTES),
            availability=tracker.get_slot("outreach_availability") or "",
            first_name=tracker.get_slot("outreach_first_name") or "", goal_measure=measure, goal_deadline=deadline,
        )
        style = DraftStyle(channel=tracker.get_slot("outreach_channel"),
                           tone=tracker.get_slot("outreach_tone") or "vous")
        record = draft_store.save_draft(tracker.sender_id, request, compose(request, style), goal_id)
        _show_draft(dispatcher, record, "draft_heading_new")
        return [SlotSet(name, None) for name in OUTREACH_SLOTS]


class ActionReviseDraft(Action):
    """Apply one change (shorter, formal, warm, tu/vous, channel, other goal) as a new saved version."""

    def name(self) -> str:
        return "action_revise_draft"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        current = _current_or_tell(dispatcher, tracker)
        if current is None:
            return []
        asked = next(tracker.get_latest_entity_values("revision"), None) or tracker.latest_message.get("text") or ""
        style = current.latest.draft.style
        revision = read_revision(asked, style)
        if revision.kind == "accept":
            return await ActionFinalizeDraft().run(dispatcher, tracker, domain)
        if revision.kind == "other_goal":
            return self._other_goal(dispatcher, tracker, current, asked)
        if revision.kind == "unknown" or revision.style is None:
            say(dispatcher, "revision_how", REVISION_BUTTONS[:3] + _channel_buttons("revise_draft", style.channel))
            return []
        if revision.style == style:
            say(dispatcher, "revision_already", channel=channel_label(style.channel))
            return []
        draft = compose(current.request, revision.style)
        updated = draft_store.add_version(tracker.sender_id, current.id, draft, revision.kind)
        if updated is None:
            say(dispatcher, "no_draft", [DRAFT_BUTTON])
            return []
        _show_draft(dispatcher, updated, "draft_heading_revised", change=revision.kind)
        return []

    def _other_goal(self, dispatcher: CollectingDispatcher, tracker: Tracker, current: DraftRecord,
                    asked: str) -> Events:
        goals = active_goals(tracker.sender_id)
        number = mentioned_number(asked)
        others = [g for g in goals if g.id != current.goal_id and g.fields.statement != current.request.goal]
        chosen = next((g for g in goals if g.position == number), None) if number else (others or [None])[0]
        if chosen is None or chosen.fields.statement == current.request.goal:
            say(dispatcher, "revision_no_other_goal", [button("🎯 Clarifier un autre objectif", "clarify_goal")],
                count=len(goals))
            return []
        request = OutreachRequest(**{**current.request.__dict__, "goal": chosen.fields.statement,
                                     "goal_measure": chosen.fields.measure,
                                     "goal_deadline": chosen.fields.deadline})
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
        current = _current_or_tell(dispatcher, tracker)
        if current is None:
            return []
        entity = next(tracker.get_latest_entity_values("draft_version"), None)
        number = int(entity) if entity and str(entity).isdigit() else mentioned_number(
            tracker.latest_message.get("text") or "")
        number = number or current.latest.number
        chosen = draft_store.choose_version(tracker.sender_id, current.id, number)
        if chosen is None:
            say(dispatcher, "draft_version_unknown", count=len(current.versions), number=number)
            return []
        version = chosen.final
        say(dispatcher, "draft_chosen", number=version.number, mentor=chosen.request.mentor.display,
            channel=_in_sentence(channel_label(version.draft.style.channel)))
        dispatcher.utter_message(text=version.draft.text)
        say(dispatcher, "draft_chosen_next", [REHEARSE_BUTTON, button("🗓️ Préparer la rencontre", "prepare_meeting"),
                                              button("📂 Mes brouillons", "list_drafts")])
        return []


class ActionListDrafts(Action):
    """Every draft with its versions; the current draft's versions can be chosen by button."""

    def name(self) -> str:
        return "action_list_drafts"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        every = draft_store.list_drafts(tracker.sender_id)
        if not every:
            say(dispatcher, "no_draft", [DRAFT_BUTTON, CRITIQUE_BUTTON])
            return []
        dispatcher.utter_message(text=draft_list(every))
        current = every[-1]
        shown = current.final or current.latest
        say(dispatcher, "draft_list_current", number=shown.number, mentor=current.request.mentor.display,
            final=current.final is not None)
        dispatcher.utter_message(text=shown.draft.text)
        buttons = [button(f"Choisir la version {v.number}", "finalize_draft", draft_version=v.number)
                   for v in current.versions[-4:] if v.number != current.final_number]
        say(dispatcher, "draft_list_next", buttons + [DRAFT_BUTTON])
        return []


class ActionCancelOutreach(Action):
    """Leave the outreach, critique or rehearsal form; saved drafts stay."""

    def name(self) -> str:
        return "action_cancel_outreach"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        try:
            kept = bool(draft_store.list_drafts(tracker.sender_id) or goal_store.list_goals(tracker.sender_id))
        except SQLAlchemyError:  # leaving must work even when the database does not
            kept = False
        say(dispatcher, "outreach_cancelled", kept=kept)
        return [ActiveLoop(None), SlotSet("requested_slot", None),
                *[SlotSet(name, None) for name in (*OUTREACH_SLOTS, "critique_text", "rehearsal_scenario",
                                                    "rehearsal_reply")]]


def draft_for_practice(record: DraftRecord) -> Draft:
    """The version practice works on: the one chosen, else the newest."""
    return (record.final or record.latest).draft
