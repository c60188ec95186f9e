"""SMART checks: vague goals are challenged, measures need indicators, areas and kinds are read."""

import pytest

from assistant.coaching.text import MAX_FIELD_CHARS
from assistant.goals import smart


@pytest.mark.parametrize(
    "answer",
    [
        "progresser",
        "évoluer",
        "je veux m'améliorer",
        "progresser en Python",
        "évoluer dans ma carrière",
        "être meilleur",
        "😀😀",
        "   ",
        "",
        None,
        "???",
    ],
)
def test_vague_or_empty_statements_are_refused(answer):
    check = smart.check_statement(answer, "technique")
    assert not check.ok
    assert check.problem in {"vague", "empty"}


@pytest.mark.parametrize(
    "answer",
    [
        "devenir manager",
        "obtenir la certification AWS Solutions Architect",
        "prendre la parole en réunion sans lire mes notes",
        "progresser en Python jusqu'à écrire seul une API REST",
    ],
)
def test_specific_statements_are_kept_as_written(answer):
    check = smart.check_statement(answer, "technique")
    assert check.ok
    assert check.value == answer


def test_vague_statement_gets_an_example_from_its_area():
    leadership = smart.check_statement("progresser", "leadership")
    network = smart.check_statement("progresser", "reseau")
    assert leadership.example != network.example
    assert "équipe" in leadership.example


def test_too_long_answer_is_refused_not_cut():
    check = smart.check_statement("devenir manager " * 60)
    assert check.problem == "too_long" and check.value is None
    assert len("devenir manager " * 60) > MAX_FIELD_CHARS


def test_statement_is_cleaned():
    assert smart.check_statement("  devenir\tchef   d’équipe ").value == "devenir chef d'équipe"


@pytest.mark.parametrize(
    "answer",
    [
        "3 entretiens",
        "avoir trois entretiens",
        "obtenir la certification",
        "un score de 800",
        "50 % de réponses positives",
        "signer un contrat en CDI",
        "avoir mon titre pro de formateur",
        "être nommée officiellement responsable de rayon",
        "la validation du chef de salle",  # thirteenth panel: an official sign-off was refused
        "avoir le feu vert de ma responsable pour encadrer seule",
        "être nommée officiellement responsable de rayon",
    ],
)
def test_measures_with_an_indicator_are_kept(answer):
    assert smart.check_measure(answer).ok


@pytest.mark.parametrize("answer", ["je verrai bien", "quand je me sentirai prêt", "bien", ""])
def test_measures_without_indicator_are_refused(answer):
    check = smart.check_measure(answer, "carriere")
    assert not check.ok
    assert check.problem in {"no_indicator", "empty"}


def test_motivation_needs_a_reason():
    assert smart.check_motivation("pour évoluer vers un poste de manager").ok
    assert smart.check_motivation("parce que").problem == "too_short"
    assert smart.check_motivation("pour changer de métier").ok  # « changer » is vague in a goal, not in a reason
    assert smart.check_motivation("").problem == "empty"


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("leadership", "leadership"),
        ("plutôt le management d'équipe", "leadership"),
        ("la communication", "relationnel"),
        ("résolution de problèmes", "resolution_problemes"),
        ("une reconversion", "carriere"),
        ("mon réseau", "reseau"),
        ("Compétences techniques", "technique"),
        ("resolution_problemes", "resolution_problemes"),
        ("je vise un poste de product manager", "carriere"),  # eleventh panel: a job title is no team to lead
        ("manager une petite équipe", "leadership"),
    ],
)
def test_areas_are_recognised(answer, key):
    assert smart.check_area(answer).value == key


@pytest.mark.parametrize("answer", ["bof", "", None, "<script>alert(1)</script>", "the weather"])
def test_unknown_area(answer):
    assert smart.check_area(answer).problem == "unknown"


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("informel", "informel"),
        ("du mentorat inversé", "inverse"),
        ("en visio", "distance"),
        ("à distance", "distance"),
        ("de groupe", "groupe"),
        ("formel", "formel"),
        ("Informelle", "informel"),
    ],
)
def test_mentoring_kinds_are_recognised(answer, key):
    assert smart.check_mentoring_kind(answer).value == key


def test_unknown_mentoring_kind():
    assert not smart.check_mentoring_kind("je ne sais pas").ok


def test_code_is_no_goal_measure_or_motivation():
    assert smart.check_statement('<img src=x onerror="alert(1)"> manager', "leadership").problem == "markup"
    assert smart.check_measure("3 réunions'; DROP TABLE goals; --", "leadership").problem == "markup"
    assert smart.check_statement("animer une équipe de trois personnes", "leadership").ok


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("Mon objectif serait de décrocher un poste d'acheteuse dans l'agroalimentaire.", "décrocher un poste"),
        ("je voudrais devenir responsable qualité dans mon usine", "devenir responsable qualité"),
        ("Devenir cheffe de projet d'ici un an", "Devenir cheffe de projet"),
    ],
)
def test_a_goal_keeps_the_goal_not_its_lead_in(typed, kept):
    assert smart.check_statement(typed).value.startswith(kept)


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("Je considérerai cet objectif atteint lorsque j'aurai deux clients réguliers", "lorsque j'aurai deux clients"),
        ("j'aurai réussi si je passe 3 entretiens", "si je passe 3 entretiens"),
        ("Mon objectif sera atteint quand mon CA dépassera 2000 €", "quand mon CA"),
        ("je saurai que c'est bon quand j'aurai signé 1 contrat", "quand j'aurai signé"),
        ("j'aurai 3 entretiens", "j'aurai 3 entretiens"),  # not a lead-in: the measure itself
    ],
)
def test_a_measure_keeps_the_measure_not_its_lead_in(typed, kept):
    assert smart.check_measure(typed).value.startswith(kept)


def test_a_goal_after_its_context_is_the_wish_not_the_context():
    # fifth panel: the whole sentence, context and « en gros » included, was the goal and echoed in every question
    said = "Bon en gros, je finis mon BTS en juin, et j'aimerais décrocher une alternance en maintenance industrielle"
    assert smart.check_statement(said).value == "décrocher une alternance en maintenance industrielle"
    aside = "je souhaiterais, si possible, devenir responsable de boutique dans le prêt-à-porter"
    assert smart.check_statement(aside).value == "devenir responsable de boutique dans le prêt-à-porter"
