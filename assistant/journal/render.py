"""The journal as French text: the meetings noted, the list of action items, and « Depuis notre dernière
rencontre » for the next preparation with the same mentor."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistant.common.dates import format_date_fr, local_today
from assistant.common.templating import render
from assistant.journal.model import ActionRecord, JournalRecord, PlannedAction


def due_fr(due: date | None, today: date | None = None) -> str:
    """« pour le 15 janvier 2027 », « pour le 3 décembre 2026, en retard », or "" without a date."""
    if due is None:
        return ""
    late = due < (today or local_today())
    return f"pour le {format_date_fr(due)}{', en retard' if late else ''}"


def action_lines(items: Sequence[ActionRecord | PlannedAction], today: date | None = None) -> str:
    """The items numbered from 1, each with its due date when it has one (and who proposed it, when the mentor did)."""
    lines = []
    for number, item in enumerate(items, start=1):
        due = due_fr(item.due, today)
        lines.append(f"{number}. {item.task}{f' ({due})' if due else ''}{_proposed_by(item)}")
    return "\n".join(lines)


def _proposed_by(item: ActionRecord | PlannedAction) -> str:
    """« — proposé par Laurent Vidal » after an item the mentor took on, "" after the mentee's."""
    if not item.by_mentor:
        return ""
    mentor = item.mentor if isinstance(item, ActionRecord) and item.mentor else "votre mentor"
    return f" — proposé par {mentor}"


def mentor_lines(items: Sequence[ActionRecord | PlannedAction], named: bool = False, today: date | None = None) -> str:
    """What the mentors took on, one « • » line each, without the « Lui : » label; with the mentor's name when
    ``named`` (a list across meetings)."""
    lines = []
    for item in items:
        due = due_fr(item.due, today)
        who = f" ({item.mentor})" if named and isinstance(item, ActionRecord) and item.mentor else ""
        lines.append(f"• {item.task}{f', {due}' if due else ''}{who}")
    return "\n".join(lines)


def since_last_meeting(mentor: str, met_on: date | None, items: list[ActionRecord], advice: str) -> str:
    """What the next preparation with ``mentor`` starts from: the open items agreed last time and the advice."""
    return render(
        "journal_since_last.txt.j2",
        mentor=mentor,
        met_on=format_date_fr(met_on) if met_on else "",
        items=action_lines(items),
        advice=advice,
    )


def followup_question(item: str) -> str:
    """A question for the mentor about an action item agreed last time."""
    return (
        f"Voici où j'en suis de ce que nous avions convenu (« {item} ») : qu'en pensez-vous, et quelle est la suite ?"
    )


#: Most journal entries listed at once (the latest ones).
LISTED_ENTRIES = 5


def journal_list(entries: Sequence[JournalRecord], mentor: str = "", today: date | None = None) -> str:
    """The journal, latest meeting first (``entries`` in the order the meetings took place): who, when, what the
    mentee took away, the advice and each action item with whether it is done; the five latest only."""
    latest = list(reversed(entries))[:LISTED_ENTRIES]
    shown = [
        {
            "when": f"Le {format_date_fr(entry.met_on)}" if entry.met_on else "Date non précisée",
            "mentor": entry.mentor,
            "notes": entry.notes,
            "advice": entry.advice if entry.advice != "-" else "",
            "actions": [
                {"text": a.task, "done": a.done, "due": due_fr(a.due, today), "theirs": a.by_mentor}
                for a in entry.actions
            ],
        }
        for entry in latest
    ]
    return render("journal_list.txt.j2", entries=shown, shown=len(shown), total=len(entries), mentor=mentor)
