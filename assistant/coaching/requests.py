"""Requests read without a wish word (« je voudrais … »), and tasks asked in English.

``assistant.coaching.intents.requested_intent`` reads these first: a mentee often tells a situation and asks in the
same breath (« ce serait le bon moment pour prendre un peu de recul sur notre relation »), or starts in English.
"""

from __future__ import annotations

import re

from assistant.coaching.text import fold, words

#: Requests that need no « je voudrais »: taking stock of the relationship (« ce serait le bon moment pour prendre un
#: peu de recul sur notre relation », « on peut faire un point sur ma relation avec Julien ? »), comparing mentors
#: again (« on refait la comparaison des mentors »), a progress told (« j'ai avancé depuis, je te dis »).
_DIRECT = (
    (
        "relationship_checkin",
        re.compile(
            r"\b(?:(?:prendre|prenions|prendrait) (?:un peu |du )?(?:de )?recul|(?:faire|fasse|fait) (?:le |un )?"
            r"(?:point|bilan)|(?:un|le|petit) (?:point|bilan)) (?:\w+ ){0,3}?(?:sur|de) (?:notre|ma|la|nos|mon) "
            r"(?:relation|mentorat|collaboration|accompagnement|binome)\b"
        ),
    ),
    (
        "shortlist_mentors",
        re.compile(
            r"\b(?:compar\w*|departag\w*) (?:\w+ ){0,3}?(?:mentors?|mentores?|mentor\(e\)s)\b|"
            r"\b(?:j'hesite|jhesite|hesite) entre (?:\w+ ){0,2}?(?:mentors?|mentores?|personnes|profils)\b"
        ),
    ),
    (
        "report_progress",
        re.compile(
            r"\b(?:j'ai|jai|j ai) (?:bien |un peu |encore )?(?:avance|progresse)\b"
            r"(?! sur (?:mon|le|ce) (?:message|brouillon))"
        ),
    ),
    # « ok écris à Marc Leroy alors, vite »: the imperative to write to someone named
    (
        "draft_outreach",
        re.compile(
            r"(?:^|[,.!]\s*|\b(?:ok|bon|alors|allez|vas-y)\s+)(?:ecris|ecrivez|redige|redigez) (?:a|au|aux)\s+[a-z]"
        ),
    ),
)
#: A task asked in English by a mentee who starts in English (« I had a mentoring session and I'd like to log it »):
#: the bot goes on in French, but the task starts.
_ENGLISH_TASKS = (
    (
        "debrief_meeting",
        re.compile(
            r"\b(?:log|note|record|write down|debrief)\b.*\b(?:session|meeting|call|it)\b|\bhad a \w* ?session\b"
        ),
    ),
    (
        "clarify_goal",
        re.compile(
            r"\b(?:set|define|clarify|work on)\b.*\bgoals?\b|\bchange (?:my )?(?:careers?|jobs?|fields?)\b|"
            r"\bcareer (?:change|switch)\b|\bswitch (?:careers?|fields?)\b"
        ),
    ),
    (
        "draft_outreach",
        re.compile(
            r"\b(?:write|draft)\b.*\b(?:message|e-?mail|note)\b.*\bmentor\b|\b(?:reach out|write) to\b.*\bmentor\b"
        ),
    ),
    ("prepare_meeting", re.compile(r"\bprepare\b.*\b(?:meeting|session)\b")),
    ("shortlist_mentors", re.compile(r"\b(?:compare|choose between|pick between)\b.*\bmentors\b")),
)

#: Long messages are read for the direct requests up to this many words (a story of the relationship).
DIRECT_MAX_WORDS = 120
#: Beyond this many words an English message is not read for a task.
ENGLISH_MAX_WORDS = 60
#: Questions about a task are for the knowledge base (« comment comparer deux mentors ? »).
_HOW_TO = re.compile(r"^\W*(?:comment|pourquoi|quels?|quelles?|est-ce|est ce|faut-il|c'est quoi|qu'est-ce)\b")


def english_request(text: str | None) -> str | None:
    """The task an English message asks for in so many words (« I'd like to log my mentoring session »), or None."""
    folded = fold(text or "")
    if len(words(folded)) > ENGLISH_MAX_WORDS:
        return None
    return next((intent for intent, pattern in _ENGLISH_TASKS if pattern.search(folded)), None)


def direct_request(folded: str) -> str | None:
    """The task a folded message asks for without a wish word, or None; a question about the task (« comment
    comparer deux mentors ? ») is for the knowledge base."""
    if len(words(folded)) > DIRECT_MAX_WORDS or _HOW_TO.search(folded):
        return None
    return next((intent for intent, pattern in _DIRECT if pattern.search(folded)), None)


#: What names the mentee's personal data as a whole, in a request to export it (folded).
_PERSONAL_DATA = re.compile(
    r"\b(?:donnees?|data|tout|toutes?|infos?|informations?|rgpd|json|historique|conversation|compte|profil)\b"
)


def names_personal_data(text: str | None) -> bool:
    """Whether a request to export names the mentee's data as a whole (« exporte mes données », « exporte tout »),
    not only « exporter », which under a preparation's « 📄 Exporter » means that preparation."""
    return bool(_PERSONAL_DATA.search(fold(text or "")))


#: Words of a request to erase everything that do not name the data (« oublie-moi », « reset total », « efface tt »).
_ERASE_ALL = re.compile(r"\b(?:oubli\w*|m'oublier|effacement|reset|wipe|plus rien|integralite|tt)\b")


def names_everything(text: str | None) -> bool:
    """Whether a request to erase says it is about everything kept (« supprime mes données », « oublie-moi »), not
    about one thing said just before (« bon si, supprime-le » after a goal's deletion was refused); a button's
    payload says it."""
    folded = fold(text or "")
    return folded.startswith("/") or names_personal_data(folded) or bool(_ERASE_ALL.search(folded))
