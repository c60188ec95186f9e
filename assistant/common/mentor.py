"""The mentor a mentee writes to or meets, and reading who they are from the mentee's answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold, words
from assistant.common.answers import Parsed

MAX_MENTOR_CHARS = 200


@dataclass(frozen=True)
class Mentor:
    """Who the mentee meets: a name (may be empty), and what they do, when said."""

    name: str
    role: str = ""
    organisation: str = ""

    @classmethod
    def from_slots(cls, slots: dict, prefix: str) -> Mentor:
        """From the form slots ``<prefix>``, ``<prefix>_role`` and ``<prefix>_org`` (missing ones empty)."""
        return cls(slots.get(prefix) or "", slots.get(f"{prefix}_role") or "", slots.get(f"{prefix}_org") or "")

    @property
    def display(self) -> str:
        """How the coach names the mentor in a sentence."""
        return self.name or "votre mentor"

    @property
    def first_name(self) -> str:
        """The first name for « Bonjour Claire, »; empty when there is no real name (only a title)."""
        words_ = [w for w in self.name.split() if fold(w) not in TITLES]
        return words_[0] if len(words_) >= 1 and self.name and words_[0][:1].isupper() else ""


_ADDRESS = re.compile(r"(https?://|www\.|\S+@\S+\.\S+|\.(?:com|fr|io|org|net)\b)", re.I)
_INTRO = re.compile(
    r"^(?:(?:bonjour|salut|alors|c'est|avec|je vois|je rencontre|mon mentor|ma mentore|ma mentor|mon mentor s'appelle|"
    r"ma mentore s'appelle|il s'appelle|elle s'appelle|s'appelle|monsieur|madame|m\.|mme)\s+)+",
    re.I,
)
_ROLE_SPLIT = re.compile(r"\s*(?:,|;|\s-\s|\s–\s|\(|\bqui est\b|\bil est\b|\belle est\b|\biel est\b)\s*", re.I)
_AT = re.compile(r"(?:^|\s+)(?:chez|at|@)\s+", re.I)
_NO_ONE = re.compile(
    r"^(?:je (?:ne )?sais pas|jsp|aucune idee|personne|bonjour|salut|coucou|hello|euh+|"
    r"je ne (?:le|la) connais pas|on verra|pas encore)(?:\s+\w+)?[\s!.?]*$"
)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]*$|^(?:de|du|des|d'|le|la|van|von|di|da|ben|el)$")
#: Capitalised words that start a sentence but are not names (« Je ne sais pas », « Le directeur »).
_NOT_NAMES = {
    "je",
    "j'ai",
    "il",
    "elle",
    "on",
    "nous",
    "vous",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "mon",
    "ma",
    "mes",
    "son",
    "sa",
    "ses",
    "notre",
    "votre",
    "ce",
    "cette",
    "bonjour",
    "salut",
    "oui",
    "non",
    "merci",
    "pas",
    "aucun",
    "aucune",
    "quelqu'un",
    "personne",
    "c'est",
    "avec",
    "dans",
    "pour",
    "euh",
    "bah",
    "ben",
}
#: Titles kept in the name but never used as a first name (« Bonjour Dr, » would be wrong).
TITLES = {
    "dr",
    "dr.",
    "docteur",
    "pr",
    "pr.",
    "professeur",
    "m.",
    "mme",
    "mme.",
    "mr",
    "mr.",
    "monsieur",
    "madame",
    "me",
    "maitre",
    "maître",
}


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
    return " ".join(taken), " ".join(tokens[len(taken) :])


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
