"""The checker used on every generated text finds the mistakes the reviewers found."""

from tests.writing.grammar import grammar_errors, unknown_words


def test_finds_agreement_with_zero_and_missing_elision():
    kinds = {
        finding.kind for finding in grammar_errors("Le parcours de Isabelle Mercier m'intéresse. J'ai 0 objectifs.")
    }
    assert {"eleu", "gn"} <= kinds


def test_typography_alone_is_not_an_error():
    assert grammar_errors("Bonjour Isabelle, j'ai lu votre article : merci !") == []


def test_reports_unknown_words_for_the_spelling_checks():
    assert "lyon" in unknown_words("je travaille a lyon")
