"""How the coach reacts to a progress report: celebrate, re-plan a deadline that can no longer be held, bring
a blocker to the mentor. Plain decisions, worded by the catalogue (``progress_*`` messages)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assistant.progress.answers import says_nothing_blocks
from assistant.progress.model import ProgressEntry

#: Points of progress behind the time already spent that make the deadline look out of reach.
BEHIND_MARGIN = 25.0


@dataclass(frozen=True)
class Reaction:
    """What the coach says after a report: the catalogue keys, in order, and whether to offer buttons."""

    keys: tuple[str, ...]
    reached: bool = False
    replan: bool = False
    blocker: bool = False


def expected_percent(started: date, deadline: date, on: date) -> float:
    """The share of the way one would have covered on ``on`` at an even pace from ``started`` to ``deadline``."""
    total = (deadline - started).days
    if total <= 0:
        return 100.0
    return max(0.0, min(100.0, 100.0 * (on - started).days / total))


def react(entry: ProgressEntry, earlier: list[ProgressEntry], started: date, deadline: date, today: date) -> Reaction:
    """The coach's reaction to ``entry`` given the ``earlier`` entries of the same goal and its dates."""
    keys: list[str] = []
    before = next((e.percent for e in reversed(earlier) if e.percent is not None), None)
    reached = entry.percent is not None and entry.percent >= 100
    if reached:
        keys.append("progress_react_reached")
    elif entry.percent is not None and before is not None and entry.percent > before:
        keys.append("progress_react_up")
    elif entry.percent is not None and before is not None and entry.percent < before:
        keys.append("progress_react_down")
    elif entry.percent is not None and before is not None:
        keys.append("progress_react_flat")
    elif entry.step:
        keys.append("progress_react_step")
    else:
        keys.append("progress_react_first")
    replan = False
    if not reached:
        if deadline < today:
            keys.append("progress_replan_passed")
            replan = True
        elif entry.percent is not None and entry.percent + BEHIND_MARGIN < expected_percent(started, deadline, today):
            keys.append("progress_replan_behind")
            replan = True
    blocker = bool(entry.blocked) and not says_nothing_blocks(entry.blocked)
    if blocker:
        keys.append("progress_blocker")
    return Reaction(tuple(keys), reached, replan, blocker)
