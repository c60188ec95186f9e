"""What a thank-you note is written from: the meeting's preparation and its debrief, or the latest meeting noted
in the journal with that mentor, the draft sent to them, and what the request itself tells."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rasa_sdk import Tracker
from sqlalchemy.exc import SQLAlchemyError

from actions.outreach_drafts import draft_for_practice
from assistant.coaching.text import fold
from assistant.common.mentor import Mentor
from assistant.goals import store as goal_store
from assistant.goals.wording import goal_reference
from assistant.journal import store as journal_store
from assistant.journal.answers import same_mentor
from assistant.journal.model import JournalRecord
from assistant.meetings.model import Preparation
from assistant.mentor_tone import tone_for
from assistant.outreach import store as draft_store
from assistant.practice import store as practice_store
from assistant.practice import thanks
from assistant.practice.told import told


def same_person(a: Mentor | None, b: Mentor | None) -> bool:
    return a is not None and b is not None and bool(a.first_name) and fold(a.first_name) == fold(b.first_name)


def thank_you_facts(tracker: Tracker, preparation: Preparation | None, person: str = "") -> thanks.ThankYou:
    """What the thank-you note is written from: the preparation (and its debrief), the draft, the request.

    ``person`` is a name in the request (« remercier Paul »): a preparation or a draft for someone else is not used.
    """
    said = tracker.latest_message.get("text") or ""
    named = Mentor(person) if person else None
    if preparation is not None and named and not same_person(named, preparation.details.mentor):
        preparation = None
    record = draft_store.current_draft(tracker.sender_id)
    mentee_first = (record.request.first_name if record else "") or tracker.get_slot("outreach_first_name") or ""
    mentor = preparation.details.mentor if preparation else None
    mentor = mentor or (record.request.mentor if record and not named else None)
    mentor = mentor or (record.request.mentor if record and same_person(named, record.request.mentor) else named)
    mentor = mentor or _thanked_last(tracker.sender_id)  # « enlevez la répétition » under the note to Sophie
    mentor = mentor or _met_last(tracker.sender_id)  # « le remerciement pour la visio d'hier », noted in the journal
    same_as_draft = bool(record and mentor and same_person(record.request.mentor, mentor))
    earlier = practice_store.latest_thank_you(tracker.sender_id, mentor.first_name) if mentor else None
    # « on se tutoie » asked now, else the tone last used with this mentor (draft, thank-you note, preparation)
    tone = thanks.requested_tone(said) or (tone_for(tracker.sender_id, mentor.name) if mentor else "vous")
    short = thanks.requested_short(said)
    revision = bool(thanks.requested_tone(said) or short)  # « plus court », « en tutoyant »: the same kind of note
    whole = thanks.requested_whole(said) or bool(revision and earlier and earlier.result.get("whole"))
    if preparation is not None:
        facts = thanks.from_preparation(preparation, tone=tone, mentee_first=mentee_first, said=said, short=short)
    else:
        facts = _with_journal(
            tracker.sender_id, thanks.from_mentor(mentor, tone=tone, mentee_first=mentee_first, said=said, short=short)
        )
    sent = draft_for_practice(record) if record and same_as_draft else None
    if sent is not None and sent.style.tone == tone:  # « Bonjour Madame Lemaire » then, « Bonjour Madame Lemaire » now
        facts = replace(facts, greeting=thanks.greeted_name(sent.body))
    if whole:  # the support as a whole: the goal reached last, no meeting's steps
        return replace(facts, whole=True, goal_reached=_latest_reached(tracker.sender_id))
    return _with_what_was_told(facts, said)


def _thanked_last(sender_id: str) -> Mentor | None:
    """The mentor the newest thank-you note was written to, when no one else is in view (fifteenth panel: a note
    corrected in words lost its name, its « tu » and the advice noted with that mentor)."""
    earlier = practice_store.latest_thank_you(sender_id)
    return Mentor(str(earlier.result["mentor"])) if earlier else None


def _met_last(sender_id: str) -> Mentor | None:
    """The mentor of the latest meeting noted in the journal, or None (sixteenth panel: « le message de remerciement
    pour la visio d'hier » after a debrief with Nadia gave « Bonjour, » and none of her advice)."""
    entry = _latest_meeting(sender_id)
    return Mentor(entry.mentor) if entry is not None and entry.mentor else None


def _latest_meeting(sender_id: str, mentor: str = "") -> JournalRecord | None:
    """The latest meeting noted in the journal (with ``mentor`` when given), or None, also when the database cannot
    be read."""
    try:
        entries = [e for e in journal_store.list_entries(sender_id) if not mentor or same_mentor(e.mentor, mentor)]
    except SQLAlchemyError:
        return None
    return max(entries, key=lambda e: (e.met_on or date.min, e.id), default=None)


def _with_what_was_told(facts: thanks.ThankYou, said: str) -> thanks.ThankYou:
    """The note's facts with what the request tells of the meeting (« il m'a conseillé …, il veut bien relire mon
    CV »), unless the debrief's notes already say it."""
    heard = told(said, facts.tone)
    notes = fold(facts.notes)
    return replace(
        facts,
        recommended="" if fold(heard.recommended) in notes else heard.recommended,
        offered="" if fold(heard.offered) in notes else heard.offered,
        notes=facts.notes or heard.advice,
    )


def _latest_reached(sender_id: str) -> str:
    """The goal reached most recently, as a message names it in passing, or ""."""
    reached = [goal for goal in goal_store.list_goals(sender_id) if goal.reached]
    latest = max(reached, key=lambda goal: (goal.reached_at or "", goal.id), default=None)
    return goal_reference(latest.fields.statement) if latest else ""


def _with_journal(sender_id: str, facts: thanks.ThankYou) -> thanks.ThankYou:
    """Without a preparation, the note's facts from the latest meeting noted in the journal with that mentor: the
    advice, the agreed actions and the day (fourteenth panel: the note ignored the meeting just noted)."""
    entry = _latest_meeting(sender_id, facts.mentor.name) if facts.mentor.name else None
    if entry is None:
        return facts
    # an action ticked done since is not promised again (« je vais réécrire l'étude de cas », already rewritten)
    steps = "\n".join(f"- {item.text}" for item in entry.actions if not item.by_mentor and not item.done)
    return replace(facts, notes=entry.advice or entry.notes, next_steps=steps, met_on=entry.met_on)
