"""Small text helpers shared by the coaching checks."""

from __future__ import annotations

import re
import unicodedata

#: Longest answer kept for one field; longer text is refused with an explanation, never cut.
MAX_FIELD_CHARS = 400

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)?")
#: The polite words a request may end with (« stp », « s'il vous plaît », « merci »), as a pattern to build on.
POLITE = r"(?:stp|svp|s'il (?:te|vous) pla[iî]t|merci)"
#: Those words at the end of a message, with what follows them (« …, merci ! »): ``POLITE_END.sub("", text)``.
POLITE_END = re.compile(rf"[\s,]*\b{POLITE}\W*$", re.IGNORECASE)


def normalize_apostrophes(text: str) -> str:
    """Replace typographic apostrophes by the ASCII one, so ``l’objectif`` reads as ``l'objectif``."""
    return text.translate(_APOSTROPHES)


def clean(text: str | None) -> str:
    """Trim a user's answer: unify apostrophes, drop control characters, collapse whitespace."""
    if not text:
        return ""
    text = normalize_apostrophes(text)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised form of ``text`` for keyword matching."""
    text = normalize_apostrophes(text).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_same_length(text: str) -> str:
    """``fold`` character by character, so that positions in the result are positions in ``text``."""
    return "".join((fold(c) or " ")[:1] if len(fold(c)) != 1 else fold(c) for c in text)


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits only)."""
    return _WORD.findall(fold(text))


_ORDINALS = {
    "premier": 1,
    "premiere": 1,
    "1er": 1,
    "1ere": 1,
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "2e": 2,
    "2eme": 2,
    "troisieme": 3,
    "3e": 3,
    "3eme": 3,
    "quatrieme": 4,
    "4e": 4,
    "4eme": 4,
    "cinquieme": 5,
    "5e": 5,
    "5eme": 5,
    "sixieme": 6,
    "septieme": 7,
    "huitieme": 8,
    "neuvieme": 9,
    "dixieme": 10,
}
_ORDINAL = re.compile(
    r"^(?:(?:le|la|l'|objectif|l'objectif|question|la question|numero|n|no|n°)\s*)*"
    r"(\d{1,3}|[a-z0-9]+)$"
)


def ordinal_number(text: str) -> int | None:
    """The number in « 2 », « le 2 », « n°2 », « le deuxième », « l'objectif 3 »; None otherwise."""
    match = _ORDINAL.match(fold(clean(text)).replace("n°", "n "))
    if not match:
        return None
    token = match.group(1)
    return int(token) if token.isdigit() else _ORDINALS.get(token)


#: A number pointed at inside a short answer: « le 2 », « l'objectif 3 », « n°1 » (digits after such a word).
_POINTED = re.compile(r"(?<![\w'])(?:l'objectif|objectif|le|la|l'|numero|n|no)\s*(\d{1,2})\b")
#: Words that correct what came before in the same message (« l'objectif 3… ah non pardon, le 2 »).
_CORRECTION = re.compile(r"\b(?:non|pardon|plutot|en fait|je voulais dire|jvoulais dire|je veux dire|oups|erreur)\b")


def pointed_number(text: str | None, max_words: int = 12) -> int | None:
    """The number a short answer points at with words around it: « Le second, concernant les entretiens » is 2,
    « ah non pardon le 2 » is 2 (after a correction word, the last number said counts), « le premier, celui du
    poste » is 1. None when the answer is long or points at nothing; « 2 entretiens » points at nothing."""
    whole = ordinal_number(text or "")
    if whole is not None:
        return whole
    folded = fold(clean(text)).replace("n°", "n ")
    if len(words(folded)) > max_words:
        return None
    found = [(m.start(), int(m.group(1))) for m in _POINTED.finditer(folded)]
    found += [(m.start(), _ORDINALS[m.group(0)]) for m in re.finditer(r"[a-z0-9]+", folded) if m.group(0) in _ORDINALS]
    if not found:
        return None
    found.sort()
    return found[-1][1] if _CORRECTION.search(folded) else found[0][1]


_MARKUP = re.compile(r"<\s*/?\s*[a-z!][^>]*>|javascript:|&#\d+;|&[a-z]+;", re.I)
#: Frequent English words that are not French words too (folded).
_ENGLISH = {
    "the",
    "and",
    "you",
    "your",
    "i'm",
    "hello",
    "hi",
    "would",
    "could",
    "please",
    "thanks",
    "thank",
    "with",
    "what",
    "how",
    "want",
    "need",
    "help",
    "my",
    "is",
    "are",
    "to",
    "of",
    "for",
    "be",
    "have",
    "this",
    "that",
    "it",
    "can",
    "will",
    "do",
    "don't",
    "i",
    "am",
    "we",
    "about",
    "from",
    "mentor?",
    "dear",
    "regards",
    "best",
    "looking",
    "forward",
    "meet",
    "call",
    "time",
    "know",
    "just",
    "like",
    "write",
    "which",
    "when",
    "where",
    "who",
    "why",
}
#: Frequent French words (folded) that tell a French sentence apart.
_FRENCH = {
    "je",
    "j'ai",
    "tu",
    "vous",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "de",
    "du",
    "et",
    "est",
    "pour",
    "avec",
    "mon",
    "ma",
    "mes",
    "votre",
    "vos",
    "que",
    "qui",
    "pas",
    "ne",
    "sur",
    "dans",
    "au",
    "aux",
    "ce",
    "cette",
    "il",
    "elle",
    "nous",
    "bonjour",
    "merci",
    "suis",
    "sais",
    "veux",
    "voudrais",
    "aimerais",
    "c'est",
    "d'un",
    "d'une",
    "l'",
}


def has_markup(text: str | None) -> bool:
    """True when ``text`` holds HTML tags, entities or a ``javascript:`` link (shown as text, never run)."""
    return bool(text and _MARKUP.search(text))


_SQL = re.compile(
    r"\b(?:select\b.+\bfrom|insert\s+into|update\s+\w+\s+set|delete\s+from|drop\s+(?:table|database)|"
    r"union\s+select|alter\s+table|truncate\s+table)\b|'\s*or\s+'?1'?\s*=\s*'?1|;\s*--",
    re.I | re.S,
)


def looks_like_code(text: str | None) -> bool:
    """True for markup (:func:`has_markup`) or SQL statements (« DROP TABLE … », « ' OR 1=1 »).

    Such text is stored safely anyway (bound parameters, shown as text); this only decides whether it
    belongs in a message to a mentor.
    """
    if not text:
        return False
    return has_markup(text) or bool(_SQL.search(text))


def meaningful_words(text: str | None) -> list[str]:
    """Folded words of three letters or more that carry meaning (not « le », « 2 », « de »)."""
    return [w for w in words(text or "") if len(w) >= 3 and not w.isdigit() and w not in _FRENCH]


def looks_foreign(text: str | None) -> bool:
    """True when ``text`` reads as English (or at least clearly not French): more English than French words.

    Short answers (fewer than four words) are never judged: « ok », « LinkedIn », a name.
    """
    tokens = words(text or "")
    if len(tokens) < 4:
        return False
    english = sum(token in _ENGLISH for token in tokens)
    french = sum(token in _FRENCH for token in tokens)
    return english >= 2 and english > 2 * french


#: Folded words of familiar or SMS-style French (« c quoi », « ouais », « stp », « lol »), never English.
_FAMILIAR_FRENCH = {
    "c",
    "quoi",
    "bon",
    "ouais",
    "oui",
    "non",
    "lol",
    "mdr",
    "ptdr",
    "stp",
    "svp",
    "jsuis",
    "chui",
    "jpeux",
    "tkt",
    "trop",
    "cest",
    "jai",
    "ca",
    "enregistre",
    "enregistrez",
    "moi",
    "toi",
}


def reads_as_french(text: str | None) -> bool:
    """True when ``text`` has at least two French words, familiar ones counted (« lol c quoi ça, bon go »),
    and no more English than French: SMS-style French is still French."""
    tokens = words(text or "")
    french = sum(token in _FRENCH or token in _FAMILIAR_FRENCH for token in tokens)
    english = sum(token in _ENGLISH for token in tokens)
    return french >= 2 and english <= french


_NUMBERED = re.compile(r"\b(?:version|v|brouillon|objectif|numero|n|no)\s*(\d{1,3})\b")


def mentioned_number(text: str | None) -> int | None:
    """The number a request points at: « garde la version 2 », « v3 », « le deuxième brouillon », « objectif 2 »."""
    folded = fold(clean(text)).replace("n°", "n ")
    match = _NUMBERED.search(folded)
    if match:
        return int(match.group(1))
    for token in words(folded):
        if token in _ORDINALS:
            return _ORDINALS[token]
    return ordinal_number(text or "")


#: « D'accord : », « Ok, », « Très bien. » at the start of an answer: the mentee replying to the coach, not part
#: of what they answer (folded, same length as the text).
_ACKNOWLEDGED = re.compile(
    r"^(?:(?:d'accord|dac|ok|okay|oui|ouais|bon|bien|alors|tres bien|parfait|entendu|ca marche|pas de souci|"
    r"super|top|nickel|voila)\s*[:,.!;–-]+\s*)+"
)


def without_acknowledgement(text: str) -> str:
    """``text`` without the « D'accord : » it starts with (« D'accord : améliorer mon portfolio » -> « améliorer
    mon portfolio »); as it is when nothing else is left."""
    lead = _ACKNOWLEDGED.match(fold_same_length(text))
    rest = text[lead.end() :] if lead else text
    return rest if words(rest) else text


_QUESTION_START = re.compile(
    r"^(?:comment|pourquoi|qu'est-ce|qu'est ce|quel|quelle|quels|quelles|est-ce|est ce|c'est quoi|c quoi|c koi|"
    r"ca sert|a quoi|combien|ou |qui |peux-tu|pouvez-vous|tu peux|vous pouvez|dis-moi|dites-moi|explique|"
    r"expliquez|je me demande|je me demandais|j'aimerais savoir|je voudrais savoir|on fait comment|"
    r"y a-t-il|il y a quoi|faut-il|doit-on|dois-je|puis-je|est il|est-il|un mentor c'est|le mentorat c'est)"
)


def looks_like_question(text: str | None) -> bool:
    """True when ``text`` is phrased as a question: a question mark, or an interrogative opening."""
    folded = fold(clean(text))
    return "?" in folded or bool(_QUESTION_START.match(folded))


def joined(items: list[str]) -> str:
    """« a », « a et b », « a, b et c »: items listed in a French sentence."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]
