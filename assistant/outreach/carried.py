"""Changes the mentee made by hand on a draft (versions saved as ``edit``), made again on a version rebuilt from the
answers (« plus court », another channel, tu/vous): « Madame, » stays « Madame, », « un appel » stays « un appel »
wherever the words changed are still in the new text."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.coaching.text import fold
from assistant.coaching.text_edits import TextEdit
from assistant.common.tutoiement import to_tu
from assistant.outreach.edit import applied
from assistant.outreach.model import Draft, VersionRecord

#: Words, and the spaces and marks between them, as difflib compares them.
_TOKENS = re.compile(r"\w+|[^\w\s]|\s+")
#: A change of fewer words than this is not carried when nothing else of its line comes with it (« et » → « , »).
MIN_CARRIED_CHARS = 3


#: Changes this few tokens apart (« Bonjour Madame Roux, » -> « Madame, ») are one change, carried together.
MAX_GAP_TOKENS = 4


def _changes(before: str, after: str) -> list[TextEdit]:
    """The stretches replaced or removed between two texts (changes close together joined into one, so that each
    can be found again in another text), with what replaced them."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    spans: list[list[int]] = []  # [i1, i2, j1, j2] of each joined change
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= MAX_GAP_TOKENS and j1 - spans[-1][3] <= MAX_GAP_TOKENS:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    edits = []
    for i1, i2, j1, j2 in spans:
        if i1 == i2 and i1 > 0:  # an addition is carried with the word before it (« un » -> « un court »)
            i1, j1 = i1 - 1, j1 - 1
        removed, added = "".join(old[i1:i2]), "".join(new[j1:j2])
        if len(removed.strip()) >= MIN_CARRIED_CHARS and removed.strip():
            edits.append(TextEdit(removed, added))
    return edits


def hand_edits(versions: Sequence[VersionRecord]) -> list[TextEdit]:
    """The changes made by hand across a draft's versions, oldest first (a version saved as ``edit`` compared with
    the one before it); the subject line changed is carried whole; a version put back (``restore``) drops the
    changes made after it."""
    edits: list[TextEdit] = []
    for index, (before, after) in enumerate(zip(versions, versions[1:], strict=False)):
        if after.change == "restore":  # back to an earlier version: the changes made since it are undone
            back = next(i for i, v in enumerate(versions) if v.draft == after.draft)
            edits = hand_edits(versions[: back + 1]) if back < index + 1 else edits
            continue
        if after.change != "edit":
            continue
        if after.draft.subject != before.draft.subject and after.draft.subject:
            edits.append(TextEdit(before.draft.subject, after.draft.subject, subject=True))
        greeting = _greeting(after.draft.body)
        if greeting and greeting != _greeting(before.draft.body):  # « Madame, »: the greeting line, carried whole
            edits.append(TextEdit(GREETING_LINE, greeting))  # (its words are not carried again: « Monsieur Monsieur »)
            edits.extend(_changes(_after_first_line(before.draft.body), _after_first_line(after.draft.body)))
        else:
            edits.extend(_changes(before.draft.body, after.draft.body))
    return edits


#: The stand-in ``old`` of a greeting carried whole: the first line of the new text is replaced, whatever it says.
GREETING_LINE = "\x00greeting"
_GREETING = re.compile(
    r"^(?:bonjour|bonsoir|hello|salut|coucou|madame|monsieur|ch[eè]re?|mesdames)\b[^\n]{0,40},\s*$", re.I
)


def _after_first_line(body: str) -> str:
    return body.split("\n", 1)[1] if "\n" in body else ""


def _greeting(body: str) -> str:
    """The body's first line when it is a greeting (« Bonjour Hélène, », « Madame, »), else ""."""
    first = body.split("\n", 1)[0].strip()
    return first if _GREETING.match(first) else ""


#: A sentence removed by hand is found again in a rebuilt text when this close to it (« Je sais que votre temps est
#: précieux. » rebuilt « plus formel » as « Je sais combien votre temps est précieux. »).
SAME_SENTENCE_RATIO = 0.7
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]+")


def _without_like_sentence(draft: Draft, removed: str) -> Draft | None:
    """``draft`` without its sentence closest to ``removed`` (a whole sentence the mentee took out), or None when
    none is close enough."""
    target = fold(removed).split()
    best, score = None, SAME_SENTENCE_RATIO
    for match in _SENTENCE.finditer(draft.body):
        ratio = difflib.SequenceMatcher(a=target, b=fold(match.group()).split(), autojunk=False).ratio()
        if ratio >= score:
            best, score = match, ratio
    if best is None:
        return None
    body = (draft.body[: best.start()] + draft.body[best.end() :]).replace(" \n", "\n")
    return replace(draft, body=re.sub(r" {2,}", " ", re.sub(r"\n[ \t]+", "\n", body)).strip())


#: A greeting that goes with « vous » only (« Madame, », « Monsieur Roy, »).
_FORMAL_GREETING = re.compile(
    r"^\s*(?:madame|monsieur|mesdames|messieurs|ch[eè]re madame|cher monsieur)(?:\s+[\w'-]+){0,3}\s*,?\s*$", re.I
)


def _in_tu(edit: TextEdit) -> TextEdit | None:
    """``edit`` with its words put into « tu » (« Pour tout vous dire, votre parcours » -> « Pour tout te dire, ton
    parcours »), or None when they cannot be or do not change."""
    old = to_tu(edit.old)
    new = to_tu(edit.new) if edit.new else ""
    if not old or old == edit.old or new is None:
        return None
    return TextEdit(old, new, sentence=edit.sentence, subject=edit.subject)


def with_hand_edits(draft: Draft, edits: Sequence[TextEdit]) -> Draft:
    """``draft`` with each hand edit made again where its words are still there (the others are left). In a draft
    rebuilt in « tu », a hand edit is looked for in « tu » too (sixteenth panel: a sentence removed came back), and a
    greeting such as « Madame, » is not put back in front of a « tu »."""
    for edit in edits:
        if draft.style.tone == "tu" and _FORMAL_GREETING.match(edit.new):
            continue
        if edit.old == GREETING_LINE:
            greeting = _greeting(draft.body)
            draft = replace(draft, body=edit.new + draft.body[len(greeting) :]) if greeting else draft
            continue
        changed = applied(draft, edit)  # None when its words are not there (or the draft has no subject line)
        if changed is None and draft.style.tone == "tu" and (in_tu := _in_tu(edit)) is not None:
            changed = applied(draft, in_tu)
        if changed is None and not edit.new and re.search(r"[.!?]\s*$", edit.old):  # a sentence reworded since
            changed = _without_like_sentence(draft, edit.old)
        draft = changed if changed is not None else draft
    return draft
