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
A message of several sentences is also ranked sentence by sentence: when the whole is unclear and
one sentence is clear, that sentence's ranking is kept — the context a mentee gives before the
question (« je termine ma thèse… Une amie m'a conseillé… pourquoi le mentorat serait si
important. Pourriez-vous m'éclairer ? ») drowns the question (0.38 on the whole, 0.78 on it).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import SPACY_DOCS
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
#: Below this, the topic of a whole message is unclear: one of its sentences may tell it better.
UNCLEAR_WHOLE = 0.55
#: The end of a sentence: « . », « ! », « ? » or « … » followed by a space.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; one span for a text of one sentence."""
    spans, start = [], 0
    for end in SENTENCE_END.finditer(text):
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def clearer(whole: list[tuple[str, float]], parts: list[list[tuple[str, float]]]) -> list[tuple[str, float]]:
    """The ranking of the whole, or of its clearest sentence when the whole is unclear and that sentence is clear."""
    if not parts or not whole or whole[0][1] >= UNCLEAR_WHOLE:
        return whole
    best = max(parts, key=lambda ranking: ranking[0][1])
    return best if best[0][1] >= SURE_TOPIC else whole


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
        return {"retrieval_intent": "faq", "c": 50.0, "vector_weight": 0.5, "random_seed": 4242, "min_df": 1}

    def train(self, training_data: TrainingData) -> Resource:
        """Learn the topics from the training examples of the retrieval intent."""
        intent = self.config["retrieval_intent"]
        examples = [m for m in training_data.intent_examples if m.get(INTENT) == intent and m.get(INTENT_RESPONSE_KEY)]
        return self.fit(examples, [m.get(INTENT_RESPONSE_KEY).split("/", 1)[1] for m in examples])

    def rank_sentences(self, message: Message) -> list[list[tuple[str, float]]]:
        """The ranking of each sentence of a message of several sentences; none for one sentence."""
        text, doc = message.get(TEXT) or "", message.get(SPACY_DOCS[TEXT])
        spans = sentence_spans(text)
        if len(spans) < 2 or doc is None:
            return []
        parts = [doc.char_span(a, b, alignment_mode="expand") for a, b in spans]
        vectors = np.vstack(
            [np.asarray(p.vector if p is not None else np.zeros(doc.vector.shape), dtype=float) for p in parts]
        )
        return self.model.rank([text[a:b] for a, b in spans], vectors)

    def process(self, messages: list[Message]) -> list[Message]:
        """Rank the topics of the messages that may be questions for the knowledge base."""
        intent = self.config["retrieval_intent"]
        asked = [m for m in messages if self.model is not None and faq_plausible(m, intent)]
        if not asked:
            return messages
        rankings = [
            clearer(whole, self.rank_sentences(message)) for message, whole in zip(asked, self.rank(asked), strict=True)
        ]
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
