"""The Jinja2 environment of ``assistant/templates``: plain French text, strict about missing values."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment: plain text, strict about missing variables."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=False,
    )


def render(name: str, **context: object) -> str:
    """Render template ``name`` and strip surrounding blank lines."""
    return environment().get_template(name).render(**context).strip()
