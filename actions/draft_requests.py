"""Whether a typed message asks to change the draft just shown, in words the classifier may have read as something
else (a form answer, a question, « keep this draft »)."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.exc import SQLAlchemyError

from actions.turn import action_before_fallbacks
from assistant.coaching.text import looks_like_question
from assistant.coaching.text_edits import names_a_text_change, removal_topic
from assistant.outreach import store as draft_store
from assistant.outreach.edit import edit_in
from assistant.outreach.model import DraftStyle
from assistant.outreach.revise import read_revision

#: Whether a message asks to change a draft does not depend on the draft's style: any style reads it.
_ANY_STYLE = DraftStyle("email", "vous", "neutral", False)


def _change_in_words(text: str) -> bool:
    """Whether a typed message asks to change a draft: an edit with quotes, or a revision the words say."""
    if names_a_text_change(text) or removal_topic(text):
        return True
    return read_revision(text, _ANY_STYLE).kind not in ("unknown", "accept")


def asks_a_change(tracker: Tracker) -> bool:
    """Whether a message read as « keep this draft » asks for a change or asks a question instead."""
    text = (tracker.latest_message or {}).get("text") or ""
    if text.startswith("/") or next(tracker.get_latest_entity_values("draft_version"), None):
        return False
    return "?" in text or _change_in_words(text)


#: The actions that end by showing a draft and its revision buttons.
DRAFT_SHOWN = {"action_draft_outreach", "action_revise_draft"}
#: The actions that end by showing a thank-you note (a change asked next is about the note).
THANK_YOU_SHOWN = {"action_thank_you_note", "action_save_debrief", "action_save_journal"}


def revision_typed(tracker: Tracker) -> bool:
    """Whether the latest message, right after a draft was shown, asks to change it in words the classifier read
    as something else (« proposez un appel de 30 minutes plutôt qu'une visio » looks like a form answer; « remplace
    4 ans d'XP par 4 ans d'expérience », without quotes, when those words are in the draft)."""
    text = (tracker.latest_message or {}).get("text") or ""
    if action_before_fallbacks(tracker.events) not in DRAFT_SHOWN or text.startswith("/"):
        return False
    if _change_in_words(text):
        return True
    try:
        current = draft_store.current_draft(tracker.sender_id)
    except SQLAlchemyError:  # the fallback's own answer then; the revision would fail to save anyway
        return False
    return current is not None and edit_in(current.latest.draft, text) is not None


def remark_on_draft(tracker: Tracker) -> bool:
    """Whether the latest message, right after a draft was shown, is a change or a remark about it rather than a
    question (« la formule d'appel doit être simplement « Madame, » ; et je préférerais … »): the revision's own
    answer fits it better than the main menu."""
    text = (tracker.latest_message or {}).get("text") or ""
    if action_before_fallbacks(tracker.events) not in DRAFT_SHOWN or text.startswith("/"):
        return False
    return revision_typed(tracker) or not looks_like_question(text)


def about_the_draft(tracker: Tracker) -> bool:
    """Whether a message read as the mentor's reply (or their silence) is about the draft instead: typed right
    after a draft was shown, or asking a change in so many words (eighteenth panel: « on ne peut pas écrire Bonjour
    Hélène à une professeure ! mettez Madame » was noted as a refusal, « je n'ai même pas envoyé le mail, je veux
    juste Madame au lieu de Bonjour Hélène » as a silence). A reply's button is never about the draft."""
    text = (tracker.latest_message or {}).get("text") or ""
    if text.startswith("/"):
        return False
    return action_before_fallbacks(tracker.events) in DRAFT_SHOWN or names_a_text_change(text)
