"""Every meeting and goal text, built from 24 mentees who type like real people, checked as a careful reader would.

Texts: the preparation (details, questions, agenda, checklist) for every length from 10 to 60 minutes, first
meeting and follow-up, spread over the personas; the Markdown export; the SMART summary, its confirm-step
remarks and the goal list; the goal and meeting messages that name a goal; the messages with a count (0, 1, 2,
many). Each one: no grammar error for Grammalecte (typography aside), no « … », no placeholder, no double
gender form, no phrase quoted twice, none of the mentee's misspellings; question lists hold at most one
quotation of the mentee's words and as many main questions as their time allows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache, partial

import pytest

from assistant.common.mentor import Mentor
from assistant.common.templating import message, render
from assistant.goals.model import GoalFields, GoalRecord
from assistant.goals.render import answer_remarks, goal_list, goal_summary
from assistant.goals.wording import goal_reference, inline
from assistant.meetings.agenda import question_minutes
from assistant.meetings.answers import read_mentor
from assistant.meetings.model import Preparation
from assistant.meetings.preparation import build_preparation, details_from_goals, question_context
from assistant.meetings.questions import main_count
from assistant.meetings.render import main_questions, preparation_markdown, preparation_messages
from tests.writing.grammar import available, grammar_errors
from tests.writing.meeting_personas import PERSONAS, Persona

pytestmark = pytest.mark.skipif(not available(), reason="python3-grammalecte is not installed")

TODAY = date(2026, 12, 5)
DEADLINE = date(2027, 9, 30)
BY_KEY = {p.key: p for p in PERSONAS}


@dataclass(frozen=True)
class Text:
    """One generated text (for the summary's remarks: all those one mentee is shown), who it is for, what it is.

    Its words are built when a test reads them, not when pytest collects the module: building them spells the
    personas' words with the dictionary (half a minute), which every pytest worker would pay otherwise.
    """

    kind: str
    persona: str
    build: Callable[[], str | tuple[str, ...]] = field(compare=False, repr=False)
    minutes: int = 0
    first: bool = True

    @property
    def bodies(self) -> tuple[str, ...]:
        built = self.build()
        return (built,) if isinstance(built, str) else built

    @property
    def preparation(self) -> Preparation:
        return prepared(self.persona, self.minutes, self.first)


def later(make: Callable[..., str | tuple[str, ...]], *args: object, **kwargs: object) -> Callable:
    """``make(*args, **kwargs)``, computed the first time it is asked for, then kept."""
    return cache(partial(make, *args, **kwargs))


def mentor_of(p: Persona) -> Mentor:
    """The mentor as the meeting form keeps it (actions/meeting_form.validate_meeting_mentor)."""
    mentor = read_mentor(p.mentor).value
    return Mentor(mentor.name or mentor.role, mentor.role if mentor.name else "", mentor.organisation)


def goal_of(p: Persona) -> GoalFields:
    return GoalFields(p.area or "carriere", p.statement, p.measure or "x", DEADLINE, p.motivation or "x", p.kind)


@cache
def prepared(key: str, minutes: int, first: bool) -> Preparation:
    """The preparation as actions/meeting_preparation builds it: goal or topic, then subject and measure written out."""
    p = BY_KEY[key]
    goals = [] if p.topic else [GoalRecord(1, 1, goal_of(p))]
    starts = datetime(2026, 12, 10, 9 + minutes % 8, 30 if minutes % 2 else 0) if minutes % 3 else None
    details = details_from_goals(
        mentor_of(p), starts, starts is not None, p.meeting_format, minutes, first, goals, topic=p.statement
    )
    details = replace(details, subject=inline(details.subject), measure=inline(details.measure))
    return build_preparation(details)


PREPARATION_PARTS = ("header", "questions", "agenda", "checklist")


def preparation_part(key: str, minutes: int, first: bool, part: str) -> str:
    messages = preparation_messages(prepared(key, minutes, first), message("preparation_heading_new"))
    return messages[PREPARATION_PARTS.index(part)]


def preparation_texts() -> list[Text]:
    texts = []
    combos = [(m, first) for m in range(10, 61) for first in (True, False)]
    for n, (minutes, first) in enumerate(combos):
        p = PERSONAS[n % len(PERSONAS)]
        for kind in PREPARATION_PARTS:
            texts.append(Text(kind, p.key, later(preparation_part, p.key, minutes, first, kind), minutes, first))
    for p in PERSONAS:
        texts.append(Text("markdown", p.key, later(lambda key: preparation_markdown(prepared(key, 45, True)), p.key)))
    return texts


@cache
def goal_bodies(n: int) -> dict[str, str | tuple[str, ...]]:
    """The goal texts of the ``n``-th persona (who has a goal, not a topic), by kind."""
    p = PERSONAS[n]
    goal = goal_of(p)
    after = PERSONAS[(n + 1) % len(PERSONAS)]
    other = goal_of(after) if not after.topic else goal
    records = [GoalRecord(1, 1, goal), GoalRecord(2, 2, other, status="reached" if n % 2 else "active")]
    reference = goal_reference(p.statement)
    return {
        "summary": goal_summary(goal, heading=message("summary_heading_new"), today=TODAY),
        "remark": tuple(answer_remarks(goal)),
        "goal_list": goal_list(records[: 1 + n % 2], today=TODAY),
        "goal_reached": message("goal_reached", number=1 + n % 3, statement=reference),
        "confirm_delete": message("confirm_delete", number=1 + n % 3, statement=reference),
        "goal_intro_stated": message("goal_intro_stated", goal=inline(p.statement)),
        "ask_goal_measure": message("ask_goal_measure", statement=inline(p.statement)),
        "corrected": message("goal_form_corrected", field="goal_measure", value=inline(p.measure)),
    }


@cache
def persona_bodies(n: int) -> dict[str, str]:
    """The welcome back and meeting texts that name the ``n``-th persona's goal or mentor, by kind."""
    p = PERSONAS[n]
    reference = goal_reference(p.statement)
    welcome = message("welcome_back_goal", statement=reference, deadline="30 septembre 2027", others=n % 3)
    mentor = mentor_of(p).name
    return {
        "welcome_back": message("welcome_back", parts=[welcome]),
        "meeting_goal_kept": message("meeting_goal_kept", statement=reference),
        "meeting_intro_known": message("meeting_intro_known", mentor=mentor),
        "ask_debrief_next_steps": message("ask_debrief_next_steps", mentor=mentor),
    }


GOAL_KINDS = ("summary", "remark", "goal_list", "goal_reached", "confirm_delete", "goal_intro_stated")
GOAL_KINDS += ("ask_goal_measure", "corrected")
PERSONA_KINDS = ("welcome_back", "meeting_goal_kept", "meeting_intro_known", "ask_debrief_next_steps")


def goal_texts() -> list[Text]:
    texts = []
    for n, p in enumerate(PERSONAS):
        if not p.topic:
            texts += [Text(kind, p.key, later(lambda n, kind: goal_bodies(n)[kind], n, kind)) for kind in GOAL_KINDS]
    for n, p in enumerate(PERSONAS):
        texts += [Text(kind, p.key, later(lambda n, kind: persona_bodies(n)[kind], n, kind)) for kind in PERSONA_KINDS]
    return texts


def count_texts() -> list[Text]:
    texts = [Text("goal_list", "", later(render, "goal_list.txt.j2", goals=[]))]
    for count in (1, 2, 7):
        texts += [
            Text("saved_goals_kept", "", later(message, "saved_goals_kept", count=count)),
            Text("goal_not_found", "", later(message, "goal_not_found", count=count)),
            Text("preparation_other_count", "", later(message, "preparation_other_count", count=count)),
            Text(
                "edit_added_more",
                "",
                later(message, "edit_added_more", count=count, label="Réseau et mises en relation"),
            ),
        ]
    for count in (0, 1, 2, 7):
        texts.append(Text("edit_no_such_question", "", later(message, "edit_no_such_question", count=count)))
        for drafts in (0, 1, 2):
            erased = {"goals": count, "drafts": drafts, "preparations": (count + drafts) % 3}
            texts.append(Text("erase_done", "", later(message, "erase_done", **erased)))
    texts.append(Text("edit_full", "", later(message, "edit_full", limit=20)))
    return texts


ALL = preparation_texts() + goal_texts() + count_texts()


def test_enough_texts_from_enough_personas():
    assert len(ALL) >= 300 and len(PERSONAS) >= 20
    assert any(t.kind == "remark" and t.bodies for t in ALL)  # a guessed spelling is proposed to at least one mentee
    assert {(t.minutes, t.first) for t in ALL if t.kind == "questions"} == {
        (m, f) for m in range(10, 61) for f in (True, False)
    }


def _quoted(text: str) -> list[str]:
    return [q.strip().lower() for q in re.findall(r"«\s*(.+?)\s*»", text)]


def _typo_in(text: str, typo: str) -> bool:
    return re.search(rf"(?<![\w']){re.escape(typo)}(?![\w'])", text) is not None


@pytest.mark.parametrize("text", ALL, ids=[f"{i}-{t.kind}-{t.persona}-{t.minutes}" for i, t in enumerate(ALL)])
def test_text_reads_as_a_careful_writer_wrote_it(text: Text):
    if text.kind == "remark" and not text.bodies:
        pytest.skip("the summary makes no remark on this mentee's goal")
    for body in text.bodies:
        check_text(body, text.persona)


def check_text(body: str, persona: str) -> None:
    assert body.strip()
    assert "…" not in body and "{{" not in body and "{%" not in body
    assert "il ou elle" not in body and not re.search(r"\w·\w", body)
    errors = grammar_errors(body)
    assert not errors, "\n".join(map(str, errors)) + "\n---\n" + body
    quoted = _quoted(body)
    assert len(quoted) == len(set(quoted)), body
    if persona:
        leftovers = [typo for typo in BY_KEY[persona].typos if _typo_in(body, typo)]
        assert not leftovers, f"{leftovers}\n---\n{body}"


@pytest.mark.parametrize("text", [t for t in ALL if t.kind == "questions"], ids=lambda t: f"{t.persona}-{t.minutes}")
def test_question_list_fits_its_time_and_quotes_the_mentee_once_at_most(text: Text):
    (body,), preparation = text.bodies, text.preparation
    main_part = body.split("Si le temps le permet :")[0]
    main = len(re.findall(r"^\d+\. ", main_part, re.M))
    spent = question_minutes(text.minutes, text.first)
    assert main == main_questions(preparation) == min(main_count(spent), len(preparation.questions))
    assert main == 1 or main * 2 <= spent  # 2 to 3 minutes each
    assert len(_quoted(body)) <= 1
    goal_for = question_context(preparation.details)["goal_for"]
    assert not goal_for or body.count(goal_for) <= 1  # named once, then « pour y parvenir »
    if main < len(preparation.questions):
        assert "Si le temps le permet :" in body
