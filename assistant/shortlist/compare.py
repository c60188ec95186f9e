"""The comparison: which candidate the coach recommends and why, and which one fits which of the mentee's goals.

The recommendation is the candidate with the most points (:data:`assistant.shortlist.model.POINTS`), ties broken
by availability, then by relevant experience (a mentor without time cannot help, however good). It is « clear »
when it leads by a whole point; the reason names the criteria where it is strong, and the ones to check (weak or
unknown). For each goal, the candidate whose role, organisation or experience shares the most words with the
goal fits it; when none shares any, the one with the strongest relevant experience does.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.coaching.text import meaningful_words
from assistant.shortlist.model import CRITERIA, POINTS, Candidate

#: Points ahead of the next candidate for a clear recommendation.
CLEAR_LEAD = 1.0
#: Words too common in goals and roles to say that a candidate fits a goal (folded).
_COMMON = {
    "devenir", "obtenir", "avoir", "etre", "faire", "mieux", "plus", "poste", "travail", "metier", "mois", "ans",
    "annee", "annees", "ici", "fin", "chez", "mon", "mes", "elle", "lui", "son", "ses", "sur", "avec", "dans",
    "pour", "tres", "bien", "experience", "objectif",
}  # fmt: skip
#: Letters a word and its variant share (« financier », « finance »).
_STEM = 6


@dataclass(frozen=True)
class GoalFit:
    """The candidate (index) that fits one goal, and the words that say why (empty: best experience)."""

    goal: str
    candidate: int
    shared: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recommendation:
    """The recommended candidate (index), whether it clearly leads, its strong criteria and those to check."""

    candidate: int
    clear: bool
    strengths: tuple[str, ...]
    to_check: tuple[str, ...]


def _order(candidate: Candidate) -> tuple[float, float, float]:
    return (
        candidate.score,
        POINTS[candidate.level("candidate_availability")],
        POINTS[candidate.level("candidate_experience")],
    )


def recommend(candidates: list[Candidate]) -> Recommendation:
    """The candidate to write to first (see the module's doc)."""
    ranked = sorted(range(len(candidates)), key=lambda i: _order(candidates[i]), reverse=True)
    best = candidates[ranked[0]]
    runner_up = candidates[ranked[1]].score if len(ranked) > 1 else 0.0
    return Recommendation(
        candidate=ranked[0],
        clear=best.score - runner_up >= CLEAR_LEAD,
        strengths=tuple(name for name in CRITERIA if best.level(name) == "strong"),
        to_check=tuple(name for name in CRITERIA if best.level(name) in ("weak", "unknown")),
    )


def _stems(text: str) -> dict[str, str]:
    """Stem -> the word as written, for the meaningful words of ``text``."""
    found: dict[str, str] = {}
    for word in text.replace("'", " ").split():
        for folded in meaningful_words(word):
            if folded not in _COMMON and len(folded) >= 3:
                found.setdefault(folded[:_STEM], word.strip(',.;:!?()«»"').lower() if not word.isupper() else word)
    return found


def _about(candidate: Candidate) -> str:
    """What the mentee said of the candidate's work: role, organisation, relevant experience."""
    experience = candidate.answers.get("candidate_experience")
    mentor = candidate.mentor
    return " ".join((mentor.role, mentor.organisation, experience.words if experience else ""))


def goal_fits(candidates: list[Candidate], goals: list[str]) -> list[GoalFit]:
    """For each goal (its statement), the candidate that fits it and the shared words (see the module's doc)."""
    fits = []
    for goal in goals:
        goal_stems = set(_stems(goal))
        scored = []
        for index, candidate in enumerate(candidates):
            words = _stems(_about(candidate))
            shared = tuple(word for stem, word in words.items() if stem in goal_stems)
            scored.append((len(shared), POINTS[candidate.level("candidate_experience")], -index, shared))
        count, _, minus_index, shared = max(scored)
        if count == 0:
            best = max(range(len(candidates)), key=lambda i: (POINTS[candidates[i].level("candidate_experience")], -i))
            fits.append(GoalFit(goal, best))
        else:
            fits.append(GoalFit(goal, -minus_index, shared[:3]))
    return fits
