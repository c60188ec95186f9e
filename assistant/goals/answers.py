"""Reading which goal, which field and which new value the mentee names in words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold, fold_same_length, meaningful_words, ordinal_number, words
from assistant.goals.model import GoalRecord

#: « oui », « celui-là », « cet objectif »: the one goal the question proposed.
_THIS_ONE = re.compile(
    r"^(?:oui|ouais|ouai|yes|yep|ok|okay|oki|dac|d'accord|volontiers|carrement|bien sur|c'est ca|celui-ci|celui-la|"
    r"celui la|cet objectif|ce meme objectif|le meme|exactement|tout a fait|vas-y|go|parfait)\b"
)
#: Words that say « goal » without telling which one.
_GOAL_WORDS = {"objectif", "objectifs", "lobjectif", "dobjectif", "but", "mon", "celui"}


def goal_named(records: list[GoalRecord], text: str | None) -> GoalRecord | None:
    """The saved goal ``text`` refers to in words, or None when it names none of them or several.

    « de mon objectif d'entrer à l'école des cadres » names the goal « intégrer l'école des cadres
    de santé » (most of the shorter side's words are shared); with a single goal, « oui » or
    « celui-là » name it too.
    """
    if len(records) == 1 and _THIS_ONE.match(fold(clean(text))):
        return records[0]
    said = set(meaningful_words(text)) - _GOAL_WORDS
    scored = []
    for record in records:
        own = set(meaningful_words(record.fields.statement)) - _GOAL_WORDS
        shared = len(said & own)
        if shared >= 2 and shared / max(1, min(len(said), len(own))) >= 0.5:
            scored.append((shared, record))
    scored.sort(key=lambda pair: -pair[0])
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    telling = {w for w in said if len(w) >= (4 if len(said) <= 2 else 6)}
    having = [r for r in records if telling & set(meaningful_words(r.fields.statement))]
    if len(having) == 1:  # « le DSCG », « supprime l'objectif du portfolio, il est fini »: a word one goal has
        return having[0]
    return None


#: « le 2 est atteint », « n°3 »: a goal's number in a short message without the word « objectif ».
_LONE_NUMBER = re.compile(r"^(?:\D+ )?(?:le|la|l'|n°|no|numero|num) ?(\d{1,2})\b")


#: « le deuxième objectif », « mon 3e objectif » (folded): the goal by its rank.
_ORDINAL_GOAL = re.compile(
    r"\b(premier|premiere|1er|1ere|deuxieme|second|seconde|\d{1,2}e|\d{1,2}eme|troisieme|"
    r"quatrieme|cinquieme|sixieme)\s+objectif\b"
)


def typed_goal(records: list[GoalRecord], text: str | None) -> GoalRecord | None:
    """The goal a typed message points at: by its number (« le 2 est atteint ») or its words; else None."""
    match = _LONE_NUMBER.match(fold(clean(text)))
    if match and len(words(text or "")) <= 8:
        return next((r for r in records if r.position == int(match.group(1))), None)
    ordinal = _ORDINAL_GOAL.search(fold(clean(text)))  # « supprime le deuxième objectif »
    number = ordinal_number(ordinal.group(1)) if ordinal else None
    if number is not None:
        return next((r for r in records if r.position == number), None)
    return goal_named(records, text)


def pick_goal(
    records: list[GoalRecord], goal_id: object = None, number: object = None, only_active: bool = False
) -> tuple[GoalRecord | None, list[GoalRecord]]:
    """Find the goal a mentee means: by id (buttons), by its number in the list, or the only one.

    Returns ``(goal, candidates)``: ``goal`` when it is clear which one, else None and the goals
    to choose from (empty when there is nothing to choose).
    """
    candidates = [r for r in records if not (only_active and r.reached)]

    def as_int(value: object) -> int | None:
        try:
            return int(str(value).strip())
        except (TypeError, ValueError):
            return None

    wanted_id, wanted_number = as_int(goal_id), as_int(number)
    if wanted_id is not None:
        return next((r for r in records if r.id == wanted_id), None), candidates
    if wanted_number is not None:
        return next((r for r in records if r.position == wanted_number), None), candidates
    if len(candidates) == 1:
        return candidates[0], candidates
    return None, candidates


# --- a change typed in one message: « change l'échéance de l'objectif 2 : plutôt le 15 mars » ----------------

#: Words that name each field (folded text), longest first where they overlap.
_FIELD_WORDS = (
    ("goal_mentoring_kind", r"(?:type|forme|format|mode) de mentorat|type d'accompagnement"),
    ("goal_deadline", r"l?echeance|deadline|dedline|date limite|date|delai"),  # « lecheance », typed without « ' »
    ("goal_measure", r"l?indicateur(?: de reussite)?|mesure(?: du succes)?|critere(?: de reussite)?|chiffre"),
    ("goal_motivation", r"raisons?|motivation|pourquoi"),
    ("goal_area", r"domaine|theme|categorie"),
    ("goal_statement", r"formulation(?: de l'objectif)?|intitule|enonce"),
)
_GOAL_NUMBER = re.compile(r"\b(?:l|d)?(?:objectif|goal)s?\s*(?:n°|numero|no|#)?\s*(\d{1,2})\b")  # « lobjectif 2 »


@dataclass(frozen=True)
class Mention:
    """Where ``text[start:end]`` names ``value`` (a field name or a goal's number)."""

    value: str
    start: int
    end: int


def find_goal_number(text: str | None) -> Mention | None:
    """The number of a saved goal named in « supprime l'objectif 2 », « objectif n°3 »; None when there is none."""
    match = _GOAL_NUMBER.search(fold_same_length(text or ""))
    return Mention(match.group(1), match.start(1), match.end(1)) if match else None


#: « L'objectif. » alone, answering « Que voulez-vous corriger ? »: the goal's statement.
BARE_STATEMENT = re.compile(r"^\W*(?:l'|l |mon |son |cet )?(objectif)(?: lui-meme| en lui-meme| lui meme)?\W*$")


def find_field(text: str | None) -> Mention | None:
    """The goal field named in « change la date », « le type de mentorat n'est pas bon »; None when none is."""
    folded = fold_same_length(text or "")
    found = [
        (m.start(), -(m.end() - m.start()), Mention(field, m.start(), m.end()))
        for field, names in _FIELD_WORDS
        for m in re.finditer(rf"\b(?:{names})\b", folded)
    ]
    if not found and (bare := BARE_STATEMENT.match(folded)):
        return Mention("goal_statement", bare.start(1), bare.end(1))
    return min(found)[2] if found else None


#: What introduces the new value after the field's name.
#: A colon ends it: « la mesure : au moins 4 entretiens » keeps « au moins ».
_VALUE_START = re.compile(
    r"\s*(?:(?:\bpar\b|\ben\b|\ba\b|\bau\b|\bpour\b|,|\bdevient\b|\bpasse\b|\bsera\b|\bdevra etre\b|\bsoit\b|"
    r"\b(?:repousse|decale|avance|reporte|fixe)e?s?\b)\s*)*"
    r"(?:(?::|=|->|!)\s*)?(?:plutot\s+|maintenant\s+)?"
)


_POLITE_END = re.compile(r"[\s,]*\b(?:stp|svp|s'il (?:te|vous) plait|s'il (?:te|vous) plaît|merci)\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class TypedChange:
    """One field of a saved goal and its new value, as the mentee typed them."""

    field: str
    value: str


def read_typed_change(text: str | None) -> TypedChange | None:
    """The field and new value of « repousse l'échéance de l'objectif 2 à fin mars », or None.

    The value is what follows the field's name (and the goal's number, if named after it) once
    introduced by « : », « par », « à », « en » or « pour »; it is taken from the original text, so
    its accents and capitals stay.
    """
    raw = clean(text)
    folded = fold_same_length(raw)
    for field, names in _FIELD_WORDS:
        match = re.search(rf"\b(?:{names})\b", folded)
        if not match:
            continue
        rest = folded[match.end() :]
        skip = re.match(
            r"\s*(?:de l'|de l |de |du |d')?(?:mon |l'|l |cet |ce )?(?:objectif|goal)?\s*"
            r"(?:n°|numero|no)?\s*\d*",
            rest,
        )
        start = match.end() + (skip.end() if skip else 0)
        introduced = _VALUE_START.match(folded[start:])
        if not introduced or not introduced.group(0).strip():
            return None
        value = _POLITE_END.sub("", raw[start + introduced.end() :]).strip(" .!")
        return TypedChange(field, value) if words(value) else None
    return None


# --- a correction typed in the middle of the goal form: « ah non, l'échéance c'est fin juin » --------------

#: Words that say the mentee is correcting something (folded text).
_CORRECTING = re.compile(
    r"\b(?:chang\w*|modifi\w*|corrig\w*|rectifi\w*|remplac\w*|reformul\w*|simplifi\w*|raccourci\w*|en fait|enfait|"
    r"finalement|plutot|non|nan|pardon|attends?|attendez|oups|erreur|je me suis trompee?|au fait)\b"
)
#: In the form, « l'objectif » is the statement being written (not a saved goal).
_FORM_FIELD_WORDS = (*_FIELD_WORDS, ("goal_statement", r"objectif"))
#: What introduces the new value in a correction: the typed-change words, or « c'est », « ce sera »…
_CORRECTION_VALUE_START = re.compile(
    r"\s*(?:(?::|=|->|\bpar\b|\ben\b|\ba\b|\bau\b|\bpour\b|,|\bc'est\b|\bc est\b|\bce sera\b|\bce serait\b|"
    r"\bplus simplement\b|\bsimplement\b|\bautrement\b|\bainsi\b|"
    r"\bsera\b|\bserait\b|\best\b|\bstp\b|\bsvp\b)\s*)+(?:plutot\s+|maintenant\s+|donc\s+)?(?:de\s+|d'(?!ici)|que\s+|qu')?"
)


def read_form_correction(text: str | None) -> TypedChange | None:
    """The field and new value of a correction typed while the goal form asks another question.

    « ah non en fait l'échéance c'est fin juin » -> deadline « fin juin »; « change l'objectif : décrocher
    un stage en data » -> statement. A word of correction (« non », « en fait », « change »…) must come
    before the field's name, so that an answer which merely mentions a date or a goal is not taken for
    one; the value is taken from the original text (accents and capitals kept).
    """
    raw = clean(text)
    folded = fold_same_length(raw)
    found = [
        (m.start(), field, m) for field, names in _FORM_FIELD_WORDS for m in re.finditer(rf"\b(?:{names})\b", folded)
    ]
    for _, field, match in sorted(found, key=lambda item: item[0]):
        if not _CORRECTING.search(folded[: match.start()]):
            continue
        skip = re.match(r"\s*(?:de l'|du |de )?(?:mon |l'|l |cet |ce )?(?:objectif|goal)\b", folded[match.end() :])
        start = match.end() + (skip.end() if skip and field != "goal_statement" else 0)
        introduced = _CORRECTION_VALUE_START.match(folded[start:])
        if not introduced or not introduced.group(0).strip():
            continue
        value = _POLITE_END.sub("", raw[start + introduced.end() :]).strip(" .!?")
        if words(value):
            return TypedChange(field, value)
    return None


# --- the field menu answered in words, and deletion asked in so many words --------------------------------

#: « la mesure de l'objectif »: there « objectif » names the goal, not its statement.
_OF_THE_GOAL = re.compile(r"(?:de l'|de l |du |de mon |de cet )$")
#: Verbs that ask for a deletion (folded): deletion is only offered when one of them was written.
_DELETE_WORDS = re.compile(r"\b(?:supprim\w*|effac\w*|retir\w*|enlev\w*|jet(?:er|ez|te)|vire[rz]?|delete)\b")


def named_fields(text: str | None) -> list[str]:
    """The goal fields « l'objectif et la mesure », « corrige l'échéance » name, in the order they are named."""
    folded = fold_same_length(clean(text))
    found = sorted(
        (m.start(), field)
        for field, names in _FORM_FIELD_WORDS
        for m in re.finditer(rf"\b(?:{names})\b", folded)
        if not (field == "goal_statement" and _OF_THE_GOAL.search(folded[: m.start()]))
    )
    return list(dict.fromkeys(field for _, field in found))


def asks_to_delete(text: str | None) -> bool:
    """Whether the message asks for a deletion: a delete verb, or a button's payload (« /delete_goal »)."""
    folded = fold(clean(text)).strip()
    return folded.startswith("/") or bool(_DELETE_WORDS.search(folded))


# --- a goal stated outright: « mon objectif c'est de trouver un stage en data d'ici juin » ---------------

_STATED_GOAL = re.compile(
    r"\b(?:mon|un|notre|ton|votre)\s+(?:(?:nouvel|nouveau|deuxieme|second|autre|premier|prochain|vrai|grand)\s+)?"
    r"objectif\s*(?:,\s*)?(?::|c'est|c est|ce serait|ce sera|serait|sera|est|=)\s*(?:de\s+|d'(?!ici))?"
)


#: « je voudrais en définir un : savoir gérer … », « clarifions un objectif : … »: the goal after the request.
_DEFINE_ONE = re.compile(
    r"\b(?:defini\w*|clarifi\w*|fixe\w*|formule\w*)\s+(?:(?:un|mon|cet|l')\s*)?(?:(?:nouvel|nouveau)\s+)?"
    r"(?:objectif\s*)?(?:un\s*)?:\s*"
)


def stated_goal(text: str | None) -> str | None:
    """The goal in « j'ai un deuxième objectif : devenir manager », « mon objectif c'est de … »; else None.

    Taken from the original text (accents and capitals kept), without the closing punctuation; a
    question (« mon objectif est-il assez précis ? ») states nothing.
    """
    raw = clean(text)
    if "?" in raw:
        return None
    folded = fold_same_length(raw)
    match = _STATED_GOAL.search(folded) or _DEFINE_ONE.search(folded)
    if not match:
        return None
    goal = _POLITE_END.sub("", raw[match.end() :]).strip(" .!;,")
    if re.match(r"(?:quoi|comment|pourquoi|combien|quel\w*|qui|ou)\b", fold(goal)):
        return None  # « un objectif, c'est quoi exactement »
    return goal if len(words(goal)) >= 2 else None


#: « je voudrais devenir manager »: a wish whose object is an infinitive (folded text).
_WISH_TO = re.compile(
    r"^(?:(?:bonjour|bonsoir|salut|coucou|hello)\W+)?(?:alors\W+|en fait\W+|moi\W+)?"
    r"(?:je (?:veux|voudrais|souhaite|souhaiterais|aimerais|vise|compte)|j'aimerais|j aimerais|"
    r"jveux|jvoudrais|jaimerais|j'ai envie de|mon but (?:c'est|est) de)\s+"
    r"(?:bien\s+|vraiment\s+)?(?=\w+(?:er|ir|re|oir)\b)"
)


#: Wishes about the coaching itself: its tasks and the things it keeps (folded).
_ABOUT_THE_COACHING = re.compile(
    r"\bobjectifs?\b|\bsmart\b|\bbrouillons?\b|\bpreparation\b|^(?:ajouter|creer|definir|clarifier|fixer|"
    r"formuler|preciser|poser|savoir|comprendre|parler|discuter|preparer|ecrire|rediger|relire|envoyer|exporter|"
    r"effacer|supprimer|modifier|voir|revoir|essayer|tester|noter|garder (?:une )?traces?|suivre (?:mes|nos|mon|ma))\b|"
    r"^(?:commencer|continuer|reprendre|recommencer)(?:$|\s+(?:la|la ou|ou|depuis|plus tard|notre|nos|le formulaire|"
    r"la conversation|la discussion|au debut|a zero|tout)\b)"
)


#: The same wish further in the answer, after its context (« je soutiens en septembre, et j'aimerais décrocher … »)
#: or with an aside before the verb (« je souhaiterais, dans la mesure du possible, obtenir … »), folded.
_WISH_INSIDE = re.compile(
    r"(?:^|[,;.]\s*(?:et\s+|mais\s+|donc\s+|alors\s+)?|\s+(?:et|mais|donc)\s+)"
    r"(?:je (?:veux|voudrais|souhaite|souhaiterais|aimerais|vise)|j'aimerais|jveux|jveu|jvoudrais|"
    r"(?:ce que je (?:veux|voudrais|vise|souhaite)|mon but|mon objectif),? (?:c'est|ce serait|serait) (?:de |d')?)"
    r"(?:\s*,\s*[^,]{1,40},)?\s*(?:bien\s+|vraiment\s+)?(?=(?:m'|me\s+|s'|se\s+)?\w+(?:er|ir|re|oir)\b)"
)
#: A question that only asks for help with the wish said before it (« Par où je commence ? », « Pourriez-vous
#: m'accompagner ? »), folded: the wish is still the goal.
_HELP_ASKED = re.compile(
    r"^(?:et\s+)?(?:par ou (?:je )?commence\w*|comment (?:je )?(?:fais|faire|m'y prendre|commencer)|"
    r"(?:pouvez|pourriez|peux|pourrais)[- ]?(?:vous|tu) m'? ?(?:aider|accompagner|guider|orienter)|"
    r"(?:tu|vous) (?:peux|pouvez|pourrais|pourriez) m'? ?(?:aider|accompagner|guider|orienter))\b[^?]*\?$"
)


#: « , tu peux m'aider … », « , pourriez-vous … » after the wish: a request to the coach, not part of the goal.
_HELP_AFTER = re.compile(
    r"\s*[,;]\s*(?:et\s+)?(?:tu peux|tu pourrais|peux-tu|pourrais-tu|vous pouvez|vous pourriez|pouvez-vous|"
    r"pourriez-vous|aide[sz]?-moi|aidez-moi)\b",
    re.IGNORECASE,
)


def _only_help_asked(folded: str) -> bool:
    """Whether every question in what follows a wish only asks for help with it."""
    sentences = [part.strip() for part in re.split(r"(?<=[.!?])\s+", folded) if part.strip()]
    asked = [part for part in sentences if "?" in part]  # « devenir DAF, pouvez-vous m'aider ? »: its last clause
    return all(_HELP_ASKED.match(part) or _HELP_ASKED.match(re.split(r"[,;]\s*", part)[-1]) for part in asked)


def goal_in_words(text: str | None, inside: bool = False) -> str | None:
    """The goal a message states outside any question: « mon objectif : … » or « je voudrais devenir DAF »; with
    ``inside`` (an answer to « Quel est votre objectif ? »), also the wish after its context."""
    goal = stated_goal(text)
    if goal:
        return goal
    raw = clean(text)
    folded = fold_same_length(raw)
    match = _WISH_TO.match(folded) or (_WISH_INSIDE.search(folded) if inside else None)
    if not match or ("?" in raw and not _only_help_asked(folded[match.end() :])):
        return None
    goal = re.split(r"(?<=[.!])\s+", raw[match.end() :], maxsplit=1)[0]  # « … agence. Faites vite » ends there
    goal = _HELP_AFTER.split(goal, maxsplit=1)[0]  # « …, tu peux m'aider à trouver un mentor stp »
    goal = _POLITE_END.sub("", goal).strip(" .!;,")
    if _ABOUT_THE_COACHING.search(fold(goal)):
        return None  # « je voudrais ajouter un deuxième objectif »: a request to the coach, not the goal
    return goal if len(words(goal)) >= 2 else None


#: Words that ask for another goal than the one being written (folded): « un autre », « un nouvel objectif »,
#: « on recommence ».
_ANOTHER_GOAL = re.compile(r"\b(?:autre|nouvel|nouveau|nouvelle|deuxieme|second|recommenc\w*|zero|refai\w*|refaire)\b")


def asks_another_goal(text: str | None) -> bool:
    """Whether a request to clarify a goal asks for a new one (« un autre objectif », « je recommence »), rather than
    coming back to the goal being written (« je parlais de l'objectif »)."""
    return bool(_ANOTHER_GOAL.search(fold(clean(text))))


#: « enregistrer mon objectif », « définir un objectif d'abord » (folded): a goal to be written, not one to report on.
_SETS_A_GOAL = re.compile(
    r"\b(?:enregistr|defini|fix|cre|clarifi|pos|ajout|ecri|formul)\w*\s+(?:d'abord\s+)?(?:un |mon |mes |l')?"
    r"(?:premier |nouvel )?objectifs?\b|"
    r"\b(?:veux|voudrais|aimerais|besoin d'|cherche|jveux|jveu)\s+(?:un |mon |d'un )?(?:premier |nouvel )?objectif\b"
)


def asks_to_set_a_goal(text: str | None) -> bool:
    """Whether a message asks to write a goal down (« je voudrais enregistrer mon objectif pour suivre mes
    progrès »): with no goal saved yet, that is where a progress report has to start."""
    return bool(_SETS_A_GOAL.search(fold(clean(text))))


#: « il n'est pas atteint », « pas encore atteint », « remets-le en cours » (folded): a goal marked reached by mistake.
_NOT_REACHED = re.compile(
    r"\b(?:n'est pas|n'est plus|pas|plus) (?:encore |vraiment |du tout )?atteint|\bremet\w*\b.{0,30}\ben cours\b|"
    r"\b(?:rouvr|reouvr|reactiv)\w*"
)


def says_not_reached(text: str | None) -> bool:
    """Whether a message says a goal is not reached after all (« je me suis trompée, il n'est pas atteint »)."""
    return bool(_NOT_REACHED.search(fold(clean(text))))
