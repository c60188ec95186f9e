"""Reading the mentee's answers about a meeting: when, how, how long, and whether it is the first one.

Each ``parse_*`` function takes the raw answer and returns a :class:`Parsed` value or a problem
name that the actions turn into a French explanation. Dates and times are local wall-clock time.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import dateparser

from assistant.coaching.text import clean, fold, words
from assistant.common.answers import Parsed
from assistant.common.dates import (
    MINUTES,
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    local_now,
    relative_delta,
)
from assistant.common.durations import word_minutes
from assistant.common.mentor import Mentor, parse_mentor
from assistant.common.typed_days import unsms
from assistant.meetings.model import FORMATS

#: A meeting further away than this is probably a typo in the year.
MAX_DAYS_AHEAD = 366
MIN_MINUTES, MAX_MINUTES = 15, 180


# --- when ----------------------------------------------------------------------------------------

_UNKNOWN = re.compile(
    r"\b(?:pas encore|je ne sais pas|je sais pas|jsp|aucune idee|a definir|pas de date|"
    r"pas fixe|on verra|inconnu|rien n'est fixe|rien de fixe|recontacter\w*|pas vraiment)\b"
)
_TIME = re.compile(r"\b(?:a\s+)?(\d{1,2})\s*(?:h|heures?|:)\s*(\d{2})?\b")
_NOON = re.compile(r"\b(?:a\s+)?midi\b")
_WEEKDAY = re.compile(rf"\b(?:ce\s+)?({'|'.join(WEEKDAYS)})(?:\s+(prochain|d'apres|en huit))?\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({MONTH_NAMES})\b(?:\s+(\d{{4}}))?")
_NUMERIC = re.compile(r"(?<![\d-])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
#: « le 5 », « mercredi 16 »: the day number wins over the weekday (« mercredi 16 » is the 16th, a Wednesday).
_BARE_DAY = re.compile(
    rf"\b(?:le|du|{'|'.join(WEEKDAYS)})\s+(\d{{1,2}})(?:er)?\b(?!\s*(?:h|heures?|:|/|\.|min|ans?|jours?|semaines?|mois))"
)
_MONTH_ONLY = re.compile(rf"\b(?:en|au mois d'|au mois de|debut|fin|mi)\s*({MONTH_NAMES})\b")
_EVENING = re.compile(r"\b(?:de l'apres-midi|de l'aprem|du soir|l'apres-midi|le soir|pm)\b")
#: A date without a year that fell this many days ago is a past date, not next year's.
RECENT_PAST_DAYS = 60


def _year(value: str | None) -> int | None:
    if not value:
        return None
    return int(value) + 2000 if len(value) == 2 else int(value)


def _impossible_day(folded: str) -> bool:
    """True for a day that no calendar has, such as « le 31 février », « 30/02 » or « 29/02/2027 »."""
    found = [(int(m.group(1)), MONTHS[m.group(2)], _year(m.group(3))) for m in _DAY_MONTH.finditer(folded)]
    found += [(int(m.group(1)), int(m.group(2)), _year(m.group(3))) for m in _NUMERIC.finditer(folded)]
    for day, month, year in found:
        if not 1 <= month <= 12 or day < 1 or day > calendar.monthrange(year or 2024, month)[1]:
            return True
    return False


def _dated(day: int, month: int, year: int | None, today: date) -> date:
    """The given day; without a year, this year's (if it just passed, it stays past) or next year's."""
    if year:
        return date(year, month, day)
    candidate = date(today.year, month, min(day, calendar.monthrange(today.year, month)[1]))
    if candidate >= today or (today - candidate).days <= RECENT_PAST_DAYS:
        return candidate
    return date(today.year + 1, month, min(day, calendar.monthrange(today.year + 1, month)[1]))


def _explicit_day(folded: str, today: date) -> date | None:
    """ISO, numeric (« 12/12 », « 12.12.2026 »), day and month names, or a bare « le 5 »."""
    match = _ISO_DAY.search(folded)
    if match:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.search(folded)
    if match:
        return _dated(int(match.group(1)), int(match.group(2)), _year(match.group(3)), today)
    match = _DAY_MONTH.search(folded)
    if match:
        return _dated(int(match.group(1)), MONTHS[match.group(2)], _year(match.group(3)), today)
    match = _BARE_DAY.search(folded)
    if match and 1 <= int(match.group(1)) <= 31:
        wanted, month, year = int(match.group(1)), today.month, today.year
        for _ in range(3):  # this month, or the next month that has that day
            if wanted <= calendar.monthrange(year, month)[1] and date(year, month, wanted) >= today:
                return date(year, month, wanted)
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


def _day_from(folded: str, now: datetime) -> date | None:
    today = now.date()
    if "apres-demain" in folded or "apres demain" in folded:
        return today + timedelta(days=2)
    if re.search(r"\bdemain\b", folded):
        return today + timedelta(days=1)
    if re.search(r"\baujourd'hui\b|\bce soir\b|\bcet apres-midi\b|\bce matin\b", folded):
        return today
    if re.search(r"\bhier\b|\bavant-hier\b", folded):
        return today - timedelta(days=1 if "avant-hier" not in folded else 2)
    explicit = _explicit_day(folded, today)
    if explicit:
        return explicit
    delay = relative_delta(folded)
    if delay is not None:
        return today + delay
    if _MONTH_ONLY.search(folded):  # « en janvier »: which day?
        return None
    match = _WEEKDAY.search(folded)
    if match:
        ahead = (WEEKDAYS.index(match.group(1)) - today.weekday()) % 7 or 7
        if match.group(2) == "en huit":
            ahead += 7
        return today + timedelta(days=ahead)
    settings = {
        "PREFER_DATES_FROM": "future",
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": now.replace(hour=0, minute=0, second=0, microsecond=0),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    text = re.sub(rf"\b(?:le|la|ce|{'|'.join(WEEKDAYS)})\b", " ", folded)
    text = re.sub(r"\b(?:matin|soir|apres-midi|aprem)\b", " ", text).strip()
    if not text:
        return None
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date() if parsed else None


def _time_from(folded: str) -> time | None:
    half = 30 if re.search(r"\bet demie?\b", folded) else 0
    match = _TIME.search(folded)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or half)
        if 1 <= hour < 12 and _EVENING.search(folded):  # « 2h de l'après-midi », « 8h du soir »
            hour += 12
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    if _NOON.search(folded):
        return time(12, half)
    return None


def parse_meeting_time(text: str | None, now: datetime | None = None) -> Parsed:
    """Read « jeudi prochain à 14h », « le 12/12 à 9h30 » or « pas encore fixé ».

    The value is ``(datetime | None, has_time)``; an unknown date is accepted as ``(None, False)``.
    Problems: ``empty``, ``impossible`` (31 February), ``unparseable``, ``past``, ``too_far``,
    ``bad_time`` (25h), ``bare_number`` (« 20 » alone).
    """
    now = now or local_now()
    answer = clean(text)
    if not answer:
        return Parsed(problem="empty")
    folded = unsms(fold(answer))
    if _UNKNOWN.search(folded):
        return Parsed((None, False))
    if len(answer) > 240:
        return Parsed(problem="unparseable")
    if _impossible_day(folded):
        return Parsed(problem="impossible")
    if re.fullmatch(r"\d{1,3}", folded.strip(" .!?")):  # « 20 »: a day, an hour or a length? never guessed
        return Parsed(problem="bare_number")
    time_match = _TIME.search(folded)
    if time_match and (int(time_match.group(1)) > 23 or int(time_match.group(2) or 0) > 59):
        return Parsed(problem="bad_time")
    at = _time_from(folded)
    without_time = _NOON.sub(" ", _TIME.sub(" ", _ISO_DAY.sub(lambda m: m.group(0).replace("-", "~"), folded)))
    without_time = without_time.replace("~", "-")
    try:
        day = _day_from(without_time, now)
    except (ValueError, OverflowError):
        day = None
    if day is None:
        return Parsed(problem="unparseable")
    starts = datetime.combine(day, at or time(0, 0))
    if day < now.date() or (at is not None and starts < now):
        return Parsed(problem="past")
    if day > now.date() + timedelta(days=MAX_DAYS_AHEAD):
        return Parsed(problem="too_far")
    return Parsed((starts, at is not None))


def meeting_time_said(text: str | None) -> Parsed:
    """The meeting's day in a request (« je vois Bernard mardi 15h »); in a long one, in the first of its sentences
    that gives a day (« … Notre premier rendez-vous a lieu mardi prochain en visio, … »)."""
    found = parse_meeting_time(text)
    if found.ok or len(clean(text)) <= 240:
        return found
    for sentence in re.split(r"(?<=[.!?])\s+", clean(text)):
        found = parse_meeting_time(sentence)
        if found.ok and found.value[0] is not None:
            return found
    return Parsed(problem="unparseable")


# --- how and how long ----------------------------------------------------------------------------

_HOURS = re.compile(r"\b(\d)(?:[.,](\d))?\s*h(?:eures?)?\s*(\d{2})?(?:\s*(?:min|mn))?\b")


def parse_format(text: str | None) -> str | None:
    """The way to meet named in ``text`` (``cafe``, ``visio``, ``telephone``, ``sur_place``), or None."""
    folded = f" {' '.join(words(clean(text)))} "  # words only: « un café, près de… » names the café
    for key, (_label, keywords) in FORMATS.items():
        if any(f" {k} " in folded or (len(k) > 4 and k in folded) for k in keywords):
            return key
    return None


def format_label(key: str) -> str:
    """French label of a meeting format key."""
    return FORMATS.get(key, (key, ()))[0]


def parse_minutes(text: str | None) -> Parsed:
    """Read a meeting length: « 30 min », « 1h30 », « une petite heure ». Problems: ``empty``,
    ``unparseable``, ``topics`` (what the mentee wants to talk about, see :func:`reads_as_topics`), ``too_short``
    (under 15 min), ``too_long`` (over 3 hours)."""
    folded = fold(clean(text))
    if not folded:
        return Parsed(problem="empty")
    minutes = None
    match = _HOURS.search(folded)
    if match:
        tenths = int(match.group(2) or 0)  # « 1,5 h »
        minutes = int(match.group(1)) * 60 + tenths * 6 + int(match.group(3) or 0)
    else:
        found = [int(m) for m in MINUTES.findall(folded)]
        if found:
            minutes = max(found)  # "20-30 min" -> plan for 30
        else:
            minutes = word_minutes(folded)
            numbers = re.findall(r"\b\d{2,3}\b", folded)  # « 30 jtai dit », « il a dit 30 en fait »: the one number
            if minutes is None and len(numbers) == 1 and not re.search(r"\d\s*h\b|\d:\d|\ble \d|\d/\d", folded):
                minutes = int(numbers[0])
    if minutes is None:
        return Parsed(problem="topics" if reads_as_topics(text) else "unparseable")
    if minutes < MIN_MINUTES:
        return Parsed(problem="too_short")
    if minutes > MAX_MINUTES:
        return Parsed(problem="too_long")
    return Parsed(minutes)


#: Words of a question about time (« c'est combien de temps d'habitude ») — « mi-temps » is none.
_ABOUT_TIME = re.compile(r"\b(?:combien|duree|(?<!-)temps|minutes?|heures?|longtemps|durer|dure)\b")
#: Fewest words of a list of subjects.
TOPICS_MIN_WORDS = 5


def reads_as_topics(text: str | None) -> bool:
    """Whether an answer to « Combien de temps avez-vous prévu ? » tells the subjects of the meeting instead
    (« comment monter mon dossier, et si je peux garder mon poste ») rather than asking something about time."""
    folded = fold(clean(text))
    return (
        "?" not in folded
        and not re.match(r"(?:non|nan|rien|pas|aucun|aucune)\b", folded)  # « non rien, je veux juste des conseils »
        and not re.search(r"\d", folded)
        and not _ABOUT_TIME.search(folded)
        and len(words(folded)) >= TOPICS_MIN_WORDS
    )


_FIRST = re.compile(r"\b(?:premiere?|1ere?|1er|jamais|pas encore|oui|decouverte|nouvelle?)\b")
_FOLLOW = re.compile(r"\b(?:suivi|deja|deuxieme|2e|troisieme|non|autre|regulier|habitude|plusieurs)\b")


def parse_first_meeting(text: str | None) -> Parsed:
    """True for a first meeting, False for a follow-up; problem ``unclear`` otherwise."""
    folded = fold(clean(text))
    if not folded:
        return Parsed(problem="empty")
    first, follow = bool(_FIRST.search(folded)), bool(_FOLLOW.search(folded))
    if re.search(r"\bpas (?:la|notre) premiere\b|\bpas le premier\b", folded):
        return Parsed(False)
    if first and not follow or re.search(r"\bjamais\b|\bpas encore\b", folded):
        return Parsed(True)
    if follow and not first:
        return Parsed(False)
    return Parsed(problem="unclear")


def date_for_a_name(text: str | None) -> tuple[datetime, bool] | None:
    """A short answer to « who? » that is only a day or a time (« jeudi 14h »): its ``(start, has_time)``, else
    None (« Julien Perrin », « pas encore fixé »)."""
    if len(words(clean(text))) > 5:
        return None
    parsed = parse_meeting_time(text)
    return parsed.value if parsed.ok and parsed.value[0] is not None else None


def when_value(starts: datetime, has_time: bool) -> str:
    """The ``meeting_when`` slot for a start: ISO date and time, or the date alone."""
    return starts.isoformat(timespec="minutes") if has_time else starts.date().isoformat()


#: The mentor meant as the one who answered (« celle qui vient de me répondre », « celui qui m'a dit oui »; folded).
_REPLIER = re.compile(
    r"\b(?:celle|celui|la personne|le mentor|la mentore|le monsieur|la dame)\s+qui\s+"
    r"(?:vient\s+(?:juste\s+)?de\s+|a\s+|m'a\s+|ma\s+)?(?:me\s+|m'\s*)?"
    r"(?:repondre|repondu|dire oui|dit oui|accepter|accepte)\b"
)


def names_the_replier(text: str | None) -> bool:
    """Whether ``text`` means the mentor who answered the mentee's message instead of naming them."""
    return bool(_REPLIER.search(fold(clean(text))))


#: Words that start a description, not a name (« ma manager, … », « une dev de mon équipe »).
_NOT_A_NAME = {"ma", "mon", "mes", "un", "une", "le", "la", "les", "l'", "notre", "son", "sa", "ce", "cette", "des"}


def read_mentor(text: str | None, person: str | None = None) -> Parsed:
    """Who the mentee meets, as :func:`parse_mentor` reads it, with a name typed in lower case capitalised.

    « julien moreau, lead dev chez blablacar » -> Julien Moreau, lead dev, Blablacar; « ma manager » stays a
    description.
    """
    parsed = parse_mentor(text, person)
    if not parsed.ok:
        return parsed
    mentor: Mentor = parsed.value
    if not mentor.name:
        head, comma, rest = clean(text).partition(",")
        tokens = head.split()
        if comma and 1 <= len(tokens) <= 3 and head == head.lower() and tokens[0] not in _NOT_A_NAME:
            if all(re.fullmatch(r"[a-zà-ÿ'-]+", t) for t in tokens):
                named = " ".join("-".join(p[:1].upper() + p[1:] for p in t.split("-")) for t in tokens)
                parsed = parse_mentor(f"{named},{rest}", person)
                mentor = parsed.value
    organisation = mentor.organisation
    described = re.match(r"(?:un|une|des|le|la|les|l'|mon|ma|son|sa|notre|leur)\b", organisation)
    if organisation and organisation == organisation.lower() and not described:  # « un laboratoire nantais » stays
        organisation = organisation[:1].upper() + organisation[1:]
    return Parsed(replace(mentor, organisation=organisation))


#: « je reviendrai après jeudi pour noter comment ça s'est passé », « je vous raconterai » (folded): the meeting is
#: still to come, the mentee will note it later.
_LATER = re.compile(
    r"\b(?:je reviendrai|je repasserai|je reviens (?:apres|plus tard|vous voir|te voir)|je vous (?:raconterai|dirai)|"
    r"je te (?:raconterai|dirai)|apres (?:la rencontre|le rendez-vous|le rdv|notre rencontre))\b"
)


def noted_later(text: str | None) -> bool:
    """Whether the mentee says they will come back to note the meeting once it has taken place."""
    return bool(_LATER.search(fold(text or "")))
