"""A change typed in words on a draft's text (read by :mod:`assistant.coaching.text_edits`), made on the text of
the version shown. Later retouches (shorter, formal…) are rebuilt from the mentee's answers, and these changes made
again on them where their words still are (:mod:`assistant.outreach.carried`)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.coaching.text import clean, fold, meaningful_words
from assistant.coaching.text_edits import (
    TextEdit,
    greeting_wanted,
    on_subject,
    read_edit,
    removal_topic,
    subject_wanted,
    unquoted_edits,
)
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


#: « … » or « ... » that ends words quoted from the text: the quote is its first words (« Pour tout vous dire… »).
_CUT = re.compile(r"\s*(?:…|\.\.\.)\s*$")


def _uncut(edit: TextEdit) -> TextEdit:
    """``edit`` with the words to change quoted by their start (« supprimez « Pour tout vous dire, votre parcours :
    … » », « remplacez « je vais réécrire… » par « j'ai déjà réécrit… » »): those first words, the rest kept."""
    if not _CUT.search(edit.old) or not _CUT.sub("", edit.old).strip():
        return edit
    new = _CUT.sub("", edit.new) if _CUT.search(edit.new) else edit.new
    return replace(edit, old=_CUT.sub("", edit.old), new=new, sentence=edit.sentence or not edit.new)


def applied(draft: Draft, edit: TextEdit) -> Draft | None:
    """The draft with ``edit`` made in its body, or on its subject line (``edit.subject``, or words found only
    there); None when the words to change are not in it."""
    edit = _uncut(edit)
    if edit.subject:
        return replace(draft, subject=edit.new.strip()) if draft.subject and edit.new.strip() else None
    if edit.new and fold(edit.old) not in fold(draft.body) and fold(edit.old) in fold(draft.subject):
        at = fold(draft.subject).find(fold(edit.old))
        return replace(draft, subject=draft.subject[:at] + edit.new + draft.subject[at + len(edit.old) :])
    body = draft.body
    old = edit.old if edit.new else edit.old.rstrip(" .!?")  # a whole sentence quoted with its full stop
    at = fold(body).find(fold(old))
    if at < 0 or not old.strip():
        return None
    end = at + len(old)
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


#: « signez Thierry Morel », « signe avec « Léa M. » »: the signature line becomes that name.
_SIGN = re.compile(
    r"\bsign(?:e|ez|er)\s+(?:avec\s+|par\s+)?[«\"]?\s*(?P<name>[A-ZÀ-Ý][\w'.-]*(?:\s+[A-ZÀ-Ý][\w'.-]*){0,2})"
)


def edits_in(draft: Draft, text: str | None) -> list[TextEdit]:
    """The changes on ``draft``'s text that ``text`` asks, in order: a new greeting line (« la formule d'appel doit
    être « Madame, » »), then words with quotes (:func:`read_edit`), a sentence named by what it is about (« retirez
    la phrase sur la promesse d'embauche »), or words without quotes found in the draft (« remplace 4 ans d'XP par 4
    ans d'expérience »); [] for any other message."""
    found: list[TextEdit] = []
    subject = subject_wanted(text)
    if subject is not None and draft.subject:
        return [TextEdit(draft.subject, subject, subject=True)]  # « changez l'objet en « … » »
    greeting = greeting_wanted(text)
    first = draft.body.split("\n", 1)[0]
    if greeting is not None and first.rstrip().endswith(",") and fold(first) != fold(greeting):
        found.append(TextEdit(first, greeting))
    signed = _SIGN.search(clean(text))
    last = draft.body.rstrip().rsplit("\n", 1)[-1]
    if signed and len(last.split()) <= 4 and fold(last) != fold(signed.group("name")):  # « signez Thierry Morel »
        found.append(TextEdit(f"\n{last}", f"\n{signed.group('name')}"))  # the last line, not the name in the intro
    quoted = read_edit(text)
    quoted = on_subject(quoted) if quoted is not None else None  # « remplacez « Objet : … » par … »
    topic = removal_topic(text)
    if quoted is not None and (greeting is None or fold(quoted.new) != fold(greeting)):
        found.append(quoted)
    elif topic is not None:
        about = _sentence_about(draft.body, topic)
        found.extend([about] if about is not None else [])
    elif quoted is None:
        body = fold(draft.body)
        unquoted = [e for e in unquoted_edits(text) if re.search(rf"(?<!\w){re.escape(fold(e.old))}(?!\w)", body)]
        best = max((e for e in unquoted if len(e.old) > 1), key=lambda e: len(e.old), default=None)  # most words
        found.extend([best] if best is not None else [])
    return found


def edit_in(draft: Draft, text: str | None) -> TextEdit | None:
    """The first change on ``draft``'s text that ``text`` asks (:func:`edits_in`), or None."""
    return next(iter(edits_in(draft, text)), None)


def _sentence_about(body: str, topic: str) -> TextEdit | None:
    """Removing the one sentence of ``body`` that shares the most words with ``topic`` (at least half of them); None
    when none does, or when two sentences tie."""
    wanted = set(meaningful_words(topic))
    sentences = [part for line in body.split("\n") for part in re.split(r"(?<=[.!?])\s+", line) if part.strip()]
    scored = sorted(((len(wanted & set(meaningful_words(s))), s) for s in sentences), reverse=True)
    enough = max(1, (len(wanted) + 1) // 2)  # « la phrase avec la date et le repère »: one of two words is enough
    if not scored or scored[0][0] < enough or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return TextEdit(scored[0][1], "", sentence=True)
