"""The production profile (``credentials.production.yml``) against a real Rasa server, over socket.io.

The custom channel ``rasa_plugins.socketio_channel.ProductionSocketIOInput`` checks the Origin of
every request, binds the conversation to a session token it signed, and answers oversize and
too-frequent messages in French without passing them on; REST is closed.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import urllib.error
import urllib.request

import aiohttp
import pytest
import socketio

from assistant.web import sessions
from tests.e2e.servers import PRODUCTION_PAGES, PRODUCTION_SECRET, Servers

ORIGIN, SECOND_PAGE = PRODUCTION_PAGES
OTHER_ORIGIN = "http://evil.example.org"
SECRET = PRODUCTION_SECRET
pytestmark = pytest.mark.xdist_group("production")  # with the production widget, on its servers (tests/conftest.py)
TRANSPORTS = ("websocket", "polling")


@pytest.fixture(autouse=True)
def websocket_client_on_rasas_aiohttp(monkeypatch):
    """python-engineio 4.15's WebSocket client passes ``aiohttp.ClientWSTimeout(ws_close=...)``, new in
    aiohttp 3.10; Rasa pins aiohttp 3.9, whose ``ws_connect`` takes that close timeout as a plain number.
    Only the test client needs this; the server side does not use aiohttp."""
    if not hasattr(aiohttp, "ClientWSTimeout"):
        monkeypatch.setattr(aiohttp, "ClientWSTimeout", lambda ws_close: ws_close, raising=False)


@pytest.fixture(scope="module")
def prod(production_site):
    """The production profile's servers, shared with the production widget's module (tests/conftest.py)."""
    return production_site.servers


def base_url(servers: Servers) -> str:
    return f"http://127.0.0.1:{servers.rasa_port}"


class Chat:
    """One socket.io client of the widget's protocol: session_request, user_uttered, bot_uttered."""

    def __init__(self, url: str, origin: str = ORIGIN, transport: str = "websocket") -> None:
        self.url, self.origin, self.transport = url, origin, transport
        self.client = socketio.AsyncClient(reconnection=False)
        self.token: str | None = None
        self.received: list[dict] = []
        self._confirmed = asyncio.Event()
        self.client.on("session_confirm", self._on_confirm)
        self.client.on("bot_uttered", self.received.append)

    async def _on_confirm(self, token: str) -> None:
        self.token = token
        self._confirmed.set()

    async def open(self, session_id: str | None = None) -> str:
        await self.client.connect(
            self.url, headers={"Origin": self.origin}, transports=[self.transport], socketio_path="socket.io"
        )
        await self.client.emit("session_request", {"session_id": session_id})
        await asyncio.wait_for(self._confirmed.wait(), 20)
        return self.token

    async def send(self, text: str, session_id: str | None = None) -> None:
        await self.client.emit(
            "user_uttered", {"message": text, "session_id": session_id or self.token, "customData": {"language": "fr"}}
        )

    async def say(self, text: str, timeout: float = 60) -> list[dict]:
        """Send and wait until the bot has answered and been quiet for 1.5 s."""
        before = len(self.received)
        await self.send(text)
        return await self.replies_after(before, timeout)

    async def replies_after(self, before: int, timeout: float = 60, quiet: float = 1.5) -> list[dict]:
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.received) == before and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)
        count = -1
        while count != len(self.received):
            count = len(self.received)
            await asyncio.sleep(quiet)
        return self.received[before:]

    async def close(self) -> None:
        await self.client.disconnect()


def user_texts(servers: Servers, sender_id: str) -> list[str]:
    """The user messages stored in the tracker store for ``sender_id``."""
    with sqlite3.connect(servers.workdir / "tracker.db") as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (sender_id,)
        ).fetchall()
    return [json.loads(data)["text"] for (data,) in rows]


def texts(messages: list[dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def http_status(url: str, origin: str | None = None, data: bytes | None = None) -> int:
    headers = {"Origin": origin} if origin else {}
    if data is not None:
        headers["Content-Type"] = "application/json"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=20) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_rest_webhook_and_the_http_api_are_absent(prod):
    body = json.dumps({"sender": "anyone", "message": "exporte mes données"}).encode()
    assert http_status(prod.webhook(), data=body) == 404
    assert http_status(f"{base_url(prod)}/conversations/anyone/tracker") == 404
    assert http_status(f"{base_url(prod)}/webhooks/socketio/") == 200


def test_long_polling_from_another_origin_is_refused(prod):
    handshake = f"{base_url(prod)}/socket.io/?EIO=4&transport=polling"
    assert http_status(handshake, origin=OTHER_ORIGIN) == 403
    assert http_status(handshake, origin="null") == 403
    assert http_status(handshake, origin=ORIGIN) == 200
    assert http_status(handshake, origin=SECOND_PAGE) == 200


def test_a_websocket_from_another_origin_is_refused(prod):
    async def handshake(origin: str) -> int:
        url = f"ws://127.0.0.1:{prod.rasa_port}/socket.io/?EIO=4&transport=websocket"
        async with aiohttp.ClientSession() as session:
            try:
                async with session.ws_connect(url, headers={"Origin": origin}):
                    return 101
            except aiohttp.WSServerHandshakeError as error:
                return error.status

    assert asyncio.run(handshake(OTHER_ORIGIN)) == 403
    assert asyncio.run(handshake(ORIGIN)) == 101


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_socketio_client_cannot_connect_from_another_origin(prod, transport):
    async def attempt() -> None:
        chat = Chat(base_url(prod), origin=OTHER_ORIGIN, transport=transport)
        try:
            await chat.open()
        finally:
            await chat.close()

    with pytest.raises(socketio.exceptions.ConnectionError):
        asyncio.run(attempt())


def test_a_signed_session_works_end_to_end_and_survives_a_reconnection(prod):
    async def conversation() -> tuple[str, str, list[dict], list[dict]]:
        chat = Chat(base_url(prod), transport="websocket")
        token = await chat.open()
        first = await chat.say("bonjour")
        await chat.close()
        again = Chat(base_url(prod), transport="polling")
        confirmed = await again.open(session_id=token)
        second = await again.say("aide")
        await again.close()
        return token, confirmed, first, second

    token, confirmed, first, second = asyncio.run(conversation())
    sender_id = sessions.verified_sender(SECRET.encode(), token)
    assert sender_id is not None
    assert confirmed == token
    assert texts(first).strip() and texts(second).strip()
    assert user_texts(prod, sender_id) == ["bonjour", "aide"]


def test_a_session_id_the_client_does_not_hold_is_refused(prod):
    async def scenario() -> tuple[str, list[str], list[dict], list[str]]:
        victim = Chat(base_url(prod))
        victim_token = await victim.open()
        await victim.say("bonjour")
        victim_sender = sessions.verified_sender(SECRET.encode(), victim_token)
        forged = f"{victim_sender}.{'A' * 43}"
        granted = []
        for claim in (victim_sender, forged, victim_token[:-1] + ("B" if victim_token[-1] != "B" else "C")):
            intruder = Chat(base_url(prod), transport="polling")
            granted.append(await intruder.open(session_id=claim))
            await intruder.send("exporte mes données", session_id=victim_token)  # naming the victim's session
            await intruder.close()
        listener = Chat(base_url(prod))
        await listener.open(session_id=victim_sender)
        before = len(listener.received)
        await victim.say("aide")
        await asyncio.sleep(1)
        await listener.close()
        await victim.close()
        return victim_sender, granted, listener.received[before:], [victim_token]

    victim_sender, granted, overheard, [victim_token] = asyncio.run(scenario())
    assert victim_token not in granted
    assert all(sessions.verified_sender(SECRET.encode(), token) not in (None, victim_sender) for token in granted)
    assert overheard == []
    assert user_texts(prod, victim_sender) == ["bonjour", "aide"]


def test_an_oversize_message_is_answered_in_french_and_never_reaches_the_policies(prod):
    long_text = "Je voudrais un mentor. " * 100  # 2 300 characters

    async def scenario() -> tuple[str, list[dict], list[dict]]:
        chat = Chat(base_url(prod))
        token = await chat.open()
        refused = await chat.say(long_text, timeout=20)
        accepted = await chat.say("bonjour")
        await chat.close()
        return token, refused, accepted

    token, refused, accepted = asyncio.run(scenario())
    assert texts(refused) == (
        "Votre message fait 2\u202f300 caractères : c'est trop long pour moi, je lis jusqu'à 2\u202f000 caractères. "
        "Raccourcissez-le ou envoyez-le en plusieurs fois."
    )
    assert texts(accepted).strip()
    assert user_texts(prod, sessions.verified_sender(SECRET.encode(), token)) == ["bonjour"]


def test_a_flood_is_answered_once_in_french_and_only_the_allowed_messages_reach_the_policies(prod):
    async def scenario() -> tuple[str, list[dict]]:
        chat = Chat(base_url(prod))
        token = await chat.open()
        before = len(chat.received)
        for number in range(1, 14):
            await chat.send(f"message {number}")
        replies = await chat.replies_after(before, quiet=3)
        await chat.close()
        return token, replies

    token, replies = asyncio.run(scenario())
    warning = (
        "Vous m'avez envoyé plus de 10 messages en 10 secondes : je n'ai pas lu les derniers. "
        "Attendez quelques secondes, puis renvoyez ce qui n'a pas été pris en compte."
    )
    assert [m.get("text") for m in replies].count(warning) == 1
    assert user_texts(prod, sessions.verified_sender(SECRET.encode(), token)) == [f"message {n}" for n in range(1, 11)]


def test_rasa_refuses_to_start_the_production_profile_without_a_session_secret(tmp_path):
    servers = Servers(
        tmp_path,
        credentials="credentials.production.yml",
        with_actions=False,
        env={"MENTORAT_SESSION_SECRET": "", "MENTORAT_ALLOWED_ORIGINS": ORIGIN},
    )
    try:
        with pytest.raises(RuntimeError, match="exited early"):
            servers.start(timeout=300)
    finally:
        servers.stop()
    assert "MENTORAT_SESSION_SECRET must be set" in (tmp_path / "rasa.log").read_text(encoding="utf-8")
