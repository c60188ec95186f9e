"""The review's notes on the form of a mentee's text (SMS spelling, sign-off, pushy demand, English fillers) read
as a careful writer's, in both tones: no grammar error for Grammalecte, no « … »."""

import pytest

from assistant.practice.form_slips import form_notes, form_slips
from tests.writing.grammar import available, grammar_errors

pytestmark = pytest.mark.skipif(not available(), reason="python3-grammalecte is not installed")

TYPED = (
    "cc, jsuis apprentie et tres motivée, jai un projet, dsl du retard. rappelle moi vite, c'est urgent. "
    "Hi, thanks, let me know, take care. gros bisous"
)


@pytest.mark.parametrize("tu", [True, False])
def test_every_form_note_reads_well(tu):
    notes = form_notes(form_slips(TYPED), tu=tu)
    assert len(notes) == 4
    for note in notes:
        ours = [str(f) for f in grammar_errors(note) if f.excerpt not in TYPED]  # the mentee's quoted slips aside
        assert not ours, (note, ours)
        assert "…" not in note and "..." not in note and "{" not in note
