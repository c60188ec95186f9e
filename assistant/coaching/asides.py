"""Is a message typed while a form waits for an answer that answer, or something else?

A form takes the text of the next message as the answer to its question. A question about the
question (« c'est quoi un bon indicateur ? »), a greeting or a request the NLU did not recognise
must not be stored: the form explains its question and asks it again. A pasted message (the
message to review, the reply to the mentor) is an answer even when it holds questions.
"""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold, words

#: Slots whose answer is a whole message the mentee pastes or writes: greetings and questions belong in it.
PASTED = {"critique_text", "rehearsal_reply"}
#: A pasted answer has at least this many words; shorter, it is a remark to the assistant.
PASTED_MIN_WORDS = 8
#: Intents of a real answer: a message ending with « ? » is still an answer with one of these (« dans 6 mois ? »).
ANSWER_INTENTS = {"inform", "affirm", "deny"}
#: Openings that ask something of the assistant (narrower than a question: « ou alors en visio » answers).
_ASKING = re.compile(
    r"^(?:comment|pourquoi|qu'est-ce|qu'est ce|c'est quoi|c quoi|c koi|ca veut dire|ca sert|a quoi|"
    r"peux-tu|pouvez-vous|pourriez-vous|tu peux|tu pourrais|vous pouvez|vous pourriez|dis-moi|dites-moi|"
    r"explique|expliquez|donne-moi un exemple|donnez-moi un exemple|un exemple|je mets quoi|je dois mettre quoi|"
    r"je dois repondre quoi|je reponds quoi|faut mettre quoi|il faut mettre quoi|j'ecris quoi|je sais pas quoi|"
    r"je ne sais pas quoi|je comprends pas|je ne comprends pas|j'ai pas compris|je n'ai pas compris|"
    r"c'est a dire|c-a-d|cad )"
)


def is_digression(slot: str | None, text: str | None, intent: str | None) -> bool:
    """Whether ``text``, typed while the form waits for ``slot``, asks something instead of answering."""
    if slot in PASTED or not text:
        return False
    folded = fold(clean(text))
    if _ASKING.match(folded):
        return True
    return folded.rstrip().endswith("?") and intent not in ANSWER_INTENTS


def is_pasted_answer(slot: str | None, text: str | None) -> bool:
    """Whether ``text`` is long enough to be the message a pasted-message slot waits for."""
    return slot in PASTED and len(words(text or "")) >= PASTED_MIN_WORDS
