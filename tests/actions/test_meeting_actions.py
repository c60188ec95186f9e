"""Meeting preparation actions with real trackers and dispatchers, on a fresh SQLite database."""

import asyncio
from datetime import date, datetime, timedelta

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import meeting_debrief, meeting_form, meeting_preparation
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.meetings import store as preparation_store
from assistant.meetings.render import main_questions
from tests.actions.conftest import make_tracker, run, sent, slot_events, texts, validate_answer

GOAL = GoalFields(
    "carriere",
    "Devenir data scientist en startup",
    "obtenir 3 entretiens",
    date(2027, 6, 30),
    "changer de métier",
    "informel",
)
OTHER = GoalFields(
    "leadership", "Animer mes réunions d'équipe", "animer 6 réunions", date(2027, 3, 31), "prendre confiance", "formel"
)
NEXT_WEEK = (datetime.now() + timedelta(days=7)).replace(hour=14, minute=0, second=0, microsecond=0)


def validate(domain, slot, value, sender_id="alice", entities=None, slots=None):
    """Run validate_meeting_form as Rasa does after extracting ``slot`` from the last message."""
    return validate_answer(
        meeting_form.ValidateMeetingForm(),
        domain,
        slot,
        value,
        "meeting_form",
        slots,
        sender_id=sender_id,
        entities=entities,
    )


def filled(goal_id, when=NEXT_WEEK.isoformat(timespec="minutes")):
    return {
        "meeting_mentor": "Claire Martin",
        "meeting_mentor_role": "directrice data",
        "meeting_mentor_org": "Doctolib",
        "meeting_when": when,
        "meeting_format": "visio",
        "meeting_minutes": "30",
        "meeting_first": "first",
        "meeting_goals": goal_id,
    }


def test_mentor_answer_is_split_and_addresses_refused(database, domain):
    _, slots = validate(
        domain,
        "meeting_mentor",
        "Claire Martin, directrice data chez Doctolib",
        entities=[{"entity": "PER", "value": "Claire Martin"}],
    )
    assert slots == {
        "meeting_mentor": "Claire Martin",
        "meeting_mentor_role": "directrice data",
        "meeting_mentor_org": "Doctolib",
    }
    dispatcher, slots = validate(domain, "meeting_mentor", "https://linkedin.com/in/claire-martin")
    assert slots == {"meeting_mentor": None} and sent(dispatcher) == [message("meeting_mentor_address")]


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("la rencontre est hier", "meeting_when_past"),
        ("le 31 février", "meeting_when_impossible"),
        ("", "answer_empty"),
        ("what time suits you?", "meeting_when_unparseable"),
    ],
)
def test_bad_dates_are_questioned(database, domain, answer, key):
    dispatcher, slots = validate(domain, "meeting_when", answer)
    assert slots == {"meeting_when": None}
    assert sent(dispatcher)[0] == message(key, answer=answer)


def test_dates_kept_as_iso_or_not_fixed(database, domain):
    assert validate(domain, "meeting_when", "pas encore fixé")[1] == {"meeting_when": meeting_form.NOT_FIXED}
    when = validate(domain, "meeting_when", "le 12/12 à 9h30")[1]["meeting_when"]
    assert when.endswith("-12-12T09:30")


def test_format_answer_also_gives_the_length(database, domain):
    _, slots = validate(domain, "meeting_format", "45 min en visio")
    assert slots == {"meeting_format": "visio", "meeting_minutes": "45"}
    dispatcher, slots = validate(domain, "meeting_format", "bof")
    assert slots == {"meeting_format": None} and len(dispatcher.messages[0]["buttons"]) == 4


def test_first_meeting_from_buttons_and_text(database, domain):
    assert validate(domain, "meeting_first", "oui")[1] == {"meeting_first": "first"}
    assert validate(domain, "meeting_first", "on s'est déjà vus deux fois")[1] == {"meeting_first": "followup"}
    assert validate(domain, "meeting_first", "bof")[1] == {"meeting_first": None}


def test_goal_choice_by_button_number_all_or_topic(database, domain):
    first = goal_store.save_goal("alice", GOAL)
    second = goal_store.save_goal("alice", OTHER)
    assert validate(domain, "meeting_goals", str(second.id))[1] == {"meeting_goals": str(second.id)}
    assert validate(domain, "meeting_goals", "le 1")[1] == {"meeting_goals": str(first.id)}
    assert validate(domain, "meeting_goals", "all")[1] == {"meeting_goals": f"{first.id},{second.id}"}
    assert validate(domain, "meeting_goals", "le 7")[1] == {"meeting_goals": None}
    assert validate(domain, "meeting_goals", "le deuxième")[1] == {"meeting_goals": str(second.id)}
    # another mentee's goal id is not accepted
    stranger = goal_store.save_goal("bob", OTHER)
    assert validate(domain, "meeting_goals", str(stranger.id))[1] == {"meeting_goals": None}
    topic = validate(domain, "meeting_goals", "négocier mon salaire")[1]
    assert topic == {"meeting_goals": "sujet:négocier mon salaire"}
    assert validate(domain, "meeting_goals", "ok")[1] == {"meeting_goals": None}
    # fifteenth panel: « D'accord : » was the start of the subject, in the preparation and its export
    answered = validate(domain, "meeting_goals", "D'accord : négocier mon salaire à l'embauche")[1]
    assert answered == {"meeting_goals": "sujet:négocier mon salaire à l'embauche"}


def test_create_saves_and_shows_the_preparation(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    dispatcher, events = run(
        meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id))
    )
    shown = texts(dispatcher)
    # 30 minutes, first meeting: 14 minutes of questions and expectations (as the agenda says), 5 main questions
    assert "Claire Martin, directrice data chez Doctolib" in shown
    assert "Vos questions pour les 14 minutes d'échange (5 questions, 2 à 3 minutes chacune)" in shown
    assert "Si le temps le permet :\n6. " in shown and "\n9. " not in shown
    assert "Ordre du jour (30 min)" in shown and "Avant la rencontre" in shown and "Testez le lien" in shown
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == [
        "/edit_questions",
        "/export_preparation",
        "/debrief_meeting",
    ]
    assert all(value is None for value in slot_events(events).values())
    saved = preparation_store.current_preparation("alice")
    assert saved.details.goal_ids == (goal.id,) and saved.details.starts_at == NEXT_WEEK
    assert preparation_store.current_preparation("bob") is None


def test_show_again_or_say_there_is_none(database, domain):
    dispatcher, _ = run(meeting_preparation.ActionShowPreparation(), domain, sender_id="alice")
    assert sent(dispatcher) == [message("no_preparation")]
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    dispatcher, _ = run(meeting_preparation.ActionShowPreparation(), domain, sender_id="alice")
    assert "Votre préparation" in texts(dispatcher) and "(5 questions, 2 à 3 minutes chacune)" in texts(dispatcher)


def edit(domain, text, entities=None):
    return run(
        meeting_preparation.ActionEditQuestions(),
        domain,
        sender_id="alice",
        intent="edit_questions",
        text=text,
        entities=entities,
    )


def test_edits_are_saved_and_explained(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    before = preparation_store.current_preparation("alice").questions

    dispatcher, _ = edit(domain, "enlève la 3")
    after = preparation_store.current_preparation("alice").questions
    assert len(after) == len(before) - 1 and before[2] not in after and "C'est retiré" in texts(dispatcher)

    edit(domain, "mets la 5 en premier")
    assert preparation_store.current_preparation("alice").questions[0] == after[4]

    dispatcher, _ = edit(domain, "ajoute : <b>Quel a été votre plus grand échec</b> ?")
    current = preparation_store.current_preparation("alice")
    (own,) = [q for q in current.questions if q.origin == "mentee"]
    assert own.text == "<b>Quel a été votre plus grand échec</b> ?"
    # fourteenth panel: added at the end, it was left « si le temps le permet »: it is the last the time allows
    assert current.questions.index(own) == main_questions(current) - 1
    assert "(votre question)" in texts(dispatcher) and f"c'est la n° {main_questions(current)}" in texts(dispatcher)

    dispatcher, _ = edit(domain, "/edit_questions", entities=[{"entity": "question_category", "value": "reseau"}])
    assert "sur le thème « Réseau et mises en relation »" in texts(dispatcher)

    count = len(preparation_store.current_preparation("alice").questions)
    dispatcher, _ = edit(domain, "enlève la 99")
    assert sent(dispatcher) == [message("edit_no_such_question", count=count)]
    assert len(preparation_store.current_preparation("alice").questions) == count

    dispatcher, _ = edit(domain, "ajoute : 🙂🙂")
    assert sent(dispatcher) == [message("question_empty")]
    dispatcher, _ = edit(domain, "ajoute :   ")
    assert sent(dispatcher) == [message("edit_ask_text")]
    dispatcher, _ = edit(domain, "change un peu")
    assert sent(dispatcher) == [message("edit_how")]
    assert len(dispatcher.messages[0]["buttons"]) == 6


def test_forty_own_questions_stop_at_the_cap(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    for i in range(40):
        dispatcher, _ = edit(domain, f"ajoute : ma question numéro {i}")
    assert sent(dispatcher) == [message("edit_full", limit=20)]
    assert len(preparation_store.current_preparation("alice").questions) == 20


def test_export_gives_markdown_and_a_calendar_link(database, domain, monkeypatch):
    monkeypatch.setenv("MENTORAT_PAGE_URL", "http://example.test:8080/")
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    dispatcher, _ = run(meeting_preparation.ActionExportPreparation(), domain, sender_id="alice")
    markdown = dispatcher.messages[1]["text"]
    assert markdown.startswith("```\n# Rencontre avec Claire Martin") and "\n\n" not in markdown
    token = preparation_store.current_preparation("alice").token
    assert f"http://example.test:8080/calendrier/{token}.ics" in texts(dispatcher)


def test_export_without_a_date(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    run(
        meeting_preparation.ActionCreatePreparation(),
        domain,
        sender_id="alice",
        slots=filled(str(goal.id), meeting_form.NOT_FIXED),
    )
    dispatcher, _ = run(meeting_preparation.ActionExportPreparation(), domain, sender_id="alice")
    assert sent(dispatcher)[-1] == message("export_no_date")


def test_debrief_without_preparation_goes_to_the_journal_and_the_debrief_form_asks_nothing(database, domain):
    dispatcher, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice", intent="debrief_meeting")
    assert slot_events(events)["debrief_preparation_id"] is None
    assert slot_events(events)["debrief_prepared"] is False and sent(dispatcher) == [message("journal_intro")]
    form = meeting_debrief.ValidateDebriefForm()
    required = asyncio.run(form.required_slots(["debrief_notes"], CollectingDispatcher(), make_tracker(), domain))
    assert required == []
    dispatcher, _ = run(meeting_debrief.ActionSaveDebrief(), domain, sender_id="alice")
    assert sent(dispatcher)[0] == message("debrief_no_preparation")
    assert sent(dispatcher)[1].startswith("Bonjour,\nMerci beaucoup pour le temps")  # a complete note
    assert "personnalis" not in " ".join(sent(dispatcher))


def test_debrief_when_the_database_is_down_says_so(database, domain, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def broken(_sender):
        raise OperationalError("SELECT", {}, Exception("down"))

    monkeypatch.setattr(meeting_debrief.preparation_store, "current_preparation", broken)
    dispatcher, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice")
    assert sent(dispatcher) == [message("database_error")]
    assert slot_events(events)["debrief_preparation_id"] == meeting_debrief.DATABASE_DOWN
    tracker = make_tracker(slots={"debrief_preparation_id": meeting_debrief.DATABASE_DOWN})
    validation = meeting_debrief.ValidateDebriefForm()
    required = asyncio.run(validation.required_slots(["debrief_notes"], CollectingDispatcher(), tracker, domain))
    assert required == []


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("non", meeting_form.NOT_FIXED),
        ("aucune", meeting_form.NOT_FIXED),
        ("pas encore fixé", meeting_form.NOT_FIXED),
        ("oui", None),
    ],
)
def test_next_meeting_yes_no_answers(database, domain, answer, value):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        active_loop="debrief_form",
        slots={"debrief_preparation_id": "1"},
        set_after_user={"debrief_next_meeting": answer},
    )
    events = asyncio.run(meeting_debrief.ValidateDebriefForm().run(dispatcher, tracker, domain))
    assert slot_events(events)["debrief_next_meeting"] == value


def test_debrief_is_saved_and_offers_a_thank_you_note(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=filled(str(goal.id)))
    prep = preparation_store.current_preparation("alice")
    held = NEXT_WEEK - timedelta(days=8)  # the debrief comes once the meeting's day is gone by
    preparation_store.reschedule("alice", prep.id, held, True, prep.details.format)
    _, events = run(meeting_debrief.ActionStartDebrief(), domain, sender_id="alice")
    assert slot_events(events)["debrief_preparation_id"] == str(prep.id)
    assert slot_events(events)["debrief_prepared"] is True
    slots = {
        "debrief_preparation_id": str(prep.id),
        "debrief_notes": "refaire mon CV",
        "debrief_next_steps": "lui envoyer mon portfolio",
        "debrief_next_meeting": "2027-01-14",
    }
    dispatcher, _ = run(meeting_debrief.ActionSaveDebrief(), domain, sender_id="alice", slots=slots)
    assert "Bonjour Claire," in texts(dispatcher) and "14 janvier 2027" in texts(dispatcher)
    saved = preparation_store.list_preparations("alice")[0]
    assert saved.status == "done" and saved.notes == "refaire mon CV"


def test_debrief_answers_are_checked(database, domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        active_loop="debrief_form", slots={"debrief_preparation_id": "1"}, set_after_user={"debrief_notes": "x" * 1200}
    )
    events = asyncio.run(meeting_debrief.ValidateDebriefForm().run(dispatcher, tracker, domain))
    assert slot_events(events)["debrief_notes"] is None and sent(dispatcher) == [message("debrief_too_long")]


def test_cancel_says_what_is_kept(database, domain):
    goal_store.save_goal("alice", GOAL)
    dispatcher, events = run(
        meeting_preparation.ActionCancelMeeting(),
        domain,
        sender_id="alice",
        slots={"meeting_mentor": "Claire"},
        active_loop="meeting_form",
        intent="stop",
    )
    assert sent(dispatcher) == [message("meeting_cancelled", kept=True)]
    assert any(e["event"] == "active_loop" and e["name"] is None for e in events)
    assert slot_events(events)["meeting_mentor"] is None


def test_a_lower_case_mentor_name_is_capitalised(database, domain):
    _, slots = validate(domain, "meeting_mentor", "julien moreau, lead dev chez blablacar")
    assert slots == {
        "meeting_mentor": "Julien Moreau",
        "meeting_mentor_role": "lead dev",
        "meeting_mentor_org": "Blablacar",
    }


def test_a_casual_goal_and_topic_become_clean_questions(database, domain):
    casual = GoalFields(
        "carriere",
        "comment passer de responsable comptable a DAF en 3 ans, quelles competences me manquent",
        "ben quand jaurai signé mon contrat lol",
        date(2027, 6, 30),
        "c trop important pr ma famille",
        "informel",
    )
    goal = goal_store.save_goal("alice", casual)  # saved raw, as goals were before they were written out
    slots = {**filled(str(goal.id)), "meeting_mentor_org": "Fives (groupe industriel", "meeting_minutes": "45"}
    dispatcher, _ = run(meeting_preparation.ActionCreatePreparation(), domain, sender_id="alice", slots=slots)
    shown = texts(dispatcher)
    assert "• Sujet : Passer de responsable comptable à DAF" in shown
    assert shown.count("pour passer de responsable comptable à DAF") == 1 and "pour y parvenir" in shown
    assert "« quand j'aurai signé mon contrat »" in shown
    assert not any(raw in shown for raw in ("competences", "jaurai", "lol", "…", "(groupe industriel ?"))
    assert "chez Fives (groupe industriel)" in shown and "Si le temps le permet :" in shown
