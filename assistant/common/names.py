"""People's names as a letter writes them: « julien moreau » -> « Julien Moreau », « jean-marc » -> « Jean-Marc »."""

from __future__ import annotations

from dataclasses import replace

from assistant.common.mentor import Mentor

#: Particles that stay in lower case inside a name (« Jean de La Fontaine » keeps « de »).
PARTICLES = {"de", "du", "des", "d'", "van", "von", "der", "di", "da", "del", "la", "le"}


def proper_name(name: str) -> str:
    """``name`` with capitals where a name has them, when it was typed all in lower case; else as written."""
    name = " ".join((name or "").split())
    if not name or name != name.lower():
        return name
    words = name.split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word in PARTICLES:
            out.append(word)
            continue
        out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)


def proper_mentor(mentor: Mentor) -> Mentor:
    """The mentor with their name capitalised (« claire martin » -> « Claire Martin »)."""
    return replace(mentor, name=proper_name(mentor.name))


#: Titles and how a letter writes them in full (folded keys).
_TITLES = {
    "mme": "Madame",
    "madame": "Madame",
    "m.": "Monsieur",
    "m": "Monsieur",
    "monsieur": "Monsieur",
    "mr": "Monsieur",
}
#: Titles a mentee uses to show respect for a profession (folded keys): the letter keeps them in every register,
#: with the surname (« Bonjour Maître Fontaine, »), never the first name alone.
HONORIFICS = {
    "maitre": "Maître",
    "me": "Maître",
    "docteur": "Docteur",
    "dr": "Docteur",
    "professeur": "Professeur",
    "pr": "Professeur",
}
#: A name that starts with an article names several people or a family (« Les Dupont »): no first name to greet.
_ARTICLES = {"les", "le", "la"}


def without_title(mentor: Mentor) -> str:
    """The mentor's name without « Mme », « M. »: how they would sign (« Lefort », « Paul Durand »)."""
    words = proper_name(mentor.name).split()
    if words and _folded(words[0]) in {*_TITLES, *HONORIFICS} and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _folded(word: str) -> str:
    return word.lower().rstrip(".").replace("î", "i")


def honorific(mentor: Mentor) -> str:
    """« Maître Fontaine » for « Maître Isabelle Fontaine », « Docteur Roy » for « Dr Roy »; "" without such a title."""
    words = proper_name(mentor.name).split()
    title = HONORIFICS.get(_folded(words[0])) if len(words) > 1 else None
    return f"{title} {words[-1]}" if title else ""


def greeting_name(mentor: Mentor) -> str:
    """Who « Bonjour … , » names: the first name, « Madame Lefort » for « Mme Lefort », "" when there is neither."""
    name = proper_name(mentor.name)
    words = name.split()
    if not words or words[0].lower() in _ARTICLES:
        return ""
    titled = honorific(mentor)
    if titled:
        return titled
    title = _TITLES.get(words[0].lower().rstrip("."))
    if title and len(words) > 1:  # « Monsieur Durand », also for « M. Paul Durand »
        return f"{title} {' '.join(words[2:] if len(words) > 2 else words[1:])}"
    return replace(mentor, name=name).first_name


def known_as(mentor: Mentor, known: list[Mentor]) -> Mentor:
    """``mentor`` named as the mentee already named them: « Mme Dubreuil » or « Dubreuil » is « Claire Dubreuil »
    when exactly one known mentor has that surname (the role said now is kept, else the known one); else as is."""
    words = proper_name(mentor.name).split()
    if words and _folded(words[0]) in _TITLES:
        words = words[1:]
    if len(words) != 1:  # a first name and a surname say who it is already
        return mentor
    surname = words[0].lower()
    same = {m.name: m for m in known if len(m.name.split()) > 1 and m.name.split()[-1].lower() == surname}
    if len(same) != 1:
        return mentor
    found = next(iter(same.values()))
    return replace(
        mentor,
        name=found.name,
        role=mentor.role or found.role,
        organisation=mentor.organisation or (found.organisation if not mentor.role else ""),
    )
