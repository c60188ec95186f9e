"""A debrief's next step as the thank-you note says it to the mentor it names: « envoyer mon prévisionnel à
Bernard » -> « vous envoyer mon prévisionnel »; « Bernard me présente son expert-comptable » -> « vous me présentez
votre expert-comptable ». Never « … à Bernard » in a letter to Bernard."""

from __future__ import annotations

import re

from assistant.coaching.text import fold, fold_same_length
from assistant.common.french import starts_with_vowel

#: Third-person verbs whose second person is not the regular one (folded: vous, tu).
_IRREGULAR = {
    "va": ("allez", "vas"),
    "fait": ("faites", "fais"),
    "peut": ("pouvez", "peux"),
    "doit": ("devez", "dois"),
    "prend": ("prenez", "prends"),
    "met": ("mettez", "mets"),
    "dit": ("dites", "dis"),
    "revient": ("revenez", "reviens"),
    "transmet": ("transmettez", "transmets"),
}
#: His or her things become yours (« son expert-comptable » -> « votre expert-comptable »).
_POSSESSIVE = {"son": ("votre", "ton"), "sa": ("votre", "ta"), "ses": ("vos", "tes")}


def _second_person(verb: str, tu: bool) -> str | None:
    """« présente » -> « présentez » / « présentes », « envoie » -> « envoyez »; None for a verb not read."""
    if fold(verb) in _IRREGULAR:
        return _IRREGULAR[fold(verb)][tu]
    if verb.endswith("ie") and len(verb) > 3:  # envoie, essaie
        return verb[:-2] + ("yez" if not tu else "ies")
    if verb.endswith("e") and len(verb) > 2:
        return verb + ("s" if tu else "z")
    return None


def _name_pattern(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def addressed_to(step: str, mentor_names: list[str], tu: bool) -> str | None:
    """``step`` said to the mentor it names; the step unchanged when it names them not; None when it names them
    in a way not read (the note leaves that step out rather than speak of the mentor to the mentor)."""
    names = [fold(n) for n in mentor_names if n]
    folded = fold_same_length(step)
    if not names or not re.search(rf"\b(?:{_name_pattern(names)})\b", folded):
        return step
    you = "te" if tu else "vous"
    to_them = re.match(rf"^(\w+(?:er|ir|re))\b(.*?)\s+(?:a|aupres de)\s+(?:{_name_pattern(names)})\b(.*)$", folded)
    if to_them:  # « envoyer mon prévisionnel à Bernard (avant le 10) »
        verb, middle, rest = step[: to_them.end(1)], step[to_them.end(1) : to_them.end(2)], step[to_them.start(3) :]
        pronoun = "t'" if tu and starts_with_vowel(verb) else f"{you} "
        return f"{pronoun}{verb}{middle}{rest}".strip()
    they_do = re.match(rf"^(?:{_name_pattern(names)})\s+(me\s+|m')?(\w+)\b(.*)$", folded)
    if they_do:  # « Bernard me présente son expert-comptable »
        second = _second_person(step[they_do.start(2) : they_do.end(2)], tu)
        if second is None:
            return None
        rest = step[they_do.start(3) :]
        rest = re.sub(r"\b(son|sa|ses)\b", lambda m: _POSSESSIVE[m.group(1).lower()][tu], rest, flags=re.IGNORECASE)
        me = "" if not they_do.group(1) else ("m'" if starts_with_vowel(second) else "me ")
        subject = "tu" if tu else "vous"
        return f"{subject} {me}{second}{rest}".replace("  ", " ").strip()
    return None
