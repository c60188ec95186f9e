"""The question list of a meeting preparation: chosen from the bank, then edited by the mentee.

The bank (``templates/question_bank.yml``) holds questions by category. :func:`select_questions`
picks those that fit the meeting (first or follow-up, the goal's area, what is known about the
mentor), preferring the ones that use that knowledge, and fills them in. The edit functions
return a new list or a problem name; they never change the list they are given.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from assistant.coaching.text import clean, fold, fold_same_length, words
from assistant.common.person import to_second_person
from assistant.common.templating import TEMPLATES, environment

#: Fewest and most questions a preparation starts with; up to EXTRA_QUESTIONS beyond those the time allows.
MIN_QUESTIONS, MAX_GENERATED, EXTRA_QUESTIONS = 4, 12, 3
#: Minutes one question takes with its answer (« about 2 to 3 »).
MINUTES_PER_QUESTION = 2.5
#: The most questions a preparation keeps, the mentee's own included.
MAX_QUESTIONS = 20
MAX_QUESTION_CHARS = 300
#: How many questions "more on a category" adds at most.
MORE_PER_REQUEST = 2

#: Questions per category: first meeting (expectations are agreed then) and follow-up.
QUOTAS = {
    True: {"parcours": 1, "competences": 2, "progres": 1, "reseau": 1, "feedback": 1, "attentes": 4},
    False: {"parcours": 1, "competences": 2, "progres": 2, "reseau": 1, "feedback": 2, "attentes": 1},
}
#: Which categories come first when the time is short: a first meeting agrees expectations, a follow-up
#: reviews progress.
PRIORITY = {
    True: ("competences", "attentes", "parcours", "progres", "reseau", "feedback"),
    False: ("progres", "competences", "feedback", "parcours", "reseau", "attentes"),
}
#: Category named by the mentee ("plus de questions sur le réseau") -> category key.
CATEGORY_WORDS = {
    "parcours": ("parcours", "experience", "carriere", "histoire", "metier"),
    "competences": ("competence", "competences", "skills", "savoir-faire", "apprendre", "progresser en"),
    "progres": ("progres", "mesurer", "mesure", "avancement", "indicateur", "suivi", "etapes"),
    "reseau": ("reseau", "contacts", "mise en relation", "mises en relation", "introduction", "presenter"),
    "feedback": ("feedback", "retour", "retours", "critique", "critiques", "avis"),
    "attentes": (
        "attente",
        "attentes",
        "frequence",
        "rythme",
        "disponibilite",
        "disponibilites",
        "role",
        "roles",
        "confidentialite",
        "cadre",
        "limites",
    ),
}


@dataclass(frozen=True)
class Question:
    """One question of a preparation: its text, category, and whether the mentee wrote it."""

    text: str
    category: str
    origin: str = "generated"
    bank_id: str = ""


@dataclass(frozen=True)
class Edit:
    """Outcome of an edit: the new list, or a problem (and what it concerns)."""

    questions: tuple[Question, ...] = ()
    problem: str | None = None
    detail: str = ""
    added: tuple[Question, ...] = ()
    position: int = 0

    @property
    def ok(self) -> bool:
        """True when the edit was applied."""
        return self.problem is None


@lru_cache(maxsize=1)
def bank() -> dict:
    """The question bank, loaded once per process."""
    return yaml.safe_load((TEMPLATES / "question_bank.yml").read_text(encoding="utf-8"))["categories"]


def category_label(key: str) -> str:
    """French label of a category, or ``Mes questions`` for the mentee's own."""
    return bank()[key]["label"] if key in bank() else "Mes questions"


def _eligible(entry: dict, context: dict, first: bool) -> bool:
    meeting = entry.get("meeting", "any")
    if meeting == "first" and not first or meeting == "followup" and first:
        return False
    if entry.get("areas") and context.get("area") not in entry["areas"]:
        return False
    return all(context.get(name) for name in entry.get("needs", ()))


def _order(entry: dict, seed: str) -> tuple[int, str]:
    """Tailored questions (using what we know, made for the area or for a follow-up) first, then a stable shuffle."""
    tailored = len(entry.get("needs", ())) + (2 if entry.get("areas") or entry.get("meeting") == "followup" else 0)
    mix = hashlib.sha256(f"{seed}|{entry['id']}".encode()).hexdigest()
    return (-min(tailored, 2), mix)


def _fill(entry: dict, category: str, context: dict) -> Question:
    text = environment().from_string(entry["text"]).render(**context).strip()
    return Question(text=re.sub(r"\s+", " ", text), category=category, bank_id=entry["id"])


def candidates(category: str, context: dict, first: bool) -> list[Question]:
    """Every bank question of ``category`` that fits this meeting, best first."""
    seed = "|".join(str(context.get(k, "")) for k in ("mentor", "role", "goal", "area"))
    entries = [e for e in bank()[category]["questions"] if _eligible(e, context, first)]
    if category != "attentes":  # expectations keep the bank's order: frequency, roles, availability...
        entries.sort(key=lambda e: _order(e, seed))
    return [_fill(e, category, context) for e in entries]


def main_count(question_minutes: int) -> int:
    """How many questions fit in ``question_minutes`` at about 2 to 3 minutes each (at least one)."""
    return max(1, int(question_minutes // MINUTES_PER_QUESTION))


def _by_priority(lists: dict[str, list[Question]], first: bool) -> list[Question]:
    """Every category's questions, round-robin in the meeting's order of priority, each category's best first."""
    order = PRIORITY[first]
    ranked = []
    for category in order:
        quota = QUOTAS[first][category]
        for rank, question in enumerate(lists.get(category, [])):
            ranked.append(((rank >= quota, rank, order.index(category)), question))
    return [question for _key, question in sorted(ranked, key=lambda pair: pair[0])]


def select_questions(context: dict, first: bool, question_minutes: int = 20) -> tuple[list[Question], int]:
    """The questions for this meeting and how many of them are the main ones, that the time allows.

    ``context`` holds what the templates may use: mentor, role, organisation, goal (a phrase, see
    ``phrasing``), goal_for, goal_on, measure, deadline, area (empty strings when unknown). The main questions
    (as many as ``question_minutes`` allows) come first, grouped by category; up to :data:`EXTRA_QUESTIONS`
    more follow, to ask « si le temps le permet ».
    """
    lists = {category: candidates(category, context, first) for category in QUOTAS[first]}
    ranked = _dedupe(_by_priority(lists, first))
    wanted = main_count(question_minutes)
    kept = ranked[: min(MAX_GENERATED, max(MIN_QUESTIONS, wanted + EXTRA_QUESTIONS))]
    main = min(wanted, len(kept))
    grouped = list(QUOTAS[first])

    def in_category_order(items: list[Question]) -> list[Question]:
        return sorted(items, key=lambda q: grouped.index(q.category))

    return name_goal_once(
        in_category_order(kept[:main]) + in_category_order(kept[main:]), context.get("goal_for", "")
    ), main


#: What later questions say instead of naming the goal again.
GOAL_AGAIN = "pour y parvenir"


def name_goal_once(questions: list[Question], goal_for: str) -> list[Question]:
    """The goal named (``goal_for``) in the first generated question that speaks of it, « pour y parvenir » later.

    Run again after each edit, so that a removed or moved question never leaves « y » without its goal.
    """
    if not goal_for:
        return list(questions)
    out, seen = [], False
    for question in questions:
        text = question.text
        if question.origin == "generated" and (goal_for in text or GOAL_AGAIN in text):
            said, instead = (GOAL_AGAIN, goal_for) if not seen else (goal_for, GOAL_AGAIN)
            question = replace(question, text=text.replace(said, instead))
            seen = True
        out.append(question)
    return out


def _dedupe(questions: list[Question]) -> list[Question]:
    seen: set[str] = set()
    kept = []
    for question in questions:
        key = " ".join(words(question.text))
        if key not in seen:
            seen.add(key)
            kept.append(question)
    return kept


def find_category(text: str | None) -> str | None:
    """The category a mentee names (« plus de questions sur le réseau »), or None."""
    folded = f" {fold(clean(text))} "
    if clean(text) in bank():
        return clean(text)
    best = None
    for key, names in CATEGORY_WORDS.items():
        for name in names:
            if re.search(rf"\b{re.escape(name)}\b", folded) and (best is None or len(name) > best[0]):
                best = (len(name), key)
    return best[1] if best else None


# --- edits ---------------------------------------------------------------------------------------


def _position(number: int, questions: tuple[Question, ...] | list[Question]) -> str | None:
    if not 1 <= number <= len(questions):
        return "no_such_question"
    return None


def remove_question(questions: list[Question], number: int) -> Edit:
    """Remove question ``number`` (counted from 1)."""
    problem = _position(number, questions)
    if problem:
        return Edit(tuple(questions), problem, detail=str(len(questions)))
    removed = questions[number - 1]
    return Edit(tuple(q for i, q in enumerate(questions, 1) if i != number), detail=removed.text)


def move_question(questions: list[Question], number: int, to: int) -> Edit:
    """Move question ``number`` to position ``to`` (1 = first; beyond the end = last)."""
    problem = _position(number, questions)
    if problem:
        return Edit(tuple(questions), problem, detail=str(len(questions)))
    items = list(questions)
    moved = items.pop(number - 1)
    index = max(0, min(to, len(items) + 1) - 1)
    items.insert(index, moved)
    return Edit(tuple(items), detail=moved.text, position=index + 1)


def check_question_text(text: str | None) -> str | None:
    """Why a question the mentee wrote cannot be kept (``empty``, ``too_long``), or None."""
    answer = clean(text)
    if not answer or not words(answer):
        return "empty"
    if len(answer) > MAX_QUESTION_CHARS:
        return "too_long"
    return None


def add_question(questions: list[Question], text: str | None) -> Edit:
    """Add the mentee's own question at the end, as written (it is only ever shown as text)."""
    problem = check_question_text(text)
    if problem:
        return Edit(tuple(questions), problem)
    if len(questions) >= MAX_QUESTIONS:
        return Edit(tuple(questions), "full", detail=str(MAX_QUESTIONS))
    answer = clean(text)
    if answer[-1] not in "?!.…":
        answer += " ?"
    answer = answer[0].upper() + answer[1:]
    if any(words(q.text) == words(answer) for q in questions):
        return Edit(tuple(questions), "duplicate", detail=answer)
    new = Question(text=answer, category="mentee", origin="mentee")
    return Edit((*questions, new), added=(new,))


def more_questions(questions: list[Question], category: str, context: dict, first: bool) -> Edit:
    """Add up to two unused bank questions of ``category`` after the last one of that category."""
    if len(questions) >= MAX_QUESTIONS:
        return Edit(tuple(questions), "full", detail=str(MAX_QUESTIONS))
    used = {" ".join(words(q.text)) for q in questions} | {q.bank_id for q in questions if q.bank_id}
    pool = candidates(category, context, first)
    if category == "attentes" or not first:
        pool += [q for q in candidates(category, context, not first) if q not in pool]
    fresh = [q for q in pool if q.bank_id not in used and " ".join(words(q.text)) not in used]
    room = MAX_QUESTIONS - len(questions)
    new = fresh[: min(MORE_PER_REQUEST, room)]
    if not new:
        return Edit(tuple(questions), "exhausted", detail=category_label(category))
    items = list(questions)
    last = max((i for i, q in enumerate(items) if q.category == category), default=len(items) - 1)
    items[last + 1 : last + 1] = new
    return Edit(tuple(items), added=tuple(new))


# --- reading an edit request ---------------------------------------------------------------------

_NUM = r"(?:n[°o]\s*|numero\s*|question\s*|la\s+|le\s+)*(\d{1,3})"
_REMOVE = re.compile(
    rf"\b(?:enleve|enlever|supprime|supprimer|retire|retirer|vire|virer|efface|effacer|"
    rf"oublie|barre|raye)\w*\s+(?:aussi\s+)?{_NUM}"
)
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
_ANOTHER_NUMBER = re.compile(r"^\s*(?:,|et|puis|&|\+)\s*(?:la\s+|le\s+|question\s+|n[°o]\s*)*\d{1,3}\b")
_MORE = re.compile(r"\b(?:plus de|d'autres|encore des|encore|autres|davantage de|des)\s+questions?\b")


@dataclass(frozen=True)
class EditRequest:
    """What the mentee asked: ``kind`` in {remove, move, add, more, add_ask, unknown} and its arguments."""

    kind: str
    number: int = 0
    to: int = 0
    text: str = ""
    category: str = ""


def question_about(subject: str) -> str:
    """The question to the mentor on a subject told in the third person.

    « comment il a négocié sa première promo » → « Comment vous avez négocié votre première promo ? »;
    « son passage au management » → « Pourriez-vous m'en dire plus sur votre passage au management ? ».
    """
    told = to_second_person(subject.rstrip(" ?.!"), "vous")
    if _ASKS_HOW.search(fold(told)):
        return f"{told[0].upper()}{told[1:]} ?"
    return f"Pourriez-vous m'en dire plus sur {told} ?"


def read_edit_request(text: str | None, count: int) -> EditRequest:
    """Understand « enlève la 3 », « mets la 5 en premier », « ajoute : … », « plus sur le réseau ».

    Two changes in one message (« enlève la 2 et la 3 », « supprime la 2 et ajoute : … ») give
    ``several``: the numbers would shift between them, so the mentee is asked for one at a time.
    """
    raw = clean(text)
    folded = fold_same_length(raw)
    # The text to add is taken from the original message, to keep its accents and capitals.
    about = _ADD_ABOUT.search(folded)
    if about:
        return EditRequest("add", text=question_about(raw[about.start(1) :].strip()))
    add = _ADD.search(folded)
    if add:
        start = add.start(1) if add.group(1) is not None else add.start(2)
        if _REMOVE.search(folded[: add.start()]) or _TO_FIRST.search(folded[: add.start()]):
            return EditRequest("several")
        return EditRequest("add", text=raw[start:].strip())
    if re.search(r"\b(?:ajoute|ajouter|rajoute|rajouter)\w*\b", folded):
        return EditRequest("add_ask")
    for pattern in (_REMOVE, _UNWANTED):
        match = pattern.search(folded)
        if match:
            if _ANOTHER_NUMBER.search(folded[match.end() :]):
                return EditRequest("several")
            return EditRequest("remove", number=int(match.group(1)))
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


def apply_request(request: EditRequest, questions: list[Question], context: dict, first: bool) -> Edit:
    """Carry out a ``remove``, ``move``, ``add`` or ``more`` request on the list."""
    if request.kind == "remove":
        return remove_question(questions, request.number)
    if request.kind == "move":
        return move_question(questions, request.number, request.to)
    if request.kind == "add":
        return add_question(questions, request.text)
    if request.kind == "more":
        return more_questions(questions, request.category, context, first)
    raise ValueError(f"not an edit: {request.kind}")
