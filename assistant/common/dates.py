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
TIME_UNITS = {
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
    rf"(\d+|{'|'.join(NUMBER_WORDS)})\s+({'|'.join(TIME_UNITS)})\b"
)
_EDGE_OF_MONTH = re.compile(rf"\b(fin|debut|mi)[\s-]*(?:(?:de|d')\s*)?({MONTH_NAMES})\b\.?(?:\s+(\d{{4}}))?")
_END_OF_YEAR = re.compile(
    r"\bfin (?:de l'|d')?annee(?:\s+(\d{4})|\s+(prochaine))?\b|\bfin (\d{4})\b|\bfin de l'annee (prochaine)\b"
)
#: « 3 mars », « 1er mars 2027 » (folded).
DAY_MONTH = re.compile(rf"\b(\d{{1,2}}|1er)\s+({MONTH_NAMES})\b\.?(?:\s+(\d{{4}}))?")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SEASON = re.compile(r"\b(printemps|ete|automne|hiver)\b(?:\s+(\d{4}))?")
# (month, day) of the school and calendar landmarks mentees give as deadlines.
_LANDMARKS = {"toussaint": (11, 1), "noel": (12, 25), "rentree": (9, 1), "nouvel an": (1, 1)}
_LANDMARK = re.compile(rf"\b({'|'.join(_LANDMARKS)})\b(?:\s+(?:de\s+(?:septembre\s+)?)?(\d{{4}}))?")
_SEMESTER = re.compile(r"\b(premier|1er|second|deuxieme|2e|2eme)\s+semestre(?:\s+(\d{4}))?")
#: « fin du T2 2027 », « le 3e trimestre », « Q1 »: a quarter, read at its last day.
_QUARTER = re.compile(
    r"\b(?:t([1-4])|q([1-4])|(premier|1er|deuxieme|second|2e|2eme|troisieme|3e|3eme|quatrieme|4e|4eme)\s+trimestre)\b"
    r"(?:\s+(?:de\s+)?(\d{4}))?"
)
_QUARTER_WORDS = {"premier": 1, "1er": 1, "deuxieme": 2, "second": 2, "2e": 2, "2eme": 2, "troisieme": 3, "3e": 3}
#: « avant février », « avant mars 2027 » (no day): the last day of the month before.
_BEFORE_MONTH = re.compile(rf"\bavant (?:le mois de |la fin de |fin )?({MONTH_NAMES})\b(?:\s+(\d{{4}}))?")
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
    return relativedelta(**{TIME_UNITS[match.group(2)]: count})  # type: ignore[arg-type]  # a unit, never dt1


def _before_month(folded: str, today: date) -> date | None:
    """« avant février » is the last day of January; « avant fin mars », the end of March (None here)."""
    match = _BEFORE_MONTH.search(folded)
    if not match or "fin" in folded[match.start() : match.start(1)]:
        return None
    first = _next_occurrence(MONTHS[match.group(1)], 1, int(match.group(2)) if match.group(2) else None, today)
    return first - relativedelta(days=1)


def _special_forms(folded: str, today: date) -> date | None:
    """Resolve the deadline expressions dateparser misreads; None when none applies."""
    if ISO_DATE.fullmatch(folded):
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
    if match:  # « fin de l'année prochaine »: next year's
        year = match.group(1) or match.group(3)
        following = bool(match.group(2) or match.group(4))
        return date(int(year) if year else today.year + following, 12, 31)
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
    match = _QUARTER.search(folded)
    if match:
        quarter = int(match.group(1) or match.group(2) or _QUARTER_WORDS.get(match.group(3), 4))
        return _next_occurrence(3 * quarter, None, int(match.group(4)) if match.group(4) else None, today)
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


#: A date answer longer than this is no date.
MAX_DATE_CHARS = 240


def date_words(text: str | None) -> str | Deadline:
    """An answer about a day, folded and with SMS spellings undone; a :class:`Deadline` with its problem when it is
    empty or too long to be a date."""
    cleaned = clean(text)
    if not cleaned:
        return Deadline(problem="empty")
    if len(cleaned) > MAX_DATE_CHARS:
        return Deadline(problem="unparseable")
    return unsms(fold(cleaned))


def parse_deadline(text: str | None, today: date | None = None) -> Deadline:
    """Read a French deadline relative to ``today``; refuse past, unreadable or far-off dates."""
    today = today or local_today()
    folded = date_words(text)
    if isinstance(folded, Deadline):
        return folded
    try:
        found = (
            _before_month(folded, today)
            or _full_date_anywhere(folded)
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
    match = DAY_MONTH.search(folded)
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
