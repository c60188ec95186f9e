"""The speed-ups: cached jsonschema validation accepts and rejects exactly what the original does;
action-server calls share kept-alive connections."""

import asyncio

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from rasa_plugins import speedups

SPEC = RemoteAction("action_x", None).action_response_format_spec()
GOOD = {"events": [{"event": "slot", "name": "goal_area", "value": "leadership"}], "responses": [{"text": "Bonjour"}]}
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
    monkeypatch.setattr(
        jsonschema.Draft7Validator,
        "check_schema",
        classmethod(lambda cls, schema: calls.append(1) or original_check.__func__(cls, schema)),
    )
    for _ in range(5):
        speedups.cached_validate(GOOD, {**SPEC, "$schema": "http://json-schema.org/draft-07/schema#"})
    assert len(calls) == 1


def test_installed_by_the_components_package_unless_disabled(monkeypatch):
    from rasa.utils.endpoints import EndpointConfig

    import components  # noqa: F401  (the Rasa server imports it with the model)

    assert jsonschema.validate is speedups.cached_validate
    assert EndpointConfig.session is speedups.shared_session
    monkeypatch.setattr(jsonschema, "validate", speedups._ORIGINAL)
    monkeypatch.setattr(EndpointConfig, "session", speedups._ORIGINAL_SESSION)
    monkeypatch.setenv("MENTORAT_SPEEDUPS", "off")
    assert speedups.install() is False and jsonschema.validate is speedups._ORIGINAL
    assert EndpointConfig.session is speedups._ORIGINAL_SESSION


def test_rasa_action_results_still_checked(monkeypatch):
    monkeypatch.setattr(jsonschema, "validate", speedups.cached_validate)
    action = RemoteAction("action_x", None)
    assert action._validate_action_result(GOOD) is True
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(BAD[0])


async def _calls_to_a_local_server(count: int, pause: float = 0.0) -> tuple[list, set]:
    """``count`` calls through Rasa's ``EndpointConfig.request``; the answers and the client ports seen."""
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    ports = set()

    async def answer(request):
        ports.add(request.transport.get_extra_info("peername")[1])
        return web.json_response({"echo": await request.json()})

    runner = web.AppRunner(web.Application(handler_args={"keepalive_timeout": 5}))
    runner.app.router.add_post("/webhook", answer)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    config = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    answers = []
    try:
        for n in range(count):
            answers.append(await config.request(json={"n": n}, method="post"))
            await asyncio.sleep(pause)
    finally:
        await speedups.close_sessions()
        await runner.cleanup()
    return answers, ports


def test_action_server_calls_share_one_connection(monkeypatch):
    from rasa.utils import endpoints

    monkeypatch.setattr(endpoints.EndpointConfig, "session", speedups.shared_session)
    answers, ports = asyncio.run(_calls_to_a_local_server(4))
    assert answers == [{"echo": {"n": n}} for n in range(4)]
    assert len(ports) == 1


def test_without_the_speedup_each_call_opens_a_connection(monkeypatch):
    from rasa.utils import endpoints

    monkeypatch.setattr(endpoints.EndpointConfig, "session", speedups._ORIGINAL_SESSION)
    answers, ports = asyncio.run(_calls_to_a_local_server(3))
    assert answers == [{"echo": {"n": n}} for n in range(3)] and len(ports) == 3


def test_idle_connections_are_closed_by_the_client_first(monkeypatch):
    from rasa.utils import endpoints

    monkeypatch.setattr(endpoints.EndpointConfig, "session", speedups.shared_session)
    monkeypatch.setattr(speedups, "KEEPALIVE_S", 0.2)
    answers, ports = asyncio.run(_calls_to_a_local_server(2, pause=0.5))
    assert answers == [{"echo": {"n": 0}}, {"echo": {"n": 1}}] and len(ports) == 2


def test_every_rule_key_of_a_large_rule_set_is_decoded_once():
    """RulePolicy reads all its rules in the same order each turn: with more rules than its own cache of 1,000,
    every read missed. Ours keeps them: a second pass over 1,500 keys decodes nothing."""
    import json

    from rasa.core.policies.rule_policy import RulePolicy

    import components  # noqa: F401  (installs the speed-ups)

    keys = [json.dumps([{"prev_action": {"action_name": f"action_{n}"}}]) for n in range(1500)]
    assert RulePolicy._rule_key_to_state(keys[7]) == json.loads(keys[7])
    for key in keys:
        RulePolicy._rule_key_to_state(key)
    before = speedups._rule_key_to_state.cache_info()
    for key in keys:
        RulePolicy._rule_key_to_state(key)
    after = speedups._rule_key_to_state.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (1500, 0)


def test_the_rules_found_are_the_ones_rasa_finds():
    """The narrowing by last action finds exactly the rules Rasa's own scan finds, on random rules and states
    (conversation starts, loops that should not be set, actions given by text, intents)."""
    import json
    import random

    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.shared.core.constants import SHOULD_NOT_BE_SET

    import components  # noqa: F401  (installs the speed-ups)

    rng = random.Random(7)
    actions = ["action_listen", "action_greet", "goal_form", "action_ask_goal_area", "utter_menu"]

    def state() -> dict:
        made: dict = {}
        kind = rng.random()
        if kind < 0.75:
            made["prev_action"] = {"action_name": rng.choice(actions)}
        elif kind < 0.85:
            made["prev_action"] = {"action_text": "bonjour"}
        if rng.random() < 0.5:
            made["user"] = {"intent": rng.choice(["greet", "affirm", "deny", "inform"])}
        if rng.random() < 0.3:
            made["active_loop"] = {"name": rng.choice(["goal_form", SHOULD_NOT_BE_SET])}
        return made

    lookup = {json.dumps([state() for _ in range(rng.randint(1, 3))]): "utter_x" for _ in range(400)}
    policy = object.__new__(RulePolicy)
    assert RulePolicy._get_possible_keys is speedups.possible_rule_keys
    found = 0
    for _ in range(300):
        states = [state() for _ in range(rng.randint(0, 4))]
        ours = speedups.possible_rule_keys(policy, lookup, states)
        assert ours == speedups._ORIGINAL_POSSIBLE_KEYS(policy, lookup, states)
        found += bool(ours) and len(ours) < len(lookup)
    assert found > 100  # most states match some rules, not all of them
