"""The action items agreed with the mentor: listed, marked done (and undone at once when that was a mistake),
reworded; the journal of meetings that holds them is ``actions/journal.py``."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import (
    button,
    database_errors_told,
    say,
    short,
)
from actions.turn import turn_before
from assistant.coaching.text import fold
from assistant.common.templating import message
from assistant.journal import store as journal_store
from assistant.journal.answers import (
    MAX_ACTION_CHARS,
    added_items,
    done_action,
    done_by_words,
    find_action,
    names_no_action,
)
from assistant.journal.render import action_lines, mentor_lines
from assistant.journal.rewording import asks_to_fix, new_wording, not_done, reopens

Events = list[dict[str, Any]]

LIST_BUTTON = button("📋 Mes actions", "list_actions")
LISTED_SLOT = "listed_actions"


def shown(items: Any) -> dict[str, Any]:
    """The event that remembers how the list just shown numbered the items."""
    return SlotSet(LISTED_SLOT, ",".join(str(item.id) for item in items))


def listed(tracker: Tracker) -> list[int]:
    """The ids of the items in the order the last list showed them; [] when none was shown."""
    return [int(i) for i in (tracker.get_slot(LISTED_SLOT) or "").split(",") if i.isdigit()]


def _done_buttons(items: list) -> list[dict[str, str]]:
    """One « done » button per open item (the first five)."""
    return [button(f"✅ {short(item.task, 30)}", "mark_action_done", action_item=item.id) for item in items[:5]]


class ActionListActions(Action):
    """What is left to do from the meetings: the open action items, soonest due first."""

    def name(self) -> str:
        return "action_list_actions"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        items = journal_store.open_actions(tracker.sender_id)
        if not items:
            say(dispatcher, "actions_none", [button("📝 Noter une rencontre", "debrief_meeting")])
            return []
        mine = [item for item in items if not item.by_mentor]
        theirs = [item for item in items if item.by_mentor]
        mentors = len({item.mentor for item in theirs})
        say(
            dispatcher,
            "actions_open",
            _done_buttons(mine),
            count=len(mine),
            actions=action_lines(mine),
            theirs=mentor_lines(theirs, named=mentors > 1),
            mentors=mentors,
        )
        return [shown(mine)]


#: Set by action_check_done_item: whether a message the NLU was unsure of says an open action item is done.
DONE_ITEM_SLOT = "done_item_named"


class ActionCheckDoneItem(Action):
    """Before a message read as unsure, as an answer with no question pending, or as a sending is handled: when it
    says an open action item is done (« et jme suis inscrite a la formation PMP aussi !! », « le CV je l'ai envoyé à
    Claire »), the rules mark the item (``done_item_named``); otherwise they go on as the intent says."""

    def name(self) -> str:
        return "action_check_done_item"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        return [SlotSet(DONE_ITEM_SLOT, names_a_done_item(tracker))]


def names_a_done_item(tracker: Tracker) -> bool:
    """Whether the latest message says, in so many words, that one of the mentee's open action items is done."""
    try:
        items = journal_store.open_actions(tracker.sender_id)
    except SQLAlchemyError:
        return False
    return done_action(items, (tracker.latest_message or {}).get("text")) is not None


#: « supprime l'action », « enlève la 2 »: an item taken off the list, not done.
_REMOVED = re.compile(r"\b(?:supprim|enlev|retir|effac|vire)\w*")


class ActionMarkActionDone(Action):
    """Mark an action item done, named by its number, its words or a button; ask which one when unclear."""

    def name(self) -> str:
        return "action_mark_action_done"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        text = (tracker.latest_message or {}).get("text") or ""
        wanted = added_items(text)  # « il manque une action : … » after a meeting was noted: added, not done
        added = journal_store.add_actions(tracker.sender_id, wanted) if wanted else []
        if added:
            say(dispatcher, "actions_added", [LIST_BUTTON], actions=action_lines(added))
            return []
        if reopens(text):  # « remets l'action tableau de bord à faire », « … n'est pas faite, je me suis trompé »
            done = journal_store.done_actions(tracker.sender_id)
            ticked = just_ticked(tracker.events)
            item = next((i for i in done if i.id == ticked), None) or find_action(done, text, listed(tracker))
            if item is not None:
                journal_store.reopen(tracker.sender_id, item.id)
                say(dispatcher, "action_undone", [LIST_BUTTON], item=item.task)
                return []
        items = journal_store.open_actions(tracker.sender_id)
        if not items:
            say(dispatcher, "actions_none", [button("📝 Noter une rencontre", "debrief_meeting")])
            return []
        chosen_id = next(tracker.get_latest_entity_values("action_item"), None)
        if chosen_id is not None:
            item = next((i for i in items if str(i.id) == str(chosen_id)), None)
        elif len(items) == 1 and names_no_action(text):
            item = items[0]
        else:
            item = find_action(items, text, listed(tracker))
            said = done_by_words(items, text)  # « l'action 2 est faite, j'ai préparé le planning »: which one?
            item = None if item is not None and said is not None and said.id != item.id else item
        new = new_wording(text)
        if chosen_id is None and (new or asks_to_fix(text) or not_done(text)):
            return _not_ticked(dispatcher, tracker, items, item, new)  # « l'action 1 est moche… corrige »
        if item is None:
            say(dispatcher, "actions_which", _done_buttons(items), actions=action_lines(items))
            return [shown(items)]
        journal_store.mark_done(tracker.sender_id, item.id)
        left = len([i for i in items if not i.by_mentor and i.id != item.id])
        removed = bool(_REMOVED.search(fold(text)))  # « supprime l'action 2 »: off the list, no « Bravo »
        key = "action_removed" if removed else "action_done"
        undo = [] if tracker.active_loop.get("name") else [button("↩️ Annuler", "stop")]  # « stop » in a form ends it
        buttons = undo + ([LIST_BUTTON] if left else [])
        text = message(key, item=item.task, left=left)
        dispatcher.utter_message(text=text, buttons=buttons, message_key=key, done_item=item.id)
        return []


def _not_ticked(dispatcher: CollectingDispatcher, tracker: Tracker, items: list, item: Any, new: str) -> Events:
    """A remark on an item that is no « done »: reworded when the new words are given, else how to say them, or
    « not done » acknowledged; the item stays on the list."""
    if item is None and len(items) == 1:
        item = items[0]
    fix = bool(new) or asks_to_fix(tracker.latest_message.get("text"))
    if item is None and not fix:
        say(dispatcher, "actions_untouched", [LIST_BUTTON])
        return []
    if item is None:
        say(dispatcher, "action_which_to_fix", [LIST_BUTTON], actions=action_lines(items))
        return [shown(items)]
    number = listed(tracker).index(item.id) + 1 if item.id in listed(tracker) else items.index(item) + 1
    if new:
        journal_store.reword(tracker.sender_id, item.id, new[:MAX_ACTION_CHARS])
        say(dispatcher, "action_reworded", [LIST_BUTTON], old=item.task, new=new[:MAX_ACTION_CHARS])
    elif fix:
        say(dispatcher, "action_reword_how", [LIST_BUTTON], item=item.task, number=number)
    else:
        say(dispatcher, "action_still_open", [LIST_BUTTON], item=item.task)
    return []


class ActionStop(Action):
    """« stop », « annule ça » outside a form: right after an action item was ticked, untick it (« quoi ?? je l'ai
    pas faite ! annule ça »); else the usual answer."""

    def name(self) -> str:
        return "action_stop"

    @database_errors_told
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> Events:
        ticked = just_ticked(tracker.events)
        reopened = journal_store.reopen(tracker.sender_id, ticked) if ticked is not None else None
        if reopened is None:
            dispatcher.utter_message(response="utter_stopped")
            return []
        say(dispatcher, "action_undone", [LIST_BUTTON], item=reopened.task)
        return []


def just_ticked(events: list[dict]) -> int | None:
    """The action item the assistant marked done in the turn before the current message, or None."""
    for event in turn_before(events):
        item = (event.get("metadata") or {}).get("done_item") if event.get("event") == "bot" else None
        if item is not None:
            return int(item)
    return None
