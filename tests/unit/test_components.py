"""The NLU graph components that save work: same output as Rasa's, less computation."""

import numpy as np
import pytest
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.training_data.message import Message

from components.faq_topics import FaqTopicClassifier, faq_plausible
from components.spacy_names import SpacyDocEntityExtractor
from components.text_classifier import TextClassifier

TEXTS = [
    "Je rencontre Claire Martin jeudi prochain",
    "aide-moi à écrire à Jean-Pierre Dupont, directeur chez Orange",
    "bonjour",
    "",
    "Marie m'a recommandé de contacter Paul Durand 😀",
]


@pytest.fixture(scope="module")
def spacy_model(spacy_french):
    return SpacyModel(model=spacy_french, model_name="fr_core_news_md")  # what SpacyNLP.load_model gives


class CountingLanguage:
    """The spaCy pipeline, counting how many texts it parses."""

    def __init__(self, nlp):
        self.nlp, self.calls = nlp, 0

    def __call__(self, text):
        self.calls += 1
        return self.nlp(text)


def parsed(model, case_sensitive=True):
    nlp = SpacyNLP(
        model, {**SpacyNLP.get_default_config(), "model": "fr_core_news_md", "case_sensitive": case_sensitive}
    )
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
    ours = SpacyDocEntityExtractor({"dimensions": ["PER"]}).process(
        parsed(spacy_model, case_sensitive=False), SpacyModel(counting, "fr_core_news_md")
    )
    assert counting.calls == sum(1 for t in TEXTS if t != t.lower())  # the empty text is not parsed
    assert ("PER", "Claire Martin", 13, 26) in names(ours)[0]


def ranked(*intents):
    return Message(data={"text": "x", "intent_ranking": [{"name": n, "confidence": 0.1} for n in intents]})


def test_faq_is_plausible_among_the_three_likeliest_intents():
    assert faq_plausible(ranked("faq", "greet"), "faq")
    assert faq_plausible(ranked("greet", "inform", "faq", "deny"), "faq")
    assert not faq_plausible(ranked("greet", "inform", "deny", "faq"), "faq")
    assert not faq_plausible(Message(data={"text": "/greet"}), "faq")


def test_the_text_classifier_learns_topics_from_words_and_vectors():
    texts = [
        "comment trouver un mentor",
        "où chercher un mentor",
        "trouver une mentore dans ma boîte",
        "comment remercier mon mentor",
        "dire merci à sa mentore",
        "un cadeau pour remercier mon mentor",
    ]
    topics = ["find_mentor"] * 3 + ["gratitude"] * 3
    vectors = np.vstack([np.eye(2)[0]] * 3 + [np.eye(2)[1]] * 3)
    model = TextClassifier().fit(texts, vectors, topics)
    asked = ["je cherche un mentor, où le trouver ?", "merci mentor"]
    ranking = model.rank(asked, np.vstack([np.eye(2)[0], np.zeros(2)]))
    assert ranking[0][0][0] == "find_mentor" and ranking[1][0][0] == "gratitude"
    assert abs(sum(p for _, p in ranking[0]) - 1.0) < 1e-6  # probabilities over the topics


def test_the_fast_probabilities_are_scikit_learns_and_are_not_saved():
    import pickle

    texts = ["trouver un mentor", "remercier un mentor", "préparer une rencontre", "bonjour", "merci beaucoup"]
    labels = ["find", "thank", "prepare", "greet", "thank"]
    model = TextClassifier().fit(texts, np.eye(5, 3), labels)
    features = model._features(["je cherche un mentor", "bonjour merci", "zzz"], np.zeros((3, 3)))
    assert np.allclose(model._probabilities(features), model.classifier.predict_proba(features), atol=1e-12)
    assert "_coef_t" in model.__dict__ and "_coef_t" not in pickle.loads(pickle.dumps(model)).__dict__
    two = TextClassifier().fit(texts[:2], np.eye(2, 3), labels[:2])  # binary: scikit-learn's own logistic
    features = two._features(["je cherche un mentor"], np.zeros((1, 3)))
    assert np.allclose(two._probabilities(features), two.classifier.predict_proba(features))


def test_the_classifier_ranks_only_plausible_questions():
    component = object.__new__(FaqTopicClassifier)
    component.config = FaqTopicClassifier.get_default_config()
    component.model = TextClassifier().fit(
        ["trouver un mentor", "remercier un mentor"], np.eye(2, 300), ["find_mentor", "gratitude"]
    )  # messages without a spaCy doc: zero vector
    question, greeting = ranked("faq", "ask_question"), ranked("greet", "how_are_you", "thanks")
    component.process([question, greeting])
    assert question.get("response_selector")["faq"]["ranking"][0]["intent_response_key"].startswith("faq/")
    assert greeting.get("response_selector") is None


def test_sms_words_are_not_names():
    from components.spacy_names import plausible_name

    assert plausible_name("Inès Garnier") and plausible_name("julien moreau")
    assert not plausible_name("pr") and not plausible_name("jsp") and not plausible_name("A.")


def test_a_promoted_intent_leads_clearly_and_the_ranking_still_sums_to_one():
    from components.intent_classifier import promote

    ranked = promote([("inform", 0.95), ("revise_draft", 0.04), ("faq", 0.01)], "revise_draft")
    assert ranked[0] == ("revise_draft", 0.9) and ranked[1][0] == "inform"
    assert ranked[0][1] - ranked[1][1] > 0.5  # no ambiguity for the FallbackClassifier
    assert abs(sum(p for _, p in ranked) - 1.0) < 1e-9


def test_an_unsure_question_with_a_clear_topic_goes_to_the_knowledge_base():
    from components.faq_topics import question_for_the_knowledge_base

    def message(text, first, confidence):
        return Message(data={"text": text, "intent": {"name": first, "confidence": confidence}})

    assert question_for_the_knowledge_base(message("comment écouter ? je décroche", "inform", 0.3), "faq", 0.8)
    assert not question_for_the_knowledge_base(message("comment écouter ?", "inform", 0.3), "faq", 0.5)  # unclear topic
    assert not question_for_the_knowledge_base(message("je décroche souvent", "inform", 0.3), "faq", 0.9)  # no « ? »
    assert not question_for_the_knowledge_base(message("en visio ?", "inform", 0.8), "faq", 0.9)  # a sure answer


def test_a_message_is_cut_into_its_sentences():
    from components.faq_topics import sentence_spans

    text = "Je termine ma thèse. Pourquoi un mentor ? Éclairez-moi… merci"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Je termine ma thèse.",
        "Pourquoi un mentor ?",
        "Éclairez-moi…",
        "merci",
    ]
    assert sentence_spans("un mentor, c'est quoi ?") == [(0, 23)]
    assert sentence_spans("") == []


def test_a_clear_sentence_speaks_for_an_unclear_message():
    from components.faq_topics import clearer

    whole = [("why_important", 0.38), ("what_is", 0.21)]
    clear, vague = [("why_important", 0.78), ("what_is", 0.05)], [("network", 0.3), ("what_is", 0.2)]
    assert clearer(whole, [vague, clear]) == clear
    assert clearer(whole, [vague]) == whole  # no sentence is clear either
    sure = [("trust", 0.6), ("roles", 0.1)]
    assert clearer(sure, [[("roles", 0.9)]]) == sure  # the whole is clear enough
    assert clearer(whole, []) == whole


def test_the_topic_of_a_long_message_comes_from_its_clear_sentence(spacy_french):
    nlp = spacy_french
    context, question = "Je termine ma thèse au laboratoire.", "Pourquoi le mentorat est-il si important ?"
    text = f"{context} {question}"

    class Rankings:  # what a trained classifier said of each text, to follow them through the component
        said = {
            text: [("gratitude", 0.38), ("why_important", 0.3)],
            context: [("gratitude", 0.5), ("trust", 0.2)],
            question: [("why_important", 0.9), ("gratitude", 0.05)],
        }

        def rank(self, texts, vectors):
            assert vectors.shape == (len(texts), 300) and np.abs(vectors).sum() > 0  # spaCy's vectors, not zeros
            return [self.said[t] for t in texts]

    component = object.__new__(FaqTopicClassifier)
    component.config, component.model = FaqTopicClassifier.get_default_config(), Rankings()
    message = ranked("faq", "ask_question")
    message.set("text", text)
    message.set("text_spacy_doc", nlp(text))
    component.process([message])
    chosen = message.get("response_selector")["faq"]["response"]
    assert chosen["intent_response_key"] == "faq/why_important" and chosen["confidence"] == 0.9


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # fourteenth panel: « laisse tomber. je veux trouver un objectif …, je veux devenir dev web » only stopped
        ("laisse tomber. je veux un objectif, je suis caissier et je veux devenir infirmier", "clarify_goal"),
        ("bon oublie ça, je veux préparer ma rencontre de jeudi", "prepare_meeting"),
        ("laisse tomber", None),
        ("laisse tomber le type, c'est pas grave", None),  # a detail dropped, nothing else asked
    ],
)
def test_a_task_asked_after_dropping_the_current_one_is_that_task(text, intent):
    from components.intent_classifier import asked_after_dropping

    assert asked_after_dropping(text) == intent
