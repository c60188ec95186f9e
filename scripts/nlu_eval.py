"""Score a trained model on the held-out set ``tests/nlu`` and the blind sets ``tests/blind``.

The model is loaded once in this process and every message is parsed as the Rasa server would
parse it. Scores:

- intents: macro-F1 over the intents of the set;
- knowledge base: topic accuracy (the selector's first topic), and what the assistant would do with
  the question (``assistant.coaching.knowledge.choose``): answer right, answer wrong (« confidently
  wrong »), ask between two topics, or say it has no sure answer; for questions the articles do not
  cover (``none`` in the blind set), any answer but the ``outside_sources`` one is wrong;
- entities ``goal_area`` and ``mentoring_kind``: F1 on (entity, value) pairs per message.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.coaching.knowledge import OUTSIDE, choose, ranking  # noqa: E402
from tests.blind import sets  # noqa: E402

SCORED_ENTITIES = ("goal_area", "mentoring_kind")
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\(([^)]*)\)|(\{[^}]*\}))")


@dataclass
class Example:
    """One message with what it should be understood as."""

    text: str
    intent: str
    topic: str | None = None  # knowledge-base topic for intent faq; "none" when the articles lack it
    entities: set[tuple[str, str]] = field(default_factory=set)
    register: str = ""
    annotated: bool = True  # whether every entity of the message is annotated (entity scores use only these)


def _annotated(example: str) -> tuple[str, set[tuple[str, str]]]:
    """Plain text and (entity, value) pairs of a Rasa-annotated example."""
    pairs = set()
    for match in _ANNOTATION.finditer(example):
        if match.group(2):
            pairs.add((match.group(2), match.group(1)))
        else:
            spec = yaml.safe_load(match.group(3))
            pairs.add((spec["entity"], str(spec.get("value", match.group(1)))))
    return _ANNOTATION.sub(r"\1", example), pairs


def held_out(folder: Path = ROOT / "tests" / "nlu") -> list[Example]:
    """The examples of the held-out set in Rasa's NLU format (the topic files, not entities/)."""
    found = []
    # Only the files of entities/ annotate every entity; the topic files are for intents.
    for path in sorted(folder.glob("*.yml")) + sorted(folder.glob("entities/*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" not in block:
                continue
            intent, _, topic = block["intent"].partition("/")
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    text, pairs = _annotated(line.strip()[2:])
                    found.append(Example(text, intent, topic or None, pairs, annotated=path.parent.name == "entities"))
    return found


def blind() -> dict[str, list[Example]]:
    """The blind sets as examples: intents (with entities), knowledge-base questions, form digressions."""
    intents = [
        Example(
            e["text"],
            e["item"],
            None,
            {(x["entity"], x["value"]) for x in e.get("entities") or []},
            e.get("register", ""),
        )
        for name in ("intents", "entities")
        for e in sets.load(name)
    ]
    faq = [
        Example(e["text"], "faq", e["item"], set(), e.get("register", ""), annotated=False) for e in sets.load("faq")
    ]
    digressions = [
        Example(e["text"], e["intent"], None, set(), e.get("register", ""), annotated=False)
        for name in ("form_slots_goal_debrief", "form_slots_outreach_meeting")
        for e in sets.load(name)
        if e.get("kind") == "digression"
    ]
    built = set(yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["intents"])
    relationship = [
        Example(e["text"], e["item"], None, set(), e.get("register", ""), annotated=False)
        for e in sets.load("relationship_intents")
        if e["item"] in built  # written before the features: intents not built yet are left out
    ]
    return {"intents": intents, "faq": faq, "digressions": digressions, "relationship intents": relationship}


def parse_all(model: Path, texts: list[str]) -> list[dict]:
    """Every text parsed by the model, as the Rasa server parses a message."""
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))

    async def run() -> list[dict]:
        return [await agent.parse_message(text) for text in texts]

    return asyncio.run(run())


def macro_f1(truth: list[str], guess: list[str]) -> float:
    """Macro-F1 over the labels present in ``truth``."""
    scores = []
    for label in sorted(set(truth)):
        tp = sum(t == g == label for t, g in zip(truth, guess, strict=True))
        fp = sum(g == label != t for t, g in zip(truth, guess, strict=True))
        fn = sum(t == label != g for t, g in zip(truth, guess, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def intent_of(parsed: dict) -> str:
    """The intent the model chose (``nlu_fallback`` included)."""
    return (parsed.get("intent") or {}).get("name") or ""


def entity_pairs(parsed: dict) -> set[tuple[str, str]]:
    """The scored (entity, value) pairs the model found."""
    return {(e["entity"], str(e.get("value"))) for e in parsed.get("entities") or [] if e["entity"] in SCORED_ENTITIES}


def knowledge_outcome(example: Example, parsed: dict) -> str:
    """right / wrong (confidently wrong) / clarify_right / clarify_wrong / unsure for one question."""
    decision = choose(ranking(parsed.get("response_selector")))
    expected = OUTSIDE if example.topic == "none" else example.topic
    if decision.kind == "answer":
        return "right" if decision.topic == expected else "wrong"
    if decision.kind == "clarify":
        return "clarify_right" if expected in decision.topics else "clarify_wrong"
    return "right" if example.topic == "none" else "unsure"


@dataclass
class Scores:
    """The figures of one set."""

    name: str
    size: int
    intent_f1: float | None = None
    topic_accuracy: float | None = None
    outcomes: Counter = field(default_factory=Counter)
    outside: Counter = field(default_factory=Counter)
    entity: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)
    confusions: list[str] = field(default_factory=list)


def score(name: str, examples: list[Example], parsed: list[dict]) -> Scores:
    """Intent macro-F1, knowledge-base figures and entity F1 of ``examples``."""
    result = Scores(name, len(examples))
    truth = [e.intent for e in examples]
    guess = [intent_of(p) for p in parsed]
    result.intent_f1 = macro_f1(truth, guess)
    result.confusions = [
        f"« {e.text} » — expected `{e.intent}`, got `{g}`"
        for e, g in zip(examples, guess, strict=True)
        if e.intent != g
    ]
    questions = [(e, p) for e, p in zip(examples, parsed, strict=True) if e.intent == "faq" and e.topic]
    covered = [(e, p) for e, p in questions if e.topic != "none"]
    if covered:
        firsts = [(ranking(p.get("response_selector")) or [("", 0.0)])[0][0] for _, p in covered]
        result.topic_accuracy = sum(f == e.topic for f, (e, _) in zip(firsts, covered, strict=True)) / len(covered)
        result.outcomes = Counter(knowledge_outcome(e, p) for e, p in covered)
        result.confusions += [
            f"« {e.text} » — topic `{e.topic}`, chose `{f}`"
            for f, (e, _) in zip(firsts, covered, strict=True)
            if f != e.topic
        ]
    outside = [(e, p) for e, p in questions if e.topic == "none"]
    if outside:
        result.outside = Counter(knowledge_outcome(e, p) for e, p in outside)
        result.confusions += [
            f"« {e.text} » — outside the articles, answered with another topic"
            for e, p in outside
            if knowledge_outcome(e, p) == "wrong"
        ]
    for entity in SCORED_ENTITIES:
        tp = fp = fn = 0
        for e, p in zip(examples, parsed, strict=True):
            if not e.annotated:
                continue
            want = {x for x in e.entities if x[0] == entity}
            got = {x for x in entity_pairs(p) if x[0] == entity}
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        if tp + fn:
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn)
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result.entity[entity] = (precision, recall, f1, tp + fn)
    return result


def evaluate(model: Path) -> list[Scores]:
    """Scores of the held-out set and of each blind set, parsing every message once."""
    groups = {"held-out tests/nlu": held_out(), **{f"blind {k}": v for k, v in blind().items()}}
    texts = [e.text for examples in groups.values() for e in examples]
    parsed = parse_all(model, texts)
    results, start = [], 0
    for name, examples in groups.items():
        results.append(score(name, examples, parsed[start : start + len(examples)]))
        start += len(examples)
    return results
