"""Reading a remark on an action item that is no « done »: it is not done (« je l'ai pas faite ! »), or its words
must change (« l'action 1 est moche… corrige », « l'action 1 : gérer une vraie petite campagne »)."""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold, fold_same_length, words

#: « pas faite », « pas encore fini », « je l'ai pas fait » (folded).
_NOT_DONE = re.compile(
    r"\b(?:pas|jamais|toujours pas)\s+(?:encore\s+)?(?:fait|faite|faits|faites|fini|finie|termine|terminee|commence)\b"
)
#: « corrige », « reformule », « moche », « mal écrit »: the item's words are wrong (folded).
_FIX = re.compile(
    r"\b(?:corrig|modifi|reformul|rectifi|renomm|rempla|reecri|reecriv)\w*|\bchange[rz]?\b|"
    r"\b(?:moche|mal (?:ecrite?|formulee?|redigee?)|pas (?:clair|claire|correct|correcte)|ca veut rien dire|"
    r"ca ne veut rien dire|n'importe quoi)\b"
)
#: What the item becomes, after its number and « : », « en », « par » or « c'est plutôt » (on the folded text).
_NEW_WORDS = re.compile(
    r"(?:\baction\s*(?:n°\s*|numero\s*)?\d{1,2}|\bla\s+\d{1,2})\s*(?:,\s*)?"
    r"(?:(?:en|par)\s*:?\s*|:\s*|->\s*|=\s*|c'est (?:plutot\s*)?:?\s*|devient\s*:?\s*)"
    r"[«\"“]?\s*(?P<new>[^«»\"“”]{4,}?)\s*[»\"”]?\s*[.!]*\s*$"
)
#: « l'action 1 : faite » says it is done, it gives no new words (folded).
_DONE_ONLY = re.compile(r"(?:c'est |elle est |c )?(?:fait|faite|fini|finie|termine|terminee|ok|bon|valide|validee)\W*")
#: Beyond this, a new wording is a message of another kind.
MAX_WORDS = 30


#: « remets l'action à faire », « décoche-la », « rouvre la 2 » (folded).
_REOPEN = re.compile(r"\b(?:remet|remets|remettez|remettre|rouvr\w*|decoch\w*)\b")


def reopens(text: str | None) -> bool:
    """Whether the message takes back a « done » (« … n'est pas faite, je me suis trompé », « remets-la »)."""
    return not_done(text) or bool(_REOPEN.search(fold(text or "")))


def not_done(text: str | None) -> bool:
    """Whether the message says an action item is not done (« quoi ?? je l'ai pas faite ! »)."""
    return bool(_NOT_DONE.search(fold(text or "")))


def asks_to_fix(text: str | None) -> bool:
    """Whether the message asks to change an action item's words rather than to tick it."""
    return bool(_FIX.search(fold(text or "")))


def new_wording(text: str | None) -> str:
    """The words an action item should read (« l'action 1 : gérer une vraie campagne » -> « gérer une vraie
    campagne »), as typed; "" when the message gives none."""
    raw = clean(text)
    found = _NEW_WORDS.search(fold_same_length(raw))
    if not found:
        return ""
    new = raw[found.start("new") : found.end("new")].strip(" .!")
    return new if 1 <= len(words(new)) <= MAX_WORDS and not _DONE_ONLY.fullmatch(fold(new)) else ""
