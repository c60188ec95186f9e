"""Panel defect: a goal lost at its summary when the approval was not a bare « oui » (or came after an aside)."""

from rasa_sdk import Tracker

from actions import courtesy
from actions.common import goal_summary_pending
from assistant.common.templating import message
from tests.actions.conftest import make_tracker, run, sent
from tests.actions.test_goal_actions import FILLED


def _after_summary(text: str, intent: str, between: list[dict] | None = None, slots: dict | None = None) -> Tracker:
    """A tracker where the summary was shown, ``between`` happened, then the mentee wrote ``text``."""
    tracker = make_tracker(slots={**FILLED, **(slots or {})}, text=text, intent=intent)
    shown = [
        {"event": "action", "name": "goal_form"},
        {"event": "action", "name": "action_show_goal_summary"},
        {"event": "bot", "text": message("confirm_goal"), "data": {"buttons": [{"payload": "/affirm"}]}},
    ]
    tracker.events = [*shown, *(between or []), *tracker.events]
    return tracker


#: An aside answered between the summary and the approval: a response with buttons but no question.
ASIDE = [
    {"event": "action", "name": "action_listen"},
    {"event": "user", "text": "hmm", "parse_data": {}},
    {"event": "action", "name": "utter_out_of_scope"},
    {"event": "bot", "text": "Je ne sais pas faire cela :", "data": {"buttons": [{"payload": "/help"}]}},
]


def test_a_yes_after_an_aside_still_saves_the_pending_goal(domain):
    tracker = _after_summary("ouaip sauvegarde-le", "affirm", ASIDE)
    assert goal_summary_pending(tracker)
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_save_goal", "timestamp": None}]
    assert dispatcher.messages == []


def test_no_pending_summary_once_saved_cancelled_or_while_editing(domain):
    saved = [{"event": "action", "name": "action_save_goal"}]
    assert not goal_summary_pending(_after_summary("oui", "affirm", saved))
    assert not goal_summary_pending(_after_summary("oui", "affirm", slots={"editing_goal_id": "3"}))
    assert not goal_summary_pending(_after_summary("oui", "affirm", slots={"goal_measure": None}))


def test_a_no_after_an_aside_does_not_save_and_asks_again(domain):
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=_after_summary("nan", "deny", ASIDE))
    assert events == []
    assert sent(dispatcher) == [message("confirm_goal_again")]


def test_thanks_read_as_a_yes_with_nothing_asked_is_answered_as_thanks(domain):
    tracker = make_tracker(text="Super, merci bien", intent="affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert sent(dispatcher) == ["utter_you_are_welcome"] and events == []


def test_an_unclear_answer_to_the_summary_asks_the_summary_question_again(domain):
    tracker = _after_summary("mdr bof jsp trop en vrai", "nlu_fallback")
    dispatcher, _ = run(courtesy.ActionDefaultAskAffirmation(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("confirm_goal_again")]
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/affirm", "/correct_goal_field", "/stop"]


def test_a_summary_shown_long_ago_is_no_longer_pending(domain):
    assert goal_summary_pending(_after_summary("oui", "affirm", ASIDE * 2))
    assert not goal_summary_pending(_after_summary("oui", "affirm", ASIDE * 3))
