"""The « tu » or « vous » a mentee uses with a mentor, from everything written to that mentor: the outreach draft (the
version chosen, else the newest), the thank-you notes, the meeting preparations whose tone the mentee asked for
(« tutoie les questions »). The latest one counts (:func:`assistant.common.tone.tone_with`); « vous » when nothing
was written yet.

Read by the preparation (its questions' default tone), the thank-you note and the check-in (the opening sentence
to say to the mentor).
"""

from __future__ import annotations

from assistant.common.tone import Said, tone_with
from assistant.meetings.store import list_preparations
from assistant.outreach.store import list_drafts
from assistant.practice.store import THANK_YOU, list_practice


def said_to_mentors(sender_id: str) -> list[Said]:
    """Everything this mentee wrote to a mentor, with its tone and when: drafts, thank-you notes, preparations."""
    said = []
    for record in list_drafts(sender_id):
        version = record.final or record.latest
        said.append(Said(record.request.mentor.name, version.draft.style.tone, version.created_at))
    for note in list_practice(sender_id):
        if note.kind == THANK_YOU:
            said.append(Said(str(note.result.get("mentor") or ""), str(note.result.get("tone") or ""), note.created_at))
    for preparation in list_preparations(sender_id):
        if preparation.tone_chosen_at:  # a default tone says nothing new: it is the one used before
            said.append(Said(preparation.details.mentor.name, preparation.tone, preparation.tone_chosen_at))
    return said


def tone_for(sender_id: str, mentor: str) -> str:
    """The tone of the latest thing this mentee wrote to ``mentor``: ``tu`` or ``vous`` (the default)."""
    return tone_with(mentor, said_to_mentors(sender_id))
