"""A form the rules leave for another task that the message does not ask for keeps going with the message as its
answer (eleventh panel: « pour choisir mes horaires », a reason, was read as comparing mentors and the goal was
cancelled); a task asked in words still leaves the form."""

from actions import goals, journal, meeting_preparation
from tests.actions.conftest import make_tracker, run, slot_events

WRITTEN = {
    "goal_area": "carriere",
    "goal_statement": "ouvrir ma librairie",
    "goal_measure": "avoir signé le bail",
    "goal_deadline": "2031-06-30",
}


def _in_form(text, intent, form, requested, slots=None):
    return make_tracker(
        text=text, intent=intent, active_loop=form, slots={"requested_slot": requested, **(slots or {})}
    )


def test_a_reason_read_as_comparing_mentors_is_the_reason(domain):
    tracker = _in_form("pour choisir mes horaires", "shortlist_mentors", "goal_form", "goal_motivation", WRITTEN)
    _, events = run(goals.ActionCancelGoal(), domain, tracker=tracker)
    assert slot_events(events)["goal_motivation"] == "pour choisir mes horaires"
    assert events[-1] == {"event": "followup", "name": "goal_form", "timestamp": None}


def test_a_switch_asked_in_words_still_leaves_the_goal(domain):
    tracker = _in_form(
        "en fait je voudrais comparer deux mentors", "shortlist_mentors", "goal_form", "goal_motivation", WRITTEN
    )
    dispatcher, events = run(goals.ActionCancelGoal(), domain, tracker=tracker)
    assert {"event": "active_loop", "name": None, "timestamp": None} in events
    assert dispatcher.messages[0]["message_key"] == "goal_cancelled_draft"


def test_advice_read_as_another_task_is_kept_in_the_journal(database, domain):
    said = "elle m'a conseillé de comparer deux écoles avant de choisir"
    tracker = _in_form(said, "shortlist_mentors", "journal_form", "journal_advice", {"journal_mentor": "Lina"})
    _, events = run(journal.ActionCancelJournal(), domain, tracker=tracker)
    assert slot_events(events)["journal_advice"] == said
    assert events[-1] == {"event": "followup", "name": "journal_form", "timestamp": None}


def test_a_meeting_subject_read_as_another_task_is_the_subject(database, domain):
    said = "savoir comment elle a préparé son premier entretien de manager"
    slots = {"meeting_mentor": "Lina", "meeting_when": "pas encore fixé", "meeting_format": "visio"}
    tracker = _in_form(said, "prepare_meeting", "meeting_form", "meeting_goals", {**slots, "meeting_minutes": 30})
    _, events = run(meeting_preparation.ActionCancelMeeting(), domain, tracker=tracker)
    assert events[-1] == {"event": "followup", "name": "meeting_form", "timestamp": None}
    assert not any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
