"""The agenda of a meeting with a mentor: five parts whose minutes add up to the meeting's length.

The parts follow seed 002 (« Comment établir une relation de mentorat efficace ? »): share the
goals, talk openly, agree on expectations (first meeting) or review progress (follow-up), thank.
Thanks take a minute or two, never a block of the meeting (the French review: 7 minutes of thanks in an hour
while the questions were squeezed); on a first meeting the questions and the expectations to agree on are one
part, so the question list and the agenda give the same minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

#: (title, weight) for a first meeting and for a follow-up; weights are shares of the time left once every part
#: has its minimum and the thanks their minutes (:func:`thanks_minutes`).
PARTS = {
    True: (
        ("Accueil, présentations et contexte", 15),
        ("Mes objectifs", 15),
        ("Mes questions et nos attentes à convenir", 60),
        ("Prochaines étapes", 10),
    ),
    False: (
        ("Accueil et nouvelles depuis la dernière fois", 10),
        ("Point sur mes objectifs et mes progrès", 25),
        ("Mes questions", 50),
        ("Prochaines étapes et date de la prochaine rencontre", 15),
    ),
}
THANKS = "Remerciements"
MIN_PART_MINUTES = 2
#: The part spent on the question list: the mentee's questions, and on a first meeting the expectations to agree on.
QUESTION_PARTS = ("Mes questions et nos attentes à convenir", "Mes questions")


def thanks_minutes(minutes: int) -> int:
    """A minute to thank in a short meeting, two otherwise."""
    return 1 if minutes < 20 else 2


@dataclass(frozen=True)
class AgendaItem:
    """One part of the meeting and the minutes it gets."""

    title: str
    minutes: int


def build_agenda(minutes: int, first: bool) -> list[AgendaItem]:
    """Split ``minutes`` between the parts: thanks last (1 or 2 minutes), the others proportional, at least 2
    minutes each, exact total.

    Largest-remainder rounding keeps the sum equal to ``minutes``.
    """
    parts = PARTS[first]
    thanks = thanks_minutes(minutes)
    floor_total = MIN_PART_MINUTES * len(parts) + thanks
    if minutes < floor_total:
        raise ValueError(f"a meeting needs at least {floor_total} minutes, got {minutes}")
    spare = minutes - floor_total
    weights = sum(weight for _title, weight in parts)
    exact = [spare * weight / weights for _title, weight in parts]
    shares = [int(value) for value in exact]
    by_remainder = sorted(range(len(parts)), key=lambda i: (exact[i] - shares[i], -i), reverse=True)
    for i in by_remainder[: spare - sum(shares)]:
        shares[i] += 1
    items = [AgendaItem(title, MIN_PART_MINUTES + share) for (title, _w), share in zip(parts, shares, strict=True)]
    return [*items, AgendaItem(THANKS, thanks)]


def question_minutes(minutes: int, first: bool) -> int:
    """Minutes of a ``minutes``-long meeting that go to questions (see :data:`QUESTION_PARTS`)."""
    return sum(item.minutes for item in build_agenda(minutes, first) if item.title in QUESTION_PARTS)


def with_clock(agenda: list[AgendaItem], start_hour: int | None, start_minute: int = 0) -> list[tuple[str, AgendaItem]]:
    """Each part with its start time (« 14h05 ») when the meeting's time is known, else an empty label."""
    if start_hour is None:
        return [("", item) for item in agenda]
    timed, elapsed = [], start_hour * 60 + start_minute
    for item in agenda:
        hour, minute = divmod(elapsed, 60)
        timed.append((f"{hour % 24}h{minute:02d}", item))
        elapsed += item.minutes
    return timed
