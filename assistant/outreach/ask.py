"""Reading what the mentee asks the mentor for (a coffee, a call, a video call, how long, when) and the channel
of the message (its tu or vous: ``assistant/common/tone.py``)."""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold, fold_same_length, looks_like_code, words
from assistant.common.answers import Parsed
from assistant.common.channels import DEFAULT_MINUTES
from assistant.common.dates import MINUTES, WEEKDAYS
from assistant.common.durations import WORD_MINUTES, word_minutes
from assistant.common.french import bare
from assistant.outreach.model import MAX_ASK_CHARS, MAX_ASK_MINUTES, MIN_ASK_MINUTES

_ASK_KINDS = (
    ("video", re.compile(r"\b(?:visio\w*|video|zoom|teams|google meet|meet|en ligne|webcam|skype|a distance)\b")),
    (
        "coffee",
        re.compile(
            r"\b(?:cafe|kawa|dej|dejeuner|verre|restau|resto|boire|the|rdv|rendez-vous|rencontre|"
            r"bureau|sur place|en vrai|en personne)\b"
        ),
    ),
    (
        "call",
        re.compile(
            r"\b(?:appel|telephone|tel|coup de fil|call|echange|discussion|discuter|parler|bavarder|"
            r"telephonique|phone|entretien|parle|echanger)\b"
        ),
    ),
)
_ASK_HOURS = re.compile(r"(?:\bde|\bd'|\bpendant|\bdurant)\s*(\d)\s*h(?:eures?)?\s*(\d{2})?\b")
_WHEN_WORDS = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|matin|matinee|midi|soir|soiree|"
    r"apres-midi|aprem|semaine|week-end|weekend|mois|janvier|fevrier|mars|avril|mai|juin|"
    r"juillet|aout|septembre|octobre|novembre|decembre|demain|\d{1,2}\s*h\d{0,2}|journee|"
    r"creneau|creneaux|prochain|prochaine|jours?|heures? de bureau|pause|rentree|vacances)\b"
)
_FLEXIBLE = re.compile(
    r"\b(?:quand (?:ca|ça) (?:l'|lui |vous |te )?(?:arrange|convient)|quand (?:il|"
    r"elle) (?:veut|peut)|"
    r"si (?:il|elle) est dispo\w*|a sa convenance|comme (?:il|elle) veut|peu importe|"
    r"n'importe quand)\b"
)
_ASK_NOISE = re.compile(
    r"(?:\b(?:je (?:voudrais|veux|souhaite|souhaiterais|aimerais|vais)|j'aimerais|on pourrait|lui|"
    r"(?:lui )?(?:proposer|demander)|juste|simplement|genre|qu'(?:il|elle) me|peut-etre|idealement|"
    r"de preference|si possible|dispo(?:nible)?s?|je suis)\b\s*)"
)


def _ask_minutes(folded: str) -> int | None:
    match = MINUTES.search(folded)
    if match:
        return int(match.group(1))
    match = _ASK_HOURS.search(folded)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2) or 0)
    return word_minutes(folded)


def _availability(answer: str) -> str:
    """What is left of the ask once its kind and length are removed, when it says when (« mardi soir »)."""
    folded = fold_same_length(answer)
    spans = [
        m.span()
        for m in re.finditer(
            r"\b(?:un|une|d'un|d'une|le|la|petit|petite|court|courte)?\s*(?:(?:petit|petite|court|courte|bref|breve)\s+)?"
            r"(?:cafe|kawa|dej|dejeuner|verre|rdv|rendez-vous|appel|coup de fil|call|echange|discussion|visio\w*|"
            r"video|zoom|teams|meet|telephone|tel|entretien)(?:\s+(?:rapide|court|courte|bref|breve|telephonique|"
            r"en visio|par telephone|au telephone|en ligne|a distance))*\b",
            folded,
        )
    ]
    spans += [
        m.span()
        for m in re.finditer(
            r"\b(?:de|d'|pendant|durant|sur|en)?\s*(?:\d{1,3}\s*(?:min|mn|minutes?)|"
            r"(?:un |une |trois )?(?:quarts? d'heure|demi-heure|demi heure|petite heure|heure))\b",
            folded,
        )
    ]
    length_in_words = rf"(?:\b(?:de|d'|pendant|durant|sur|en)\s*)?{WORD_MINUTES.pattern}"
    spans += [m.span() for m in re.finditer(length_in_words, folded)]
    spans += [m.span() for m in _ASK_HOURS.finditer(folded)]
    spans += [m.span() for m in _ASK_NOISE.finditer(folded)]
    kept = list(answer)
    for start, end in spans:
        kept[start:end] = [" "] * (end - start)
    rest = clean("".join(kept)).strip(" ,;:.-–")
    rest = re.sub(r"^(?:et|ou|,)\s+", "", rest, flags=re.I).strip(" ,;:.")
    if _FLEXIBLE.search(fold(rest)) or not _WHEN_WORDS.search(fold(rest)):
        return ""
    # « Elle est à Paris et moi à Brest, donc, n'importe quel jour sauf le lundi »: from the first clause that says
    # when, so that « je suis disponible … » reads on
    clauses = [re.sub(r"^(?:donc|alors|et|du coup)\s+", "", c) for c in re.split(r"\s*[,;.]\s*|\s+donc\s+", rest)]
    first = next(i for i, clause in enumerate(clauses) if _WHEN_WORDS.search(fold(clause)))
    if first:
        rest = ", ".join(c for c in clauses[first:] if c).strip(" ,;:.")
    return rest


def parse_ask(text: str | None) -> Parsed:
    """The small first ask: value ``(key, minutes, availability)`` with a key of :data:`ASKS`.

    « un café » -> ``("coffee", 20, "")``; « un appel de 30 min mardi ou jeudi soir » ->
    ``("call", 30, "mardi ou jeudi soir")``. Problems: ``empty``, ``too_long``, ``markup``, ``unknown``
    (no coffee, call or video call in it), ``minutes`` (outside 10–45 minutes: a first ask stays short).
    """
    answer = bare(text or "")
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if looks_like_code(answer):
        return Parsed(problem="markup")
    if len(answer) > MAX_ASK_CHARS:
        return Parsed(problem="too_long")
    folded = fold(answer)
    minutes = _ask_minutes(folded)
    if minutes is not None and not MIN_ASK_MINUTES <= minutes <= MAX_ASK_MINUTES:
        return Parsed(problem="minutes")  # too long (or too short) whatever the kind of meeting
    key = next((name for name, pattern in _ASK_KINDS if pattern.search(folded)), None)
    if key is None:
        return Parsed(problem="unknown")
    return Parsed((key, minutes or DEFAULT_MINUTES, _availability(answer)))


#: Messaging apps the product has no format of its own for: how each is named after « propre ».
_PLATFORMS = (
    ("à Instagram", r"insta\w*|\binsta\b|\big\b"),
    ("à WhatsApp", r"whats ?app|\bwa\b|\bwhatsap\b"),
    ("à Messenger", r"messenger"),
    ("à Facebook", r"facebook|\bfb\b"),
    ("à TikTok", r"tik ?tok"),
    ("à X (Twitter)", r"twitter"),
    ("à Slack", r"slack"),
    ("à Discord", r"discord"),
    ("à Teams", r"\bteams\b"),
    ("à Signal", r"\bsignal\b"),
    ("à Telegram", r"telegram"),
    ("aux SMS", r"\bsms\b|\btexto\w*|\bpar message sur (?:son|mon) (?:tel|telephone|portable)"),
)
_PLATFORM = re.compile("|".join(f"(?:{words})" for _name, words in _PLATFORMS))
#: « pas LinkedIn », « plutôt qu'un mail »: a channel named to be set aside.
_SET_ASIDE = re.compile(
    r"\b(?:pas|non|plutot qu'|plutot que|au lieu d'|au lieu de|et non)\s*(?:(?:en|sur|par|de|d'|un|une|le|la|l')\s*)*"
    r"(?:note|message|e-?mail|mail|courriel|linked ?in|inmail|insta\w*|whats ?app|sms|texto|messenger|facebook|fb)\b"
    r"(?:\s+linked ?in)?"
)


def named_platform(text: str | None) -> str:
    """« à Instagram », « aux SMS »: the messaging app named in ``text`` that has no format of its own here, or ""."""
    folded = _SET_ASIDE.sub(" ", fold(clean(text)))
    return next((name for name, words in _PLATFORMS if re.search(words, folded)), "")


_CHANNEL_WORDS = (
    ("direct_message", _PLATFORM),
    (
        "linkedin_note",
        re.compile(
            r"\bnote\b|\binvitation\b|\binvit\b|demande de (?:connexion|contact|mise en relation)"
            r"|\bconnexion\b"
        ),
    ),
    ("linkedin_message", re.compile(r"\binmail\b|\bin-mail\b|message (?:prive|direct)|\bmp\b|\bdm\b|linked ?in")),
    (
        "email",
        re.compile(
            r"\b(?:e-?mail|mail|mel|courriel|adresse (?:pro|mail)|gmail|outlook)s?\b"
            r"|\b(?:courrier|adresse|message) electronique\b"
        ),
    ),
)


def parse_channel(text: str | None) -> str | None:
    """The channel named in ``text`` (a key of :data:`CHANNELS`), or None. A channel set aside is not the one named
    (« pas LinkedIn, Instagram »); a messaging app without a format of its own is a ``direct_message``."""
    folded = _SET_ASIDE.sub(" ", fold(clean(text)))
    if not folded:
        return None
    for key, pattern in _CHANNEL_WORDS:
        if pattern.search(folded):
            return key
    return None
