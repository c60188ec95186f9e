"""Who gives feedback to whom, in a check-in's answer about feedback (folded text, see ``answers._plain``).

The question asks whether feedback goes both ways, and mentees answer with one side or both: « elle me fait des
retours francs » (the mentor gives; the mentee's side not said), « c'est moi qui ne lui en donne pas » (the mentee
does not give), « je lui en donne mais il ne m'en fait pas ». Each side is read as given (True), not given (False)
or not said (None); a negation (« ne … pas », « jamais », « n'ose pas », « du mal à ») turns a side to False."""

from __future__ import annotations

import re

_VERBS = (
    r"(?:fai[st]|faire|donnes?|donner|di[st]|dire|renvoie|partage|partager|fourni[st]|apporte|envoie|transmet|propose"
    r"|ai\s+(?:\w+\s+)?(?:fait|donne|dit))"
)
_NEGATION = r"(?P<neg>\s+(?:\w+\s+)?(?:pas|jamais|rien|plus|guere|que rarement)\b)?"

#: The mentor gives feedback to the mentee: « elle me fait des retours », « il m'en donne », « j'en reçois ».
_FROM_MENTOR = re.compile(
    r"\b(?:il|elle|iel|mon mentor|ma mentore)(?:\s+qui)?\s+(?P<ne>n(?:e\s+|'))?(?:\w+\s+)?m(?:e\s+|')(?:en\s+)?"
    + _VERBS
    + _NEGATION
    + r"|\bj(?:e\s+|')(?P<ne2>n(?:e\s+|'))?(?:en\s+)?re[cç]oi[st]"
    + r"(?P<neg2>\s+(?:\w+\s+)?(?:pas|jamais|rien|plus|guere)\b)?"
    + r"|\b(?:ses|les siens?)\s+(?:retours|feedbacks?|critiques|remarques|avis)\b"
    + r"|\b(?P<lack>pas|rien|aucun retour) de sa part\b|\bde sa part\b"
    + r"|\b(?:lui|elle)(?:,)?\s+(?:oui|aussi|egalement)\b|\b(?:lui|elle)(?:,)?\s+(?P<no>non|pas|jamais)\b"
)

#: The mentee gives feedback to the mentor: « je lui en donne », « c'est moi qui ne lui en donne pas ».
_TO_MENTOR = re.compile(
    r"\b(?:je|j'|moi qui)\s*(?P<ne>n(?:e\s+|'))?(?P<hard>(?:ose|arrive|sais|pense)\s+(?:pas|jamais|plus)\s+(?:a\s+)?"
    r"|ai\s+(?:du mal|peur|de la peine|honte)\s+(?:a|de)\s+|evite\s+de\s+)?lui\s+(?:en\s+)?"
    + _VERBS
    + _NEGATION
    + r"|\b(?:moi|de mon cote)(?:,)?\s+(?:aussi|egalement)\b(?P<yes>)"
    + r"|\b(?P<lack>pas|rien) de mon cote\b|\bde mon cote\b"
    + r"|\bmoi(?:,)?\s+(?P<no>non|pas|jamais|moins|rarement)\b|\bmoi(?:,)?\s+(?P<yes2>oui)\b"
)

_NEGATIVE_GROUPS = ("ne", "ne2", "neg", "neg2", "hard", "lack", "no")


def _side(pattern: re.Pattern[str], text: str) -> bool | None:
    """True when ``text`` says that side gives feedback, False when it says it does not, None when not said."""
    said: bool | None = None
    for match in pattern.finditer(text):
        groups = match.groupdict()
        if any(groups.get(name) is not None for name in _NEGATIVE_GROUPS):
            return False  # a negation is the more specific statement
        said = True
    return said


def from_mentor(text: str) -> bool | None:
    """Whether the mentor gives the mentee feedback, as ``text`` says (None when it does not say)."""
    return _side(_FROM_MENTOR, text)


def to_mentor(text: str) -> bool | None:
    """Whether the mentee gives the mentor feedback, as ``text`` says (None when it does not say)."""
    return _side(_TO_MENTOR, text)


#: « que lui », « surtout elle », « seulement de sa part »: the side named is the only one.
_ONLY = re.compile(r"\b(?:que|seulement|juste|uniquement|surtout|toujours)\s+(?:lui|elle|de sa part)\b")
_ONLY_ME = re.compile(r"\b(?:que|seulement|juste|uniquement|surtout|toujours)\s+(?:moi|de mon cote)\b")


def direction(text: str) -> str:
    """``both``, ``from_mentor`` (the mentor gives, the mentee does not), ``to_mentor`` (the reverse), ``received``
    (the mentor gives; the other side not said), ``given`` (the mentee gives; the other side not said), ``none``
    (neither gives), ``not_received`` or ``not_given`` (one side said not to give, the other not said), or ""
    when ``text`` names no side."""
    received, given = from_mentor(text), to_mentor(text)
    if received is None and _ONLY.search(text):
        received, given = True, False
    if given is None and _ONLY_ME.search(text):
        received, given = False, True
    if received and _ONLY.search(text) and given is None:
        given = False
    if given and _ONLY_ME.search(text) and received is None:
        received = False
    table = {
        (True, True): "both",
        (True, False): "from_mentor",
        (False, True): "to_mentor",
        (True, None): "received",
        (None, True): "given",
        (False, False): "none",
        (False, None): "not_received",
        (None, False): "not_given",
    }
    return table.get((received, given), "")
