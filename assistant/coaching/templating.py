"""The Jinja2 environment of ``assistant/templates``: plain French text, strict about missing values."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def quantity(count: int, noun: str, feminine: bool = False) -> str:
    """« aucun brouillon », « 1 objectif », « 3 préparations de rencontre »: a count and its noun, agreed.

    ``noun`` is singular; its first word takes the plural « s » (« préparation de rencontre »).
    """
    if count == 0:
        return f"{'aucune' if feminine else 'aucun'} {noun}"
    if count == 1:
        return f"1 {noun}"
    head, _, rest = noun.partition(" ")
    plural = head if head.endswith(("s", "x", "z")) else f"{head}s"
    return f"{count} {plural}{' ' + rest if rest else ''}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment: plain text, strict about missing variables, with the ``quantity`` filter."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=False,
    )
    env.filters["quantity"] = quantity
    return env


def render(name: str, **context: object) -> str:
    """Render template ``name`` and strip surrounding blank lines."""
    return environment().get_template(name).render(**context).strip()
