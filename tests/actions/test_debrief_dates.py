"""The dates of a debrief (panel 9): a prepared meeting whose day is still to come is asked about, not noted as
held today; « dans un mois » for the next meeting counts from the meeting's day."""

from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from actions import meeting_debrief
from assistant.common.dates import local_today
from assistant.common.mentor import Mentor
from assistant.journal import store as journal_store
from assistant.meetings import store as preparation_store
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation
from tests.actions.conftest import run, slot_events, validate_answer


def _prepared(day):
    details = MeetingDetails(
        Mentor("Sophie Mercier"), datetime.combine(day, time(10)), True, "cafe", 45, False, "Diriger un chantier"
    )
    return preparation_store.save_preparation("alice", build_preparation(details))


def test_a_meeting_prepared_for_a_day_to_come_is_asked_about_not_noted_today(database, domain):
    ahead = local_today() + timedelta(days=8)
    _prepared(ahead)
    dispatcher, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text="c'est fait")
    assert [m.get("message_key") for m in dispatcher.messages] == ["debrief_meeting_ahead"]
    assert "A-t-elle eu lieu plus tôt que prévu ?" in dispatcher.messages[0]["text"]
    assert slot_events(events)["debrief_preparation_id"] == meeting_debrief.MEETING_AHEAD
    run(meeting_debrief.ActionSaveDebrief(), domain, sender_id="alice", slots=slot_events(events))
    assert journal_store.list_entries("alice") == []


def test_in_a_month_counts_from_the_day_of_the_meeting(database, domain):
    held = local_today() - timedelta(days=6)
    saved = _prepared(held)
    _, slots = validate_answer(
        meeting_debrief.ValidateDebriefForm(),
        domain,
        "debrief_next_meeting",
        "on se revoit dans un mois",
        "debrief_form",
        slots={"debrief_preparation_id": str(saved.id)},
        sender_id="alice",
    )
    assert slots["debrief_next_meeting"] == (held + relativedelta(months=1)).isoformat()
