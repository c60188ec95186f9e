"""Is a message typed while a form waits for an answer that answer, or something else?

A form takes the text of the next message as the answer to its question. A question about the
question (« c'est quoi un bon indicateur ? »), a greeting or a request the NLU did not recognise
must not be stored: the form explains its question and asks it again. A pasted message (the
message to review, the reply to the mentor) is an answer even when it holds questions.
"""

from __future__ import annotations

import re

from assistant.coaching.instructions import reads_as_a_date
from assistant.coaching.text import clean, fold, fold_same_length, words
from assistant.common.durations import reads_as_a_length

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


#: Interrogative words that make a sentence with « ? » a question even in the middle of a message.
_INTERROGATIVE = re.compile(
    r"\b(?:c'est quoi|quel|quelle|quels|quelles|comment|pourquoi|est-ce|lequel|laquelle|"
    r"vaut mieux|tu conseilles|vous conseillez|tu me conseilles|vous me conseillez)\b"
)


#: Intents that are never the message a pasted-message slot waits for.
NOT_A_MESSAGE = {
    "help",
    "faq",
    "bot_challenge",
    "how_are_you",
    "list_drafts",
    "list_goals",
    "show_preparation",
    "ask_data_kept",
    "export_data",
    "explain_mentoring_kinds",
    "out_of_scope",
    # commands on the mentee's own work (« supprime l'objectif 2 »), never what a mentor writes
    "delete_goal",
    "edit_goal",
    "mark_goal_reached",
    "list_actions",
    "show_journal",
    "show_progress",
    "erase_data",
}


def is_digression(slot: str | None, text: str | None, intent: str | None) -> bool:
    """Whether ``text``, typed while the form waits for ``slot``, asks something instead of answering.

    It does when it opens by asking (« c'est quoi un bon indicateur »), when a sentence with « ? »
    holds an interrogative word (« honnêtement c'est quoi le mieux, LinkedIn ou mail ? Elle… »),
    or when it ends with « ? » and the NLU did not read it as an answer (« dans 6 mois ? » is one).
    For a pasted message (which may hold questions to the mentor), only a short remark that asks
    something, or that the NLU reads as a request to the assistant, is a digression.
    """
    if not text:
        return False
    folded = fold(clean(text))
    asks = bool(_ASKING.match(folded)) or any(
        _INTERROGATIVE.search(sentence) for sentence in re.findall(r"[^.!?]*\?", folded)
    )
    if slot in PASTED:
        if is_pasted_answer(slot, text):
            return False
        return asks or folded.rstrip().endswith("?") or intent in NOT_A_MESSAGE
    return asks or (folded.rstrip().endswith("?") and intent not in ANSWER_INTENTS)


#: Openings of a message to a mentor.
_SALUTATION = re.compile(r"^(?:bonjour|bonsoir|hello|salut|cher|chere|madame|monsieur|objet)\b")


def is_pasted_answer(slot: str | None, text: str | None) -> bool:
    """Whether ``text`` reads as the message a pasted-message slot waits for, not as a remark to the assistant.

    A few words at least, and a message's shape: several sentences, a salutation, or some length.
    """
    if slot not in PASTED:
        return False
    count = len(words(text or ""))
    if count < PASTED_MIN_WORDS:
        return False
    folded = fold(clean(text))
    sentences = [part for part in re.split(r"[.!?\n]+", folded) if words(part)]
    return len(sentences) >= 2 or bool(_SALUTATION.match(folded)) or count >= 25


#: Words of a mentee changing their mind (« en fait », « finalement », « laisse tomber », « je préfère… »).
_CHANGE_OF_MIND = re.compile(
    r"\b(?:en fait|finalement|laisse tomber|j'annule|annule|annuler|"
    r"on arrete|arretons|je prefere|je prefererais|stop|plus envie|d'abord|dabord)\b|"
    # the imperative only: « j'oublie ce qu'on s'est dit », « je laisse le temps » change nothing
    r"(?<!j')(?<!\bje )(?<!\bon )(?<!\btu )(?<!\bil )(?<!\belle )\b(?:laisse|laissez|oublie|oubliez)\b"
)
#: « laisse tomber ça, mets plutôt : … », « non, écris plutôt … »: the answer given before is dropped for what follows.
_SAID_INSTEAD = re.compile(
    r"(?<!\bje )(?<!\bj')\b(?:mets|mettez|met|ecris|ecrivez|note|notez|marque|marquez)(?:-moi| moi)?\s+plutot\b\s*:?\s*"
    r"|\bplutot\s*:\s*"
    r"|\b(?:je me suis mal exprimee?|je voulais dire|je me suis trompee?|je me suis mal exprime)\s*:\s*"
)
#: « je me suis mal exprimé », « je voulais dire »: what follows corrects an answer given before (folded).
MISSPOKE = re.compile(r"\b(?:je me suis mal exprimee?|je voulais dire|je me suis trompee?)\b")


def said_instead(text: str | None) -> str | None:
    """The answer a message puts in place of the one given (« laisse tomber ça, mets plutôt : trouver un financement »
    -> « trouver un financement »), as typed; None when it puts nothing in place of anything."""
    raw = clean(text)
    found = list(_SAID_INSTEAD.finditer(fold_same_length(raw)))
    value = raw[found[-1].end() :].strip(" .!") if found else ""
    return value if words(value) else None


#: « j'ai déjà une mentore », « j'ai un mentor depuis un an » (folded): the mentee is already mentored.
_HAS_A_MENTOR = re.compile(r"\bj'ai (?:deja |maintenant |enfin )?(?:un |une )(?P<noun>mentore?)\b")


def mentor_already(text: str | None) -> str | None:
    """« une mentore » or « un mentor » when the mentee says they already have one; None otherwise."""
    found = _HAS_A_MENTOR.search(fold(clean(text)))
    if not found:
        return None
    return "une mentore" if found["noun"] == "mentore" else "un mentor"


#: Intents that leave a task for another one, or stop it.
SWITCH_INTENTS = (
    "stop",
    "clarify_goal",
    "draft_outreach",
    "prepare_meeting",
    "critique_message",
    "debrief_meeting",
    "rehearse_outreach",
    "thank_you_note",
)
#: A switch intent is promoted only when the classifier gives it at least this probability.
SWITCH_MIN_CONFIDENCE = 0.15


def changes_mind(text: str | None) -> bool:
    """Whether ``text`` says the mentee changes their mind (« en fait je préfère… », « laisse tomber »)."""
    return bool(_CHANGE_OF_MIND.search(fold(clean(text))))


def promoted_switch(text: str | None, ranking: list[tuple[str, float]], candidates: int = 3) -> str | None:
    """The intent to put first when ``text`` changes its mind and a switch is among the likeliest intents.

    « en fait je préfère d'abord écrire à une mentore, on peut faire ça ? » may be read as an
    answer with ``draft_outreach`` second: the change of mind makes the switch the intent.
    """
    if not changes_mind(text):
        return None
    for name, confidence in ranking[:candidates]:
        if name in SWITCH_INTENTS and confidence >= SWITCH_MIN_CONFIDENCE:
            return name
    return None


#: Intents that start another task; inside a form that keeps one as its answer (« préparer mon pitch » as an action
#: item, « les conseils de ma mentore » as what helped), the form is left only when the task is asked for
#: (``switch_asked``). ``scripts/form_rules.py`` writes a rule for each of them in every form.
TASK_INTENTS = frozenset(
    {
        "clarify_goal",
        "prepare_meeting",
        "debrief_meeting",
        "draft_outreach",
        "critique_message",
        "rehearse_outreach",
        "report_progress",
        "shortlist_mentors",
        "thank_you_note",
        "relationship_checkin",
        "erase_data",
    }
)
#: The intent that starts each form's own task (never a switch away from it).
FORM_TASK = {
    "goal_form": "clarify_goal",
    "meeting_form": "prepare_meeting",
    "debrief_form": "debrief_meeting",
    "journal_form": "debrief_meeting",
    "outreach_form": "draft_outreach",
    "critique_form": "critique_message",
    "rehearsal_form": "rehearse_outreach",
    "progress_form": "report_progress",
    "checkin_form": "relationship_checkin",
    "shortlist_form": "shortlist_mentors",
}
#: Asking for something: a wish, a request to the assistant, or an order (« attends, ajoute… », « note que… »).
_ASKS_FOR = re.compile(
    r"\b(?:je (?:voudrais|veux|souhaite\w*|prefere\w*)|j'aimerais|jveux|jvoudrais|j'ai besoin|"
    r"(?:tu peux|peux-tu|pouvez-vous|vous pouvez|tu pourrais|pourriez-vous|aide[sz]?-moi)\b)"
    r"|^(?:(?:attends?|euh|ah|oh|bon|ok)\W+)?(?:ajoute[sz]?|note[sz]?|notons|fais|faisons|ecris|redige[sz]?|"
    r"prepare[sz]?|passe[sz]?|passons|montre[sz]?|commence[sz]?|reviens|revenons|relis|relisez|regarde[sz]?|"
    r"verifie[sz]?|critique[sz]?)\b"
)


def switch_asked(text: str | None) -> bool:
    """Whether a message that names another task asks for it (« en fait je voudrais préparer ma rencontre »,
    « attends, ajoute d'abord une avancée ») rather than answering with it (« préparer mon pitch pour jeudi »)."""
    folded = fold(clean(text))
    return folded.startswith("/") or changes_mind(text) or bool(_ASKS_FOR.search(folded))


def leaves_for_task(form: str, slot: str | None, text: str | None, intent: str | None) -> bool:
    """Whether a message the form took as its answer asks for another task instead: the form is then left
    (a pasted message is always the answer; a few words that name a task are not a pasted message)."""
    if intent not in TASK_INTENTS or intent == FORM_TASK.get(form):
        return False
    if slot in PASTED and _NO_MESSAGE.search(fold(clean(text))[:NO_MESSAGE_WITHIN]):  # « no wait, j'ai pas de message »
        return True
    if is_pasted_answer(slot, text):
        return False
    # Too short to be the pasted message: « NON. Clarifier mon objectif. ». Longer, it may be a reply to the
    # rehearsed mentor (« tu connaîtrais quelqu'un d'autre à qui je pourrais écrire ? »): it has to ask.
    short = slot in PASTED and len(words(text or "")) < PASTED_MIN_WORDS
    return short or switch_asked(text)


#: How far into the message « je n'ai pas de message » is read (further, it may be part of a pasted message).
NO_MESSAGE_WITHIN = 40
#: « je n'ai pas de message », « j'ai rien écrit » (folded): nothing to paste, whatever follows.
_NO_MESSAGE = re.compile(
    r"\b(?:j'ai pas|je n'ai pas|jai pas|j'ai aucun|je n'ai aucun|j'ai rien|je n'ai rien) (?:de |d')?(?:message|mail|"
    r"e-mail|texte|brouillon|ecrit)"
)


#: Below this confidence a message read as small talk is an answer (an introduction, « je m'appelle Sophie, je suis
#: infirmière… », may read as a remark about one's day).
CHITCHAT_MIN_CONFIDENCE = 0.5
#: Questions whose answer is a day: « ce matin » answers them, whatever the classifier says.
DAY_SLOTS = frozenset({"journal_date", "progress_date", "meeting_when", "goal_deadline", "debrief_next_meeting"})
#: Questions whose answer is a length of time (« Trente minutes »).
LENGTH_SLOTS = frozenset({"meeting_minutes"})


def remark_is_answer(slot: str | None, text: str | None, confidence: float) -> bool:
    """Whether a message the classifier read as a remark about one's day answers the form's question after all."""
    return (
        confidence < CHITCHAT_MIN_CONFIDENCE
        or (slot in DAY_SLOTS and reads_as_a_date(text))
        or (slot in LENGTH_SLOTS and reads_as_a_length(text))
    )


#: Where a side question starts after an answer (folded text): a new sentence, « mais au fait », « d'ailleurs »,
#: « petite question : », or a comma before a question's opening (« …, c'est normal de … ? »).
_SIDE_MARKER = r"(?:(?:mais|et|ah)\s+)?(?:au fait|d'ailleurs|sinon|du coup|btw|petite question|une question|question)"
_SIDE_OPENING = re.compile(
    rf"(?:(?:(?<!\.)\.(?!\.)|[!;])+\s+|\n+|\s+-+\s+)(?:{_SIDE_MARKER}\s*[:,]?\s+)?"
    rf"|,?\s+{_SIDE_MARKER}\s*[:,]?\s+"
    r"|,\s+(?=(?:mais\s+)?(?:qu'est-ce|est-ce|c'est normal|c'est grave|c'est mieux|vous en pensez|tu en penses|"
    r"qu'en pensez|qu'en penses|comment|pourquoi|combien|je peux|on peut|faut-il|dois-je|il faut)\b)"
)
#: A marker left at the end of the answer when the question starts after a comma (« …. Au fait, comment … ? »).
_TRAILING_MARKER = re.compile(rf"[\s.!;,]*{_SIDE_MARKER}\s*[:,]?$")
#: What leads to a question without answering anything (« Avant de vous répondre, une question : … »), folded.
_LEADS_TO_A_QUESTION = re.compile(
    r"^\W*(?:avant (?:de |d')(?:vous |te )?(?:repondre|continuer|aller plus loin)|d'abord|attends?|attendez|"
    r"juste|excusez-moi|pardon|desole)\b"
)
#: Words that say nothing of an answer on their own (folded): a greeting, a filler, a courtesy.
_NOT_AN_ANSWER = frozenset(
    "bonjour bonsoir salut coucou hello hey ok okay alors bon ben bah euh hum ah merci super parfait top "
    "daccord accord tres bien voila et mais".split()
)


def side_question(text: str | None) -> tuple[str, str] | None:
    """An answer followed by a question of the mentee's own (« jeudi à 10h, mais au fait c'est normal de payer le
    café ? »): the answer and the question, in the mentee's words; None when the message is not both.

    The question is the part after the last place a side question can start (« … » leads into the question: it
    is no break); what comes before must say something (not « Bonjour. », not « Avant de vous répondre, ») and
    ask nothing."""
    raw = clean(text)
    if not raw.endswith("?"):
        return None
    folded = fold_same_length(raw)
    for opening in reversed(list(_SIDE_OPENING.finditer(folded))):
        answer, question = raw[: opening.start()], raw[opening.end() :].strip()
        marker = _TRAILING_MARKER.search(fold_same_length(answer))
        answer = (answer[: marker.start()] if marker else answer).strip(" ,;:-–")
        if "?" in answer or len(words(question)) < 3:
            continue
        said = [w for w in words(answer) if w not in _NOT_AN_ANSWER]
        if not said or _ASKING.match(fold(answer)) or _LEADS_TO_A_QUESTION.match(fold(answer)):
            return None
        return answer, question
    return None


#: A question about the answer just given (« c'est assez précis ? », « ça vous va ? »): the form's checks answer it.
_ABOUT_THE_ANSWER = re.compile(
    r"^(?:(?:c'est|c|ca|cela)\s+(?:assez\s+|bien\s+|trop\s+)?(?:bon|ok|correct|clair|precis|suffisant|juste|bien|"
    r"vague|long|court)|(?:ca|cela)\s+(?:va|vous va|te va|marche|convient)|est-ce (?:que c'est |)(?:bon|ok|assez)|"
    r"(?:ca|c'est|cela) (?:vous |te )?(?:suffit|passe))\b"
)


def asks_about_the_answer(question: str) -> bool:
    """Whether the side question asks whether the answer itself will do (« C'est assez précis comme indicateur ? »)."""
    return bool(_ABOUT_THE_ANSWER.match(fold(clean(question))))


#: A question tagged on to an answer that asks nothing of the coach (« … Vous comprenez ? », « …, tu vois ? »),
#: folded, at the end.
_TAG_QUESTION = re.compile(
    r"[\s,.!…]+(?:(?:vous|tu) (?:comprenez|comprends|voyez|vois)(?: ce que je veux dire)?|vous me suivez|tu me suis|"
    r"(?:c'est|c est) clair|voila|non|hein|quoi|vous voyez le genre|tu vois le genre)\s*\?+\s*$"
)


def without_tag_question(text: str | None) -> str | None:
    """The answer without the question tagged on to it (« … je voudrais les aider vraiment. Vous comprenez ? »);
    None when no such question ends the message, or nothing is left before it."""
    raw = clean(text)
    found = _TAG_QUESTION.search(fold_same_length(raw))
    if not found:
        return None
    answer = raw[: found.start()].strip(" ,")
    return answer if len(words(answer)) >= 2 and "?" not in answer else None
