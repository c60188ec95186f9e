"""French deadlines relative to a fixed day (21 November 2026)."""

from datetime import date

import pytest

from assistant.common.dates import format_date_fr, parse_deadline

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("d'ici fin mars", date(2027, 3, 31)),
        ("d’ici fin mars", date(2027, 3, 31)),
        ("fin mars 2028", date(2028, 3, 31)),
        ("début février", date(2027, 2, 1)),
        ("dans 6 mois", date(2027, 5, 21)),
        ("d'ici 6 mois", date(2027, 5, 21)),
        ("dans un an", date(2027, 11, 21)),
        ("dans deux semaines", date(2026, 12, 5)),
        ("le 15/09/2027", date(2027, 9, 15)),
        ("15/09/2027", date(2027, 9, 15)),
        ("le 3 janvier 2027", date(2027, 1, 3)),
        ("avant l'été", date(2027, 6, 21)),
        ("fin de l'année", date(2026, 12, 31)),
        ("fin décembre", date(2026, 12, 31)),
        ("en juin 2027", date(2027, 6, 30)),
    ],
)
def test_deadlines_are_read(text, expected):
    assert parse_deadline(text, TODAY).value == expected


@pytest.mark.parametrize("text", ["le 15/09/2020", "hier", "il y a 3 jours", "21/11/2026", "le 1er janvier 2026"])
def test_past_or_today_is_refused(text):
    result = parse_deadline(text, TODAY)
    assert not result.ok
    assert result.problem == "past"


@pytest.mark.parametrize(
    "text",
    [
        "quand j'aurai le temps",
        "bientôt peut-être",
        "blablabla",
        "le 31/02/2027",
        "'; DROP TABLE goals; --",
        "<b>demain</b> x" * 30,
    ],
)
def test_unreadable_is_refused(text):
    assert parse_deadline(text, TODAY).problem == "unparseable"


def test_empty_and_far():
    assert parse_deadline("", TODAY).problem == "empty"
    assert parse_deadline(None, TODAY).problem == "empty"
    assert parse_deadline("dans 12 ans", TODAY).problem == "too_far"


def test_french_formatting():
    assert format_date_fr(date(2027, 9, 15)) == "15 septembre 2027"
    assert format_date_fr("2027-08-01") == "1er août 2027"


def test_iso_dates_read_back():
    """Stored deadlines are ISO dates; the form re-validates them when one other field is corrected."""
    assert parse_deadline("2027-05-21", TODAY).value == date(2027, 5, 21)


def test_sms_months_landmarks_and_semesters_in_longer_answers():
    today = date(2026, 12, 4)
    assert parse_deadline("ds 3 mois max", today).value == date(2027, 3, 4)
    assert parse_deadline("pour decembre, avant les entretiens annuels", today).value == date(2026, 12, 31)
    assert parse_deadline("pour la Toussaint, avant les conseils de classe", today).value == date(2027, 11, 1)
    assert parse_deadline("D'ici la fin du premier semestre 2027.", today).value == date(2027, 6, 30)
    long_answer = (
        "Ma formation se termine en juin, donc je voudrais avoir trouvé un poste à la fin de l'été, "
        "disons septembre 2027, pour commencer avec la nouvelle équipe."
    )
    assert parse_deadline(long_answer, today).value == date(2027, 9, 30)
