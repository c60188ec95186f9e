"""Wording choices of a first message that depend on the mentee's own words (French review, issue #15).

- :func:`plain`: familiar words the mentee typed, in the words a letter uses (« mon prof » -> « mon
  professeur »); in the formal register also the office anglicisms and casual verbs (« tes posts » ->
  « tes publications », « ma manager » -> « ma responsable », « décrocher » -> « obtenir »).
- :func:`undislocated`: « tes campagnes c'est vraiment impressionnant » (spoken syntax) -> « tes campagnes ».
- :func:`pluperfect`: « vous avez monté » after « J'ai vu que » -> « vous aviez monté ».
- :func:`expertise`: the mentor's role as the message names it, without repeating the goal or the draw
  (« médecin de santé publique » when the goal is « reprendre des études de santé publique » -> « médecin »).
- :func:`met_extra`: the mentee's addition when it recalls a meeting (« je l'ai rencontrée à Lyon »): it
  belongs in the how-we-know-each-other part, agreed with the mentor's gender.
- :data:`ASK_PHRASES`: each small meeting sized (« un échange de 30 minutes en visio ») and granted
  (« m'accorder 20 minutes autour d'un café »: one grants time, not a coffee).
"""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold
from assistant.common.french import elide
from assistant.common.spelling import before_a_vowel
from assistant.common.spelling_words import CLIPPINGS, FAMILIAR_PHRASES

#: Anglicisms and casual words a formal letter rewrites.
_FORMAL = {
    "posts": "publications",
    "post": "publication",
    "décrocher": "obtenir",
    "décroché": "obtenu",
    "décrochée": "obtenue",
    "top": "excellent",
    "super": "très",
    "startup": "start-up",
    "startups": "start-up",
    "boss": "responsable",
    "job": "poste",
    "jobs": "postes",
}
#: « ma manager », « mon manager »: a relationship, which a formal letter names « responsable ».
_MANAGER = re.compile(r"\b(ma|mon|sa|son|ta|ton|votre|notre) (?:manager|boss|n\+1)\b", re.I)
#: Titles written with a hyphen (« experte comptable » -> « experte-comptable »).
_COMPOUND = re.compile(r"\b(experts?|expertes?) (comptables?)\b", re.I)
#: A word on its own (« d'» or « l'» in front is fine; « post-doc » and « start-up » are left alone).
_WORD = re.compile(r"(?<![\w-])(\w+)(?![\w-])")

#: Words that carry the familiar tone the formal register must not keep (tests use this list too).
FAMILIAR_WORDS = frozenset(
    set(CLIPPINGS) | {"boîte", "boîtes", "truc", "trucs"} | set(_FORMAL) - {"super", "top", "startup", "startups"}
)


def plain(text: str, formal: bool) -> str:
    """``text`` with familiar words replaced (and, when ``formal``, the casual ones too); case kept."""
    if not text:
        return text
    text = _COMPOUND.sub(lambda m: f"{m.group(1)}-{m.group(2)}", text)
    if formal:
        text = _MANAGER.sub(lambda m: f"{m.group(1)} responsable", text)
    for pattern, plain_words in FAMILIAR_PHRASES:
        text = re.sub(pattern, plain_words, text, flags=re.I)
    table = {**CLIPPINGS, **(_FORMAL if formal else {})}

    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        plain_word = table.get(word.lower()) or CLIPPINGS.get(fold(word))
        if plain_word is None:
            return word
        return plain_word.capitalize() if word[:1].isupper() else plain_word

    return before_a_vowel(_WORD.sub(swap, text))


#: « <noun phrase> c'est <judgement> », the spoken dislocation (no comma, « c'est » for a plural too).
_DISLOCATION = re.compile(r"^(?P<np>.+?),?\s+(?:c'est|c’est|c'était|ça a été|ça fait)\s+(?P<rest>.+)$", re.I)
_NP_START = re.compile(
    r"^(?:le|la|l'|les|un|une|des|du|son|sa|ses|votre|vos|ton|ta|tes|ce|cet|cette|ces|leur|leurs)\b", re.I
)


def undislocated(draw: str) -> str:
    """« tes campagnes c'est vraiment impressionnant » -> « tes campagnes »; any other text as it is."""
    found = _DISLOCATION.match(clean(draw))
    if not found or not _NP_START.match(found.group("np")) or len(found.group("np").split()) < 2:
        return draw
    return found.group("np").rstrip(" ,")


_PAST = {"vous avez": "vous aviez", "tu as": "tu avais", "vous êtes": "vous étiez", "tu es": "tu étais"}


def pluperfect(clause: str) -> str:
    """The clause after « J'ai vu que »: a passé composé of the mentor's becomes a plus-que-parfait."""
    return re.sub(r"^(vous avez|tu as|vous êtes|tu es)\b", lambda m: _PAST[m.group(1)], clause)


_STOP = {"de", "du", "des", "d", "la", "le", "les", "l", "en", "et", "un", "une", "a", "au", "aux", "chez", "dans"}


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _STOP and len(w) > 2]


def _shares(role: str, text: str) -> bool:
    """True when ``role`` and ``text`` share a job word (« data scientist », « santé publique »)."""
    role_words = _content_words(role)
    words = set(_content_words(text))
    if len(role_words) == 1:
        return role_words[0] in words
    pairs = {" ".join(p) for p in zip(role_words, role_words[1:], strict=False)}
    text_words = _content_words(text)
    return bool(pairs & {" ".join(p) for p in zip(text_words, text_words[1:], strict=False)})


_HEAD_OF = re.compile(r"\bhead of (\w+)", re.I)


def expertise(role: str, organisation: str, *said: str) -> str:
    """« de directrice data chez Doctolib », « chez Back Market », « de médecin » or "".

    The role is dropped when the goal or the draw (``said``) already names it, so a draft never says
    « devenir responsable marketing digital … ton expérience de responsable marketing »; a role that ends
    with the goal's words keeps its head (« médecin de santé publique » -> « médecin »).
    """
    role = _HEAD_OF.sub(lambda m: f"Head of {m.group(1).capitalize()}", role)
    for text in said:
        if role and _shares(role, text):
            head = role.split(" de ", 1)[0] if " de " in role else ""
            role = head if head and not _shares(head, text) else ""
    if role and organisation:
        return f"{elide('de', role)} chez {organisation}"
    if role:
        return elide("de", role)
    return f"chez {organisation}" if organisation else ""


#: An addition that recalls how the mentee and the mentor met.
_MET = re.compile(
    r"\b(?:ai|avons|a|as|avez|sommes|s'est|s est|se sont)\s+(?:deja\s+|eu l'occasion de\s+)?"
    r"(?:rencontr|crois|connu|vu|parle|discute|echange|travaille|ecoute|assiste)\w*",
)


def met_extra(extra: str) -> bool:
    """True when the mentee's addition recalls a meeting (« Je t'ai rencontrée à Lyon »)."""
    return bool(_MET.search(fold(extra)))


_PLACE = re.compile(r",?\s+(?:à|au|aux|en)\s+[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)*$")


def without_place_of(intro: str, extra: str) -> str:
    """« Léa, étudiante à Lyon » without « à Lyon » when the reminder says it (« je t'ai rencontrée à Lyon »)."""
    place = _PLACE.search(extra)
    if place and intro.endswith(place.group(0).strip(" ,")):
        return intro[: -len(place.group(0).strip(" ,"))].rstrip(" ,")
    return intro


def agreed(extra: str, gender: str) -> str:
    """« je t'ai rencontrée » to a man -> « je t'ai rencontré » (and the other way round)."""
    if gender == "m":
        return re.sub(r"\b((?:t'|vous )ai \w+?é)e\b", r"\1", extra)
    if gender == "f":
        return re.sub(r"\b((?:t'|vous )ai \w+?é)(?![\w])", r"\1e", extra)
    return extra


#: For each small meeting (key of ``ASKS``): sized, granted (« m'accorder 20 minutes … ») and « lors de ».
ASK_PHRASES: dict[str, tuple[str, str, str]] = {
    "call": ("un court appel de {n} minutes", "pour un court appel", "lors d'un court appel de {n} minutes"),
    "coffee": ("un café de {n} minutes", "autour d'un café", "autour d'un café de {n} minutes"),
    "video": (
        "un échange de {n} minutes en visio",
        "pour un échange en visio",
        "lors d'un échange de {n} minutes en visio",
    ),
}


def ask_fields(key: str, minutes: object) -> dict[str, str]:
    """The ask as the sentences use it: ``ask_sized``, ``ask_for`` and ``ask_during``."""
    sized, granted, during = ASK_PHRASES.get(key, ASK_PHRASES["call"])
    return {"ask_sized": sized.format(n=minutes), "ask_for": granted, "ask_during": during.format(n=minutes)}
