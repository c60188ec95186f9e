"""A mentee's personal data across every feature's store: export it, erase it.

This module sits above the feature stores (it imports each of them); none of them imports it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from assistant.checkin.store import list_checkins
from assistant.common.dates import local_today
from assistant.goals.store import list_goals
from assistant.journal.store import list_entries
from assistant.meetings.render import preparation_markdown
from assistant.meetings.store import list_preparations
from assistant.outreach.sending import list_sendings
from assistant.outreach.store import list_drafts
from assistant.practice.store import list_practice
from assistant.progress.render import GoalProgress, progress_markdown
from assistant.progress.store import list_progress
from assistant.shortlist.store import list_candidates
from assistant.store.db import session_scope
from assistant.store.mentees import get_mentee, stamp
from assistant.store.models import (
    ExportLink,
    Goal,
    JournalEntry,
    MeetingPreparation,
    MentorCandidate,
    OutreachDraft,
    OutreachPractice,
    OutreachSending,
    ProgressReport,
    RelationshipCheckin,
)

#: What a mentee owns, by the name the export and erase reports use (versions and questions go with their parent).
OWNED: dict[str, Any] = {
    "goals": Goal,
    "meeting_preparations": MeetingPreparation,
    "outreach_drafts": OutreachDraft,
    "outreach_practice": OutreachPractice,
    "outreach_sendings": OutreachSending,  # whether each draft was sent and answered
    "progress": ProgressReport,
    "journal": JournalEntry,  # its action items go with each entry
    "checkins": RelationshipCheckin,
    "mentor_candidates": MentorCandidate,
    "export_links": ExportLink,  # pending download links of the export: erased with the rest
}


def export_mentee(sender_id: str, markdown: bool = True) -> dict:
    """Everything kept about this mentee, JSON-ready; with ``markdown``, each preparation also as Markdown, and
    (once some progress is noted) ``progress_markdown``: every goal's progress with its chart as an image."""
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=False)
        created_at = stamp(mentee.created_at) if mentee else None
    preparations = []
    for preparation in list_preparations(sender_id):
        data = preparation.to_dict()
        if markdown:
            data["markdown"] = preparation_markdown(preparation)
        preparations.append(data)
    goals = list_goals(sender_id)
    progress = list_progress(sender_id)
    document = {
        "sender_id": sender_id,
        "created_at": created_at,
        "goals": [goal.to_dict() for goal in goals],
        "meeting_preparations": preparations,
        "outreach_drafts": [draft.to_dict() for draft in list_drafts(sender_id)],
        "outreach_practice": [practice.to_dict() for practice in list_practice(sender_id)],
        "outreach_sendings": [sent.to_dict() for sent in list_sendings(sender_id)],
        "progress": [entry.to_dict() for entry in progress],
        "journal": [entry.to_dict() for entry in list_entries(sender_id)],
        "checkins": [checkin.to_dict() for checkin in list_checkins(sender_id)],
        "mentor_candidates": [saved.to_dict() for saved in list_candidates(sender_id)],
    }
    if markdown and progress:
        goal_progress = [
            GoalProgress(
                goal.position,
                goal.fields.statement,
                goal.fields.measure,
                goal.fields.deadline,
                date.fromisoformat(goal.created_at[:10]) if goal.created_at else None,
                [entry for entry in progress if entry.goal_id == goal.id],
            )
            for goal in goals
        ]
        document["progress_markdown"] = progress_markdown(goal_progress, local_today())
    return document


def erase_mentee(sender_id: str) -> dict:
    """Delete every outcome row of this mentee; returns how many rows of each kind went."""
    with session_scope() as session:
        mentee = get_mentee(session, sender_id, create=False)
        if mentee is None:
            return {"mentees": 0, **{name: 0 for name in OWNED}}
        counts = {
            name: session.execute(select(func.count(model.id)).where(model.mentee_id == mentee.id)).scalar_one()
            for name, model in OWNED.items()
        }
        session.delete(mentee)
        return {"mentees": 1, **counts}
