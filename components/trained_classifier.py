"""What the intent classifier and the knowledge base's topic classifier share as Rasa graph components.

Both hold one ``TextClassifier`` (``text_classifier.py``), saved with joblib in the model's storage
under ``FILE``, and read spaCy's sentence vector from the document ``SpacyNLP`` made.
"""

from __future__ import annotations

import logging
from typing import Any

import joblib
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.text_classifier import TextClassifier

logger = logging.getLogger(__name__)


def sentence_vector(message: Message) -> np.ndarray:
    """spaCy's vector of the message (made by ``SpacyNLP``); zeros when there is no document."""
    doc = message.get(SPACY_DOCS[TEXT])
    return np.asarray(doc.vector, dtype=float) if doc is not None else np.zeros(300)


class TrainedTextClassifier(GraphComponent):
    """A graph component around one ``TextClassifier``, saved as ``FILE`` in the model."""

    FILE = "classifier.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """C (inverse regularisation), the weight of the spaCy vector, the seed, the character n-grams' min_df."""
        return {"c": 50.0, "vector_weight": 0.5, "random_seed": 4242, "min_df": 1}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: TextClassifier | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self.model_storage, self.resource, self.model = model_storage, resource, model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TrainedTextClassifier:
        """A component to train."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TrainedTextClassifier:
        """The trained component; without a saved classifier (nothing to learn from), one that classifies nothing."""
        try:
            with model_storage.read_from(resource) as folder:
                model = joblib.load(folder / cls.FILE)
        except (ValueError, FileNotFoundError):
            logger.warning("%s: no trained classifier in this model.", cls.__name__)
            model = None
        return cls(config, model_storage, resource, model)

    def fit(self, examples: list[Message], labels: list[str]) -> Resource:
        """Learn ``labels`` from ``examples`` and save the classifier in the model."""
        if examples:
            self.model = TextClassifier(
                self.config["c"], self.config["vector_weight"], self.config["random_seed"], self.config["min_df"]
            )
            self.model.fit([m.get(TEXT) for m in examples], np.vstack([sentence_vector(m) for m in examples]), labels)
            with self.model_storage.write_to(self.resource) as folder:
                joblib.dump(self.model, folder / self.FILE)
        return self.resource

    def rank(self, messages: list[Message]) -> list[list[tuple[str, float]]]:
        """(label, probability) for each message, likeliest first."""
        return self.model.rank([m.get(TEXT) or "" for m in messages], np.vstack([sentence_vector(m) for m in messages]))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data
