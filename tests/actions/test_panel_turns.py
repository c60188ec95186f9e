"""Turns the tenth and eleventh panels found misread, outside the goal form's own tests: a question about one kind
of mentoring, a mentored mentee read as unsure, a choice of the goal form typed as a person met."""

from actions import saved_goals
from tests.actions.conftest import run, texts


def test_a_question_about_one_kind_of_mentoring_explains_that_kind_first(domain):
    # tenth panel: « qu'est-ce que le mentorat inversé, concrètement ? » got the general definition of mentoring
    from actions import courtesy

    said = "et le mentorat de groupe, comment ça se passe ?"
    _, events = run(courtesy.ActionAnswerQuestion(), domain, text=said, intent="faq")
    assert events == [{"event": "followup", "name": "action_explain_mentoring_kinds", "timestamp": None}]
    dispatcher, _ = run(saved_goals.ActionExplainMentoringKinds(), domain, text=said, intent="faq")
    assert texts(dispatcher).startswith("Mentorat de groupe : plusieurs mentorés")


def test_a_mentored_mentee_read_as_unsure_is_offered_the_relationship_tasks(domain):
    # eleventh panel: « … j'ai déjà une mentore depuis septembre … » got « Je ne suis pas sûr d'avoir compris »
    from actions import courtesy

    said = "Bonjour, j'ai déjà une mentore depuis la rentrée et je voudrais garder le fil de nos échanges."
    _, events = run(courtesy.ActionDefaultAskAffirmation(), domain, text=said, intent="nlu_fallback")
    # the fallback loop ends first, or it would hand over again after the tasks (seventeenth panel)
    assert [(e["event"], e["name"]) for e in events] == [("active_loop", None), ("followup", "action_chitchat")]


def test_a_choice_of_the_goal_form_is_no_person_met(database, domain):
    from actions import journal
    from tests.actions.conftest import validate_answer

    dispatcher, slots = validate_answer(
        journal.ValidateJournalForm(), domain, "journal_mentor", "Mentorat informel", "journal_form"
    )
    assert slots["journal_mentor"] is None and dispatcher.messages[0]["message_key"] == "journal_mentor_no_name"


def test_an_action_to_add_read_as_a_question_to_add_is_an_action(database, domain):
    # eleventh panel: « ajoute une action : … pour le 5 février » became a prepared question
    from actions import meeting_preparation

    said = "ajoute une action : envoyer mon book à la directrice avant vendredi"
    _, events = run(meeting_preparation.ActionEditQuestions(), domain, text=said, intent="edit_questions")
    assert events == [{"event": "followup", "name": "action_mark_action_done", "timestamp": None}]


def test_a_deletion_read_as_a_correction_with_no_goal_in_the_works_is_the_deletion(domain):
    # twelfth panel: « delete le goal 2 en fait, c'est pas prioritaire » got « Je ne trouve pas cet objectif »
    from actions import goals

    said = "bon delete le goal 2 en fait, pas prioritaire"
    _, events = run(goals.ActionCorrectGoalField(), domain, text=said, intent="correct_goal_field")
    assert events[-1] == {"event": "followup", "name": "action_delete_goal", "timestamp": None}


def test_an_item_named_by_number_and_by_other_words_is_asked_about(database, domain):
    # twelfth panel: « l'action 2 est faite, j'ai préparé le planning de mars » ticked action 2, another one
    from actions import action_items
    from assistant.journal import store as journal_store
    from assistant.journal.model import PlannedAction

    journal_store.save_entry(
        "alice",
        "Paul",
        None,
        "n",
        "",
        [PlannedAction("relancer la comptable"), PlannedAction("préparer le planning de mars")],
    )
    said = "l'action 1 est faite, j'ai préparé le planning de mars"
    dispatcher, _ = run(action_items.ActionMarkActionDone(), domain, sender_id="alice", text=said)
    assert dispatcher.messages[0]["message_key"] == "actions_which"
    assert len(journal_store.open_actions("alice")) == 2


def test_a_question_read_as_a_rehearsal_is_answered_as_a_question(database, domain):
    # twelfth panel: « il annule souvent, je fais comment ? » got « Pour répéter, il me faut le message »
    from actions import practice

    said = "et quand il reporte nos rendez-vous au dernier moment, je fais comment ?"
    _, events = run(practice.ActionStartRehearsal(), domain, sender_id="alice", text=said, intent="rehearse_outreach")
    assert events[-1] == {"event": "followup", "name": "action_answer_question", "timestamp": None}
    dispatcher, _ = run(practice.ActionStartRehearsal(), domain, sender_id="alice", text="et s'il refuse ?")
    assert dispatcher.messages  # a scenario asked: the rehearsal (here: no message to rehearse yet)
