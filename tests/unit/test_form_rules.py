"""``data/rules/forms.yml`` is what ``scripts/form_rules.py`` writes, and the domain ignores what it routes."""

from __future__ import annotations

import sys

import yaml

from assistant.coaching.asides import TASK_INTENTS
from tests.blind.sets import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import form_rules  # noqa: E402


def test_the_rules_file_is_generated_from_the_table():
    assert form_rules.OUT.read_text(encoding="utf-8") == form_rules.render(), "run scripts/form_rules.py"


def test_every_routed_intent_is_ignored_by_its_form_and_nothing_else():
    forms = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["forms"]
    assert set(forms) == set(form_rules.FORMS)
    for form, spec in forms.items():
        assert set(spec["ignored_intents"]) == set(form_rules.routed_intents(form)), form


def test_a_form_never_leaves_for_itself_and_pasted_message_forms_only_judge_read_or_stop():
    for rule in form_rules.rules():
        form = rule["condition"][0]["active_loop"]
        intent = rule["steps"][0]["intent"]
        assert intent != form_rules.FORM_TASK[form], rule["rule"]
        if not form_rules.FORMS[form]["all"]:
            assert intent in (*form_rules.JUDGED, "stop", "nlu_fallback", *TASK_INTENTS), rule["rule"]


def test_every_task_has_its_switch_and_a_kept_task_is_left_for_only_through_the_forms_rejection():
    assert set(form_rules.SWITCHES) == set(TASK_INTENTS)
    assert set(form_rules.FORM_TASK) == set(form_rules.FORMS)
    forms = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["forms"]
    for rule in form_rules.rules():
        form = rule["condition"][0]["active_loop"]
        intent = rule["steps"][0]["intent"]
        kept = intent in form_rules.FORMS[form].get("kept", ()) or not form_rules.FORMS[form]["all"]
        if intent in TASK_INTENTS and kept:
            # the form takes the message (not ignored); its validation rejects it when the task is asked for
            assert intent not in forms[form]["ignored_intents"], rule["rule"]
            assert rule["steps"][1]["action"] == form_rules.FORMS[form]["cancel"], rule["rule"]
