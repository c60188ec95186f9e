"""What the production socket.io channel lets through: origins, message size, message rate.

Plain Python, read by ``rasa_plugins/socketio_channel.py``; the French answers are in
``assistant/templates/messages.yml`` (``channel_message_too_long``, ``channel_rate_limited``).
"""

from __future__ import annotations

import os
import re
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urlsplit

ORIGINS_VARIABLE = "MENTORAT_ALLOWED_ORIGINS"
MAX_MESSAGE_CHARS = 2000
RATE_MESSAGES = 10
RATE_SECONDS = 10.0


class OriginsError(RuntimeError):
    """``MENTORAT_ALLOWED_ORIGINS`` is empty or names something that is not an origin."""


def normalise_origin(origin: str) -> str:
    """``scheme://host[:port]`` in lower case, without a trailing slash (how browsers send ``Origin``)."""
    return origin.strip().rstrip("/").lower()


def allowed_origins(env: Mapping[str, str] | None = None) -> frozenset[str]:
    """The origins of ``MENTORAT_ALLOWED_ORIGINS`` (separated by commas and/or spaces).

    Raises when the list is empty or holds ``*``, a path or something without a scheme and host:
    the production channel refuses to start rather than accept every origin or none.
    """
    env = os.environ if env is None else env
    origins = frozenset(normalise_origin(item) for item in re.split(r"[,\s]+", env.get(ORIGINS_VARIABLE, "")) if item)
    if not origins:
        raise OriginsError(f"{ORIGINS_VARIABLE} is empty: name the origins of the pages that embed the widget.")
    for origin in origins:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query:
            raise OriginsError(f"{ORIGINS_VARIABLE}: {origin!r} is not an origin like https://mentorat.example.org")
    return origins


def origin_allowed(origin: str | None, allowed: frozenset[str]) -> bool:
    """Whether a request with this ``Origin`` header may reach the channel.

    A request without ``Origin`` passes: browsers send one on every WebSocket handshake and every
    cross-origin request, so its absence means a client that is not a page of another site, and
    such a client could send any ``Origin`` it likes. What binds it is the signed session token.
    ``null`` (sandboxed frames, files) is refused.
    """
    if origin is None:
        return True
    return normalise_origin(origin) in allowed


def message_too_long(text: str, limit: int = MAX_MESSAGE_CHARS) -> bool:
    """Whether a message exceeds ``limit`` characters."""
    return len(text) > limit


def _grouped(number: int) -> str:
    """« 2 000 »: thousands separated by a narrow no-break space (French typography)."""
    return f"{number:,}".replace(",", "\u202f")


def too_long_answer(length: int, limit: int = MAX_MESSAGE_CHARS) -> str:
    """The French answer to a message of ``length`` characters over ``limit``."""
    from assistant.common.templating import message

    return message("channel_message_too_long", length=_grouped(length), limit=_grouped(limit))


def rate_limited_answer(messages: int = RATE_MESSAGES, seconds: float = RATE_SECONDS) -> str:
    """The French answer to the first message refused by the rate limit in a window."""
    from assistant.common.templating import message

    return message("channel_rate_limited", messages=messages, seconds=round(seconds))


class Rate(Enum):
    """What to do with one message under the rate limit."""

    ALLOWED = "allowed"
    REFUSED = "refused"  # refused, and the sender is told (once per window)
    REFUSED_QUIETLY = "refused quietly"  # refused again within the window: no second answer


@dataclass
class RateLimiter:
    """At most ``messages`` accepted messages per ``seconds`` for each key (a conversation), sliding window.

    Refused messages do not count, so a client that keeps sending still gets ``messages`` per
    window through. The state lives in the process: with several Rasa servers, socket.io's client
    affinity keeps a conversation's socket on one of them.
    """

    messages: int = RATE_MESSAGES
    seconds: float = RATE_SECONDS
    clock: Callable[[], float] = time.monotonic
    _accepted: dict[str, deque] = field(default_factory=dict)
    _told: dict[str, float] = field(default_factory=dict)
    _next_sweep: float = 0.0

    def check(self, key: str) -> Rate:
        """Count one message of ``key`` now and say whether it goes through."""
        now = self.clock()
        self._forget_idle(now)
        accepted = self._accepted.setdefault(key, deque())
        while accepted and now - accepted[0] >= self.seconds:
            accepted.popleft()
        if len(accepted) < self.messages:
            accepted.append(now)
            return Rate.ALLOWED
        told = self._told.get(key)
        if told is not None and now - told < self.seconds:
            return Rate.REFUSED_QUIETLY
        self._told[key] = now
        return Rate.REFUSED

    def _forget_idle(self, now: float) -> None:
        """Drop conversations idle for a whole window (at most once a window), so that the state stays bounded."""
        if len(self._accepted) < 1000 or now < self._next_sweep:
            return
        self._next_sweep = now + self.seconds
        for key in [k for k, times in self._accepted.items() if not times or now - times[-1] >= self.seconds]:
            del self._accepted[key]
            self._told.pop(key, None)
