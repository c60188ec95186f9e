"""spaCy's French model loaded with only the parts the pipeline reads: the tokenizer, the word vectors and
the named-entity recogniser.

Rasa's ``SpacyNLP`` loads the whole model (``fr_core_news_md``) with the parser disabled, so that every message
still goes through the shared ``tok2vec`` network, the morphologizer, the attribute ruler and the lemmatizer.
Nothing in the pipeline reads what they add: the classifiers use the text and the document's vector (the mean of
the word vectors), names come from the recogniser, which has a ``tok2vec`` of its own, and Rasa's
``SpacyTokenizer`` only copies lemmas and tags into tokens that no featurizer of ours reads. Left out of the
load, they cost neither the load time nor their share of each message (about half of spaCy's time per message
on these machines). The tokens, vectors and names are the same (``tests/unit/test_spacy_lean.py``).

Installed with :mod:`rasa_plugins.speedups` (``MENTORAT_SPEEDUPS=off`` keeps Rasa's load, for the benchmark).
"""

from __future__ import annotations

import spacy
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP

#: The model's parts the pipeline reads (the tokenizer and the vectors are not parts: they always load).
KEPT = ("ner",)

_ORIGINAL = SpacyNLP.load_model


def _meta(spacy_model_name: str) -> dict:
    """The installed model package's ``meta.json`` (empty when no such package is installed)."""
    if not spacy_model_name or not spacy.util.is_package(spacy_model_name):
        return {}
    return spacy.util.load_meta(spacy.util.get_package_path(spacy_model_name) / "meta.json")


def _excluded(meta: dict) -> list[str]:
    return [name for name in meta.get("components", meta.get("pipeline", [])) if name not in KEPT]


def excluded_parts(spacy_model_name: str) -> list[str]:
    """The parts of the installed model that are not in :data:`KEPT`."""
    return _excluded(_meta(spacy_model_name))


def load_model(spacy_model_name: str) -> SpacyModel:
    """``SpacyNLP.load_model`` without the parts the pipeline does not read; Rasa's own load (and its error
    messages) for a missing name, a model that is not installed as a package or one this spaCy cannot run."""
    meta = _meta(spacy_model_name)
    if not meta or not spacy.util.is_compatible_version(spacy.about.__version__, meta.get("spacy_version", "")):
        return _ORIGINAL(spacy_model_name)
    language = spacy.load(spacy_model_name, exclude=_excluded(meta))
    return SpacyModel(model=language, model_name=spacy_model_name)


def install() -> None:
    """Make ``SpacyNLP`` load the model without the parts the pipeline does not read."""
    SpacyNLP.load_model = staticmethod(load_model)
