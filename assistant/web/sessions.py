"""Session tokens of the widget's socket.io channel in the production profile.

A token is ``<sender id>.<signature>``: the sender id is 32 random hex digits (the conversation's
``sender_id`` in the tracker store and the outcomes), the signature is the HMAC-SHA256 of the
sender id under ``MENTORAT_SESSION_SECRET``, base64url without padding. The channel issues a token
to a socket that asks for a new session and accepts a session request only with a token it could
have issued itself, so a client cannot claim a conversation whose token it never received, even
when it knows the sender id (logs, an export file, the CLI). Every Rasa server that shares the
secret verifies a token without shared state, which the scale-out deployment needs.

The sender id alone is what the tracker store, the outcomes and the logs see: the signature stays
between the browser and the channel.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Mapping

SECRET_VARIABLE = "MENTORAT_SESSION_SECRET"
#: A shorter secret is refused: 32 characters of ``secrets.token_urlsafe`` carry about 190 bits.
MIN_SECRET_LENGTH = 32
_SENDER = re.compile(r"^[0-9a-f]{32}$")
_SIGNATURE = re.compile(r"^[A-Za-z0-9_-]{43}$")
_DOMAIN = b"mentorat-socketio-session:"


class SessionSecretError(RuntimeError):
    """The session secret is missing or too short: the production channel must not start."""


def secret_from_env(env: Mapping[str, str] | None = None) -> bytes:
    """The signing secret from ``MENTORAT_SESSION_SECRET``; raises when it is missing or too short."""
    env = os.environ if env is None else env
    value = env.get(SECRET_VARIABLE, "")
    if len(value) < MIN_SECRET_LENGTH:
        raise SessionSecretError(
            f"{SECRET_VARIABLE} must be set to a random string of at least {MIN_SECRET_LENGTH} characters "
            '(e.g. python -c "import secrets; print(secrets.token_urlsafe(32))"); '
            "every Rasa server of a deployment needs the same one."
        )
    return value.encode()


def _signature(secret: bytes, sender_id: str) -> str:
    digest = hmac.new(secret, _DOMAIN + sender_id.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sign(secret: bytes, sender_id: str) -> str:
    """The token of ``sender_id``: ``<sender id>.<signature>``."""
    return f"{sender_id}.{_signature(secret, sender_id)}"


def new_session(secret: bytes) -> str:
    """A token for a new conversation with a fresh random sender id."""
    return sign(secret, secrets.token_hex(16))


def verified_sender(secret: bytes, token: object) -> str | None:
    """The sender id a token was issued for, or None when the token is not one the channel issued."""
    if not isinstance(token, str) or token.count(".") != 1:
        return None
    sender_id, signature = token.split(".")
    if not (_SENDER.match(sender_id) and _SIGNATURE.match(signature)):
        return None
    return sender_id if hmac.compare_digest(signature, _signature(secret, sender_id)) else None
