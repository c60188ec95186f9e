"""The intent classifier: ``TextClassifier`` (logistic regression) in place of DIET.

Every training example counts under its intent (the knowledge-base questions under ``faq``). A
message that changes its mind (« en fait je préfère… ») with a switch of task among its three
likeliest intents gets that switch first (``assistant.coaching.asides.promoted_switch``), and the
instructions the assistant prints (« dites « tutoie » », « dites « stop » ») mean what they say
(``assistant.coaching.intents.instructed_intent``), and so do requests made in so many words
(« j'aimerais clarifier un objectif », « que pouvez-vous faire ? », « effacez tout »:
``requested_intent``), and a typed yes or no that says only that is one (« oui, supprimez-le »,
« non finalement je le garde »: ``typed_yes_no``); a question on how to answer (« je mets quoi ? ») is a
call for help. The output is Rasa's: ``intent`` and
``intent_ranking``, read by the ``FallbackClassifier``, the
knowledge base's topic classifier and the policies. Entities come from other components
(``vocabulary_entities.py``, ``spacy_names.py``) and from buttons' payloads.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.coaching.asides import promoted_switch, said_instead
from assistant.coaching.form_remarks import form_remark
from assistant.coaching.instructions import instructed_intent, reads_as_a_date, stops_a_habit
from assistant.coaching.intents import reached_in_doubt, requested_intent
from assistant.coaching.review_request import review_asked
from assistant.coaching.text import fold_same_length, reads_as_french
from assistant.coaching.yes_no import emoji_intent, typed_yes_no
from assistant.goals.stated import asks_to_set_a_goal, goal_in_words
from components.trained_classifier import TrainedTextClassifier

#: The probability an instructed or promoted intent gets (the others share the rest in proportion).
PROMOTED_CONFIDENCE = 0.9
#: The probability left to an intent the message cannot be (a review nobody asked for).
DEMOTED_CONFIDENCE = 0.01


def demote(ranking: list[tuple[str, float]], last: str) -> list[tuple[str, float]]:
    """``ranking`` with ``last`` moved to the end at a token probability, the others scaled to the rest."""
    others = [(name, p) for name, p in ranking if name != last]
    total = sum(p for _, p in others) or 1.0
    return [(name, p * (1.0 - DEMOTED_CONFIDENCE) / total) for name, p in others] + [(last, DEMOTED_CONFIDENCE)]


def promote(ranking: list[tuple[str, float]], first: str) -> list[tuple[str, float]]:
    """``ranking`` with ``first`` on top at ``PROMOTED_CONFIDENCE`` (or more), the others scaled to the rest."""
    top = max(PROMOTED_CONFIDENCE, next((p for name, p in ranking if name == first), 0.0))
    others = [(name, p) for name, p in ranking if name != first]
    total = sum(p for _, p in others) or 1.0
    return [(first, top)] + [(name, p * (1.0 - top) / total) for name, p in others]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LogisticIntentClassifier(TrainedTextClassifier):
    """Classifies a message's intent with the shared ``TextClassifier``."""

    FILE = "intents.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """C (inverse regularisation), the weight of the spaCy vector, the seed, the character n-grams' min_df."""
        return {"c": 100.0, "vector_weight": 1.0, "random_seed": 4242, "min_df": 2}

    def train(self, training_data: TrainingData) -> Resource:
        """Learn the intents of the training examples."""
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        return self.fit(examples, [m.get(INTENT) for m in examples])

    def process(self, messages: list[Message]) -> list[Message]:
        """Set each message's intent and ranking (payloads such as ``/greet`` are already classified).

        A message with no text but spaces is ``nlu_fallback`` for sure: the fallback says nothing was
        received (or the form says its answer is empty), where the graph would otherwise fail.
        """
        for message in messages:
            if not message.get(INTENT) and not (message.get(TEXT) or "").strip():
                blank = {INTENT_NAME_KEY: "nlu_fallback", PREDICTED_CONFIDENCE_KEY: 1.0}
                message.set(INTENT, blank, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [blank], add_to_output=True)
        todo = [m for m in messages if self.model is not None and m.get(TEXT) and not m.get(INTENT)]
        if not todo:
            return messages
        rankings = self.rank(todo)
        for message, ranking in zip(todo, rankings, strict=True):
            text = message.get(TEXT)
            first = (
                ("help" if form_remark(text) == "how_to_answer" else None)  # « sans date précise, je mets quoi ? »
                or instructed_intent(text)
                or typed_yes_no(text)
                or emoji_intent(text)  # « 😅 » is a reaction, not a goodbye
                or requested_intent(text)
                or _switch(text, ranking)
            )
            if (first or ranking[0][0]) == "stop" and said_instead(text):  # « laisse tomber ça, mets plutôt : … »
                first = "inform"  # an answer dropped for another one: never the task
            elif (first or ranking[0][0]) == "stop" and (after := asked_after_dropping(text)):
                first = after  # « laisse tomber. je veux trouver un objectif, … je veux devenir dev web »
            if first is not None:  # an instruction typed back, a request in so many words, a change of mind
                ranking = promote(ranking, first)
            elif ranking[0][0] == "critique_message" and not review_asked(text):
                ranking = demote(ranking, "critique_message")  # nobody asked for a review, nothing was pasted
            elif ranking[0][0] == "mark_goal_reached" and reached_in_doubt(text):
                ranking = demote(ranking, "mark_goal_reached")  # « … presque atteint, non ? »: never closed on that
            elif ranking[0][0] == "stop" and reads_as_a_date(text) or _close_stop(ranking) and stops_a_habit(text):
                # « j'arrête de tout contrôler », « aujourd'hui même », « laisse tomber l'orthographe, … », « non
                # laisse tomber la 6 aussi » (read 0.51 edit, 0.45 stop)
                ranking = demote(ranking, "stop")
            elif ranking[0][0] == "other_language" and reads_as_french(text):
                ranking = demote(ranking, "other_language")  # French in SMS style (« lol c quoi ça, bon go »)
            ranked = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: p} for name, p in ranking]
            message.set(INTENT, ranked[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranked, add_to_output=True)
        return messages


#: « laisse tomber. », « bon, oublie ça, » opening a message that goes on to ask something else (folded).
_DROPPED_FIRST = re.compile(
    r"^\W*(?:(?:bon|ok|non|nan|pf+)\W+)*(?:laisse[zr]? tomber|oublie[zr]?|annule[zr]?|stop|on arrete|arrete[zr]?)"
    r"(?:\s+(?:ca|tout))?\s*[.!,;:]+\s*"
)


def asked_after_dropping(text: str) -> str | None:
    """The task a message asks once it has dropped the current one (« laisse tomber. je veux devenir dev web »):
    a goal said or asked for is ``clarify_goal``; None when it asks nothing else."""
    dropped = _DROPPED_FIRST.match(fold_same_length(text))
    if not dropped or not text[dropped.end() :].strip():
        return None
    rest = text[dropped.end() :]
    if asks_to_set_a_goal(rest) or goal_in_words(rest, inside=True):
        return "clarify_goal"
    return requested_intent(rest)


def _close_stop(ranking: list[tuple[str, float]]) -> bool:
    """Whether « stop » is the first or second likeliest intent."""
    return any(name == "stop" for name, _ in ranking[:2])


def _switch(text: str, ranking: list[tuple[str, float]]) -> str | None:
    """The task a change of mind switches to; never « stop » for a detail dropped (« laisse tomber le type »)."""
    switch = promoted_switch(text, ranking)
    return None if switch == "stop" and stops_a_habit(text) else switch
