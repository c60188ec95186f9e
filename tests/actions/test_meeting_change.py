"""A meeting moved or changed after its preparation (``action_change_meeting``), with real trackers and dispatchers
on a fresh SQLite database: the new day and format saved, the time kept when only the day moves, bad days refused."""

from datetime import datetime, timedelta

from actions import meeting_change, meeting_preparation
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.meetings import store as preparation_store
from assistant.meetings.reschedule import read_change
from tests.actions.conftest import run, sent
from tests.actions.test_meeting_actions import GOAL, NEXT_WEEK, filled


def _prepared(domain):
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    return preparation_store.current_preparation("alice")


def test_the_new_day_and_format_are_read_without_what_is_set_aside():
    now = datetime(2026, 12, 7, 9, 0)  # a Monday
    change = read_change("c'est plus mardi : change la date, ce sera jeudi 10 décembre à 8h30", now)
    assert (change.starts_at, change.has_time) == (datetime(2026, 12, 10, 8, 30), True)
    assert read_change("on a annulé le café, ce sera en visio", now).format == "visio"
    assert read_change("la rencontre est décalée", now).problem == "nothing"
    assert read_change("finalement c'est hier à 10h", now).problem == "past"


def test_a_moved_meeting_keeps_its_time_and_takes_the_new_format(database, domain):
    before = _prepared(domain)
    assert before.details.starts_at == NEXT_WEEK and before.details.format == "visio"
    dispatcher, _ = run(
        meeting_change.ActionChangeMeeting(),
        domain,
        sender_id="alice",
        text="en fait on se voit au téléphone, et le lendemain",
    )
    after = preparation_store.current_preparation("alice").details
    assert after.format == "telephone" and after.starts_at == NEXT_WEEK  # « le lendemain » is no day it reads
    dispatcher, _ = run(
        meeting_change.ActionChangeMeeting(),
        domain,
        sender_id="alice",
        text=f"finalement c'est le {(NEXT_WEEK + timedelta(days=2)).strftime('%d/%m')}",
    )
    after = preparation_store.current_preparation("alice").details
    assert after.starts_at == NEXT_WEEK + timedelta(days=2) and after.has_time  # the 14h kept
    assert sent(dispatcher)[0].startswith("C'est modifié : votre rencontre avec Claire Martin a lieu")
    assert "14h00, par téléphone" in sent(dispatcher)[0]


def test_nothing_to_move_or_nothing_said(database, domain):
    dispatcher, _ = run(meeting_change.ActionChangeMeeting(), domain, sender_id="bob", text="décale à jeudi")
    assert sent(dispatcher) == [message("meeting_change_none")]
    _prepared(domain)
    dispatcher, _ = run(meeting_change.ActionChangeMeeting(), domain, sender_id="alice", text="c'est décalé")
    assert sent(dispatcher) == [message("meeting_change_unclear")]


def test_what_the_request_says_of_the_meeting_is_not_asked_again(database, domain):
    # fifth panel: « je vois Bernard mardi 15 décembre à 15h, notre troisième rendez-vous » was asked all again
    from actions import meeting_form
    from tests.actions.conftest import slot_events

    day = NEXT_WEEK + timedelta(days=1)
    dispatcher, events = run(
        meeting_form.ActionStartMeeting(),
        domain,
        sender_id="alice",
        intent="prepare_meeting",
        text=f"Je vois Karim le {day.strftime('%d/%m')} à 15h au café, c'est notre troisième rendez-vous, aide-moi",
        entities=[{"entity": "PER", "value": "Karim"}],
    )
    slots = slot_events(events)
    assert slots["meeting_mentor"] == "Karim" and slots["meeting_format"] == "cafe"
    assert slots["meeting_when"] == day.replace(hour=15, minute=0).isoformat(timespec="minutes")
    assert slots["meeting_first"] == "followup"
    assert any(m.startswith("La rencontre a lieu ") for m in sent(dispatcher))


def test_a_date_corrected_with_no_goal_in_the_works_moves_the_meeting(database, domain):
    # fifth panel: « change la date : vendredi 11 décembre à 8h30 » changed a stale goal's deadline instead
    from actions import goals

    text = "c'est pas le 20 ! change la date : vendredi à 8h30"
    _, events = run(
        goals.ActionCorrectGoalField(), domain, sender_id="alice", text=text, slots={"goal_field": "goal_deadline"}
    )
    assert events[-1]["name"] == "action_edit_goal"  # nothing prepared: a saved goal's deadline, asked which
    _prepared(domain)
    _, events = run(
        goals.ActionCorrectGoalField(), domain, sender_id="alice", text=text, slots={"goal_field": "goal_deadline"}
    )
    assert events[-1] == {"event": "followup", "name": "action_change_meeting", "timestamp": None}
