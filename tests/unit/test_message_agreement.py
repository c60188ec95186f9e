"""Counts, names and gender in the goals, meetings and courtesy messages: « aucun objectif », « d'Isabelle »."""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml

from assistant.common.french import quantity
from assistant.common.templating import TEMPLATES, message, render

#: Message keys of the outreach drafts: another part of issue 15, left out here.
OUTREACH = re.compile(r"^(?:outreach_|ask_outreach|draft_|revision_|help_outreach|no_draft|critique|rehearsal|thank)")


@cache
def catalogue() -> dict:
    """The message templates, read once (the file has hundreds of keys, one test each)."""
    return yaml.safe_load((TEMPLATES / "messages.yml").read_text(encoding="utf-8"))


def own_keys() -> list[str]:
    return [key for key in catalogue() if not OUTREACH.match(key)]


@pytest.mark.parametrize("key", own_keys())
def test_no_double_gender_form_in_goals_meetings_courtesy(key):
    source = catalogue()[key]
    assert "il ou elle" not in source and "·" not in source


@pytest.mark.parametrize(
    ("count", "noun", "feminine", "expected"),
    [
        (0, "objectif", False, "aucun objectif"),
        (1, "brouillon", False, "1 brouillon"),
        (2, "brouillon", False, "2 brouillons"),
        (0, "préparation de rencontre", True, "aucune préparation de rencontre"),
        (3, "préparation de rencontre", True, "3 préparations de rencontre"),
    ],
)
def test_quantity(count, noun, feminine, expected):
    assert quantity(count, noun, feminine) == expected


def test_saved_goals_kept_agrees():
    assert message("saved_goals_kept", count=1).startswith("Votre objectif déjà enregistré reste intact : ")
    assert "pour le revoir" in message("saved_goals_kept", count=1)
    assert message("saved_goals_kept", count=2).startswith("Vos 2 objectifs déjà enregistrés restent intacts")


def test_goal_not_found_agrees():
    assert "vous n'en avez qu'un." in message("goal_not_found", count=1)
    assert "vous en avez 3." in message("goal_not_found", count=3)


def test_goal_list_counts():
    assert render("goal_list.txt.j2", goals=[]) == "Vous n'avez aucun objectif enregistré."


def test_erase_done_counts():
    text = message("erase_done", goals=0, drafts=1, preparations=2)
    assert "aucun objectif, 1 brouillon, 2 préparations de rencontre" in text
