"""« Which goal is it about? », asked by the outreach, meeting and progress forms: the active goals as buttons (or a
topic in the mentee's words when there is none), and the check of the answer."""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import active_goals, button, say, short
from assistant.coaching.text import clean, ordinal_number, pointed_number, words
from assistant.goals.answers import goal_named

#: Prefix of a goal-choice slot value that is a topic in the mentee's words instead of saved goals.
TOPIC = "sujet:"
#: Words choosing every active goal, where several may be chosen (folded).
ALL_GOALS = ("tous", "tout", "les deux", "tous mes objectifs", "les trois")


class AskGoalChoice(Action, abc.ABC):
    """Ask which saved goal the work is about: the active goals as buttons, or a topic when there is none.

    Messages: ``ask_<slot>`` (with the buttons), ``ask_<slot>_none`` (no active goal) and, when
    :attr:`names_the_one`, ``ask_<slot>_one`` (exactly one goal, quoted).
    """

    @property
    @abc.abstractmethod
    def slot(self) -> str:
        """The goal-choice slot; subclasses set it as a class attribute."""

    #: Several goals may be chosen: a « Tous mes objectifs » button when there are several.
    several: bool = False
    #: The only goal is quoted in a question of its own.
    names_the_one: bool = False
    #: Buttons shown when there is no active goal.
    none_buttons: tuple[dict[str, str], ...] = ()

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    @abc.abstractmethod
    def mentor(self, tracker: Tracker) -> str:
        """How the question names the mentor."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        try:
            goals = active_goals(tracker.sender_id)
        except SQLAlchemyError:
            goals = []
        mentor = self.mentor(tracker)
        if not goals:
            say(dispatcher, f"ask_{self.slot}_none", list(self.none_buttons), mentor=mentor)
            return []
        buttons = [button(f"{g.position}. {short(g.fields.statement, 40)}", "inform", goal_id=g.id) for g in goals[:5]]
        if self.several and len(goals) > 1:
            buttons.append(button("Tous mes objectifs", "inform", goal_id="all"))
        if self.names_the_one and len(goals) == 1:
            say(dispatcher, f"ask_{self.slot}_one", buttons, mentor=mentor, statement=goals[0].fields.statement)
        else:
            say(dispatcher, f"ask_{self.slot}", buttons, mentor=mentor)
        return []


def validate_goal_choice(
    slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, several: bool = False
) -> dict[str, Any] | None:
    """Read the answer to :class:`AskGoalChoice` as saved goals: a button, « le 2 », the goal's words, « oui » to
    the one goal offered and, when ``several``, a list of ids or « tous ».

    Returns the slot's value (goal ids, comma-separated), ``{slot: None}`` after saying what is wrong (a
    number naming no active goal, the database down), or None when the answer names no saved goal: the
    form then reads it as a topic (``TOPIC`` + the words).
    """
    answer = clean(str(value))
    try:
        goals = active_goals(tracker.sender_id)
    except SQLAlchemyError:
        say(dispatcher, "database_error")
        return {slot: None}
    ids = {str(g.id) for g in goals}
    if answer in ids or (several and answer and all(part in ids for part in answer.split(","))):
        return {slot: answer}
    named = goal_named(goals, answer)  # « celui sur la prise de parole », « oui » to the one goal offered
    if named is not None:
        return {slot: str(named.id)}
    folded = " ".join(words(answer))
    if several and goals and (answer == "all" or folded in ALL_GOALS):
        return {slot: ",".join(str(g.id) for g in goals)}
    # The meeting form reads a number among the answer's words (« le 2. »); one goal is pointed at in a short
    # answer with words around it (« le second, concernant les entretiens », « ah non pardon le 2 »).
    number = ordinal_number(folded) if several else pointed_number(answer)
    if number is not None:
        chosen = next((g for g in goals if g.position == number), None)
        if chosen is not None:
            return {slot: str(chosen.id)}
        say(dispatcher, "meeting_goals_unknown")
        return {slot: None}
    if several and (answer.isdigit() or answer == "all"):  # a stale button
        say(dispatcher, "meeting_goals_unknown")
        return {slot: None}
    return None
