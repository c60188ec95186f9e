"""What the mentee asks to change in a preparation's question list, read from a typed message (« enlève la 3 »,
« laisse tomber la 6 aussi », « mets la 5 en premier », « remplace la 2 par : … », « ajoute : … », « plus de
questions sur le réseau »), and the edit it makes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold, fold_same_length, words
from assistant.common.person import to_second_person
from assistant.meetings.questions import (
    Edit,
    Question,
    add_question,
    find_category,
    more_questions,
    move_question,
    remove_question,
    remove_questions,
    replace_question,
)

_NUM = r"(?:n[°o]\s*|numero\s*|question\s*|la\s+|le\s+)*(\d{1,3})"
_REMOVE = re.compile(
    rf"\b(?:enleve|enlever|supprime|supprimer|retire|retirer|vire|virer|efface|effacer|"
    rf"oublie|barre|raye|laisse\w* tomber)\w*\s+(?:aussi\s+)?{_NUM}"
)
#: « remplace la 2 par : … », « remplace-la par … » (the question named before, in the message or the last reply).
_REPLACE = re.compile(
    rf"\b(?:remplace|remplacer|remplacez|remplaces|change|changer|changez)(?:-la|-le| la| le)?\s+(?:{_NUM}\s+)?"
    r"par\b\s*:?\s*(.*)$"
)
#: A question named by its number earlier in the message (« la 2 ne va pas, remplace-la par : … »).
_NAMED = re.compile(r"\b(?:la|le|question|n[°o])\s*(\d{1,3})\b")
_UNWANTED = re.compile(rf"^{_NUM}\s*,?\s*(?:je n'en veux pas|non merci|pas besoin|inutile|a enlever|a virer|degage)")
_TO_FIRST = re.compile(rf"{_NUM}\s+(?:tout\s+)?(?:en|au)\s+(?:premier|premiere|1er|1ere|haut|debut|tete)")
_TO_LAST = re.compile(rf"{_NUM}\s+(?:tout\s+)?(?:a la|en)\s+(?:fin|dernier|derniere|bas)")
_TO_POSITION = re.compile(rf"{_NUM}\s+(?:en|a la|au)\s+(?:position|place|rang)?\s*(?:n[°o]\s*)?(\d{{1,3}})\b")
_TO_POSITION_AFTER = re.compile(rf"{_NUM}\s+(?:en|a la|au)\s+(\d{{1,2}})(?:e|eme|ieme)\b")
_UP = re.compile(rf"\b(?:remonte|monte|avance)\w*\s+{_NUM}")
_ADD = re.compile(
    r"\b(?:ajoute|ajouter|rajoute|rajouter|ajouterais|ajout)\w*\b[^:]*?:\s*(.+)$|"
    r"\b(?:ajoute|rajoute)\w*\s+(?:la question\s+)?((?:qu|que|quel|quelle|quels|quelles|comment|pourquoi|"
    r"est-ce|combien|ou|quand|avez|pouvez|auriez|seriez|pourriez)\b.+)$"
)
#: « ajoute-en une sur comment il a négocié son salaire », « rajoute une question à propos de son réseau ».
_ADD_ABOUT = re.compile(
    r"\b(?:ajoute|rajoute)\w*(?:[- ]en)?\s+(?:encore\s+)?(?:une|1)\s+(?:autre\s+)?(?:question\s+)?"
    r"(?:sur|a propos de|concernant|au sujet de)\s+(.+)$"
)
_ASKS_HOW = re.compile(r"^(?:comment|pourquoi|quand|combien|ou|quel|quelle|quels|quelles|ce qui|ce qu)\b")
_ANOTHER_NUMBER = re.compile(r"^\s*(?:,|et|puis|&|\+)\s*(?:la\s+|le\s+|question\s+|n[°o]\s*)*(\d{1,3})\b")
_MORE = re.compile(r"\b(?:plus de|d'autres|encore des|encore|autres|davantage de|des)\s+questions?\b")


@dataclass(frozen=True)
class EditRequest:
    """What the mentee asked: ``kind`` in {remove, remove_several, move, add, replace, more, add_ask, replace_ask,
    several, unknown} and its arguments (``number`` 0 in a ``replace``: the question meant is the one named just
    before)."""

    kind: str
    number: int = 0
    to: int = 0
    text: str = ""
    category: str = ""
    numbers: tuple[int, ...] = ()  # ``remove_several``: the questions to remove, as numbered on screen


def question_about(subject: str, tone: str = "vous") -> str:
    """The question to the mentor on a subject told in the third person, in the preparation's ``tone``.

    « comment il a négocié sa première promo » → « Comment vous avez négocié votre première promo ? »;
    « son passage au management » → « Pourriez-vous m'en dire plus sur votre passage au management ? » (« Pourrais-tu
    m'en dire plus sur ton passage au management ? » in « tu »).
    """
    told = to_second_person(subject.rstrip(" ?.!"), tone)
    if _ASKS_HOW.search(fold(told)):
        return f"{told[0].upper()}{told[1:]} ?"
    return f"{'Pourrais-tu' if tone == 'tu' else 'Pourriez-vous'} m'en dire plus sur {told} ?"


def read_edit_request(text: str | None, count: int, tone: str = "vous") -> EditRequest:
    """Understand « enlève la 3 », « mets la 5 en premier », « ajoute : … », « remplace la 2 par : … », « plus sur
    le réseau ».

    Several removals (« enlève la 2 et la 3 ») are made together, by the numbers shown; two changes of different
    kinds (« supprime la 2 et ajoute : … ») give ``several``: the numbers would shift between them, so the mentee is
    asked for one at a time. A question the coach writes
    from a subject (« ajoute-en une sur son réseau ») is in the preparation's ``tone``.
    """
    raw = clean(text)
    folded = fold_same_length(raw)
    replace = _REPLACE.search(folded)
    if replace:  # before the additions: the new question may hold any word
        named = replace.group(1) or next(
            (m.group(1) for m in reversed(list(_NAMED.finditer(folded[: replace.start()])))), "0"
        )
        new = raw[replace.start(2) :].strip()
        return EditRequest("replace" if words(new) else "replace_ask", number=int(named), text=new)
    # The text to add is taken from the original message, to keep its accents and capitals.
    about = _ADD_ABOUT.search(folded)
    if about:
        return EditRequest("add", text=question_about(raw[about.start(1) :].strip(), tone))
    add = _ADD.search(folded)
    if add:
        start = add.start(1) if add.group(1) is not None else add.start(2)
        if _REMOVE.search(folded[: add.start()]) or _TO_FIRST.search(folded[: add.start()]):
            return EditRequest("several")
        return EditRequest("add", text=raw[start:].strip())
    if re.search(r"\b(?:ajoute|ajouter|rajoute|rajouter)\w*\b", folded):
        category = find_category(folded)  # « tu peux m'en rajouter 1 ou 2 sur son parcours » (sixteenth panel)
        return EditRequest("more", category=category) if category else EditRequest("add_ask")
    for pattern in (_REMOVE, _UNWANTED):
        match = pattern.search(folded)
        if match:
            numbers, tail = [int(match.group(1))], folded[match.end() :]
            while more := _ANOTHER_NUMBER.match(tail):  # « enlève la 4 et la 5 »: both, as the list was shown
                numbers, tail = [*numbers, int(more.group(1))], tail[more.end() :]
            if len(numbers) > 1:
                return EditRequest("remove_several", numbers=tuple(numbers))
            return EditRequest("remove", number=numbers[0])
    for pattern, to in ((_TO_FIRST, 1), (_TO_LAST, count + 1)):
        match = pattern.search(folded)
        if match:
            return EditRequest("move", number=int(match.group(1)), to=to)
    for pattern in (_TO_POSITION, _TO_POSITION_AFTER):
        match = pattern.search(folded)
        if match:
            return EditRequest("move", number=int(match.group(1)), to=int(match.group(2)))
    match = _UP.search(folded)
    if match:
        number = int(match.group(1))
        return EditRequest("move", number=number, to=max(1, number - 1))
    category = find_category(folded)
    if category and (_MORE.search(folded) or len(words(folded)) <= 4):
        return EditRequest("more", category=category)
    return EditRequest("unknown")


def apply_request(
    request: EditRequest, questions: list[Question], context: dict, first: bool, room: int | None = None
) -> Edit:
    """Carry out a ``remove``, ``move``, ``add``, ``replace`` or ``more`` request on the list; an added question
    goes last of the ``room`` questions the time allows (at the end when not given)."""
    if request.kind == "replace":
        return replace_question(questions, request.number, request.text)
    if request.kind == "remove":
        return remove_question(questions, request.number)
    if request.kind == "remove_several":
        return remove_questions(questions, request.numbers)
    if request.kind == "move":
        return move_question(questions, request.number, request.to)
    if request.kind == "add":
        return add_question(questions, request.text, at=room)
    if request.kind == "more":
        return more_questions(questions, request.category, context, first)
    raise ValueError(f"not an edit: {request.kind}")
