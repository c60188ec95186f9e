"""The knowledge base's topic classifier: which answer of ``faq/<topic>`` a question is asking for.

It replaces Rasa's ``ResponseSelector`` for the retrieval intent ``faq``: the shared
``TextClassifier`` (logistic regression over n-grams and spaCy's vector), trained on the questions
of each topic in seconds, picked the right topic on 0.91 of the blind questions where the neural
selector, 90 s to train, picked it on 0.80 (``docs/nlu-report.md``). Its output has the
selector's shape (``response_selector.faq.response`` and ``.ranking``), so the actions read it
the same way.

It runs only when ``faq`` is among the ``CANDIDATES`` likeliest intents of the intent classifier;
other messages get no ``response_selector`` entry, which ``actions/`` treat as « no answer ».
A question (« … ? ») whose topic it is sure of, when the intent classifier is unsure of anything,
is a question for the knowledge base: ``faq`` is then put first (« comment bien écouter ? J'ai
tendance à préparer ma réponse… » read as 0.27 inform, 0.23 prepare_meeting, 0.21 faq).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.intent_classifier import promote
from components.trained_classifier import TrainedTextClassifier

#: A message is ranked when the retrieval intent is among this many likeliest intents.
CANDIDATES = 3
#: Below this, the intent classifier is unsure of its first intent.
UNSURE_INTENT = 0.5
#: At or above this, the topic of a question is clear enough to make it a question for the knowledge base.
SURE_TOPIC = 0.7


def question_for_the_knowledge_base(message: Message, retrieval_intent: str, topic_confidence: float) -> bool:
    """Whether an unsure intent should give way to the retrieval intent: a « ? » and a clear topic."""
    intent = message.get(INTENT) or {}
    unsure = (intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0) < UNSURE_INTENT
    return (
        intent.get(INTENT_NAME_KEY) != retrieval_intent
        and unsure
        and topic_confidence >= SURE_TOPIC
        and "?" in (message.get(TEXT) or "")
    )


def faq_plausible(message: Message, retrieval_intent: str, candidates: int = CANDIDATES) -> bool:
    """Whether ``retrieval_intent`` is among the ``candidates`` likeliest intents of ``message``."""
    ranking = message.get(INTENT_RANKING_KEY) or []
    return any(entry.get(INTENT_NAME_KEY) == retrieval_intent for entry in ranking[:candidates])


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqTopicClassifier(TrainedTextClassifier):
    """Chooses the knowledge-base topic of a question (``faq/<topic>``) for the retrieval intent ``faq``."""

    FILE = "topics.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """C (inverse regularisation), the weight of the spaCy vector, the retrieval intent, the seed."""
        return {"retrieval_intent": "faq", "c": 50.0, "vector_weight": 0.5, "random_seed": 4242}

    def train(self, training_data: TrainingData) -> Resource:
        """Learn the topics from the training examples of the retrieval intent."""
        intent = self.config["retrieval_intent"]
        examples = [m for m in training_data.intent_examples if m.get(INTENT) == intent and m.get(INTENT_RESPONSE_KEY)]
        return self.fit(examples, [m.get(INTENT_RESPONSE_KEY).split("/", 1)[1] for m in examples])

    def process(self, messages: list[Message]) -> list[Message]:
        """Rank the topics of the messages that may be questions for the knowledge base."""
        intent = self.config["retrieval_intent"]
        asked = [m for m in messages if self.model is not None and faq_plausible(m, intent)]
        if not asked:
            return messages
        rankings = self.rank(asked)
        for message, ranking in zip(asked, rankings, strict=True):
            first, confidence = ranking[0]
            if question_for_the_knowledge_base(message, intent, confidence):
                ranked = promote(
                    [(e[INTENT_NAME_KEY], e[PREDICTED_CONFIDENCE_KEY]) for e in message.get(INTENT_RANKING_KEY)], intent
                )
                entries = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: p} for name, p in ranked]
                message.set(INTENT, entries[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, entries, add_to_output=True)
            message.set(
                "response_selector",
                {
                    "all_retrieval_intents": [intent],
                    intent: {
                        "response": {
                            "intent_response_key": f"{intent}/{first}",
                            "utter_action": f"utter_{intent}/{first}",
                            "confidence": confidence,
                            "responses": [],
                        },
                        "ranking": [
                            {"intent_response_key": f"{intent}/{topic}", "confidence": p} for topic, p in ranking
                        ],
                    },
                },
                add_to_output=True,
            )
        return messages
