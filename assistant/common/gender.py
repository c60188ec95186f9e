"""The mentor's gender, when something says it: the mentee's words first, then a title, a role, a first name.

Returns ``"f"``, ``"m"`` or ``""`` (unknown). Texts use it for a pronoun (« elle a pris du temps pour vous »)
and fall back on the mentor's name, never on « il ou elle ».
"""

from __future__ import annotations

import re

from assistant.coaching.text import fold
from assistant.common.first_names import name_gender, title_gender
from assistant.common.mentor import Mentor

_FEMININE_ROLES = re.compile(
    r"\b(?:\w+trice|\w+euse|cheffe|\w+ienne|consultante|presidente|ingenieure|avocate|experte|associee|"
    r"fondatrice|directrice|mentore|manageuse|salariee|employee|docteure|professeure|auteure|autrice)\b"
)
_MASCULINE_ROLES = re.compile(
    r"\b(?:\w+teur|\w+eur|chef|\w+ien|consultant|president|ingenieur|avocat|expert|associe|employe)\b"
)
#: What the mentee says of the mentor (folded): a subject pronoun, an object pronoun with a verb, a title.
_SAYS_FEMININE = re.compile(
    r"\belle\b|\bla (?:remercier|contacter|relancer|revoir|tutoyer|vouvoyer)\b|\bma (?:mentore|mentor)\b|"
    r"\bmadame\b|\bmme\b|\bma (?:manageuse|directrice|cheffe|responsable)\b|\bune mentore\b"
)
_SAYS_MASCULINE = re.compile(
    r"\bil (?!faut|fallait|faudra|faudrait|y a|y avait|est (?:temps|possible|important|utile))|"
    r"\ble (?:remercier|contacter|relancer|revoir|tutoyer|vouvoyer)\b|\bmonsieur\b|\bm\. [a-z]|"
    r"\bmon (?:manager|directeur|chef)\b"
)


def _from_words(text: str) -> str:
    folded = fold(text or "")
    feminine, masculine = bool(_SAYS_FEMININE.search(folded)), bool(_SAYS_MASCULINE.search(folded))
    return "f" if feminine and not masculine else "m" if masculine and not feminine else ""


def _from_role(role: str) -> str:
    folded = fold(role or "")
    feminine, masculine = bool(_FEMININE_ROLES.search(folded)), bool(_MASCULINE_ROLES.search(folded))
    return "f" if feminine and not masculine else "m" if masculine and not feminine else ""


def mentor_gender(mentor: Mentor, *said: str) -> str:
    """``"f"``, ``"m"`` or ``""``: from the mentor's title (« Mme Berthier »: whatever the notes say of others), else
    from what the mentee said (``said``), else the first name or role."""
    titled = title_gender(mentor.name or "")
    if titled:
        return titled
    for text in said:
        found = _from_words(text)
        if found:
            return found
    return name_gender(mentor.name) or _from_role(mentor.role) or ""
