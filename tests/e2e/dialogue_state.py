"""Read what the bot did in a turn from a Rasa tracker, in the vocabulary of the blind conversations.

``tests/blind/conversations.yml`` says after each turn what must be true (``asks goal_measure``,
``goal saved``, ``kb find_mentor`` …); ``check`` tells whether a tracker satisfies it.
"""

from __future__ import annotations

#: Each expectation and the actions (or responses) of which one must have run during the turn.
DONE_BY: dict[str, set[str]] = {
    "goal summary": {"action_show_goal_summary"},
    "goal saved": {"action_save_goal"},
    "goal updated": {"action_save_goal", "message:goal_updated"},
    "goal deleted": {"action_confirm_delete_goal"},
    "goal reached": {"action_mark_goal_reached"},
    "goals listed": {"action_list_goals"},
    "delete asked": {"action_delete_goal"},
    "field menu": {"utter_ask_goal_field", "action_correct_goal_field"},
    "draft shown": {"action_draft_outreach", "action_revise_draft"},
    "draft final": {"action_finalize_draft"},
    "drafts listed": {"action_list_drafts"},
    "review shown": {"action_critique_message"},
    "rehearsal feedback": {"action_review_reply"},
    "thank-you shown": {"action_thank_you_note"},
    "preparation shown": {"action_create_preparation", "action_show_preparation"},
    "questions edited": {"action_edit_questions"},
    "preparation exported": {"action_export_preparation"},
    "debrief saved": {"action_save_debrief", "action_save_journal"},
    "progress saved": {"action_save_progress"},
    "progress shown": {"action_show_progress"},
    "journal saved": {"action_save_journal", "action_save_debrief"},
    "actions listed": {"action_list_actions"},
    "action done": {"action_mark_action_done"},
    "checkin summary": {"action_save_checkin"},
    "shortlist compared": {"action_compare_shortlist"},
    # The sending and the reply are understood even when there is no saved draft to mark (the action says so).
    "message sent noted": {"action_note_message_sent"},
    "reply noted": {"action_note_reply"},
    "follow-up draft shown": {"message:follow_up_heading"},
    "nudges shown": {"message:welcome_back_due"},
    "kinds explained": {"action_explain_mentoring_kinds"},
    "menu": {"utter_help", "utter_menu"},
    "greeted": {"action_greet", "action_session_start"},
    "smalltalk": {"utter_how_are_you", "utter_bot_challenge"},
    "out of scope": {"utter_out_of_scope"},
    "other language": {"utter_other_language"},
    "goodbye": {"utter_goodbye"},
    "welcome": {"utter_you_are_welcome"},
    "data kept explained": {"utter_data_kept"},
    "data exported": {"action_export_data"},
    "erase asked": {"action_ask_erase"},
    "data erased": {"action_erase_data"},
}


def last_turn(tracker: dict) -> list[dict]:
    """The events after the latest user message."""
    events = tracker.get("events") or []
    starts = [i for i, e in enumerate(events) if e.get("event") == "user"]
    return events[starts[-1] + 1 :] if starts else events


def turn_actions(tracker: dict) -> set[str]:
    """Names of the actions run, responses sent and catalogue messages said (``message:<key>``) in the latest turn."""
    names = set()
    for event in last_turn(tracker):
        if event.get("event") == "action":
            names.add(event.get("name") or "")
        elif event.get("event") == "bot":
            metadata = event.get("metadata") or {}
            names.add(metadata.get("utter_action") or "")
            if metadata.get("message_key"):  # a catalogue message sent by an action (actions.common.say)
                names.add(f"message:{metadata['message_key']}")
    return names - {""}


def session_start_messages(tracker: dict) -> set[str]:
    """Catalogue messages (``message:<key>``) said by the ``action_session_start`` that opened the latest turn.

    Rasa runs ``action_session_start`` *before* it logs the user message that found the session expired, so what
    it says (the welcome back with what is due) comes before that message in the tracker, outside ``last_turn``.
    """
    events = tracker.get("events") or []
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if not users:
        return set()
    previous = users[-2] if len(users) > 1 else -1
    opened = [
        i
        for i in range(previous + 1, users[-1])
        if events[i].get("event") == "action" and events[i].get("name") == "action_session_start"
    ]
    if not opened:
        return set()
    return {
        f"message:{(e.get('metadata') or {}).get('message_key')}"
        for e in events[opened[-1] : users[-1]]
        if e.get("event") == "bot" and (e.get("metadata") or {}).get("message_key")
    }


def answered_topics(tracker: dict) -> set[str]:
    """Knowledge-base topics whose answer was sent during the latest turn."""
    return {name.split("/", 1)[1] for name in turn_actions(tracker) if name.startswith("utter_faq/")}


def waiting_for(tracker: dict) -> str | None:
    """The form slot the bot is waiting for, or None when no form is active."""
    if not (tracker.get("active_loop") or {}).get("name"):
        return None
    return (tracker.get("slots") or {}).get("requested_slot")


def check(expect: str, tracker: dict) -> str | None:
    """None when ``tracker`` satisfies ``expect``; else what was seen instead."""
    seen = (
        f"actions {sorted(turn_actions(tracker))}, active form "
        f"{(tracker.get('active_loop') or {}).get('name')}, waiting for {waiting_for(tracker)}"
    )
    if expect.startswith("asks "):
        return None if waiting_for(tracker) == expect.split(" ", 1)[1] else seen
    if expect == "rehearsal reply asked":
        return None if waiting_for(tracker) == "rehearsal_reply" else seen
    if expect == "form left":
        return None if waiting_for(tracker) is None else seen
    if expect.startswith("kb "):
        topic = expect.split(" ", 1)[1]
        answered = answered_topics(tracker) - {"outside_sources"}
        if topic == "none":
            return None if not answered else seen
        return None if topic in answered else seen
    if expect not in DONE_BY:
        raise ValueError(f"unknown expectation « {expect} »")
    done = turn_actions(tracker)
    if expect == "nudges shown":  # said by the session start that the greeting opened, just before it
        done |= session_start_messages(tracker)
        seen += f", session start said {sorted(session_start_messages(tracker))}"
    return None if done & DONE_BY[expect] else seen
