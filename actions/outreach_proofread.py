"""The coach's reading of an outreach answer before it goes into the draft: spelling, slang and SMS fixed or
proposed, and the « ✏️ Je la réécris » button that brings the question back; a word the mentee keeps after the
remark (typed again, or « c'est le nom du métier ») is kept as typed."""

from __future__ import annotations

import re
from collections.abc import Callable

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from assistant.coaching.text import fold
from assistant.common.proofread import proofread
from assistant.common.templating import message

#: What the « ✏️ Je la réécris » button sends: the question comes again.
REWRITE = "Je la réécris moi-même"
PROOFREAD_KEY = "outreach_proofread"


def checked_answer(
    dispatcher: CollectingDispatcher,
    answer: str,
    read_as: Callable[[str], str | None] = lambda text: text,
    slot: str = "",
    kept: frozenset[str] = frozenset(),
) -> str | None:
    """The answer as it will go into the draft, or None when the mentee must write it again.

    Capitals and elision are fixed without asking. Anything else (spelling, slang, SMS) gets the coach's remark
    and a corrected version, which is kept so the form goes on; the remark's « ✏️ Je la réécris » button brings
    the question of ``slot`` back. A greeting or a question instead of an answer, or words the coach cannot
    correct for sure, are never pasted: the question is asked again. Words in ``kept`` stay as typed.
    """
    read = proofread(answer, kept)
    if read.fit:
        return read_as(read.text)
    proposal = (read_as(read.proposal) or "") if read.proposal else ""
    dispatcher.utter_message(
        text=message(PROOFREAD_KEY, problems=list(read.problems), words=list(read.words), proposal=proposal),
        buttons=[{"title": "✏️ Je la réécris", "payload": REWRITE}] if proposal and slot else [],
        message_key=PROOFREAD_KEY,
        proposal=proposal,
        rewrite_slot=slot if proposal else "",
        flagged=list(read.words),
        flagged_slot=slot,
    )
    return proposal or None


def slot_to_rewrite(tracker: Tracker) -> str:
    """The slot whose answer the coach rewrote most recently in this form (see :func:`checked_answer`), or ""."""
    for event in reversed(tracker.events):
        if event.get("event") == "active_loop" and event.get("name") != "outreach_form":
            return ""
        metadata = event.get("metadata") or {}
        if event.get("event") == "bot" and metadata.get("message_key") == PROOFREAD_KEY:
            return metadata.get("rewrite_slot") or ""
    return ""


#: « c'est correct », « c'est le nom du métier », « garde-le tel quel »: the mentee stands by the words flagged.
_STANDS_BY = re.compile(
    r"\b(?:c'est (?:bien |tout a fait )?(?:correct|juste|bon|bien ecrit|comme ca que ca s'ecrit)|"
    r"c'est (?:le|un) (?:bon |vrai )?(?:mot|terme|nom)|(?:terme|mot|nom) (?:technique|du metier|de metier)|jargon|"
    r"(?:ca|ce mot|ce terme|il|le mot) existe|c'est (?:mon|notre) (?:domaine|metier|specialite|sujet de these)|"
    r"(?:garde|gardez|laisse|laissez)[- ](?:le|la|les)?[- ]?(?:comme ca|tel quel|telle quelle|tels quels|ainsi)|"
    r"ca s'ecrit (?:comme ca|ainsi)|c'est voulu|ce n'est pas une faute|c'est pas une faute)"
)


def stands_by(text: str | None) -> bool:
    """Whether the mentee answers the coach's remark by standing by the words it flagged."""
    return bool(_STANDS_BY.search(fold(text or "")))


def last_remark(tracker: Tracker) -> tuple[str, list[str], str] | None:
    """The coach's spelling remark in its turn just before the current message: (slot, words flagged, the answer
    it was about); None when that turn had none."""
    seen_current, remark = False, None
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if not seen_current:
                seen_current = True
                continue
            return (remark[0], remark[1], event.get("text") or "") if remark else None
        metadata = event.get("metadata") or {}
        if seen_current and event.get("event") == "bot" and metadata.get("message_key") == PROOFREAD_KEY:
            remark = (metadata.get("flagged_slot") or "", list(metadata.get("flagged") or []))
    return None


def kept_words(tracker: Tracker, slot: str) -> frozenset[str]:
    """The words flagged in ``slot``'s answer that the mentee stands by: all of them when they say so (« c'est le
    nom du métier »), else those typed again in the new answer (folded)."""
    remark = last_remark(tracker)
    if remark is None or remark[0] != slot:
        return frozenset()
    flagged = {fold(word) for word in remark[1]}
    text = (tracker.latest_message or {}).get("text") or ""
    if stands_by(text):
        return frozenset(flagged)
    return frozenset(flagged & {fold(word) for word in re.findall(r"[\w'-]+", text)})
