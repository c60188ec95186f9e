"""The dictionary's bounded searches (``assistant.common.dictionary``): no compound search, which French can never
satisfy (same answers, half the time of a suggestion), and long hyphen chains cut piece by piece instead of in every
combination (same answers up to spylls' own limit, without minutes of work for one word)."""

from __future__ import annotations

import pytest

from assistant.common import dictionary

pytestmark = pytest.mark.skipif(dictionary.checker() is None, reason="hunspell-fr-classical not installed")

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

    base = next(b for b in dictionary.DICTIONARIES if b.with_suffix(".dic").exists())
    return Dictionary.from_files(str(base))


def test_french_defines_no_compounding_so_the_search_is_left_out(plain):
    aff = plain.aff
    assert not (aff.COMPOUNDBEGIN or aff.COMPOUNDFLAG or aff.COMPOUNDRULE)
    assert "good_forms" in vars(dictionary.checker().lookuper)  # the instance's lookup is the one without it
    assert "good_forms" not in vars(plain.lookuper)


@pytest.mark.parametrize("word", WORDS)
def test_every_answer_is_the_same(plain, word):
    assert bool(dictionary.checker().lookup(word)) == bool(plain.lookup(word))


def test_the_answers_are_not_all_alike(plain):
    answers = {bool(plain.lookup(word)) for word in WORDS}
    assert answers == {True, False}  # the list holds known and unknown words, so the comparison can fail


def test_a_dictionary_with_compounding_keeps_the_search(tmp_path):
    from spylls.hunspell import Dictionary

    (tmp_path / "x.aff").write_text("SET UTF-8\nCOMPOUNDFLAG X\n", encoding="utf-8")
    (tmp_path / "x.dic").write_text("2\nfoot/X\nball/X\n", encoding="utf-8")
    compounding = dictionary._without_compounds(Dictionary.from_files(str(tmp_path / "x")))
    assert "good_forms" not in vars(compounding.lookuper)
    assert compounding.lookup("football") and not compounding.lookup("footbal")


@pytest.mark.parametrize(
    "word",
    [
        "arc-en-ciel-arc-en-ciel-bon-bon",  # 8 parts, known words (one of three parts)
        "arc-en-ciel-arc-en-ciel-bon-zzqx",  # 8 parts, the last unknown
        "week-end-week-end-week-end-week-end",  # « end » is no word alone: only the pairs are known
        "bon-bon-bon-bon-bon-bon-bon-bon-bon",
    ],
)
def test_a_long_hyphen_chain_gets_spylls_answer(plain, word):
    dictionary.is_valid.cache_clear()
    assert word.count("-") >= dictionary.MOST_PARTS  # cut here, not by spylls
    assert dictionary.is_valid(word) == bool(plain.lookup(word))


def test_a_long_hyphen_chain_is_cut_piece_by_piece(monkeypatch):
    lookuper = dictionary.checker().lookuper
    analysed: list[str] = []
    original = lookuper.good_forms

    def counted(word, **options):
        analysed.append(word)
        return original(word, **options)

    monkeypatch.setattr(lookuper, "good_forms", counted)
    dictionary.is_valid.cache_clear()
    dictionary._known_piece.cache_clear()
    chain = "-".join(["bon"] * 16)
    assert dictionary.is_valid(chain) and not dictionary.is_valid(chain + "-zzqx")
    # Each piece of at most seven parts is analysed once: spylls' cutting would analyse tens of thousands.
    assert len(analysed) == len(set(analysed)) <= 17 * dictionary.MOST_PARTS
    assert dictionary.is_valid("allons-nous-en") and dictionary.is_valid("Saint-Jean-de-la-Ruelle")
