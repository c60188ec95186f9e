"""The meeting journal: action items read with their due dates, finding the item a message names, the store on a
migrated SQLite database, and « Depuis notre dernière rencontre »."""

from datetime import date

import pytest

from assistant.journal import store as journal_store
from assistant.journal.answers import find_action, item_number, names_no_action, parse_action_items, same_mentor
from assistant.journal.model import PlannedAction
from assistant.journal.render import action_lines, due_fr, since_last_meeting

TODAY = date(2026, 12, 5)


def test_one_action_with_its_due_date_after_a_dash():
    assert parse_action_items("refaire mon CV — 15 janvier", TODAY).value == (
        PlannedAction("refaire mon CV", date(2027, 1, 15)),
    )


def test_several_lines_bullets_and_separators():
    text = "- refaire mon CV - 15 janvier\n• envoyer mon portfolio à Claire d'ici vendredi\n3. lire le livre conseillé"
    items = parse_action_items(text, TODAY).value
    assert [i.text for i in items] == ["refaire mon CV", "envoyer mon portfolio à Claire", "lire le livre conseillé"]
    assert [i.due for i in items] == [date(2027, 1, 15), date(2026, 12, 11), None]


def test_items_on_one_line_separated_by_semicolons():
    items = parse_action_items("Refaire mon CV pour le 15 janvier; contacter Paul", TODAY).value
    assert items == (PlannedAction("refaire mon CV", date(2027, 1, 15)), PlannedAction("contacter Paul"))


def test_items_sorted_by_who_does_them_after_pour_moi_and_pour_elle():
    # the fourth panel's actions were stored as « 1. pour » and « suivre le MOOC — 31 décembre. Pour »
    text = (
        "Pour moi : relancer deux recruteurs — 15 janvier ; lire le guide de l'APEC — 31 décembre. "
        "Pour elle : me relire"
    )
    items = parse_action_items(text, TODAY).value
    assert [(i.text, i.due) for i in items[:2]] == [
        ("relancer deux recruteurs", date(2027, 1, 15)),
        ("lire le guide de l'APEC", date(2026, 12, 31)),
    ]
    assert len(items) == 3 and items[2].text.lower() == "elle : me relire"
    assert [i.text for i in parse_action_items("moi : refaire mon CV, lui : me présenter", TODAY).value][0] == (
        "refaire mon CV"
    )


@pytest.mark.parametrize("answer", ["aucune", "Rien.", "rien de prévu"])
def test_nothing_agreed_is_an_empty_list(answer):
    assert parse_action_items(answer, TODAY).value == ()


def test_a_due_date_gone_by_is_refused_with_the_item_named():
    parsed = parse_action_items("relancer le recruteur : 3 décembre", TODAY)
    assert parsed.problem == "past" and parsed.example == "relancer le recruteur"


def test_too_many_items_and_empty_answers_are_refused():
    assert parse_action_items("\n".join(f"action {i}" for i in range(12)), TODAY).problem == "too_many"
    assert parse_action_items("  ", TODAY).problem == "empty"
    assert parse_action_items("x" * 250, TODAY).problem == "too_long"


def test_due_dates_are_written_the_french_way_and_late_ones_said():
    assert due_fr(date(2027, 1, 15), TODAY) == "pour le 15 janvier 2027"
    assert due_fr(date(2026, 12, 1), TODAY) == "pour le 1er décembre 2026, en retard"
    assert action_lines([PlannedAction("appeler Paul"), PlannedAction("refaire mon CV", date(2027, 1, 15))], TODAY) == (
        "1. appeler Paul\n2. refaire mon CV (pour le 15 janvier 2027)"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [("la 2 est faite", 2), ("action 3 faite", 3), ("j'ai fini la deuxième", 2), ("c'est fait pour le CV", None)],
)
def test_the_number_of_an_item(text, number):
    assert item_number(text) == number


def test_an_item_is_found_by_number_or_by_its_words(database):
    journal_store.save_entry(
        "alice",
        "Claire Martin",
        TODAY,
        "notes",
        "",
        [PlannedAction("refaire mon CV", date(2027, 1, 15)), PlannedAction("envoyer mon portfolio à Claire")],
    )
    items = journal_store.open_actions("alice")
    assert find_action(items, "la 2 est faite").text == "envoyer mon portfolio à Claire"
    assert find_action(items, "c'est bon, le CV est refait").text == "refaire mon CV"
    assert find_action(items, "j'ai envoyé le portfolio").text == "envoyer mon portfolio à Claire"
    assert find_action(items, "c'est fait pour l'envoi du portfolio").text == "envoyer mon portfolio à Claire"
    assert find_action(journal_store.open_actions("alice"), "fini l'article") is None
    assert find_action(items, "action 7 faite") is None
    assert find_action(items, "j'ai appelé ma soeur") is None
    assert names_no_action("c'est fait !") and not names_no_action("le CV est fait")


def test_the_store_keeps_entries_per_mentee_and_marks_items_done(database):
    entry = journal_store.save_entry(
        "alice", "Claire Martin", TODAY, "notes", "viser les PME", [PlannedAction("a"), PlannedAction("b", TODAY)]
    )
    journal_store.save_entry("bob", "Paul", TODAY, "n", "", [PlannedAction("c")])
    assert [a.text for a in journal_store.open_actions("alice")] == ["b", "a"]  # dated first
    assert journal_store.mark_done("bob", entry.actions[0].id) is None  # not his
    assert journal_store.mark_done("alice", entry.actions[0].id).done
    assert [a.text for a in journal_store.open_actions("alice")] == ["b"]
    saved = journal_store.list_entries("alice")[0]
    assert saved.advice == "viser les PME" and saved.to_dict()["actions"][0]["done_at"]
    assert [e.mentor for e in journal_store.list_entries("bob")] == ["Paul"]


def test_same_mentor_by_full_name_or_first_name_only():
    assert same_mentor("Claire Martin", "claire") and same_mentor("Claire Martin", "Claire Martin")
    assert not same_mentor("Claire Martin", "Claire Dupont") and not same_mentor("ma manager", "ma mentore")


def test_since_last_meeting_starts_from_the_open_items_and_the_advice(database):
    entry = journal_store.save_entry(
        "alice",
        "Claire Martin",
        date(2026, 12, 1),
        "n",
        "viser les PME",
        [PlannedAction("refaire mon CV", date(2027, 1, 15))],
    )
    text = since_last_meeting("Claire Martin", entry.met_on, list(entry.actions), entry.advice)
    assert "Depuis notre dernière rencontre :\n1. refaire mon CV (pour le 15 janvier 2027)" in text
    assert "le 1er décembre 2026" in text and "« viser les PME »" in text and "…" not in text


@pytest.mark.parametrize(
    ("line", "text", "due"),
    [
        ("mettre à jour mon CV pour mardi", "mettre à jour mon CV", date(2026, 12, 8)),
        ("postuler pour un poste de lead avant fin janvier", "postuler pour un poste de lead", date(2027, 1, 31)),
        ("envoyer mon portfolio dans 2 semaines", "envoyer mon portfolio", date(2026, 12, 19)),
        ("appeler Paul, Marie et Jean", "appeler Paul, Marie et Jean", None),
        ("lire le livre avant la prochaine rencontre", "lire le livre avant la prochaine rencontre", None),
    ],
)
def test_a_date_is_taken_only_where_one_is_written(line, text, due):
    assert parse_action_items(line, TODAY).value == (PlannedAction(text, due),)
