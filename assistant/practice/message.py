"""A message the mentee wrote to a potential mentor, as the review reads it: subject, lines, sentences,
register; whether a text is a message at all, which channel it suits, and the message pasted with a request."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold, looks_foreign, words

MAX_CRITIQUE_CHARS = 3000
#: Fewer words than this is a request or a greeting, not a message — unless it opens like a message.
MIN_WORDS = 8
MIN_GREETED_WORDS = 4
NOTE_MIN, NOTE_MAX = 80, 300

SUBJECT = re.compile(r"^\s*(?:objet|sujet|subject)\s*:", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
GREETING = re.compile(r"^(?:bonjour|bonsoir|salut|slt|bjr|hello|coucou|hey|cher|chere|madame|monsieur)\b")
GREETING_NAME = re.compile(r"^(?:Bonjour|Bonsoir|Salut|Hello|Coucou|Cher|Chère)\s+([A-ZÀ-Ý][\w'-]+)")
SIGNATURE = re.compile(r"^[A-ZÀ-Ý][\w'-]+(?:\s[A-ZÀ-Ý][\w'-]+){0,2}$")
NOT_SIGNATURES = {
    "cordialement",
    "merci",
    "bien",
    "amities",
    "bonne",
    "belle",
    "sincerement",
    "salutations",
    "madame",
    "monsieur",
    "bonjour",
}
_TU_WORDS = {"tu", "te", "toi", "ton", "ta", "tes"}
_VOUS_WORDS = {"vous", "votre", "vos"}


@dataclass(frozen=True)
class Message:
    """The mentee's message, split for the checks."""

    subject: str
    lines: tuple[str, ...]  # cleaned non-empty body lines, original case
    sentences: tuple[str, ...]  # cleaned sentences, original case
    flat: str  # the body on one line
    folded: str  # fold(flat)
    tu: bool


def read_message(text: str) -> Message:
    """The message split into subject, lines and sentences, with its register (tu or vous)."""
    lines = [clean(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    subject = ""
    if lines and SUBJECT.match(lines[0]):
        subject, lines = lines[0].split(":", 1)[1].strip(), lines[1:]
    sentences = [part for line in lines for part in _SENTENCE_END.split(line) if part]
    flat = " ".join(lines)
    tokens = words(flat)
    tu = sum(t in _TU_WORDS or t.startswith("t'") for t in tokens) > sum(t in _VOUS_WORDS for t in tokens)
    return Message(subject, tuple(lines), tuple(sentences), flat, fold(flat), tu)


def original(text: str, folded: str, match: re.Match) -> str:
    """The matched part in the original spelling (accents kept) when folding kept the length."""
    return text[match.start() : match.end()] if len(text) == len(folded) else match.group(0)


def _is_greeting_only(sentence: str) -> bool:
    folded = fold(sentence)
    return bool(GREETING.match(folded)) and "?" not in sentence and len(words(sentence)) <= 4


def body_sentences(msg: Message) -> list[str]:
    """The sentences of the message but a lone greeting."""
    return [s for s in msg.sentences if not _is_greeting_only(s)]


# --- concrete details shared with the rehearsal ------------------------------------------------------


_MONTHS = r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_NUMBER_WORDS = r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cent|mille"
DURATION = re.compile(
    rf"\b(?:\d{{1,3}}|{_NUMBER_WORDS}|quarante-cinq)\s*(?:min|mn|minutes?)\b|\b(?:une\s+)?demi[- ]heure\b"
    r"|\bun quart d'heure\b|\b(?:une|1)\s*(?:petite\s+)?heure\b"
)
_DEADLINE = re.compile(
    rf"\bd'ici\b|\bavant (?:la fin|l'ete|l'automne|l'hiver|le printemps|la rentree|fin)\b|\bfin (?:{_MONTHS})\b"
    rf"|\b(?:{_MONTHS})\b|\b20\d\d\b|\bdans (?:les )?(?:\d+|{_NUMBER_WORDS}|quelques) (?:mois|semaines|ans)\b"
    r"|\ba la rentree\b|\bcette annee\b|\bl'annee prochaine\b|\bau (?:printemps|premier semestre|second semestre)\b"
    r"|\bcet (?:ete|automne|hiver)\b|\bfin d'annee\b|\bfin de l'annee\b|\bcet? (?:trimestre|semestre)\b"
    r"|\b(?:le mois|la semaine|l'an) prochaine?\b|\bdans (?:un|une) (?:mois|semaine|an)\b"
)
_NUMBER = re.compile(rf"\b\d+(?:[.,]\d+)?\b|\b(?:{_NUMBER_WORDS})\b")


def has_concrete_detail(text: str) -> bool:
    """True when ``text`` holds a number or a deadline; meeting lengths (« 20 minutes ») do not count."""
    folded = DURATION.sub(" ", fold(text))
    return bool(_NUMBER.search(folded) or _DEADLINE.search(folded))


_NAMED = re.compile(r"«[^»]{2,}»|\"[^\"]{2,}\"")
_COMMON_CAPITALS = {
    "je",
    "j'ai",
    "mon",
    "ma",
    "mes",
    "linkedin",
    "vous",
    "votre",
    "tu",
    "ton",
    "il",
    "elle",
    "le",
    "la",
    "les",
    "et",
    "merci",
    "bonjour",
    "objectif",
}


def named(sentence: str) -> bool:
    """A named project: a quoted name, or a capitalised word that does not start the sentence."""
    if _NAMED.search(sentence):
        return True
    tokens = [re.sub(r"^[dlj]'", "", tok, flags=re.I) for tok in re.findall(r"[\w'-]+", sentence)[1:]]
    return any(tok[:1].isupper() and fold(tok) not in _COMMON_CAPITALS for tok in tokens)


#: Words of someone talking about a message rather than pasting one (« tu peux relire mon message ? »).
_ABOUT_A_MESSAGE = re.compile(
    r"\b(?:mon|ma|ce|cette|le|un|une|du|au|votre|ton|vos|tes) (?:message|mail|e-mail|brouillon|msg|note|demande|truc|"
    r"texte)\b|\brelire\b|\brelecture\b|"
    r"\brelis\b|\benvoyer ca\b|\bcomme message\b|\bcritiqu|\ben penses\b|\bavis\b|\bfeedback\b|\bcorrige|"
    r"\bverifie|\bregarde"
)
#: A greeted request for a review, not a message: the mentee's own message named, and an opinion asked (folded).
_OWN_MESSAGE = re.compile(
    r"\bj'ai (?:ecrit|redige|prepare|fait)\b|\bmon (?:message|mail|e-mail|brouillon|texte|msg)\b|"
    r"\bun (?:message|mail|e-mail|msg|texte) (?:que|qu')"
)
_REVIEW_ASKED = re.compile(
    r"\b(?:en pensez|en penses|ce que vous en dites|avant (?:que je l'envoie|de l'envoyer)|relire|relisez|relis|"
    r"(?:votre|ton) avis|corriger|corrigez)\b"
)
#: Beyond this many words, a text that talks about « mon message » is taken as a message anyway.
MAX_REQUEST_WORDS = 30
#: … and up to this many, in one paragraph, when it says it wrote a message and asks for a review (« Bonjour ! Je suis
#: doctorante … J'ai écrit un message pour une ingénieure …, pourriez-vous le relire ? »).
MAX_TOLD_WORDS = 80


def guess_channel(text: str) -> str:
    """``email`` for a message with an « Objet : » line (or a long one signed « Cordialement »),
    ``linkedin_note`` for 300 characters or fewer, ``linkedin_message`` otherwise."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    flat = clean(text)
    if (lines and SUBJECT.match(lines[0])) or ("cordialement" in fold(flat) and len(flat) > NOTE_MAX):
        return "email"
    return "linkedin_note" if len(flat) <= NOTE_MAX else "linkedin_message"


def message_problem(text: str) -> str | None:
    """Why ``text`` cannot be reviewed as a message (``empty``, ``too_long``, ``foreign``, ``not_a_message``);
    None when it can."""
    flat = clean(text)
    if not flat:
        return "empty"
    if len(text.strip()) > MAX_CRITIQUE_CHARS:
        return "too_long"
    if looks_foreign(flat):
        return "foreign"
    count, folded = len(words(flat)), fold(flat)
    greeted = bool(GREETING.match(folded))
    if count < MIN_WORDS and not (count >= MIN_GREETED_WORDS and greeted):
        return "not_a_message"
    if not greeted and count <= MAX_REQUEST_WORDS and _ABOUT_A_MESSAGE.search(folded):
        return "not_a_message"
    told = "\n" not in text.strip() and count <= MAX_TOLD_WORDS  # one paragraph: no letter pasted
    if (count <= MAX_REQUEST_WORDS or told) and _OWN_MESSAGE.search(folded) and _REVIEW_ASKED.search(folded):
        return "not_a_message"  # « Bonsoir. J'ai écrit un message …, pourriez-vous me dire ce que vous en pensez ? »
    return None


_PASTE_LEAD = re.compile(
    r"^.{0,80}?\b(?:voici|voila|mon message|mon mail|mon e-mail|mon brouillon|ma note|ce que j'ai ecrit|"
    r"le message|je te colle|je vous colle|relis|relisez|critique|critiquez)\b[^:]{0,60}:\s*",
)


def pasted_message(text: str) -> str:
    """The message the mentee pasted with the request, or ``""``.

    « voici mon message : Bonjour Claire, … » gives « Bonjour Claire, … »; a text that is itself a message
    (opens with a greeting and can be critiqued) is returned whole; « critique mon message » gives ``""``.
    """
    flat = (text or "").strip()
    lead = _PASTE_LEAD.match(fold(flat))
    if lead:
        rest = flat[lead.end() :].strip() if len(fold(flat)) == len(flat) else flat.split(":", 1)[1].strip()
        return rest if message_problem(rest) is None else ""
    if GREETING.match(fold(flat)) and message_problem(flat) is None:
        return flat
    return ""
