"""The comparison as French text: one line per candidate for the chat (it reads well in a narrow widget), a real
Markdown table for the export, and who a candidate is in a sentence or a button."""

from __future__ import annotations

from assistant.common.french import balanced
from assistant.common.mentor import Mentor
from assistant.common.templating import render
from assistant.shortlist.compare import GoalFit, Recommendation
from assistant.shortlist.model import CRITERIA, Candidate

#: Each criterion in the chat line (feminine nouns: the level agrees), and with its article in a sentence.
LABELS = {
    "candidate_experience": ("expérience utile", "l'expérience utile"),
    "candidate_availability": ("disponibilité", "la disponibilité"),
    "candidate_fit": ("compatibilité", "la compatibilité de vos valeurs et de votre façon de communiquer"),
    "candidate_track_record": ("expérience de mentor", "son expérience de mentor"),
}
LEVEL_WORDS = {"strong": "forte", "medium": "moyenne", "weak": "faible", "unknown": "à vérifier"}


def who(mentor: Mentor) -> str:
    """« Sophie Martin (DAF chez Fives) », « Paul Durand (contrôleur de gestion) », « Karim »."""
    role = " chez ".join(part for part in (mentor.role, mentor.organisation) if part)
    return balanced(f"{mentor.name} ({role})") if role else mentor.name


def _and(items: list[str]) -> str:
    """« a », « a et b », « a, b et c »."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} et {items[-1]}"


def _rows(candidates: list[Candidate]) -> list[dict]:
    return [
        {
            "who": who(candidate.mentor).replace("|", "/"),
            "cells": [
                {
                    "label": LABELS[name][0],
                    "level": LEVEL_WORDS[candidate.level(name)],
                    "words": candidate.answers[name].words.replace("|", "/") if name in candidate.answers else "",
                }
                for name in CRITERIA
            ],
        }
        for candidate in candidates
    ]


def _context(candidates: list[Candidate], recommendation: Recommendation, fits: list[GoalFit]) -> dict:
    def sentence(names: tuple[str, ...]) -> str:
        return _and([LABELS[name][1] for name in names]) if names else ""

    return {
        "rows": _rows(candidates),
        "fits": [
            {"goal": fit.goal.rstrip(" ."), "name": candidates[fit.candidate].mentor.name, "shared": list(fit.shared)}
            for fit in fits
        ],
        "best": candidates[recommendation.candidate].mentor.name,
        "clear": recommendation.clear,
        "strengths": sentence(recommendation.strengths),
        "to_check": sentence(recommendation.to_check),
    }


def comparison_text(candidates: list[Candidate], recommendation: Recommendation, fits: list[GoalFit]) -> str:
    """The comparison for the chat: a line per candidate, which fits which goal, the recommendation and why."""
    return render("shortlist_comparison.txt.j2", **_context(candidates, recommendation, fits))


def comparison_markdown(candidates: list[Candidate], recommendation: Recommendation, fits: list[GoalFit]) -> str:
    """The comparison as a Markdown table, with the mentee's words on each criterion, the goals and the advice."""
    return render("shortlist_table.md.j2", **_context(candidates, recommendation, fits))
