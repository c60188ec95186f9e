"""The mentor shortlist: the candidates, four questions for each in turn, the comparison, and « Écrire à … ».

The per-candidate loop: ``shortlist_candidates`` holds, once validated, the candidates as JSON (their names and the
answers given so far). The four criterion slots are the form's last required slots. Each answer is written into
the JSON of the current candidate (the first one not yet complete); after the fourth answer of a candidate who is
not the last, the validation sets the four slots back to None, so the form asks them again, now about the next
candidate. The required slots never change: nothing to keep in step with the domain, and a form interrupted by a
digression resumes on the question it was asking.
"""

from __future__ import annotations

import abc
import json
from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import AnswerValidation, active_goals, answers_only, button, database_errors_told, reset, say
from actions.form_leaving import kept_as_answer
from assistant.coaching.text import clean, words
from assistant.common.french import starts_with_vowel
from assistant.common.gender import mentor_gender
from assistant.common.names import known_as
from assistant.outreach import store as draft_store
from assistant.outreach.answers import parse_draw
from assistant.shortlist import store as shortlist_store
from assistant.shortlist.answers import parse_candidates, read_criterion
from assistant.shortlist.compare import goal_fits, recommend
from assistant.shortlist.model import CRITERIA, SHORTLIST_SLOTS, Candidate
from assistant.shortlist.render import comparison_markdown, comparison_text

Events = list[dict[str, Any]]


def candidates_of(tracker: Tracker) -> list[Candidate]:
    """The candidates the form holds, with the answers given so far (empty before the names are given)."""
    value = tracker.get_slot("shortlist_candidates")
    try:
        data = json.loads(value) if value else []
    except (TypeError, ValueError):
        return []
    return [Candidate.from_dict(item) for item in data] if isinstance(data, list) else []


def _as_known(sender_id: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates named as the mentee's drafts name them (« Mme Dubreuil » is the Claire Dubreuil written to)."""
    try:
        known = [record.request.mentor for record in draft_store.list_drafts(sender_id)]
    except SQLAlchemyError:
        return candidates
    return [replace(c, mentor=known_as(c.mentor, known)) for c in candidates]


def _dump(candidates: list[Candidate]) -> str:
    return json.dumps([c.to_dict() for c in candidates], ensure_ascii=False)


def current_index(candidates: list[Candidate]) -> int:
    """The candidate the questions are about: the first one not complete (the last one when all are)."""
    return next((i for i, c in enumerate(candidates) if not c.complete), max(len(candidates) - 1, 0))


class ActionStartShortlist(Action):
    """Start a comparison; the names are kept when the request gives two or more (« Sophie Martin ou Paul Durand »)."""

    def name(self) -> str:
        return "action_start_shortlist"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        events = reset(SHORTLIST_SLOTS)
        say(dispatcher, "shortlist_intro")
        people = [clean(p) for p in tracker.get_latest_entity_values("PER") if p and words(p)]
        parsed = parse_candidates((tracker.latest_message or {}).get("text")) if len(people) >= 2 else None
        if parsed is not None and not parsed.ok:  # the names alone, when the message holds more than the names
            parsed = parse_candidates(" ; ".join(people))
        if parsed is not None and parsed.ok:
            candidates: list[Candidate] = _as_known(tracker.sender_id, parsed.value)
            say(dispatcher, "shortlist_kept", names=_names(candidates))
            events.append(SlotSet("shortlist_candidates", _dump(candidates)))
        return events


def _names(candidates: list[Candidate]) -> str:
    names = [c.mentor.name for c in candidates]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} et {names[-1]}"


class ActionAskShortlistCandidates(Action):
    def name(self) -> str:
        return "action_ask_shortlist_candidates"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        say(dispatcher, "ask_shortlist_candidates")
        return []


class _AskCriterion(Action, abc.ABC):
    """A criterion's question about the current candidate; the first one names who the questions are now about."""

    @property
    @abc.abstractmethod
    def slot(self) -> str:
        """The criterion's slot; subclasses set it as a class attribute."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        candidates = candidates_of(tracker)
        if not candidates:
            say(dispatcher, "ask_shortlist_candidates")
            return []
        index = current_index(candidates)
        mentor = candidates[index].mentor
        if self.slot == CRITERIA[0]:
            if index == 0:
                say(dispatcher, "shortlist_first", name=mentor.name)
            else:
                say(dispatcher, "shortlist_next", name=mentor.name, position=index + 1, count=len(candidates))
        buttons = [] if self.slot == CRITERIA[0] else [{"title": "Je ne sais pas", "payload": "je ne sais pas"}]
        say(
            dispatcher,
            f"ask_{self.slot}",
            buttons,
            name=mentor.name,
            gender=mentor_gender(mentor),
            vowel=starts_with_vowel(mentor.name),
        )
        return []


class ActionAskCandidateExperience(_AskCriterion):
    slot = "candidate_experience"


class ActionAskCandidateAvailability(_AskCriterion):
    slot = "candidate_availability"


class ActionAskCandidateFit(_AskCriterion):
    slot = "candidate_fit"


class ActionAskCandidateTrackRecord(_AskCriterion):
    slot = "candidate_track_record"


class ValidateShortlistForm(AnswerValidation):
    """The names (2 to 4), then each criterion's answer written into the current candidate (see the module doc)."""

    def name(self) -> str:
        return "validate_shortlist_form"

    @answers_only
    def validate_shortlist_candidates(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """2 to 4 names with their roles; one, five or more, or a piece without a name is told and asked again. The
        candidates the request named (set by action_start_shortlist, already read) are kept as they are."""
        if isinstance(value, str) and value.startswith("[") and candidates_of(tracker):
            return {"shortlist_candidates": value}
        parsed = parse_candidates(str(value))
        if not parsed.ok:
            say(dispatcher, "answer_empty" if parsed.problem == "empty" else f"shortlist_candidates_{parsed.problem}")
            return {"shortlist_candidates": None}
        return {"shortlist_candidates": _dump(_as_known(tracker.sender_id, parsed.value))}

    def _criterion(self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        candidates = candidates_of(tracker)
        if not candidates:  # the names were lost: ask them again
            return {slot: None, "shortlist_candidates": None}
        parsed = read_criterion(str(value), slot)
        if not parsed.ok:
            say(dispatcher, "answer_empty" if parsed.problem == "empty" else "candidate_answer_too_long")
            return {slot: None}
        index = current_index(candidates)
        candidates[index] = candidates[index].answered(slot, parsed.value)
        result: dict[str, Any] = {slot: parsed.value.level, "shortlist_candidates": _dump(candidates)}
        if candidates[index].complete and index + 1 < len(candidates):
            result.update({name: None for name in CRITERIA})  # the next candidate's four questions
        return result

    @answers_only
    def validate_candidate_experience(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What the candidate's experience brings to the mentee's goal."""
        return self._criterion("candidate_experience", value, dispatcher, tracker)

    @answers_only
    def validate_candidate_availability(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Whether the candidate has time, as far as the mentee knows."""
        return self._criterion("candidate_availability", value, dispatcher, tracker)

    @answers_only
    def validate_candidate_fit(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Values and communication style."""
        return self._criterion("candidate_fit", value, dispatcher, tracker)

    @answers_only
    def validate_candidate_track_record(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Whether the candidate has mentored before, with what results."""
        return self._criterion("candidate_track_record", value, dispatcher, tracker)


def write_buttons(candidates: list[Candidate]) -> list[dict[str, str]]:
    """« Écrire à Sophie Martin » for each candidate: starts the outreach form about that candidate."""
    return [
        button(f"✉️ Écrire à {c.mentor.name}", "draft_outreach", candidate_number=i + 1)
        for i, c in enumerate(candidates)
    ]


class ActionCompareShortlist(Action):
    """Compare the candidates, say which fits which goal and whom to write to first, and keep the comparison."""

    def name(self) -> str:
        return "action_compare_shortlist"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        candidates = candidates_of(tracker)
        events = reset(SHORTLIST_SLOTS)
        if len(candidates) < 2 or not all(c.complete for c in candidates):
            say(dispatcher, "shortlist_missing")
            return events
        goals = [g.fields.statement for g in active_goals(tracker.sender_id)]
        recommendation = recommend(candidates)
        fits = goal_fits(candidates, goals)
        shortlist_store.save_shortlist(tracker.sender_id, candidates, recommendation.candidate)
        dispatcher.utter_message(
            text=comparison_text(candidates, recommendation, fits), message_key="shortlist_compared"
        )
        say(dispatcher, "shortlist_markdown")
        # Blank lines would split the message into several bubbles in the widget.
        markdown = "\n".join(
            line for line in comparison_markdown(candidates, recommendation, fits).splitlines() if line
        )
        dispatcher.utter_message(text=f"```\n{markdown}\n```")
        say(dispatcher, "shortlist_write_to", write_buttons(candidates))
        return events


#: The shortlist form's questions answered in the mentee's own words.
FREE_ANSWERS = ("candidate_experience", "candidate_fit", "candidate_track_record")


class ActionCancelShortlist(Action):
    """Leave the comparison; nothing of it is saved, earlier comparisons stay."""

    def name(self) -> str:
        return "action_cancel_shortlist"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        form = (tracker.active_loop or {}).get("name")
        if form == "shortlist_form":  # « elle a aidé des gens à écrire à des mentors »: an answer, not a switch
            answer = await kept_as_answer(ValidateShortlistForm(), FREE_ANSWERS, dispatcher, tracker, domain)
            if answer is not None:
                return answer
        say(dispatcher, "shortlist_cancelled")
        return [ActiveLoop(None), SlotSet("requested_slot", None), *reset(SHORTLIST_SLOTS)]


def _why(candidate: Candidate) -> str:
    """The why-this-person part of the first message, from what was said of the candidate's experience (or fit)."""
    for name in ("candidate_experience", "candidate_fit"):
        reading = candidate.answers.get(name)
        if reading is None or not reading.words or reading.level in ("weak", "unknown"):
            continue
        parsed = parse_draw(reading.words)
        if parsed.ok:
            return str(parsed.value)
    return ""


def candidate_prefill(dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
    """Slots of the outreach form filled from the latest comparison, when « Écrire à … » names a candidate."""
    number = next(tracker.get_latest_entity_values("candidate_number"), None)
    if number is None or not str(number).isdigit():
        return []
    try:
        saved = shortlist_store.latest_shortlist(tracker.sender_id)
    except SQLAlchemyError:
        return []
    chosen = next((s for s in saved if s.position == int(number)), None)
    if chosen is None:
        return []
    candidate = chosen.candidate
    events = [
        SlotSet("outreach_mentor", candidate.mentor.name),
        SlotSet("outreach_mentor_role", candidate.mentor.role),
        SlotSet("outreach_mentor_org", candidate.mentor.organisation),
    ]
    why = _why(candidate)
    if why:
        events.append(SlotSet("outreach_draw", why))
    say(dispatcher, "outreach_from_shortlist", name=candidate.mentor.name)
    return events
