"""Changes to the prepared questions typed right under the preparation (blind panel 9), with real trackers and
dispatchers on a fresh SQLite database: a question dropped with « laisse tomber … aussi », one replaced by its
number or by « remplace-la » after the reply that named it, and such a change read by the classifier as a question
for the knowledge base, small talk or nothing sent to the questions' edit."""

from actions import courtesy, goals, meeting_preparation
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.meetings import store as preparation_store
from tests.actions.conftest import make_tracker, run, sent, texts
from tests.actions.test_meeting_actions import GOAL, filled


def _prepared(domain):
    goal = goal_store.save_goal("alice", GOAL)
    shown, _ = run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    return shown


def _after(action, shown, text, intent="edit_questions"):
    """A tracker whose message ``text`` follows ``action`` and what it sent."""
    tracker = make_tracker(sender_id="alice", text=text, intent=intent)
    tracker.events[:0] = [
        {"event": "user", "text": "avant", "parse_data": {}},
        {"event": "action", "name": action},
        *({"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons") or []}} for m in shown.messages),
    ]
    return tracker


def test_a_question_is_dropped_with_laisse_tomber_and_aussi(database, domain):
    _prepared(domain)
    before = preparation_store.current_preparation("alice").questions
    dispatcher, _ = run(
        meeting_preparation.ActionEditQuestions(), domain, sender_id="alice", text="non, laisse tomber la 4 aussi"
    )
    after = preparation_store.current_preparation("alice").questions
    assert before[3] not in after and len(after) == len(before) - 1
    assert sent(dispatcher)[0] == message("edit_removed", text=before[3].text)


def test_a_question_is_replaced_by_its_number(database, domain):
    _prepared(domain)
    before = preparation_store.current_preparation("alice").questions
    dispatcher, _ = run(
        meeting_preparation.ActionEditQuestions(),
        domain,
        sender_id="alice",
        text="remplace la 2 par : quels logiciels un data scientist junior doit-il connaître",
    )
    after = preparation_store.current_preparation("alice").questions
    assert (
        after[1].text == "Quels logiciels un data scientist junior doit-il connaître ?" and after[1].origin == "mentee"
    )
    assert len(after) == len(before) and after[0] == before[0] and after[2:] == before[2:]
    assert sent(dispatcher)[0] == message("edit_replaced", position=2, text=before[1].text)
    assert "(votre question)" in texts(dispatcher)


def test_remplace_la_takes_the_question_the_last_reply_named(database, domain):
    _prepared(domain)
    moved, _ = run(meeting_preparation.ActionEditQuestions(), domain, sender_id="alice", text="mets la 4 en premier")
    before = preparation_store.current_preparation("alice").questions
    tracker = _after("action_edit_questions", moved, "bof, remplace-la par : quel livre me conseillez-vous ?")
    run(meeting_preparation.ActionEditQuestions(), domain, tracker=tracker)
    after = preparation_store.current_preparation("alice").questions
    assert after[0].text == "Quel livre me conseillez-vous ?" and after[1:] == before[1:]


def test_remplace_la_under_the_whole_list_asks_which(database, domain):
    shown = _prepared(domain)
    before = preparation_store.current_preparation("alice").questions
    tracker = _after("action_create_preparation", shown, "remplace-la par : quel livre me conseillez-vous ?")
    dispatcher, _ = run(meeting_preparation.ActionEditQuestions(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("edit_replace_which")]
    assert preparation_store.current_preparation("alice").questions == before
    dispatcher, _ = run(meeting_preparation.ActionEditQuestions(), domain, sender_id="alice", text="remplace la 3 par")
    assert sent(dispatcher) == [message("edit_replace_text")]


def test_a_change_read_as_something_else_under_the_preparation_goes_to_the_edit(database, domain):
    shown = _prepared(domain)
    change = "La 2 ne me concerne pas. Remplace-la par : quelles compétences faut-il pour débuter ?"
    for action, intent in (
        (courtesy.ActionAnswerQuestion(), "faq"),
        (courtesy.ActionDefaultFallback(), "nlu_fallback"),
        (goals.ActionChitchat(), "chitchat"),
        (goals.ActionStartStatedGoal(), "inform"),
    ):
        dispatcher, events = run(action, domain, tracker=_after("action_create_preparation", shown, change, intent))
        assert dispatcher.messages == [] and [(e["event"], e["name"]) for e in events] == [
            ("followup", "action_edit_questions")
        ]


def test_the_same_words_elsewhere_are_not_taken_for_an_edit(database, domain):
    _prepared(domain)
    tracker = make_tracker(sender_id="alice", text="remplace la 2 par : une autre question ?", intent="faq")
    tracker.events[:0] = [{"event": "action", "name": "action_show_progress"}]
    _, events = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert not any(e.get("name") == "action_edit_questions" for e in events)
