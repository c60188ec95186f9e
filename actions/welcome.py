"""The welcome back: what a returning mentee has in progress, or what is due, with buttons to go on."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.common import active_goals, button, say
from actions.outreach_replies import follow_up_button
from assistant.common.dates import format_date_fr, local_today
from assistant.common.templating import message
from assistant.goals.wording import goal_reference
from assistant.meetings import store as preparation_store
from assistant.meetings.render import format_when
from assistant.nudges import Nudge, nudge_lines, nudges_for
from assistant.outreach import store as draft_store

MENU_BUTTON = button("ℹ️ Ce que je sais faire", "help")


def welcome_back(sender_id: str) -> tuple[list[str], list[dict[str, str]]]:
    """What a returning mentee has in progress (sentences) and buttons to continue; empty when new."""
    goals = active_goals(sender_id)
    drafts = draft_store.list_drafts(sender_id)
    current = preparation_store.current_preparation(sender_id)
    parts, buttons = [], []
    if goals:
        parts.append(
            message(
                "welcome_back_goal",
                statement=goal_reference(goals[-1].fields.statement),
                deadline=format_date_fr(goals[-1].fields.deadline),
                others=len(goals) - 1,
            )
        )
        buttons.append(button("📋 Mes objectifs", "list_goals"))
    if drafts:
        latest = drafts[-1]
        parts.append(message("welcome_back_draft", mentor=latest.request.mentor.display, number=latest.latest.number))
        buttons.append(button("📂 Mes brouillons", "list_drafts"))
    if current is not None and current.status != "done":
        details = current.details
        when = format_when(details.starts_at, details.has_time) if details.starts_at else ""
        parts.append(message("welcome_back_meeting", mentor=details.mentor.display, when=when))
        buttons.append(button("🗓️ Ma préparation", "show_preparation"))
    return parts, buttons


def nudge_button(nudge: Nudge) -> dict[str, str]:
    """The button that does what ``nudge`` asks: the follow-up, the debrief, the action items, a progress report."""
    if nudge.kind == "follow_up":
        return follow_up_button(nudge.details["draft_id"])
    if nudge.kind == "debrief":
        return button("📝 Noter la rencontre", "debrief_meeting")
    if nudge.kind == "actions":
        return button("📋 Mes actions", "list_actions")
    if nudge.details.get("count") == 1:  # the one goal without news: the report starts on it
        return button("📈 Faire le point", "report_progress", goal_id=nudge.details["goal_id"])
    return button("📈 Faire le point", "report_progress")


def recap(dispatcher: CollectingDispatcher, sender_id: str) -> bool:
    """Say what is due (most urgent first), else what the mentee has in progress, with buttons to go on; False when
    there is nothing to say (a new mentee). Reads the outcomes database: the caller handles its errors."""
    nudges = nudges_for(sender_id)
    if nudges:
        buttons = [nudge_button(n) for n in nudges] + [MENU_BUTTON]
        say(dispatcher, "welcome_back_due", buttons, parts=nudge_lines(nudges, local_today()))
        return True
    parts, buttons = welcome_back(sender_id)
    if parts:
        say(dispatcher, "welcome_back", buttons + [MENU_BUTTON], parts=parts)
    return bool(parts)
