"""The knowledge base's answer picker, run only when a knowledge question is plausible.

Rasa's ``ResponseSelector`` runs its neural network on every message, although its answer is
only used when the intent is its retrieval intent (``faq``): by the ``utter_faq`` rule, and by
the fallback and the asides in a form, which look at the two likeliest intents. This subclass
runs it when ``faq`` is among the ``CANDIDATES`` likeliest intents of the intent classifier,
and leaves the other messages without a ``response_selector`` entry, which Rasa's retrieval
action and ``actions/courtesy.py`` both treat as « no answer ».
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import INTENT_NAME_KEY, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

CANDIDATES = 3


def faq_plausible(message: Message, retrieval_intent: str, candidates: int = CANDIDATES) -> bool:
    """Whether ``retrieval_intent`` is among the ``candidates`` likeliest intents of ``message``."""
    ranking = message.get(INTENT_RANKING_KEY) or []
    return any(entry.get(INTENT_NAME_KEY) == retrieval_intent for entry in ranking[:candidates])


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqResponseSelector(ResponseSelector):
    """``ResponseSelector`` that skips messages whose intent cannot be its retrieval intent."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Pick an answer for the messages where the retrieval intent is plausible."""
        if self.retrieval_intent is None:  # one selector for every retrieval intent: always needed
            return super().process(messages)
        super().process([m for m in messages if faq_plausible(m, self.retrieval_intent)])
        return messages
