"""Goals as French text: the summary of one goal, the list of saved goals, the kinds of mentoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta

from assistant.coaching.text import joined
from assistant.common.dates import format_date_fr, local_today
from assistant.common.templating import message, render
from assistant.goals.catalog import MENTORING_KINDS, area_label, mentoring_kind_label
from assistant.goals.model import FIELD_LABELS, GoalFields, GoalRecord
from assistant.goals.wording import inline, sentence, written_out


def time_until_fr(deadline: date, today: date | None = None) -> str:
    """How far the deadline is, in French words: ``dans 4 mois``, ``dans 12 jours``, ``dépassée``."""
    today = today or local_today()
    if deadline < today:
        return "échéance dépassée"
    if deadline == today:
        return "aujourd'hui"
    delta = relativedelta(deadline, today)
    months = delta.years * 12 + delta.months
    if months >= 1:
        return f"dans {months} mois"
    days = (deadline - today).days
    return "demain" if days == 1 else f"dans {days} jours"


def goal_summary(goal: GoalFields, heading: str = "", today: date | None = None) -> str:
    """The SMART summary of one goal, one line per field, each answer written out as a sentence."""
    return render(
        "goal_summary.txt.j2",
        heading=heading,
        labels=FIELD_LABELS,
        statement=sentence(goal.statement),
        measure=sentence(goal.measure),
        motivation=sentence(goal.motivation),
        area=area_label(goal.area),
        kind=mentoring_kind_label(goal.mentoring_kind),
        deadline=format_date_fr(goal.deadline),
        remaining=time_until_fr(goal.deadline, today),
    )


def goal_list(records: list[GoalRecord], today: date | None = None, progress: dict[int, str] | None = None) -> str:
    """The mentee's saved goals, numbered as they can refer to them ("l'objectif 2"); ``progress`` is the line
    told under each goal, by goal id."""
    items = [
        {
            "position": r.position,
            "statement": sentence(r.fields.statement),
            "reached": r.reached,
            "area": area_label(r.fields.area),
            "measure": inline(r.fields.measure),
            "deadline": format_date_fr(r.fields.deadline),
            "remaining": time_until_fr(r.fields.deadline, today),
            "progress": (progress or {}).get(r.id, ""),
        }
        for r in records
    ]
    return render("goal_list.txt.j2", goals=items)


def answer_remarks(goal: GoalFields) -> list[str]:
    """What the confirm step says of answers written out by guess, or holding a word not recognised."""
    remarks, unknown = [], []
    for field in ("goal_statement", "goal_measure", "goal_motivation"):
        value = getattr(goal, field.removeprefix("goal_"))
        written = written_out(value)
        if written.guessed:
            remarks.append(message("goal_answer_proposed", field=field, proposal=sentence(value)))
        elif written.unknown:
            unknown.append(message("goal_unknown_in", field=field, words=", ".join(written.unknown)))
    if unknown:  # one remark for every word not recognised
        remarks.append(message("goal_answer_unknown", listed=joined(unknown)))
    return remarks


def written_goal(goal: GoalFields) -> GoalFields:
    """The goal as it is saved: its three answers in words written out (inline form, see ``wording``)."""
    return replace(
        goal, statement=inline(goal.statement), measure=inline(goal.measure), motivation=inline(goal.motivation)
    )


def mentoring_kinds_explanation(named: str | None = None) -> str:
    """The five kinds of mentoring, one line each (source: the types section of the seed); the kind ``named``
    (a key) first, when the mentee asked about it."""
    chosen = next((kind for kind in MENTORING_KINDS if kind.key == named), None)
    return render("mentoring_kinds.txt.j2", kinds=MENTORING_KINDS, named=chosen)
