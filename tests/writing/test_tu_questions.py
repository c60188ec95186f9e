"""Every question of the bank in « tu », and the check-in's sentences to the mentor in « tu », read by Grammalecte.

The questions are rendered for every skill area, first meeting and follow-up, and three kinds of mentor
(tests/unit/tu_contexts.py), then put in « tu » the way a preparation shows them: no grammar error (typography
aside), no « vous » left, and the same question otherwise (the words the register does not touch, in order).
"""

from __future__ import annotations

import re

import pytest

from assistant.checkin.render import step_text
from assistant.common import spelling
from assistant.common.tutoiement import to_tu
from assistant.journal.render import followup_question
from tests.unit.tu_contexts import bank_questions
from tests.writing.grammar import available, grammar_errors

pytestmark = [
    pytest.mark.skipif(not available(), reason="python3-grammalecte is not installed"),
    pytest.mark.skipif(spelling.checker() is None, reason="hunspell-fr-classical not installed"),
]

_SECOND_PLURAL = re.compile(r"\b(?:vous|votre|vos|vôtres?)\b", re.I)


def _untouched(text: str, other: str) -> list[str]:
    """The words of ``text`` that are in ``other`` too, in order: what the register leaves alone."""
    theirs = set(re.findall(r"[\w]+", other.lower()))
    return [w for w in re.findall(r"[\w]+", text.lower()) if w in theirs]


QUESTIONS = [q.text for q in bank_questions()] + [followup_question("refaire mon CV avant fin janvier")]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_question_in_tu_is_good_french(question):
    tu = to_tu(question)
    assert tu is not None
    assert not _SECOND_PLURAL.search(tu), tu
    assert grammar_errors(tu) == [], f"{tu}\n" + "\n".join(map(str, grammar_errors(tu)))
    assert _untouched(tu, question) == _untouched(question, tu), tu
    assert len(re.findall(r"[\w]+", question)) - len(re.findall(r"[\w]+", tu)) in (0, 1, 2), tu


def test_the_vous_questions_are_good_french_too():
    """The comparison is fair: the questions were good French in « vous » already."""
    assert [q for q in QUESTIONS if grammar_errors(q)] == []


@pytest.mark.parametrize("step", ["trust", "feedback_give", "review", "expectations", "rhythm_fixed"])
def test_the_check_in_s_sentence_to_the_mentor_in_tu_is_good_french(step):
    text = step_text(step, "Claire", tu=True)
    quoted = " ".join(re.findall(r"«([^»]*)»", text))
    assert quoted
    assert not _SECOND_PLURAL.search(quoted), quoted
    assert grammar_errors(text) == [], "\n".join(map(str, grammar_errors(text)))
