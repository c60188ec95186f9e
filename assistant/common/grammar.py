"""Two slips of typed French that the dictionary cannot see, each word being valid alone (one home).

- « il a poste un article », « j'ai envoyer » -> « il a posté », « j'ai envoyé »: after the auxiliary « avoir »,
  a first-group verb written as its present or its infinitive is its past participle. After « a » only the
  present is changed, and only after « il », « elle », « on », « qui » or « ça »: « a » may be « à » typed without
  its accent (« j'ai du mal a parler », « travailler a distance »).
- « qui ma parlé », « ça ta aidé » -> « qui m'a parlé », « ça t'a aidé »: « ma » or « ta » before a past
  participle (an adverb may come between) is the pronoun and the auxiliary.
- « il est passe », « vous êtes arrive » -> « il est passé », « vous êtes arrivé »: after « être » with its subject
  pronoun, a first-group verb written as its present is its past participle.
- « passé de la logistique a la cyber » -> « … à la cyber »: « passer de X a Y » (and « passage », « transition »,
  « reconversion » de X a Y) is « à » typed without its accent.

Each change is sure only when the dictionary gives the new word as a past participle; words that are also
prepositions or adverbs (« entre », « contre », « juste ») are never changed.

:func:`first_person` finds the slips of « je »: a word the dictionary does not give as a first person where one
letter more makes it one (« je m'appel », « je travail », « je me permet »), and the future of politeness verbs
before an infinitive or a pronoun (« j'aimerai vous demander » -> « j'aimerais »).
"""

from __future__ import annotations

import re

from assistant.coaching.text import fold
from assistant.common.spelling import is_participle, parts_of_speech

#: The auxiliary « avoir » in the forms that cannot be « à » (« a » is handled apart).
_AUXILIARY = r"ai|as|avons|avez|ont|avais|avait|avions|aviez|avaient|aurais|aurait"
#: Adverbs that may stand between the auxiliary and the participle (« m'a vraiment parlé »).
_ADVERB = (
    r"beaucoup|vraiment|trop|bien|tellement|énormément|enormement|déjà|deja|toujours|souvent|aussi|particulièrement"
)
_SUBJECT_A = r"(?<=\bil )a|(?<=\belle )a|(?<=\bon )a|(?<=\bqui )a|(?<=\bça )a"
_AFTER_AUXILIARY = re.compile(
    rf"\b(?P<aux>{_AUXILIARY}|{_SUBJECT_A})(?P<gap>\s+(?:(?:{_ADVERB})\s+)?)(?P<verb>[a-zà-ÿ]+)\b", re.I
)
_PRONOUN_AUXILIARY = re.compile(rf"\b(?P<pronoun>[mt])a(?P<gap>\s+(?:(?:{_ADVERB})\s+)?)(?P<verb>[a-zà-ÿ]+)\b", re.I)
#: « être » after its subject pronoun (« il est », « vous êtes », « elle s'est »): never « c'est », « qu'est ».
_BE_AUXILIARY = re.compile(
    r"\b(?P<aux>(?:il|elle|on|iel|je|tu|nous|vous|ils|elles|qui)\s+(?:(?:s'|m'|t'|se\s+|me\s+|te\s+|nous\s+|vous\s+))?"
    r"(?:suis|es|est|sommes|êtes|etes|sont|étais|etais|était|etait|étions|étiez|étaient|etaient|serait|serais))"
    rf"(?P<gap>\s+(?:(?:{_ADVERB})\s+)?)(?P<verb>[a-zà-ÿ]+)\b",
    re.I,
)
#: « passé de la logistique a la cyber »: « de X a Y » after a change of field, « a » being « à ».
_FROM_TO = re.compile(
    r"\b(?P<lead>(?:pass[eé]\w*|passer|passage|all[eé]\w*|[eé]volu\w*|bascul\w*|transition|reconver\w*|switch\w*)"
    r"\s+(?:de\s+|du\s+|des\s+|d')(?:[^\s,.;:!?]+\s+){0,3}?[^\s,.;:!?]+\s+)a(?=\s+\S)",
    re.I,
)
#: Parts of speech that make a word more than a verb form: never changed.
_NOT_ONLY_A_VERB = {"prep", "adv", "det", "detpos", "detdem", "detind", "pro", "proper", "cjco", "cjsub"}
#: Nouns of « avoir hâte », « avoir envie », « avoir charge de »: verb forms too, never participles there.
_LOCUTIONS = {"hate", "envie", "charge", "garde", "vue"}


def _participle(verb: str, infinitive_too: bool) -> str:
    """« poste » -> « posté », « envoyer » -> « envoyé » (when ``infinitive_too``); "" when not sure."""
    lower = verb.lower()
    parts = parts_of_speech(lower)
    if not parts or parts & _NOT_ONLY_A_VERB or is_participle(lower) or fold(lower) in _LOCUTIONS:
        return ""
    if lower.endswith("er") and infinitive_too and "infi" in parts:
        stem = lower[:-2]
    elif lower.endswith("e") and "ipre" in parts:
        stem = lower[:-1]
    else:
        return ""
    return stem + "é" if is_participle(stem + "é") else ""


def auxiliaries(text: str) -> tuple[str, list[str]]:
    """``text`` with the two slips of the module's doc corrected, and the phrases changed as typed."""
    changed: list[str] = []

    def after_auxiliary(match: re.Match[str]) -> str:
        participle = _participle(match["verb"], infinitive_too=fold(match["aux"]) != "a")
        if not participle:
            return match.group(0)
        changed.append(match.group(0))
        return f"{match['aux']}{match['gap']}{participle}"

    def pronoun_auxiliary(match: re.Match[str]) -> str:
        if not is_participle(match["verb"]) or "nom" in parts_of_speech(match["verb"].lower()):
            return match.group(0)  # « ma formation », « ma vue » (a noun too) are possessives
        changed.append(match.group(0))
        return f"{match['pronoun']}'a{match['gap']}{match['verb']}"

    def after_be(match: re.Match[str]) -> str:
        if "adj" in parts_of_speech(match["verb"].lower()):
            return match.group(0)  # « elle est prête », « je suis calme »: an adjective after « être »
        participle = _participle(match["verb"], infinitive_too=False)
        if not participle:
            return match.group(0)
        changed.append(match.group(0))
        subject = fold(match["aux"].split()[0])
        agreed = participle + {"elle": "e", "elles": "es", "ils": "s"}.get(subject, "")
        return f"{match['aux']}{match['gap']}{agreed}"

    def from_to(match: re.Match[str]) -> str:
        changed.append(match.group(0))
        return f"{match['lead']}à"

    text = _AFTER_AUXILIARY.sub(after_auxiliary, text)
    text = _PRONOUN_AUXILIARY.sub(pronoun_auxiliary, text)
    text = _BE_AUXILIARY.sub(after_be, text)
    text = _FROM_TO.sub(from_to, text)
    return text, changed


#: « je », then the pronouns that may come between it and its verb, then the verb.
_I_VERB = re.compile(
    r"\b(?P<je>je\s+|j')(?P<pronouns>(?:(?:ne|n'|me|m'|te|t'|vous|lui|leur|l'|le|la|les|y|en)\s*)*)(?P<verb>[a-zà-ÿ]+)\b",
    re.I,
)
#: « j'aimerai vous demander », « je voudrai savoir »: a future where the letter asks politely (conditional).
_POLITE_FUTURE = re.compile(
    r"\b(?P<verb>j'aimerai|je voudrai|je souhaiterai)"
    r"(?=\s+(?:vous|te|t'|beaucoup|bien|vraiment|savoir|avoir|[a-zà-ÿ]+(?:er|ir|re)\b))",
    re.I,
)


def first_person(text: str) -> list[tuple[str, str]]:
    """``(as typed, corrected)`` for each slip of « je » in ``text`` (see the module's doc)."""
    slips: list[tuple[str, str]] = []
    for found in _I_VERB.finditer(text):
        verb = found["verb"]
        parts = parts_of_speech(verb.lower())
        if "1sg" in parts or parts & _NOT_ONLY_A_VERB or len(verb) < 4:
            continue
        for ending in ("e", "le", "s", "x"):
            if "1sg" in parts_of_speech(verb.lower() + ending):
                slips.append((found.group(0), found.group(0)[: -len(verb)] + verb + ending))
                break
    slips.extend((found["verb"], found["verb"] + "s") for found in _POLITE_FUTURE.finditer(text))
    return slips
