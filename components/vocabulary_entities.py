"""Skill areas and kinds of mentoring named in a message, read from the project's vocabulary.

DIET learns these two entities from a few dozen annotated examples and misses most of the ways
mentees name them (« encadrer mon équipe », « me faire des contacts »). The vocabulary of
``assistant.coaching.catalog.find_mentions`` names them the way the slot checks read them; this
component puts what it finds in place of DIET's guesses for these two entities. Kinds of
mentoring are not read in messages about a draft or a meeting, where « plus formel » is a tone
and « en visio » a meeting format.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.coaching.catalog import find_mentions

ENTITIES_READ = ("goal_area", "mentoring_kind")
#: Intents whose messages speak of a draft or a meeting: « formel », « visio » are not kinds of mentoring there.
NO_KIND_INTENTS = {"revise_draft", "draft_outreach", "finalize_draft", "critique_message", "rehearse_outreach",
                   "thank_you_note", "prepare_meeting", "edit_questions", "debrief_meeting", "show_preparation",
                   "export_preparation"}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class VocabularyEntityExtractor(GraphComponent):
    """Finds ``goal_area`` and ``mentoring_kind`` with the coaching vocabulary."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> VocabularyEntityExtractor:
        """Build the component (it has no state)."""
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to learn."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Replace the two entities of each message by the ones the vocabulary finds."""
        for message in messages:
            text = message.get(TEXT) or ""
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            wanted = ("goal_area",) if intent in NO_KIND_INTENTS else ENTITIES_READ
            found = [{"entity": m.entity, "value": m.key, "start": m.start, "end": m.end,
                      "confidence_entity": 1.0, "extractor": type(self).__name__}
                     for m in find_mentions(text, wanted)] if intent != "other_language" else []
            kept = [e for e in message.get(ENTITIES, []) if e.get("entity") not in ENTITIES_READ]
            message.set(ENTITIES, kept + found, add_to_output=True)
        return messages
