"""A thank-you note changed in words (« remplacez « Bonjour, » par « Salut Nadia, » », « supprimez la phrase sur le
livre »): the change made on the last note written, kept as a new note, the way a draft's text is edited."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import say
from assistant.common.french import capitalize
from assistant.outreach.edit import applied, edits_in
from assistant.outreach.model import Draft, DraftStyle
from assistant.outreach.revise import read_revision
from assistant.practice import store as practice_store


def _edited_text(text: str, said: str) -> str | None:
    """``text`` with every change ``said`` asks made on it (or the sentence it asks to add, before the closing line:
    « ajoute : « Je me suis inscrite aux portes ouvertes. » »); None when none of them can be made."""
    note = Draft("", text, DraftStyle())
    changed = False
    for edit in edits_in(note, said):
        made = applied(note, edit)
        if made is not None:
            note, changed = made, True
    added = read_revision(said, DraftStyle()).extra if not changed else ""
    if added and "\n" in note.body:
        head, closing = note.body.rsplit("\n", 1)
        sentence = capitalize(added.rstrip(" .!")) + "."
        return f"{head}\n{sentence}\n{closing}"
    return note.body if changed else None


def thank_you_edit_typed(tracker: Tracker, draft_text: str = "") -> bool:
    """Whether the message changes words of the last thank-you note and not of ``draft_text`` (the current draft's
    text, when there is one): sixteenth panel, « remplacez « Bonjour, » par « Salut Nadia, » » under a note got
    « Vous n'avez pas encore de brouillon »."""
    said = tracker.latest_message.get("text") or ""
    record = practice_store.newest_thank_you(tracker.sender_id)
    if record is None or _edited_text(record.text, said) is None:
        return False
    return not draft_text or _edited_text(draft_text, said) is None


def edit_thank_you(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Make the change the message asks on the last thank-you note, show the note and keep it; False when the message
    asks no change that can be made on it (the caller then writes a note as asked)."""
    record = practice_store.newest_thank_you(tracker.sender_id)
    text = _edited_text(record.text, tracker.latest_message.get("text") or "") if record is not None else None
    if record is None or text is None:
        return False
    say(dispatcher, "thank_you_edited")
    dispatcher.utter_message(text=text)
    result = record.result
    practice_store.save_thank_you(
        tracker.sender_id, str(result.get("mentor") or ""), record.channel, bool(result.get("whole")), text
    )
    return True
