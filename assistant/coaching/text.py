"""Small text helpers shared by the coaching checks."""

from __future__ import annotations

import re
import unicodedata

#: Longest answer kept for one field; longer text is refused with an explanation, never cut.
MAX_FIELD_CHARS = 400

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)?")


def normalize_apostrophes(text: str) -> str:
    """Replace typographic apostrophes by the ASCII one, so ``l’objectif`` reads as ``l'objectif``."""
    return text.translate(_APOSTROPHES)


def clean(text: str | None) -> str:
    """Trim a user's answer: unify apostrophes, drop control characters, collapse whitespace."""
    if not text:
        return ""
    text = normalize_apostrophes(text)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised form of ``text`` for keyword matching."""
    text = normalize_apostrophes(text).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits only)."""
    return _WORD.findall(fold(text))


_ORDINALS = {
    "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4, "cinquieme": 5, "5e": 5, "5eme": 5,
    "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10,
}
_ORDINAL = re.compile(r"^(?:(?:le|la|l'|objectif|l'objectif|question|la question|numero|n|no|n°)\s*)*"
                      r"(\d{1,3}|[a-z0-9]+)$")


def ordinal_number(text: str) -> int | None:
    """The number in « 2 », « le 2 », « n°2 », « le deuxième », « l'objectif 3 »; None otherwise."""
    match = _ORDINAL.match(fold(clean(text)).replace("n°", "n "))
    if not match:
        return None
    token = match.group(1)
    return int(token) if token.isdigit() else _ORDINALS.get(token)
