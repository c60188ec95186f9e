"""Changes to a preparation's questions typed in the mentee's own words (blind panel 9): dropping one by its number
with any usual verb and « aussi », replacing one with the mentee's question, and « laisse tomber » + a number read
as a dropped item rather than a request to stop."""

import pytest

from assistant.coaching.instructions import instructed_intent, stops_a_habit
from assistant.meetings.edit_requests import EditRequest, apply_request, read_edit_request
from assistant.meetings.questions import Question


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("bon, laisse tomber la 4 aussi", 4),
        ("laissez tomber la question 2", 2),
        ("oublie aussi la 3", 3),
        ("tu peux virer la 5 aussi", 5),
        ("retire la 1 également", 1),
        ("enlevez la 7", 7),
    ],
)
def test_a_question_dropped_by_its_number(text, number):
    assert read_edit_request(text, 8) == EditRequest("remove", number=number)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "remplace la 3 par : quels outils utilisez-vous au quotidien ?",
            EditRequest("replace", number=3, text="quels outils utilisez-vous au quotidien ?"),
        ),
        (
            "Remplacez la question 2 par Comment avez-vous négocié votre salaire",
            EditRequest("replace", number=2, text="Comment avez-vous négocié votre salaire"),
        ),
        (
            "La 4 ne me sert à rien. Remplace-la par : ajoute-t-on un stage au CV ?",
            EditRequest("replace", number=4, text="ajoute-t-on un stage au CV ?"),
        ),
        (
            "remplace-la par : quel est votre pire souvenir ?",
            EditRequest("replace", text="quel est votre pire souvenir ?"),
        ),
        ("remplace la 2 par :", EditRequest("replace_ask", number=2)),
    ],
)
def test_a_question_replaced(text, expected):
    assert read_edit_request(text, 8) == expected


def test_the_replacement_takes_the_place_of_the_old_question():
    items = [Question("Première ?", "parcours"), Question("Deuxième ?", "reseau"), Question("Troisième ?", "feedback")]
    edit = apply_request(EditRequest("replace", number=2, text="quelle formation choisir"), items, {}, True)
    assert edit.ok and edit.detail == "Deuxième ?" and edit.position == 2
    assert [q.text for q in edit.questions] == ["Première ?", "Quelle formation choisir ?", "Troisième ?"]
    assert edit.questions[1].origin == "mentee"
    assert apply_request(EditRequest("replace", number=9, text="Qui ?"), items, {}, True).problem == "no_such_question"
    assert apply_request(EditRequest("replace", number=1, text="troisième"), items, {}, True).problem == "duplicate"


@pytest.mark.parametrize("text", ["non laisse tomber la 6 aussi", "laisse tomber la 2", "ok laisse tomber aussi la 5"])
def test_dropping_a_numbered_item_is_no_request_to_stop(text):
    assert instructed_intent(text) != "stop"
    assert stops_a_habit(text)


@pytest.mark.parametrize("text", ["laisse tomber", "non laisse tomber, on arrête", "laisse tomber la préparation"])
def test_dropping_the_task_still_stops(text):
    assert instructed_intent(text) == "stop"


def test_change_a_numbered_question_for_another_and_more_on_a_theme_in_words():
    # sixteenth panel: « change la 2 par : … » and « tu peux m'en rajouter 1 ou 2 sur son parcours » were not
    # understood (the second was told to type the questions itself)
    from assistant.meetings.edit_requests import read_edit_request

    changed = read_edit_request("change la 3 par : combien de temps as-tu mis à trouver tes premiers clients ?", 7)
    assert (changed.kind, changed.number) == ("replace", 3) and changed.text.startswith("combien de temps")
    more = read_edit_request("tu peux m'en rajouter une ou deux sur son parcours ?", 7)
    assert (more.kind, more.category) == ("more", "parcours")
    assert read_edit_request("rajoute une question", 7).kind == "add_ask"
