"""The requests read in so many words (``assistant.coaching.intents.requested_intent``) override the classifier: a
rule added for a panel's sentence can silently break held-out or blind examples. In the seventh session three
held-out examples (« récap de mes objectifs », « change la date », « modifie l'échéance ») and one blind one were
overridden with a wrong intent, and the fresh-clone CI failed its NLU bound (0.918 < 0.92). This test reads every
held-out and blind intent example, and fails when a rule overrides one with another intent, except the known ones
below (they predate that session; fix them rather than add to them)."""

import re
from pathlib import Path

import yaml

from assistant.coaching.intents import requested_intent

ROOT = Path(__file__).resolve().parents[2]
#: Overrides known to be wrong, each to be fixed (held-out or blind text -> the intent the rule gives).
KNOWN = {
    "la date a changé : ce sera le 12 janvier": "correct_goal_field",
    "je veux définir un objectif et ensuite écrire à un mentor": "draft_outreach",
    "je voudrais revoir la formulation de mon premier objectif": "clarify_goal",
    "il me faut un mail pour demander à quelqu'un d'être mon mentor, et après je voudrais préparer le rdv": (
        "prepare_meeting"
    ),
    "Je vous informe que j'ai atteint environ la moitié de ma mesure pour mon second objectif.": "mark_goal_reached",
}


def _held_out() -> list[tuple[str, str]]:
    examples = []
    for path in sorted((ROOT / "tests" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            intent = block.get("intent") or ""
            if not intent or intent.startswith("faq"):
                continue
            for line in str(block.get("examples", "")).splitlines():
                text = line.strip()[2:] if line.strip().startswith("- ") else ""
                text = re.sub(r"\[([^\]]+)\](?:\([^)]+\)|\{[^}]+\})", r"\1", text)
                if text:
                    examples.append((text, intent))
    return examples


def _blind() -> list[tuple[str, str]]:
    examples = []
    for name in ("intents.yml", "relationship_intents.yml"):
        for item in yaml.safe_load((ROOT / "tests" / "blind" / name).read_text(encoding="utf-8")):
            examples.append((item["text"], item["item"]))
    return examples


def test_no_rule_overrides_a_held_out_or_blind_example_with_another_intent():
    examples = _held_out() + _blind()
    assert len(examples) > 1000
    wrong = {text: requested_intent(text) for text, intent in examples if requested_intent(text) not in (None, intent)}
    assert wrong == KNOWN
