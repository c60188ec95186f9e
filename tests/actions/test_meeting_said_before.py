"""The meeting form with what the mentee already said (eleventh panel): the format given with the day is not asked
again; a length in round words (« une vingtaine de minutes ») is read."""


def test_the_format_said_with_the_day_is_not_asked_again(database, domain):
    # eleventh panel: « Lundi prochain à 17h30, par téléphone. » then « Comment allez-vous vous voir ? »
    from actions.meeting_form import ValidateMeetingForm
    from tests.actions.conftest import validate_answer

    _, slots = validate_answer(
        ValidateMeetingForm(),
        domain,
        "meeting_when",
        "jeudi prochain à 9h, en visio",
        "meeting_form",
        {"meeting_mentor": "Lina"},
    )
    assert slots["meeting_when"] and slots["meeting_format"] == "visio"


def test_a_length_in_round_words_is_read():
    from assistant.meetings.answers import parse_minutes

    assert parse_minutes("une quinzaine de minutes, pas plus").value == 15
