"""The cached jsonschema validation accepts and rejects exactly what the original does."""

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from scaling import speedups

SPEC = RemoteAction("action_x", None).action_response_format_spec()
GOOD = {"events": [{"event": "slot", "name": "goal_area", "value": "leadership"}],
        "responses": [{"text": "Bonjour"}]}
BAD = [
    {"events": [{"event": "slot", "name": "x", "value": "y", "timestamp": "not a number"}]},
    {"events": [{"name": "no event type"}]},
    {"events": "not a list"},
    {"responses": [42]},
]


def test_same_answers_as_the_original():
    speedups.cached_validate(GOOD, SPEC)
    for bad in BAD:
        with pytest.raises(jsonschema.ValidationError) as original:
            speedups._ORIGINAL(bad, SPEC)
        with pytest.raises(jsonschema.ValidationError) as cached:
            speedups.cached_validate(bad, SPEC)
        assert cached.value.message == original.value.message
        assert list(cached.value.path) == list(original.value.path)


def test_an_invalid_schema_is_still_refused():
    with pytest.raises(jsonschema.SchemaError):
        speedups.cached_validate({}, {"type": 12})


def test_schema_checked_once(monkeypatch):
    speedups._CACHE.clear()
    calls = []
    original_check = jsonschema.Draft7Validator.check_schema
    monkeypatch.setattr(jsonschema.Draft7Validator, "check_schema",
                        classmethod(lambda cls, schema: calls.append(1) or original_check.__func__(cls, schema)))
    for _ in range(5):
        speedups.cached_validate(GOOD, {**SPEC, "$schema": "http://json-schema.org/draft-07/schema#"})
    assert len(calls) == 1


def test_installed_by_the_components_package_unless_disabled(monkeypatch):
    import components  # noqa: F401  (the Rasa server imports it with the model)

    assert jsonschema.validate is speedups.cached_validate
    monkeypatch.setattr(jsonschema, "validate", speedups._ORIGINAL)
    monkeypatch.setenv("MENTORAT_SPEEDUPS", "off")
    assert speedups.install() is False and jsonschema.validate is speedups._ORIGINAL


def test_rasa_action_results_still_checked(monkeypatch):
    monkeypatch.setattr(jsonschema, "validate", speedups.cached_validate)
    action = RemoteAction("action_x", None)
    assert action._validate_action_result(GOOD) is True
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(BAD[0])
