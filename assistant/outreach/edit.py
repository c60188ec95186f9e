"""A change typed in words on a draft's text (read by :mod:`assistant.coaching.text_edits`), made on the text of
the version shown. Later retouches (shorter, formal…) start again from the mentee's answers; the coach says so."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.coaching.text import fold
from assistant.coaching.text_edits import TextEdit, read_edit, unquoted_edits
from assistant.outreach.model import Draft


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (of one line) around ``text[start:end]``, with the space after it."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    begin = left + 2 if left >= 0 and text[left] != "\n" else left + 1
    stops = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    stop = min(stops) if stops else len(text)
    if stop < len(text) and text[stop] in ".!?":
        stop += 2 if text[stop + 1 : stop + 2] == " " else 1
    return begin, stop


def applied(draft: Draft, edit: TextEdit) -> Draft | None:
    """The draft with ``edit`` made in its body (and subject); None when the words to change are not in it."""
    body = draft.body
    at = fold(body).find(fold(edit.old))
    if at < 0 or not edit.old.strip():
        return None
    end = at + len(edit.old)
    begin, stop = _sentence_span(body, at, end)
    whole = not re.search(r"\w", body[begin:at] + body[end:stop])  # the words to remove are the whole sentence
    if edit.new or not (edit.sentence or whole):
        body = body[:at] + edit.new + body[end:]
    else:
        body = body[:begin] + body[stop:]
    body = re.sub(r"([:;,])\s*,", r"\1", re.sub(r"[ \t]+([,.])", r"\1", body))  # French spaces before : ; ! ? stay
    body = re.sub(r" {2,}", " ", body)
    body = re.sub(r"[ \t]+\n", "\n", body).strip()
    return replace(draft, body=body)


def edit_in(draft: Draft, text: str | None) -> TextEdit | None:
    """The change on ``draft``'s text that ``text`` asks: with quotes (:func:`read_edit`), or without when the words
    to change are in the draft (« remplace 4 ans d'XP par 4 ans d'expérience »); None for any other message."""
    quoted = read_edit(text)
    if quoted is not None:
        return quoted
    body = fold(draft.body)
    found = (e for e in unquoted_edits(text) if re.search(rf"(?<!\w){re.escape(fold(e.old))}(?!\w)", body))
    return max((e for e in found if len(e.old) > 1), key=lambda e: len(e.old), default=None)  # the most words kept
