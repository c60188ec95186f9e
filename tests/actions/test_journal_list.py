"""The meeting journal listed (action_show_journal) with real trackers and dispatchers on a fresh SQLite database,
and « the last meeting » being the latest by date, not the latest noted."""

from datetime import timedelta

from actions import action_items, journal
from assistant.common.dates import format_date_fr, local_today
from assistant.common.templating import message
from assistant.journal import store as journal_store
from assistant.journal.model import PlannedAction
from tests.actions.conftest import run, sent, texts

TODAY = local_today()


def _payloads(dispatcher) -> list[str]:
    return [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []]


def test_the_journal_lists_meetings_latest_first_with_notes_advice_and_actions(database, domain):
    week_ago, yesterday = TODAY - timedelta(days=7), TODAY - timedelta(days=1)
    later = journal_store.save_entry(
        "alice", "Claire Dubois", yesterday, "mon CV est trop long", "viser les PME", [PlannedAction("refaire mon CV")]
    )
    # noted after the later one: the list still goes by the day of the meeting
    journal_store.save_entry("alice", "Claire Dubois", week_ago, "surtout de la logistique", "-", [])
    journal_store.save_entry("bob", "Paul", yesterday, "pas à Alice", "", [])
    journal_store.mark_done("alice", later.actions[0].id)
    dispatcher, _ = run(journal.ActionShowJournal(), domain, sender_id="alice", intent="show_journal")
    shown = texts(dispatcher)
    assert shown.startswith("2 rencontres sont notées dans votre journal")
    assert shown.index(format_date_fr(yesterday)) < shown.index(format_date_fr(week_ago))
    assert "Vos notes : « mon CV est trop long »" in shown and "Ses conseils : « viser les PME »" in shown
    assert "✅ refaire mon CV" in shown and "pas à Alice" not in shown and "« - »" not in shown
    assert "list_actions" not in " ".join(_payloads(dispatcher))  # nothing left to do: no « Mes actions »


def test_the_journal_of_one_mentor_and_an_empty_journal(database, domain):
    journal_store.save_entry("alice", "Claire Dubois", TODAY, "n1", "", [PlannedAction("lire", None)])
    journal_store.save_entry("alice", "Paul Martin", TODAY, "n2", "", [])
    dispatcher, _ = run(
        journal.ActionShowJournal(), domain, sender_id="alice", entities=[{"entity": "PER", "value": "claire"}]
    )
    assert texts(dispatcher).startswith("Une rencontre est notée dans votre journal avec Claire Dubois")
    assert "n2" not in texts(dispatcher) and "/list_actions" in " ".join(_payloads(dispatcher))
    dispatcher, _ = run(
        journal.ActionShowJournal(), domain, sender_id="alice", entities=[{"entity": "PER", "value": "Sophie"}]
    )
    assert sent(dispatcher) == [message("journal_empty", mentor="Sophie", others=2)]
    assert "il en contient 2 avec d'autres mentors" in texts(dispatcher)
    dispatcher, _ = run(journal.ActionShowJournal(), domain, sender_id="nobody")
    assert sent(dispatcher) == [message("journal_empty", mentor="", others=0)]
    assert _payloads(dispatcher) == ["/debrief_meeting"]


def test_only_the_five_latest_meetings_are_listed(database, domain):
    for days in range(7):
        journal_store.save_entry("alice", "Claire", TODAY - timedelta(days=days), f"note {days}", "", [])
    dispatcher, _ = run(journal.ActionShowJournal(), domain, sender_id="alice")
    shown = texts(dispatcher)
    assert shown.startswith("Vos 5 rencontres les plus récentes (sur 7 notées)")
    assert "note 4" in shown and "note 5" not in shown and "…" not in shown


def test_the_last_meeting_is_the_latest_by_date(database):
    journal_store.save_entry("alice", "Claire", TODAY - timedelta(days=1), "la vraie dernière", "", [])
    journal_store.save_entry("alice", "Claire", TODAY - timedelta(days=5), "plus ancienne, notée après", "", [])
    assert journal_store.list_entries("alice")[-1].notes == "la vraie dernière"


def test_the_mentee_introducing_herself_is_not_the_mentor(database, domain):
    # fifth panel: « Bonjour, c'est Fatou, je reviens après mon rendez-vous avec Bernard » noted a meeting with Fatou
    from actions import meeting_debrief
    from tests.actions.conftest import slot_events

    _, events = run(
        meeting_debrief.ActionStartDebrief(),
        domain,
        sender_id="alice",
        intent="debrief_meeting",
        text="Bonjour, c'est Nadia, je reviens après mon rendez-vous avec ma mentore",
        entities=[{"entity": "PER", "value": "Nadia"}],
    )
    assert slot_events(events).get("journal_mentor") is None


def test_a_number_is_the_one_of_the_list_shown_even_after_one_was_done(database, domain):
    # sixth panel: « l'action 3 est faite » ticked another one: the list had been renumbered silently
    from tests.actions.conftest import slot_events

    entry = journal_store.save_entry(
        "alice", "Claire", TODAY, "n", "", [PlannedAction("lire"), PlannedAction("écrire"), PlannedAction("appeler")]
    )
    _, events = run(action_items.ActionListActions(), domain, sender_id="alice")
    listed = slot_events(events)["listed_actions"]
    journal_store.mark_done("alice", entry.actions[0].id)  # « lire » done since: « la 3 » is still « appeler »
    dispatcher, _ = run(
        action_items.ActionMarkActionDone(),
        domain,
        sender_id="alice",
        text="la 3 est faite",
        slots={"listed_actions": listed},
    )
    assert "« appeler »" in texts(dispatcher)
    dispatcher, _ = run(
        action_items.ActionMarkActionDone(),
        domain,
        sender_id="alice",
        text="la 1 est faite",
        slots={"listed_actions": listed},
    )
    assert sent(dispatcher)[0].startswith("Laquelle est faite")  # « lire » is done already: asked, never another


def test_la_1_under_which_one_is_done_is_that_item_not_question_1(database, domain):
    # sixth panel: « la 1 » after « Laquelle est faite ? » opened the meeting questions' edit menu
    from actions import meeting_preparation
    from tests.actions.conftest import make_tracker

    entry = journal_store.save_entry(
        "alice", "Claire", TODAY, "n", "", [PlannedAction("lire"), PlannedAction("écrire")]
    )
    buttons = [
        {"title": "✅ lire", "payload": f'/mark_action_done{{"action_item":"{entry.actions[0].id}"}}'},
        {"title": "✅ écrire", "payload": f'/mark_action_done{{"action_item":"{entry.actions[1].id}"}}'},
    ]
    tracker = make_tracker(sender_id="alice", text="la 1", intent="edit_questions")
    tracker.events[:0] = [
        {"event": "bot", "text": "Laquelle est faite ?\n1. lire\n2. écrire", "data": {"buttons": buttons}}
    ]
    _, events = run(meeting_preparation.ActionEditQuestions(), domain, tracker=tracker)
    assert events[2]["parse_data"]["intent"]["name"] == "mark_action_done"
    assert events[2]["parse_data"]["entities"][0]["value"] == str(entry.actions[0].id)


def test_what_the_mentor_took_on_is_not_the_mentees_to_do(database, domain):
    """« Moi : … Lui : … » (the debrief asks « pour vous (et pour Laurent) »): the mentor's item is kept, said as
    theirs, never counted, numbered or offered as the mentee's to tick."""
    entry = journal_store.save_entry(
        "alice",
        "Laurent Vidal",
        TODAY,
        "n",
        "",
        [PlannedAction("relancer la RH"), PlannedAction("Lui : me présenter son associée")],
    )
    dispatcher, events = run(action_items.ActionListActions(), domain, sender_id="alice", intent="list_actions")
    shown = texts(dispatcher)
    assert "Il vous reste une action convenue avec votre mentor :\n1. relancer la RH" in shown
    assert "Ce que votre mentor a proposé de faire de son côté :\n• me présenter son associée" in shown
    assert "Lui :" not in shown and "2." not in shown
    assert _payloads(dispatcher) == [f'/mark_action_done{{"action_item":"{entry.actions[0].id}"}}']
    assert {"event": "slot", "name": action_items.LISTED_SLOT, "value": str(entry.actions[0].id)} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
    dispatcher, _ = run(journal.ActionShowJournal(), domain, sender_id="alice")
    assert "☐ Laurent Vidal : me présenter son associée" in texts(dispatcher)
    journal_store.mark_done("alice", entry.actions[0].id)
    dispatcher, _ = run(action_items.ActionListActions(), domain, sender_id="alice")
    assert texts(dispatcher).startswith("Vous n'avez plus d'action en cours de votre côté.")
    assert "Dites « l'action 1 est faite »" not in texts(dispatcher) and _payloads(dispatcher) == []


def test_a_debrief_says_the_mentors_items_apart():
    mine = message("debrief_actions_kept", count=1, actions="1. relancer la RH", theirs="• me présenter son associée")
    assert mine.endswith(
        "1. relancer la RH\nEt ce que votre mentor a proposé de faire de son côté :\n• me présenter son associée"
    )
    only = message("debrief_actions_kept", count=0, actions="", theirs="• me présenter son associée")
    assert only == "J'ai noté ce que votre mentor a proposé de faire de son côté :\n• me présenter son associée"
    saved = message("journal_saved", mentor="Laurent", day="3 mars", count=0, actions="", theirs="• me rappeler")
    expected = "C'est noté : votre rencontre avec Laurent du 3 mars, sans action de votre côté.\n"
    assert saved == expected + "De son côté, Laurent a proposé :\n• me rappeler"


def test_an_action_item_said_done_and_read_as_a_goal_reached_marks_the_item(database, domain):
    # « et je me suis inscrite à la formation aussi !! » was read as a goal reached once admissions were taught
    from actions import saved_goals

    journal_store.save_entry("alice", "Claire", TODAY, "n", "", [PlannedAction("m'inscrire à la formation Scrum")])
    tracker_args = {"sender_id": "alice", "intent": "mark_goal_reached"}
    _, events = run(
        saved_goals.ActionMarkGoalReached(),
        domain,
        text="et je me suis inscrite à la formation Scrum !!",
        **tracker_args,
    )
    assert events == [{"event": "followup", "name": "action_mark_action_done", "timestamp": None}]


def test_an_item_taken_off_the_list_is_said_removed_not_done(database, domain):
    # eighth panel: « supprime l'action » got « Bravo, l'action … est faite ! »
    journal_store.save_entry("alice", "Claire", TODAY, "n", "", [PlannedAction("relire mon CV"), PlannedAction("lire")])
    dispatcher, _ = run(
        action_items.ActionMarkActionDone(), domain, sender_id="alice", text="supprime l'action 1, relire mon CV"
    )
    assert texts(dispatcher).startswith("C'est retiré de votre liste : « relire mon CV ».")
    assert "Bravo" not in texts(dispatcher) and "Il vous reste 1 action." in texts(dispatcher)


def test_a_verb_at_the_start_of_a_request_is_no_mentor_name(database, domain):
    # eighth panel: « Montrez-moi mon journal » -> « Aucune rencontre avec Montrez »
    journal_store.save_entry("alice", "Claire Dubois", TODAY, "n1", "", [])
    dispatcher, _ = run(
        journal.ActionShowJournal(), domain, sender_id="alice", entities=[{"entity": "PER", "value": "Montrez"}]
    )
    assert texts(dispatcher).startswith("Une rencontre est notée dans votre journal")
