"""Meeting preparation logic: question selection and edits, agenda timing, calendar export, store."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from assistant import privacy
from assistant.common.mentor import Mentor
from assistant.meetings import edit_requests as requests
from assistant.meetings import questions as q
from assistant.meetings import store as preparation_store
from assistant.meetings.agenda import build_agenda
from assistant.meetings.calendar import TIMEZONE, event_title, preparation_ics
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation, question_context
from assistant.meetings.render import preparation_markdown, preparation_messages
from assistant.practice.thanks import from_preparation, thank_you_note

CLAIRE = MeetingDetails(
    mentor=Mentor("Claire Martin", "directrice data", "Doctolib"),
    starts_at=datetime(2026, 11, 26, 14, 0),
    has_time=True,
    format="visio",
    minutes=30,
    first=True,
    subject="Devenir data scientist en startup",
    area="carriere",
    measure="obtenir 3 entretiens",
    deadline=date(2027, 6, 30),
    goal_ids=(1,),
)
PAUL = MeetingDetails(
    mentor=Mentor("Paul Durand", "manager d'une équipe support", ""),
    starts_at=None,
    has_time=False,
    format="cafe",
    minutes=45,
    first=False,
    subject="Animer mes réunions d'équipe sans stress",
    area="leadership",
    measure="animer 6 réunions",
    deadline=date(2027, 3, 31),
)


def texts(details):
    return [x.text for x in q.select_questions(question_context(details), details.first)[0]]


@pytest.mark.parametrize(
    "details", [CLAIRE, PAUL, replace(CLAIRE, mentor=Mentor(""), subject="", area="", measure="", deadline=None)]
)
def test_list_length_and_no_duplicates(details):
    questions = texts(details)
    assert q.MIN_QUESTIONS <= len(questions) <= q.MAX_GENERATED
    assert len(set(questions)) == len(questions)
    assert not any("{{" in t or "{%" in t or "  " in t for t in questions)


def test_first_meeting_covers_every_category_and_the_expectations():
    chosen = q.select_questions(question_context(CLAIRE), True)[0]
    assert {x.category for x in chosen} == set(q.bank())
    expectations = " ".join(x.text for x in chosen if x.category == "attentes").lower()
    for topic in ("rythme", "sujets", "rôle", "disponibilités", "limites", "entre nous"):
        assert topic in expectations


def test_follow_up_does_not_reopen_first_meeting_expectations():
    chosen = q.select_questions(question_context(PAUL), False)[0]
    assert "Pouvons-nous convenir que ce que nous nous disons reste entre nous ?" not in [x.text for x in chosen]
    assert any("depuis notre dernier" in x.text for x in chosen)


def test_questions_are_tailored_to_goal_and_mentor():
    claire, paul = texts(CLAIRE), texts(PAUL)
    assert any("devenir data scientist en startup" in t for t in claire)
    assert any("Doctolib" in t or "directrice data" in t for t in claire)
    assert any("animer mes réunions d'équipe" in t for t in paul)
    assert len(set(claire) & set(paul)) <= 3  # visibly different lists
    other_goal = texts(replace(CLAIRE, subject="Obtenir la certification AWS", area="technique"))
    assert other_goal != claire


def test_edits_remove_move_add():
    items = q.select_questions(question_context(CLAIRE), True)[0]
    removed = q.remove_question(items, 3)
    assert removed.ok and len(removed.questions) == len(items) - 1 and items[2] not in removed.questions
    moved = q.move_question(items, 5, 1)
    assert moved.questions[0] == items[4] and len(moved.questions) == len(items)
    last = q.move_question(items, 1, 99)
    assert last.questions[-1] == items[0]
    added = q.add_question(items, "quels livres me conseillez-vous")
    assert added.questions[-1].text == "Quels livres me conseillez-vous ?"
    assert added.questions[-1].origin == "mentee"


@pytest.mark.parametrize(("number", "ok"), [(0, False), (99, False), (1, True)])
def test_remove_checks_the_number(number, ok):
    items = q.select_questions(question_context(CLAIRE), True)[0]
    edit = q.remove_question(items, number)
    assert edit.ok is ok
    if not ok:
        assert edit.problem == "no_such_question" and edit.questions == tuple(items)


@pytest.mark.parametrize(
    ("text", "problem"), [("", "empty"), ("   ", "empty"), ("?!", "empty"), ("x" * 301, "too_long")]
)
def test_bad_own_questions_are_refused(text, problem):
    items = q.select_questions(question_context(CLAIRE), True)[0]
    assert q.add_question(items, text).problem == problem


def test_markup_in_a_question_is_kept_as_text():
    edit = q.add_question([], "<script>alert('x')</script> vraiment ?")
    assert edit.ok and edit.questions[0].text == "<script>alert('x')</script> vraiment ?"


def test_list_is_capped_and_duplicates_refused():
    items = q.select_questions(question_context(CLAIRE), True)[0]
    assert q.add_question(items, items[0].text).problem == "duplicate"
    edit = q.Edit(tuple(items))
    for i in range(40):
        step = q.add_question(list(edit.questions), f"Ma question personnelle numéro {i} ?")
        if not step.ok:
            assert step.problem == "full"
            break
        edit = step
    assert len(edit.questions) == q.MAX_QUESTIONS


def test_more_on_a_category_adds_new_questions_next_to_it():
    items = q.select_questions(question_context(CLAIRE), True)[0]
    edit = q.more_questions(items, "reseau", question_context(CLAIRE), True)
    assert edit.ok and 1 <= len(edit.added) <= q.MORE_PER_REQUEST
    assert all(a.category == "reseau" and a not in items for a in edit.added)
    positions = [i for i, x in enumerate(edit.questions) if x.category == "reseau"]
    assert positions == list(range(positions[0], positions[0] + len(positions)))  # grouped
    again = edit
    for _ in range(5):
        again = q.more_questions(list(again.questions), "reseau", question_context(CLAIRE), True) if again.ok else again
    assert again.problem == "exhausted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("enlève la 3", requests.EditRequest("remove", number=3)),
        ("supprime la question n°2", requests.EditRequest("remove", number=2)),
        ("mets la 5 en premier", requests.EditRequest("move", number=5, to=1)),
        ("déplace la 4 en position 2", requests.EditRequest("move", number=4, to=2)),
        ("mets la 2 à la fin", requests.EditRequest("move", number=2, to=11)),
        ("ajoute : Quel a été votre échec ?", requests.EditRequest("add", text="Quel a été votre échec ?")),
        ("ajoute une question", requests.EditRequest("add_ask")),
        ("plus de questions sur le réseau", requests.EditRequest("more", category="reseau")),
        ("d'autres questions sur les attentes", requests.EditRequest("more", category="attentes")),
        ("n'importe quoi", requests.EditRequest("unknown")),
        ("enlève la 2 et la 3", requests.EditRequest("remove_several", numbers=(2, 3))),
        ("Vous pouvez enlever la 5 et la 8 ?", requests.EditRequest("remove_several", numbers=(5, 8))),
        ("supprime la 2 ajoute : Qui ?", requests.EditRequest("several")),
        ("ajoute : Quelle ﬁlière choisir…", requests.EditRequest("add", text="Quelle ﬁlière choisir…")),
    ],
)
def test_reading_edit_requests(text, expected):
    assert requests.read_edit_request(text, 10) == expected


def test_several_questions_removed_by_the_numbers_shown():
    # fourteenth panel: « Enlève la 4 et la 5 » was asked again one at a time
    items = [q.Question(f"Question {n} ?", "parcours") for n in range(1, 7)]
    edit = requests.apply_request(requests.EditRequest("remove_several", numbers=(5, 4)), items, {}, True)
    assert [x.text for x in edit.questions] == ["Question 1 ?", "Question 2 ?", "Question 3 ?", "Question 6 ?"]
    assert edit.detail == "« Question 4 ? » et « Question 5 ? »"
    assert requests.apply_request(requests.EditRequest("remove_several", numbers=(2, 9)), items, {}, True).problem


@pytest.mark.parametrize("minutes", [15, 20, 25, 30, 45, 50, 60, 90, 120, 180])
@pytest.mark.parametrize("first", [True, False])
def test_agenda_sums_to_the_meeting_length(minutes, first):
    agenda = build_agenda(minutes, first)
    assert sum(item.minutes for item in agenda) == minutes
    assert all(item.minutes >= 2 for item in agenda[:-1]) and agenda[-1].title == "Remerciements"
    assert 1 <= agenda[-1].minutes <= 2  # thanks are a minute or two, never a block of the meeting
    assert max(agenda, key=lambda item: item.minutes).title.startswith("Mes questions")


def test_agenda_differs_for_first_meeting():
    titles = [a.title for a in build_agenda(30, True)]
    assert any("attentes" in t for t in titles) and titles[-1] == "Remerciements"
    assert not any("attentes" in a.title for a in build_agenda(30, False))


def test_calendar_parses_back_with_same_time_and_title():
    preparation = build_preparation(CLAIRE)
    event = Calendar.from_ical(preparation_ics(preparation)).walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start == datetime(2026, 11, 26, 14, 0, tzinfo=TIMEZONE)
    assert event.decoded("dtend") - start == timedelta(minutes=30)
    assert str(event["summary"]) == event_title(preparation) == "Rencontre de mentorat avec Claire Martin"
    assert "Mes questions et nos attentes à convenir (14 min)" in str(event["description"])


def test_calendar_needs_a_date_and_all_day_without_time():
    assert preparation_ics(build_preparation(PAUL)) is None
    day_only = build_preparation(replace(PAUL, starts_at=datetime(2026, 12, 3)))
    event = Calendar.from_ical(preparation_ics(day_only)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == date(2026, 12, 3)


def test_rendered_texts_have_no_blank_lines_or_leftovers():
    preparation = build_preparation(CLAIRE)
    for text in (
        *preparation_messages(preparation, "Votre préparation :"),
        thank_you_note(from_preparation(preparation)),
    ):
        assert "\n\n" not in text and "{{" not in text and "None" not in text
    markdown = preparation_markdown(preparation)
    assert markdown.startswith("# Rencontre avec Claire Martin")
    assert "## Questions" in markdown and "## Ordre du jour" in markdown
    assert "Bonjour Claire," in thank_you_note(from_preparation(preparation))


def test_preparations_are_saved_edited_and_debriefed_per_sender(database):
    saved = preparation_store.save_preparation("alice", build_preparation(CLAIRE))
    preparation_store.save_preparation("bob", build_preparation(PAUL))
    assert saved.id and saved.token and len(saved.token) >= 16
    again = preparation_store.current_preparation("alice")
    assert again.questions == build_preparation(CLAIRE).questions and again.details == CLAIRE
    edit = q.add_question(list(again.questions), "Mon ajout ?")
    assert preparation_store.replace_questions("bob", saved.id, edit.questions) is None  # not Bob's
    updated = preparation_store.replace_questions("alice", saved.id, edit.questions)
    assert [x.origin for x in updated.questions][-1] == "mentee"
    done = preparation_store.save_debrief("alice", saved.id, "refaire mon CV", "envoyer mon CV", date(2027, 1, 10))
    assert done.status == "done" and done.next_meeting == date(2027, 1, 10)
    assert preparation_store.preparation_by_token(saved.token).id == saved.id
    assert preparation_store.preparation_by_token("nope") is None
    exported = privacy.export_mentee("alice")["meeting_preparations"]
    assert exported[0]["questions"][-1] == {
        "position": len(edit.questions),
        "text": "Mon ajout ?",
        "category": "mentee",
        "origin": "mentee",
    }
    assert "refaire mon CV" in exported[0]["markdown"]
    assert privacy.erase_mentee("alice")["meeting_preparations"] == 1
    assert preparation_store.list_preparations("alice") == []
    assert len(preparation_store.list_preparations("bob")) == 1


def test_a_question_added_in_quotes_is_kept_without_them_and_without_a_second_mark():
    # fourteenth panel: « « À quoi ressemble … au quotidien ? » ? »
    edit = q.add_question([], "« À quoi ressemble une semaine type chez Orange ? »")
    assert edit.added[0].text == "À quoi ressemble une semaine type chez Orange ?"
    at_two = q.add_question([q.Question("Un ?", "parcours"), q.Question("Deux ?", "parcours")], "trois", at=2)
    assert [x.text for x in at_two.questions] == ["Un ?", "Trois ?", "Deux ?"] and at_two.position == 2
