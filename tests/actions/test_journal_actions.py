"""Meeting journal actions with real trackers and dispatchers, on a fresh SQLite database: a meeting noted
without a preparation, a prepared debrief kept in the journal, action items listed and marked done, and the
next preparation with the same mentor starting from them."""

from datetime import date, datetime, timedelta

from actions import action_items, journal, meeting_debrief, meeting_form, meeting_preparation
from assistant.common.dates import local_today
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.journal import store as journal_store
from assistant.journal.model import PlannedAction
from assistant.meetings import store as preparation_store
from tests.actions.conftest import run, sent, slot_events, texts, validate_answer

GOAL = GoalFields(
    "carriere", "Devenir data scientist en startup", "obtenir 3 entretiens", date(2027, 6, 30), "x", "informel"
)
YESTERDAY = local_today() - timedelta(days=1)
IN_A_MONTH = local_today() + timedelta(days=30)


def validate(domain, slot, value, slots=None):
    return validate_answer(journal.ValidateJournalForm(), domain, slot, value, "journal_form", slots, sender_id="alice")


def test_start_without_preparation_keeps_the_mentor_and_the_day_of_the_request(database, domain):
    dispatcher, events = run(
        meeting_debrief.ActionStartDebrief(),
        domain,
        sender_id="alice",
        intent="debrief_meeting",
        text="j'ai vu Karim Benali hier, je veux noter la rencontre",
        entities=[{"entity": "PER", "value": "Karim Benali"}],
    )
    slots = slot_events(events)
    assert slots["debrief_prepared"] is False and slots["journal_mentor"] == "Karim Benali"
    assert slots["journal_date"] == YESTERDAY.isoformat()


def test_the_day_of_the_request_is_read_even_after_other_times_said(database, domain):
    # tenth panel: « j'ai ouvert mon atelier il y a deux ans … on s'est vus hier » asked the day again
    said = "J'ai ouvert mon atelier il y a deux ans et j'ai un mentor. On s'est vus hier, je voudrais noter l'échange."
    _, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text=said)
    assert slot_events(events)["journal_date"] == YESTERDAY.isoformat()


def test_a_reminder_to_the_coach_is_not_kept_in_the_advice(database, domain):
    # tenth panel: « Je viens de te les dire : … » was saved as the start of the mentor's advice
    dispatcher, slots = validate(domain, "journal_advice", "je viens de te les dire : relancer les clients en retard")
    assert slots["journal_advice"] == "relancer les clients en retard"


def test_a_bare_request_asks_everything(database, domain):
    _, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text="la rencontre s'est passée")
    slots = slot_events(events)
    assert slots["journal_mentor"] is None and slots["journal_date"] is None


def test_a_future_or_unreadable_meeting_date_is_told_and_asked_again(database, domain):
    dispatcher, slots = validate(domain, "journal_date", "demain")
    assert slots["journal_date"] is None and sent(dispatcher) == [message("journal_date_future")]
    dispatcher, slots = validate(domain, "journal_date", "le 31 février")
    assert slots["journal_date"] is None and sent(dispatcher) == [message("journal_date_unparseable")]
    _, slots = validate(domain, "journal_date", "hier")
    assert slots["journal_date"] == YESTERDAY.isoformat()


def test_the_mentor_answer_is_checked(database, domain):
    dispatcher, slots = validate(domain, "journal_mentor", "https://linkedin.com/in/claire")
    assert slots["journal_mentor"] is None and sent(dispatcher) == [message("journal_mentor_address")]
    _, slots = validate(domain, "journal_mentor", "Claire Martin, directrice data chez Doctolib")
    assert slots["journal_mentor"] == "Claire Martin"


def test_action_items_with_a_past_date_are_asked_again(database, domain):
    dispatcher, slots = validate(domain, "journal_actions", f"relancer Paul — {YESTERDAY.strftime('%d/%m/%Y')}")
    assert slots["journal_actions"] is None and "relancer Paul" in texts(dispatcher)
    _, slots = validate(domain, "journal_actions", "refaire mon CV — dans 2 semaines\nappeler Paul")
    assert slots["journal_actions"] == "refaire mon CV — dans 2 semaines\nappeler Paul"
    _, slots = validate(domain, "journal_advice", "aucun")
    assert slots["journal_advice"] == "-"


def _filled():
    return {
        "journal_mentor": "Claire Martin",
        "journal_date": YESTERDAY.isoformat(),
        "journal_notes": "mon CV est trop long",
        "journal_advice": "viser les PME",
        "journal_actions": f"refaire mon CV — {IN_A_MONTH.strftime('%d/%m/%Y')}\nappeler Paul",
    }


def test_the_journal_is_saved_with_its_action_items(database, domain):
    dispatcher, events = run(journal.ActionSaveJournal(), domain, sender_id="alice", slots=_filled())
    entry = journal_store.list_entries("alice")[0]
    assert entry.mentor == "Claire Martin" and entry.met_on == YESTERDAY and entry.advice == "viser les PME"
    assert [(a.text, a.due) for a in entry.actions] == [("refaire mon CV", IN_A_MONTH), ("appeler Paul", None)]
    assert "2 actions à faire" in texts(dispatcher) and "1. refaire mon CV (pour le" in texts(dispatcher)
    assert slot_events(events)["journal_mentor"] is None and slot_events(events)["debrief_prepared"] is None
    payloads = [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []]
    assert '/thank_you_note{"PER":"Claire Martin"}' in payloads


def test_list_then_mark_done_by_number_by_words_and_by_button(database, domain):
    entry = journal_store.save_entry(
        "alice",
        "Claire",
        YESTERDAY,
        "n",
        "",
        [PlannedAction("refaire mon CV", IN_A_MONTH), PlannedAction("envoyer mon portfolio"), PlannedAction("lire")],
    )
    dispatcher, _ = run(action_items.ActionListActions(), domain, sender_id="alice", intent="list_actions")
    assert "Il vous reste 3 actions" in texts(dispatcher) and "1. refaire mon CV" in texts(dispatcher)
    dispatcher, _ = run(action_items.ActionMarkActionDone(), domain, sender_id="alice", text="la 1 est faite")
    assert "« refaire mon CV » est faite" in texts(dispatcher) and "Il vous en reste 2" in texts(dispatcher)
    run(action_items.ActionMarkActionDone(), domain, sender_id="alice", text="j'ai envoyé le portfolio à Claire")
    run(
        action_items.ActionMarkActionDone(),
        domain,
        sender_id="alice",
        entities=[{"entity": "action_item", "value": str(entry.actions[2].id)}],
    )
    assert journal_store.open_actions("alice") == []
    dispatcher, _ = run(action_items.ActionListActions(), domain, sender_id="alice")
    assert sent(dispatcher) == [message("actions_none")]


def test_an_unclear_done_message_asks_which_one(database, domain):
    journal_store.save_entry("alice", "Claire", YESTERDAY, "n", "", [PlannedAction("a b c"), PlannedAction("d e f")])
    dispatcher, _ = run(action_items.ActionMarkActionDone(), domain, sender_id="alice", text="c'est fait !")
    assert dispatcher.messages[0]["message_key"] == "actions_which" and len(dispatcher.messages[0]["buttons"]) == 2
    dispatcher, _ = run(action_items.ActionMarkActionDone(), domain, sender_id="alice", text="l'action 9 est faite")
    assert dispatcher.messages[0]["message_key"] == "actions_which"
    assert len(journal_store.open_actions("alice")) == 2


def test_an_action_forgotten_in_the_notes_is_added_not_marked_done(database, domain):
    journal_store.save_entry("alice", "Claire", YESTERDAY, "n", "", [PlannedAction("refaire mon CV", IN_A_MONTH)])
    said = "J'en ai oublié une : appeler l'ancienne collègue de Claire d'ici vendredi. Tu peux la rajouter ?"
    dispatcher, _ = run(action_items.ActionMarkActionDone(), domain, sender_id="alice", text=said)
    assert dispatcher.messages[0]["message_key"] == "actions_added"
    assert "appeler l'ancienne collègue de Claire" in texts(dispatcher)
    left = journal_store.open_actions("alice")
    assert [a.task for a in left] == ["appeler l'ancienne collègue de Claire", "refaire mon CV"]  # soonest first
    assert left[0].due is not None and left[0].due.weekday() == 4


def test_a_prepared_debrief_is_kept_in_the_journal_with_its_next_steps(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    when = (datetime.now() + timedelta(days=7)).replace(hour=14, minute=0, second=0, microsecond=0)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=_meeting(goal.id, when))
    prep = preparation_store.current_preparation("alice")
    slots = {
        "debrief_preparation_id": str(prep.id),
        "debrief_notes": "refaire mon CV",
        "debrief_next_steps": "lui envoyer mon portfolio d'ici 2 semaines",
        "debrief_next_meeting": meeting_form.NOT_FIXED,
    }
    dispatcher, _ = run(meeting_debrief.ActionSaveDebrief(), domain, sender_id="alice", slots=slots)
    entry = journal_store.list_entries("alice")[0]
    assert entry.preparation_id == prep.id and entry.mentor == "Claire Martin"
    assert [a.text for a in entry.actions] == ["lui envoyer mon portfolio"]
    assert "1 action à faire" in texts(dispatcher)


def _meeting(goal_id, when):
    return {
        "meeting_mentor": "Claire Martin",
        "meeting_mentor_role": "directrice data",
        "meeting_mentor_org": "Doctolib",
        "meeting_when": when.isoformat(timespec="minutes"),
        "meeting_format": "visio",
        "meeting_minutes": "30",
        "meeting_first": "followup",
        "meeting_goals": str(goal_id),
    }


def test_the_next_preparation_with_the_same_mentor_starts_from_the_open_items(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    run(journal.ActionSaveJournal(), domain, sender_id="alice", slots=_filled())
    journal_store.save_entry("alice", "Paul Durand", YESTERDAY, "n", "", [PlannedAction("lire son livre")])
    when = datetime.now() + timedelta(days=7)
    dispatcher, _ = run(
        meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=_meeting(goal.id, when)
    )
    first = sent(dispatcher)[0]
    assert "Depuis notre dernière rencontre :\n1. refaire mon CV (pour le" in first and "2. appeler Paul" in first
    assert "lire son livre" not in first and "« viser les PME »" in first and "…" not in first
    questions = preparation_store.current_preparation("alice").questions
    assert [q.origin for q in questions[:3]] == ["followup", "followup", "generated"]
    assert "(« refaire mon CV »)" in questions[0].text and "(« appeler Paul »)" in questions[1].text
    other = dict(_meeting(goal.id, when), meeting_mentor="Sophie Leroy")
    dispatcher, _ = run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=other)
    assert "Depuis notre dernière rencontre" not in texts(dispatcher)
    assert all(q.origin != "followup" for q in preparation_store.current_preparation("alice").questions)


def test_cancel_keeps_earlier_notes(database, domain):
    run(journal.ActionSaveJournal(), domain, sender_id="alice", slots=_filled())
    dispatcher, events = run(journal.ActionCancelJournal(), domain, sender_id="alice", active_loop="journal_form")
    assert sent(dispatcher) == [message("journal_cancelled")] and len(journal_store.list_entries("alice")) == 1


def test_a_new_session_does_not_carry_the_debrief_or_journal_choice(database, domain):
    from actions.courtesy import ActionSessionStart

    _, events = run(
        ActionSessionStart(), domain, sender_id="alice", slots={"debrief_prepared": False, "journal_mentor": "Claire"}
    )
    carried = slot_events(events)
    assert "debrief_prepared" not in carried and carried["journal_mentor"] == "Claire"
