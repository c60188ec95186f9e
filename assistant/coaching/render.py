"""Turn coaching data into French text with the Jinja2 templates of ``assistant/templates``."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache

import yaml
from dateutil.relativedelta import relativedelta
from jinja2 import Template

from assistant.coaching.agenda import with_clock
from assistant.coaching.catalog import MENTORING_KINDS, area_label, mentoring_kind_label
from assistant.coaching.dates import format_date_fr, local_today
from assistant.coaching.goals import FIELD_LABELS, GoalFields, GoalRecord
from assistant.coaching.meeting import format_label, format_when
from assistant.coaching.preparation import Preparation, shorten_goal
from assistant.coaching.questions import category_label
from assistant.coaching.templating import TEMPLATES, environment, render


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
    """The SMART summary of one goal, one line per field."""
    return render(
        "goal_summary.txt.j2",
        heading=heading,
        labels=FIELD_LABELS,
        goal=goal,
        area=area_label(goal.area),
        kind=mentoring_kind_label(goal.mentoring_kind),
        deadline=format_date_fr(goal.deadline),
        remaining=time_until_fr(goal.deadline, today),
    )


def goal_list(records: list[GoalRecord], today: date | None = None) -> str:
    """The mentee's saved goals, numbered as they can refer to them ("l'objectif 2")."""
    items = [
        {
            "position": r.position,
            "statement": r.fields.statement,
            "reached": r.reached,
            "area": area_label(r.fields.area),
            "measure": r.fields.measure,
            "deadline": format_date_fr(r.fields.deadline),
            "remaining": time_until_fr(r.fields.deadline, today),
        }
        for r in records
    ]
    return render("goal_list.txt.j2", goals=items)


def mentoring_kinds_explanation() -> str:
    """The five kinds of mentoring, one line each (source: the types section of the seed)."""
    return render("mentoring_kinds.txt.j2", kinds=MENTORING_KINDS)


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, str]:
    return yaml.safe_load((TEMPLATES / "messages.yml").read_text(encoding="utf-8"))


@cache
def _message_template(key: str) -> Template:
    """The compiled template of message ``key``, compiled once per process."""
    return environment().from_string(_catalogue()[key])


def has_message(key: str) -> bool:
    """True when the catalogue holds message ``key``."""
    return key in _catalogue()


def message(key: str, **context: object) -> str:
    """Render the French message ``key`` of ``templates/messages.yml`` with ``context``."""
    return _message_template(key).render(**context).strip()


# --- meeting preparation -------------------------------------------------------------------------

def _preparation_context(preparation: Preparation) -> dict:
    d = preparation.details
    start = d.starts_at if (d.starts_at and d.has_time) else None
    return {
        "mentor": d.mentor.display,
        "role": d.mentor.role,
        "organisation": d.mentor.organisation,
        "when": format_when(d.starts_at, d.has_time),
        "format": format_label(d.format),
        "format_key": d.format,
        "minutes": d.minutes,
        "first": d.first,
        "subject": d.subject,
        "measure": d.measure,
        "questions": [(i, q, category_label(q.category)) for i, q in enumerate(preparation.questions, start=1)],
        "agenda": with_clock(list(preparation.agenda), start.hour if start else None, start.minute if start else 0),
        "notes": preparation.notes,
        "next_steps": preparation.next_steps,
        "next_meeting": format_date_fr(preparation.next_meeting) if preparation.next_meeting else "",
    }


def preparation_messages(preparation: Preparation, heading: str) -> list[str]:
    """The preparation as chat messages: details, questions, agenda, checklist (one bubble each)."""
    context = _preparation_context(preparation)
    return [
        render("preparation_header.txt.j2", heading=heading, **context),
        render("preparation_questions.txt.j2", **context),
        render("preparation_agenda.txt.j2", **context),
        render("preparation_checklist.txt.j2", **context),
    ]


def preparation_questions_text(preparation: Preparation) -> str:
    """Only the numbered questions, shown again after an edit."""
    return render("preparation_questions.txt.j2", **_preparation_context(preparation))


def preparation_markdown(preparation: Preparation) -> str:
    """The whole preparation as a Markdown document (chat export and ``python -m assistant export``)."""
    return render("preparation.md.j2", **_preparation_context(preparation)) + "\n"


def thank_you_note(preparation: Preparation) -> str:
    """A thank-you message to the mentor after the meeting, from what was prepared and debriefed."""
    d = preparation.details
    return render(
        "thank_you.txt.j2",
        mentor_first=d.mentor.first_name,
        when=_relative_when(d.starts_at),
        subject=shorten_goal(d.subject) if d.subject else "",
        next_meeting=format_date_fr(preparation.next_meeting) if preparation.next_meeting else "",
    )


def thank_you_note_generic() -> str:
    """A thank-you message to personalise when nothing of the meeting was prepared here."""
    return render("thank_you.txt.j2", mentor_first="", when="", subject="", next_meeting="")


def _relative_when(starts_at: datetime | None, today: date | None = None) -> str:
    if starts_at is None:
        return ""
    days = ((today or local_today()) - starts_at.date()).days
    return {0: "aujourd'hui", 1: "hier"}.get(days, f"le {format_date_fr(starts_at.date())}" if days > 1 else "")


# --- outreach ------------------------------------------------------------------------------------

#: How each kind of version is named in the list of drafts.
CHANGE_LABELS = {"initial": "première version", "shorter": "plus courte", "formal": "plus formelle",
                 "warm": "plus chaleureuse", "tone": "tutoiement/vouvoiement", "channel": "autre canal",
                 "other_goal": "autre objectif", "several": "plusieurs changements"}


def draft_list(records: list) -> str:
    """The mentee's drafts (``DraftRecord`` from the store), each with its numbered versions."""
    from assistant.coaching.outreach import channel_label

    items = []
    for record in records:
        mentor = record.request.mentor
        items.append({
            "mentor": mentor.display,
            "about": ", ".join(part for part in (mentor.role, mentor.organisation) if part),
            "count": len(record.versions),
            "final": record.final_number,
            "versions": [{"number": v.number, "channel": channel_label(v.draft.style.channel),
                          "tone": "tutoiement" if v.draft.style.tone == "tu" else "vouvoiement",
                          "change": CHANGE_LABELS.get(v.change, v.change), "final": v.number == record.final_number,
                          "date": format_date_fr(date.fromisoformat(v.created_at[:10])) if v.created_at else ""}
                         for v in record.versions],
        })
    return render("draft_list.txt.j2", drafts=items)


def thank_you_note_to(mentor_first: str, subject: str = "") -> str:
    """A thank-you message after a meeting prepared outside Mentorat, to the mentor of a draft."""
    return render("thank_you.txt.j2", mentor_first=mentor_first, when="",
                  subject=shorten_goal(subject) if subject else "", next_meeting="")
