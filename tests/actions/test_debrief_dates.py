"""The dates of a debrief (panel 9): a prepared meeting debriefed before its planned day took place earlier, on the
day said (or today), and the mentee is told; « dans un mois » for the next meeting counts from the meeting's day."""

from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from actions import meeting_debrief
from assistant.common.dates import format_date_fr, local_today
from assistant.common.mentor import Mentor
from assistant.meetings import store as preparation_store
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation
from tests.actions.conftest import run, slot_events, validate_answer


def _prepared(day):
    details = MeetingDetails(
        Mentor("Sophie Mercier"), datetime.combine(day, time(10)), True, "cafe", 45, False, "Diriger un chantier"
    )
    return preparation_store.save_preparation("alice", build_preparation(details))


def test_a_meeting_debriefed_before_its_planned_day_is_noted_on_the_day_said(database, domain):
    ahead = local_today() + timedelta(days=8)
    saved = _prepared(ahead)
    said = "on s'est vues hier finalement, je te raconte"
    dispatcher, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text=said)
    keys = [m.get("message_key") for m in dispatcher.messages]
    assert keys == ["debrief_held_earlier", "debrief_intro"]
    yesterday = local_today() - timedelta(days=1)
    assert (
        f"je la note comme tenue le {format_date_fr(yesterday)}, plus tôt que prévu" in dispatcher.messages[0]["text"]
    )
    assert slot_events(events)["debrief_preparation_id"] == str(saved.id)
    moved = preparation_store.current_preparation("alice")
    assert moved.details.starts_at.date() == yesterday and moved.details.starts_at.time() == time(10)
    dispatcher, _ = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text="c'est fait")
    assert [m.get("message_key") for m in dispatcher.messages] == ["debrief_intro"]  # now in the past: no remark


def test_without_a_day_said_an_early_meeting_is_noted_as_held_today(database, domain):
    _prepared(local_today() + timedelta(days=3))
    dispatcher, _ = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text="on a fait la rencontre")
    assert f"tenue aujourd'hui, {format_date_fr(local_today())}" in dispatcher.messages[0]["text"]
    assert preparation_store.current_preparation("alice").details.starts_at.date() == local_today()


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


def test_asking_to_write_a_goal_down_read_as_noting_a_meeting_starts_the_goal(database, domain):
    # eleventh panel: « D'abord, je voudrais enregistrer mon objectif. » opened a meeting's notes
    _, events = run(
        meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text="avant tout je veux fixer mon objectif"
    )
    replayed = [e for e in events if e.get("event") == "user"]
    assert replayed and replayed[0]["parse_data"]["intent"]["name"] == "clarify_goal"


def test_saying_the_meeting_will_be_noted_later_changes_nothing(database, domain):
    # fifteenth panel: « je reviendrai après jeudi pour noter comment ça s'est passé ! » noted the meeting as held
    # today, and its day stayed moved after « annuler »
    ahead = local_today() + timedelta(days=3)
    _prepared(ahead)
    said = "je reviendrai après jeudi pour noter comment ça s'est passé !"
    dispatcher, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text=said)
    assert [m.get("message_key") for m in dispatcher.messages] == ["debrief_later"]
    assert events == [{"event": "followup", "name": "action_listen", "timestamp": None}]
    assert preparation_store.current_preparation("alice").details.starts_at.date() == ahead
