"""``goal_form``: its questions, and the validation of each answer by a SMART check from ``assistant``."""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import AnswerValidation, AskSlotAction, answers_only, button, say
from actions.turn import last_buttons
from assistant.coaching.asides import MISSPOKE, said_instead
from assistant.coaching.text import fold
from assistant.common.answers import Parsed
from assistant.common.dates import format_date_fr, parse_deadline
from assistant.common.templating import message
from assistant.goals import smart
from assistant.goals.answers import TypedChange, read_form_correction
from assistant.goals.catalog import (
    AREAS,
    MENTORING_KINDS,
    Choice,
    area_label,
    asks_about_areas,
    find_area,
    mentoring_kind_label,
)
from assistant.goals.corrections import area_taken_back, later_deadline, restated, second_thoughts
from assistant.goals.kind_named import named_mentoring_kind
from assistant.goals.model import GOAL_FIELDS
from assistant.goals.render import mentoring_kinds_explanation
from assistant.goals.wording import goal_reference, inline

# Problems shared by every free-text field, and the response that explains each.
_COMMON_PROBLEMS = {"empty": "answer_empty", "too_long": "answer_too_long", "markup": "answer_markup"}


def _tell(dispatcher: CollectingDispatcher, check: Parsed, responses: dict[str, str], answer: object = "") -> None:
    response = _COMMON_PROBLEMS.get(check.problem or "") or responses.get(check.problem or "")
    if response:
        say(dispatcher, response, example=check.example, answer=inline(str(answer or "")))


def _intent(tracker: Tracker) -> str | None:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def _first_button_area(tracker: Tracker) -> str | None:
    """The area of the first button of the question just asked (the proposed one), if it offered areas."""
    buttons = last_buttons(tracker.events, question=True)
    payload = buttons[0]["payload"] if buttons else ""
    return next((area.key for area in AREAS if f'"goal_area":"{area.key}"' in payload), None)


def shown_value(field: str, value: str) -> str:
    """A field's stored value as the mentee reads it (the area's and kind's labels, the date in French)."""
    if field == "goal_area":
        return area_label(value)
    if field == "goal_deadline":
        return format_date_fr(value)
    if field == "goal_mentoring_kind":
        return mentoring_kind_label(value)
    return inline(value)


def _correction(text: str, requested: str, tracker: Tracker) -> TypedChange | None:
    """The change a message typed in the goal form makes to an answer: a field named (« ah non, l'échéance c'est fin
    juin »); a date taken back after the deadline was given (« non attends, plutôt fin mars »); an answer put in
    place of another (« laisse tomber ça, mets plutôt : … »): the goal itself when it reads as one and not as an
    answer to the question asked, else that answer."""
    named = read_form_correction(text)
    if named is not None:
        return named
    if requested != "goal_area" and tracker.get_slot("goal_area"):
        area = area_taken_back(text, tracker.get_slot("goal_area"))  # « nn jai pas dit technique, c carriere »
        if area is not None:
            return area
    if requested != "goal_deadline" and tracker.get_slot("goal_deadline"):
        later = later_deadline(text)
        if later is not None:
            return later
    instead = said_instead(text)
    if instead is None:
        return None
    area = tracker.get_slot("goal_area")
    fits = {
        "goal_statement": lambda: smart.check_statement(instead, area).ok,
        "goal_measure": lambda: smart.check_measure(instead, area).ok,
        "goal_deadline": lambda: parse_deadline(instead).ok,
    }
    misspoke = bool(MISSPOKE.search(fold(text)))  # « non, je me suis mal exprimé : … » corrects what was said before
    if requested not in fits or (fits[requested]() and not misspoke):
        return TypedChange(requested, instead)
    # it does not answer the question asked: the latest earlier answer it fits (« un poste signé » given, then at
    # the deadline « non attends, plutôt : 3 études menées » is the measure)
    earlier = [
        f
        for f in ("goal_measure", "goal_statement")
        if tracker.get_slot(f) and GOAL_FIELDS.index(f) < GOAL_FIELDS.index(requested)
    ]
    field = next((f for f in earlier if fits[f]()), requested)
    return TypedChange(field, instead)


def _restated(dispatcher: CollectingDispatcher, value: Any, slot: str) -> str | None:
    """``value``, or what it restates after taking itself back; None (after asking for it whole) when it takes
    itself back without saying what it becomes."""
    again = restated(str(value))
    if again == "":
        say(dispatcher, "answer_taken_back", field=slot)
        return None
    return again or str(value)


class ValidateGoalForm(AnswerValidation):
    """Checks the six answers of a SMART goal and explains what to change when one falls short."""

    def name(self) -> str:
        return "validate_goal_form"

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        """A correction of another answer (« ah non, l'échéance c'est fin juin ») changes that answer, then
        the pending question is asked again; anything else is validated as an answer."""
        requested = tracker.get_slot("requested_slot")
        text = (tracker.latest_message or {}).get("text") or ""
        value = tracker.slots_to_validate().get(requested) if requested in GOAL_FIELDS else None
        if requested == "goal_area" and asks_about_areas(text):  # « c'est quoi la différence entre … ? »: before
            say(dispatcher, "help_goal_area_compared")  # the knowledge base, which would answer about careers
            return [SlotSet("goal_area", None)]
        change = _correction(text, requested, tracker) if isinstance(value, str) and value == text else None
        if change is None:
            return await super().get_validation_events(dispatcher, tracker, domain)
        changed = self.validated_change(change, dispatcher, tracker, domain)
        if change.field == requested:  # the answer itself, announced as a correction: keep only the value
            return changed or [SlotSet(requested, None)]
        if changed:
            shown = shown_value(change.field, changed[0]["value"])
            say(dispatcher, "goal_form_corrected", field=change.field, value=shown)
        return [*changed, SlotSet(requested, None)]

    def validated_change(
        self, change: TypedChange, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        """The event setting ``change``'s field when its validator accepts the value; none when it refuses."""
        result = getattr(self, f"validate_{change.field}")(change.value, dispatcher, tracker, domain)
        value = result.get(change.field)
        return [SlotSet(change.field, value)] if value is not None else []

    @answers_only
    def validate_goal_area(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept one of the six skill areas, from a button or free text; « oui » takes the area proposed first."""
        if asks_about_areas((tracker.latest_message or {}).get("text")):  # « c'est quoi la différence entre … ? »
            say(dispatcher, "help_goal_area_compared")
            return {"goal_area": None}
        if _intent(tracker) == "affirm":
            value = _first_button_area(tracker) or value
        check = smart.check_area(value)
        if not check.ok:
            say(dispatcher, "answer_empty" if not str(value).strip() else "goal_area_unknown")
        return {"goal_area": check.value}

    @answers_only
    def validate_goal_statement(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept a specific goal; challenge a vague one with an example from its area; an answer taken back
        half-way is asked again (or its restatement kept)."""
        value = _restated(dispatcher, value, "goal_statement")
        if value is None:
            return {"goal_statement": None}
        check = smart.check_statement(value, tracker.get_slot("goal_area"))
        _tell(dispatcher, check, {"vague": "goal_statement_vague"}, value)
        return {"goal_statement": check.value}

    @answers_only
    def validate_goal_measure(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept a measure that has a number or a checkable indicator (an answer taken back: as for the goal)."""
        value = _restated(dispatcher, value, "goal_measure")
        if value is None:
            return {"goal_measure": None}
        check = smart.check_measure(value, tracker.get_slot("goal_area"))
        _tell(dispatcher, check, {"no_indicator": "goal_measure_missing"})
        return {"goal_measure": check.value}

    @answers_only
    def validate_goal_deadline(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept a French date in the future (within five years), kept as ``YYYY-MM-DD``; after a change of mind
        in the answer (« dans 6 mois. Non attendez, dans un an »), the date said last."""
        later = (parse_deadline(piece) for piece in second_thoughts(value))
        deadline = next((d for d in later if d.ok), None) or parse_deadline(value)
        if deadline.value is not None:  # ok
            return {"goal_deadline": deadline.value.isoformat()}
        responses = {
            "empty": "answer_empty",
            "past": "goal_deadline_past",
            "too_far": "goal_deadline_too_far",
        }
        say(dispatcher, responses.get(deadline.problem or "", "goal_deadline_unparseable"))
        return {"goal_deadline": None}

    @answers_only
    def validate_goal_motivation(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept the mentee's reason in a few words of their own."""
        check = smart.check_motivation(value)
        _tell(dispatcher, check, {"too_short": "goal_motivation_short"})
        return {"goal_motivation": check.value}

    @answers_only
    def validate_goal_mentoring_kind(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept one of the five kinds of mentoring; explain them when the answer is none."""
        text = (tracker.latest_message or {}).get("text") or ""
        named = None if text.startswith("/") else named_mentoring_kind(text)  # « informel, de préférence en visio »
        check = smart.check_mentoring_kind(named or value)
        if not check.ok:
            say(dispatcher, "goal_mentoring_kind_unknown")
            dispatcher.utter_message(text=mentoring_kinds_explanation())
        return {"goal_mentoring_kind": check.value}


class _AskGoalSlot(AskSlotAction, abc.ABC):
    """Ask the goal form's next question, reusing the area and statement already given."""

    def context(self, tracker: Tracker) -> dict[str, Any]:
        return {
            "area": area_label(tracker.get_slot("goal_area")) if tracker.get_slot("goal_area") else "",
            # its short phrase: a long answer is not echoed whole in every question
            "statement": goal_reference(tracker.get_slot("goal_statement")) or "votre objectif",
        }


def _suggested_area(tracker: Tracker) -> Choice | None:
    """The area the mentee's latest message seems to name (« je viens d'être promu chef d'équipe »), if any."""
    return find_area(next(tracker.get_latest_entity_values("goal_area"), None))


class ActionAskGoalArea(_AskGoalSlot):
    """Ask the area; one the mentee's message seems to name is proposed first, to confirm or change."""

    slot = "goal_area"

    def context(self, tracker: Tracker) -> dict[str, Any]:
        suggested = _suggested_area(tracker)
        return {**super().context(tracker), "suggested": suggested.label if suggested else ""}

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        suggested = _suggested_area(tracker)
        areas = sorted(AREAS, key=lambda area: area != suggested)  # the suggestion first, the others in order
        return [button(area.label, "inform", goal_area=area.key) for area in areas]


class ActionAskGoalStatement(_AskGoalSlot):
    slot = "goal_statement"


class ActionAskGoalMeasure(_AskGoalSlot):
    slot = "goal_measure"


class ActionAskGoalDeadline(_AskGoalSlot):
    slot = "goal_deadline"


class ActionAskGoalMotivation(_AskGoalSlot):
    slot = "goal_motivation"


class ActionAskGoalMentoringKind(_AskGoalSlot):
    slot = "goal_mentoring_kind"

    def buttons(self, tracker: Tracker) -> list[dict[str, str]]:
        kinds = [button(kind.short_label, "inform", mentoring_kind=kind.key) for kind in MENTORING_KINDS]
        return [*kinds, button(message("explain_kinds_button"), "explain_mentoring_kinds")]


def checked_change(
    change: TypedChange, slots: dict[str, Any], dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
) -> Any:
    """The new value once the goal form's own check accepts it; None (and the reason said) otherwise."""
    goal_tracker = Tracker(
        tracker.sender_id,
        {**tracker.slots, **slots},
        tracker.latest_message,
        tracker.events,
        tracker.is_paused(),
        tracker.followup_action,
        tracker.active_loop,
        tracker.latest_action_name,
    )
    validate = getattr(ValidateGoalForm(), f"validate_{change.field}")
    return validate(change.value, dispatcher, goal_tracker, domain).get(change.field)
