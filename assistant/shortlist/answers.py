"""Reading the mentee's answers: the candidates named in one message, and each criterion's answer as a level.

« Sophie Martin, DAF chez Fives ; Paul Durand, contrôleur de gestion » gives two candidates. Candidates are
separated by « ; », a new line, « / », or « et » / « ou » before a name; a comma separates two candidates when
what follows it starts with a name, else it goes on with the role (« Sophie Martin, DAF chez Fives »). Each
piece is read by :func:`assistant.common.mentor.parse_mentor`.

An answer on a criterion is read into a level (strong, medium, weak, unknown) from its words, in this order:
« je ne sais pas » is unknown; a clear no (« pas du tout », « jamais », « débordée ») is weak; a reservation
(« un peu », « plutôt », « oui mais ») is medium; another negation is weak; a clear yes (« oui, très »,
« 15 ans », « plusieurs ») is strong; anything else said is medium. Availability has words of its own: what limits
the time (« limitée », « chargée », « voyage beaucoup », « souvent en déplacement ») reads as weak, and a yes that
says nothing of time (« elle dirige six personnes et voyage beaucoup » has « six personnes » and « beaucoup ») is
not « forte » but a gap to check. The words are kept as the coach's proofreading
gives them (``assistant.common.proofread``): corrected, or left out when no sure correction exists.
"""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold, words
from assistant.common.answers import Parsed
from assistant.common.mentor import Mentor, parse_mentor
from assistant.common.names import proper_mentor, proper_name
from assistant.common.proofread import ACRONYMS, normalise, proofread
from assistant.shortlist.model import MAX_CANDIDATES, MIN_CANDIDATES, Candidate, Criterion

#: Longest message naming the candidates, and longest answer on one criterion, in characters.
MAX_CANDIDATES_CHARS = 600
MAX_ANSWER_CHARS = 600

_INTRO = re.compile(
    r"^(?:(?:bonjour|salut|alors|euh|bah|ben|donc|ok|oui)[\s,!:]*)*"
    r"(?:(?:j'hesite|je balance|j'h[ée]site)\s+(?:entre|avec)\s+|(?:il y a|y a|ya)\s+|"
    r"(?:je pense|je pensais|j'envisage|j'avais pense)\s+(?:a|à)\s+|entre\s+|"
    r"(?:mes|les) (?:candidats?|mentors?|options?|choix)\s*(?:sont|:)?\s*)?",
    re.I,
)
_HARD_SPLIT = re.compile(r"\s*(?:;|\n|\s/\s|\s+(?:et|ou|puis|sinon)\s+(?=[A-ZÀ-ÖØ-Þ]))\s*")
_ADDRESS = re.compile(r"https?://|www\.|\S+@\S+\.\S+", re.I)

_UNKNOWN = re.compile(
    r"\b(?:je (?:ne )?sais pas|j'?sais pas|sais pas|jsp|chais pas|aucune idee|pas d'idee|aucune info\w*|"
    r"je (?:ne )?(?:le |la )?connais pas|je ne suis pas sure?|pas sure? du tout|inconnu|no idea|idk|"
    r"difficile a dire|dur a dire|je verrai|a voir|je dois (?:demander|verifier)|faut que je (?:demande|verifie))\b"
)
_CLEAR_NO = re.compile(
    r"\b(?:pas du tout|pas vraiment|pas tres|pas trop|pas beaucoup|tres peu|trop peu|jamais|aucune?|plutot pas|"
    r"debordee?s?|surbookee?|overbookee?|pas le temps|pas dispo\w*|indisponible|rarement|absolument pas|"
    r"nulle?|incompatibles?|aux antipodes|pas compatibles?|pas du meme monde|trop occupee?|premiere fois|"
    r"limitee?s?|tres limitee?s?|restreinte?s?|reduite?s?|quasi nulle?)\b|^non\b"
)
#: What limits a mentor's time (folded), read for availability only (« chargée de mission » is a job elsewhere).
_LITTLE_TIME = re.compile(
    r"\b(?:(?:tres |bien |assez |super |hyper )?(?:chargee?|prise?|occupee?|sollicitee?|surchargee?|overbookee?)|"
    r"voyag\w* (?:beaucoup|souvent|enormement|tout le temps|sans arret|pas mal)|"
    r"(?:souvent|toujours|beaucoup|tout le temps|sans cesse) (?:en )?deplacements?|en deplacement\w*|"
    r"peu de temps|pas beaucoup de temps|pas (?:trop |vraiment )?le temps|manque de temps|"
    r"agenda (?:plein|serre|blinde|complet|surcharge|tres rempli)|sous l'eau|la tete sous l'eau|"
    r"peu disponible|peu dispo|difficile a (?:joindre|caler|avoir)|rarement|debordee?)\b"
)
#: Words that say the mentor has time (folded): without one, a yes on availability is not read as strong.
_HAS_TIME = re.compile(
    r"\b(?:dispo\w*|disponibles?|du temps|le temps|libre|flexible|souple|joignable|reactive?|repond\w* vite|"
    r"toutes les semaines|chaque semaine|chaque mois|tous les mois|regulierement|propose\w*|accepte\w*|ok pour|"
    r"partante?|d'accord|a l'ecoute|volontiers)\b"
)
_RESERVATION = re.compile(
    r"\b(?:un peu|pas mal|assez|moyen|moyenne|moyennement|plutot|parfois|de temps en temps|ca depend|"
    r"peut[- ]etre|a peu pres|en partie|partiellement|quelques|sans plus|bof|correct|correcte|mitige|"
    r"oui mais|mais|sauf|a moitie|pas sur tout|probablement|je crois|je pense|il me semble|sans doute|moins)\b"
)
_OTHER_NEGATION = re.compile(r"\b(?:pas|peu|ne|n'\w+|occupee?|loin)\b")
_CLEAR_YES = re.compile(
    r"\b(?:oui|ouais|yes|tres|beaucoup|tout a fait|totalement|exactement|parfaitement|completement|vraiment|"
    r"souvent|plusieurs|enormement|clairement|carrement|top|excellente?|solides?|ouverte?|dispo|disponible|"
    r"a l'ecoute|bienveillante?|pile|des dizaines|de nombreu\w+|deja|experte?|reference|proche|memes? valeurs|"
    r"on se comprend|le courant passe|completement aligne\w*|alignee?s?)\b|"
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt|trente|une dizaine d.|une quinzaine d.) "
    r"(?:ans|annees|personnes|juniors|mentore\w*|mentee\w*|"
    r"collegues|stagiaires|alternants|managers)\b"
)


def _starts_candidate(piece: str) -> bool:
    """True when ``piece`` opens with a person's name (« Paul Durand »), not a role (« DAF chez Fives »)."""
    first = piece.split(" ", 1)[0].strip(",.")
    if not first[:1].isupper() or first.lower() in ACRONYMS or (first.isupper() and len(first) <= 4):
        return False
    mentor = parse_mentor(piece).value
    return isinstance(mentor, Mentor) and bool(mentor.name)


def _pieces(text: str) -> list[str]:
    """The message cut into one piece per candidate."""
    found: list[str] = []
    for part in _HARD_SPLIT.split(text):
        current = ""
        for chunk in part.split(","):
            chunk = chunk.strip()
            if not chunk:
                continue
            if current and _starts_candidate(chunk):
                found.append(current)
                current = chunk
            else:
                current = f"{current}, {chunk}" if current else chunk
        if current:
            found.append(current)
    return [_LEADING_AND.sub("", p.strip(" .")) for p in found if words(p)]


#: « ; et Nadia Benali, … »: the conjunction before the last candidate is no part of the name.
_LEADING_AND = re.compile(r"^(?:et|ou|puis|enfin)\s+", re.I)
#: Where candidates typed all in lower case are told apart (no capital says where a name starts): « ; », a new
#: line or « / » when there is one (commas then go with the roles), else commas, « et » and « ou » too.
_STRONG_SPLIT = re.compile(r"\s*(?:;|\n|\s/\s)\s*")
_SOFT_SPLIT = re.compile(r"\s*(?:,|\s+(?:et|ou)\s+)\s*")


def _lower_case_pieces(answer: str) -> list[str]:
    """The pieces of an answer typed in lower case, each with its name capitalised (« inès lopez, dev »)."""
    pieces = _STRONG_SPLIT.split(answer) if _STRONG_SPLIT.search(answer) else _SOFT_SPLIT.split(answer)
    named = []
    for piece in pieces:
        head, mark, rest = (*re.split(r"([,(])", piece.strip(" ."), maxsplit=1), "", "")[:3]
        if len(head.split()) <= 3:
            head = proper_name(head.strip().lower())
        named.append(f"{head}{mark}{rest}".strip())
    return named


#: A remark on the answer itself, at its end (« Sophie Martin et Karim Benali, comme tout à l'heure »).
_AS_BEFORE = re.compile(
    r"[,;(\s]+(?:comme (?:tout a l'heure|tout à l'heure|avant|la derniere fois|la dernière fois|d'hab\w*)|"
    r"les memes|les mêmes|pareil)\W*$",
    re.I,
)


def says_unknown(text: str | None) -> bool:
    """Whether a short answer says only that the mentee does not know (« jsp », « aucune idée »): an answer to a
    criterion (its level is unknown), even when the NLU reads it as a call for help."""
    folded = fold(clean(text))
    return len(words(folded)) <= UNKNOWN_MAX_WORDS and bool(_UNKNOWN.search(folded))


#: Beyond this many words, a « je ne sais pas » comes with more to read.
UNKNOWN_MAX_WORDS = 6


#: « Comparer deux mentors : … », « J'ai deux pistes : … »: the request before the names (no name in it).
_REQUEST_BEFORE = re.compile(r"^(?P<lead>[^:]{1,80}):\s*")
#: « … Pourriez-vous m'aider à les comparer ? », « Lequel je contacte ? »: a question after the names.
_QUESTION_AFTER = re.compile(r"(?:(?<=[.!])|[,;])\s+[^.!?;]*\?\s*$")


def _without_request(answer: str) -> str:
    """The names and roles only: the request that opens the message and the question that closes it dropped."""
    lead = _REQUEST_BEFORE.match(answer)
    if lead and not any(word[:1].isupper() for word in lead["lead"].split()[1:]):
        answer = answer[lead.end() :]
    return _QUESTION_AFTER.sub("", answer).strip(" .") or answer


def parse_candidates(text: str | None) -> Parsed:
    """The 2 to 4 candidates named in ``text``; the value is a list of :class:`Candidate`.

    Problems: ``empty``, ``too_long``, ``address`` (an e-mail or a link instead of names), ``no_name`` (a
    piece without a name: « mon ancien manager »), ``one`` (a single candidate), ``too_many`` (five or more).
    """
    answer = clean(text)
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if len(answer) > MAX_CANDIDATES_CHARS:
        return Parsed(problem="too_long")
    if _ADDRESS.search(answer):
        return Parsed(problem="address")
    answer = _AS_BEFORE.sub("", answer).strip(" ,;")  # « …, comme tout à l'heure »: not a role
    lower_case = answer == answer.lower()
    answer = normalise(answer)
    answer = _without_request(answer)
    folded = fold(answer)
    start = _INTRO.match(folded)
    answer = answer[start.end() :] if start else answer
    candidates: list[Candidate] = []
    seen: set[str] = set()
    pieces = _pieces(answer) if not lower_case else _lower_case_pieces(answer)
    for piece in pieces:
        if not words(piece):
            continue
        parsed = parse_mentor(piece)
        if not parsed.ok or not parsed.value.name:
            return Parsed(problem="no_name")
        mentor = proper_mentor(parsed.value)
        if fold(mentor.name) in seen:
            continue
        seen.add(fold(mentor.name))
        candidates.append(Candidate(mentor))
    if len(candidates) > MAX_CANDIDATES:
        return Parsed(problem="too_many")
    if len(candidates) < MIN_CANDIDATES:
        return Parsed(problem="one" if candidates else "no_name")
    return Parsed(candidates)


def level_of(text: str, criterion: str = "") -> str:
    """The level an answer gives its criterion: strong, medium, weak or unknown (see the module's doc).

    A verdict of a few words before the explanation (« Énormément : … ») sets it when the rest says no more than a
    medium level (« … c'est un peu mon futur idéal »). ``criterion`` is the question answered (one of
    :data:`assistant.shortlist.model.CRITERIA`); availability is read with its own words.
    """
    folded = fold(clean(text))
    if not words(folded):
        return "unknown"
    if criterion == "candidate_availability":
        return _availability(folded)
    whole = _graded(folded)
    lead = _LEAD.match(folded)
    if whole in (None, "medium") and lead and len(words(lead[1])) <= LEAD_MAX_WORDS:
        turned = folded[lead.end() :].lstrip().startswith(("mais", "sauf", "enfin"))  # « Oui, mais pas souvent »
        return (None if turned else _graded(lead[1])) or whole or "medium"
    return whole or "medium"


def _availability(folded: str) -> str:
    """The level of an answer on availability: what limits the time is weak (medium after a « moyennement »
    verdict), a yes must speak of time to be strong, a short answer (« oui », « très ») answers the question."""
    lead = _LEAD.match(folded)
    verdict = _graded(lead[1]) if lead and len(words(lead[1])) <= LEAD_MAX_WORDS else None
    if _UNKNOWN.search(folded) and not _LITTLE_TIME.search(folded):
        return "unknown"
    if _LITTLE_TIME.search(folded) or _CLEAR_NO.search(folded):
        return "medium" if verdict == "medium" else "weak"
    level = level_of(folded)
    if level == "strong" and len(words(folded)) > LEAD_MAX_WORDS and not _HAS_TIME.search(folded):
        return "unknown"  # « elle encadre six personnes »: nothing said of her time
    return level


#: The verdict that opens an answer, before « : », « , » or « . ».
_LEAD = re.compile(r"^\W*([^:,.;!?]+?)\s*[:,.;!?]")
LEAD_MAX_WORDS = 3


def _graded(folded: str) -> str | None:
    """The level the words of ``folded`` give, or None when none says it."""
    if _UNKNOWN.search(folded):
        return "unknown"
    if _CLEAR_NO.search(folded):
        return "weak"
    if _RESERVATION.search(folded):
        return "medium"
    if _OTHER_NEGATION.search(folded):
        return "weak"
    if _CLEAR_YES.search(folded):
        return "strong"
    return None


def read_criterion(text: str | None, criterion: str = "") -> Parsed:
    """One answer on ``criterion`` as a :class:`Criterion`; problems ``empty`` and ``too_long``."""
    answer = clean(text)
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if len(answer) > MAX_ANSWER_CHARS:
        return Parsed(problem="too_long")
    level = level_of(answer, criterion)
    read = proofread(answer)
    kept = read.text if read.fit else read.proposal
    if level == "unknown" and len(words(kept)) <= 4:
        kept = ""  # « je ne sais pas » says nothing worth quoting
    return Parsed(Criterion(level, kept.rstrip(" .")))
