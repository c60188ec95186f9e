"""French deadlines: "d'ici fin mars", "dans 6 mois", "le 15/09/2027", "avant l'été".

``dateparser`` reads absolute and most relative dates; a few expressions mentees use for
deadlines ("fin mars", "d'ici 6 mois", seasons) are resolved here first because dateparser
reads them differently (or as a date in the past).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import dateparser
from dateutil.relativedelta import relativedelta

from assistant.coaching.text import clean, fold
from assistant.common.typed_days import unsms

#: The mentees' time zone: dates and times they type are wall-clock times there.
LOCAL_TIMEZONE = ZoneInfo("Europe/Paris")


def local_now() -> datetime:
    """Now, as a naive wall-clock time in the mentees' time zone (the server may run on UTC)."""
    return datetime.now(LOCAL_TIMEZONE).replace(tzinfo=None)


def local_today() -> date:
    """Today in the mentees' time zone."""
    return local_now().date()


#: A deadline further away than this is not "time-bound" enough to work on with a mentor.
MAX_YEARS_AHEAD = 5

MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "janv": 1,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: Numbers written in words, as mentees type them in dates and counts (folded).
NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "dix-huit": 18,
    "vingt": 20,
    "trente": 30,
}
_UNITS = {
    "jour": "days",
    "jours": "days",
    "semaine": "weeks",
    "semaines": "weeks",
    "mois": "months",
    "an": "years",
    "ans": "years",
    "annee": "years",
    "annees": "years",
}
# (month, day) on which each season starts, for "avant l'été".
_SEASONS = {"printemps": (3, 20), "ete": (6, 21), "automne": (9, 22), "hiver": (12, 21)}

_PREFIX = re.compile(
    r"^(?:(?:d'ici|d ici|jusqu'a|jusqu'au|au plus tard|avant|pour|vers|a|au|en|le|la|l'|fin|debut|mi)\s*)+"
)
#: The month names and abbreviations as a regex alternation, longest first.
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: The days of the week, Monday first (``date.weekday()`` indexes it).
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: A number of minutes: « 20 min », « 30mn », « 45 minutes » (group 1: the number; folded text).
MINUTES = re.compile(r"\b(\d{1,3})\s*(?:min|mn|minutes?)\b")
_RELATIVE = re.compile(
    rf"\b(?:dans|d'ici|d ici|sous|en)\s+(?:a\s+)?(?:moins de\s+)?"
    rf"(\d+|{'|'.join(NUMBER_WORDS)})\s+({'|'.join(_UNITS)})\b"
)
_EDGE_OF_MONTH = re.compile(rf"\b(fin|debut|mi)[\s-]*(?:(?:de|d')\s*)?({MONTH_NAMES})\b\.?(?:\s+(\d{{4}}))?")
_END_OF_YEAR = re.compile(r"\bfin (?:de l'|d')?annee(?:\s+(\d{4}))?\b|\bfin (\d{4})\b")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_SEASON = re.compile(r"\b(printemps|ete|automne|hiver)\b(?:\s+(\d{4}))?")
# (month, day) of the school and calendar landmarks mentees give as deadlines.
_LANDMARKS = {"toussaint": (11, 1), "noel": (12, 25), "rentree": (9, 1), "nouvel an": (1, 1)}
_LANDMARK = re.compile(rf"\b({'|'.join(_LANDMARKS)})\b(?:\s+(?:de\s+(?:septembre\s+)?)?(\d{{4}}))?")
_SEMESTER = re.compile(r"\b(premier|1er|second|deuxieme|2e|2eme)\s+semestre(?:\s+(\d{4}))?")
# A month named anywhere (« pour décembre », « disons septembre 2027 »): its last day.
_MONTH_ANYWHERE = re.compile(rf"(?<!\d\s)(?<!\der\s)\b({MONTH_NAMES})\b(?:\s+(\d{{4}}))?")  # not « le 3 janvier »
# « décembre prochain » (no day before it): said in December, it is next year's.
_NEXT_NAMED_MONTH = re.compile(rf"(?<!\d\s)(?<!\der\s)\b({MONTH_NAMES})\s+prochain\b")


@dataclass(frozen=True)
class Deadline:
    """A parsed deadline: ``value`` when usable, else ``problem`` in {empty, unparseable, past, too_far}."""

    value: date | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """True when the deadline can be kept."""
        return self.value is not None


def _next_occurrence(month: int, day: int | None, year: int | None, today: date) -> date:
    """The given month (and day, default: last day) in ``year``, or its next occurrence from today."""

    def build(y: int) -> date:
        last = calendar.monthrange(y, month)[1]
        return date(y, month, min(day or last, last))

    if year:
        return build(year)
    candidate = build(today.year)
    return candidate if candidate >= today else build(today.year + 1)


def relative_delta(folded: str) -> relativedelta | None:
    """The delay of « dans 3 mois », « d'ici deux semaines », « sous 15 jours » (folded text), or None."""
    match = _RELATIVE.search(folded)
    if not match:
        return None
    amount = match.group(1)
    count = int(amount) if amount.isdigit() else NUMBER_WORDS[amount]
    return relativedelta(**{_UNITS[match.group(2)]: count})  # type: ignore[arg-type]  # a unit, never dt1


def _special_forms(folded: str, today: date) -> date | None:
    """Resolve the deadline expressions dateparser misreads; None when none applies."""
    if _ISO.fullmatch(folded):
        return date.fromisoformat(folded)
    delay = relative_delta(folded)
    if delay is not None:
        return today + delay
    match = _EDGE_OF_MONTH.search(folded) or _NEXT_NAMED_MONTH.search(folded)
    if match:  # « mi-mars », « début décembre prochain » (said in December: next year's), « décembre prochain »
        edge, month_name, year = match.groups() if match.re is _EDGE_OF_MONTH else ("fin", match.group(1), None)
        next_year = _NEXT_NAMED_MONTH.search(folded) and MONTHS[month_name] <= today.month
        day = {"debut": 1, "mi": 15, "fin": None}[edge]
        return _next_occurrence(
            MONTHS[month_name], day, int(year) if year else today.year + 1 if next_year else None, today
        )
    match = _END_OF_YEAR.search(folded)
    if match:
        year = match.group(1) or match.group(2)
        return date(int(year) if year else today.year, 12, 31)
    match = _SEASON.search(folded)
    if match:
        month, day = _SEASONS[match.group(1)]
        year = int(match.group(2)) if match.group(2) else None
        return _next_occurrence(month, day, year, today)
    match = _LANDMARK.search(folded)
    if match:
        month, day = _LANDMARKS[match.group(1)]
        return _next_occurrence(month, day, int(match.group(2)) if match.group(2) else None, today)
    match = _SEMESTER.search(folded)
    if match:
        month = 6 if match.group(1) in ("premier", "1er") else 12
        return _next_occurrence(month, None, int(match.group(2)) if match.group(2) else None, today)
    return None


def _month_anywhere(folded: str, today: date, with_year: bool = False) -> date | None:
    """The last month named in a sentence (« disons septembre 2027 »), at its last day.

    With ``with_year``, only a month followed by its year counts; else a month with a year is
    preferred to a bare one.
    """
    found = [m for m in _MONTH_ANYWHERE.finditer(folded) if not (m.group(1) == "sept" and "septembre" in folded)]
    dated = [m for m in found if m.group(2)]
    candidates = dated if with_year else (dated or found)
    if not candidates:
        return None
    match = candidates[-1]
    return _next_occurrence(MONTHS[match.group(1)], None, int(match.group(2)) if match.group(2) else None, today)


def _with_dateparser(folded: str, today: date) -> date | None:
    text = _PREFIX.sub("", folded).strip()
    if not text:
        return None
    settings = {
        "PREFER_DATES_FROM": "future",
        "PREFER_DAY_OF_MONTH": "last",
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date() if parsed else None


def parse_deadline(text: str | None, today: date | None = None) -> Deadline:
    """Read a French deadline relative to ``today``; refuse past, unreadable or far-off dates."""
    today = today or local_today()
    cleaned = clean(text)
    if not cleaned:
        return Deadline(problem="empty")
    if len(cleaned) > 240:
        return Deadline(problem="unparseable")
    folded = unsms(fold(cleaned))
    try:
        found = (
            _full_date_anywhere(folded)
            or _month_anywhere(folded, today, with_year=True)
            or _special_forms(folded, today)
            or (_with_dateparser(folded, today) if len(folded) <= 120 else None)
            or _month_anywhere(folded, today)
        )
    except (ValueError, OverflowError):  # e.g. "le 31/02/2027" or an absurd year
        found = None
    if found is None:
        return Deadline(problem="unparseable")
    if found <= today:
        return Deadline(problem="past")
    if found > today + relativedelta(years=MAX_YEARS_AHEAD):
        return Deadline(problem="too_far")
    return Deadline(value=found)


def _full_date_anywhere(folded: str) -> date | None:
    """A day, month and year written out anywhere in the answer (« d'ici le 30 juin 2027, si possible »)."""
    match = _DAY_MONTH.search(folded)
    if match and match.group(3):
        return date(int(match.group(3)), MONTHS[match.group(2)], 1 if match.group(1) == "1er" else int(match.group(1)))
    return None


_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_date_fr(value: date | str | None, near: date | None = None) -> str:
    """Write a date the French way: ``15 septembre 2027`` (``1er`` for the first); without the year when it is
    less than six months from ``near`` (a letter written that day: « le 3 février »)."""
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    day = "1er" if value.day == 1 else str(value.day)
    year = "" if near is not None and abs((value - near).days) < 183 else f" {value.year}"
    return f"{day} {_FR_MONTHS[value.month - 1]}{year}"


# --- a day that has passed: « hier », « lundi », « le 3 décembre », « il y a deux semaines » -----------

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
_AGO = re.compile(rf"\b(?:il y a|y a|ya)\s+(\d+|{'|'.join(NUMBER_WORDS)})\s+({'|'.join(_UNITS)})\b")
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
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}|1er)\s+({MONTH_NAMES})\b\.?(?:\s+(\d{{4}}))?")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")


def _past_day(folded: str, today: date) -> date | None:
    """The day a past expression names, relative to ``today``; None when none is found."""
    if _ISO.fullmatch(folded):
        return date.fromisoformat(folded)
    for pattern, days in _DAYS_BACK:
        if pattern.search(folded):
            return today - relativedelta(days=days)
    match = _AGO.search(folded)
    if match:
        amount = match.group(1)
        count = int(amount) if amount.isdigit() else NUMBER_WORDS[amount]
        return today - relativedelta(**{_UNITS[match.group(2)]: count})  # type: ignore[arg-type]  # a unit, never dt1
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
    match = _DAY_MONTH.search(folded)
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
    cleaned = clean(text)
    if not cleaned:
        return Deadline(problem="empty")
    if len(cleaned) > 240:
        return Deadline(problem="unparseable")
    folded = unsms(fold(cleaned))
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
