"""The kind of mentoring an answer names by its own word (« informel », « de groupe »), not guessed from a detail
(« en visio »), when it names one or more."""

from __future__ import annotations

import re

from assistant.coaching.text import fold
from assistant.goals.catalog import find_mentoring_kind

#: A kind named by its own word (« informel », « mentorat de groupe »), not guessed from a detail (« en visio »).
_KIND_NAMED = re.compile(r"\b(formel|informel|de groupe|en groupe|inverse|a distance)\b")


_UNDECIDED = re.compile(r"\bje (?:ne )?sais pas\b|\bjsp\b|\bhesite\b|\bentre\b|\?")
#: Before a kind named second, a change of mind (« informel, ou plutôt de groupe »): that one is meant.
_KIND_INSTEAD = re.compile(r"\b(?:plutot|finalement|en fait|non)\b")


def named_mentoring_kind(text: str | None) -> str | None:
    """The kind ``text`` names by its own word (« Un mentorat informel, de préférence en visio » -> informel): the
    first one named (« informel, éventuellement à distance »), or a later one taken instead (« formel, enfin non,
    plutôt informel »); None when it names none."""
    folded = fold(text or "")
    named = [(m.span(), found.key) for m in _KIND_NAMED.finditer(folded) if (found := find_mentoring_kind(m.group(1)))]
    between = [(folded[before[0][1] : after[0][0]], after[1]) for before, after in zip(named, named[1:], strict=False)]
    instead = [key for words_between, key in between if _KIND_INSTEAD.search(words_between)]
    if not instead and len({key for _, key in named}) > 1 and _UNDECIDED.search(folded):
        return None  # « à distance ou en groupe, j'hésite »: asked again
    return instead[-1] if instead else (named[0][1] if named else None)
