"""The Jinja2 environment of ``assistant/templates`` and its message catalogue: plain French text, strict about
missing values."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from assistant.common.french import elide, of, quantity

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
#: A role without an employer: no « poste », no « recrutement » in the questions (« développeur freelance »).
_INDEPENDENT = re.compile(
    r"\b(?:freelance|free-lance|indépendante?|independante?|auto-entrepreneu[rs]e?|consultante? indépendante?)\b"
)


def _independent(role: object) -> bool:
    return bool(_INDEPENDENT.search(str(role or "")))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment: plain text, strict about missing variables.

    Filters: ``quantity`` (« aucun objectif », « 2 brouillons »), ``de`` (« d'Isabelle », « de Paul ») and ``que``
    (« qu'Ines », « que Paul »).
    """
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=False,
    )
    env.filters["quantity"] = quantity
    env.filters["de"] = of
    env.filters["que"] = lambda name: elide("que", name)  # « qu'Ines », « que Paul »
    env.tests["search_independent"] = _independent
    return env


def render(name: str, **context: object) -> str:
    """Render template ``name`` and strip surrounding blank lines."""
    return environment().get_template(name).render(**context).strip()


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, str]:
    return yaml.safe_load((TEMPLATES / "messages.yml").read_text(encoding="utf-8"))


@cache
def _message_template(key: str) -> Template:
    """The compiled template of message ``key``, compiled once per process."""
    return environment().from_string(_catalogue()[key])


def has_message(key: str) -> bool:
    """True when the catalogue holds message ``key``."""
    return key in _catalogue()


def message(key: str, **context: object) -> str:
    """Render the French message ``key`` of ``templates/messages.yml`` with ``context``."""
    return _message_template(key).render(**context).strip()
