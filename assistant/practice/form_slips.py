"""What a careful reader notices first in the form of a text the mentee wrote to a mentor (their own first message,
or a reply in a rehearsal), whatever its content: SMS spelling and missing accents (« jsuis », « etre », « stp »),
an over-familiar sign-off (« bisous »), a pushy demand (« réponds-moi vite », « urgent ») and English filler words
in a French message (« hello », « no pressure »). Blind panel 9: an SMS-style message and a follow-up opening on
« Hello » passed without a word about them.

The spelling is the corrector's (``assistant.common.spelling``): a word it would correct for sure (accents, a missing
apostrophe, an SMS spelling with one meaning) is an SMS spelling here; a chat contraction it does not know
(« jsuis », « jveux ») too.

Public API:

- :class:`FormSlips`: the words found, as typed, per kind (``sms`` as (typed, in full) pairs).
- ``form_slips(text) -> FormSlips``; ``PUSHY``: the folded pattern of a pushy demand.
- ``form_notes(slips, tu, with_pushy=True) -> list[str]``: the notes in the coach's words (``critique_note``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import fold, fold_same_length
from assistant.common.dictionary import is_valid
from assistant.common.spelling import correct
from assistant.common.spelling_words import CLIPPINGS, REPLACEMENTS, SMS_IN_FULL
from assistant.common.templating import render

#: Most words quoted in one note: enough to show the habit, short enough to read.
MOST_QUOTED = 4

_TOKEN = re.compile(r"[\wÀ-ÿ]+(?:['’][\wÀ-ÿ]+)?")
#: « jsuis », « jveux », « jkiff »: « je » glued to a verb, a chat contraction no dictionary knows.
_CONTRACTION = re.compile(r"^j([bcdfghjklmnpqrstvwxz]\w+)$")
_SIGN_OFF = re.compile(r"\b(?:gros |grosses )?(?:bisous?|bises|biz+|bizou?x?|xoxo|kiss(?:es)?|je t'embrasse)\b")
PUSHY = re.compile(
    r"\b(?:reponds?|repondez|ecris|ecrivez|rappelle|rappelez)[- ]moi (?:vite|rapidement|au plus vite|des que possible|"
    r"asap)\b|"
    r"\bme repondre (?:vite|rapidement|au plus vite|des que possible)\b|"
    r"\bj'attends (?:ta|votre|tes|vos) (?:reponse|retour)s?\b|\b(?:c'est |tres )?urgent\b|\bau plus vite\b|"
    r"\ble plus (?:vite|rapidement) possible\b|\bdans les plus brefs delais\b|\basap\b"
)
#: English fillers and their French words (folded keys; « tu » and « vous » forms where they differ).
ENGLISH_FILLERS = {
    "hello": ("bonjour", "bonjour"),
    "hi": ("bonjour", "salut"),
    "hey": ("bonjour", "salut"),
    "no pressure": ("rien ne presse", "rien ne presse"),
    "no worries": ("pas de souci", "pas de souci"),
    "btw": ("au fait", "au fait"),
    "by the way": ("au fait", "au fait"),
    "fyi": ("pour information", "pour information"),
    "thank you": ("merci", "merci"),
    "thanks": ("merci", "merci"),
    "thx": ("merci", "merci"),
    "cheers": ("merci", "merci"),
    "best regards": ("bien cordialement", "à bientôt"),
    "kind regards": ("bien cordialement", "à bientôt"),
    "regards": ("cordialement", "à bientôt"),
    "sorry": ("pardon", "pardon"),
    "please": ("s'il vous plaît", "s'il te plaît"),
    "pls": ("s'il vous plaît", "s'il te plaît"),
    "let me know": ("dites-moi", "dis-moi"),
    "anyway": ("en tout cas", "en tout cas"),
    "see you": ("à bientôt", "à bientôt"),
    "take care": ("prenez soin de vous", "prends soin de toi"),
}
_ENGLISH = re.compile(r"\b(?:" + "|".join(sorted(ENGLISH_FILLERS, key=len, reverse=True)) + r")\b")


@dataclass(frozen=True)
class FormSlips:
    """What was found, as the mentee typed it (at most ``MOST_QUOTED`` of each kind)."""

    sms: tuple[tuple[str, str], ...] = ()  # (typed, in full); in full is "" for laughter to take out
    sign_off: tuple[str, ...] = ()
    pushy: tuple[str, ...] = ()
    english: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.sms or self.sign_off or self.pushy or self.english)


def _in_full(token: str) -> tuple[int, str] | None:
    """(rank, the word written out) when ``token`` is an SMS spelling (rank 0), a chat contraction (1) or lacks its
    accents or apostrophe (2), else None; the written-out word is "" for laughter to take out."""
    key = fold(token.replace("’", "'"))
    if key in SMS_IN_FULL:
        return 0, SMS_IN_FULL[key][0]  # the « vous » form; the note picks the tone's
    if is_valid(token) or key in CLIPPINGS:
        return None  # a word the dictionary knows, a familiar word (not spelling)
    if key in REPLACEMENTS and REPLACEMENTS[key].lower() != key:  # « bcp », not « LinkedIn » typed as such
        return 0, REPLACEMENTS[key]
    contraction = _CONTRACTION.match(key)
    if contraction:
        rest = contraction.group(1)
        return 1, f"je {rest}" if is_valid(rest) else ""
    if token[:1].isupper():
        return None  # a name the dictionary does not know
    spelled = correct(token)
    if spelled.ok and spelled.text.lower() != token.lower():
        return 2, spelled.text
    return None


def _found(pattern: re.Pattern, text: str) -> tuple[str, ...]:
    """The matches of ``pattern`` in the folded text, quoted as typed, each once."""
    quoted = [text[m.start() : m.end()] for m in pattern.finditer(fold_same_length(text))]
    return tuple(dict.fromkeys(quoted))[:MOST_QUOTED]


def form_slips(text: str) -> FormSlips:
    """The SMS spellings, over-familiar sign-offs, pushy demands and English fillers of ``text``."""
    text = text or ""
    folded = fold_same_length(text)
    quoted = [m.span() for pattern in (PUSHY, _SIGN_OFF) for m in pattern.finditer(folded)]
    sms: dict[str, tuple[int, str, str]] = {}
    for match in _TOKEN.finditer(text):
        if any(start <= match.start() < end for start, end in quoted):
            continue  # « repond moi vite » is quoted whole by its own note, not as « répond »
        found = _in_full(match.group(0))
        if found is not None:
            sms.setdefault(match.group(0).lower(), (found[0], match.group(0), found[1]))
    ranked = sorted(sms.values(), key=lambda found: found[0])[:MOST_QUOTED]
    return FormSlips(
        sms=tuple((typed, full) for _, typed, full in ranked),
        sign_off=_found(_SIGN_OFF, text),
        pushy=_found(PUSHY, text),
        english=_found(_ENGLISH, text),
    )


def form_notes(slips: FormSlips, tu: bool, with_pushy: bool = True) -> list[str]:
    """The coach's notes on the slips, SMS spelling first; ``with_pushy`` False when a check already says it."""
    notes = []
    if slips.sms:
        spelled = [(typed, SMS_IN_FULL.get(fold(typed), (full, full))[tu] or "") for typed, full in slips.sms]
        notes.append(render("practice/critique_note.txt.j2", key="sms", slips=spelled))
    if slips.sign_off:
        notes.append(render("practice/critique_note.txt.j2", key="sign_off", words=slips.sign_off, tu=tu))
    if slips.pushy and with_pushy:
        notes.append(render("practice/critique_note.txt.j2", key="pushy", words=slips.pushy, tu=tu))
    if slips.english:
        french = [(word, ENGLISH_FILLERS[fold(word)][tu]) for word in slips.english]
        french = [(word, f[:1].upper() + f[1:] if word[:1].isupper() else f) for word, f in french]
        notes.append(render("practice/critique_note.txt.j2", key="english", words=french))
    return notes
