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
