"""French spelling of the mentee's words, checked against Debian's Hunspell dictionary (one home).

The dictionary is Debian's ``hunspell-fr-classical`` (Dicollecte's French dictionary, MPL-2.0, some 80 000
stems with their part of speech and gender), read by ``spylls``, a pure-Python port of Hunspell (MPL-2.0):
offline, no compiled extension, and a licence the project can ship (Grammalecte, GPL, stays in the tests;
docs/writing.md says why). Loading takes a few seconds: :func:`checker` loads it once per process. Without
the dictionary, :func:`checker` is None and the callers keep nothing they cannot vouch for.

What is corrected without asking: SMS spellings with one meaning (« jai », « pr »), familiar words with a
plain equivalent (« bosser »), a missing apostrophe (« jaurai » -> « j'aurai »), missing accents when one
accented spelling only is known (« tresorerie » -> « trésorerie »), a lower-case place or first name
(« lyon » -> « Lyon »). Anything else the dictionary does not know, and that is not a name, an acronym or a
number, is a misspelling: the phrase holding it is not used as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from assistant.coaching.text import fold
from assistant.common.dictionary import DICTIONARIES, checker, is_valid
from assistant.common.spelling_words import ACCENTED_MEANT, REPLACEMENTS, TRADE_WORDS, UNFIT

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


_valid = is_valid


@lru_cache(maxsize=50_000)
def _stems(word: str) -> tuple[tuple[str, str, str, bool], ...]:
    """``(stem, part of speech, gender, base form)`` of every reading of ``word`` the dictionary has."""
    spell = checker()
    if spell is None or not word:
        return ()
    found: list[tuple[str, str, str, bool]] = []
    try:
        for form in spell.lookuper.good_forms(word.replace("’", "'")):
            data = form.in_dictionary.data
            kinds = data.get("po") or [""]
            gender = "f" if "fem" in (data.get("is") or []) else "m" if "mas" in (data.get("is") or []) else ""
            base = form.text == form.in_dictionary.stem
            found.extend((form.in_dictionary.stem, kind, gender, base) for kind in kinds)
    except (IndexError, KeyError, ValueError):
        return ()
    return tuple(found)


@lru_cache(maxsize=1)
def _affix_parts() -> dict[tuple[str, str, str], frozenset[str]]:
    """``(flag, strip, add) -> parts of speech`` of the dictionary's suffixes (spylls keeps no affix morphology).

    « SFX p+ er é/L'D'Q' er po:ppas po:adj … »: the forms this suffix makes are past participles and adjectives.
    """
    for base in DICTIONARIES:
        aff = base.with_suffix(".aff")
        if aff.exists():
            parts: dict[tuple[str, str, str], frozenset[str]] = {}
            for line in aff.read_text(encoding="utf-8", errors="replace").splitlines():
                fields = line.split()
                if len(fields) > 5 and fields[0] == "SFX":
                    strip = "" if fields[2] == "0" else fields[2]
                    add = "" if fields[3].split("/")[0] == "0" else fields[3].split("/")[0]
                    tags = frozenset(f[3:] for f in fields[5:] if f.startswith("po:"))
                    if tags:  # one suffix may make several forms (« pris »: passé simple and participle)
                        key = (fields[1], strip, add)
                        parts[key] = parts.get(key, frozenset()) | tags
            return parts
    return {}


@lru_cache(maxsize=50_000)
def parts_of_speech(word: str) -> frozenset[str]:
    """Every part of speech the dictionary gives ``word``: its stems' (« nom », « adj », « v1_… ») and its
    suffix's (« ppas » for a past participle)."""
    spell = checker()
    if spell is None or not word:
        return frozenset()
    found: set[str] = set()
    try:
        for form in spell.lookuper.good_forms(word.replace("’", "'")):
            suffix = form.suffix
            affixed = _affix_parts().get((suffix.flag, suffix.strip, suffix.add)) if suffix else None
            found |= set(affixed or form.in_dictionary.data.get("po") or ())
    except (IndexError, KeyError, ValueError):
        return frozenset()
    return frozenset(found)


def is_participle(word: str) -> bool:
    """True when ``word`` is a past participle (« signé », « validées », « pris »)."""
    return "ppas" in parts_of_speech(word.lower())


def is_nominal(word: str) -> bool:
    """True when ``word`` is a noun or an adjective (a past participle is one too: « les personnes validées »)."""
    return bool(parts_of_speech(word.lower()) & {"nom", "adj", "ppas"})


def is_infinitive(word: str) -> bool:
    """True when ``word`` is a French infinitive (« passer », « lire »), by the dictionary's morphology."""
    lower = word.lower()
    return any(kind.startswith("v") and base and stem == lower for stem, kind, _g, base in _stems(lower))


def noun_gender(word: str) -> str:
    """``f`` or ``m`` for a French noun the dictionary knows with one gender, else ""."""
    genders = {gender for _s, kind, gender, _b in _stems(word.lower()) if kind == "nom" and gender}
    return genders.pop() if len(genders) == 1 else ""


def _name_kinds(word: str) -> set[str]:
    """The kinds of name the dictionary knows ``word`` capitalised as: ``npr`` (place), ``prn`` (first name)…"""
    capital = word[:1].upper() + word[1:].lower()
    return {kind for _s, kind, _g, _b in _stems(capital)} if word else set()


def is_proper_noun(word: str) -> bool:
    """True when the dictionary knows ``word`` capitalised as a name: a place, a first name (« Lyon », « Julien »)."""
    return bool(_name_kinds(word) & {"npr", "prn", "patr"})


def is_place(word: str) -> bool:
    """True when the dictionary knows ``word`` capitalised as a place name (« Nantes », « Lorient »)."""
    return "npr" in _name_kinds(word)


def is_first_name(word: str) -> bool:
    """True when the dictionary knows ``word`` capitalised as a first name (« Julien », « Isabelle »)."""
    return "prn" in _name_kinds(word)


def is_slip(typed: str, candidate: str) -> bool:
    """True when ``candidate`` is ``typed`` with accents added or one missing letter put back inside a word of six
    letters or more (folded words): a slip of the fingers. A letter replaced, removed or swapped makes another word
    (« hooks » is not « looks », « of » is not « cf »): never a sure correction."""
    typed, candidate = fold(typed), fold(candidate)
    if candidate == typed:
        return True
    if len(typed) < SLIP_MIN_LETTERS:  # « pa » is not « spa », « board » is not « bobard »
        return False
    return len(candidate) == len(typed) + 1 and any(
        candidate[:i] + candidate[i + 1 :] == typed for i in range(1, len(candidate))
    )


#: A missing letter is put back only in words this long, never as their first letter (shorter: another word).
SLIP_MIN_LETTERS = 6


#: Elisions a typist drops the apostrophe of (« jaurai », « cest », « lequipe »).
_ELISION_SPLIT = re.compile(r"^(qu|jusqu|lorsqu|[cdjlmnst])([aeiouyhéèêàâîôû]\w+)$", re.I)


#: The short words a pronoun's elision is usually dropped before (« nest », « jai », « nen », « sil »); after « l' »
#: and « d' » any word may follow (« lair », « deau »).
_SHORT_AFTER_ELISION = {"est", "ai", "as", "en", "es", "ont", "il", "ils", "y", "a", "un", "une", "on"}


def _apostrophe(word: str) -> str:
    """« jaurai » -> « j'aurai », « lequipe » -> « l'équipe » when the dictionary knows the result, else ""."""
    match = _ELISION_SPLIT.match(word)
    if not match or is_place(word) or (match[1].lower() == "c" and match[2][0] not in "eéè"):
        return ""  # « nantes » is Nantes, not « n'antes »; « c' » only before « est », « était », « en »
    head, rest = match.groups()
    if head.lower() in "jmnst" and len(rest) < 4 and fold(rest) not in _SHORT_AFTER_ELISION:
        return ""  # « node » is not « n'ode »: after a pronoun's elision a short word is a usual verb form
    for candidate in (rest, _accented(rest)):
        if candidate and is_valid(candidate) and not is_valid(word):
            return f"{head}'{candidate}"
    return ""


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
    accented = _accented(word)
    if accented:
        return accented, ""  # before the apostrophe: « metier » is « métier », not « m'étier »
    elided = _apostrophe(word)
    if elided:
        return elided, ""  # before names: « jaime » is « j'aime »
    capital = word[:1].upper() + word[1:]
    if is_valid(capital) and is_proper_noun(word):
        return capital, ""  # a place or a first name typed in lower case (« lyon »)
    return word, "unknown"


_ACCENTS = {"e": "eéèê", "a": "aàâ", "i": "iîï", "o": "oô", "u": "uûù", "c": "cç"}


def _accent_variants(word: str, most: int = 2) -> list[str]:
    """``word`` with up to ``most`` of its letters given an accent (« developpeuse » -> « développeuse », …)."""
    spots = [i for i, c in enumerate(word) if c in _ACCENTS]
    variants: list[str] = []
    for count in range(1, min(most, len(spots)) + 1):
        for chosen in combinations(spots, count):
            candidates = [word]
            for i in chosen:
                candidates = [c[:i] + v + c[i + 1 :] for c in candidates for v in _ACCENTS[word[i]][1:]]
            variants.extend(candidates)
    return variants[:300]


@lru_cache(maxsize=5_000)
def _accented(word: str) -> str:
    """The one spelling of ``word`` with accents added that the dictionary knows (« reseau » -> « réseau »); ""
    for a word the dictionary knows as typed (« prête » is never « prêté »)."""
    if is_valid(word):
        return ""
    if word in ACCENTED_MEANT:
        return ACCENTED_MEANT[word]  # « apres » is « après », never « âpres »
    found = {candidate for candidate in _accent_variants(word) if is_valid(candidate)}
    return found.pop() if len(found) == 1 else ""


_LETTERS_EDIT = "abcdefghijklmnopqrstuvwxyzéèêàâîïôûùç"


@lru_cache(maxsize=5_000)
def suggest(word: str) -> tuple[str, ...]:
    """Spellings the dictionary knows one typing slip away from ``word`` (accents aside), most likely first.

    Hunspell's own suggestion search is far too slow in pure Python; this tries accents, a missing
    apostrophe, then one letter deleted, swapped, replaced or added, then a doubled or dropped letter with
    accents (« developeur » -> « développeur »).
    """
    lower = word.lower()
    if _accented(lower):
        return (_accented(lower),)
    elided = _apostrophe(lower)
    if elided:
        return (elided,)
    accents_only = [v for v in _accent_variants(lower) if is_valid(v)]  # « reve »: « rêve » before « rave »
    splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    deleted = [a + b[1:] for a, b in splits if b]
    doubled = [a + b[0] + b for a, b in splits if b and b[0].isalpha()]
    edits = deleted + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    edits += [a + c + b[1:] for a, b in splits if b for c in _LETTERS_EDIT]
    edits += [a + c + b for a, b in splits for c in _LETTERS_EDIT]
    found = [e for e in dict.fromkeys(accents_only + edits) if e != lower and len(e) > 1 and is_valid(e)]
    if not found and len(lower) > 4:
        for edit in dict.fromkeys(doubled + deleted):
            accented = _accented(edit)
            if accented and accented not in found:
                found.append(accented)
    return tuple(found)


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
    joined = "".join(out)
    if joined != text:  # « ma boite » -> « ma entreprise » -> « mon entreprise »
        joined = before_a_vowel(joined)
    return Spelled(_a_before_place(joined), tuple(unknown), tuple(unfit))


def before_a_vowel(text: str) -> str:
    """« ma entreprise » -> « mon entreprise », « la entreprise » -> « l'entreprise », « de entreprise » ->
    « d'entreprise », once a word was replaced."""
    vowel = r"(?!oui\b|ouais\b|onze\b|yo)(?=[aeiouyéèêâîôûAEIOUYÉÈ])"
    text = re.sub(rf"\b([MmTtSs])a {vowel}", lambda m: f"{m.group(1)}on ", text)
    return re.sub(rf"\b([Ll]a|[Ll]e|[Dd]e) {vowel}", lambda m: f"{m.group(1)[0]}'", text)


#: « a » written for « à »: before a capitalised place or a set phrase, when no subject precedes it.
_A_FOR_A = re.compile(
    r"(?<!\bil)(?<!\belle)(?<!\bon)(?<!\bqui)(?<!\bça)(?<!\by)(?<!\bcela)(?<!\bce)(?<!^)(\s)a "
    r"(?=[A-ZÀ-Ý]|[a-z]+[A-Z]|distance\b|temps (?:plein|partiel)\b|partir\b|mi-temps\b|plein temps\b|"
    r"l'étranger\b|jour\b)"
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
