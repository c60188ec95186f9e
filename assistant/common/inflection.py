"""What the spelling dictionary's suffix tables tell of a word: a verb said to « vous » said to « tu » (« feriez »
-> « ferais », « avez » -> « as », « verrez » -> « verras », « recommenciez » -> « recommençais »), and the gender
of a noun or adjective, inflected ones included (« carrière », « dernière »).

Debian's French Hunspell dictionary (:mod:`assistant.common.spelling`) keeps each verb as its infinitive with
suffix flags, and each suffix line of its ``.aff`` file says which forms it makes (« SFX a0 er iez … po:iimp
po:spre po:2pl »). The « vous » form is read back to its verb and tense, and the line of the same flag that makes
that tense's second person singular gives the « tu » form: same verb, same tense, spelt by the dictionary
(« préférez » -> « préfères », « appelez » -> « appelles », « allez » -> « vas »). Without the dictionary, or for a
form it does not know as a « vous » form, the answer is None: the caller keeps what it cannot vouch for. The
gender of an inflected word is its suffix's (« SFX F. 0 e … is:fem »): :func:`assistant.common.spelling.noun_gender`
reads the stem's only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.common.dictionary import DICTIONARIES, checker

#: Tenses tried in this order when a form is several (« prépariez »: imperfect or present subjunctive); the
#: imperative is never a form said to someone asked a question.
_TENSES = ("ipre", "iimp", "ifut", "cond", "spre", "ipsi", "simp")


@dataclass(frozen=True)
class _Line:
    """One suffix line of the dictionary: what it strips from the infinitive, adds, on which stems, making what."""

    strip: str
    add: str
    condition: re.Pattern[str]
    tags: frozenset[str]


@lru_cache(maxsize=1)
def _lines() -> dict[str, tuple[_Line, ...]]:
    """Every suffix line of the dictionary by flag, with its parts of speech (spylls keeps no affix morphology)."""
    for base in DICTIONARIES:
        aff = base.with_suffix(".aff")
        if not aff.exists():
            continue
        lines: dict[str, list[_Line]] = {}
        for line in aff.read_text(encoding="utf-8", errors="replace").splitlines():
            fields = line.split()
            if len(fields) < 6 or fields[0] != "SFX":
                continue
            tags = frozenset(f[3:] for f in fields[5:] if f.startswith(("po:", "is:")))
            strip = "" if fields[2] == "0" else fields[2]
            add = fields[3].split("/")[0]
            condition = re.compile(("" if fields[4] == "." else fields[4]) + "$")
            lines.setdefault(fields[1], []).append(_Line(strip, "" if add == "0" else add, condition, tags))
        return {flag: tuple(found) for flag, found in lines.items()}
    return {}


@dataclass(frozen=True)
class _Reading:
    """A « vous » form read back: its infinitive, the infinitive's flags, the tenses it can be, the suffix's size."""

    infinitive: str
    flags: frozenset[str]
    tenses: tuple[str, ...]
    suffix: int


def _readings(form: str) -> list[_Reading]:
    """Every reading of ``form`` as a second person plural, the most specific suffix first (« saurez » is
    « savoir » in the future before « saurer » in the present)."""
    spell = checker()
    if spell is None or not form:
        return []
    found: list[_Reading] = []
    try:
        forms = list(spell.lookuper.good_forms(form))
    except (IndexError, KeyError, ValueError):  # a form spylls cannot analyse
        return []
    for analysed in forms:
        suffix = analysed.suffix
        if suffix is None or analysed.prefix is not None:
            continue
        word = analysed.in_dictionary
        same = [
            line
            for line in _lines().get(suffix.flag, ())
            if line.strip == suffix.strip and line.add == suffix.add and "2pl" in line.tags
        ]
        tenses = tuple(t for t in _TENSES if any(t in line.tags for line in same))
        if tenses:
            found.append(_Reading(word.stem, frozenset(word.flags), tenses, len(suffix.add)))
    return sorted(found, key=lambda r: -r.suffix)


def _made(reading: _Reading, tense: str) -> str | None:
    """The second person singular of ``reading``'s verb in ``tense``, as its flags make it."""
    stem = reading.infinitive
    for flag in sorted(reading.flags):
        for line in _lines().get(flag, ()):
            if tense in line.tags and "2sg" in line.tags and stem.endswith(line.strip) and line.condition.search(stem):
                return stem[: len(stem) - len(line.strip)] + line.add
    return None


def is_vous_form(word: str) -> bool:
    """True when the dictionary knows ``word`` as a verb said to « vous » (« avez », « feriez », « débutiez »)."""
    return bool(_readings(word.lower()))


@lru_cache(maxsize=4096)
def tu_form(vous_form: str, subjunctive: bool = False) -> str | None:
    """The « tu » form of a verb said to « vous », same verb and tense: « feriez » -> « ferais », « Pourriez » ->
    « Pourrais »; ``subjunctive`` picks the subjunctive of a form that may be either (« que vous prépariez »
    -> « prépares »). None when the dictionary does not know ``vous_form`` as a « vous » form."""
    for reading in _readings(vous_form.lower()):
        tenses = reading.tenses
        tense = "spre" if subjunctive and "spre" in tenses else tenses[0]
        made = _made(reading, tense)
        if made:
            return made[:1].upper() + made[1:] if vous_form[:1].isupper() else made
    return None


def gender(word: str) -> str:
    """``f`` or ``m`` for a noun or adjective the dictionary knows with one gender (« carrière », « dernier »,
    « expérience »), else "" (« poste », « propre »: both)."""
    spell = checker()
    if spell is None or not word:
        return ""
    genders: set[str] = set()
    try:
        forms = list(spell.lookuper.good_forms(word.lower()))
    except (IndexError, KeyError, ValueError):
        return ""
    for analysed in forms:
        data = analysed.in_dictionary.data
        if not set(data.get("po") or ()) & {"nom", "adj"}:
            continue
        tags = set(data.get("is") or ())
        suffix = analysed.suffix
        if suffix is not None:
            for line in _lines().get(suffix.flag, ()):
                if line.strip == suffix.strip and line.add == suffix.add:
                    tags |= line.tags
        genders |= {"f" for t in tags if t == "fem"} | {"m" for t in tags if t == "mas"}
        if "epi" in tags:
            genders |= {"f", "m"}
    return genders.pop() if len(genders) == 1 else ""
