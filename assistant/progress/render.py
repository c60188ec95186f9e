"""Progress as French text: one amount, the line under a goal in « mes objectifs », a goal's history, and every
goal's progress as Markdown with its chart (the export)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.common.dates import format_date_fr
from assistant.common.templating import render
from assistant.progress.answers import read_measure
from assistant.progress.chart import chart_svg, points_of
from assistant.progress.model import Amount, Measure, ProgressEntry


def number_fr(value: float) -> str:
    """« 2 », « 1,5 »: a count the French way, without a useless decimal."""
    return f"{value:g}".replace(".", ",")


def amount_fr(amount: Amount | ProgressEntry, measure: Measure) -> str:
    """« 2 sur 3 (67 %) », « 60 % », or « étape notée » for a step told in words."""
    percent = f"{round(amount.percent)} %" if amount.percent is not None else ""
    if amount.count is not None and measure.target and measure.in_percent:
        return f"{number_fr(amount.count)} % pour {number_fr(measure.target)} % visés ({percent} du chemin)"
    if amount.count is not None and measure.target:
        return f"{number_fr(amount.count)} sur {number_fr(measure.target)} ({percent})"
    return percent or "étape franchie"


def progress_line(entries: list[ProgressEntry], measure: Measure) -> str:
    """The line under a goal in the list: its latest progress and when, or that none was noted."""
    if not entries:
        return "progrès : pas encore noté"
    latest = entries[-1]
    return f"progrès : {amount_fr(latest, measure)} au {format_date_fr(latest.on)}"


def progress_history(statement: str, measure: Measure, deadline: str, entries: list[ProgressEntry]) -> str:
    """One goal and its progress entries, oldest first."""
    rows = [
        {"date": format_date_fr(e.on), "amount": amount_fr(e, measure), "step": e.step, "blocked": e.blocked}
        for e in entries
    ]
    return render("progress_history.txt.j2", statement=statement, measure=measure.text, deadline=deadline, rows=rows)


@dataclass(frozen=True)
class GoalProgress:
    """What the Markdown export needs of one goal: its words, measure, deadline, start and reports."""

    position: int
    statement: str
    measure: str
    deadline: date | None
    started: date | None
    entries: list[ProgressEntry]


#: Characters Markdown would read as formatting (emphasis, code, links), escaped with a backslash.
_MARKDOWN_MARKS = re.compile(r"([\\`*_\[\]])")


def _markdown_text(text: str) -> str:
    """The mentee's words in Markdown, shown as typed: on one line, no HTML a viewer could run (``<``, ``>``,
    ``&`` as entities) and no formatting marks read as such (« mon_objectif », « *urgent* »)."""
    text = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_MARKS.sub(r"\\\1", text)


def progress_markdown(goals: list[GoalProgress], today: date) -> str:
    """Every goal's progress as a Markdown document, each chart inline (an HTML block: the SVG on one line inside a
    ``<div>``) with its alt text as ``aria-label``, ``<title>`` and a caption under it (docs/architecture.md says
    why inline rather than a ``data:`` image)."""
    items = []
    for goal in goals:
        svg, alt = "", ""
        if goal.entries:
            chart = chart_svg(goal.statement, points_of(goal.entries), goal.deadline, today, goal.started)
            svg, alt = chart.svg, _markdown_text(chart.alt)
        measure = read_measure(goal.measure)
        items.append(
            {
                "position": goal.position,
                "statement": _markdown_text(goal.statement),
                "measure": _markdown_text(goal.measure),
                "deadline": format_date_fr(goal.deadline) if goal.deadline else "",
                "chart": svg,
                "alt": alt,
                "rows": [(format_date_fr(e.on), amount_fr(e, measure), _markdown_text(e.step)) for e in goal.entries],
            }
        )
    return render("progress.md.j2", goals=items) + "\n"
