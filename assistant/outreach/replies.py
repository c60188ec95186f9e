"""Reading what the mentee says of a message sent: the day it left, whether the mentor said yes or no, how long ago.

Plain rules on the folded text (no model): the intents ``message_sent``, ``note_reply`` and ``no_reply`` say what the
message is about; these functions read the details the actions need.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.coaching.text import fold
from assistant.common.dates import Deadline, local_today
from assistant.common.past_dates import parse_past_date

#: Days to wait for an answer before a follow-up (the rehearsal's « une semaine » and the nudges use it too).
WAIT_DAYS = 7

_NEGATIVE = re.compile(
    r"\b(?:refus\w*|declin\w*|dit non|c'est non|repondu non|un non|negati\w*|malheureusement|pas (?:le )?temps|"
    r"(?:pas|plus) (?:de )?(?:dispo|disponible)s?|indisponible|(?:ne )?(?:peut|pourra|pourrait) pas|"
    r"pas possible|impossible|deborde\w*|non merci|pas (?:pour )?le moment|pas en mesure|ne (?:prend|suit) plus|"
    r"pas interesse\w*|decu\w*|c'est mort|no go|nope)\b"
)
_POSITIVE = re.compile(
    r"\b(?:accept\w*|dit oui|c'est oui|repondu oui|un oui|ok pour|d'accord|partant\w*|ravie?s?|avec plaisir|"
    r"volontiers|positi\w*|rdv|rendez-vous|on se voit|on s'appelle|on se (?:cale|capte)|propose\w* (?:un|des|une) "
    r"(?:creneau|date|cafe|appel|visio)|dispo(?:nible)? pour|bonne nouvelle|super nouvelle|youpi|genial|trop bien|"
    r"yes|ca marche|carrement|il est (?:ok|chaud)|elle est (?:ok|chaude)|(?:il|elle) (?:veut|voudrait) bien|"
    r"(?:il|elle) (?:est |serait )?(?:ok|d'accord|partante?) pour|(?:il|elle) me (?:propose|donne) (?:un|une|rdv))\b"
)
_SINCE = re.compile(r"\b(?:depuis|ca fait|cela fait|voila|ya|y a)\b")


def read_reply(text: str) -> str | None:
    """``positive``, ``negative`` or None (not said) for what the mentee tells of the mentor's answer."""
    folded = fold(text or "").replace("’", "'")
    if _NEGATIVE.search(folded):
        return "negative"
    if _POSITIVE.search(folded):
        return "positive"
    return None


def day_said(text: str, today: date | None = None) -> Deadline:
    """The day a message names (« je lui ai envoyé lundi », « depuis 10 jours »), with the problems of
    :func:`assistant.common.dates.parse_past_date` (``unparseable`` when no day is said)."""
    return parse_past_date(_SINCE.sub("il y a", fold(text or "")), today or local_today())


def sent_day(text: str, today: date | None = None) -> Deadline:
    """The day the message was sent: the day said, else today; ``future`` (« je l'envoie demain ») and ``too_old``
    are kept as problems."""
    today = today or local_today()
    found = day_said(text, today)
    if found.problem in ("future", "too_old"):
        return found
    return found if found.ok else Deadline(value=today)


def days_since(day: date, today: date | None = None) -> int:
    """Whole days from ``day`` to today."""
    return ((today or local_today()) - day).days


#: « je fais quoi ? », « que faire ? », « je le relance ? »: the mentee asks for the next step, not for advice.
_NEXT_STEP = re.compile(
    r"\b(?:je fais quoi|j'fais quoi|jfais quoi|on fait quoi|je dois faire quoi|que (?:dois-je|faut-il) faire|"
    r"que faire|quoi faire|tu me conseilles quoi|vous me conseillez quoi|je (?:le|la) relance|faut (?:le|la) relancer|"
    r"je relance)\b"
)


def asks_next_step(text: str | None) -> bool:
    """Whether a message about a mentor's silence asks what to do now (then the follow-up is written at once)."""
    return bool(_NEXT_STEP.search(fold(text or "")))


#: « je l'ai pas encore envoyé », « jlenvoie ce soir », « je vais l'envoyer demain » (folded): not sent yet.
_NOT_SENT_YET = re.compile(
    r"\b(?:pas encore|pas toujours|toujours pas|pas) (?:ete )?envoye|\b(?:je|j) ?l'?envoie\b|\bjlenvoie\b|"
    r"\b(?:je vais|jvais|vais) l'?envoyer\b|\bl'?envoyer (?:ce soir|demain|plus tard|bientot)\b"
)


def not_sent_yet(text: str | None) -> bool:
    """Whether the mentee says the message has not left yet (« je l'ai pas encore envoyé, je l'envoie ce soir »)."""
    return bool(_NOT_SENT_YET.search(fold(text or "")))
