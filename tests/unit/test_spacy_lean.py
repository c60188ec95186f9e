"""The lean spaCy load (rasa_plugins/spacy_lean.py) gives the pipeline the same tokens, vector and names."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.nlu.model import InvalidModelError
from rasa.nlu.utils.spacy_utils import SpacyNLP

from rasa_plugins import spacy_lean

MODEL = "fr_core_news_md"
SENTENCES = [
    "Bonjour, je rencontre Claire Martin jeudi chez Doctolib pour parler de ma reconversion.",
    "slt jsp trop comment écrire à mon futur mentor, tu peux m'aider ?",
    "Je voudrais devenir cheffe de projet d'ici septembre 2027 ; Karim Benali m'a dit d'essayer.",
    "",
    "😅 ok",
]


@pytest.fixture(scope="module")
def models(spacy_french):
    return spacy_french, spacy_lean.load_model(MODEL).model  # what Rasa's own SpacyNLP.load_model loads, and ours


def test_only_the_recogniser_is_loaded(models):
    _, lean = models
    assert lean.pipe_names == ["ner"]
    assert set(spacy_lean.excluded_parts(MODEL)) >= {"tok2vec", "morphologizer", "parser", "lemmatizer"}


@pytest.mark.parametrize("text", SENTENCES)
def test_the_tokens_vector_and_names_are_the_same(models, text):
    full, lean = (model(text) for model in models)
    assert [(t.idx, t.text) for t in lean] == [(t.idx, t.text) for t in full]
    assert np.array_equal(lean.vector, full.vector)
    assert [(e.start_char, e.end_char, e.label_) for e in lean.ents] == [
        (e.start_char, e.end_char, e.label_) for e in full.ents
    ]


def test_a_model_that_is_not_installed_gets_rasas_own_error():
    with pytest.raises(InvalidModelError, match="fr_core_news_xx"):
        spacy_lean.load_model("fr_core_news_xx")


def test_install_replaces_rasas_load(monkeypatch):
    monkeypatch.setattr(SpacyNLP, "load_model", spacy_lean._ORIGINAL)
    spacy_lean.install()
    assert SpacyNLP.load_model is spacy_lean.load_model
