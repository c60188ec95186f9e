"""A message the mentee wrote and had reviewed, as the rehearsal reads it: who it greets, who signs it, tu or vous,
the meeting it asks for and the goal it names (blind panel 9: « M'entraîner à sa réponse » after a review must play
the mentor's reply to that message, not ask for a draft).

Public API:

- ``greeted_mentor(text) -> Mentor``: the person the greeting names (« Bonjour Madame Perrin, » -> « Mme Perrin »),
  ``Mentor("")`` when it names no one.
- ``rehearsal_context(text, channel, goals) -> RehearsalContext``; ``goals`` are the mentee's saved goals as
  (statement, measure, deadline): the one whose statement the message holds gives the goal, its measure and deadline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.coaching.text import clean, fold
from assistant.common.channels import DEFAULT_MINUTES
from assistant.common.gender import mentor_gender
from assistant.common.mentor import Mentor, person_name
from assistant.practice.critique import ask_key, asked_minutes, signed_first_name
from assistant.practice.message import read_message
from assistant.practice.rehearsal import RehearsalContext

#: « Bonjour Madame Perrin, », « Cher Paul, », « Bonjour Dr Roy » : the name after the greeting, title included.
_GREETED = re.compile(
    r"^(?:Bonjour|Bonsoir|Salut|Hello|Coucou|Cher|Chère)\s+((?:(?:Madame|Monsieur|Mme|M\.|Mr|Maître|Docteur|Dr)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
)

Goal = tuple[str, str, date | None]


def _greeted(text: str) -> str:
    lines = read_message(text or "").lines
    match = _GREETED.match(lines[0]) if lines else None
    return match.group(1) if match else ""


def greeted_mentor(text: str) -> Mentor:
    """The person the message's greeting names, or ``Mentor("")``."""
    return Mentor(person_name(_greeted(text)))


def _named_goal(folded: str, goals: Sequence[Goal]) -> Goal:
    """The saved goal whose statement the message holds, or an empty one."""
    for statement, measure, deadline in goals:
        key = fold(clean(statement)).rstrip(" .!")
        if len(key) > 3 and key in folded:
            return statement, measure, deadline
    return "", "", None


def rehearsal_context(text: str, channel: str, goals: Sequence[Goal] = ()) -> RehearsalContext:
    """What the rehearsal knows from the mentee's own message: mentor, signature, tone, channel, the meeting asked
    for, and the goal it names when it is a saved one (a goal read out of a sentence would be quoted badly)."""
    msg = read_message(text or "")
    mentor = greeted_mentor(text)
    goal, measure, deadline = _named_goal(msg.folded, goals)
    return RehearsalContext(
        mentor=mentor,
        mentee_first=signed_first_name(msg),
        goal=goal,
        ask=ask_key(msg.folded),
        minutes=asked_minutes(msg.folded) or DEFAULT_MINUTES,
        tone="tu" if msg.tu else "vous",
        channel=channel,
        gender=mentor_gender(mentor, _greeted(text)),  # « Madame », never an « il » of the message's body
        measure=measure,
        deadline=deadline,
    )
