"""A new goal's summary waiting for « Est-ce que je l'enregistre ainsi ? »: a correction typed at it is applied
(« modifiez l'échéance : fin juin 2027 ») and the summary shown again; a message that is not the answer keeps the
goal waiting instead of losing it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import SUMMARY_BUTTONS, goal_summary_pending, say
from actions.goal_form import ValidateGoalForm, shown_value
from actions.turn import hand_over
from assistant.goals.answers import TypedChange, read_form_correction, read_typed_change
from assistant.goals.corrections import bare_choice, edited_answer, later_deadline, quoted_swap, unnamed_correction
from assistant.goals.model import GOAL_FIELDS

Events = list[dict[str, Any]]


def typed_correction(tracker: Tracker) -> TypedChange | None:
    """A correction of the goal in the works typed in words: with the field's name (« l'échéance : fin juin »,
    « non en fait la mesure c'est 3 maquettes ») or without (« 20 entretiens, pas 30 »)."""
    text = (tracker.latest_message or {}).get("text")
    answers = {name: tracker.get_slot(name) for name in GOAL_FIELDS}
    return (
        quoted_swap(text, answers)  # « Remplacez « X » par « Y » dans l'objectif, puis enregistrez »
        or read_typed_change(text)
        or read_form_correction(text)
        or edited_answer(text, answers)  # « l'objectif est trop long, mets juste : … », « enlève « Disons : » »
        or read_form_correction(text, leading=True)  # « la mesure c'est : signer un CDI »
        or unnamed_correction(text, answers)
        or later_deadline(text)  # « finalement plutôt en juin, parce que les résultats tombent en juin »
        or bare_choice(text, answers)  # « informel » alone: the kind of mentoring
    )


def at_pending_summary(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events | None:
    """What to do with a message that no rule understood while a new goal's summary waits: apply a typed
    correction (:func:`typed_correction`) and show the summary again, else say the goal is still waiting; None when
    no summary waits."""
    if not goal_summary_pending(tracker):
        return None
    changed = applied_correction(dispatcher, tracker, domain)
    if changed is None:
        say(dispatcher, "confirm_goal_again", SUMMARY_BUTTONS)
        return []
    if not changed:  # the form's check said why the value will not do
        say(dispatcher, "goal_still_pending", SUMMARY_BUTTONS)
        return []
    # the two-stage fallback's loop ends here: run again in this turn, Rasa would fold its runs together and drop
    # the correction set in between (sixteenth panel: « mesure : … 10 … » shown, then « ok » saved the old 20)
    return [*changed, *hand_over("action_show_goal_summary")]


def applied_correction(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events | None:
    """The correction typed (:func:`typed_correction`) once the goal form's check accepts it: the event setting its
    field, with « C'est corrigé : … » said; [] when the check refused it (and said why); None when none is typed."""
    change = typed_correction(tracker)
    if change is None:
        return None
    changed = ValidateGoalForm().validated_change(change, dispatcher, tracker, domain)
    if changed:
        value = shown_value(change.field, changed[0]["value"])
        say(dispatcher, "goal_form_corrected", field=change.field, value=value)
    return changed
