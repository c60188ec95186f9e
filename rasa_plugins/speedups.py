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

``MENTORAT_SPEEDUPS=off`` disables both (and the tracker cache of ``rasa_plugins.tracker_cache``), so
the benchmark can measure the difference in one run.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from typing import Any

import aiohttp
import jsonschema
from jsonschema import exceptions, validators
from rasa.utils import endpoints

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
    return True
