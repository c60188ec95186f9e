"""The production channel as Rasa builds it from ``credentials.production.yml`` (no server started)."""

from __future__ import annotations

import pytest
from rasa.core.run import create_http_input_channels

from assistant.web import limits, sessions
from rasa_plugins.socketio_channel import ProductionSocketIOInput
from tests.e2e.servers import ROOT

PRODUCTION = str(ROOT / "credentials.production.yml")
ENV = {sessions.SECRET_VARIABLE: "k" * 40, limits.ORIGINS_VARIABLE: "https://mentorat.example.org"}


@pytest.fixture
def env(monkeypatch):
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


def test_the_production_credentials_open_only_the_checked_socketio_channel(env):
    channels = create_http_input_channels(None, PRODUCTION)
    assert [type(channel) for channel in channels] == [ProductionSocketIOInput]
    channel = channels[0]
    assert channel.name() == "socketio"
    assert channel.session_persistence is True
    assert channel.metadata_key == "customData"
    assert (channel.max_message_chars, channel.rate.messages, channel.rate.seconds) == (2000, 10, 10)
    assert channel.allowed_origins == {"https://mentorat.example.org"}


def test_the_development_credentials_keep_rest_and_rasas_own_socketio():
    names = [channel.name() for channel in create_http_input_channels(None, str(ROOT / "credentials.yml"))]
    assert sorted(names) == ["rest", "socketio"]


@pytest.mark.parametrize(
    ("missing", "error"),
    [(sessions.SECRET_VARIABLE, sessions.SessionSecretError), (limits.ORIGINS_VARIABLE, limits.OriginsError)],
)
def test_the_channel_refuses_to_start_without_its_secret_or_its_origins(env, missing, error):
    env.delenv(missing)
    with pytest.raises(error):
        create_http_input_channels(None, PRODUCTION)


def test_a_refused_message_gets_its_answer_and_an_accepted_one_none(env):
    channel = ProductionSocketIOInput(max_message_chars=5, rate_limit_messages=2, rate_limit_seconds=60)
    assert channel._refusal("a", "12345") is None
    assert channel._refusal("a", "123456").startswith("Votre message fait 6 caractères")
    assert channel._refusal("a", "x").startswith("Vous m'avez envoyé plus de 2 messages")
    assert channel._refusal("a", "x") == ""  # refused again in the same window: no second answer
    assert channel._refusal("b", "x") is None
