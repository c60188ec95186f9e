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
