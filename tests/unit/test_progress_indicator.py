"""Panel defect: an indicator's value (« la rétention est passée à 21 % ») was stored as 21 % of the way done."""

import pytest

from assistant.progress.answers import parse_progress, read_measure
from assistant.progress.model import Amount
from assistant.progress.render import amount_fr


def test_a_measure_in_percent_keeps_its_start_and_target():
    measure = read_measure("faire monter le taux d'ouverture de 30 % à 40 %")
    assert (measure.start, measure.target, measure.in_percent) == (30.0, 40.0, True)
    assert read_measure("un taux de clic à 8 %").in_percent


def test_the_indicator_value_is_read_as_a_part_of_the_way():
    measure = read_measure("faire monter le taux d'ouverture de 30 % à 40 %")
    parsed = parse_progress("le taux d'ouverture est maintenant de 34 %", measure)
    assert parsed.value == Amount(percent=40.0, count=34.0)
    assert amount_fr(parsed.value, measure) == "34 % pour 40 % visés (40 % du chemin)"


def test_a_falling_indicator_counts_too():
    measure = read_measure("ramener le taux d'erreur de 20 % à 10 %")
    assert parse_progress("l'erreur est descendue à 15 %", measure).value == Amount(percent=50.0, count=15.0)


def test_without_a_known_start_the_start_is_asked():
    measure = read_measure("un taux de clic à 8 %")
    parsed = parse_progress("le taux de clic vaut 5 % aujourd'hui", measure)
    assert parsed.problem == "indicator_start" and parsed.example == "de 0 % à 5 %"
    # the answer to that question gives both, and is read against the target
    assert parse_progress("de 2 % à 5 %", measure).value == Amount(percent=50.0, count=5.0)


def test_a_share_of_the_way_stays_a_share():
    measure = read_measure("un taux de clic à 8 %")
    assert parse_progress("60 % du chemin", measure).value == Amount(percent=60.0)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("2 maquettes sur 4, et le taux de rebond est à 30 %", Amount(percent=50.0, count=2.0)),
        ("3 sur 4", Amount(percent=75.0, count=3.0)),
    ],
)
def test_a_count_against_a_counted_target_wins_over_another_percentage(answer, expected):
    assert parse_progress(answer, read_measure("livrer 4 maquettes")).value == expected


def test_a_count_comes_before_a_threshold_in_percent():
    measure = read_measure("mettre 3 tableaux de bord en service avec moins de 5 % d'anomalies")
    assert (measure.target, measure.in_percent) == (3.0, False)
    parsed = parse_progress("1 tableau sur 3, mais encore 8 % d'anomalies", measure)
    assert parsed.value == Amount(percent=33.3, count=1.0)
