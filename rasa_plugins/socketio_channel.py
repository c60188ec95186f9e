"""The production socket.io channel: Rasa's ``SocketIOInput`` with four checks in front of the policies.

``credentials.production.yml`` names it ``rasa_plugins.socketio_channel.ProductionSocketIOInput``.

1. **Origin.** Every engine.io request, the long-polling ones and the WebSocket handshake alike,
   is refused with 403 when its ``Origin`` header is not in ``MENTORAT_ALLOWED_ORIGINS``
   (``assistant.web.limits.origin_allowed``). The check wraps engine.io's request handler rather
   than using python-socketio's ``cors_allowed_origins``: that option also makes engine.io add
   ``Access-Control-Allow-Origin`` headers, which Rasa's Sanic-CORS (``rasa run --cors``, needed
   by the page's health check) adds a second time, and browsers reject a response with two.
2. **Session bound to the socket.** ``session_request`` is confirmed only with a token the
   channel signed (``assistant.web.sessions``); a request without one, or with a forged, unsigned
   or altered one, gets a fresh session instead, so the claimed conversation is never joined. The
   sender id is kept in the socket's own session; the ``session_id`` a message names is checked
   against it, never trusted.
3. **Size.** A message longer than ``max_message_chars`` (2000) is answered in French and dropped.
4. **Rate.** More than ``rate_limit_messages`` (10) per ``rate_limit_seconds`` (10) for one
   conversation: the first message over is answered in French, the others of that window are
   dropped silently.

Refused messages never reach Rasa's ``on_new_message``, so they never reach the tracker or the
policies. The channel refuses to start without a session secret of 32 characters or more or
without allowed origins.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import engineio
import socketio
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request

from assistant.web import limits, sessions

logger = logging.getLogger(__name__)


class OriginCheckingEngineIO(engineio.AsyncServer):
    """engine.io server that refuses any request whose ``Origin`` is not allowed (polling and WebSocket)."""

    allowed: frozenset[str] = frozenset()

    async def handle_request(self, *args: Any, **kwargs: Any) -> Any:
        """Answer 403 to a refused ``Origin``, else let engine.io handle the request."""
        request: Request = args[0]
        origin = request.headers.get("origin")
        if not limits.origin_allowed(origin, self.allowed):
            logger.warning("socket.io request from origin %r refused", origin)
            return response.text("Origin not allowed.", status=403)
        return await super().handle_request(*args, **kwargs)


class OriginCheckingServer(socketio.AsyncServer):
    """python-socketio server built on :class:`OriginCheckingEngineIO`."""

    def __init__(self, allowed: frozenset[str], **kwargs: Any) -> None:
        self._allowed = allowed
        super().__init__(**kwargs)
        self.eio.allowed = allowed

    def _engineio_server_class(self) -> type:
        return OriginCheckingEngineIO


class ProductionSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with Origin check, signed sessions, size and rate limits."""

    @classmethod
    def name(cls) -> str:
        """Same name as Rasa's channel: same webhook prefix, same ``input_channel`` in the trackers."""
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Read the channel's settings; the secret and the origins come from the environment."""
        credentials = credentials or {}
        return cls(
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            namespace=credentials.get("namespace"),
            socketio_path=credentials.get("socketio_path", "/socket.io"),
            metadata_key=credentials.get("metadata_key", "metadata"),
            max_message_chars=int(credentials.get("max_message_chars", limits.MAX_MESSAGE_CHARS)),
            rate_limit_messages=int(credentials.get("rate_limit_messages", limits.RATE_MESSAGES)),
            rate_limit_seconds=float(credentials.get("rate_limit_seconds", limits.RATE_SECONDS)),
        )

    def __init__(
        self,
        *,
        max_message_chars: int = limits.MAX_MESSAGE_CHARS,
        rate_limit_messages: int = limits.RATE_MESSAGES,
        rate_limit_seconds: float = limits.RATE_SECONDS,
        **kwargs: Any,
    ) -> None:
        # Sessions are always persisted: the sender id is the signed session's, never the socket id.
        super().__init__(session_persistence=True, **kwargs)
        self.secret = sessions.secret_from_env()
        self.allowed_origins = limits.allowed_origins()
        self.max_message_chars = max_message_chars
        self.rate = limits.RateLimiter(rate_limit_messages, rate_limit_seconds)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """The socket.io endpoint with the checks of this module."""
        sio = OriginCheckingServer(self.allowed_origins, async_mode="sanic", cors_allowed_origins=[])
        socketio_webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> response.HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict, auth: dict | None = None) -> bool:
            return True

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any) -> None:
            claimed = data.get("session_id") if isinstance(data, dict) else None
            sender_id = sessions.verified_sender(self.secret, claimed)
            if sender_id is None:
                if claimed:
                    logger.warning("socket %s claimed a session it does not hold: a new session is issued", sid)
                token = sessions.new_session(self.secret)
                sender_id = sessions.verified_sender(self.secret, token)
            else:
                token = claimed
            await sio.save_session(sid, {"sender_id": sender_id, "token": token}, namespace=self.namespace)
            sio.enter_room(sid, sender_id, namespace=self.namespace)
            await sio.emit("session_confirm", token, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            bound = await sio.get_session(sid, namespace=self.namespace)
            if not bound or not isinstance(data, dict) or data.get("session_id") != bound["token"]:
                logger.warning("socket %s sent a message outside its session: dropped", sid)
                return
            text = data.get("message", "")
            if not isinstance(text, str):
                logger.warning("socket %s sent a message that is not text: dropped", sid)
                return
            answer = self._refusal(bound["sender_id"], text)
            if answer is not None:
                if answer:
                    await sio.emit(self.bot_message_evt, {"text": answer}, room=sid, namespace=self.namespace)
                return
            metadata = data.get(self.metadata_key, {})
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            message = UserMessage(
                text,
                SocketIOOutput(sio, self.bot_message_evt),
                bound["sender_id"],
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else {},
            )
            await on_new_message(message)

        return socketio_webhook

    def _refusal(self, sender_id: str, text: str) -> str | None:
        """None when the message may go on; else the French answer to send ("" for none)."""
        verdict = self.rate.check(sender_id)
        if verdict is limits.Rate.REFUSED:
            logger.warning("conversation %s over the rate limit: message dropped", sender_id)
            return limits.rate_limited_answer(self.rate.messages, self.rate.seconds)
        if verdict is limits.Rate.REFUSED_QUIETLY:
            return ""
        if limits.message_too_long(text, self.max_message_chars):
            logger.info("conversation %s sent %d characters: message dropped", sender_id, len(text))
            return limits.too_long_answer(len(text), self.max_message_chars)
        return None
