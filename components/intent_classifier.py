"""The intent classifier: ``TextClassifier`` (logistic regression) in place of DIET.

Every training example counts under its intent (the knowledge-base questions under ``faq``). A
message that changes its mind (« en fait je préfère… ») with a switch of task among its three
likeliest intents gets that switch first (``assistant.coaching.asides.promoted_switch``), and the
instructions the assistant prints (« dites « tutoie » », « dites « stop » ») mean what they say
(``assistant.coaching.intents.instructed_intent``). The output is Rasa's: ``intent`` and
``intent_ranking``, read by the ``FallbackClassifier``, the
knowledge base's topic classifier and the policies. Entities come from other components
(``vocabulary_entities.py``, ``spacy_names.py``) and from buttons' payloads.
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
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.coaching.asides import promoted_switch
from assistant.coaching.intents import instructed_intent
from components.faq_topics import sentence_vector
from components.text_classifier import TextClassifier

logger = logging.getLogger(__name__)


#: The probability an instructed or promoted intent gets (the others share the rest in proportion).
PROMOTED_CONFIDENCE = 0.9


def promote(ranking: list[tuple[str, float]], first: str) -> list[tuple[str, float]]:
    """``ranking`` with ``first`` on top at ``PROMOTED_CONFIDENCE`` (or more), the others scaled to the rest."""
    top = max(PROMOTED_CONFIDENCE, next((p for name, p in ranking if name == first), 0.0))
    others = [(name, p) for name, p in ranking if name != first]
    total = sum(p for _, p in others) or 1.0
    return [(first, top)] + [(name, p * (1.0 - top) / total) for name, p in others]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LogisticIntentClassifier(GraphComponent):
    """Classifies a message's intent with the shared ``TextClassifier``."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """C (inverse regularisation), the weight of the spaCy vector, the seed."""
        return {"c": 100.0, "vector_weight": 1.0, "random_seed": 4242}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model: TextClassifier | None = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self.model_storage, self.resource, self.model = model_storage, resource, model

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> LogisticIntentClassifier:
        """A component to train."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> LogisticIntentClassifier:
        """The trained component."""
        try:
            with model_storage.read_from(resource) as folder:
                model = joblib.load(folder / "intents.joblib")
        except (ValueError, FileNotFoundError):
            logger.warning("No intent model in this model: every message will be unclassified.")
            model = None
        return cls(config, model_storage, resource, model)

    def train(self, training_data: TrainingData) -> Resource:
        """Learn the intents of the training examples."""
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        if examples:
            self.model = TextClassifier(self.config["c"], self.config["vector_weight"], self.config["random_seed"])
            self.model.fit([m.get(TEXT) for m in examples], np.vstack([sentence_vector(m) for m in examples]),
                           [m.get(INTENT) for m in examples])
            with self.model_storage.write_to(self.resource) as folder:
                joblib.dump(self.model, folder / "intents.joblib")
        return self.resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Set each message's intent and ranking (payloads such as ``/greet`` are already classified)."""
        todo = [m for m in messages if self.model is not None and m.get(TEXT) and not m.get(INTENT)]
        if not todo:
            return messages
        rankings = self.model.rank([m.get(TEXT) for m in todo], np.vstack([sentence_vector(m) for m in todo]))
        for message, ranking in zip(todo, rankings, strict=True):
            first = instructed_intent(message.get(TEXT)) or promoted_switch(message.get(TEXT), ranking)
            if first is not None:  # an instruction typed back, or a change of mind towards another task
                ranking = promote(ranking, first)
            ranked = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: p} for name, p in ranking]
            message.set(INTENT, ranked[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranked, add_to_output=True)
        return messages
