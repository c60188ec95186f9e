"""Meetings as French text: how a meeting is named, the preparation as chat messages and as Markdown."""

from __future__ import annotations

from datetime import datetime

from assistant.common.dates import WEEKDAYS, format_date_fr
from assistant.common.french import balanced, capitalize
from assistant.common.phrasing import goal_phrase
from assistant.common.templating import render
from assistant.meetings.agenda import question_minutes, with_clock
from assistant.meetings.model import FORMATS, Preparation
from assistant.meetings.questions import category_label, in_tone, main_count, name_goal_once


def format_label(key: str) -> str:
    """French label of a meeting format key."""
    return FORMATS.get(key, (key, ()))[0]


def format_when(starts_at: datetime | None, has_time: bool) -> str:
    """« jeudi 27 novembre 2026 à 14h00 », « le 3 décembre 2026 » or « date à fixer »."""
    if starts_at is None:
        return "date à fixer"
    day = f"{WEEKDAYS[starts_at.weekday()]} {format_date_fr(starts_at.date())}"
    return f"{day} à {starts_at.hour}h{starts_at.minute:02d}" if has_time else day


def subject_line(subject: str) -> str:
    """The meeting's subject as the preparation names it: the goal's phrase (« Passer de comptable à DAF »), else
    the subject as written."""
    phrase = goal_phrase(subject)
    text = phrase.text if phrase.usable else subject.strip().rstrip(".")
    return capitalize(text)


def main_questions(preparation: Preparation) -> int:
    """How many of the preparation's questions the time allows; the others are « si le temps le permet »."""
    d = preparation.details
    return min(main_count(question_minutes(d.minutes, d.first)), len(preparation.questions))


def _preparation_context(preparation: Preparation) -> dict:
    d = preparation.details
    start = d.starts_at if (d.starts_at and d.has_time) else None
    questions = in_tone(name_goal_once(list(preparation.questions), goal_phrase(d.subject).for_), preparation.tone)
    numbered = [(i, q, category_label(q.category)) for i, q in enumerate(questions, start=1)]
    main = main_questions(preparation)
    return {
        "mentor": d.mentor.display,
        "role": balanced(d.mentor.role),
        "organisation": balanced(d.mentor.organisation),
        "when": format_when(d.starts_at, d.has_time),
        "format": format_label(d.format),
        "format_key": d.format,
        "minutes": d.minutes,
        "first": d.first,
        "subject": subject_line(d.subject),
        "measure": d.measure,
        "questions": numbered[:main],
        "extra_questions": numbered[main:],
        "question_minutes": question_minutes(d.minutes, d.first),
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
