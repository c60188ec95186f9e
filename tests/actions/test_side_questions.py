"""An answer and a side question in the same message, inside a form: the question is answered and the answer kept;
a question declined (« je passe ») is asked again, never stored (real trackers and dispatchers)."""

from datetime import date

import pytest

from actions import asides
from actions.goal_form import ValidateGoalForm
from assistant.coaching.asides import asks_about_the_answer, side_question
from assistant.common.templating import message
from tests.actions.conftest import run, sent, slot_events, validate_answer
from tests.actions.test_courtesy_actions import parsed


@pytest.mark.parametrize(
    "text, answer, question",
    [
        ("Mardi prochain 18h, mais au fait c'est à moi d'inviter ?", "Mardi prochain 18h", "c'est à moi d'inviter ?"),
        ("Sarah Haddad. Petite question : je lui dis tu ?", "Sarah Haddad", "je lui dis tu ?"),
        ("en visio, 45 min, comment je m'habille ?", "en visio, 45 min", "comment je m'habille ?"),
    ],
)
def test_an_answer_then_a_question_are_told_apart(text, answer, question):
    assert side_question(text) == (answer, question)


@pytest.mark.parametrize(
    "text",
    [
        "dans trois mois ?",  # an answer with a doubt, not a side question
        "Salut ! Tu peux m'expliquer le mentorat de groupe ?",  # a greeting says nothing of an answer
        "c'est quoi la différence entre un mentor et un coach ?",
        "Je prépare mon entretien. Sans question.",
    ],
)
def test_a_question_alone_or_an_answer_alone_is_not_split(text):
    assert side_question(text) is None


def test_a_question_about_the_answer_itself():
    assert asks_about_the_answer("C'est assez précis comme indicateur ?")
    assert asks_about_the_answer("ça vous va ?") and not asks_about_the_answer("c'est normal de payer le café ?")


def test_the_form_keeps_the_answer_and_answers_the_side_question(database, domain):
    text = "Pour gagner en autonomie dans mon travail. Au fait, comment on trouve un mentor ?"
    tracker = parsed(text, "faq", 0.8, faq_key="faq/find_mentor", requested="goal_motivation", active_loop="goal_form")
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert slot_events(events)["goal_motivation"] == "Pour gagner en autonomie dans mon travail"
    assert sent(dispatcher) == [
        "utter_faq/find_mentor",
        message("side_answer_kept", answer="Pour gagner en autonomie dans mon travail"),
    ]


def test_an_answer_the_nlu_read_as_one_keeps_its_part_before_the_question(database, domain):
    dispatcher, slots = validate_answer(
        ValidateGoalForm(),
        domain,
        "goal_deadline",
        "le 15/09/2027, et sinon est-ce qu'un mentor peut être payé ?",
        "goal_form",
    )
    assert slots["goal_deadline"] == date(2027, 9, 15).isoformat()
    assert message("side_answer_kept", answer="le 15/09/2027") in sent(dispatcher)


def test_a_question_about_the_answer_is_left_to_the_form_s_checks(database, domain):
    dispatcher, slots = validate_answer(
        ValidateGoalForm(), domain, "goal_measure", "3 entretiens décrochés. C'est assez précis ?", "goal_form"
    )
    assert slots["goal_measure"] == "3 entretiens décrochés"
    assert not any("faq" in (m or "") or m == message("knowledge_unsure") for m in sent(dispatcher))


def test_a_rejected_answer_is_said_so_and_not_said_kept(database, domain):
    dispatcher, slots = validate_answer(
        ValidateGoalForm(),
        domain,
        "goal_deadline",
        "hier soir, mais au fait c'est grave d'être en retard ?",
        "goal_form",
    )
    assert slots["goal_deadline"] is None
    assert not any((m or "").startswith("Et votre réponse est notée") for m in sent(dispatcher))


def test_declining_the_question_keeps_it_waiting_and_stores_nothing(database, domain):
    dispatcher, slots = validate_answer(
        ValidateGoalForm(), domain, "goal_motivation", "pas envie de répondre à ça, c'est perso", "goal_form"
    )
    assert slots["goal_motivation"] is None and sent(dispatcher) == [message("answer_declined")]


@pytest.mark.parametrize(
    "text",
    [
        "Avant de répondre, petite question : un mentor, ça aide vraiment ? Vous avez des exemples ?",
        "elle m'a un peu bousculé... c'est normal de se sentir vexé après ?",  # context for the question
    ],
)
def test_a_lead_in_or_context_before_a_question_is_not_an_answer(text):
    assert side_question(text) is None


def test_an_answer_with_a_question_tagged_on_is_kept_as_the_answer(domain):
    # tenth panel: a reason ending with « Vous comprenez ? » got « pas de réponse sûre » and was lost
    text = "Parce que je veux soigner des enfants qui bégaient, et les aider pour de bon. Vous voyez ?"
    dispatcher, slots = validate_answer(
        ValidateGoalForm(), domain, "goal_motivation", text, "goal_form", {"goal_area": "carriere"}, intent="faq"
    )
    assert slots["goal_motivation"] == "Parce que je veux soigner des enfants qui bégaient, et les aider pour de bon"
    assert not any("réponse sûre" in m for m in sent(dispatcher))
