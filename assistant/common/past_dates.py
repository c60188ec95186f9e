"""A day that has passed, as mentees type it: « hier », « lundi », « le 3 décembre », « il y a deux semaines »
(the meeting that took place, the day a message was sent). Deadlines, ahead, are read in ``dates``."""

from __future__ import annotations

import calendar
import re
from datetime import date

from dateutil.relativedelta import relativedelta

from assistant.common.dates import (
    DAY_MONTH,
    ISO_DATE,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    TIME_UNITS,
    WEEKDAYS,
    Deadline,
    date_words,
    local_today,
)

#: A day in the past further back than this is refused as a typo (« le 3 décembre 2016 »).
MAX_DAYS_BACK = 366
_NOW = r"tout a l'heure|a l'instant|maintenant|tout de suite|cette semaine)\b"
_DAYS_BACK = (
    (re.compile(r"\bavant[- ]hier\b"), 2),
    (re.compile(r"\bhier\b"), 1),
    (re.compile(r"\b(?:aujourd'?hui|aujourd hui|ajd|auj|ce (?:matin|midi|soir)|cet apres-midi|cet aprem|" + _NOW), 0),
    (re.compile(r"\b(?:la semaine derniere|la semaine passee)\b"), 7),
    (re.compile(r"\b(?:le mois dernier|le mois passe)\b"), 30),
)
_AGO = re.compile(rf"\b(?:il y a|y a|ya)\s+(\d+|{'|'.join(NUMBER_WORDS)})\s+({'|'.join(TIME_UNITS)})\b")
_FEW_DAYS = re.compile(r"\b(?:il y a|y a|ya) (?:quelques|qq|peu de) jours\b|\bl'autre jour\b")
_WEEKEND = re.compile(r"\b(?:ce|le) (?:week-end|weekend|we)(?: dernier)?\b")
_EDGE_PAST = re.compile(rf"\b(debut|mi|fin)[\s-]*(?:(?:de|d')\s*)?({MONTH_NAMES})\b")
_WEEK_START = re.compile(r"\b(?:en )?debut de (?:la )?semaine\b")
#: « le 4 », « 4 », and a correction after it (« le 4 jvoulais dire », « le 4 plutôt »).
_DAY_ONLY = re.compile(
    r"^(?:le\s+)?(\d{1,2}|1er)(?:\W+(?:je voulais dire|jvoulais dire|j'voulais dire|je veux dire|plutot|pardon|"
    r"du coup|en fait))?\W*$"
)
_FUTURE_WORDS = re.compile(r"\b(?:demain|apres-demain|la semaine prochaine|le mois prochain|dans \d+|bientot)\b")
_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
#: « le 12 », « mercredi 3 » without a month: the day number wins over the weekday.
_DAY_NUMBER = re.compile(
    rf"\b(?:le|du|{'|'.join(WEEKDAYS)})\s+(\d{{1,2}}|1er)\b(?!\s*(?:h\b|heures?|[:/.-]\d|min|ans?|jours?|semaines?|"
    rf"mois|{MONTH_NAMES}))"
)
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")


def _past_day(folded: str, today: date) -> date | None:
    """The day a past expression names, relative to ``today``; None when none is found."""
    if ISO_DATE.fullmatch(folded):
        return date.fromisoformat(folded)
    for pattern, days in _DAYS_BACK:
        if pattern.search(folded):
            return today - relativedelta(days=days)
    match = _AGO.search(folded)
    if match:
        amount = match.group(1)
        count = int(amount) if amount.isdigit() else NUMBER_WORDS[amount]
        return today - relativedelta(**{TIME_UNITS[match.group(2)]: count})  # type: ignore[arg-type]  # a unit, never dt1
    if _FEW_DAYS.search(folded):
        return today - relativedelta(days=3)
    match = _WEEKEND.search(folded)
    if match:
        back = (today.weekday() - 5) % 7  # the last Saturday; the one before when « dernier » is said on a weekend
        return today - relativedelta(days=back + (7 if "dernier" in match.group(0) and today.weekday() >= 5 else 0))
    if _WEEK_START.search(folded):
        return today - relativedelta(days=today.weekday())
    match = _EDGE_PAST.search(folded)
    if match:
        month = MONTHS[match.group(2)]
        edge_year = today.year if month <= today.month else today.year - 1
        last = calendar.monthrange(edge_year, month)[1]
        day = {"debut": 1, "mi": 15, "fin": last}[match.group(1)]
        return min(date(edge_year, month, day), today)  # « fin décembre » said in December: today at the latest
    match = _DAY_ONLY.match(folded.strip(" .")) or _DAY_NUMBER.search(folded)  # « samedi dernier, le 12 »
    if match:
        day = 1 if match.group(1) == "1er" else int(match.group(1))
        found = date(today.year, today.month, day)
        return found if found <= today else found - relativedelta(months=1)
    match = DAY_MONTH.search(folded)
    numeric = _NUMERIC_DAY.search(folded)
    if match or numeric:
        if match:
            day, month, year = (
                (1 if match.group(1) == "1er" else int(match.group(1))),
                MONTHS[match.group(2)],
                match.group(3),
            )
        elif numeric:
            day, month, year = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
        if year is not None:
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        found = date(today.year, month, day)
        # « le 28 décembre » typed on 3 January is last year's; a day a few weeks ahead is a future date.
        return found if found <= today + relativedelta(days=60) else date(today.year - 1, month, day)
    match = _WEEKDAY.search(folded)
    if match:
        back = (today.weekday() - WEEKDAYS.index(match.group(1))) % 7
        return today - relativedelta(days=back)
    return None


def parse_past_date(text: str | None, today: date | None = None) -> Deadline:
    """Read the day something happened: « hier », « lundi », « le 3 décembre », « il y a 2 semaines ».

    Problems: ``empty``, ``unparseable`` (also « le 31 février »), ``future`` and ``too_old`` (over a year back).
    """
    today = today or local_today()
    folded = date_words(text)
    if isinstance(folded, Deadline):
        return folded
    if _FUTURE_WORDS.search(folded):
        return Deadline(problem="future")
    try:
        found = _past_day(folded, today)
    except (ValueError, OverflowError):
        found = None
    if found is None:
        return Deadline(problem="unparseable")
    if found > today:
        return Deadline(problem="future")
    if found < today - relativedelta(days=MAX_DAYS_BACK):
        return Deadline(problem="too_old")
    return Deadline(value=found)
