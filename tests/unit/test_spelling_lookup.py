"""The dictionary's lookup without spylls' compound search (``spelling._without_compounds``): same answers.

French defines no compounding, so the search could never find a word; it was half the time of a suggestion.
"""

from __future__ import annotations

import pytest

from assistant.common import spelling

pytestmark = pytest.mark.skipif(spelling.checker() is None, reason="hunspell-fr-classical not installed")

#: Known words in several shapes (elided, hyphenated, capitalised, a name, a number), typos one edit away, nonsense.
WORDS = (
    "développeuse trésorerie l'équipe aujourd'hui peut-être Lyon LYON Paris rendez-vous 2027 d'ici "
    "qu'il mentorat mentoré mentorée entretiens réseauter grand-mère porte-parole c'est jusqu'au "
    "developeuse devellopeuse tresorerie equipe reseau mentorrat entretient xyzzqv fullstack startup "
    "qsdfgh aaaaaa peut-etre porte-paroles l'equipe"
).split()


@pytest.fixture(scope="module")
def plain():
    """The same dictionary as spylls loads it, compound search included."""
    from spylls.hunspell import Dictionary

    base = next(b for b in spelling.DICTIONARIES if b.with_suffix(".dic").exists())
    return Dictionary.from_files(str(base))


def test_french_defines_no_compounding_so_the_search_is_left_out(plain):
    aff = plain.aff
    assert not (aff.COMPOUNDBEGIN or aff.COMPOUNDFLAG or aff.COMPOUNDRULE)
    assert "good_forms" in vars(spelling.checker().lookuper)  # the instance's lookup is the one without it
    assert "good_forms" not in vars(plain.lookuper)


@pytest.mark.parametrize("word", WORDS)
def test_every_answer_is_the_same(plain, word):
    assert bool(spelling.checker().lookup(word)) == bool(plain.lookup(word))


def test_the_answers_are_not_all_alike(plain):
    answers = {bool(plain.lookup(word)) for word in WORDS}
    assert answers == {True, False}  # the list holds known and unknown words, so the comparison can fail


def test_a_dictionary_with_compounding_keeps_the_search(tmp_path):
    from spylls.hunspell import Dictionary

    (tmp_path / "x.aff").write_text("SET UTF-8\nCOMPOUNDFLAG X\n", encoding="utf-8")
    (tmp_path / "x.dic").write_text("2\nfoot/X\nball/X\n", encoding="utf-8")
    dictionary = spelling._without_compounds(Dictionary.from_files(str(tmp_path / "x")))
    assert "good_forms" not in vars(dictionary.lookuper)
    assert dictionary.lookup("football") and not dictionary.lookup("footbal")
