"""Progress on a goal: past dates, answers read against the goal's measure, the coach's reactions, the rendering
and the store on a migrated SQLite database."""

from datetime import date

import pytest

from assistant.common.past_dates import parse_past_date
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.goals.render import goal_list
from assistant.progress import store as progress_store
from assistant.progress.answers import parse_progress, read_measure, says_nothing_blocks
from assistant.progress.coach import expected_percent, react
from assistant.progress.model import Amount, ProgressEntry
from assistant.progress.render import amount_fr, progress_history, progress_line

TODAY = date(2026, 12, 5)
COUNTED = read_measure("obtenir 3 entretiens")
STEP = read_measure("avoir présenté mon projet en comité")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hier", date(2026, 12, 4)),
        ("aujourd'hui", TODAY),
        ("aujourd’hui", TODAY),
        ("ce matin", TODAY),
        ("avant-hier", date(2026, 12, 3)),
        ("lundi", date(2026, 11, 30)),
        ("le 3 décembre", date(2026, 12, 3)),
        ("le 1er novembre", date(2026, 11, 1)),
        ("3/12", date(2026, 12, 3)),
        ("il y a deux semaines", date(2026, 11, 21)),
        ("le 28 décembre 2025", date(2025, 12, 28)),
        ("début décembre", date(2026, 12, 1)),
        ("fin novembre", date(2026, 11, 30)),
        ("il y a quelques jours", date(2026, 12, 2)),
        ("y a 2 jours", date(2026, 12, 3)),
        ("le 2", date(2026, 12, 2)),
        ("le 28", date(2026, 11, 28)),
        ("le week-end dernier", date(2026, 11, 28)),
        ("vendredi dernier", date(2026, 12, 4)),
    ],
)
def test_a_past_day_is_read(text, expected):
    assert parse_past_date(text, TODAY).value == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("demain", "future"),
        ("le 20 décembre", "future"),
        ("le 31 février", "unparseable"),
        ("bientôt", "future"),
        ("euh je sais plus trop", "unparseable"),
        ("le 3 décembre 2016", "too_old"),
        ("", "empty"),
        ("x" * 300, "unparseable"),
    ],
)
def test_a_future_unreadable_or_old_day_is_refused(text, problem):
    parsed = parse_past_date(text, TODAY)
    assert not parsed.ok and parsed.problem == problem


def test_a_day_typed_in_january_about_late_december_is_last_year():
    assert parse_past_date("le 28 décembre", date(2027, 1, 3)).value == date(2026, 12, 28)


def test_the_measure_target_is_its_first_number_not_a_year():
    assert read_measure("obtenir 3 entretiens d'ici juin 2027").target == 3
    assert read_measure("dix candidatures envoyées").target == 10
    assert read_measure("atteindre le niveau B2").target is None
    assert STEP.target is None


@pytest.mark.parametrize(
    ("text", "percent", "count"),
    [
        ("2", 66.7, 2),
        ("2 sur 3", 66.7, 2),
        ("2/3", 66.7, 2),
        ("j'ai eu deux entretiens", 66.7, 2),
        ("60 %", 60, None),
        ("la moitié", 50, None),
        ("presque fini", 90, None),
        ("deux tiers", 66.7, None),
        ("c'est fait", 100, 3),
        ("rien pour l'instant", 0, 0),
        ("4", 100, 4),
        ("j'en suis à 50", 50, None),
    ],
)
def test_a_progress_is_read_against_a_counted_measure(text, percent, count):
    amount = parse_progress(text, COUNTED).value
    assert amount.percent == pytest.approx(percent)
    assert amount.count == (None if count is None else pytest.approx(count))


def test_a_fraction_on_another_scale_than_the_measure_is_a_share():
    amount = parse_progress("2 sur 4", COUNTED).value
    assert amount.percent == 50 and amount.count is None
    assert amount_fr(amount, COUNTED) == "50 %"


def test_a_step_is_kept_in_words_when_the_measure_is_a_step():
    parsed = parse_progress("j'ai présenté le plan à mon manager", STEP)
    assert parsed.ok and parsed.value.step == "j'ai présenté le plan à mon manager" and parsed.value.percent is None
    assert parse_progress("40 %", STEP).value.percent == 40


@pytest.mark.parametrize(
    ("text", "problem"),
    [("150 %", "over_100"), ("5 sur 3", "over_100"), ("-2", "negative"), ("bof", "not_number"), ("", "empty")],
)
def test_a_progress_over_100_negative_or_without_number_is_refused(text, problem):
    parsed = parse_progress(text, COUNTED)
    assert not parsed.ok and parsed.problem == problem


def test_over_100_is_refused_against_a_step_too():
    assert parse_progress("120", STEP).problem == "over_100"


def _entry(percent, on=TODAY, blocked="", step=""):
    return ProgressEntry(1, 1, on, percent, None, step, "", blocked)


def test_the_coach_celebrates_a_rise_and_a_reached_measure():
    assert react(_entry(60), [_entry(30)], date(2026, 11, 1), date(2027, 6, 1), TODAY).keys == ("progress_react_up",)
    reached = react(_entry(100), [_entry(30)], date(2026, 11, 1), date(2027, 6, 1), TODAY)
    assert reached.reached and reached.keys == ("progress_react_reached",)


def test_the_coach_replans_a_passed_deadline_or_a_pace_too_slow():
    passed = react(_entry(40), [], date(2026, 1, 1), date(2026, 11, 30), TODAY)
    assert passed.replan and "progress_replan_passed" in passed.keys
    behind = react(_entry(10), [], date(2026, 6, 1), date(2027, 1, 1), TODAY)
    assert behind.replan and "progress_replan_behind" in behind.keys
    on_track = react(_entry(80), [], date(2026, 6, 1), date(2027, 1, 1), TODAY)
    assert not on_track.replan


def test_the_coach_suggests_bringing_a_blocker_to_the_mentor_but_not_nothing():
    assert react(_entry(50, blocked="le manque de temps"), [], TODAY, date(2027, 6, 1), TODAY).blocker
    assert not react(_entry(50, blocked="rien de spécial"), [], TODAY, date(2027, 6, 1), TODAY).blocker
    assert says_nothing_blocks("Rien.") and not says_nothing_blocks("mon manager")


def test_expected_percent_is_the_share_of_time_spent():
    assert expected_percent(date(2026, 1, 1), date(2026, 1, 11), date(2026, 1, 6)) == 50
    assert expected_percent(date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 6)) == 100


def test_amounts_and_lines_are_written_the_french_way():
    assert amount_fr(Amount(percent=50.0, count=1.5), COUNTED) == "1,5 sur 3 (50 %)"
    assert amount_fr(Amount(percent=40.0), STEP) == "40 %"
    assert amount_fr(Amount(step="j'ai présenté"), STEP) == "étape franchie"
    assert progress_line([], COUNTED) == "progrès : pas encore noté"
    entry = ProgressEntry(1, 1, date(2026, 12, 1), 66.7, 2.0, "", "", "")
    assert progress_line([entry], COUNTED) == "progrès : 2 sur 3 (67 %) au 1er décembre 2026"
    history = progress_history("Décrocher un CDI", COUNTED, "30 juin 2027", [entry])
    assert "1er décembre 2026 : 2 sur 3 (67 %)" in history and "Décrocher un CDI" in history


GOAL = GoalFields(
    "carriere", "Décrocher un poste de data analyst", "obtenir 3 entretiens", date(2027, 6, 30), "x", "informel"
)


def test_the_store_keeps_the_history_per_mentee_and_goal(database):
    goal = goal_store.save_goal("alice", GOAL)
    other = goal_store.save_goal("bob", GOAL)
    progress_store.save_progress("alice", goal.id, Amount(66.7, 2.0), date(2026, 12, 3), "mon mentor", "le temps")
    progress_store.save_progress("alice", goal.id, Amount(33.3, 1.0), date(2026, 11, 20))
    assert progress_store.save_progress("alice", other.id, Amount(10.0), TODAY) is None  # not her goal
    history = progress_store.list_progress("alice", goal.id)
    assert [e.on for e in history] == [date(2026, 11, 20), date(2026, 12, 3)]
    assert history[1].helped == "mon mentor" and history[1].blocked == "le temps"
    assert progress_store.list_progress("bob") == []
    assert set(progress_store.history_by_goal("alice")) == {goal.id}


def test_the_goal_list_shows_each_goals_progress(database):
    goal = goal_store.save_goal("alice", GOAL)
    text = goal_list(goal_store.list_goals("alice"), TODAY, {goal.id: "progrès : 2 sur 3 (67 %) au 3 décembre 2026"})
    assert "Décrocher un poste de data analyst" in text and "progrès : 2 sur 3 (67 %)" in text


def test_deleting_a_goal_deletes_its_progress(database):
    goal = goal_store.save_goal("alice", GOAL)
    progress_store.save_progress("alice", goal.id, Amount(10.0), TODAY)
    goal_store.delete_goal("alice", goal.id)
    assert progress_store.list_progress("alice") == []


def test_the_migration_goes_down_and_up_again(database):
    from alembic import command
    from sqlalchemy import inspect

    from assistant.store import db

    config = db._alembic_config(database)
    command.downgrade(config, "0004")
    assert "progress_entries" not in inspect(db.get_engine(database)).get_table_names()
    command.upgrade(config, "head")
    assert {"progress_entries", "journal_entries", "action_items"} <= set(
        inspect(db.get_engine(database)).get_table_names()
    )


def test_minus_in_words_is_negative_but_at_least_is_not():
    from assistant.progress.answers import parse_progress, read_measure

    measure = read_measure("obtenir 3 entretiens")
    assert parse_progress("moins trois", measure).problem == "negative"
    assert parse_progress("je suis à moins 5 %", measure).problem == "negative"
    assert parse_progress("au moins deux", measure).value.count == 2


def test_a_mark_in_a_request_is_not_the_part_of_the_goal_done():
    # ninth panel: a practice exam passed « avec 78 % » was noted as 78 % of « être embauché comme … »
    from assistant.progress.answers import progress_in_request

    measure = read_measure("signer un CDI de technicien de maintenance")
    assert progress_in_request("j'ai eu mon partiel de mécanique avec 64 %, ouf", measure) is None
    assert progress_in_request("j'ai fait le test de sélection, note : 14/20", measure) is None
    said = progress_in_request("je pense en être à 30 % du chemin", measure)
    assert said is not None and said.percent == 30


def test_numbers_by_thousands_and_lengths_of_time_in_a_measure():
    # eleventh panel: « 6 000 signes sur 15 000 » was « 0 sur 15 »; « un CDD de 6 mois » made 4 applications 67 %
    from assistant.progress.answers import progress_in_request

    pages = read_measure("rédiger un mémoire de 20 000 mots")
    assert pages.target == 20000
    said = progress_in_request("j'en suis à 5 000 mots sur 20 000", pages)
    assert said is not None and said.percent == 25
    job = read_measure("décrocher un contrat d'au moins 12 mois")
    assert job.target is None
    assert progress_in_request("j'ai envoyé 4 candidatures", job) is None
