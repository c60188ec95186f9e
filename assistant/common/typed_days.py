"""Typed shorthand in dates, undone before a date is read: SMS words (« ds 3 mois ») and days said in English by a
mentee who starts in English (« thursday, the 3rd », « yesterday »)."""

from __future__ import annotations

import re

#: SMS spellings of the words dates are written with, and English days.
_SMS = (
    (re.compile(r"\bds\b"), "dans"),
    (re.compile(r"\bencor\b"), "encore"),
    (re.compile(r"\bpr\b"), "pour"),
    (re.compile(r"\bsem\b"), "semaines"),
    (re.compile(r"\b(\d{1,3})\s*j\b"), r"\1 jours"),  # « ça fait 10j »
    # A day said in English by a mentee who starts in English (« thursday, the 3rd », « yesterday »).
    (re.compile(r"\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b"), r"le \1"),
    (re.compile(r"\byesterday\b"), "hier"),
    (re.compile(r"\btoday\b"), "aujourd'hui"),
    (re.compile(r"\bmonday\b"), "lundi"),
    (re.compile(r"\btuesday\b"), "mardi"),
    (re.compile(r"\bwednesday\b"), "mercredi"),
    (re.compile(r"\bthursday\b"), "jeudi"),
    (re.compile(r"\bfriday\b"), "vendredi"),
    (re.compile(r"\bsaturday\b"), "samedi"),
    (re.compile(r"\bsunday\b"), "dimanche"),
)


def unsms(folded: str) -> str:
    """« ds 3 mois », « pas encor fixé » -> « dans 3 mois », « pas encore fixé » (folded text)."""
    for pattern, word in _SMS:
        folded = pattern.sub(word, folded)
    return folded
