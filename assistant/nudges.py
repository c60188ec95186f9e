"""What is due when a mentee comes back, most urgent first: the welcome back names at most three of these.

- a message sent 7 or more days ago with no reply noted and no follow-up written yet → the follow-up (relance);
- a meeting (saved preparation) whose time has passed with no debrief and no journal entry → the debrief;
- action items agreed with a mentor, due today or overdue → their list;
- a goal with no progress noted for 30 days (or never, when it was set 30 or more days ago) → a progress report.

« Most urgent » is what loses most by waiting, in this order: the notes of a meeting (memory fades within days),
the follow-up (a second message long after the first reads as an afterthought), commitments to the mentor, then a
goal's check-in; within one kind, the oldest first. This module reads every feature's store (like
``assistant/privacy.py``); :func:`due_nudges` itself is a plain function of the records and the day, tested with
fixed dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from assistant.common.dates import format_date_fr, local_now
from assistant.common.templating import message
from assistant.goals.model import GoalRecord
from assistant.goals.store import list_goals
from assistant.goals.wording import goal_reference
from assistant.journal.model import ActionRecord, JournalRecord
from assistant.journal.store import list_entries
from assistant.meetings.model import Preparation
from assistant.meetings.store import list_preparations
from assistant.outreach.model import SendingRecord
from assistant.outreach.replies import WAIT_DAYS
from assistant.outreach.sending import list_sendings
from assistant.progress.model import ProgressEntry
from assistant.progress.store import list_progress

#: A goal without news for this many days gets a check-in.
QUIET_GOAL_DAYS = 30
#: At most this many nudges in the welcome back.
MAX_NUDGES = 3
#: Kinds, most urgent first.
KINDS = ("debrief", "follow_up", "actions", "progress")


@dataclass(frozen=True)
class Nudge:
    """One thing due: its kind, since when it waits (for the order), and what the message and button need."""

    kind: str
    since: date
    details: dict = field(default_factory=dict, compare=False)


def _follow_ups(sendings: list[SendingRecord], today: date) -> list[Nudge]:
    return [
        Nudge("follow_up", s.sent_on, {"draft_id": s.draft_id, "mentor": s.mentor.display, "sent_on": s.sent_on})
        for s in sendings
        if s.sent_on is not None and not s.reply and s.followed_up_on is None and (today - s.sent_on).days >= WAIT_DAYS
    ]


def _meeting_over(preparation: Preparation, now: datetime) -> bool:
    starts = preparation.details.starts_at
    if starts is None:
        return False
    if preparation.details.has_time:
        return starts + timedelta(minutes=preparation.details.minutes or 0) <= now
    return starts.date() < now.date()


def _noted(preparation: Preparation, journal: list[JournalRecord]) -> bool:
    """Whether the meeting has its notes: a debrief, or a journal entry for it (linked, or same mentor and day)."""
    if preparation.status == "done":
        return True
    day = preparation.details.starts_at.date() if preparation.details.starts_at else None
    name = (preparation.details.mentor.name or "").strip().lower()
    return any(
        entry.preparation_id == preparation.id
        or (day is not None and entry.met_on == day and name and entry.mentor.strip().lower() == name)
        for entry in journal
    )


def _debriefs(preparations: list[Preparation], journal: list[JournalRecord], now: datetime) -> list[Nudge]:
    found = []
    for p in preparations:
        starts = p.details.starts_at
        if starts is not None and _meeting_over(p, now) and not _noted(p, journal):
            found.append(Nudge("debrief", starts.date(), {"mentor": p.details.mentor.display, "day": starts}))
    return found


def _actions(actions: list[ActionRecord], today: date) -> list[Nudge]:
    due = sorted(
        ((a.due, a.text) for a in actions if not a.done and a.due is not None and a.due <= today),
        key=lambda pair: pair[0],
    )
    if not due:
        return []
    overdue = sum(1 for day, _ in due if day < today)
    first_day, first_text = due[0]
    return [Nudge("actions", first_day, {"count": len(due), "overdue": overdue, "first": first_text})]


def _quiet_goals(goals: list[GoalRecord], progress: list[ProgressEntry], today: date) -> list[Nudge]:
    found = []
    for goal in goals:
        if goal.reached:
            continue
        days = [e.on for e in progress if e.goal_id == goal.id]
        last = max(days) if days else (datetime.fromisoformat(goal.created_at).date() if goal.created_at else None)
        if last is not None and (today - last).days >= QUIET_GOAL_DAYS:
            found.append((last, goal, bool(days)))
    if not found:
        return []
    found.sort(key=lambda item: item[0])
    last, goal, reported = found[0]
    details = {"count": len(found), "statement": goal.fields.statement, "goal_id": goal.id, "reported": reported}
    return [Nudge("progress", last, {**details, "days": (today - last).days})]


def due_nudges(
    *,
    sendings: list[SendingRecord],
    preparations: list[Preparation],
    journal: list[JournalRecord],
    goals: list[GoalRecord],
    progress: list[ProgressEntry],
    now: datetime,
    limit: int = MAX_NUDGES,
) -> list[Nudge]:
    """What is due on ``now``'s day, most urgent first (see the module's docstring), at most ``limit``."""
    today = now.date()
    actions = [a for entry in journal for a in entry.actions]
    every = (
        _debriefs(preparations, journal, now)
        + _follow_ups(sendings, today)
        + _actions(actions, today)
        + _quiet_goals(goals, progress, today)
    )
    every.sort(key=lambda n: (KINDS.index(n.kind), n.since))
    return every[:limit]


def nudges_for(sender_id: str, now: datetime | None = None) -> list[Nudge]:
    """What is due for this mentee now (read from every feature's store)."""
    return due_nudges(
        sendings=list_sendings(sender_id),
        preparations=list_preparations(sender_id),
        journal=list_entries(sender_id),
        goals=list_goals(sender_id),
        progress=list_progress(sender_id),
        now=now or local_now(),
    )


def _day(value: date, today: date) -> str:
    """« 27 novembre », with the year only when it is not this year."""
    written = format_date_fr(value)
    return written.rsplit(" ", 1)[0] if value.year == today.year else written


def nudge_text(nudge: Nudge, today: date) -> str:
    """The nudge as one line of the welcome back (``nudge_<kind>`` in the message catalogue)."""
    d = nudge.details
    if nudge.kind == "follow_up":
        context = {"mentor": d["mentor"], "day": _day(d["sent_on"], today), "days": (today - d["sent_on"]).days}
    elif nudge.kind == "debrief":
        context = {"mentor": d["mentor"], "day": _day(d["day"].date(), today)}
    elif nudge.kind == "progress":
        context = {**d, "statement": goal_reference(d["statement"])}
    else:
        context = dict(d)
    return message(f"nudge_{nudge.kind}", **context)


def nudge_lines(nudges: list[Nudge], today: date) -> list[str]:
    """One line of the welcome back per nudge (the ``parts`` of ``welcome_back_due``)."""
    return [nudge_text(n, today) for n in nudges]


def welcome_back_due(nudges: list[Nudge], today: date) -> str:
    """The welcome back that names what is due, most urgent first."""
    return message("welcome_back_due", parts=nudge_lines(nudges, today))
