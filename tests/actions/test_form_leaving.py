"""A form the rules leave for another task that the message does not ask for keeps going with the message as its
answer (eleventh panel: « pour choisir mes horaires », a reason, was read as comparing mentors and the goal was
cancelled); a task asked in words still leaves the form."""

from actions import checkin, goals, journal, meeting_preparation, progress, shortlist
from tests.actions.conftest import make_tracker, run, slot_events, validate_answer

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


def test_what_helped_read_as_another_task_is_kept_in_the_progress_report(database, domain):
    said = "ma mentore m'a aidée à préparer l'entretien avec la DRH"
    slots = {"progress_goal": "1", "progress_value": "2", "progress_date": "2026-12-01"}
    tracker = _in_form(said, "prepare_meeting", "progress_form", "progress_helped", slots)
    _, events = run(progress.ActionCancelProgress(), domain, tracker=tracker)
    assert slot_events(events)["progress_helped"] == said
    assert events[-1] == {"event": "followup", "name": "progress_form", "timestamp": None}


def test_an_expectation_read_as_another_task_is_kept_in_the_checkin(database, domain):
    said = "on devait relire ensemble mes messages aux recruteurs"
    tracker = _in_form(said, "critique_message", "checkin_form", "checkin_expectations", {"checkin_rhythm": "bien"})
    _, events = run(checkin.ActionCancelCheckin(), domain, tracker=tracker)
    assert slot_events(events)["checkin_expectations"] is not None
    assert events[-1] == {"event": "followup", "name": "checkin_form", "timestamp": None}


def test_a_candidate_described_in_words_of_another_task_is_kept_in_the_comparison(database, domain):
    names = "Sophie Martin, DAF chez Fives ; Paul Durand, contrôleur de gestion"
    _, found = validate_answer(
        shortlist.ValidateShortlistForm(), domain, "shortlist_candidates", names, "shortlist_form", sender_id="alice"
    )
    said = "elle a coaché des juniors pour leurs premiers entretiens"
    tracker = _in_form(said, "prepare_meeting", "shortlist_form", "candidate_experience", found)
    _, events = run(shortlist.ActionCancelShortlist(), domain, tracker=tracker)
    assert events[-1] == {"event": "followup", "name": "shortlist_form", "timestamp": None}
    assert slot_events(events)["candidate_experience"] is not None  # Sophie's experience, read and kept
    assert "coaché des juniors" in slot_events(events)["shortlist_candidates"]


def test_a_check_in_left_in_words_is_still_left(database, domain):
    said = "en fait je voudrais préparer ma prochaine rencontre"
    tracker = _in_form(said, "prepare_meeting", "checkin_form", "checkin_expectations", {"checkin_rhythm": "bien"})
    dispatcher, events = run(checkin.ActionCancelCheckin(), domain, tracker=tracker)
    assert {"event": "active_loop", "name": None, "timestamp": None} in events
