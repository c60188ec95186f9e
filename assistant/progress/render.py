"""Progress as French text: one amount, the line under a goal in « mes objectifs », a goal's history."""

from __future__ import annotations

from assistant.common.dates import format_date_fr
from assistant.common.templating import render
from assistant.progress.model import Amount, Measure, ProgressEntry


def number_fr(value: float) -> str:
    """« 2 », « 1,5 »: a count the French way, without a useless decimal."""
    return f"{value:g}".replace(".", ",")


def amount_fr(amount: Amount | ProgressEntry, measure: Measure) -> str:
    """« 2 sur 3 (67 %) », « 60 % », or « étape notée » for a step told in words."""
    percent = f"{round(amount.percent)} %" if amount.percent is not None else ""
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
