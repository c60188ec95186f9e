"""What a request for a thank-you note tells of the meeting, for the note to say it back to the mentor.

« c fait la visio, il m'a conseillé tryhackme et il veut bien relire mon cv, je veux lui dire merci » tells two
things: what the mentor recommended (« TryHackMe ») and what they offered to do (« relire mon CV »). Both are
read from the mentor's third person (« il m'a conseillé … », « elle veut bien … », « il propose de … »); the words
go in only once proofread (:mod:`assistant.common.proofread`), a single unknown word being taken for a name
(« tryhackme » -> « Tryhackme », or its known spelling). What was recommended is no one to thank: the name of a
platform after « conseillé » is never the note's addressee (:func:`names_advice`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold, fold_same_length
from assistant.common.names import proper_name
from assistant.common.person import to_second_person
from assistant.common.proofread import proofread
from assistant.common.spelling import is_infinitive

_HE_ME = (
    r"\b(?:il|elle|iel|mon mentor|ma mentore)\s+(?:m'a|m'as|ma|m a)\s+(?:bien |surtout |aussi |vivement |beaucoup )?"
)
_END = r"(?=\s+(?:et|mais|puis|car|donc|qui|pour|parce)\s|\s*[,.;:!?]|$)"
_RECOMMENDED = re.compile(
    _HE_ME + r"(?:conseille|recommande|suggere|fait decouvrir|parle d[e']|montre|indique|donne)e?s?\s*"
    r"(?P<thing>[^,.;:!?]+?)" + _END
)
_OFFERED = re.compile(
    r"\b(?:il|elle|iel|mon mentor|ma mentore)\s+(?:veut bien|voudrait bien|va|accepte de|a accepte de|propose de|"
    r"m'a propose de|ma propose de|m a propose de|est ok pour|est d'accord pour|pourra|peut|se propose de)\s+"
    r"(?P<what>(?:me |m'|m )?[a-z-]+(?:er|ir|re)\b[^,.;:!?]*?)" + _END
)
#: Most words a thing recommended or offered keeps; longer, it is left out rather than pasted.
MAX_WORDS = 8


@dataclass(frozen=True)
class Told:
    """What the request tells: the thing recommended (« TryHackMe »), the help offered (« relire mon CV »), and
    advice given as an infinitive (« passer le DSCG »), each ready for the note ("" when not said or not sure)."""

    recommended: str = ""
    offered: str = ""
    advice: str = ""


def _proofread(text: str) -> str:
    """``text`` as a letter writes it, or "" when it cannot be written for sure; one unknown word is a name."""
    read = proofread(text)
    if read.fit or read.proposal:
        return read.text if read.fit else read.proposal
    tokens = text.split()
    return proper_name(text.lower()) if len(tokens) == 1 and re.fullmatch(r"[\w-]+", text) else ""


def _fitting(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_WORDS


def told(said: str | None, tone: str = "vous") -> Told:
    """What ``said`` tells of the meeting (see the module's doc), addressed to the mentor in ``tone``."""
    text = clean(said)
    folded = fold_same_length(text).replace("’", "'")
    recommended = advice = offered = ""
    found = _RECOMMENDED.search(folded)
    if found:
        thing = text[found.start("thing") : found.end("thing")].strip()
        infinitive = re.match(r"(?:de |d')(.+)$", thing, re.I)
        if infinitive and is_infinitive(infinitive[1].split()[0].lower()):
            advice = _proofread(infinitive[1]) if _fitting(infinitive[1]) else ""
        elif _fitting(thing):
            recommended = to_second_person(_proofread(thing), tone)
    found = _OFFERED.search(folded)
    if found:
        what = re.sub(r"^m ", "m'", text[found.start("what") : found.end("what")].strip())
        verb = re.sub(r"^(?:me |m')", "", what).split()[0].lower()
        if is_infinitive(verb) and _fitting(what):
            offered = to_second_person(_proofread(what), tone)
    return Told(recommended, offered, advice)


def names_advice(said: str | None, person: str) -> bool:
    """True when ``person`` (a name the NLU found) is what the mentor recommended or offered, not someone to thank
    (« il m'a conseillé tryhackme »)."""
    if not person:
        return False
    folded = fold_same_length(clean(said)).replace("’", "'")
    name = fold(person)
    for pattern, group in ((_RECOMMENDED, "thing"), (_OFFERED, "what")):
        found = pattern.search(folded)
        if found and re.search(rf"\b{re.escape(name)}\b", found[group]):
            return True
    return False
