"""Whether to answer a question from the knowledge base, ask which topic was meant, or say it is not covered.

A wrong answer costs the mentee more than a clarifying question: the assistant answers only when
the response selector is sure of one topic, offers the two likeliest topics when it hesitates
between them, and otherwise says honestly that its two source articles hold no sure answer.
Questions the articles do not cover (cost, paying a mentor, one's manager as mentor…) are a
topic of their own, ``OUTSIDE``, whose answer says so.

The thresholds were set on the held-out set ``tests/nlu/faq.yml`` (the most questions answered
right with at most 2 % answered wrong there), never on the blind set ``tests/blind/faq.yml``
that measures them.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The topic of mentoring questions that the source articles do not answer.
OUTSIDE = "outside_sources"
#: Answer when the first topic has at least this confidence…
SURE = 0.40
#: …and leads the second by at least this much; else ask between the two when both are plausible.
MARGIN = 0.15
#: The two topics offered together must cover at least this much of the confidence.
PAIR = 0.40


@dataclass(frozen=True)
class KnowledgeChoice:
    """What to do with a question: ``answer`` (one topic), ``clarify`` (two topics) or ``unsure``."""

    kind: str
    topics: tuple[str, ...] = ()

    @property
    def topic(self) -> str | None:
        """The topic answered, for an ``answer``."""
        return self.topics[0] if self.kind == "answer" else None


def ranking(selector: dict | None, retrieval_intent: str = "faq") -> list[tuple[str, float]]:
    """(topic, confidence) from a parsed message's ``response_selector``, likeliest first; [] if none."""
    entry = (selector or {}).get(retrieval_intent) or {}
    ranked = entry.get("ranking") or []
    topics = [
        (str(r.get("intent_response_key", "")).split("/", 1)[-1], float(r.get("confidence") or 0.0)) for r in ranked
    ]
    return [t for t in topics if t[0]]


def choose(topics: list[tuple[str, float]]) -> KnowledgeChoice:
    """Answer, clarify between two topics, or admit no sure answer, from the selector's ranking."""
    if not topics:
        return KnowledgeChoice("unsure")
    (first, p1), (second, p2) = topics[0], topics[1] if len(topics) > 1 else ("", 0.0)
    if first == OUTSIDE:
        return KnowledgeChoice("answer", (OUTSIDE,)) if p1 >= SURE else KnowledgeChoice("unsure")
    if p1 >= SURE and p1 - p2 >= MARGIN:
        return KnowledgeChoice("answer", (first,))
    if second and second != OUTSIDE and p1 + p2 >= PAIR:
        return KnowledgeChoice("clarify", (first, second))
    return KnowledgeChoice("unsure")
