"""A goal's progress over time as a small SVG picture, drawn by hand (no plotting library), and its alt text.

The picture is 320 units wide (``viewBox``, ``width="100%"``: it fills the widget's bubble): the goal's short
title on top, percentages from 0 to 100 % on the left, French dates along the bottom, the progress line with a
dot per report (a hollow diamond for a step told in words, at the last known level), a dashed « on track » line
from the start (goal creation at 0 %, else the first report) to 100 % at the deadline, a dotted line for today,
and a legend of the three lines. Every text is XML-escaped; the French alt text (catalogue message
``progress_chart_alt``) is also the picture's ``<title>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from assistant.common.dates import format_date_fr
from assistant.common.french import words_within
from assistant.common.templating import message
from assistant.progress.model import ProgressEntry

WIDTH, HEIGHT = 320, 210
#: The plot area: left, right, top (100 %) and bottom (0 %) edges.
LEFT, RIGHT, TOP, BOTTOM = 42, 304, 44, 168
#: Longest goal title drawn on the picture, and quoted in the alt text (whole words, never « … »).
TITLE_CHARS, ALT_TITLE_CHARS = 38, 90
SHORT_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
#: Closest two date labels may be, in units, before the less important one is left out.
LABEL_GAP = 46
COLOURS = {"line": "#2563eb", "track": "#9ca3af", "today": "#d97706", "text": "#1f2937", "grid": "#e5e7eb"}


@dataclass(frozen=True)
class ChartPoint:
    """One progress report: its day, and its percentage (None for a step told in words)."""

    on: date
    percent: float | None


@dataclass(frozen=True)
class Chart:
    """The picture and the sentence that says it for those who cannot see it."""

    svg: str
    alt: str


def points_of(entries: Sequence[ProgressEntry]) -> list[ChartPoint]:
    """The reports of one goal as points of its picture."""
    return [ChartPoint(entry.on, entry.percent) for entry in entries]


def short_title(statement: str, limit: int = TITLE_CHARS) -> str:
    """The goal's words that fit ``limit`` characters: whole clauses, else whole words, else its first word."""
    statement = " ".join(statement.split()).rstrip(" .")
    title = words_within(statement, limit) or statement.split(" ", 1)[0][:limit]
    return title.rstrip(" &+/") if " " in title else title  # « data analyst & » ends on its last word


def short_day(on: date) -> str:
    """« 3 déc. », « 1er mars »: an axis label."""
    return f"{'1er' if on.day == 1 else on.day} {SHORT_MONTHS[on.month - 1]}"


def day_fr(on: date, today: date) -> str:
    """« 3 décembre » this year, « 15 mars 2027 » another year."""
    return format_date_fr(on).removesuffix(f" {today.year}")


def _percent_fr(value: float) -> str:
    """« 67 % »: rounded, as the progress messages say it."""
    return f"{round(value)} %"


def alt_text(statement: str, points: Sequence[ChartPoint], deadline: date | None, today: date) -> str:
    """« Progression de l'objectif « … » : 40 % le 3 décembre, échéance le 15 mars. »"""
    latest = points[-1] if points else None
    return message(
        "progress_chart_alt",
        title=short_title(statement, ALT_TITLE_CHARS),
        percent=_percent_fr(latest.percent) if latest and latest.percent is not None else "",
        day=day_fr(latest.on, today) if latest else "",
        deadline=day_fr(deadline, today) if deadline else "",
    )


class _Scale:
    """Days to x, percentages to y."""

    def __init__(self, first: date, last: date) -> None:
        self.first = first
        self.days = max((last - first).days, 1)

    def x(self, on: date) -> float:
        return round(LEFT + (RIGHT - LEFT) * (on - self.first).days / self.days, 1)

    @staticmethod
    def y(percent: float) -> float:
        return round(BOTTOM - (BOTTOM - TOP) * max(0.0, min(percent, 100.0)) / 100, 1)


def _text(x: float, y: float, content: str, size: int = 10, anchor: str = "start", **extra: str) -> str:
    attributes = "".join(f" {name.rstrip('_').replace('_', '-')}={quoteattr(value)}" for name, value in extra.items())
    return (
        f'<text x="{x}" y="{y}" font-size="{size}" text-anchor="{anchor}" fill="{COLOURS["text"]}"{attributes}>'
        f"{escape(content)}</text>"
    )


def _date_labels(scale: _Scale, marks: list[tuple[date, str]]) -> list[str]:
    """Labels under the axis, most important first (start, deadline, today); one too close to a kept one is left."""
    kept: list[float] = []
    drawn = []
    for on, kind in marks:
        x = scale.x(on)
        if any(abs(x - other) < LABEL_GAP for other in kept):
            continue
        kept.append(x)
        anchor = "start" if x <= LEFT + 4 else "end" if x >= RIGHT - 4 else "middle"
        drawn.append(_text(x, BOTTOM + 16, short_day(on), 10, anchor, class_=f"date {kind}"))
    return drawn


def chart_svg(
    statement: str,
    points: Sequence[ChartPoint],
    deadline: date | None,
    today: date,
    started: date | None = None,
) -> Chart:
    """The picture of one goal's reports (oldest first) against its deadline, seen on ``today``.

    ``started`` (the goal's creation) starts the « on track » line at 0 %; without it, the line starts at the
    first report. Steps told in words (``percent`` None) are drawn at the last known level (0 % before any).
    """
    points = sorted(points, key=lambda p: p.on)
    alt = alt_text(statement, points, deadline, today)
    days = [p.on for p in points] + [today] + ([deadline] if deadline else [])
    if started:
        days.append(started)
    scale = _Scale(min(days), max(days))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'role="img" aria-label={quoteattr(alt)} font-family="sans-serif">',
        f"<title>{escape(alt)}</title>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        _text(LEFT - 30, 18, short_title(statement), 12, font_weight="bold", class_="goal"),
    ]
    for percent in (0, 50, 100):
        y = scale.y(percent)
        parts.append(f'<line x1="{LEFT}" y1="{y}" x2="{RIGHT}" y2="{y}" stroke="{COLOURS["grid"]}"/>')
        parts.append(_text(LEFT - 6, y + 3.5, f"{percent} %", 10, "end", class_="percent"))
    parts.append(f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="{COLOURS["text"]}"/>')
    if deadline and points:
        start = (started, 0.0) if started and started <= points[0].on else (points[0].on, points[0].percent or 0.0)
        parts.append(
            f'<line class="track" x1="{scale.x(start[0])}" y1="{scale.y(start[1])}" x2="{scale.x(deadline)}" '
            f'y2="{scale.y(100)}" stroke="{COLOURS["track"]}" stroke-width="1.5" stroke-dasharray="5 4"/>'
        )
        x = scale.x(deadline)
        parts.append(f'<line x1="{x}" y1="{TOP}" x2="{x}" y2="{BOTTOM}" stroke="{COLOURS["track"]}"/>')
        parts.append(_text(x, TOP - 6, "échéance", 9, "end" if x > RIGHT - 30 else "middle", class_="deadline"))
    x = scale.x(today)
    parts.append(
        f'<line class="today" x1="{x}" y1="{TOP}" x2="{x}" y2="{BOTTOM}" stroke="{COLOURS["today"]}" '
        f'stroke-dasharray="2 3"/>'
    )
    level, line, dots = 0.0, [], []
    for point in points:
        px = scale.x(point.on)
        if point.percent is None:
            py = scale.y(level)
            dots.append(
                f'<path class="step" d="M{px} {py - 5}L{px + 5} {py}L{px} {py + 5}L{px - 5} {py}Z" '
                f'fill="#ffffff" stroke="{COLOURS["line"]}" stroke-width="1.5"/>'
            )
            continue
        level = point.percent
        py = scale.y(level)
        line.append(f"{px},{py}")
        dots.append(f'<circle class="point" cx="{px}" cy="{py}" r="3.5" fill="{COLOURS["line"]}"/>')
    if len(line) > 1:
        parts.append(
            f'<polyline class="progress" points="{" ".join(line)}" fill="none" stroke="{COLOURS["line"]}" '
            f'stroke-width="2.5" stroke-linejoin="round"/>'
        )
    parts.extend(dots)
    marks = [(scale.first, "start")] + ([(deadline, "deadline")] if deadline else []) + [(today, "today")]
    marks += [(p.on, "report") for p in points]
    parts.extend(_date_labels(scale, marks))
    parts.append(_legend())
    parts.append("</svg>")
    return Chart("".join(parts), alt)


def _legend() -> str:
    """What the lines mean, under the dates: progress, the pace that reaches 100 % at the deadline, today."""
    y = HEIGHT - 10
    items = (
        ("line", 'stroke-width="2.5"', "vos progrès"),
        ("track", 'stroke-width="1.5" stroke-dasharray="5 4"', "rythme visé"),
        ("today", 'stroke-width="1.5" stroke-dasharray="2 3"', "aujourd'hui"),
    )
    parts = []
    for index, (colour, style, label) in enumerate(items):
        x = LEFT - 30 + 92 * index
        parts.append(f'<line x1="{x}" y1="{y - 3}" x2="{x + 16}" y2="{y - 3}" stroke="{COLOURS[colour]}" {style}/>')
        parts.append(_text(x + 20, y, label, 9, class_="legend"))
    return "".join(parts)
