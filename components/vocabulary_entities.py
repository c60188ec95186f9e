"""The entities typed in a message, read from the project's vocabulary (the NLU has no entity model).

- ``goal_area`` and ``mentoring_kind``: ``assistant.goals.catalog.find_mentions``, the way the
  goal form's checks read them (« encadrer mon équipe » is leadership). DIET, trained on a few
  dozen annotated examples, found 0.40 and 0.57 of them on the blind set; this finds 0.8 and 0.9.
  Kinds of mentoring are not read in messages about a draft or a meeting, where « plus formel »
  is a tone and « en visio » a meeting format.
- ``goal_number``: « l'objectif 2 », « objectif n°3 » (``assistant.goals.answers.find_goal_number``).
- ``goal_field``: « l'échéance », « le type de mentorat » when the mentee corrects or edits a goal
  (``assistant.goals.answers.find_field``).
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

from assistant.goals.answers import find_field, find_goal_number
from assistant.goals.catalog import find_mentions

ENTITIES_READ = ("goal_area", "mentoring_kind", "goal_number", "goal_field")
#: Intents whose messages name a goal's field to change.
FIELD_INTENTS = {"correct_goal_field", "edit_goal"}
#: Intents whose messages speak of a draft or a meeting: « formel », « visio » are not kinds of mentoring there.
NO_KIND_INTENTS = {
    "revise_draft",
    "draft_outreach",
    "finalize_draft",
    "critique_message",
    "rehearse_outreach",
    "thank_you_note",
    "prepare_meeting",
    "edit_questions",
    "debrief_meeting",
    "show_preparation",
    "export_preparation",
}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class VocabularyEntityExtractor(GraphComponent):
    """Finds ``goal_area`` and ``mentoring_kind`` with the coaching vocabulary."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> VocabularyEntityExtractor:
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
            if text.startswith("/") or intent == "other_language":
                continue  # a payload's entities (« /inform{"goal_area": "reseau"} ») are kept as they are
            kept = [e for e in message.get(ENTITIES, []) if e.get("entity") not in ENTITIES_READ]
            message.set(ENTITIES, kept + self.found(text, intent), add_to_output=True)
        return messages

    def found(self, text: str, intent: str | None) -> list[dict[str, Any]]:
        """The entities of ``text`` for a message of ``intent``, with their positions."""
        wanted = ("goal_area",) if intent in NO_KIND_INTENTS else ("goal_area", "mentoring_kind")
        mentions = [(m.entity, m.key, m.start, m.end) for m in find_mentions(text, wanted)]
        number = find_goal_number(text)
        if number is not None:
            mentions.append(("goal_number", number.value, number.start, number.end))
        field = find_field(text) if intent in FIELD_INTENTS else None
        if field is not None:
            mentions.append(("goal_field", field.value, field.start, field.end))
        return [
            {
                "entity": entity,
                "value": value,
                "start": start,
                "end": end,
                "confidence_entity": 1.0,
                "extractor": type(self).__name__,
            }
            for entity, value, start, end in mentions
        ]
