"""Whose « tu » the mentee asks for: the assistant's own (« tutoie-moi », « on peut se tutoyer ? »), which it
answers by keeping « vous » and inviting the mentee to say « tu », or a text's (« tutoie-le », under a draft)."""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold, words

#: The mentee asks the assistant itself to say « tu » (« on peut se tutoyer ? », « tutoie-moi »), not a draft's tone.
TU_TO_ME = re.compile(
    r"\b(?:se tutoy\w*|se tutoie|me tutoy\w*|tutoie[- ]moi|tutoyez[- ]moi|pas fan du vous|on se dit tu)\b"
)
#: The same, said of the mentee in so many words (« tu peux me tutoyer », « le vous ça me saoule »): never a text's.
_TU_TO_ME_ONLY = re.compile(
    r"\b(?:me tutoy\w*|tutoie[- ]moi|tutoyez[- ]moi|pas fan du vous|le vous,? (?:ca|c'est) (?:me|trop|pas)|"
    r"nous tutoyer|(?:vous|toi) et moi)"
)
#: Beyond this many words, « on se tutoie » tells of the mentee and someone else (« ma mentore et moi on se tutoie »).
TU_TO_ME_MAX_WORDS = 8
#: « on se tutoie avec elle », « mon mentor et moi on se tutoie »: someone else is who the mentee tutoie.
_SOMEONE_ELSE = re.compile(r"\b(?:avec (?:elle|lui)|mon mentor|ma mentore)\b")


def tu_to_me(text: str | None, text_shown: bool) -> bool:
    """Whether ``text`` asks the assistant to say « tu » to the mentee. Under a draft or a note just shown
    (``text_shown``), « on se tutoie » is about that text; « tutoie-moi » never is."""
    folded = fold(clean(text))
    short = len(words(folded)) <= TU_TO_ME_MAX_WORDS and not _SOMEONE_ELSE.search(folded)
    return bool(_TU_TO_ME_ONLY.search(folded) or (not text_shown and short and TU_TO_ME.search(folded)))
