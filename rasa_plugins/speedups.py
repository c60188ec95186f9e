"""Hot-path fixes for the Rasa server process, installed when our NLU components are imported.

``jsonschema.validate`` checks the *schema itself* against its meta-schema on every call before
checking the instance. Rasa calls it for every action server response (``RemoteAction``, with a
schema rebuilt on each call) and for entity payloads of button messages; the profile in
``docs/benchmarks.md`` showed this schema check as the largest single cost of a turn. Here the
checked validator is built once per distinct schema and reused: the same instances pass, the same
errors are raised (``best_match`` of the same error list).

Rasa also opens a new HTTP client session, hence a new TCP connection, for every call to the
action server (``EndpointConfig.request``). Here every endpoint borrows one session per event loop
and endpoint settings, so calls reuse kept-alive connections. Idle connections are closed by the
client after ``KEEPALIVE_S`` seconds, before the server's own keep-alive timeout (Sanic: 5 s),
so the client never sends on a connection the server is closing.

``RulePolicy`` decodes each learnt rule from its JSON key on every prediction, through an LRU cache of 1,000
entries; Mentorat has more rules than that (1,056 keys), and the rules are read in the same order every time,
so that cache never hits and every turn decodes every rule (the largest cost of a turn in a profile of the
benchmark's conversations). Here the cache holds ``RULE_KEYS`` keys; a key decodes to the same state. It
also checks every rule against the conversation's last state to find the few that apply; here the rules
are first narrowed to those whose last step follows the action that was just run (or names none), then
checked exactly as before, so the same rules are found.

``MENTORAT_SPEEDUPS=off`` disables all three (and the tracker cache of ``rasa_plugins.tracker_cache``, and the
lean spaCy load of ``rasa_plugins.spacy_lean``), so the benchmark can measure the difference in one run.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import threading
from typing import Any

import aiohttp
import jsonschema
from jsonschema import exceptions, validators
from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET
from rasa.shared.nlu.constants import ACTION_NAME
from rasa.utils import endpoints

from rasa_plugins import spacy_lean

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


#: Rule keys whose decoded state is kept: several times the rules of a model (1,056 today).
RULE_KEYS = 16384


@functools.lru_cache(maxsize=RULE_KEYS)
def _rule_key_to_state(rule_key: str) -> list[dict]:
    """The states of a learnt rule, decoded from its JSON key (as ``RulePolicy._rule_key_to_state``)."""
    return json.loads(rule_key)


_ORIGINAL_POSSIBLE_KEYS = RulePolicy._get_possible_keys
#: Per rule lookup (kept with it, so a recycled id is noticed): its keys by the action their last step follows,
#: and the keys whose last step names no action (checked every time).
_BY_PREVIOUS: dict[int, tuple[dict, dict[str, set[str]], set[str]]] = {}


def _by_previous_action(lookup: dict) -> tuple[dict[str, set[str]], set[str]]:
    found = _BY_PREVIOUS.get(id(lookup))
    if found is None or found[0] is not lookup:
        named: dict[str, set[str]] = {}
        other: set[str] = set()
        for key in lookup:
            states = _rule_key_to_state(key)
            name = ((states[-1].get(PREVIOUS_ACTION) if states else None) or {}).get(ACTION_NAME)
            if isinstance(name, str) and name and name != SHOULD_NOT_BE_SET:
                named.setdefault(name, set()).add(key)
            else:
                other.add(key)
        found = _BY_PREVIOUS[id(lookup)] = (lookup, named, other)
    return found[1], found[2]


def possible_rule_keys(policy: RulePolicy, lookup: dict, states: list[dict]) -> set[str]:
    """``RulePolicy._get_possible_keys``: the rules that apply to ``states``, from those that can follow the
    last action (a rule whose last step follows another action never applies to the current state)."""
    if not states:
        return _ORIGINAL_POSSIBLE_KEYS(policy, lookup, states)
    named, other = _by_previous_action(lookup)
    current = (states[-1].get(PREVIOUS_ACTION) or {}).get(ACTION_NAME)
    possible = other | named.get(current, set()) if isinstance(current, str) else set(other)
    for index, state in enumerate(reversed(states)):
        possible = {key for key in possible if policy._is_rule_applicable(key, index, state)}
    return possible


#: Seconds an idle connection to an endpoint stays open on the client side.
KEEPALIVE_S = 2.0
_SESSIONS: dict[tuple, aiohttp.ClientSession] = {}
_ORIGINAL_SESSION = endpoints.EndpointConfig.session


class _Borrowed:
    """``async with`` on a shared session: gives it, and leaves it open afterwards."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *exc_info: Any) -> None:
        return None


def shared_session(config: endpoints.EndpointConfig) -> _Borrowed:
    """The session of this event loop for ``config``'s headers and login, made on first use."""
    key = (
        id(asyncio.get_running_loop()),
        json.dumps(config.headers, sort_keys=True, default=str),
        json.dumps(config.basic_auth, sort_keys=True, default=str),
    )
    session = _SESSIONS.get(key)
    if session is None or session.closed:
        auth = (
            aiohttp.BasicAuth(config.basic_auth["username"], config.basic_auth["password"])
            if config.basic_auth
            else None
        )
        session = aiohttp.ClientSession(
            headers=config.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=endpoints.DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S),
        )
        _SESSIONS[key] = session
    return _Borrowed(session)


async def close_sessions() -> None:
    """Close the shared sessions of the running event loop (tests; a server process just exits)."""
    loop = id(asyncio.get_running_loop())
    for key in [key for key in _SESSIONS if key[0] == loop]:
        await _SESSIONS.pop(key).close()


def enabled() -> bool:
    """False when ``MENTORAT_SPEEDUPS`` is ``off`` (or ``0``/``false``)."""
    return os.environ.get("MENTORAT_SPEEDUPS", "on").strip().lower() not in ("off", "0", "false", "no")


def install() -> bool:
    """Replace ``jsonschema.validate`` (Rasa imports it by name at call time) and the endpoint
    sessions; True when installed."""
    if not enabled():
        return False
    jsonschema.validate = cached_validate
    endpoints.EndpointConfig.session = shared_session
    RulePolicy._rule_key_to_state = staticmethod(_rule_key_to_state)
    RulePolicy._get_possible_keys = possible_rule_keys
    spacy_lean.install()
    return True
