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

from assistant.coaching.text import clean, fold, joined, words
from assistant.common.templating import TEMPLATES, environment
from assistant.common.tutoiement import addressed

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


def in_tone(questions: tuple[Question, ...] | list[Question], tone: str) -> tuple[Question, ...]:
    """The questions as the mentee will ask them: the ones written by the coach in ``tone`` (« tu » or « vous »), the
    mentee's own as typed."""
    return tuple(q if q.origin == "mentee" else replace(q, text=addressed(q.text, tone)) for q in questions)


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


def remove_questions(questions: list[Question], numbers: tuple[int, ...]) -> Edit:
    """Remove the questions ``numbers`` (counted from 1, as the list was shown: « enlève la 4 et la 5 »)."""
    for number in numbers:
        problem = _position(number, questions)
        if problem:
            return Edit(tuple(questions), problem, detail=str(len(questions)))
    gone = sorted(set(numbers))
    removed = joined([f"« {questions[n - 1].text} »" for n in gone])
    return Edit(tuple(q for i, q in enumerate(questions, 1) if i not in gone), detail=removed)


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


def add_question(questions: list[Question], text: str | None, at: int | None = None) -> Edit:
    """Add the mentee's own question, as written (it is only ever shown as text): at position ``at`` (from 1; the
    last one the time allows, so that it is never left « si le temps le permet »), else at the end."""
    problem = check_question_text(text)
    if problem:
        return Edit(tuple(questions), problem)
    if len(questions) >= MAX_QUESTIONS:
        return Edit(tuple(questions), "full", detail=str(MAX_QUESTIONS))
    answer = _as_question(text)
    if any(words(q.text) == words(answer) for q in questions):
        return Edit(tuple(questions), "duplicate", detail=answer)
    new = Question(text=answer, category="mentee", origin="mentee")
    index = len(questions) if at is None else max(0, min(at - 1, len(questions)))
    return Edit((*questions[:index], new, *questions[index:]), added=(new,), position=index + 1)


def _as_question(text: str | None) -> str:
    """The mentee's question as it will be shown: a capital, and a question mark when it has no final mark."""
    answer = re.sub(r"^[«\"“]\s*(.+?)\s*[»\"”]$", r"\1", clean(text))  # « ajoute : « À quoi … ? » »: no quotes
    if answer[-1] not in "?!.…":
        answer += " ?"
    return answer[0].upper() + answer[1:]


def replace_question(questions: list[Question], number: int, text: str | None) -> Edit:
    """Put the mentee's own question in place of question ``number`` (counted from 1); ``detail`` is the text
    replaced, ``added`` the new question."""
    problem = _position(number, questions) or check_question_text(text)
    if problem:
        return Edit(tuple(questions), problem, detail=str(len(questions)))
    answer = _as_question(text)
    if any(words(q.text) == words(answer) for i, q in enumerate(questions, 1) if i != number):
        return Edit(tuple(questions), "duplicate", detail=answer)
    new = Question(text=answer, category="mentee", origin="mentee")
    items = list(questions)
    replaced = items[number - 1]
    items[number - 1] = new
    return Edit(tuple(items), detail=replaced.text, added=(new,), position=number)


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
