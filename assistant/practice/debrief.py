"""The debrief notes (advice, next steps) as pieces of a thank-you note: corrected, addressed to the mentor.

The mentee writes their notes for themselves: « elle m'a conseillé de passer le DSCG ; bosser la tresorerie »,
« je lui envoie mon CV ». A piece goes into the note only once it is a phrase a careful writer would send:

- split on line breaks, « ; », full stops and bullets; lead-ins dropped (« elle m'a conseillé de », « à
  retenir : », « je dois »);
- spelling corrected where sure (:mod:`assistant.common.spelling`), otherwise the piece is left out;
- said to the mentor (« son livre » -> « votre livre », « je lui envoie » -> « je vous envoie »);
- sorted by shape: an infinitive (« passer le DSCG »), a noun phrase (« la trésorerie »), or a first-person
  clause (« je vous envoie mon CV »); anything else is left out rather than pasted.

Nothing is cut: a piece longer than ``MAX_PIECE_CHARS`` is left out, and at most ``MAX_PIECES`` are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold_same_length
from assistant.common.french import starts_with_vowel
from assistant.common.person import to_second_person
from assistant.common.spelling import correct, is_infinitive
from assistant.common.tutoiement import tu_possessive

MAX_PIECE_CHARS = 110
MAX_PIECES = 2

_SPLIT = re.compile(r"\s*(?:[\n;•]|(?<=[a-zà-ÿ0-9)])[.!]\s+|^\s*[-*]\s+|\s+-\s+|\s*\+\s+)\s*")
_LEAD_IN = re.compile(
    r"^(?:(?:ses|les|son|sa|mes|vos|votre|ton|tes|des)\s+)?(?:conseils?|idees?|pistes?|a retenir|retenu|notes?|"
    r"points? cles?|(?:prochaines? )?etapes?|next steps?|todo|a faire|actions?)\s*:\s*"
    r"|^(?:(?:il|elle|iel|on|mon mentor|ma mentore)\s+(?:m'a|ma|m a|nous a)\s+(?:bien |surtout |beaucoup |vivement )?"
    r"(?:conseille|recommande|suggere|dit|propose|explique|encourage|pousse|invite)e?\s+(?:de |d'|a ))"
    r"|^(?:j'ai retenu|je retiens|a retenir|retenu)\s*:?\s*(?:qu'il faut|qu'il faudrait|que|qu'|de |d')?\s*"
    r"|^(?:il faut|il faudrait|je dois|je devrais|je vais|on a convenu que je|on a convenu de|on a dit que je|"
    r"on s'est dit que je|moi\s*:)\s*"
)
_DETERMINERS = re.compile(
    r"^(?:le|la|les|l'|un|une|des|du|mon|ma|mes|votre|vos|ton|ta|tes|ce|cet|cette|ces|son|sa|ses|l'importance|"
    r"l'interet|plusieurs|deux|trois|quelques)\b|^l'"
)
_REFLEXIVE = re.compile(r"^(?:se |s'|me |m')", re.I)
_QUESTION_OR_GREETING = re.compile(r"\?|^(?:bonjour|salut|coucou|hello|merci)\b", re.I)


@dataclass(frozen=True)
class Piece:
    """One usable piece: its text (addressed to the mentor in ``tone``) and its shape."""

    text: str
    shape: str  # infinitive | noun | clause


@dataclass(frozen=True)
class Pieces:
    """The usable pieces of an answer, and whether some of it was left out (and why, in words)."""

    kept: tuple[Piece, ...]
    left_out: tuple[str, ...] = ()

    def of_shape(self, *shapes: str) -> tuple[Piece, ...]:
        """The kept pieces of these shapes, in order."""
        return tuple(piece for piece in self.kept if piece.shape in shapes)


def _drop_lead_in(text: str) -> str:
    for _ in range(2):  # « à retenir : elle m'a conseillé de … »
        match = _LEAD_IN.match(fold_same_length(text))
        if not match or not match.end():
            break
        text = text[match.end() :].strip()
    return text


#: A pronoun for the mentor before an infinitive, in the mentee's notes (« lui envoyer mon CV »).
_TO_MENTOR = re.compile(r"^(?:lui|leur) (?=\w)", re.I)


def _to_mentor(text: str, tone: str) -> str:
    """« lui envoyer mon CV » -> « vous envoyer mon CV » (« t'envoyer » in tu)."""
    match = _TO_MENTOR.match(text)
    if not match:
        return text
    rest = to_second_person(text[match.end() :], tone)
    if tone == "vous":
        return f"vous {rest}"
    return f"t'{rest}" if starts_with_vowel(rest) else f"te {rest}"


def _shape(text: str) -> str:
    text = _TO_MENTOR.sub("", text)
    folded = fold_same_length(text)
    first = text.split(" ", 1)[0].replace("’", "'")
    if _REFLEXIVE.match(text):
        rest = re.sub(r"^(?:se |s'|me |m')", "", text, flags=re.I).split(" ", 1)[0]
        return "infinitive" if is_infinitive(rest) else ""
    if is_infinitive(first):
        return "infinitive"
    if _DETERMINERS.match(folded):
        return "noun"
    if re.match(r"^(?:je|j')", folded):
        return "clause"
    return ""


def _own_reflexive(text: str) -> str:
    """« se former » in the mentee's notes means themselves: « me former »."""
    return re.sub(r"^se ", "me ", re.sub(r"^s'", "m'", text))


_SECOND = re.compile(r"(?<![\w-])(t'|te|toi|ton|ta|tes|vous|votre|vos)\b(\s*)(\S*)", re.I)


def retone(text: str, tone: str) -> str:
    """The mentee's « tu » or « vous » to the mentor in the note's ``tone`` (« je t'envoie » -> « je vous envoie »)."""

    def swap(match: re.Match) -> str:
        word, space, following = match.group(1).lower(), match.group(2), match.group(3)
        if tone == "vous":
            new = {"t'": "vous ", "te": "vous", "toi": "vous", "ton": "votre", "ta": "votre", "tes": "vos"}.get(word)
        else:
            new = {
                "vous": "t'" if starts_with_vowel(following) else "te",
                "votre": tu_possessive(following),
                "vos": "tes",
            }.get(word)
        if new is None:
            return match.group(0)
        return f"{new}{following}" if new.endswith("'") or new.endswith(" ") else f"{new}{space}{following}"

    return _SECOND.sub(swap, text)


#: « partir des données ouvertes, soigner le récit, et finir un seul tableau de bord »: a list in one sentence.
_COMMA_LIST = re.compile(r",\s*(?:et\s+|puis\s+)?")


def _listed(raws: list[str]) -> list[str]:
    """``raws`` with a sentence too long to keep whole cut at its commas when each part is an item of its own
    (an infinitive or a noun phrase: « partir de …, soigner …, et finir … »)."""
    out: list[str] = []
    for raw in raws:
        parts = [p.strip() for p in _COMMA_LIST.split(clean(raw)) if p.strip()]
        listed = len(clean(raw)) > MAX_PIECE_CHARS and len(parts) > 1
        if listed and all(_shape(_drop_lead_in(p).strip(" ,.;:")) for p in parts):
            out.extend(parts)
        else:
            out.append(raw)
    return out


def read_pieces(answer: str | None, tone: str = "vous", limit: int = MAX_PIECES) -> Pieces:
    """The pieces of a debrief answer fit for a letter in ``tone`` (see the module's doc)."""
    kept: list[Piece] = []
    left_out: list[str] = []
    seen: set[str] = set()
    for raw in _listed(_SPLIT.split((answer or "").strip())):
        raw = clean(raw).strip(" ,.;:!-")
        if not raw:
            continue
        if _QUESTION_OR_GREETING.search(raw):
            left_out.append("question")
            continue
        text = _drop_lead_in(raw).strip(" ,.;:")
        spelled = correct(text)
        if not spelled.ok:
            left_out.append("spelling" if spelled.unknown else "slang")
            continue
        text = spelled.text
        if text[:1].isupper() and not text[1:2].isupper():  # « Passer le DSCG » inside a sentence
            lowered = text[:1].lower() + text[1:]
            text = lowered if _shape(lowered) else text
        shape = _shape(text)
        if not shape:
            left_out.append("shape")
            continue
        if shape == "infinitive":
            text = _own_reflexive(text)
        if _TO_MENTOR.match(text):
            text = retone(_to_mentor(text, tone), tone)
        else:
            text = retone(to_second_person(text, tone), tone)
        if len(text) > MAX_PIECE_CHARS:
            left_out.append("long")
            continue
        key = fold_same_length(text)
        if key in seen:
            continue
        seen.add(key)
        if len(kept) < limit:
            kept.append(Piece(text, shape))
        else:
            left_out.append("more")
    return Pieces(tuple(kept), tuple(left_out))
