"""Debian's French Hunspell dictionary, read by spylls: is a word known as written (one home).

``assistant.common.spelling`` builds its corrections on :func:`is_valid`. Two of spylls' searches are bounded here:

* compound words: French defines no compounding, so that search can find nothing (:func:`_without_compounds`);
  every answer stays the same;
* words joined by hyphens: spylls tries every way of cutting at the hyphens, which doubles with each hyphen
  (« bon-bon-…-bon-zzqx », 17 parts, took minutes, and the action server answers nobody meanwhile); a word of
  more than :data:`MOST_PARTS` parts is cut here, one piece after another (:func:`_pieced`). The answers are
  spylls' up to 11 parts; beyond, spylls stopped cutting (ten hyphens at most) and called any such word unknown,
  where this says whether its pieces are known words.
"""

from __future__ import annotations

from functools import lru_cache, partial
from pathlib import Path
from typing import Any

DICTIONARIES = (Path("/usr/share/hunspell/fr_FR"), Path("/usr/share/hunspell/fr"))
#: Most hyphen-joined parts in one dictionary word with its affixes: an entry has at most four hyphens
#: (« Saint-Jean-de-la-Ruelle »), a suffix two (« allons-nous-en »).
MOST_PARTS = 7


@lru_cache(maxsize=1)
def checker() -> Any:  # a spylls Dictionary, loaded late
    """The French Hunspell dictionary (loaded once per process), or None when it is not installed."""
    for base in DICTIONARIES:
        if base.with_suffix(".dic").exists() and base.with_suffix(".aff").exists():
            from spylls.hunspell import Dictionary

            return _without_compounds(Dictionary.from_files(str(base)))
    return None


def _without_compounds(dictionary: Any) -> Any:
    """``dictionary``, not searching compound words when its affix file defines no compounding (French defines
    none). spylls searches them for every word it does not find, after analysing the word a second time for a
    forbidden form; that search can find nothing here, and it was half the time of a suggestion, which tries
    thousands of spellings. Every answer stays the same."""
    aff = dictionary.aff
    if not (aff.COMPOUNDBEGIN or aff.COMPOUNDFLAG or aff.COMPOUNDRULE):
        lookuper = dictionary.lookuper
        lookuper.good_forms = partial(type(lookuper).good_forms, lookuper, compound_forms=False)
    return dictionary


@lru_cache(maxsize=50_000)
def is_valid(word: str) -> bool:
    """True when the dictionary knows ``word`` as written (« Lyon », « trésorerie », « l'équipe »)."""
    spell = checker()
    if spell is None or not word:
        return False
    plain = word.replace("’", "'")
    try:
        if plain.count("-") >= MOST_PARTS:
            return _pieced(plain)
        return bool(spell.lookup(plain))
    except (IndexError, KeyError, ValueError):  # a form spylls cannot analyse
        return False


def _pieced(word: str) -> bool:
    """Whether ``word`` is known words joined by hyphens, each word of at most ``MOST_PARTS`` parts: the ways of
    cutting it are followed from left to right, each piece checked once (spylls tries every combination)."""
    parts = word.split("-")
    reached = [True] + [False] * len(parts)  # reached[i]: the first i parts are known words
    for end in range(1, len(parts) + 1):
        starts = range(max(0, end - MOST_PARTS), end)
        reached[end] = any(reached[start] and _known_piece("-".join(parts[start:end])) for start in starts)
    return reached[-1]


@lru_cache(maxsize=50_000)
def _known_piece(piece: str) -> bool:
    """Whether the dictionary knows ``piece`` as one word (with its hyphens, if any, not cut)."""
    return bool(piece) and any(checker().lookuper.good_forms(piece))
