"""A correction of the check-in summary just shown: « pour les retours tu as mis « pas d'échange récent » alors
qu'elle m'en fait souvent ; c'est moi qui ne lui en donne pas ». The line named (rhythm, expectations, feedback,
trust) is read again from what follows the correction word (« alors que », « mais », « en fait »), the words the
coach had put, quoted, left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checkin.answers import READERS
from assistant.coaching.text import clean, fold_same_length

#: The summary's lines, by the words a mentee uses to name them.
_LINES = (
    ("checkin_feedback", re.compile(r"\b(?:retours?|feedbacks?)\b")),
    ("checkin_rhythm", re.compile(r"\b(?:rythme|frequence)\b")),
    ("checkin_expectations", re.compile(r"\battentes?\b")),
    ("checkin_trust", re.compile(r"\bconfiance\b")),
)
#: A word that says the summary got it wrong (« tu as mis », « ce n'est pas ça », « alors que »).
_WRONG = re.compile(
    r"\b(?:tu as|vous avez) (?:mis|ecrit|note|resume|compris)\b|\bce n'est pas (?:ca|ce que)\b|\bc'est faux\b"
    r"|\bpas du tout ce que\b|\bje n'ai pas dit\b|\berreur\b|\bse trompe|\btrompe\b|\bcorrige"
)
#: Where the mentee's own version starts.
_TURN = re.compile(r"\balors qu(?:e |')|\bmais\b|\ben fait\b|\ben realite\b|\bplutot\b|\bau contraire\b")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")


@dataclass(frozen=True)
class Correction:
    """The line corrected, the mentee's own version of it, and what that version signals."""

    slot: str
    answer: str
    signal: str


def read_correction(text: str | None) -> Correction | None:
    """The correction ``text`` makes to a check-in summary, or None when it names no line, says nothing is wrong,
    or its version gives no clear signal."""
    plain = clean(text)
    folded = fold_same_length(plain)  # positions in it are positions in ``plain``
    if not _WRONG.search(folded):
        return None
    named = [slot for slot, pattern in _LINES if pattern.search(folded)]
    if len(named) != 1:
        return None
    turn = _TURN.search(folded)
    version = plain[turn.end() :] if turn else _QUOTED.sub(" ", plain)
    version = clean(_QUOTED.sub(" ", version)).strip(" ;,.")
    signal = READERS[named[0]](version) if version else "unclear"
    return Correction(named[0], version, signal) if signal != "unclear" else None
