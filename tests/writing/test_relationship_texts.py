"""The French of the progress and journal messages: every catalogue message of these features, rendered with
realistic values, has no grammar error for Grammalecte (typography aside), no « … » cutting a sentence and no
placeholder left."""

from datetime import date

import pytest

from assistant.common.templating import message
from assistant.export_summary import export_summary
from assistant.journal.model import ActionRecord
from assistant.journal.render import action_lines, followup_question, since_last_meeting
from assistant.progress.answers import read_measure
from assistant.progress.model import ProgressEntry
from assistant.progress.render import progress_history, progress_line
from tests.writing.grammar import grammar_errors

ACTIONS = "1. refaire mon CV (pour le 15 janvier 2027)\n2. appeler Paul Durand"
CONTEXT = {
    "statement": "Devenir data analyst",
    "count": 2,
    # The design's example; a measure quoted as an infinitive (« obtenir 3 entretiens ») after « Où en êtes-vous »
    # is read by Grammalecte as an inversion needing a past participle, which a quotation is not.
    "measure": "3 entretiens obtenus",
    "example": "2 sur 3",
    "amount": "2 sur 3 (67 %)",
    "deadline": "30 juin 2027",
    "goals": "1. « Devenir data analyst » (mesure : obtenir 3 entretiens ; échéance : 30 juin 2027)",
    "mentor": "Claire Martin",
    "day": "4 décembre 2026",
    "actions": ACTIONS,
    "item": "refaire mon CV",
    "left": 1,
}
KEYS = [
    "progress_goal_kept",
    "progress_goal_unknown",
    "ask_progress_goal",
    "ask_progress_goal_none",
    "ask_progress_value",
    "ask_progress_helped",
    "ask_progress_blocked",
    "progress_too_long",
    "progress_value_over_100",
    "progress_value_negative",
    "progress_value_not_number",
    "progress_value_too_long",
    "progress_date_future",
    "progress_date_unparseable",
    "progress_date_too_old",
    "progress_no_goal",
    "progress_cancelled",
    "progress_saved",
    "progress_react_reached",
    "progress_react_up",
    "progress_react_down",
    "progress_react_flat",
    "progress_react_step",
    "progress_react_first",
    "progress_replan_passed",
    "progress_replan_behind",
    "progress_blocker",
    "progress_overview",
    "help_progress_goal",
    "help_progress_value",
    "help_progress_date",
    "help_progress_helped",
    "help_progress_blocked",
    "journal_intro",
    "ask_journal_mentor",
    "ask_journal_date",
    "ask_journal_notes",
    "ask_journal_advice",
    "ask_journal_actions",
    "journal_mentor_address",
    "journal_mentor_no_name",
    "journal_mentor_too_long",
    "journal_date_future",
    "journal_date_unparseable",
    "journal_date_too_old",
    "journal_actions_too_many",
    "journal_actions_too_long",
    "journal_actions_past",
    "journal_actions_too_far",
    "journal_saved",
    "journal_next",
    "journal_cancelled",
    "actions_none",
    "actions_open",
    "actions_which",
    "action_done",
    "debrief_actions_kept",
    "help_journal_mentor",
    "help_journal_date",
    "help_journal_notes",
    "help_journal_advice",
    "help_journal_actions",
]


def _check(text: str) -> None:
    assert "{{" not in text and "{%" not in text
    assert "..." not in text
    assert grammar_errors(text) == [], [str(f) for f in grammar_errors(text)]


@pytest.mark.parametrize("key", KEYS)
def test_each_message_is_careful_french(key):
    _check(message(key, **CONTEXT))


@pytest.mark.parametrize(("count", "left"), [(0, 0), (1, 0), (3, 2)])
def test_counts_agree(count, left):
    for key in ("journal_saved", "actions_open", "action_done", "debrief_actions_kept"):
        _check(message(key, **{**CONTEXT, "count": count, "left": left}))


def test_the_rendered_history_lines_and_since_last_meeting():
    measure = read_measure("obtenir 3 entretiens")
    entry = ProgressEntry(1, 1, date(2026, 12, 1), 66.7, 2.0, "", "", "")
    _check(progress_line([entry], measure))
    _check(progress_history("Devenir data analyst", measure, "30 juin 2027", [entry]))
    items = [ActionRecord(1, "refaire mon CV", date(2027, 1, 15), "", "Claire Martin", date(2026, 12, 1))]
    _check(since_last_meeting("Claire Martin", date(2026, 12, 1), items, "viser les PME"))
    _check(since_last_meeting("Claire Martin", date(2026, 12, 1), [], "viser les PME"))
    assert action_lines(items) == "1. refaire mon CV (pour le 15 janvier 2027)"
    _check(followup_question("refaire mon CV"))


def test_the_chat_export_summary_tells_the_progress_and_the_journal():
    document = {
        "created_at": "2026-11-01T10:00:00",
        "goals": [{"statement": "Devenir data analyst", "status": "active", "deadline": "2027-06-30"}],
        "progress": [
            {"goal_id": 1, "date": "2026-11-20", "percent": 33.3},
            {"goal_id": 1, "date": "2026-12-03", "percent": 66.7},
        ],
        "journal": [
            {
                "mentor": "claire martin",
                "date": "2026-12-04",
                "actions": [{"text": "refaire mon CV", "done_at": None}, {"text": "appeler Paul", "done_at": "x"}],
            }
        ],
    }
    text = export_summary(document)
    assert "• 2 points de progrès sur 1 objectif, le dernier le 3 décembre 2026." in text
    assert (
        "• 1 rencontre dans votre journal (la dernière avec Claire Martin le 4 décembre 2026), 1 action en cours."
        in text
    )
    _check(text)
    assert "progrès" not in export_summary({"goals": []}) and "journal" not in export_summary({"goals": []})
