"""Goal actions with real trackers and dispatchers, on a fresh SQLite database."""

from datetime import date

from actions import goals as goal_actions
from actions import saved_goals
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from tests.actions.conftest import make_tracker, run, sent, slot_events, texts

FILLED = {
    "goal_area": "leadership",
    "goal_statement": "devenir chef d'équipe",
    "goal_measure": "encadrer 3 personnes",
    "goal_deadline": "2027-06-30",
    "goal_motivation": "prendre plus de responsabilités",
    "goal_mentoring_kind": "informel",
}
SAVED = GoalFields(
    "reseau", "rencontrer des UX designers", "10 échanges", date(2027, 3, 31), "changer de métier", "distance"
)


def test_start_clears_the_goal_and_leaves_the_area_to_its_question(domain):
    _, events = run(
        goal_actions.ActionStartGoal(),
        domain,
        slots=FILLED,
        intent="clarify_goal",
        entities=[{"entity": "goal_area", "value": "reseau"}],
    )
    slots = slot_events(events)
    assert slots["goal_statement"] is None and slots["goal_area"] is None


def test_summary_then_save(database, domain):
    dispatcher, _ = run(goal_actions.ActionShowGoalSummary(), domain, slots=FILLED)
    assert "• Objectif : Devenir chef d'équipe." in texts(dispatcher) and "30 juin 2027" in texts(dispatcher)
    payloads = [b["payload"] for b in dispatcher.messages[-1]["buttons"]]
    assert payloads == ["/affirm", "/correct_goal_field", "/stop"]

    dispatcher, events = run(goal_actions.ActionSaveGoal(), domain, slots=FILLED, sender_id="alice")
    assert sent(dispatcher) == [message("goal_saved", number=1)]
    assert all(value is None for value in slot_events(events).values())
    assert goal_store.list_goals("alice")[0].fields.statement == "devenir chef d'équipe"
    assert goal_store.list_goals("bob") == []


def test_save_updates_the_goal_being_edited(database, domain):
    saved = goal_store.save_goal("alice", SAVED)
    slots = {**FILLED, "editing_goal_id": str(saved.id)}
    dispatcher, _ = run(goal_actions.ActionSaveGoal(), domain, slots=slots, sender_id="alice")
    assert sent(dispatcher) == [message("goal_updated", number=1)]
    goals = goal_store.list_goals("alice")
    assert len(goals) == 1 and goals[0].fields.statement == "devenir chef d'équipe"


def test_summary_of_an_edited_saved_goal_saves_the_correction(database, domain):
    saved = goal_store.save_goal("alice", SAVED)
    slots = {**FILLED, "editing_goal_id": str(saved.id)}
    dispatcher, events = run(goal_actions.ActionShowGoalSummary(), domain, slots=slots, sender_id="alice")
    assert sent(dispatcher)[-1] == message("goal_updated", number=1)
    assert sent(dispatcher)[0].startswith(message("summary_heading_edit"))
    assert slot_events(events)["editing_goal_id"] is None
    goals = goal_store.list_goals("alice")
    assert len(goals) == 1 and goals[0].fields.statement == "devenir chef d'équipe"


def test_summary_of_a_new_goal_asks_before_saving(database, domain):
    dispatcher, events = run(goal_actions.ActionShowGoalSummary(), domain, slots=FILLED, sender_id="alice")
    assert sent(dispatcher)[-1] == message("confirm_goal")
    # nothing saved; no field left pending, so « Corriger un élément » asks which one
    assert events == [{"event": "slot", "name": "goal_field", "value": None, "timestamp": None}]
    assert goal_store.list_goals("alice") == []


def test_cancel_says_what_is_kept(database, domain):
    goal_store.save_goal("alice", SAVED)
    dispatcher, events = run(
        goal_actions.ActionCancelGoal(),
        domain,
        sender_id="alice",
        intent="stop",
        slots={"goal_area": "leadership", "goal_statement": "devenir manager"},
        active_loop="goal_form",
    )
    assert sent(dispatcher) == [
        message("goal_cancelled_draft", answers="domaine, objectif"),
        message("saved_goals_kept", count=1),
    ]
    assert "reste intact" in sent(dispatcher)[1]
    assert {"event": "active_loop", "name": None} in [{k: e.get(k) for k in ("event", "name")} for e in events]
    assert len(goal_store.list_goals("alice")) == 1


def test_correct_one_field_clears_only_it(domain):
    dispatcher, events = run(
        goal_actions.ActionCorrectGoalField(),
        domain,
        slots={**FILLED, "goal_field": "goal_deadline"},
        intent="correct_goal_field",
    )
    assert slot_events(events) == {"goal_deadline": None, "goal_field": None}
    assert sent(dispatcher) == [message("correcting_field", field="échéance")]
    dispatcher, events = run(goal_actions.ActionCorrectGoalField(), domain, slots=FILLED)
    assert sent(dispatcher) == ["utter_ask_goal_field"]
    assert "goal_deadline" not in slot_events(events)


def test_a_correction_typed_with_its_field_is_taken_when_valid(domain):
    typed = "L'échéance : le 15 mars 2027"
    dispatcher, events = run(
        goal_actions.ActionCorrectGoalField(),
        domain,
        text=typed,
        intent="correct_goal_field",
        slots={**FILLED, "goal_field": "goal_deadline"},
    )
    assert slot_events(events) == {"goal_deadline": "2027-03-15", "goal_field": None}
    past = "L'échéance : le 15 mars 2020"
    dispatcher, events = run(
        goal_actions.ActionCorrectGoalField(),
        domain,
        text=past,
        intent="correct_goal_field",
        slots={**FILLED, "goal_field": "goal_deadline"},
    )
    assert slot_events(events) == {"goal_deadline": None, "goal_field": None}  # refused: the form asks again
    assert message("correcting_field", field="échéance") in sent(dispatcher)


def test_list_goals(database, domain):
    dispatcher, _ = run(saved_goals.ActionListGoals(), domain, sender_id="alice")
    assert sent(dispatcher) == [message("no_goals")]
    goal_store.save_goal("alice", SAVED)
    dispatcher, _ = run(saved_goals.ActionListGoals(), domain, sender_id="alice")
    assert "1. Rencontrer des UX designers." in texts(dispatcher)
    assert "/mark_goal_reached" in [b["payload"] for b in dispatcher.messages[0]["buttons"]]


def test_mark_reached_asks_which_when_several(database, domain):
    first = goal_store.save_goal("alice", SAVED)
    goal_store.save_goal("alice", GoalFields.from_slots(FILLED))
    dispatcher, _ = run(saved_goals.ActionMarkGoalReached(), domain, sender_id="alice", intent="mark_goal_reached")
    assert sent(dispatcher) == [message("which_goal_mark_goal_reached")]
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads[0] == f'/mark_goal_reached{{"goal_id":"{first.id}"}}'

    dispatcher, events = run(
        saved_goals.ActionMarkGoalReached(), domain, sender_id="alice", slots={"goal_id": str(first.id)}
    )
    assert sent(dispatcher) == [message("goal_reached", number=1, statement=SAVED.statement)]
    assert sent(dispatcher)[0].startswith("Bravo, votre objectif n° 1, « rencontrer des UX designers », est atteint !")
    assert goal_store.list_goals("alice")[0].reached
    assert slot_events(events) == {"goal_id": None, "goal_number": None}


def test_a_goal_marked_reached_by_mistake_is_back_in_progress(database, domain):
    # tenth panel: « il n'est pas atteint » got « Bravo … est atteint ! » and « Tous vos objectifs sont déjà … »
    first = goal_store.save_goal("alice", SAVED)
    goal_store.set_goal_status("alice", first.id, "reached")
    said = "oups non, je me suis emballée : il n'est pas encore atteint"
    dispatcher, _ = run(
        saved_goals.ActionMarkGoalReached(), domain, sender_id="alice", text=said, intent="mark_goal_reached"
    )
    assert sent(dispatcher) == [message("goal_reopened", number=1, statement=SAVED.statement)]
    assert not goal_store.list_goals("alice")[0].reached
    dispatcher, _ = run(
        saved_goals.ActionMarkGoalReached(), domain, sender_id="alice", text=said, intent="mark_goal_reached"
    )
    assert sent(dispatcher) == [message("goal_none_reached")]


def test_goal_of_another_sender_is_not_found(database, domain):
    bobs = goal_store.save_goal("bob", SAVED)
    goal_store.save_goal("alice", SAVED)
    dispatcher, _ = run(saved_goals.ActionDeleteGoal(), domain, sender_id="alice", slots={"goal_id": str(bobs.id)})
    assert sent(dispatcher) == [message("goal_not_found", count=1)]


def test_delete_needs_confirmation(database, domain):
    saved = goal_store.save_goal("alice", SAVED)
    dispatcher, events = run(saved_goals.ActionDeleteGoal(), domain, sender_id="alice", slots={"goal_number": "1"})
    assert sent(dispatcher) == ["Supprimer l'objectif n° 1 (rencontrer des UX designers) ? C'est définitif."]
    assert slot_events(events)["pending_delete_goal_id"] == str(saved.id)
    assert len(goal_store.list_goals("alice")) == 1
    dispatcher, _ = run(
        saved_goals.ActionConfirmDeleteGoal(),
        domain,
        sender_id="alice",
        slots={"pending_delete_goal_id": str(saved.id)},
        intent="affirm",
    )
    assert sent(dispatcher) == [message("goal_deleted")]
    assert goal_store.list_goals("alice") == []


def test_edit_loads_the_goal_into_the_form(database, domain):
    saved = goal_store.save_goal("alice", SAVED)
    dispatcher, events = run(saved_goals.ActionEditGoal(), domain, sender_id="alice", intent="edit_goal")
    slots = slot_events(events)
    assert slots["editing_goal_id"] == str(saved.id)
    assert slots["goal_statement"] == SAVED.statement and slots["goal_deadline"] == "2027-03-31"
    assert sent(dispatcher)[-1] == "utter_ask_goal_field"


def test_a_typed_edit_is_saved_and_shown(database, domain):
    goal_store.save_goal("alice", SAVED)
    dispatcher, events = run(
        saved_goals.ActionEditGoal(),
        domain,
        sender_id="alice",
        intent="edit_goal",
        text="je voudrais changer l'échéance de l'objectif 1 : plutôt le 15/09/2027",
        entities=[{"entity": "goal_number", "value": "1"}],
        slots={"goal_number": "1"},
    )
    (goal,) = goal_store.list_goals("alice")
    assert goal.fields.deadline.isoformat() == "2027-09-15"
    assert goal.fields.statement == SAVED.statement  # the rest is kept
    assert "15 septembre 2027" in texts(dispatcher) and sent(dispatcher)[-1] == message("goal_updated", number=1)
    assert slot_events(events)["goal_deadline"] is None  # nothing left half-edited


def test_a_typed_edit_with_a_past_date_is_refused_with_the_reason(database, domain):
    goal_store.save_goal("alice", SAVED)
    dispatcher, events = run(
        saved_goals.ActionEditGoal(),
        domain,
        sender_id="alice",
        intent="edit_goal",
        text="repousse l'échéance de mon objectif à 2020",
        slots={"goal_number": "1"},
    )
    assert message("goal_deadline_past") in sent(dispatcher) and sent(dispatcher)[-1] == "utter_ask_goal_field"
    assert slot_events(events)["goal_deadline"] == "2027-03-31"


def test_database_failure_is_told_not_hidden(tmp_path, monkeypatch, domain):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'never-migrated.db'}")
    dispatcher, events = run(goal_actions.ActionSaveGoal(), domain, slots=FILLED)
    assert sent(dispatcher) == [message("database_error")]
    # The answers stay in the slots and the « oui » is undone, so the same « oui » can be sent again.
    assert events == [{"event": "rewind", "timestamp": None}]


def test_cancel_still_works_when_the_database_fails(tmp_path, monkeypatch, domain):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'never-migrated.db'}")
    dispatcher, events = run(
        goal_actions.ActionCancelGoal(), domain, slots={"goal_area": "reseau"}, active_loop="goal_form", intent="stop"
    )
    assert sent(dispatcher) == [message("goal_cancelled_draft", answers="domaine")]
    assert {"event": "active_loop", "name": None} in [{k: e.get(k) for k in ("event", "name")} for e in events]


def test_a_goal_stated_with_no_question_pending_starts_the_form_with_it(domain):
    dispatcher, events = run(
        goal_actions.ActionStartStatedGoal(),
        domain,
        text="je voudrais devenir responsable de boutique",
        intent="inform",
    )
    assert slot_events(events)["goal_statement"] == "devenir responsable de boutique"
    assert slot_events(events)["goal_area"] is None  # cleared: the form asks it
    assert events[-1] == {"event": "followup", "name": "goal_form", "timestamp": None}
    assert "« devenir responsable de boutique »" in texts(dispatcher)


def test_another_answer_with_no_question_pending_gets_the_menu(domain):
    dispatcher, events = run(goal_actions.ActionStartStatedGoal(), domain, text="les mardis", intent="inform")
    assert sent(dispatcher) == [message("fallback_menu"), "utter_menu"]
    assert events[0]["event"] == "rewind"


def test_a_wish_after_its_context_with_no_question_pending_starts_the_form(domain):
    said = "Je suis technicienne réseau depuis 5 ans, et je voudrais devenir cheffe de projet. Par où commencer ?"
    _, events = run(goal_actions.ActionStartStatedGoal(), domain, text=said, intent="inform")
    assert slot_events(events)["goal_statement"] == "devenir cheffe de projet"
    assert events[-1]["name"] == "goal_form"


def test_a_mentee_who_already_has_a_mentor_is_offered_the_tasks_of_a_relationship(domain):
    said = "Bonsoir, je suis comptable et j'ai déjà une mentore, Sandrine Petit, que je vois chaque trimestre."
    entities = [{"entity": "PER", "value": "Sandrine Petit"}]
    dispatcher, events = run(
        goal_actions.ActionStartStatedGoal(), domain, text=said, intent="inform", entities=entities
    )
    assert texts(dispatcher).startswith("Bienvenue ! Vous avez déjà une mentore, Sandrine Petit : je vous aide")
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ["/clarify_goal", "/prepare_meeting", "/debrief_meeting", "/relationship_checkin"]
    assert events == []


def test_an_action_item_said_done_in_small_talk_is_marked(database, domain):
    # tenth panel: « j'ai fini de démarcher les 10 caves et bars » got small talk
    from assistant.journal import store as journal_store
    from assistant.journal.model import PlannedAction

    journal_store.save_entry("alice", "Rémi", None, "n", "", [PlannedAction("appeler 5 fromagers de la région")])
    said = "trop contente, j'ai fini d'appeler les 5 fromagers !"
    _, events = run(goal_actions.ActionChitchat(), domain, sender_id="alice", text=said, intent="chitchat")
    assert events == [{"event": "followup", "name": "action_mark_action_done", "timestamp": None}]


def test_asking_for_a_goal_in_so_many_words_starts_one(domain):
    # tenth panel: « je suis chargée de recrutement, je veux un objectif, vite » got « Je ne sais pas encore … »
    from actions import courtesy

    said = "je suis comptable en cabinet, j'aimerais un objectif clair, rapidement"
    for action in (goal_actions.ActionStartStatedGoal(), courtesy.ActionDefaultFallback()):
        dispatcher, events = run(action, domain, text=said, intent="inform")
        replayed = [e for e in events if e.get("event") == "user"]
        assert replayed and replayed[0]["parse_data"]["intent"]["name"] == "clarify_goal", action.name()


def test_small_talk_that_says_a_mentor_is_there_already_gets_the_relationship_tasks(domain):
    said = "salut ! moi c'est Yanis, j'ai un mentor depuis septembre"
    dispatcher, _ = run(goal_actions.ActionChitchat(), domain, text=said, intent="chitchat")
    assert dispatcher.messages[0]["message_key"] == "intro_with_mentor"
    assert "Vous avez déjà un mentor :" in texts(dispatcher)


def test_a_goal_stated_in_the_request_to_start_is_its_statement(domain):
    _, events = run(
        goal_actions.ActionStartGoal(),
        domain,
        text="j'ai un autre objectif : devenir formatrice",
        intent="clarify_goal",
    )
    assert slot_events(events)["goal_statement"] == "devenir formatrice"


CASUAL = {
    **FILLED,
    "goal_statement": "ben devenir daf dans un groupe industriel",
    "goal_measure": "ben quand jaurai signé mon contrat lol",
    "goal_motivation": "c trop important pr ma famille",
}


def test_casual_answers_are_written_out_in_the_summary_and_saved_so(database, domain):
    dispatcher, _ = run(goal_actions.ActionShowGoalSummary(), domain, slots=CASUAL)
    shown = texts(dispatcher)
    assert "• Objectif : Devenir DAF dans un groupe industriel." in shown
    assert "• Mesure du succès : Quand j'aurai signé mon contrat." in shown
    assert "• Pourquoi c'est important : C'est trop important pour ma famille." in shown
    assert not any(raw in shown for raw in ("lol", "ben ", "jaurai", " pr ", "daf"))
    assert "J'ai mis au propre" not in shown  # sure corrections need no remark

    run(goal_actions.ActionSaveGoal(), domain, slots=CASUAL, sender_id="alice")
    saved = goal_store.list_goals("alice")[0].fields
    assert (saved.statement, saved.measure) == (
        "devenir DAF dans un groupe industriel",
        "quand j'aurai signé mon contrat",
    )


def test_a_guessed_spelling_is_proposed_at_the_confirm_step(database, domain):
    slots = {**FILLED, "goal_statement": "devenir developeuse fullstack dans une startup"}
    dispatcher, _ = run(goal_actions.ActionShowGoalSummary(), domain, slots=slots)
    said = sent(dispatcher)
    assert "• Objectif : Devenir développeuse fullstack dans une startup." in said[0]
    assert said[1] == message(
        "goal_answer_proposed", field="goal_statement", proposal="Devenir développeuse fullstack dans une startup."
    )
    assert said[-1] == message("confirm_goal") and "developeuse" not in " ".join(said)


def test_an_unknown_word_is_pointed_out_at_the_confirm_step(database, domain):
    slots = {**FILLED, "goal_measure": "obtenir 3 entretiens jsp"}
    dispatcher, _ = run(goal_actions.ActionShowGoalSummary(), domain, slots=slots)
    assert "Je ne reconnais pas « jsp » dans votre mesure du succès : une faute de frappe" in sent(dispatcher)[1]


def test_words_not_recognised_are_pointed_out_once_in_one_remark(database, domain):
    # ninth panel: three remarks, one per answer, repeated in full each time the summary came back
    slots = {**FILLED, "goal_statement": "devenir PO dans une scaleup", "goal_motivation": "bosser avec des devs ouf"}
    dispatcher, events = run(goal_actions.ActionShowGoalSummary(), domain, slots=slots)
    said = sent(dispatcher)
    remarks = [m for m in said if m.startswith("Je ne reconnais pas")]
    assert len(remarks) == 1 and "dans votre objectif" in remarks[0] and " et « " in remarks[0]
    tracker = make_tracker(slots=slots)
    tracker.events = [{"event": "bot", "text": text} for text in said] + tracker.events
    dispatcher, _ = run(goal_actions.ActionShowGoalSummary(), domain, tracker=tracker)
    assert not [m for m in sent(dispatcher) if m.startswith("Je ne reconnais pas")]
    assert sent(dispatcher)[-1] == message("confirm_goal")
