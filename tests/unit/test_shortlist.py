"""The mentor shortlist without Rasa: reading the candidates and the answers, the comparison, its French."""

from __future__ import annotations

import pytest

from assistant.shortlist.answers import level_of, parse_candidates, read_criterion
from assistant.shortlist.compare import goal_fits, recommend
from assistant.shortlist.model import CRITERIA, Candidate
from assistant.shortlist.render import comparison_markdown, comparison_text, who
from tests.writing.grammar import grammar_errors


def _names(text: str) -> list[tuple[str, str, str]]:
    parsed = parse_candidates(text)
    assert parsed.ok, parsed.problem
    return [(c.mentor.name, c.mentor.role, c.mentor.organisation) for c in parsed.value]


def test_two_candidates_with_their_roles_separated_by_a_semicolon():
    assert _names("Sophie Martin, DAF chez Fives ; Paul Durand, contrôleur de gestion") == [
        ("Sophie Martin", "DAF", "Fives"),
        ("Paul Durand", "contrôleur de gestion", ""),
    ]


def test_commas_separate_candidates_only_before_a_name():
    assert _names("Sophie Martin, DAF chez Fives, Paul Durand, responsable achats et logistique chez Safran") == [
        ("Sophie Martin", "DAF", "Fives"),
        ("Paul Durand", "responsable achats et logistique", "Safran"),
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        ("j'hésite entre Sophie Martin et Paul Durand", ["Sophie Martin", "Paul Durand"]),
        ("sophie martin ; paul durand ; inès lopez", ["Sophie Martin", "Paul Durand", "Inès Lopez"]),
        ("Claire (directrice data) / Marc Dupuis", ["Claire", "Marc Dupuis"]),
        ("Anne Roy, Bruno Petit, Chloé Vidal, David Roux", ["Anne Roy", "Bruno Petit", "Chloé Vidal", "David Roux"]),
        ("Anne Roy ; Anne Roy ; Bruno Petit", ["Anne Roy", "Bruno Petit"]),
    ],
)
def test_names_in_several_shapes(text, names):
    assert [name for name, _, _ in _names(text)] == names


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", "empty"),
        ("Sophie Martin, DAF chez Fives", "one"),
        ("Anne Roy, Bruno Petit, Chloé Vidal, David Roux, Emma Noël", "too_many"),
        ("mon ancien manager et Paul Durand", "no_name"),
        ("sophie.martin@fives.com ; Paul Durand", "address"),
        ("Anne Roy ; " + "x" * 700, "too_long"),
    ],
)
def test_one_five_or_nameless_candidates_are_refused(text, problem):
    assert parse_candidates(text).problem == problem


@pytest.mark.parametrize(
    "text, level",
    [
        ("oui, très disponible", "strong"),
        ("elle a 15 ans de finance industrielle", "strong"),
        ("il a accompagné 3 juniors devenus managers", "strong"),
        ("le courant passe bien entre nous", "strong"),
        ("un peu, le vendredi", "medium"),
        ("oui mais pas dans mon secteur", "medium"),
        ("plutôt", "medium"),
        ("il connaît le contrôle de gestion", "medium"),
        ("elle est débordée", "weak"),
        ("pas du tout", "weak"),
        ("il n'a jamais encadré personne", "weak"),
        ("non", "weak"),
        ("je ne sais pas", "unknown"),
        ("aucune idée", "unknown"),
        ("jsp", "unknown"),
    ],
)
def test_an_answer_is_read_into_a_level(text, level):
    assert level_of(text) == level


@pytest.mark.parametrize(
    "text, level",
    [
        ("Son temps est très limité : il encadre huit ingénieurs et part souvent à l'étranger.", "weak"),
        ("il voyage énormément pour ses clients", "weak"),
        ("son agenda est plein, elle est très prise", "weak"),
        ("peu de temps en ce moment", "weak"),
        ("il est toujours en déplacement", "weak"),
        ("Moyennement, son agenda est serré", "medium"),
        ("il manage douze personnes et adore son métier", "unknown"),
        ("Oui, il répond vite et m'a proposé un appel.", "strong"),
        ("oui", "strong"),
        ("je ne sais pas", "unknown"),
    ],
)
def test_availability_is_read_with_its_own_words(text, level):
    assert level_of(text, "candidate_availability") == level


def test_a_limited_availability_is_never_praised_in_the_comparison():
    busy = _candidate(
        "Anne Roy, directrice qualité",
        [
            "un parcours très proche du mien",
            "Elle a peu de créneaux : elle gère une équipe de dix personnes et voyage beaucoup.",
            "oui, le courant passe",
            "je ne sais pas",
        ],
    )
    free = _candidate("Bruno Petit, consultant", ["assez proche", "oui, il m'a proposé un café", "plutôt", "jamais"])
    assert busy.level("candidate_availability") == "weak"
    advice = recommend([busy, free])
    text = comparison_text([busy, free], advice, goal_fits([busy, free], GOALS))
    line = next(line for line in text.splitlines() if "Anne Roy" in line)
    assert "disponibilité faible" in line and "disponibilité forte" not in line
    assert "candidate_availability" not in advice.strengths or advice.candidate == 1


def test_the_words_are_kept_proofread_and_a_bare_i_dont_know_is_not_quoted():
    assert read_criterion("oui tres dispo").value.words == "oui très disponible"
    assert read_criterion("je sais pas").value.words == ""
    assert read_criterion("   ").problem == "empty"
    assert read_criterion("a" * 700).problem == "too_long"


def _candidate(text: str, answers: list[str]) -> Candidate:
    candidate = parse_candidates(f"{text} ; Zoé Blanc").value[0]
    for name, answer in zip(CRITERIA, answers, strict=True):
        candidate = candidate.answered(name, read_criterion(answer, name).value)
    return candidate


SOPHIE = _candidate(
    "Sophie Martin, DAF chez Fives",
    ["elle a 15 ans de finance industrielle", "pas très disponible", "oui on se comprend", "je ne sais pas"],
)
PAUL = _candidate(
    "Paul Durand, contrôleur de gestion",
    ["il connaît le contrôle de gestion", "oui très disponible", "plutôt", "il a accompagné 3 juniors"],
)
GOALS = ["Devenir DAF d'ici 2028", "Maîtriser le contrôle de gestion industriel"]


def test_the_recommendation_is_the_strongest_with_its_reasons():
    advice = recommend([SOPHIE, PAUL])
    assert advice.candidate == 1 and advice.clear
    assert advice.strengths == ("candidate_availability", "candidate_track_record")
    assert advice.to_check == ()
    advice = recommend([PAUL, SOPHIE])
    assert advice.candidate == 0


def test_a_tie_is_broken_by_availability_and_is_not_clear():
    busy = _candidate("Anne Roy", ["elle a 20 ans de métier", "elle est débordée", "oui", "oui plusieurs"])
    free = _candidate("Bruno Petit", ["il a 20 ans de métier", "oui", "oui", "jamais"])
    advice = recommend([busy, free])
    assert (advice.candidate, advice.clear) == (1, False)
    assert advice.to_check == ("candidate_track_record",)


def test_each_goal_goes_to_the_candidate_whose_work_shares_its_words():
    fits = goal_fits([SOPHIE, PAUL], GOALS)
    assert [(fit.candidate, fit.shared) for fit in fits] == [(0, ("DAF",)), (1, ("contrôleur", "gestion"))]


def test_without_shared_words_the_best_experience_fits_the_goal():
    fits = goal_fits([PAUL, SOPHIE], ["Prendre la parole en public"])
    assert (fits[0].candidate, fits[0].shared) == (1, ())


def test_the_chat_text_has_a_line_per_candidate_the_goals_and_the_advice_in_correct_french():
    advice, fits = recommend([SOPHIE, PAUL]), goal_fits([SOPHIE, PAUL], GOALS)
    text = comparison_text([SOPHIE, PAUL], advice, fits)
    assert "• Sophie Martin (DAF chez Fives) : expérience utile forte, disponibilité faible" in text
    assert "expérience de mentor à vérifier" in text
    assert "« Devenir DAF d'ici 2028 » : Sophie Martin" in text
    assert "écrire d'abord à Paul Durand" in text
    assert "…" not in text and "\n\n" not in text
    assert grammar_errors(text) == []


def test_the_markdown_is_a_real_table_with_the_mentees_words():
    advice, fits = recommend([SOPHIE, PAUL]), goal_fits([SOPHIE, PAUL], [])
    markdown = comparison_markdown([SOPHIE, PAUL], advice, fits)
    lines = markdown.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| Candidat"))
    assert lines[header + 1] == "|---|---|---|---|---|"
    rows = lines[header + 2 : header + 4]
    assert all(row.count("|") == 6 for row in rows)
    assert "forte : « oui très disponible »" in rows[1]
    assert "Pour vos objectifs" not in markdown
    assert "…" not in markdown
    assert grammar_errors(markdown.replace("|", ".")) == []


def test_who_names_the_role_and_the_organisation():
    assert who(SOPHIE.mentor) == "Sophie Martin (DAF chez Fives)"
    assert who(parse_candidates("Karim ; Inès").value[0].mentor) == "Karim"


def test_the_request_before_the_names_and_the_question_after_them_are_no_candidates():
    from assistant.shortlist.answers import parse_candidates

    said = "J'ai deux pistes : Hugo Petit, chef de chantier, et Inès Roy, architecte à Tours. Laquelle je contacte ?"
    parsed = parse_candidates(said)
    assert [(c.mentor.name, c.mentor.role) for c in parsed.value] == [
        ("Hugo Petit", "chef de chantier"),
        ("Inès Roy", "architecte à Tours"),
    ]
