"""Lengths of time written in words, as mentees type them: « trente minutes », « une demi-heure »,
« trois quarts d'heure », « une heure et quart ». Shared by the outreach ask (« un café de vingt minutes »)
and the meeting preparation (« Combien de temps durera la rencontre ? »). Digits (« 30 min ») are read by
``assistant.common.dates.MINUTES`` and each caller's hour pattern."""

from __future__ import annotations

import re

from assistant.coaching.text import fold, words
from assistant.common.dates import MINUTES

#: Phrases with « heure » and more than one number in them: read before the minutes alone, so that « une heure
#: quarante-cinq » is 105 minutes, not 45 (folded text).
_HOUR_AND_MINUTES = (
    ("une heure et demie", 90),
    ("heure et demie", 90),
    ("une heure trente", 90),
    ("heure trente", 90),
    ("une heure et quart", 75),
    ("une heure quinze", 75),
    ("une heure quarante-cinq", 105),
    ("une heure quarante cinq", 105),
    ("une heure moins le quart", 45),
)
#: Numbers of minutes in words (folded).
_MINUTE_NUMBERS = {
    "dix": 10,
    "quinze": 15,
    "vingt": 20,
    "vingt-cinq": 25,
    "vingt cinq": 25,
    "trente": 30,
    "quarante": 40,
    "quarante-cinq": 45,
    "quarante cinq": 45,
    "cinquante": 50,
    "soixante": 60,
    "quatre-vingt-dix": 90,
}
#: « trente minutes », « vingt-cinq min » (group 1: the number in words; folded text).
WORD_MINUTES = re.compile(rf"\b({'|'.join(sorted(_MINUTE_NUMBERS, key=len, reverse=True))})\s*(?:min|mn|minutes?)\b")
#: Other lengths in words, the longer phrase before the one it contains.
_PHRASES = (
    ("trois heures", 180),
    ("deux heures", 120),
    ("trois quarts d'heure", 45),
    ("trois quart d'heure", 45),
    ("3/4 d'heure", 45),
    ("3/4 h", 45),
    ("demi-heure", 30),
    ("demi heure", 30),
    ("demie heure", 30),
    ("demie-heure", 30),
    ("quart d'heure", 15),
    ("une dizaine de minutes", 10),
    ("une quinzaine de minutes", 15),
    ("une vingtaine de minutes", 20),
    ("une trentaine de minutes", 30),
    ("une quarantaine de minutes", 40),
    ("une cinquantaine de minutes", 50),
    ("une grosse heure", 75),
    ("une petite heure", 60),
    ("une heure", 60),
    ("1 heure", 60),
)


def word_minutes(folded: str) -> int | None:
    """The length written in words in ``folded`` (lower-cased, unaccented text), in minutes, or None."""
    folded = folded.replace(" d heure", " d'heure")  # « un quart d heure », typed without the apostrophe
    found = next((value for phrase, value in _HOUR_AND_MINUTES if phrase in folded), None)
    if found is None:
        match = WORD_MINUTES.search(folded)
        found = _MINUTE_NUMBERS[match.group(1)] if match else None
    if found is None:
        found = next((value for phrase, value in _PHRASES if phrase in folded), None)
    return found


#: Hours in digits (« 1h », « 2 heures », « 1h30 »); minutes in digits are ``MINUTES``.
_DIGIT_HOURS = re.compile(r"\b\d{1,3}\s*(?:h|heures?)\b|\b\d\s*h\s*\d{2}\b")


def reads_as_a_length(text: str | None) -> bool:
    """Whether a short message is a length of time and little else (« Trente minutes », « 1h30 max »): an answer
    to « combien de temps ? », not small talk."""
    folded = fold(text or "")
    return len(words(folded)) <= 5 and bool(
        MINUTES.search(folded) or _DIGIT_HOURS.search(folded) or word_minutes(folded)
    )
