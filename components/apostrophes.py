"""A graph component that unifies French apostrophes before tokenisation.

Keyboards send both ``'`` and ``’``; spaCy splits ``l'objectif`` and ``l’objectif`` differently,
so without this the model would learn two vocabularies. The replacement keeps the text's
length, so entity offsets in the training data stay right.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.coaching.text import normalize_apostrophes


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class ApostropheNormalizer(GraphComponent):
    """Replaces typographic apostrophes by ``'`` in every message's text."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ApostropheNormalizer:
        """Build the component (it has no state)."""
        return cls()

    @staticmethod
    def _normalize(message: Message) -> None:
        text = message.get(TEXT)
        if isinstance(text, str):
            message.set(TEXT, normalize_apostrophes(text))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Normalise the training examples."""
        for message in training_data.training_examples:
            self._normalize(message)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Normalise incoming messages."""
        for message in messages:
            self._normalize(message)
        return messages
