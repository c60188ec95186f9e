"""Outreach to a potential mentor, the form: starting it, its questions and the check of each answer."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import AnswerValidation, AskSlotAction, answers_only, button, say, short, with_answer
from actions.goal_choice import TOPIC, AskGoalChoice, validate_goal_choice
from actions.outreach_proofread import (
    REWRITE,
    checked_answer,
    kept_words,
    last_remark,
    slot_to_rewrite,
    stands_by,
)
from actions.shortlist import candidate_prefill
from assistant.coaching.text import clean, fold, words
from assistant.coaching.yes_no import typed_yes_no
from assistant.common.channels import CHANNELS, OFFERED
from assistant.common.mentor import (
    Mentor,
    introduces_self,
    mentor_in_request,
    named_then_taken_back,
    nobody_in_view,
    parse_mentor,
    taken_back,
)
from assistant.common.proofread import normalise, proofread
from assistant.common.spelling import is_first_name
from assistant.common.templating import has_message
from assistant.common.tone import parse_tone
from assistant.outreach import store as draft_store
from assistant.outreach.answers import draw_text, parse_draw, parse_intro, parse_source
from assistant.outreach.ask import parse_ask, parse_channel
from assistant.outreach.model import SOURCES

Events = list[dict[str, Any]]

OUTREACH_SLOTS = (
    "outreach_mentor",
    "outreach_mentor_role",
    "outreach_mentor_org",
    "outreach_source",
    "outreach_source_detail",
    "outreach_draw",
    "outreach_goal",
    "outreach_intro",
    "outreach_first_name",
    "outreach_ask",
    "outreach_minutes",
    "outreach_availability",
    "outreach_channel",
    "outreach_tone",
)
MAX_TOPIC_CHARS = 300
#: An answer this short that reads as the ask (« un café de 20 min ») is the ask, not an introduction.
ASK_ALONE_WORDS = 8

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


def channel_buttons(intent: str, current: str | None = None) -> list[dict[str, str]]:
    """One button per channel; for a revision the value is a sentence ``read_revision`` understands."""
    if intent == "inform":
        return [button(CHANNELS[key][0], "inform", outreach_channel=key) for key in OFFERED]
    return [
        button(f"🔁 {CHANNELS[key][0]}", "revise_draft", revision=f"change le canal en {CHANNELS[key][0].lower()}")
        for key in OFFERED
        if key != current
    ]


def _problem(dispatcher: CollectingDispatcher, problem: str | None, field: str) -> None:
    """Explain why an answer cannot be used; ``field`` names the question for the specific messages."""
    key = next((k for k in (f"outreach_{field}_{problem}", f"outreach_answer_{problem}") if has_message(k)), None)
    say(dispatcher, key or "outreach_answer_unclear")


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
        chosen = candidate_prefill(dispatcher, tracker)  # « Écrire à … » after a comparison of mentors
        events += chosen
        if named_then_taken_back(text, person) or introduces_self(text, person):  # « à Sarah… En fait non, à … »,
            person = ""  # « Hello ! Je suis Chloé, UX designer junior… »: the mentee, not the mentor
        parsed = mentor_in_request(text, person) if person and words(person) and not chosen else None
        if parsed is not None and parsed.ok and parsed.value.name:
            mentor: Mentor = parsed.value
            events += [
                SlotSet("outreach_mentor", mentor.name[:200]),
                SlotSet("outreach_mentor_role", mentor.role),
                SlotSet("outreach_mentor_org", mentor.organisation),
            ]
            say(dispatcher, "outreach_mentor_known", mentor=mentor.name)
            source = parse_source(text.split(person, 1)[-1])  # « …, que j'ai rencontrée lors d'un salon à Lyon »
            if source.ok and source.value[0] != "other":
                key, detail = source.value
                events += [
                    SlotSet("outreach_source", key),
                    SlotSet("outreach_source_detail", proofread(detail).text if detail else ""),
                ]
        if parse_tone(text) == "tu":
            events.append(SlotSet("outreach_tone", "tu"))
        try:
            earlier = draft_store.current_draft(tracker.sender_id)
        except SQLAlchemyError:  # asked for instead; saving will tell if the database is still down
            earlier = None
        if earlier is not None:  # the mentee introduced themselves already
            events += [
                SlotSet("outreach_intro", earlier.request.intro),
                SlotSet("outreach_first_name", earlier.request.first_name),
            ]
        return events


class _AskOutreachSlot(AskSlotAction):
    """A question of the outreach form; it names the mentor once known."""

    def context(self, tracker: Tracker) -> dict[str, Any]:
        return {"mentor": Mentor.from_slots(tracker.slots, "outreach_mentor").display}


class ActionAskOutreachMentor(_AskOutreachSlot):
    slot = "outreach_mentor"


class ActionAskOutreachSource(_AskOutreachSlot):
    slot = "outreach_source"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        labels = {
            "linkedin": "Sur LinkedIn",
            "event": "À un événement",
            "recommendation": "Sur recommandation",
            "colleague": "Par le travail",
            "article": "Un article, une conférence",
        }
        return [button(label, "inform", outreach_source=key) for key, label in labels.items()]


class ActionAskOutreachDraw(_AskOutreachSlot):
    slot = "outreach_draw"


class ActionAskOutreachIntro(_AskOutreachSlot):
    slot = "outreach_intro"


class ActionAskOutreachAsk(_AskOutreachSlot):
    slot = "outreach_ask"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return [
            {"title": "☕ Un café de 20 min", "payload": "un café de 20 minutes"},
            {"title": "📞 Un appel de 20 min", "payload": "un appel de 20 minutes"},
            {"title": "💻 Une visio de 30 min", "payload": "une visio de 30 minutes"},
        ]


class ActionAskOutreachChannel(_AskOutreachSlot):
    slot = "outreach_channel"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        return channel_buttons("inform")


class ActionAskOutreachGoal(AskGoalChoice):
    """Offer the active goals as buttons (the only one quoted), or ask for the goal in a sentence when there is none."""

    slot = "outreach_goal"
    names_the_one = True

    def mentor(self, tracker: Tracker) -> str:
        return Mentor.from_slots(tracker.slots, "outreach_mentor").display


# --- checking the answers --------------------------------------------------------------------------


#: Answers about the person first named: they do not hold for another one.
ABOUT_THE_MENTOR = ("outreach_source", "outreach_source_detail", "outreach_draw")


def _another_mentor(dispatcher: CollectingDispatcher, instead: str, before: str, requested: str | None) -> list:
    """The mentee wants to write to someone else: that person (when named and readable), the answers about the
    first one dropped, then the form asks what is missing."""
    parsed = parse_mentor(normalise(instead), None) if instead else None
    mentor: Mentor | None = parsed.value if parsed is not None and parsed.ok else None
    events = [SlotSet(slot, None) for slot in ABOUT_THE_MENTOR if slot != requested]
    if requested:
        events.append(SlotSet(requested, None))
    if mentor is None:
        say(dispatcher, "outreach_mentor_taken_back", before=before)
        return [
            *events,
            SlotSet("outreach_mentor", None),
            SlotSet("outreach_mentor_role", None),
            SlotSet("outreach_mentor_org", None),
        ]
    name = mentor.name or short(mentor.role, 60)
    say(dispatcher, "outreach_mentor_corrected", mentor=name, before=before)
    return [
        *events,
        SlotSet("outreach_mentor", name),
        SlotSet("outreach_mentor_role", mentor.role if mentor.name else ""),
        SlotSet("outreach_mentor_org", mentor.organisation),
    ]


#: A self-introduction (« Samir, commercial B2B dans une ESN », « je m'appelle Léa, … »), typed where the goal is
#: asked: a first name and a comma, or « je suis / je m'appelle / moi c'est » first.
_INTRODUCES = re.compile(r"^(?i:je suis|je m'appelle|moi c'est)\b|^[A-ZÀ-Ý][a-zà-ÿ'-]+\s*,\s+\w")


class ValidateOutreachForm(AnswerValidation):
    """Reads each answer of the outreach form; explains in French what to change when it cannot."""

    def name(self) -> str:
        return "validate_outreach_form"

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        """« ✏️ Je la réécris » after the coach rewrote an answer: that question again (this text is no answer)."""
        if fold(clean(tracker.latest_message.get("text") or "")) == fold(REWRITE):
            say(dispatcher, "outreach_rewrite")
            events = [SlotSet(tracker.get_slot("requested_slot"), None)] if tracker.get_slot("requested_slot") else []
            rewrite = slot_to_rewrite(tracker)
            return events + ([SlotSet(rewrite, None)] if rewrite else [])
        requested, mentor = tracker.get_slot("requested_slot"), tracker.get_slot("outreach_mentor")
        remark = last_remark(tracker)
        if remark and remark[0] == requested and stands_by(tracker.latest_message.get("text")):
            # « front-end, c'est le nom du métier ! »: the answer flagged, with the words it stands by
            return await super().get_validation_events(dispatcher, with_answer(tracker, remark[0], remark[2]), domain)
        instead = taken_back(tracker.latest_message.get("text"), mentor) if requested != "outreach_mentor" else None
        if instead is not None:  # « Non, pas Sarah ! Quelqu'un d'extérieur : Thomas Nguyen, … »
            return _another_mentor(dispatcher, instead, str(mentor), requested)
        return await super().get_validation_events(dispatcher, tracker, domain)

    @answers_only
    def validate_outreach_mentor(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Name, role and organisation; a URL, an e-mail address or « je ne sais pas » is refused; with no one in view,
        how to find a mentor is told first."""
        if nobody_in_view(str(value)):  # « jsais pas g personne en vue justement »
            dispatcher.utter_message(response="utter_faq/find_mentor")
            say(dispatcher, "outreach_nobody_yet")
            return {"outreach_mentor": None}
        parsed = parse_mentor(normalise(str(value)), next(tracker.get_latest_entity_values("PER"), None))
        if not parsed.ok:
            say(dispatcher, "answer_empty" if parsed.problem == "empty" else f"meeting_mentor_{parsed.problem}")
            return {"outreach_mentor": None}
        mentor: Mentor = parsed.value
        # A name taken from the request was split already: keep its role and organisation.
        return {
            "outreach_mentor": mentor.name or short(mentor.role, 60),
            "outreach_mentor_role": ((mentor.role if mentor.name else "") or tracker.get_slot("outreach_mentor_role")),
            "outreach_mentor_org": mentor.organisation or tracker.get_slot("outreach_mentor_org"),
        }

    @answers_only
    def validate_outreach_source(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """How the mentee knows of them (a button key, or a sentence)."""
        if value in SOURCES:  # a button says no more; a key the request pre-filled keeps the detail said with it
            clicked = value in tracker.get_latest_entity_values("outreach_source")
            return {
                "outreach_source": value,
                "outreach_source_detail": "" if clicked else tracker.get_slot("outreach_source_detail") or "",
            }
        parsed = parse_source(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "source")
            return {"outreach_source": None}
        key, detail = parsed.value
        # The detail is a side remark: corrected when sure, left out otherwise (never pasted as typed).
        return {"outreach_source": key, "outreach_source_detail": proofread(detail).text if detail else ""}

    @answers_only
    def validate_outreach_draw(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What draws the mentee to this person, in a few words; a yes or a no (« oui celui la ») answers nothing."""
        if typed_yes_no(str(value)) is not None:
            _problem(dispatcher, "yes_no", "draw")
            return {"outreach_draw": None}
        parsed = parse_draw(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "draw")
            return {"outreach_draw": None}
        kept = kept_words(tracker, "outreach_draw")
        return {"outreach_draw": checked_answer(dispatcher, str(value), draw_text, "outreach_draw", kept)}

    @answers_only
    def validate_outreach_goal(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A saved goal (button, « le 2 », its words) or a goal in a sentence."""
        chosen = validate_goal_choice("outreach_goal", value, dispatcher, tracker)
        if chosen is not None:
            return chosen
        answer = clean(str(value))
        if parse_ask(answer).ok and len(words(answer)) <= ASK_ALONE_WORDS:  # « un appel de 20 min »: the ask, next
            _problem(dispatcher, "looks_like_ask", "goal")
            return {"outreach_goal": None}
        if _INTRODUCES.match(answer) and not tracker.get_slot("outreach_intro"):  # « Samir, commercial B2B à Nantes »
            introduced = self.validate_outreach_intro(answer, dispatcher, tracker, domain)  # taken for the
            if introduced.get("outreach_intro"):  # introduction, which comes next: the goal is asked again
                say(dispatcher, "outreach_intro_early")
                return {"outreach_goal": None, **introduced}
        parsed = parse_draw(answer)  # a goal in words: same checks as any short free answer
        if not parsed.ok or len(answer) > MAX_TOPIC_CHARS:
            _problem(dispatcher, parsed.problem or "too_long", "goal")
            return {"outreach_goal": None}
        topic = checked_answer(dispatcher, answer, slot="outreach_goal", kept=kept_words(tracker, "outreach_goal"))
        return {"outreach_goal": f"{TOPIC}{topic}" if topic else None}

    @answers_only
    def validate_outreach_intro(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The mentee's self-introduction; the first name is kept for the signature. The ask typed here (« un appel de
        15 minutes », a step ahead) is no introduction: « Je suis un appel de 15 minutes » went into a draft."""
        if parse_ask(str(value)).ok and len(words(str(value))) <= ASK_ALONE_WORDS:
            _problem(dispatcher, "looks_like_ask", "intro")
            return {"outreach_intro": None}
        parsed = parse_intro(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "intro")
            return {"outreach_intro": None}
        intro, first_name = parsed.value
        checked = checked_answer(dispatcher, intro, slot="outreach_intro", kept=kept_words(tracker, "outreach_intro"))
        if checked is None:
            return {"outreach_intro": None}
        if not first_name:  # « karim dev backend » typed in lower case: the name is known once capitalised
            first, _, rest = checked.partition(" ")
            first = first.rstrip(",")
            if first[:1].isupper() and (is_first_name(first) or checked.startswith(f"{first},")):
                first_name = first
                if rest and not checked.startswith(f"{first},"):
                    checked = f"{first}, {rest}"
        return {"outreach_intro": checked, "outreach_first_name": normalise(first_name)}

    @answers_only
    def validate_outreach_ask(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A small, time-bounded ask: a coffee, a call or a video call of 10 to 45 minutes."""
        parsed = parse_ask(value)
        if not parsed.ok:
            _problem(dispatcher, parsed.problem, "ask")
            return {"outreach_ask": None}
        key, minutes, availability = parsed.value
        return {"outreach_ask": key, "outreach_minutes": str(minutes), "outreach_availability": availability}

    @answers_only
    def validate_outreach_channel(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """LinkedIn invitation note, LinkedIn message or e-mail."""
        if value in CHANNELS:
            return {"outreach_channel": value}
        key = parse_channel(str(value))
        if key is None:
            say(dispatcher, "outreach_channel_unknown", channel_buttons("inform"))
            return {"outreach_channel": None}
        result: dict[str, Any] = {"outreach_channel": key}
        tone = parse_tone(str(value))
        if tone:
            result["outreach_tone"] = tone
        return result
