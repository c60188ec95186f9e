"""``data/rules/forms.yml`` is what ``scripts/form_rules.py`` writes, and the domain ignores what it routes."""

from __future__ import annotations

import sys

import yaml

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
        assert intent != form_rules.FORMS[form]["own"] and intent not in form_rules.FORMS[form].get("kept", ())
        if not form_rules.FORMS[form]["all"]:
            assert intent in (*form_rules.JUDGED, "stop", "nlu_fallback"), rule["rule"]
