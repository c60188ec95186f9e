"""Spelling of the mentee's debrief notes before they go into a thank-you note.

The dictionary is Grammalecte's (Debian's ``python3-grammalecte``, GPL-3, a French lexicon of some
500 000 forms with morphology): the one package the tests already check every text with, present on these
machines, offline. It lives in the system Python's ``dist-packages``; only its ``graphspell`` part is loaded
from there. Without it, :func:`checker` is None and the callers keep nothing they cannot vouch for.

What is corrected without asking: SMS spellings with one meaning (« jai », « pr »), familiar words with a
plain equivalent (« bosser »), missing accents and apostrophes when the dictionary's suggestion differs only by
them (« tresorerie » -> « trésorerie »), a lower-case place or first name (« lyon » -> « Lyon »). Anything else
the dictionary does not know, and that is not a name, an acronym or a number, is a misspelling: the phrase
holding it is not used.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.coaching.text import fold

GRAMMALECTE = Path("/usr/lib/python3/dist-packages/grammalecte")

#: SMS and chat spellings with one meaning, and familiar words with a plain equivalent (folded keys).
REPLACEMENTS = {
    "jai": "j'ai",
    "j'ai": "j'ai",
    "pr": "pour",
    "ds": "dans",
    "bcp": "beaucoup",
    "tt": "tout",
    "qd": "quand",
    "pcq": "parce que",
    "pck": "parce que",
    "tjs": "toujours",
    "tjrs": "toujours",
    "ns": "nous",
    "vs": "vous",
    "mm": "même",
    "qqn": "quelqu'un",
    "qqch": "quelque chose",
    "pdt": "pendant",
    "rdv": "rendez-vous",
    "bosser": "travailler",
    "taf": "travail",
    "boulot": "travail",
    "kiffer": "apprécier",
    "perso": "personnel",
    "dispo": "disponible",
    "dispos": "disponibles",
    "appli": "application",
    "cv": "CV",
    "linkedin": "LinkedIn",
}
#: Words that make a phrase unfit for a letter: laughter, fillers, slang with no plain equivalent.
UNFIT = {
    "tkt",
    "pk",
    "pq",
    "stp",
    "svp",
    "jpp",
    "dsl",
    "cc",
    "slt",
    "bjr",
    "kiffé",
    "kiffe",
    "lol",
    "mdr",
    "ptdr",
    "xd",
    "jsp",
    "osef",
    "wesh",
    "grave",
    "ouf",
    "stylé",
    "style",
    "trkl",
    "bref",
    "euh",
}
#: English words of the trade that French professionals write as they are (folded).
TRADE_WORDS = set(
    """
    analyst analysts lead leads product products backend frontend fullstack front back stack scrum growth marketer
    marketing learning machine deep team teams scientist scientists onboarding offboarding dev devs devops cloud
    data manager managers designer designers owner sales business developer developers engineer engineering
    startup startups scale-up scale-ups freelance freelances web software tech ops coding bootcamp agile remote job
    jobs recruiter recruiting talent account customer success support community content brand ux ui research
    researcher analytics lean pitch networking feedback coaching mentoring leadership management consulting
    open source saas b2b b2c cto cfo ceo coo cpo vp head staff principal senior junior middle office pm po qa
    growth-hacker no-code low-code fintech healthtech edtech legaltech proptech insurtech retail ops
    """.split()
)
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿœŒ"
_WORD = re.compile(
    rf"aujourd['’]hui|(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quelqu)['’]|[{_LETTERS}0-9]+(?:-[{_LETTERS}0-9]+)*|[^\w\s]|\s+",
    re.I,
)
#: Elided words, always valid before a vowel (« l' », « qu' »).
_ELIDED = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quelqu)['’]$", re.I)


@dataclass(frozen=True)
class Spelled:
    """A phrase after correction: the text, and the words that could not be corrected (empty when fit)."""

    text: str
    unknown: tuple[str, ...] = ()
    unfit: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the phrase can go into a letter as corrected."""
        return not self.unknown and not self.unfit


@lru_cache(maxsize=1)
def checker():  # noqa: ANN201 - grammalecte's SpellChecker, loaded late
    """Grammalecte's spell checker, or None when the Debian package is not installed."""
    if not (GRAMMALECTE / "__init__.py").exists():
        return None
    if "grammalecte" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "grammalecte", GRAMMALECTE / "__init__.py", submodule_search_locations=[str(GRAMMALECTE)]
        )
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        sys.modules["grammalecte"] = module
        spec.loader.exec_module(module)
    from grammalecte.graphspell.spellchecker import SpellChecker

    return SpellChecker("fr")


def _valid(word: str) -> bool:
    spell = checker()
    return bool(spell and (spell.isValid(word) or spell.isValid(word.replace("'", "’"))))


def is_infinitive(word: str) -> bool:
    """True when ``word`` is a French infinitive (« passer », « lire »), by the dictionary's morphology."""
    spell = checker()
    return bool(spell) and any(":Y" in morph for morph in spell.getMorph(word.lower()))


def noun_gender(word: str) -> str:
    """``f`` or ``m`` for a French noun the dictionary knows with one gender, else ""."""
    spell = checker()
    if not spell:
        return ""
    genders = {g for morph in spell.getMorph(word.lower()) if ":N" in morph for g in ("f", "m") if f":{g}" in morph}
    return genders.pop() if len(genders) == 1 else ""


def _correct(word: str) -> tuple[str, str]:
    """``(corrected word, problem)``; problem is "", ``unknown`` or ``unfit``."""
    key = fold(word.replace("’", "'"))
    if key in UNFIT:
        return word, "unfit"
    if key in REPLACEMENTS:
        return REPLACEMENTS[key], ""
    if _ELIDED.match(word) or key == "aujourd'hui":
        return word.replace("’", "'"), ""
    if word.isdigit() or any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper()):
        return word, ""  # numbers, « 3e », acronyms (« DSCG »)
    if 2 <= len(word) <= 5 and word.isalpha() and not set(key) & set("aeiouy"):
        return word.upper(), ""  # an acronym typed in lower case (« dscg », « rh »)
    if _valid(word) or key in TRADE_WORDS:
        return word, ""
    if word[:1].isupper():
        return word, ""  # a name the dictionary does not know (« Fives », « Doctolib »)
    spell = checker()
    for suggestions in spell.suggest(word, 6) if spell else ():
        for suggestion in suggestions:
            plain = suggestion.replace("’", "'")
            same_letters = fold(plain).replace("'", "") == key.replace("'", "")
            plain_case = plain[1:] == plain[1:].lower()  # « Lyon », « trésorerie »; not « deV »
            if same_letters and plain_case:  # only accents, apostrophes or the first capital differ
                return plain, ""
    accented = _accented(word)
    return (accented, "") if accented else (word, "unknown")


_ACCENTS = {"e": "eéèê", "a": "aàâ", "i": "iîï", "o": "oô", "u": "uûù", "c": "cç"}


def _accented(word: str) -> str:
    """The one spelling of ``word`` with accents added that the dictionary knows (« reseau » -> « réseau »)."""
    spots = [i for i, c in enumerate(word) if c in _ACCENTS]
    if not spots or len(spots) > 6:
        return ""
    found: set[str] = set()
    candidates = [word]
    for i in spots:
        candidates = [c[:i] + v + c[i + 1 :] for c in candidates for v in _ACCENTS[word[i]]]
        if len(candidates) > 3000:
            return ""
    for candidate in candidates:
        if candidate != word and _valid(candidate):
            found.add(candidate)
    return found.pop() if len(found) == 1 else ""


def correct(text: str) -> Spelled:
    """``text`` with the sure corrections made, and the words it still cannot use (see the module's doc)."""
    if checker() is None:
        return Spelled(text, unknown=("(dictionnaire absent)",))
    out: list[str] = []
    unknown: list[str] = []
    unfit: list[str] = []
    for token in _WORD.findall(text):
        if token.isspace() or not token[0].isalnum():
            out.append(token)
            continue
        fixed, problem = _correct(token)
        if problem == "unknown":
            unknown.append(token)
        elif problem == "unfit":
            unfit.append(token)
        out.append(fixed)
    return Spelled(_a_before_place("".join(out)), tuple(unknown), tuple(unfit))


#: « a » written for « à »: before a capitalised place or a set phrase, when no subject precedes it.
_A_FOR_A = re.compile(
    r"(?<!\bil)(?<!\belle)(?<!\bon)(?<!\bqui)(?<!\bça)(?<!\by)(?<!\bcela)(?<!\bce)(?<!^)(\s)a "
    r"(?=[A-ZÀ-Ý]|distance\b|temps (?:plein|partiel)\b|partir\b|mi-temps\b|plein temps\b|l'étranger\b|jour\b)"
)
#: « a » after a word that calls for « à »: an infinitive (« m'inscrire a un meetup »), « grâce », « face ».
_A_AFTER = re.compile(r"\b([\w'-]+) a (?=\w)")


def _a_before_place(text: str) -> str:
    """« responsable comptable a Lyon » -> « … à Lyon »; « il a Paris en tête » is left alone."""
    text = _A_FOR_A.sub(r"\1à ", text)

    def fix(match: re.Match) -> str:
        before = match.group(1)
        last = before.split("'")[-1]
        calls_for_a = fold(last) in ("grace", "face", "quant", "jusque") or is_infinitive(last)
        return f"{before} à " if calls_for_a else match.group(0)

    return _A_AFTER.sub(fix, text)
