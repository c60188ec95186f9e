"""Every practice text, built from 24 mentees who write like real people, checked as a careful reader would.

Texts: the thank-you note (tu/vous × full/short × from a debrief / from the mentor's name only), the rehearsal
(the mentor's reply and the coach's prompt for each of the four scenarios, the model reply in both tones) and
the export summary. Each one: no grammar error for Grammalecte (typography aside), no « … », no placeholder,
no phrase quoted twice, none of the mentee's misspellings, tu/vous held, within a LinkedIn message's limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import pytest

from assistant.coaching.text import words
from assistant.common.channels import CHANNELS
from assistant.export_summary import export_summary
from assistant.practice import rehearsal
from assistant.practice.thanks import ThankYou, revised, thank_you_note
from tests.writing.grammar import available, grammar_errors
from tests.writing.practice_personas import PERSONAS, Persona

pytestmark = pytest.mark.skipif(not available(), reason="python3-grammalecte is not installed")

TODAY = date(2026, 12, 5)
LIMIT = CHANNELS["linkedin_message"][1]
TU_WORDS = {"tu", "te", "toi", "ton", "ta", "tes"}
VOUS_WORDS = {"vous", "votre", "vos"}


def facts(p: Persona, tone: str, short: bool, debriefed: bool) -> ThankYou:
    met_on = TODAY - timedelta(days=p.met_days_ago) if p.met_days_ago is not None else None
    return ThankYou(
        mentor=p.mentor,
        gender=p.gender,
        met_on=met_on if debriefed else None,
        meeting_format=p.meeting_format if debriefed else "",
        notes=p.notes if debriefed else "",
        next_steps=p.steps if debriefed else "",
        next_meeting=TODAY + timedelta(days=p.next_in_days) if debriefed and p.next_in_days else None,
        tone=tone,
        mentee_first=p.first,
        short=short,
    )


def context(p: Persona, tone: str) -> rehearsal.RehearsalContext:
    return rehearsal.RehearsalContext(
        mentor=p.mentor,
        mentee_first=p.first,
        goal=p.goal,
        ask=p.ask,
        minutes=p.minutes,
        tone=tone,
        channel=p.channel,
        gender=p.gender,
        intro=p.intro,
        measure=p.measure,
        deadline=p.deadline,
    )


def summary_document(p: Persona) -> dict:
    goals = [{"statement": g, "deadline": "2027-06-30", "status": "active"} for g in (p.goal, *p.extra_goals)]
    return {
        "created_at": "2026-11-20T09:00:00",
        "goals": goals,
        "outreach_drafts": [
            {
                "mentor": {"name": p.mentor.name, "role": p.mentor.role},
                "versions": [{"channel": p.channel}] * 2,
                "final_version": 2,
                "created_at": "2026-11-22T10:00:00",
            }
        ],
        "meeting_preparations": []
        if p.met_days_ago is None
        else [
            {
                "mentor": {"name": p.mentor.name, "role": p.mentor.role},
                "starts_at": (TODAY - timedelta(days=p.met_days_ago)).isoformat() + "T14:00",
                "questions": [{}] * 6,
                "status": "done",
                "next_meeting": (TODAY + timedelta(days=p.next_in_days)).isoformat() if p.next_in_days else None,
            }
        ],
        "outreach_practice": [
            {"kind": "critique", "score": 5, "total": 8},
            {"kind": "rehearsal", "scenario": "silence"},
        ],
        "conversation": [{}] * 12,
    }


@dataclass(frozen=True)
class Text:
    persona: Persona
    label: str
    text: str
    tone: str = ""  # the tone the text must hold (letters), "" for the coach's texts (always « vous »)


@cache
def texts() -> tuple[Text, ...]:
    built: list[Text] = []
    for p in PERSONAS:
        for tone in ("vous", "tu"):
            for debriefed in (True, False):
                full = thank_you_note(facts(p, tone, False, debriefed), TODAY)
                short = thank_you_note(revised(facts(p, tone, False, debriefed), short=True), TODAY)
                built.append(Text(p, f"thank-you {tone} debriefed={debriefed}", full, tone))
                built.append(Text(p, f"thank-you short {tone} debriefed={debriefed}", short, tone))
            ctx = context(p, tone)
            for scenario in rehearsal.SCENARIOS:
                model = rehearsal.review_reply(scenario, "D'accord, merci.", ctx).value.suggested
                built.append(Text(p, f"model reply {scenario} {tone}", model, tone))
                if tone == p.tone:
                    mentor_tone = tone if scenario != "silence" else ""
                    built.append(
                        Text(p, f"mentor reply {scenario}", rehearsal.mentor_reply(scenario, ctx), mentor_tone)
                    )
                    built.append(Text(p, f"coach prompt {scenario}", rehearsal.coach_prompt(scenario, ctx)))
        built.append(Text(p, "export summary", export_summary(summary_document(p))))
    return tuple(built)


def test_enough_texts_from_enough_personas():
    assert len(PERSONAS) >= 20 and len(texts()) >= 100


def _problems(item: Text) -> list[str]:
    text, p = item.text, item.persona
    problems = [str(f) for f in grammar_errors(text)]
    if "…" in text or "..." in text:
        problems.append("cut with an ellipsis")
    if re.search(r"\[|\]|personnalis|\{\{|\bNone\b", text):
        problems.append("placeholder or leftover")
    quotes = re.findall(r"«\s*([^»]+?)\s*»", text)
    if len(quotes) != len(set(quotes)):
        problems.append(f"a phrase quoted twice: {quotes}")
    for typo in p.typos:
        if re.search(rf"(?<![\w'-]){re.escape(typo)}(?![\w'-])", text):
            problems.append(f"the mentee's misspelling « {typo} » is in the text")
    if len(text) > LIMIT:
        problems.append(f"{len(text)} characters, over {LIMIT}")
    found = set(words(text.replace("rendez-vous", "rendezvous")))  # the noun, not the pronoun
    if item.tone == "tu" and found & VOUS_WORDS:
        problems.append(f"vous in a tu text: {found & VOUS_WORDS}")
    if item.tone == "vous" and (found & TU_WORDS or any(w.startswith("t'") for w in found)):
        problems.append(f"tu in a vous text: {found & TU_WORDS}")
    if "\n\n" in text:
        problems.append("a blank line (splits the chat bubble)")
    return problems


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.key)
def test_every_practice_text_reads_well(persona):
    failures = [
        f"[{item.label}]\n{item.text}\n→ " + "\n→ ".join(problems)
        for item in texts()
        if item.persona == persona
        for problems in [_problems(item)]
        if problems
    ]
    assert not failures, "\n\n".join(failures)


def test_short_thank_you_is_strictly_shorter_and_notes_are_used():
    by_label = {(t.persona.key, t.label): t.text for t in texts()}
    for p in PERSONAS:
        for tone in ("vous", "tu"):
            full = by_label[(p.key, f"thank-you {tone} debriefed=True")]
            short = by_label[(p.key, f"thank-you short {tone} debriefed=True")]
            assert len(short) < len(full), f"{short}\n---\n{full}"
    karim = by_label[("karim-daf", "thank-you vous debriefed=True")]
    assert "Bonjour Catherine," in karim and "passer le DSCG" in karim and "trésorerie" in karim
    assert karim.endswith("Karim")
