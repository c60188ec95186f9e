"""Grammalecte, Debian's French grammar checker, loaded into the project's Python for the tests.

Debian's ``python3-grammalecte`` installs a pure-Python package under the system interpreter's
``dist-packages``; the project runs on Python 3.10 in ``.venv``. Only that one package is loaded
from its path (not the whole ``dist-packages``). ``make unit`` and ``make test`` install it.

Typography-only rules (apostrophe shape, spaces and non-breaking spaces, number formatting,
ligatures) are left aside: chat text uses straight apostrophes and plain spaces on purpose.
Everything else (agreement, elision, conjugation, confusions, capitals, epicene forms…) counts.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGE = Path("/usr/lib/python3/dist-packages/grammalecte")
#: Option groups that are about typography only.
TYPOGRAPHY = {"apos", "esp", "nbsp", "typo", "unit", "num", "liga", "tab"}


@dataclass(frozen=True)
class Finding:
    rule: str
    kind: str
    message: str
    excerpt: str

    def __str__(self) -> str:
        return f"« {self.excerpt} » — {self.message} ({self.rule})"


@lru_cache(maxsize=1)
def _checker():
    if "grammalecte" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "grammalecte", PACKAGE / "__init__.py", submodule_search_locations=[str(PACKAGE)]
        )
        if spec is None or spec.loader is None:
            raise RuntimeError(f"Grammalecte not found at {PACKAGE}: apt-get install python3-grammalecte")
        module = importlib.util.module_from_spec(spec)
        sys.modules["grammalecte"] = module
        spec.loader.exec_module(module)
    return sys.modules["grammalecte"].GrammarChecker("fr")


def available() -> bool:
    """Whether Grammalecte is installed; in CI (``CI=true``) its absence is an error, not a reason to skip."""
    present = (PACKAGE / "__init__.py").exists()
    if not present and os.environ.get("CI", "").lower() == "true":
        raise RuntimeError(f"Grammalecte not found at {PACKAGE}: make installs python3-grammalecte")
    return present


@lru_cache(maxsize=50_000)
def _paragraph_errors(paragraph: str) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """Grammalecte's findings in one paragraph, typography left aside, and the words its dictionary does not know.

    A paragraph is checked on its own, so the same line in several texts (a greeting, a sentence every channel's
    draft shares) is checked once per run."""
    errors, spelling = _checker().getParagraphErrors(paragraph)
    findings = tuple(
        Finding(error["sRuleId"], error["sType"], error["sMessage"], paragraph[error["nStart"] : error["nEnd"]])
        for error in errors
        if error["sType"] not in TYPOGRAPHY
    )
    return findings, tuple(item["sValue"] for item in spelling)


def grammar_errors(text: str) -> list[Finding]:
    """Grammar findings in ``text`` (one paragraph per line), typography left aside."""
    return [
        finding for paragraph in text.splitlines() if paragraph.strip() for finding in _paragraph_errors(paragraph)[0]
    ]


def unknown_words(text: str) -> list[str]:
    """Words Grammalecte's dictionary does not know (names and brands included: filter them)."""
    return [word for paragraph in text.splitlines() if paragraph.strip() for word in _paragraph_errors(paragraph)[1]]
