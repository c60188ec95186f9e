"""Every outreach draft, built from 22 mentees who type like real people, checked as a careful reader would.

The answers go through the real form validators (``actions/outreach_form.py``): the coach's proposal is
accepted when there is one, else the mentee rewrites the part. Each persona's draft is then composed for every
channel × tu/vous × revision (none, « plus court », « plus formel », « plus chaleureux », « plus formel »
then « plus court »). Each text: no grammar error for Grammalecte (typography aside), no « … », no phrase of
the mentee twice, the channel's limits (LinkedIn note 300 characters, e-mail subject 60), none of the
mentee's misspellings, tu/vous held and closings to match, signed with the first name when known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.outreach_form import ValidateOutreachForm
from assistant.coaching.text import fold, words
from assistant.common.channels import CHANNELS
from assistant.common.proofread import proofread
from assistant.outreach.compose import compose
from assistant.outreach.model import Draft, DraftStyle, OutreachRequest
from assistant.outreach.revise import read_revision
from tests.actions.conftest import make_tracker
from tests.writing.grammar import available, grammar_errors
from tests.writing.outreach_personas import PERSONAS, OutreachPersona

pytestmark = pytest.mark.skipif(not available(), reason="python3-grammalecte is not installed")

REVISIONS = (
    "",
    "plus court",
    "plus formel",
    "plus chaleureux",
    "plus formel|plus court",
    "plus chaleureux et rappelle que je l'ai rencontrée à Lyon",
)
TU_WORDS = {"tu", "te", "toi", "ton", "ta", "tes"}
VOUS_WORDS = {"vous", "votre", "vos"}


def _answer(slot: str, value: str, p: OutreachPersona) -> dict:
    """What the form keeps for ``slot``: the coach's proposal accepted, or the mentee's rewrite."""
    form = ValidateOutreachForm()
    tracker = make_tracker(text=value, active_loop="outreach_form", slots={"requested_slot": slot})
    for attempt in (value, None, p.rewrite if slot == "outreach_draw" else None):
        if attempt is None:
            continue
        dispatcher = CollectingDispatcher()
        result = getattr(form, f"validate_{slot}")(attempt, dispatcher, tracker, {})
        if result.get(slot) is not None:
            return result
        proposal = next((m.get("proposal") for m in dispatcher.messages if m.get("proposal")), "")
        if proposal:
            result = getattr(form, f"validate_{slot}")(proposal, CollectingDispatcher(), tracker, {})
            assert result.get(slot) is not None, f"the coach's own proposal is refused: {proposal}"
            return result
    raise AssertionError(f"{p.key}: no usable answer for {slot}")


@cache
def request_of(p: OutreachPersona) -> OutreachRequest:
    slots: dict = {}
    for slot, value in (
        ("outreach_mentor", p.mentor),
        ("outreach_source", p.source),
        ("outreach_draw", p.draw),
        ("outreach_intro", p.intro),
        ("outreach_ask", p.ask),
    ):
        slots.update(_answer(slot, value, p))
    goal = proofread(p.goal)
    return OutreachRequest.from_slots(slots, goal.text or goal.proposal)


@dataclass(frozen=True)
class Built:
    persona: OutreachPersona
    label: str
    draft: Draft
    base: Draft


@cache
def drafts() -> tuple[Built, ...]:
    built = []
    for p in PERSONAS:
        request = request_of(p)
        for channel in CHANNELS:
            for tone in ("vous", "tu"):
                base = compose(request, DraftStyle(channel=channel, tone=tone))
                for revision in REVISIONS:
                    style, previous, revised = base.style, base, request
                    for asked in filter(None, revision.split("|")):
                        previous = compose(revised, style)
                        change = read_revision(asked, style)
                        style = change.style or style
                        if change.extra:
                            revised = replace(revised, extra=proofread(change.extra).text)
                    label = f"{channel} {tone} {revision or 'initial'}"
                    built.append(Built(p, label, compose(revised, style), previous))
    return tuple(built)


def test_enough_drafts_from_enough_personas():
    assert len(PERSONAS) >= 20 and len(drafts()) >= 300


def _problems(item: Built) -> list[str]:
    draft, p, request = item.draft, item.persona, request_of(item.persona)
    text = draft.text
    problems = [str(f) for f in grammar_errors(text)]
    if "…" in text or "..." in text:
        problems.append("cut with an ellipsis")
    if re.search(r"\[|\]|\{\{|\bNone\b|personnalis|s'il ou elle", text):
        problems.append("placeholder or leftover")
    for phrase in (request.draw, request.intro, request.goal):
        key = fold(phrase)
        if len(key.split()) >= 3 and fold(draft.body).count(key) > 1:
            problems.append(f"the mentee's phrase « {phrase} » twice")
    for typo in p.typos:
        if re.search(rf"(?<![\w'-]){re.escape(typo)}(?![\w'-])", text):
            problems.append(f"the mentee's misspelling « {typo} » is in the text")
    limit = CHANNELS[draft.style.channel][1]
    if limit is not None and len(text) > limit:
        problems.append(f"{len(text)} characters, over {limit}")
    if len(draft.subject) > 60:
        problems.append(f"subject of {len(draft.subject)} characters")
    found = set(words(text.replace("rendez-vous", "rendezvous")))
    if draft.style.tone == "tu" and (found & VOUS_WORDS or "cordialement" in found):
        problems.append(f"vous or « cordialement » in a tu text: {found & VOUS_WORDS}")
    if draft.style.tone == "vous" and (found & TU_WORDS or any(w.startswith("t'") for w in found)):
        problems.append(f"tu in a vous text: {found & TU_WORDS}")
    first_line = draft.body.splitlines()[0]
    titled = r"(?!Madame|Monsieur|Maître|Docteur|Professeur)"  # a title and the surname is how a letter greets
    if draft.style.register == "formal" and re.match(rf"^Bonjour {titled}[A-ZÉ]\w+ [A-ZÉ]\w+,$", first_line):
        problems.append(f"first name and surname in a formal greeting: {first_line}")
    if request.first_name and draft.body.splitlines()[-1].strip() != request.first_name:
        problems.append("not signed with the mentee's first name")
    if "\n\n" in text:
        problems.append("a blank line (splits the chat bubble)")
    if item.label.endswith("plus court") and draft.style.channel != "linkedin_note":
        if len(text) >= len(item.base.text):
            problems.append("« plus court » is not shorter")
    if "rappelle" in item.label and "à Lyon" not in text:
        problems.append("the addition asked for is missing")
    return problems


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.key)
def test_every_draft_reads_well(persona):
    failures = [
        f"[{item.label}]\n{item.draft.text}\n→ " + "\n→ ".join(problems)
        for item in drafts()
        if item.persona == persona
        for problems in [_problems(item)]
        if problems
    ]
    assert not failures, "\n\n".join(failures)
