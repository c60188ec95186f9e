"""Reading the journal answers: action items with their due dates (« refaire mon CV — 15 janvier »), and which
open item « c'est fait pour le CV » or « la 2 est faite » means."""

from __future__ import annotations

import re
from datetime import date

from assistant.coaching.text import clean, fold, fold_same_length, meaningful_words, mentioned_number, words
from assistant.common.answers import Parsed
from assistant.common.dates import MONTH_NAMES, local_today, parse_deadline
from assistant.common.past_dates import parse_past_date
from assistant.common.spelling import is_infinitive
from assistant.journal.model import ActionRecord, PlannedAction

#: At most this many action items from one meeting.
MAX_ACTIONS = 10
#: Longest action item kept, in characters.
MAX_ACTION_CHARS = 200
#: Answers meaning « nothing was agreed » (folded words).
NO_ACTIONS = {
    "aucune",
    "aucun",
    "rien",
    "non",
    "rien de prevu",
    "rien du tout",
    "pas d'action",
    "pas d'actions",
    "aucune action",
    "rien de special",
    "rien pour l'instant",
    "pas pour l'instant",
    "nada",
}
#: Line starts of a list: « - », « • », « 1. », « 2) ».
_BULLET = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)])\s*")
#: Where a line's date starts: a dash, a colon, or « pour le », « d'ici », « avant », « au plus tard ».
_DUE_SPLIT = re.compile(
    r"\s+[—–-]\s+|\s*:\s+|,\s*|\s+(?=(?:pour|d'ici|d ici|avant|au plus tard|le \d|fin|debut|dans \d+|"
    r"dans (?:un|une|deux|trois|quinze))\b)",
    re.I,
)


def split_lines(text: str) -> list[str]:
    """The items of an answer: one a line, or separated by « ; » when written on one line."""
    lines = [line for line in re.split(r"[\n;]+", text) if line.strip()]
    return [_BULLET.sub("", line).strip(" .") for line in lines if _BULLET.sub("", line).strip(" .")]


#: A day and month without a year (« 3 décembre », « 3/12 »): read as past when it was a few weeks ago.
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{MONTH_NAMES})\b(?!\s+\d{{4}})|\b\d{{1,2}}/\d{{1,2}}\b(?!/)")
#: How many days back a day and month without a year is still read as a date gone by, not next year's.
RECENT_DAYS = 60


def _recently_past(tail: str, today: date) -> bool:
    if not _DAY_MONTH.search(fold(tail)):
        return False
    past = parse_past_date(tail, today)
    return past.value is not None and 0 < (today - past.value).days <= RECENT_DAYS


def _due_of(line: str, today: date) -> tuple[str, date | None, str | None]:
    """(what, due date, problem) of one line; the date is looked for after the last separator first."""
    folded = fold(line)
    pieces = [m.start() for m in _DUE_SPLIT.finditer(folded)]
    for start in reversed(pieces):
        head, tail = line[:start].strip(" ,:—–-"), line[start:].strip(" ,:—–-")
        head = re.sub(r"\s+(?:pour|avant|d'ici|au plus tard)$", "", head, flags=re.I)
        if not head or not words(head):
            continue
        if _recently_past(tail, today):
            return head, None, "past"
        due = parse_deadline(tail, today)
        if due.ok:
            return head, due.value, None
        if due.problem in ("past", "too_far") and len(words(tail)) <= 5:
            return head, None, due.problem
    return line, None, None


#: « moi : …, … lui : … », « Pour moi : … Pour elle : … »: the items sorted by who does them, on one line (the label
#: is kept for the mentor's).
_OWNER = re.compile(
    r"(?:^|(?<=[.;,])|\s)\s*(?:pour\s+)?(moi|lui|elle|mon mentor|ma mentore|mentor|mentore)\s*:\s+", re.I
)


#: A piece that starts with a verb in the infinitive (« m'inscrire à … », « et lui renvoyer … »; folded): a new item.
_STARTS_AN_ACTION = re.compile(
    r"^(?:et\s+|puis\s+)?(?:(?:lui|leur|me|m'|se|s'|en|y|le|la|les|l')\s*)*[a-z]+(?:er|ir|re)\b"
)
#: « Alors : », « Bon, » before the first item: words of speech, not of the item (folded).
_SPOKEN_LEAD = re.compile(r"^(?:alors|donc|bon|bah|ben|euh|ok|voila|en gros)\s*[:,]\s*")


def _dated_pieces(chunk: str, today: date) -> list[str]:
    """« publier mon site avant le 19 décembre, écrire à 4 recruteurs d'ici fin janvier »: one item per piece
    that ends with its own due date; a comma not preceded by a date stays inside the item."""
    pieces, current = [], ""
    for part in re.split(r",\s*", chunk):
        if current and _STARTS_AN_ACTION.match(fold(part)):  # « …, et lui renvoyer mon CV »: an item of its own
            pieces.append(current)
            current = ""
        current = f"{current}, {part}" if current else part
        if _due_of(clean(current), today)[1] is not None:
            pieces.append(current)
            current = ""
    return [p.strip(" .,") for p in [*pieces, current] if p.strip(" .,")]


def _items_of(line: str, today: date) -> list[str]:
    """The items of one line: split by person (« moi : … lui : … ») and at the commas after a due date."""
    parts = _OWNER.split(line)
    chunks = [("", parts[0])] + list(zip(parts[1::2], parts[2::2], strict=True))
    items = []
    for owner, chunk in chunks:
        label = "" if fold(owner) in ("", "moi") else owner[:1].upper() + owner[1:] + " : "
        items += [label + piece for piece in _dated_pieces(chunk, today)]
    return items


#: « les mêmes que tout à l'heure, je ne veux pas de doublon : refaire mon CV … »: a remark, then the items after the
#: colon (folded); an item's own colon (« Lui : … », « CV : à refaire ») is not one.
#: The remark has three spaces at least; counted apart (« (?:[^:]*\s){3,} » tried every way of cutting a long line
#: with no colon: a next-steps answer of 180 characters kept the action server busy for minutes, nineteenth panel).
_REMARK_THEN_ITEMS = re.compile(r"^(?!(?:lui|elle|moi|mon mentor|ma mentore)\b)(?P<remark>[^:]*):\s*(?=\S)")
REMARK_MIN_SPACES = 3


def _without_lead(line: str) -> str:
    lead = _SPOKEN_LEAD.match(fold_same_length(line))
    line = line[lead.end() :] if lead else line
    remark = _REMARK_THEN_ITEMS.match(fold_same_length(line))
    if remark and len(re.findall(r"\s", remark.group("remark"))) < REMARK_MIN_SPACES:
        remark = None
    if not remark or ":" in line[remark.end() :]:
        return line
    before, after = line[: remark.end()].split(), line[remark.end() :].split()
    # the items start with a verb (« refaire mon CV »), the remark does not (« les mêmes que tout à l'heure »)
    return line[remark.end() :] if is_infinitive(after[0]) and not is_infinitive(before[0]) else line


def parse_action_items(text: str | None, today: date | None = None) -> Parsed:
    """Read the agreed actions, one a line (« refaire mon CV — 15 janvier »); the value is a tuple of
    :class:`PlannedAction`, empty for « aucune ».

    Problems: ``empty``, ``too_many``, ``too_long`` (one item over 200 characters), ``past`` (a due date gone by,
    the ``example`` holds the item), ``too_far``.
    """
    today = today or local_today()
    answer = clean(text) if text and "\n" not in text else (text or "").strip()
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if " ".join(words(answer)) in NO_ACTIONS:
        return Parsed(())
    lines = [item for line in split_lines(answer) for item in _items_of(_without_lead(line), today)]
    if len(lines) > MAX_ACTIONS:
        return Parsed(problem="too_many")
    found = []
    for line in lines:
        what, due, problem = _due_of(clean(line), today)
        if problem:
            return Parsed(problem=problem, example=what)
        if len(what) > MAX_ACTION_CHARS:
            return Parsed(problem="too_long")
        what = re.sub(r"^(?:et|puis)\s+", "", what, flags=re.I)  # « …, et lui renvoyer mon CV »
        found.append(PlannedAction(what[:1].lower() + what[1:] if what[1:2].islower() else what, due))
    return Parsed(tuple(found))


#: « c'est fait », « terminé »: words that say an item is done without telling which one.
_DONE_WORDS = {
    "fait",
    "faite",
    "faites",
    "fini",
    "finie",
    "termine",
    "terminee",
    "action",
    "actions",
    "tache",
    "c'est",
    "enfin",
    "bon",
    "voila",
    "ca",
    "est",
    "suis",
    "ai",
    "boucle",
    "bouclee",
    "ok",
    "done",
    "cest",
    "coche",
    "valide",
    "validee",
    "marque",
    "marquer",
    "comme",
}


_ITEM_NUMBER = re.compile(r"\b(?:action|tache|item|numero|n°|no|#)\s*(\d{1,2})\b")
_LONE_NUMBER = re.compile(r"(?<![\d/])\b(\d{1,2})\b(?![\d/]|\s*(?:h\b|%|min|jours?|semaines?|mois))")


def item_number(text: str | None) -> int | None:
    """The item number in « action 3 faite », « la 2 est faite », « n°1 », « la deuxième »; None otherwise."""
    folded = fold(clean(text))
    match = _ITEM_NUMBER.search(folded)
    if match:
        return int(match.group(1))
    match = _LONE_NUMBER.search(folded)
    if match and len(words(folded)) <= 5:
        return int(match.group(1))
    return mentioned_number(text)


#: Two-letter words that carry no meaning of their own; other two-letter words (« CV », « RH ») do.
_SHORT_STOPWORDS = {"le", "la", "de", "du", "un", "en", "et", "au", "ou", "ce", "ca", "je", "tu", "il", "on", "me"}
_SHORT_STOPWORDS |= {"te", "se", "ne", "sa", "ta", "ma", "ai", "as", "es", "a", "l", "j", "c", "d", "s", "n", "y"}


def _content(text: str | None) -> set[str]:
    """The words that can tell an item apart: meaningful words, and short ones such as « CV »."""
    # « l'article », « d'entretien »: the word without its elided article
    unelided = " ".join(re.sub(r"^(?:l|d|j|m|n|s|t|c|qu)'", "", w) for w in words(text or ""))
    short = {w for w in words(unelided) if len(w) == 2 and not w.isdigit() and w not in _SHORT_STOPWORDS}
    return (set(meaningful_words(unelided)) | short) - _DONE_WORDS


def _shared(said: set[str], own: set[str]) -> int:
    """How many words a message and an item share: the same words, and long words with the same start (« refait »
    and « refaire »); a word counts once, even when both the same and with the same start."""
    starts = {w[:5] for w in own if len(w) > 5}
    return sum(1 for w in said if w in own or (len(w) > 5 and w[:5] in starts))


def find_action(items: list[ActionRecord], text: str | None, shown: list[int] | None = None) -> ActionRecord | None:
    """The open item ``text`` names: by its number in the list shown last (``shown``: the ids in the order shown;
    else the open items in order), or by most of its words; else None."""
    number = item_number(text)
    if number is not None:
        if shown:  # « la 2 » is the 2nd of the list the mentee saw, even if one was done since
            wanted = shown[number - 1] if 1 <= number <= len(shown) else None
            return next((item for item in items if item.id == wanted), None)
        return items[number - 1] if 1 <= number <= len(items) else None
    said = _content(text)
    scored = []
    for item in items:
        shared = _shared(said, _content(item.text))
        if shared:
            scored.append((shared, item))
    scored.sort(key=lambda pair: -pair[0])
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


#: A message that tells something was done: a past tense (« j'ai refait », « je l'ai envoyé », « jme suis
#: inscrite »), « c'est fait », « done », or a request granted.
_SAYS_DONE = re.compile(
    r"\b(?:j'ai|jai|j ai|je l'ai|jl'ai|jlai|je les ai|je me suis|jme suis|j'me suis|on a)\b|"
    r"\b(?:c'est|cest|c) (?:fait|done|bon|boucle)\b|\b(?:done|fini|termine|boucle)\b|"
    # what was asked of someone, granted (« mon patron a accepté de me confier le lot »)
    r"\b(?:il|elle|ils|elles|mon \w+|ma \w+|mes \w+) (?:m'|nous )?(?:a|ont) "
    r"(?:accepte|dit oui|donne son accord|valide)\b"
)
#: Words that name the message to a mentor (its sending is noted elsewhere).
_MESSAGE_WORDS = {"message", "mail", "email", "courriel", "invitation", "brouillon", "relance"}
#: Words an item and a message must share, at least, for the message to be about that item unasked.
DONE_SHARED_WORDS = 2


def done_action(items: list[ActionRecord], text: str | None) -> ActionRecord | None:
    """The open item a message says is done when it was not asked about items at all: a past tense or « c'est
    fait », and at least two of the item's own words (« le CV je l'ai envoyé à Claire, c'est done » for « envoyer
    mon CV à Claire »); None otherwise."""
    folded = fold(clean(text))
    if not _SAYS_DONE.search(folded):
        return None
    item = find_action(items, text)
    if item is None:
        return None
    said, own = _content(text), _content(item.text)
    if (said & _MESSAGE_WORDS) - own:  # « j'ai envoyé mon message à Claire » is the first message, not the CV
        return None
    return item if _shared(said, own) >= DONE_SHARED_WORDS else None


def done_by_words(items: list[ActionRecord], text: str | None) -> ActionRecord | None:
    """The open item a message says is done by its words alone, whatever number it gives (« l'action 2 est faite,
    j'ai préparé le planning » names the planning); None otherwise."""
    folded = fold(clean(text))
    return done_action(items, _LONE_NUMBER.sub(" ", _ITEM_NUMBER.sub(" ", folded)))


def names_no_action(text: str | None) -> bool:
    """True when the message tells no item at all (« c'est fait ! »): every meaningful word says « done »."""
    return not _content(text) and item_number(text) is None


def same_mentor(a: str, b: str) -> bool:
    """Whether two ways of naming a mentor are the same person (« Claire Martin » and « claire »)."""
    first, second = meaningful_words(a), meaningful_words(b)
    if not first or not second:
        return False
    return first == second or ((len(first) == 1 or len(second) == 1) and first[0] == second[0])


#: « il manque une action : … », « ajoute l'action … », « tu peux rajouter : … » (folded): an item to add.
_ADDS = re.compile(r"\b(?:il (?:en )?manque|j'(?:en )?ai oublie|(?:r?ajout|rajout)\w*)\b")
#: Where the item starts: after a colon, or after « ajoute (l'action) ».
_ADDED_START = re.compile(r":\s*|\b(?:r?ajout\w*|rajout\w*)\s+(?:(?:une |l'|cette )?actions?\s*(?:suivante\s*)?:?\s*)?")


def added_items(text: str | None, today: date | None = None) -> tuple[PlannedAction, ...]:
    """The items a message asks to add to the agreed actions (« il manque une action : lui renvoyer mon CV dans 15
    jours. Tu peux l'ajouter ? »); () when it asks for no addition."""
    raw = clean(text)
    folded = fold_same_length(raw)
    if not _ADDS.search(folded):
        return ()
    start = _ADDED_START.search(folded)
    if start is None:
        return ()
    rest = re.split(r"(?<=[.!?])\s+", raw[start.end() :].lstrip(" :"), maxsplit=1)[0].strip(" .!?")
    parsed = parse_action_items(rest, today) if len(words(rest)) >= 2 else None
    return parsed.value if parsed is not None and parsed.ok and parsed.value else ()
