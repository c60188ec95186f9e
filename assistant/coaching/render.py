"""Turn coaching data into French text with the Jinja2 templates of ``assistant/templates``."""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import yaml
from dateutil.relativedelta import relativedelta
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from assistant.coaching.catalog import MENTORING_KINDS, area_label, mentoring_kind_label
from assistant.coaching.dates import format_date_fr
from assistant.coaching.goals import FIELD_LABELS, GoalFields, GoalRecord

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment: plain text, strict about missing variables."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=False,
    )


def render(name: str, **context: object) -> str:
    """Render template ``name`` and strip surrounding blank lines."""
    return environment().get_template(name).render(**context).strip()


def time_until_fr(deadline: date, today: date | None = None) -> str:
    """How far the deadline is, in French words: ``dans 4 mois``, ``dans 12 jours``, ``dépassée``."""
    today = today or date.today()
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


def message(key: str, **context: object) -> str:
    """Render the French message ``key`` of ``templates/messages.yml`` with ``context``."""
    return _message_template(key).render(**context).strip()
