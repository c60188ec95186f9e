"""The knowledge base's topic classifier: which answer of ``faq/<topic>`` a question is asking for.

It replaces Rasa's ``ResponseSelector`` for the retrieval intent ``faq``: the shared
``TextClassifier`` (logistic regression over n-grams and spaCy's vector), trained on the questions
of each topic in seconds, picked the right topic on 0.91 of the blind questions where the neural
selector, 90 s to train, picked it on 0.80 (``docs/nlu-report.md``). Its output has the
selector's shape (``response_selector.faq.response`` and ``.ranking``), so the actions read it
the same way.

It runs only when ``faq`` is among the ``CANDIDATES`` likeliest intents of the intent classifier;
other messages get no ``response_selector`` entry, which ``actions/`` treat as « no answer ».
"""

from __future__ import annotations

import logging
from typing import Any

import joblib
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.text_classifier import TextClassifier

logger = logging.getLogger(__name__)
#: A message is ranked when the retrieval intent is among this many likeliest intents.
CANDIDATES = 3


def faq_plausible(message: Message, retrieval_intent: str, candidates: int = CANDIDATES) -> bool:
    """Whether ``retrieval_intent`` is among the ``candidates`` likeliest intents of ``message``."""
    ranking = message.get(INTENT_RANKING_KEY) or []
    return any(entry.get(INTENT_NAME_KEY) == retrieval_intent for entry in ranking[:candidates])


def sentence_vector(message: Message) -> np.ndarray:
    """spaCy's vector of the message (made by ``SpacyNLP``); zeros when there is no document."""
    doc = message.get(SPACY_DOCS[TEXT])
    return np.asarray(doc.vector, dtype=float) if doc is not None else np.zeros(300)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqTopicClassifier(GraphComponent):
    """Chooses the knowledge-base topic of a question (``faq/<topic>``) for the retrieval intent ``faq``."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """C (inverse regularisation), the weight of the spaCy vector, the retrieval intent, the seed."""
        return {"retrieval_intent": "faq", "c": 50.0, "vector_weight": 0.5, "random_seed": 4242}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model: TextClassifier | None = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self.model_storage, self.resource, self.model = model_storage, resource, model

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> FaqTopicClassifier:
        """A component to train."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> FaqTopicClassifier:
        """The trained component (no model when it was trained without questions)."""
        try:
            with model_storage.read_from(resource) as folder:
                model = joblib.load(folder / "topics.joblib")
        except (ValueError, FileNotFoundError):
            logger.warning("No knowledge-base topic model in this model: questions will get no topic.")
            model = None
        return cls(config, model_storage, resource, model)

    def train(self, training_data: TrainingData) -> Resource:
        """Learn the topics from the training examples of the retrieval intent."""
        intent = self.config["retrieval_intent"]
        examples = [m for m in training_data.intent_examples
                    if m.get(INTENT) == intent and m.get(INTENT_RESPONSE_KEY)]
        if examples:
            topics = [m.get(INTENT_RESPONSE_KEY).split("/", 1)[1] for m in examples]
            self.model = TextClassifier(self.config["c"], self.config["vector_weight"], self.config["random_seed"]).fit(
                [m.get(TEXT) for m in examples], np.vstack([sentence_vector(m) for m in examples]), topics)
            with self.model_storage.write_to(self.resource) as folder:
                joblib.dump(self.model, folder / "topics.joblib")
        return self.resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Rank the topics of the messages that may be questions for the knowledge base."""
        intent = self.config["retrieval_intent"]
        asked = [m for m in messages if self.model is not None and faq_plausible(m, intent)]
        if not asked:
            return messages
        rankings = self.model.rank([m.get(TEXT) or "" for m in asked], np.vstack([sentence_vector(m) for m in asked]))
        for message, ranking in zip(asked, rankings, strict=True):
            first, confidence = ranking[0]
            message.set("response_selector", {
                "all_retrieval_intents": [intent],
                intent: {
                    "response": {"intent_response_key": f"{intent}/{first}", "utter_action": f"utter_{intent}/{first}",
                                 "confidence": confidence, "responses": []},
                    "ranking": [{"intent_response_key": f"{intent}/{topic}", "confidence": p} for topic, p in ranking],
                },
            }, add_to_output=True)
        return messages
