"""Compared mentors in the export (section ``mentor_candidates``) and its French summary, gone after erasure, for
this mentee only."""

from sqlalchemy import func, select

from assistant import privacy
from assistant.export_summary import export_summary
from assistant.shortlist import store as shortlist_store
from assistant.shortlist.answers import parse_candidates, read_criterion
from assistant.shortlist.model import CRITERIA
from assistant.store.db import session_scope
from assistant.store.models import MentorCandidate
from tests.writing.grammar import grammar_errors


def _fill(sender: str) -> None:
    candidates = parse_candidates("Sophie Martin, DAF chez Fives ; Paul Durand, contrôleur de gestion").value
    answered = []
    for candidate, answer in zip(candidates, ("oui très disponible", "je ne sais pas"), strict=True):
        for name in CRITERIA:
            candidate = candidate.answered(name, read_criterion(answer).value)
        answered.append(candidate)
    shortlist_store.save_shortlist(sender, answered, recommended=0)


def _rows() -> int:
    with session_scope() as session:
        return session.execute(select(func.count(MentorCandidate.id))).scalar_one()


def test_the_export_has_the_compared_mentors_and_the_summary_names_them(database):
    _fill("alice")
    exported = privacy.export_mentee("alice")
    rows = exported["mentor_candidates"]
    assert [(r["position"], r["name"], r["role"], r["organisation"], r["recommended"]) for r in rows] == [
        (1, "Sophie Martin", "DAF", "Fives", True),
        (2, "Paul Durand", "contrôleur de gestion", "", False),
    ]
    assert rows[0]["answers"]["candidate_availability"] == {"level": "strong", "words": "oui très disponible"}
    assert rows[1]["answers"]["candidate_fit"] == {"level": "unknown", "words": ""}
    assert rows[0]["shortlist"] == rows[1]["shortlist"]
    summary = export_summary(exported)
    line = next(line for line in summary.splitlines() if "mentors potentiels" in line)
    assert line == "• 2 mentors potentiels comparés ; la dernière comparaison conseillait Sophie Martin."
    assert grammar_errors(line) == []


def test_erasure_removes_the_compared_mentors_of_this_mentee_only(database):
    _fill("alice")
    _fill("bob")
    removed = privacy.erase_mentee("alice")
    assert removed["mentor_candidates"] == 2
    assert privacy.export_mentee("alice")["mentor_candidates"] == []
    assert _rows() == 2
    assert len(privacy.export_mentee("bob")["mentor_candidates"]) == 2
    assert "mentors potentiels" not in export_summary(privacy.export_mentee("alice"))
