"""The layering of ``docs/architecture.md``, checked on the import statements of the code.

- ``assistant`` is plain Python: none of its modules imports ``rasa`` or ``rasa_sdk`` (one named exception: the
  admin CLI's erasure under the conversation lock).
- The feature packages (goals, outreach, practice, meetings) import each other only through the shared
  modules (``assistant.common``, ``assistant.coaching``, ``assistant.store``); the shared modules import no
  feature. The few exceptions are listed below, each with its reason.
- No import cycle among the project's modules.
- No module over 400 lines.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Packages whose modules the import graph covers.
FIRST_PARTY = ("assistant", "actions", "components", "rasa_plugins")
#: Where the size limit applies.
SIZED = (*FIRST_PARTY, "scripts", "tests")
MAX_LINES = 400
FEATURES = ("goals", "outreach", "practice", "meetings", "progress", "journal", "shortlist")
SHARED = ("common", "coaching", "store")
#: Imports across features, or from a shared module into a feature, that are allowed, and why.
EXCEPTIONS = {
    # A meeting is prepared for saved goals: its details are read from their records.
    ("assistant.meetings.preparation", "assistant.goals.model"),
    # The thank-you after a meeting is written from the meeting's preparation.
    ("assistant.practice.thanks", "assistant.meetings.model"),
    # The NLU reads a goal's number and field names in a request the way the goal feature reads them.
    ("assistant.coaching.intents", "assistant.goals.answers"),
}
#: ``assistant`` modules that may import Rasa, and why.
RASA_EXCEPTIONS = {
    # The admin CLI erases a mentee under the Rasa servers' conversation lock (rasa_plugins/erasure.py) and
    # reports Rasa's LockError; nothing else of assistant needs Rasa.
    "assistant.__main__": ["rasa.core.lock_store"],
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    """Every first-party module by dotted name (migrations excluded: Alembic loads them by path)."""
    found = {}
    for package in FIRST_PARTY:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[_module_name(path)] = path
    return found


@cache
def imports(module: str) -> frozenset[str]:
    """The modules ``module`` imports, anywhere in its body, resolved to first-party modules where they are."""
    names = set()
    for node in ast.walk(ast.parse(modules()[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(
                f"{node.module}.{alias.name}" for alias in node.names if f"{node.module}.{alias.name}" in modules()
            )
    return frozenset(names)


def _feature(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "assistant" and parts[1] in (*FEATURES, *SHARED) else None


def test_the_graph_sees_every_layer():
    assert {
        "assistant.goals.store",
        "assistant.common.answers",
        "actions.common",
        "rasa_plugins.tracker_store",
        "components.text_classifier",
    } <= set(modules())
    assert "assistant.goals.model" in imports("assistant.goals.store")


def test_assistant_never_imports_rasa():
    offenders = {
        module: sorted(name for name in imports(module) if name.split(".")[0] in ("rasa", "rasa_sdk"))
        for module in modules()
        if module.split(".")[0] == "assistant"
    }
    assert {module: names for module, names in offenders.items() if names} == RASA_EXCEPTIONS


def test_features_import_each_other_only_through_shared_modules():
    crossings = set()
    for module in modules():
        home = _feature(module)
        if home is None:
            continue
        for name in imports(module):
            target = _feature(name)
            if target in FEATURES and target != home:
                crossings.add((module, ".".join(name.split(".")[:3])))
    assert crossings - EXCEPTIONS == set()
    assert EXCEPTIONS - crossings == set(), "an exception no longer needed: remove it"


def test_no_import_cycle():
    graph = {module: {name for name in imports(module) if name in modules() and name != module} for module in modules()}
    # A package's __init__ is imported with each of its modules; it imports none of them here.
    state: dict[str, int] = {}
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(path[path.index(target) :] + [target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


@pytest.mark.parametrize("package", SIZED)
def test_no_module_over_400_lines(package):
    long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / package).rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
