"""Panel defects: « <mois> prochain » said in that very month, and journal action items not split or misdated."""

from datetime import date

import pytest

from assistant.common.dates import parse_deadline
from assistant.journal.answers import parse_action_items
from assistant.journal.model import PlannedAction

MID_DECEMBER = date(2026, 12, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("disons décembre prochain", date(2027, 12, 31)),  # in December: next year's December
        ("pour novembre prochain", date(2027, 11, 30)),  # a month gone by this year
        ("d'ici février prochain", date(2027, 2, 28)),  # a month to come: the next one
    ],
)
def test_a_named_month_said_next(text, expected):
    assert parse_deadline(text, MID_DECEMBER).value == expected


def _items(text: str) -> tuple:
    parsed = parse_action_items(text, MID_DECEMBER)
    assert parsed.ok, parsed
    return parsed.value


def test_a_day_given_with_avant_or_d_ici_is_the_due_date():
    assert _items("rappeler la RH avant le 18 décembre") == (PlannedAction("rappeler la RH", date(2026, 12, 18)),)
    assert _items("réserver la salle d'ici jeudi") == (PlannedAction("réserver la salle", date(2026, 12, 10)),)


def test_bullets_each_with_its_own_date():
    text = "- écrire mon pitch avant le 20 décembre\n- inviter Jeanne à déjeuner d'ici lundi\n- lire son mémo"
    assert _items(text) == (
        PlannedAction("écrire mon pitch", date(2026, 12, 20)),
        PlannedAction("inviter Jeanne à déjeuner", date(2026, 12, 14)),
        PlannedAction("lire son mémo", None),
    )


def test_item_dash_date_lines():
    text = "Tester le tableau de bord — 12 janvier\nRelire la note de cadrage — 6 janvier"
    assert _items(text) == (
        PlannedAction("tester le tableau de bord", date(2027, 1, 12)),
        PlannedAction("relire la note de cadrage", date(2027, 1, 6)),
    )


def test_items_sorted_by_person_on_one_line():
    text = (
        "moi : finir ma maquette avant le 22 décembre, appeler 3 anciens avant le 15 janvier. "
        "lui : me passer un contact"
    )
    assert _items(text) == (
        PlannedAction("finir ma maquette", date(2026, 12, 22)),
        PlannedAction("appeler 3 anciens", date(2027, 1, 15)),
        PlannedAction("lui : me passer un contact", None),  # the mentor's own commitment, kept with its label
    )


def test_a_comma_without_a_date_stays_inside_the_item():
    assert _items("préparer mon CV, ma lettre et mes références") == (
        PlannedAction("préparer mon CV, ma lettre et mes références", None),
    )


def test_an_edge_of_a_named_month_said_next():
    assert parse_deadline("début décembre prochain", MID_DECEMBER).value == date(2027, 12, 1)
    assert parse_deadline("mi-janvier prochain", MID_DECEMBER).value == date(2027, 1, 15)


def test_each_verb_after_a_comma_starts_an_item_and_two_digit_delays_are_dates():
    # ninth panel: the third of three items, « et … dans 15 jours », was lost and its date given to the second
    said = (
        "Bon : refaire ma page de profil d'ici fin février, lire deux livres sur le sujet, et lui envoyer mon dossier"
        " dans 10 jours."
    )
    assert _items(said) == (
        PlannedAction("refaire ma page de profil", date(2027, 2, 28)),
        PlannedAction("lire deux livres sur le sujet", None),
        PlannedAction("lui envoyer mon dossier", date(2026, 12, 19)),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il en manque une : relire mon mémoire avant le 20 décembre", ("relire mon mémoire", date(2026, 12, 20))),
        ("rajoute l'action suivante : contacter l'APEC", ("contacter l'APEC", None)),
        ("c'est fait !", None),
        ("ajoute-la stp", None),  # nothing said to add
    ],
)
def test_items_asked_to_be_added(text, expected):
    from assistant.journal.answers import added_items

    found = added_items(text, MID_DECEMBER)
    assert found == ((PlannedAction(*expected),) if expected else ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ninth panel: « fin du T2 2027 » was refused, « avant février » read as 28 February
        ("pour la fin du T3 2027", date(2027, 9, 30)),
        ("d'ici le premier trimestre", date(2027, 3, 31)),
        ("avant mars", date(2027, 2, 28)),
        ("avant avril 2028", date(2028, 3, 31)),
        ("avant fin avril", date(2027, 4, 30)),  # the end of April itself
        # tenth panel: « d'ici la fin de l'année prochaine » was this year's 31 December
        ("au plus tard à la fin de l'année prochaine", date(2027, 12, 31)),
    ],
)
def test_quarters_and_before_a_month(text, expected):
    assert parse_deadline(text, MID_DECEMBER).value == expected


def test_days_written_short():
    # eleventh panel: « ça fait 10j » was not read, so the message sent 10 days ago was « parti il y a 1 jour »
    from assistant.outreach.replies import day_said

    assert day_said("toujours rien, ça fait 12j", MID_DECEMBER).value == date(2026, 11, 27)


def test_a_remark_before_a_colon_is_not_part_of_the_items():
    # sixteenth panel: « Les mêmes que tout à l'heure, je ne veux pas les créer en double : refaire mon CV … » was
    # saved whole as the action
    said = "comme la dernière fois, je ne veux pas de doublon : relire mon portfolio avant vendredi"
    assert [item.text for item in parse_action_items(said).value] == ["relire mon portfolio"]
    kept = parse_action_items("refaire mon CV : version industrie").value  # the item's own colon
    assert [item.text for item in kept] == ["refaire mon CV : version industrie"]
