"""The mentee's tu or vous with a mentor: asked in words (assistant/common/tone.py, the instruction read by the NLU)
and chosen from what was written to that mentor (assistant/mentor_tone.py, on a migrated SQLite database)."""

from __future__ import annotations

import pytest

from assistant.coaching.instructions import instructed_intent
from assistant.common.mentor import Mentor
from assistant.common.tone import Said, parse_tone, same_mentor, tone_with
from assistant.meetings import store as preparation_store
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation
from assistant.mentor_tone import said_to_mentors, tone_for
from assistant.practice import store as practice_store


@pytest.mark.parametrize(
    ("typed", "tone"),
    [
        ("tutoie les questions", "tu"),
        ("passe les questions au tu", "tu"),
        ("on se tutoie avec elle", "tu"),
        ("tutoiement stp", "tu"),
        ("passe-les au tu", "tu"),
        ("vouvoie", "vous"),
        ("repasse au vous", "vous"),
        ("remets la préparation au vous", "vous"),
    ],
)
def test_a_tone_asked_for_the_questions_is_an_instruction_with_its_tone(typed, tone):
    assert instructed_intent(typed) == "revise_draft"
    assert parse_tone(typed) == tone


@pytest.mark.parametrize(
    "typed",
    ["mets la 5 en premier", "je vous passe mon CV en vous remerciant", "passe à la question suivante", "enlève la 3"],
)
def test_other_messages_ask_for_no_tone(typed):
    assert instructed_intent(typed) is None


def test_the_same_mentor_is_named_by_first_name_or_whole_name():
    assert same_mentor("Claire Martin", "claire")
    assert same_mentor("Mme Lemaire", "Madame Lemaire")
    assert not same_mentor("Claire Martin", "Paul Durand")
    assert not same_mentor("", "")


def test_the_latest_thing_written_to_that_mentor_gives_the_tone():
    said = [
        Said("Claire Martin", "tu", "2026-12-01T10:00:00"),
        Said("Claire", "vous", "2026-12-03T10:00:00"),
        Said("Paul Durand", "tu", "2026-12-04T10:00:00"),
    ]
    assert tone_with("Claire", said) == "vous"
    assert tone_with("Paul", said) == "tu"
    assert tone_with("Inès", said) == "vous"
    assert tone_with("Claire", said[:1]) == "tu"
    assert tone_with("Claire", [Said("Claire", "", "2026-12-05T10:00:00"), *said[:1]]) == "tu"  # no tone: ignored


def test_a_preparation_counts_only_once_its_tone_was_asked_for(database):
    practice_store.save_thank_you("alice", "Claire Martin", "tu", False, "Merci Claire !")
    details = MeetingDetails(Mentor("Claire Martin"), None, False, "cafe", 30, True, "Devenir DAF")
    saved = preparation_store.save_preparation("alice", build_preparation(details))
    assert saved.tone == "vous" and saved.tone_chosen_at == ""
    assert [s.tone for s in said_to_mentors("alice")] == ["tu"]  # the preparation's default says nothing
    assert tone_for("alice", "Claire") == "tu"
    changed = preparation_store.set_tone("alice", saved.id, "vous")
    assert changed is not None and changed.tone_chosen_at
    assert tone_for("alice", "Claire") == "vous"
    assert preparation_store.set_tone("bob", saved.id, "tu") is None  # another mentee's preparation
