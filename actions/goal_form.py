"""Validation of ``goal_form``: each answer goes through a SMART check from ``assistant``."""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from assistant.coaching import smart
from assistant.coaching.dates import parse_deadline
from assistant.coaching.render import mentoring_kinds_explanation
from actions.common import short

# Problems shared by every free-text field, and the response that explains each.
_COMMON_PROBLEMS = {"empty": "utter_answer_empty", "too_long": "utter_answer_too_long"}


def _tell(dispatcher: CollectingDispatcher, check: smart.Check, responses: dict[str, str],
          answer: object = "") -> None:
    response = _COMMON_PROBLEMS.get(check.problem or "") or responses.get(check.problem or "")
    if response:
        dispatcher.utter_message(response=response, example=check.example,
                                 answer=short(str(answer or ""), 80))


class ValidateGoalForm(FormValidationAction):
    """Checks the six answers of a SMART goal and explains what to change when one falls short."""

    def name(self) -> str:
        return "validate_goal_form"

    def validate_goal_area(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> dict[str, Any]:
        """Accept one of the six skill areas, from a button or free text."""
        check = smart.check_area(value)
        if not check.ok:
            dispatcher.utter_message(response="utter_goal_area_unknown")
        return {"goal_area": check.value}

    def validate_goal_statement(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> dict[str, Any]:
        """Accept a specific goal; challenge a vague one with an example from its area."""
        check = smart.check_statement(value, tracker.get_slot("goal_area"))
        _tell(dispatcher, check, {"vague": "utter_goal_statement_vague"}, value)
        return {"goal_statement": check.value}

    def validate_goal_measure(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> dict[str, Any]:
        """Accept a measure that has a number or a checkable indicator."""
        check = smart.check_measure(value, tracker.get_slot("goal_area"))
        _tell(dispatcher, check, {"no_indicator": "utter_goal_measure_missing"})
        return {"goal_measure": check.value}

    def validate_goal_deadline(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> dict[str, Any]:
        """Accept a French date in the future (within five years), kept as ``YYYY-MM-DD``."""
        deadline = parse_deadline(value)
        if deadline.ok:
            return {"goal_deadline": deadline.value.isoformat()}
        responses = {
            "empty": "utter_answer_empty",
            "past": "utter_goal_deadline_past",
            "too_far": "utter_goal_deadline_too_far",
        }
        dispatcher.utter_message(response=responses.get(deadline.problem, "utter_goal_deadline_unparseable"))
        return {"goal_deadline": None}

    def validate_goal_motivation(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        """Accept the mentee's reason in a few words of their own."""
        check = smart.check_motivation(value)
        _tell(dispatcher, check, {"too_short": "utter_goal_motivation_short"})
        return {"goal_motivation": check.value}

    def validate_goal_mentoring_kind(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                     domain: DomainDict) -> dict[str, Any]:
        """Accept one of the five kinds of mentoring; explain them when the answer is none."""
        check = smart.check_mentoring_kind(value)
        if not check.ok:
            dispatcher.utter_message(response="utter_goal_mentoring_kind_unknown")
            dispatcher.utter_message(text=mentoring_kinds_explanation())
        return {"goal_mentoring_kind": check.value}
