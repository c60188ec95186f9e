"""A meeting with a mentor: what the preparation needs to know, read from the mentee's answers.

Each ``parse_*`` function takes the raw answer and returns a :class:`Parsed` value or a problem
name that the actions turn into a French explanation. Dates and times are local wall-clock time.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import dateparser

from assistant.coaching.dates import MONTHS, format_date_fr, local_now, relative_delta, unsms
from assistant.coaching.text import clean, fold, words

#: A meeting further away than this is probably a typo in the year.
MAX_DAYS_AHEAD = 366
MIN_MINUTES, MAX_MINUTES = 15, 180
MAX_MENTOR_CHARS = 200

#: The ways to meet, with the words that name them (folded).
FORMATS = {
    "cafe": ("Autour d'un café", ("cafe", "dejeuner", "dej", "verre", "resto", "restaurant", "boire")),
    "visio": ("En visio", ("visio", "video", "teams", "zoom", "meet", "en ligne", "distance", "webcam", "call")),
    "telephone": ("Par téléphone", ("telephone", "tel", "appel", "phone", "telephonique")),
    "sur_place": ("Sur place", ("sur place", "bureau", "bureaux", "locaux", "presentiel", "en vrai", "entreprise")),
}


@dataclass(frozen=True)
class Parsed:
    """Outcome of reading one answer: ``value`` when usable, else ``problem``."""

    value: object = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """True when the answer can be kept."""
        return self.problem is None


@dataclass(frozen=True)
class Mentor:
    """Who the mentee meets: a name (may be empty), and what they do, when said."""

    name: str
    role: str = ""
    organisation: str = ""

    @property
    def display(self) -> str:
        """How the coach names the mentor in a sentence."""
        return self.name or "votre mentor"

    @property
    def first_name(self) -> str:
        """The first name for « Bonjour Claire, »; empty when there is no real name (only a title)."""
        words_ = [w for w in self.name.split() if fold(w) not in TITLES]
        return words_[0] if len(words_) >= 1 and self.name and words_[0][:1].isupper() else ""


@dataclass(frozen=True)
class MeetingDetails:
    """Everything the preparation is built from."""

    mentor: Mentor
    starts_at: datetime | None
    has_time: bool
    format: str
    minutes: int
    first: bool
    subject: str
    area: str = ""
    measure: str = ""
    deadline: date | None = None
    goal_ids: tuple[int, ...] = field(default=())


# --- who -----------------------------------------------------------------------------------------

_ADDRESS = re.compile(r"(https?://|www\.|\S+@\S+\.\S+|\.(?:com|fr|io|org|net)\b)", re.I)
_INTRO = re.compile(
    r"^(?:(?:bonjour|salut|alors|c'est|avec|je vois|je rencontre|mon mentor|ma mentore|ma mentor|mon mentor s'appelle|"
    r"ma mentore s'appelle|il s'appelle|elle s'appelle|s'appelle|monsieur|madame|m\.|mme)\s+)+",
    re.I,
)
_ROLE_SPLIT = re.compile(r"\s*(?:,|;|\s-\s|\s–\s|\(|\bqui est\b|\bil est\b|\belle est\b|\biel est\b)\s*", re.I)
_AT = re.compile(r"(?:^|\s+)(?:chez|at|@)\s+", re.I)
_NO_ONE = re.compile(r"^(?:je (?:ne )?sais pas|jsp|aucune idee|personne|bonjour|salut|coucou|hello|euh+|"
                     r"je ne (?:le|la) connais pas|on verra|pas encore)(?:\s+\w+)?[\s!.?]*$")
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]*$|^(?:de|du|des|d'|le|la|van|von|di|da|ben|el)$")
#: Capitalised words that start a sentence but are not names (« Je ne sais pas », « Le directeur »).
_NOT_NAMES = {
    "je", "j'ai", "il", "elle", "on", "nous", "vous", "le", "la", "les", "l'", "un", "une", "des", "du", "de", "mon",
    "ma", "mes", "son", "sa", "ses", "notre", "votre", "ce", "cette", "bonjour", "salut", "oui", "non", "merci",
    "pas", "aucun", "aucune", "quelqu'un", "personne", "c'est", "avec", "dans", "pour", "euh", "bah", "ben",
}
#: Titles kept in the name but never used as a first name (« Bonjour Dr, » would be wrong).
TITLES = {"dr", "dr.", "docteur", "pr", "pr.", "professeur", "m.", "mme", "mme.", "mr", "mr.", "monsieur", "madame",
          "me", "maitre", "maître"}


def _leading_name(text: str) -> tuple[str, str]:
    """Split ``Paul Durand dev senior`` into the capitalised name words and the rest."""
    tokens = text.split()
    taken: list[str] = []
    for token in tokens:
        if not taken and fold(token) in _NOT_NAMES:
            break
        if _NAME_WORD.match(token) and (token[0].isupper() or taken):
            taken.append(token)
        else:
            break
    while taken and not taken[-1][0].isupper():  # "Paul de" -> "Paul"
        taken.pop()
    return " ".join(taken), " ".join(tokens[len(taken):])


def _split_role(rest: str) -> tuple[str, str]:
    rest = rest.strip(" ,;:.)-–")
    rest = re.sub(r"^(?:est|c'est|qui est|il est|elle est|, )\s*", "", rest, flags=re.I)
    rest = re.sub(r"^(?:du|de la|de l'|des)\s+", "", rest, flags=re.I)  # « Claire Martin du groupe Renault »
    parts = _AT.split(rest, maxsplit=1)
    role = parts[0].strip(" ,;:.)")
    organisation = parts[1].strip(" ,;:.)") if len(parts) > 1 else ""
    return role, organisation


def parse_mentor(text: str | None, person: str | None = None) -> Parsed:
    """Read ``Claire Martin, directrice data chez Doctolib`` into a :class:`Mentor`.

    ``person`` is a PER entity the NLU pipeline found in the message, used when present.
    Problems: ``empty``, ``too_long``, ``address`` (a URL or an e-mail instead of a name), ``no_name``
    (« je ne sais pas », « bonjour »: neither a name nor a description).
    """
    answer = clean(text)
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if len(answer) > MAX_MENTOR_CHARS:
        return Parsed(problem="too_long")
    if _ADDRESS.search(answer):
        return Parsed(problem="address")
    answer = _INTRO.sub("", answer).strip()
    person = clean(person)
    if person and person in answer and not _ADDRESS.search(person):
        name, rest = person, answer.split(person, 1)[1]
    else:
        head, *tail = _ROLE_SPLIT.split(answer, maxsplit=1)
        name, rest_of_head = _leading_name(head)
        rest = " ".join(part for part in (rest_of_head, *tail) if part)
        if not name:  # "mon manager" or "une dev de mon équipe": keep the description as the name
            if _NO_ONE.search(fold(answer)) or len(words(answer)) < 1:
                return Parsed(problem="no_name")
            role, organisation = _split_role(answer)
            return Parsed(Mentor(name="", role=role[:1].lower() + role[1:], organisation=organisation))
    role, organisation = _split_role(rest)
    return Parsed(Mentor(name=name.strip(), role=role, organisation=organisation))


# --- when ----------------------------------------------------------------------------------------

_UNKNOWN = re.compile(r"\b(?:pas encore|je ne sais pas|je sais pas|jsp|aucune idee|a definir|pas de date|"
                      r"pas fixe|on verra|inconnu|rien n'est fixe|rien de fixe|recontacter\w*|pas vraiment)\b")
_TIME = re.compile(r"\b(?:a\s+)?(\d{1,2})\s*(?:h|heures?|:)\s*(\d{2})?\b")
_NOON = re.compile(r"\b(?:a\s+)?midi\b")
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY = re.compile(rf"\b(?:ce\s+)?({'|'.join(_WEEKDAYS)})(?:\s+(prochain|d'apres|en huit))?\b")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_NAMES})\b(?:\s+(\d{{4}}))?")
_NUMERIC = re.compile(r"(?<![\d-])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_BARE_DAY = re.compile(r"\b(?:le|du)\s+(\d{1,2})(?:er)?\b(?!\s*(?:h|heures?|:|/|\.|min))")
_MONTH_ONLY = re.compile(rf"\b(?:en|au mois d'|au mois de|debut|fin|mi)\s*({_MONTH_NAMES})\b")
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
        ahead = (_WEEKDAYS.index(match.group(1)) - today.weekday()) % 7 or 7
        if match.group(2) == "en huit":
            ahead += 7
        return today + timedelta(days=ahead)
    settings = {
        "PREFER_DATES_FROM": "future",
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": now.replace(hour=0, minute=0, second=0, microsecond=0),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    text = re.sub(rf"\b(?:le|la|ce|{'|'.join(_WEEKDAYS)})\b", " ", folded)
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
    ``bad_time`` (25h).
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


# --- how and how long ----------------------------------------------------------------------------

_MINUTES = re.compile(r"\b(\d{1,3})\s*(?:min|mn|minutes?)\b")
_HOURS = re.compile(r"\b(\d)(?:[.,](\d))?\s*h(?:eures?)?\s*(\d{2})?(?:\s*(?:min|mn))?\b")
_WORD_DURATIONS = (
    ("une demi-heure", 30), ("une demi heure", 30), ("demi-heure", 30), ("un quart d'heure", 15),
    ("une heure et demie", 90), ("heure et demie", 90), ("une heure trente", 90), ("une heure et quart", 75),
    ("une heure quinze", 75), ("une heure quarante-cinq", 105), ("deux heures", 120), ("une petite heure", 60),
    ("une grosse heure", 75), ("une heure", 60), ("1 heure", 60),
)


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
    ``unparseable``, ``too_short`` (under 15 min), ``too_long`` (over 3 hours)."""
    folded = fold(clean(text))
    if not folded:
        return Parsed(problem="empty")
    minutes = None
    match = _HOURS.search(folded)
    if match:
        tenths = int(match.group(2) or 0)  # « 1,5 h »
        minutes = int(match.group(1)) * 60 + tenths * 6 + int(match.group(3) or 0)
    else:
        found = [int(m) for m in _MINUTES.findall(folded)]
        if found:
            minutes = max(found)  # "20-30 min" -> plan for 30
        else:
            minutes = next((value for phrase, value in _WORD_DURATIONS if phrase in folded), None)
            bare = re.fullmatch(r"\s*(\d{2,3})\s*", folded)
            if minutes is None and bare:
                minutes = int(bare.group(1))
    if minutes is None:
        return Parsed(problem="unparseable")
    if minutes < MIN_MINUTES:
        return Parsed(problem="too_short")
    if minutes > MAX_MINUTES:
        return Parsed(problem="too_long")
    return Parsed(minutes)


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


# --- how a meeting is named ----------------------------------------------------------------------

_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def format_when(starts_at: datetime | None, has_time: bool) -> str:
    """« jeudi 27 novembre 2026 à 14h00 », « le 3 décembre 2026 » or « date à fixer »."""
    if starts_at is None:
        return "date à fixer"
    day = f"{_FR_WEEKDAYS[starts_at.weekday()]} {format_date_fr(starts_at.date())}"
    return f"{day} à {starts_at.hour}h{starts_at.minute:02d}" if has_time else day
