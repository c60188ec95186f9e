"""What the ninth mentee panel found, end to end over the REST webhook (our own words, never the panel's)."""

from __future__ import annotations

import pytest

from tests.e2e.servers import Servers, text_of


@pytest.fixture(scope="module")
def servers(shared_servers):
    return shared_servers


def _slots(servers: Servers, mentee: str) -> dict:
    return servers.tracker(mentee).get("slots") or {}


def test_answers_taken_back_inside_the_goal_form_change_the_earlier_answer(servers):
    mentee = "e2e-panel9-taken-back"
    servers.say(mentee, "/clarify_goal")
    servers.say(mentee, '/inform{"goal_area":"carriere"}')
    servers.say(mentee, "devenir formateur en sécurité routière")
    # a goal put in place of the first one while the measure is asked: neither cancelled nor taken as the measure
    reply = text_of(servers.say(mentee, "non attends, oublie ça, écris plutôt : ouvrir mon auto-école à Rouen"))
    assert "votre objectif est maintenant « ouvrir mon auto-école à Rouen »" in reply
    assert _slots(servers, mentee)["goal_statement"] == "ouvrir mon auto-école à Rouen"
    assert _slots(servers, mentee)["requested_slot"] == "goal_measure"
    servers.say(mentee, "avoir obtenu l'agrément de la préfecture")
    servers.say(mentee, "fin avril")
    # a date said again where the reason is asked: the deadline changes, the reason is still asked
    reply = text_of(servers.say(mentee, "ah non pardon, plutôt fin juin"))
    assert "l'échéance est maintenant le 30 juin" in reply
    assert _slots(servers, mentee)["goal_motivation"] is None
    assert _slots(servers, mentee)["requested_slot"] == "goal_motivation"


def test_a_first_message_that_says_a_mentor_is_already_there_offers_the_relationship_tasks(servers):
    mentee = "e2e-panel9-mentored"
    said = "Bonsoir, je suis kiné en libéral et j'ai déjà une mentore, Agnès Morel, que je vois tous les deux mois."
    reply = servers.say(mentee, said)
    assert "Vous avez déjà une mentore" in text_of(reply)
    payloads = [b["payload"] for m in reply for b in m.get("buttons") or []]
    assert "/prepare_meeting" in payloads and "/relationship_checkin" in payloads


def test_a_wish_with_its_context_and_a_request_for_help_starts_the_goal(servers):
    mentee = "e2e-panel9-wish-help"
    said = (
        "Bonjour, je travaille depuis huit ans en logistique et je voudrais devenir responsable d'entrepôt. "
        "Par où je commence ?"
    )
    reply = text_of(servers.say(mentee, said))
    assert "« devenir responsable d'entrepôt »" in reply
    assert _slots(servers, mentee)["goal_statement"] == "devenir responsable d'entrepôt"


def test_a_reason_read_as_another_task_and_buttons_pressed_late_keep_the_goal(servers):
    # eleventh panel: a reason read as comparing mentors cancelled the goal; « Corriger un élément » pressed again
    # reopened the last field corrected, and the next button's payload became the goal
    mentee = "e2e-panel11-goal-kept"
    for answer in (
        "/clarify_goal",
        '/inform{"goal_area":"carriere"}',
        "ouvrir ma librairie à Nantes",
        "avoir signé le bail du local",
        "fin juin",
        "pour choisir mes horaires",
    ):
        servers.say(mentee, answer)
    assert _slots(servers, mentee)["goal_motivation"] == "pour choisir mes horaires"
    servers.say(mentee, '/inform{"mentoring_kind":"informel"}')
    servers.say(mentee, '/correct_goal_field{"goal_field":"goal_statement"}')
    servers.say(mentee, "ouvrir ma librairie jeunesse à Nantes")
    menu = text_of(servers.say(mentee, "/correct_goal_field"))
    assert "Que voulez-vous corriger" in menu
    servers.say(mentee, '/correct_goal_field{"goal_field":"goal_measure"}')
    summary = text_of(servers.say(mentee, "avoir signé le bail et 30 clients par semaine"))
    assert "Objectif : Ouvrir ma librairie jeunesse à Nantes." in summary
    assert "30 clients par semaine" in summary and "/correct" not in summary
