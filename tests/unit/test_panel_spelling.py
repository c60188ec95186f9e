"""The mentee's words are not damaged by the spelling correction (blind panel, December 2026).

Sentences are our own; each case shows one defect the panel met: a trade word turned into a French neighbour,
a lower-case city split with an apostrophe, a correct word given an accent, an elision before « oui ».
"""

from __future__ import annotations

import pytest

from assistant.common import spelling
from assistant.common.french import elide, starts_with_vowel
from assistant.common.proofread import proofread
from assistant.goals.wording import written_out

pytestmark = pytest.mark.skipif(spelling.checker() is None, reason="hunspell-fr-classical not installed")


@pytest.mark.parametrize(
    "answer",
    [
        "je lis vos threads sur les hooks et le state",
        "je veux reprendre la strat produit",
        "viser un poste de head of sales",
        "devenir chief of staff dans ma société",
        "votre atelier sur la discovery utilisateur",
        "je prépare la roadmap du trimestre",
    ],
)
def test_trade_words_are_not_replaced_by_french_neighbours(answer):
    for word in ("hooks", "strat", "of", "discovery", "roadmap"):
        if word in answer.split():
            assert word in written_out(answer).text.split()
            read = proofread(answer)
            assert read.text == "" or word in read.text.split()
            assert word not in read.words


@pytest.mark.parametrize(("typed", "neighbour"), [("hooks", "looks"), ("of", "cf"), ("strat", "sprat")])
def test_a_replaced_letter_is_never_a_sure_correction(typed, neighbour):
    assert not spelling.is_slip(typed, neighbour)


def test_only_accents_or_a_missing_letter_are_slips():
    assert spelling.is_slip("passionée", "passionnée")
    assert spelling.is_slip("reseau", "réseau")
    assert not spelling.is_slip("tanks", "talks")
    assert not spelling.is_slip("reacte", "réact")  # a letter removed is another word


def test_an_unknown_word_one_letter_from_another_is_flagged_not_replaced():
    written = written_out("un pitch avec des blorbs")
    assert "blorbs" in written.text and written.unknown == ("blorbs",)
    read = proofread("mes slaps de la semaine")  # « slips », « claps »: letters replaced, nothing sure
    assert read.text == "" and read.words == ("slaps",)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("alternante en marketing a lorient", "alternante en marketing à Lorient"),
        ("je travaille a nantes depuis un an", "je travaille à Nantes depuis un an"),
    ],
)
def test_a_lower_case_city_gets_its_capital_not_an_apostrophe(answer, expected):
    assert proofread(answer).text == expected
    assert written_out(answer).text == expected


def test_a_place_is_never_split_into_an_elision():
    assert spelling.is_place("nantes")
    assert spelling._apostrophe("nantes") == ""
    assert spelling._apostrophe("jaurai") == "j'aurai"  # a dropped apostrophe is still put back


def test_c_is_elided_only_before_est_etait_or_en():
    assert "c'ables" not in written_out("je veux pas tirer des cables toute ma vie").text
    assert written_out("cetait utile").text.startswith("c'était")


def test_sms_words_of_a_reason_are_written_out_not_read_as_acronyms():
    assert written_out("psk jveu evoluer").text.startswith("parce que je veux")
    assert "PSK" not in written_out("psk c'est mon reve").text


@pytest.mark.parametrize(
    "answer",
    ["je suis prête à changer de ville", "elle est prête pour le poste", "je suis sûre de mon choix"],
)
def test_a_correct_word_is_never_given_an_accent(answer):
    assert written_out(answer).text == answer
    assert proofread(answer).text == answer


def test_accent_restoration_leaves_dictionary_words_alone():
    assert spelling._accented("prête") == ""
    assert spelling._accented("tresorerie") == "trésorerie"


def test_being_hired_still_takes_the_participle():
    assert written_out("être embauche en CDI").text == "être embauché en CDI"


@pytest.mark.parametrize("word", ["oui", "ouate", "onze", "huit", "yaourt"])
def test_no_elision_before_oui_onze_huit(word):
    assert not starts_with_vowel(word)
    assert elide("que", word) == f"que {word}"


def test_proofreading_keeps_que_oui():
    assert proofread("je crois que oui").text == "je crois que oui"
    assert proofread("le rendez-vous de onze heures").text == "le rendez-vous de onze heures"
    assert proofread("que il vienne").text == "qu'il vienne"


def test_a_passive_still_takes_the_participle():
    assert written_out("un budget valide par la direction").text == "un budget validé par la direction"


def test_an_english_job_title_is_not_frenchified():
    answer = "passer de la vente à product manager avant l'été"
    assert proofread(answer).text == answer
    assert not spelling.is_slip("product", "produit")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Très bien, merci. Après dix ans de compta, j'ai envie de transmettre.", "Après dix ans"),
        ("Parfait ! encadrer deux stagiaires", "Encadrer deux stagiaires"),
        ("merci pour votre patience, je veux devenir DAF", "Merci pour votre patience"),
        ("super important pour moi", "Super important"),
    ],
)
def test_a_courtesy_said_to_the_assistant_is_not_part_of_the_answer(answer, expected):
    from assistant.goals.wording import sentence

    assert sentence(answer).startswith(expected)


def test_a_short_word_after_a_dropped_elision_must_be_a_usual_one():
    # the fourth panel read « react + n'ode » in its goal and « un article sur n'ode » in its draft
    assert "node" in written_out("coder une API en node et express").text.split()
    assert spelling._apostrophe("node") == ""
    assert spelling._apostrophe("nest") == "n'est" and spelling._apostrophe("jen") == "j'en"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("trouver un poste apres mon diplome", "après mon diplôme"), ("en meme temps que mon stage", "en même temps")],
)
def test_a_word_with_two_accented_spellings_gets_the_one_meant(typed, meant):
    # fourteenth panel: « apres mon diplome » became « âpres mon diplôme » in every draft
    from assistant.common.proofread import proofread

    assert meant in proofread(typed).text
