"""An action item ticked by mistake (seventeenth panel): « l'action 1 est moche… corrige » marked it done, and
« quoi ?? je l'ai pas faite ! annule ça » did not undo it. A remark on an item's words rewords it (or says how), a
« pas faite » leaves it open, and « annule » right after a tick unticks it."""

from datetime import date, timedelta

import pytest

from actions import action_items
from assistant.journal import store as journal_store
from assistant.journal.model import PlannedAction
from assistant.journal.rewording import asks_to_fix, new_wording, not_done
from tests.actions.conftest import make_tracker, run, texts

YESTERDAY = date.today() - timedelta(days=1)
ITEMS = [
    PlannedAction("attends c'était pas sérieux ça. gérer une vraie petite campagne"),
    PlannedAction("monter un portfolio"),
]


@pytest.mark.parametrize(
    ("said", "fix", "new", "open_"),
    [
        ("l'action 1 est moche, y a mon 'attends c'était pas sérieux' dedans. corrige", True, "", False),
        (
            "l'action 1 : gérer une vraie petite campagne Google Ads",
            False,
            "gérer une vraie petite campagne Google Ads",
            False,
        ),
        ("corrige l'action 1 en « gérer une petite campagne »", True, "gérer une petite campagne", False),
        ("quoi ?? je l'ai pas faite !", False, "", True),
        ("l'action 1 : faite", False, "", False),
        ("la 1 est faite", False, "", False),
    ],
)
def test_what_a_remark_on_an_item_says(said, fix, new, open_):
    assert (asks_to_fix(said), new_wording(said), not_done(said)) == (fix, new, open_)


def _mark(domain, text, **tracker_args):
    tracker = make_tracker(sender_id="alice", text=text, intent="mark_action_done", **tracker_args)
    return run(action_items.ActionMarkActionDone(), domain, tracker=tracker)


def test_a_remark_on_an_items_words_never_ticks_it(database, domain):
    journal_store.save_entry("alice", "Sophie", YESTERDAY, "n", "", ITEMS)
    dispatcher, _ = _mark(domain, "l'action 1 est moche, y a mon 'attends c'était pas sérieux' dedans. corrige")
    assert dispatcher.messages[0]["message_key"] == "action_reword_how" and "l'action 1 :" in texts(dispatcher)
    assert len(journal_store.open_actions("alice")) == 2
    dispatcher, _ = _mark(domain, "l'action 1 : gérer une vraie petite campagne Google Ads")
    assert dispatcher.messages[0]["message_key"] == "action_reworded"
    assert [a.task for a in journal_store.open_actions("alice")] == [
        "gérer une vraie petite campagne Google Ads",
        "monter un portfolio",
    ]
    dispatcher, _ = _mark(domain, "je l'ai pas encore faite, l'action 2")
    assert dispatcher.messages[0]["message_key"] == "action_still_open" and "portfolio" in texts(dispatcher)
    dispatcher, _ = _mark(domain, "non non c'est pas fait")
    assert dispatcher.messages[0]["message_key"] == "actions_untouched"
    assert len(journal_store.open_actions("alice")) == 2


def test_annule_right_after_a_tick_unticks_the_item(database, domain):
    journal_store.save_entry("alice", "Sophie", YESTERDAY, "n", "", ITEMS)
    dispatcher, _ = _mark(domain, "la 2 est faite")
    ticked = dispatcher.messages[0]
    assert ticked["message_key"] == "action_done" and "/stop" in [b["payload"] for b in ticked["buttons"]]
    assert len(journal_store.open_actions("alice")) == 1
    tracker = make_tracker(sender_id="alice", text="quoi ?? annule ça", intent="stop")
    tracker.events[:0] = [
        {"event": "action", "name": "action_mark_action_done"},
        {"event": "bot", "text": "Bravo", "metadata": {"message_key": "action_done", "done_item": ticked["done_item"]}},
        {"event": "action", "name": "action_listen"},
    ]
    tracker.events.insert(0, {"event": "user", "text": "la 2 est faite", "parse_data": {}})
    dispatcher, _ = run(action_items.ActionStop(), domain, tracker=tracker)
    assert dispatcher.messages[0]["message_key"] == "action_undone" and "monter un portfolio" in texts(dispatcher)
    assert len(journal_store.open_actions("alice")) == 2
    # a « stop » later, or with nothing ticked before it, is the usual answer and changes nothing
    dispatcher, _ = run(action_items.ActionStop(), domain, sender_id="alice", text="stop", intent="stop")
    assert [m.get("response") for m in dispatcher.messages] == ["utter_stopped"]
    assert len(journal_store.open_actions("alice")) == 2


def test_no_undo_button_inside_a_form(database, domain):
    journal_store.save_entry("alice", "Sophie", YESTERDAY, "n", "", ITEMS)
    dispatcher, _ = _mark(domain, "la 2 est faite", active_loop="goal_form")
    assert "/stop" not in [b["payload"] for b in dispatcher.messages[0]["buttons"]]


def test_an_item_of_someone_else_is_never_reopened(database):
    entry = journal_store.save_entry("alice", "Sophie", YESTERDAY, "n", "", ITEMS)
    journal_store.mark_done("alice", entry.actions[1].id)
    assert journal_store.reopen("bob", entry.actions[1].id) is None
    assert journal_store.reword("bob", entry.actions[1].id, "x") is None
    assert len(journal_store.open_actions("alice")) == 1


def test_an_item_done_by_mistake_is_put_back_by_its_words(database, domain):
    # eighteenth panel: « remets l'action tableau de bord à faire » asked which one was done
    entry = journal_store.save_entry(
        "alice", "Bernard", YESTERDAY, "n", "", [PlannedAction("lui envoyer mon tableau de bord mensuel"), *ITEMS]
    )
    journal_store.mark_done("alice", entry.actions[0].id)
    for said in (
        "remets l'action tableau de bord à faire",
        "en fait « lui envoyer mon tableau de bord » n'est pas faite",
    ):
        dispatcher, _ = _mark(domain, said)
        assert dispatcher.messages[0]["message_key"] == "action_undone" and "tableau de bord" in texts(dispatcher)
        assert len(journal_store.open_actions("alice")) == 3
        journal_store.mark_done("alice", entry.actions[0].id)


def test_noting_a_meeting_asked_about_or_an_item_done_starts_no_debrief(database, domain):
    # nineteenth panel: « est-ce que je peux tenir une sorte de journal de mon mentorat ici ? » noted a meeting held
    # today; « j'ai déjà parlé à ma cadre pour le poste de référente hygiène hier, c'est fait ! » started a debrief
    from actions import meeting_debrief

    said = "est-ce que je peux tenir une sorte de journal de mon mentorat ici ?"
    dispatcher, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text=said)
    assert dispatcher.messages[0]["message_key"] == "journal_explained"
    assert events == [{"event": "followup", "name": "action_listen", "timestamp": None}]
    journal_store.save_entry(
        "alice", "Nathalie", YESTERDAY, "n", "", [PlannedAction("parler à ma cadre du poste de référente hygiène")]
    )
    said = "j'ai déjà parlé à ma cadre pour le poste de référente hygiène hier, c'est fait !"
    _, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", text=said)
    assert events == [{"event": "followup", "name": "action_mark_action_done", "timestamp": None}]


def test_a_sentence_added_to_a_thank_you_note_goes_in_before_its_closing(database, domain):
    # nineteenth panel: « dans le message de remerciement, ajoute : « Je me suis déjà inscrite aux portes ouvertes de
    # l'IFCS du 23 janvier. » » was not understood, and « ajoute : … » under a note became a meeting question
    from rasa_sdk.executor import CollectingDispatcher

    from actions import meeting_preparation, thank_you_edits
    from assistant.practice import store as practice_store

    note = "Salut Nathalie,\nMerci beaucoup pour le temps que tu m'as accordé.\nEncore merci, et à bientôt !"
    practice_store.save_thank_you("alice", "Nathalie", "tu", False, note)
    said = "dans le message de remerciement, ajoute : « Je me suis déjà inscrite aux portes ouvertes de l'IFCS. »"
    dispatcher = CollectingDispatcher()
    assert thank_you_edits.edit_thank_you(dispatcher, make_tracker(sender_id="alice", text=said))
    assert dispatcher.messages[-1]["text"] == (
        "Salut Nathalie,\nMerci beaucoup pour le temps que tu m'as accordé.\n"
        "Je me suis déjà inscrite aux portes ouvertes de l'IFCS.\nEncore merci, et à bientôt !"
    )
    tracker = make_tracker(sender_id="alice", text="ajoute : Merci aussi de me présenter à ta consœur.")
    tracker.events = [{"event": "action", "name": "action_thank_you_note"}, *tracker.events]
    _, events = run(meeting_preparation.ActionEditQuestions(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]  # then to the note
