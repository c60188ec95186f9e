"""The channels a message to a mentor is sent by, and the small meetings it may ask for."""

from __future__ import annotations

CHANNELS: dict[str, tuple[str, int | None]] = {
    "linkedin_note": ("Note d'invitation LinkedIn", 300),
    "linkedin_message": ("Message LinkedIn", 1900),
    "email": ("E-mail", None),
    # Instagram, WhatsApp, SMS…: no format of their own here; a short private message without LinkedIn's words
    # (1000 characters: Instagram's limit for a direct message). Not offered as a button, read when named.
    "direct_message": ("Message privé", 1000),
}
#: The channels offered as buttons (a private message elsewhere is written when the mentee names it).
OFFERED = ("linkedin_note", "linkedin_message", "email")
ASKS: dict[str, str] = {"call": "un court appel", "coffee": "un café", "video": "un échange en visio"}
DEFAULT_MINUTES = 20


def channel_label(key: str) -> str:
    """French label of a channel key (« E-mail »); the key itself when unknown."""
    return CHANNELS.get(key, (key, None))[0]
