"""Hot-path fixes for the Rasa server process, installed when our NLU components are imported.

``jsonschema.validate`` checks the *schema itself* against its meta-schema on every call before
checking the instance. Rasa calls it for every action server response (``RemoteAction``, with a
schema rebuilt on each call) and for entity payloads of button messages; the profile in
``docs/benchmarks.md`` showed this schema check as the largest single cost of a turn. Here the
checked validator is built once per distinct schema and reused: the same instances pass, the same
errors are raised (``best_match`` of the same error list). ``MENTORAT_SPEEDUPS=off`` disables it,
so the benchmark can measure both in one run.
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

import jsonschema
from jsonschema import exceptions, validators

_ORIGINAL = jsonschema.validate
_CACHE: dict[str, Any] = {}
_LOCK = threading.Lock()
#: Distinct schemas kept; Rasa uses a handful, so this only guards against an unexpected flood.
MAX_SCHEMAS = 64


def _validator(schema: dict) -> Any:
    key = json.dumps(schema, sort_keys=True, default=str)
    found = _CACHE.get(key)
    if found is None:
        cls = validators.validator_for(schema)
        cls.check_schema(schema)  # once per schema, as the original does on every call
        found = cls(schema)
        with _LOCK:
            if len(_CACHE) >= MAX_SCHEMAS:
                _CACHE.clear()
            _CACHE[key] = found
    return found


def cached_validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
    """``jsonschema.validate`` with the schema checked once; other call forms go to the original."""
    if cls is not None or args or kwargs or not isinstance(schema, dict):
        return _ORIGINAL(instance, schema, cls, *args, **kwargs)
    error = exceptions.best_match(_validator(schema).iter_errors(instance))
    if error is not None:
        raise error
    return None


def enabled() -> bool:
    """False when ``MENTORAT_SPEEDUPS`` is ``off`` (or ``0``/``false``)."""
    return os.environ.get("MENTORAT_SPEEDUPS", "on").strip().lower() not in ("off", "0", "false", "no")


def install() -> bool:
    """Replace ``jsonschema.validate`` (Rasa imports it by name at call time); True when installed."""
    if not enabled():
        return False
    jsonschema.validate = cached_validate
    return True
