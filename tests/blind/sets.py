"""Read the frozen blind test sets of this folder and compare them with the training data.

The sets (``faq.yml``, ``intents.yml``, ``entities.yml``, ``form_slots_*.yml``,
``conversations.yml``) were written by people who saw only ``COVERAGE.md`` and the source
articles; the relationship sets (``relationship_intents.yml``, ``form_slots_relationship.yml``,
``conversations_relationship.yml``) by one who saw only ``COVERAGE-relationship.md``, before those
features were built. They are read here, never copied into ``data/``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TRAINING = ROOT / "data" / "nlu"

#: The flat sets: one message per entry (``item`` is the expected intent, topic or slot).
MESSAGE_SETS = (
    "faq",
    "intents",
    "entities",
    "form_slots_goal_debrief",
    "form_slots_outreach_meeting",
    "relationship_intents",
    "form_slots_relationship",
)
#: Whole conversations, turn by turn.
CONVERSATION_SETS = ("conversations", "conversations_relationship")


def load(name: str) -> list[dict]:
    """The entries of ``<name>.yml`` in this folder."""
    return yaml.safe_load((HERE / f"{name}.yml").read_text(encoding="utf-8")) or []


def words(text: str) -> tuple[str, ...]:
    """The words of ``text`` once lower-cased and unaccented (the near-duplicate key)."""
    folded = unicodedata.normalize("NFD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return tuple(re.findall(r"[a-z0-9]+", folded))


def plain(example: str) -> str:
    """An annotated training example as typed: « [Claire](PER) » -> « Claire »."""
    return re.sub(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})", r"\1", example)


def training_examples(folder: Path = TRAINING) -> list[str]:
    """Every training example of ``data/nlu`` (entity annotations removed)."""
    found = []
    for path in sorted(folder.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            found += [
                plain(line.strip()[2:])
                for line in str(block.get("examples", "")).splitlines()
                if line.strip().startswith("- ")
            ]
    return found


def blind_messages() -> list[tuple[str, str]]:
    """(set name, text) for every message of every blind set, conversation turns included."""
    messages = [(name, entry["text"]) for name in MESSAGE_SETS for entry in load(name)]
    for conversation in (c for name in CONVERSATION_SETS for c in load(name)):
        messages += [("conversations", turn["user"]) for turn in conversation["turns"] if "user" in turn]
    return messages


def conversation_params(conversations: list[dict], known_failures: dict[str, str]) -> list:
    """One pytest parameter per conversation, named by its id; those in ``known_failures`` are strict xfails
    (the reason is why it fails today, so a fix must remove it from there)."""
    return [
        pytest.param(
            c,
            id=c["conversation"],
            marks=[pytest.mark.xfail(reason=known_failures[c["conversation"]], strict=True)]
            if c["conversation"] in known_failures
            else [],
        )
        for c in conversations
    ]
