"""Reading the meeting form's answers: mentor, date and time, format, length, first meeting."""

from datetime import datetime

import pytest

from assistant.common.mentor import Mentor, parse_mentor
from assistant.meetings.answers import parse_first_meeting, parse_format, parse_meeting_time, parse_minutes
from assistant.meetings.render import format_when

# Saturday 21 November 2026, 10:00
NOW = datetime(2026, 11, 21, 10, 0)


@pytest.mark.parametrize(
    ("answer", "person", "expected"),
    [
        ("Claire Martin, directrice data chez Doctolib", None, Mentor("Claire Martin", "directrice data", "Doctolib")),
        ("c'est Paul, dev senior dans ma boîte", None, Mentor("Paul", "dev senior dans ma boîte")),
        ("ma mentore s'appelle Aïcha Benali, elle est RH", None, Mentor("Aïcha Benali", "RH")),
        ("Jean-Baptiste de La Fontaine - CTO chez Qonto", None, Mentor("Jean-Baptiste de La Fontaine", "CTO", "Qonto")),
        (
            "je vois Marie-Hélène Le Goff qui est UX designer",
            "Marie-Hélène Le Goff",
            Mentor("Marie-Hélène Le Goff", "UX designer"),
        ),
        ("mon manager", None, Mentor("", "mon manager")),
        ("Une développeuse senior chez Criteo", None, Mentor("", "une développeuse senior", "Criteo")),
        ("Jean-Pierre O'Neil chez IBM", None, Mentor("Jean-Pierre O'Neil", "", "IBM")),
        ("Claire Martin du groupe Renault", None, Mentor("Claire Martin", "groupe Renault")),
        ("bonjour Claire Martin, directrice RH", None, Mentor("Claire Martin", "directrice RH")),
    ],
)
def test_mentor_name_role_and_organisation(answer, person, expected):
    parsed = parse_mentor(answer, person)
    assert parsed.ok and parsed.value == expected


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("🙂🙂", "empty"),
        ("https://www.linkedin.com/in/claire", "address"),
        ("claire.martin@doctolib.fr", "address"),
        ("x" * 201, "too_long"),
        ("je ne sais pas", "no_name"),
        ("Bonjour", "no_name"),
    ],
)
def test_mentor_bad_answers(answer, problem):
    assert parse_mentor(answer).problem == problem


def test_mentor_markup_is_kept_as_plain_text():
    parsed = parse_mentor("<b>Claire</b> Martin, <script>alert(1)</script>")
    # kept as text, as typed (no name is read in markup); it is only ever displayed as text
    assert parsed.ok and parsed.value == Mentor(name="", role="<b>Claire</b> Martin, <script>alert(1)</script>")


@pytest.mark.parametrize(
    ("answer", "expected", "has_time"),
    [
        ("jeudi prochain à 14h", datetime(2026, 11, 26, 14, 0), True),
        ("jeudi à 14h", datetime(2026, 11, 26, 14, 0), True),
        ("le 12 décembre à 9h30", datetime(2026, 12, 12, 9, 30), True),
        ("le 12/12 à 14h30", datetime(2026, 12, 12, 14, 30), True),
        ("demain 18h", datetime(2026, 11, 22, 18, 0), True),
        ("mardi midi", datetime(2026, 11, 24, 12, 0), True),
        ("le 3 décembre", datetime(2026, 12, 3, 0, 0), False),
        ("dans 3 jours", datetime(2026, 11, 24, 0, 0), False),
        ("aujourd'hui à 17h", datetime(2026, 11, 21, 17, 0), True),
        ("le 12.12 à 9h", datetime(2026, 12, 12, 9, 0), True),
        ("le 5", datetime(2026, 12, 5, 0, 0), False),
        ("le 25 à 10h", datetime(2026, 11, 25, 10, 0), True),
        ("demain 2h de l'après-midi", datetime(2026, 11, 22, 14, 0), True),
        ("demain à midi et demi", datetime(2026, 11, 22, 12, 30), True),
        ("2026-12-01", datetime(2026, 12, 1, 0, 0), False),
        ("le 3 janvier", datetime(2027, 1, 3, 0, 0), False),
    ],
)
def test_meeting_time_in_french(answer, expected, has_time):
    parsed = parse_meeting_time(answer, NOW)
    assert parsed.ok, parsed.problem
    assert parsed.value == (expected, has_time)


def test_unknown_date_is_accepted():
    assert parse_meeting_time("pas encore fixé", NOW).value == (None, False)
    assert parse_meeting_time("je sais pas encore", NOW).value == (None, False)


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("", "empty"),
        ("la rencontre est hier", "past"),
        ("hier à 14h", "past"),
        ("aujourd'hui à 8h", "past"),
        ("le 31 février", "impossible"),
        ("30/02 à 10h", "impossible"),
        ("29/02/2027", "impossible"),
        ("le 10 novembre", "past"),
        ("10/11", "past"),
        ("en janvier", "unparseable"),
        ("le 12 décembre à 25h", "bad_time"),
        ("le 12 décembre 2029", "too_far"),
        ("quand les poules auront des dents", "unparseable"),
        ("When is good for you?", "unparseable"),
        ("a" * 200, "unparseable"),
        ("20", "bare_number"),  # fifth panel: a length typed here became « dimanche 20 décembre »
        ("45 !", "bare_number"),
    ],
)
def test_meeting_time_problems(answer, problem):
    assert parse_meeting_time(answer, NOW).problem == problem


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("en visio", "visio"),
        ("un café", "cafe"),
        ("par téléphone", "telephone"),
        ("dans ses bureaux", "sur_place"),
        ("45 min sur Teams", "visio"),
        ("je ne sais pas", None),
        ("Un verre, vers sa gare.", "cafe"),
        ("plutôt un appel, le soir", "telephone"),
    ],
)
def test_format(answer, expected):
    assert parse_format(answer) == expected


@pytest.mark.parametrize(
    ("answer", "minutes"),
    [
        ("30 min", 30),
        ("1h", 60),
        ("1h30", 90),
        ("une petite heure", 60),
        ("une demi-heure", 30),
        ("20-30 minutes", 30),
        ("45", 45),
        ("45 min en visio", 45),
        ("1,5 h", 90),
        ("une heure trente", 90),
        ("une heure et quart", 75),
        ("1h30min", 90),
        # lengths in words (the third panel's « Trente minutes » was not understood)
        ("Trente minutes", 30),
        ("trente min", 30),
        ("une demie heure", 30),
        ("trois quarts d'heure", 45),
        ("3/4 d heure", 45),
        ("quarante-cinq minutes", 45),
        ("Une heure quarante-cinq", 105),
        ("vingt-cinq minutes, pas plus", 25),
    ],
)
def test_minutes(answer, minutes):
    assert parse_minutes(answer).value == minutes


@pytest.mark.parametrize(
    ("answer", "problem"), [("5 min", "too_short"), ("5h", "too_long"), ("longtemps", "unparseable"), ("", "empty")]
)
def test_minutes_problems(answer, problem):
    assert parse_minutes(answer).problem == problem


@pytest.mark.parametrize(
    ("answer", "first"),
    [
        ("oui", True),
        ("c'est notre première rencontre", True),
        ("on ne s'est jamais vus", True),
        ("non", False),
        ("c'est un suivi", False),
        ("on s'est déjà vus deux fois", False),
        ("ce n'est pas notre première", False),
    ],
)
def test_first_meeting(answer, first):
    assert parse_first_meeting(answer).value is first


def test_first_meeting_unclear():
    assert parse_first_meeting("peut-être").problem == "unclear"


def test_format_when():
    assert format_when(datetime(2026, 11, 26, 14, 0), True) == "jeudi 26 novembre 2026 à 14h00"
    assert format_when(datetime(2026, 12, 1, 0, 0), False) == "mardi 1er décembre 2026"
    assert format_when(None, False) == "date à fixer"


def test_first_name_skips_titles_and_descriptions():
    assert Mentor("Dr Karim Benali").first_name == "Karim"
    assert Mentor("Claire Martin").first_name == "Claire"
    assert Mentor("", "mon manager").first_name == ""


def test_the_day_number_wins_over_the_weekday():
    # sixth panel: « mercredi 16 à 19h » became Wednesday the 9th; « samedi dernier, le 12 » the 5th
    from datetime import date

    from assistant.common.past_dates import parse_past_date

    saturday_after = datetime(2026, 11, 21, 9, 0)  # a Saturday
    assert parse_meeting_time("mercredi 2 à 19h", saturday_after).value == (datetime(2026, 12, 2, 19, 0), True)
    assert parse_meeting_time("mercredi à 19h", saturday_after).value == (datetime(2026, 11, 25, 19, 0), True)
    assert parse_past_date("samedi dernier, le 14", date(2026, 11, 23)).value == date(2026, 11, 14)
    assert parse_past_date("jeudi", date(2026, 11, 23)).value == date(2026, 11, 19)
