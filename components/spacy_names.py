"""People's names (spaCy PER) read from the spaCy document the pipeline already made.

Rasa's ``SpacyEntityExtractor`` runs the whole spaCy model a second time on every message,
because ``SpacyNLP`` may lower-case the text it parses. Our ``SpacyNLP`` is case-sensitive
(``config.yml``), so its document is the same one, and parsing it again only costs time: about
6 % of the Rasa server's busy time in the profile of ``docs/benchmarks.md``. This extractor uses
that document when its text is the message's text, parses the text itself otherwise, and finds
no name in an empty text without asking spaCy. Names shorter than three letters and SMS words
(« pr », « jsp ») are dropped: spaCy reads them as people in informal messages.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import SPACY_DOCS
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.common.first_names import FILLERS

#: Short SMS words spaCy sometimes reads as a person (« pr », « bjr », « jsp »).
_NOT_NAMES = {"pr", "pk", "bjr", "slt", "cc", "jsp", "stp", "svp", "dsl", "mdr", "tkt", "msg", "rdv", "ok", "bcp"}
#: … and words no name contains (« tant pis mdr » gave « pis mdr », « un msg linkedin » gave « msg linkedin »).
_NOT_IN_NAMES = (
    _NOT_NAMES
    | FILLERS  # « Hum, finalement… », « Ah non, pardon », « Bonne nouvelle »
    | set(
        """
        lol ptdr pis re bonjour bonsoir salut coucou hello merci ouais nan linkedin mail email sms message brouillon
        objectif mentor mentore hmm super parfait voila tiens mince zut ouf okay bravo top nickel
        """.split()
    )
)


def plausible_name(text: str) -> bool:
    """Whether spaCy's PER ``text`` can be a person's name: three letters at least, no SMS or chat word in it."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and not any(word.strip(".,;:!?").lower() in _NOT_IN_NAMES for word in text.split())


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False, model_from="SpacyNLP")
class SpacyDocEntityExtractor(SpacyEntityExtractor):
    """``SpacyEntityExtractor`` without the second spaCy pass."""

    def process(self, messages: list[Message], model: SpacyModel) -> list[Message]:
        """Add the configured spaCy entities (e.g. PER) of each message to its entities."""
        for message in messages:
            text = message.get(TEXT) or ""
            doc = message.get(SPACY_DOCS[TEXT])
            if text and (doc is None or doc.text != text):
                doc = model.model(text)
            found = self.add_extractor_name(self._extract_entities(doc)) if text else []
            kept = [
                e
                for e in self.filter_irrelevant_entities(found, self._config["dimensions"])
                if plausible_name(e.get("value", ""))
            ]
            message.set(ENTITIES, message.get(ENTITIES, []) + kept, add_to_output=True)
        return messages
