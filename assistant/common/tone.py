"""The mentee's « tu » or « vous » with a mentor (the tone): asked in words, and the latest one used with that mentor.

The tone is the mentee's to the mentor; the coach always says « vous » to the mentee. What the mentee writes or
says to one mentor (the outreach draft, the thank-you note, the meeting's questions, the check-in's opening
sentence) follows the tone last used with that mentor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.coaching.text import clean, fold
from assistant.common.mentor import TITLES

TONES = ("vous", "tu")

_TU = re.compile(r"\btutoi\w*|\btutoy\w*|\ben tu\b|\bau tu\b|\ben mode tu\b")
_VOUS = re.compile(r"\bvouvoi\w*|\bvouvoy\w*|\ben vous\b|\bau vous\b")
_NEGATED = re.compile(r"\b(?:ne|n'|pas de|sans|plutot que|surtout pas)\b")


def parse_tone(text: str | None) -> str | None:
    """``tu`` for « tutoie-le », « on se tutoie », « en tu »; ``vous`` for « vouvoiement », « vous »; else None.

    A negation next to the word flips it: « ne la tutoie pas » means ``vous`` (« il ne s'agit pas d'une rencontre :
    repassez au vouvoiement » is ``vous``). When both are named, the last one asked wins (« le brouillon est au
    tutoiement, je souhaite le vouvoiement »).
    """
    folded = fold(clean(text))
    said = sorted(
        [(m.start(), m.end(), "tu") for m in _TU.finditer(folded)]
        + [(m.start(), m.end(), "vous") for m in _VOUS.finditer(folded)]
    )
    wanted = []
    for start, end, tone in said:
        negated = _NEGATED.search(folded[max(0, start - 20) : start]) or re.match(r"[\w-]*\s+pas\b", folded[end:])
        wanted.append(("vous" if tone == "tu" else "tu") if negated else tone)
    if wanted:
        return wanted[-1]
    if re.search(r"^(?:tu|en tu|le tu)$", folded.strip(" .!")):
        return "tu"
    if re.search(r"\bvous\b", folded):
        return "vous"
    return None


@dataclass(frozen=True)
class Said:
    """Something written to a mentor in a tone: who it was for (as named), the tone, when (an ISO stamp)."""

    mentor: str
    tone: str
    at: str


def _name_words(name: str) -> list[str]:
    return [w for w in fold(clean(name)).replace("’", "'").split() if w not in TITLES]


def same_mentor(a: str, b: str) -> bool:
    """Whether two ways of naming a mentor name the same person: the same words, titles aside (« Mme Lemaire » and
    « Madame Lemaire »), or the same first word when one of them is a single word (« Claire Martin », « claire »)."""
    first, second = _name_words(a), _name_words(b)
    if not first or not second:
        return False
    return first == second or ((len(first) == 1 or len(second) == 1) and first[0] == second[0])


def tone_with(mentor: str, said: Iterable[Said], default: str = "vous") -> str:
    """The tone of the latest thing written to ``mentor`` (``default`` when nothing was), by ``at``."""
    same = [(s.at, n, s.tone) for n, s in enumerate(said) if s.tone in TONES and same_mentor(s.mentor, mentor)]
    return max(same)[2] if same else default  # the latest; at the same second, the one listed last
