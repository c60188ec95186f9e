"""Reading which goal, which field and which new value the mentee names in words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import (
    POLITE_END,
    clean,
    fold,
    fold_same_length,
    meaningful_words,
    ordinal_number,
    words,
)
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
    # « mettez plutôt : … », « c'est : … », « disons … » between the field's name and its value (eighteenth panel)
    r"(?:(?:(?:mets|mettez|mettre|ecris|ecrivez|disons)\s*(?:plutot\s*)?:?\s*|(?:c'est|c est|ce sera)\s*:\s*)(?=\S))?"
)


@dataclass(frozen=True)
class TypedChange:
    """One field of a saved goal and its new value, as the mentee typed them."""

    field: str
    value: str


#: What follows a field's name when it is another order, not the field's new value (« …, puis enregistrez »).
_ANOTHER_ORDER = re.compile(
    r"(?i)(?:puis|ensuite|et puis|et|tu peux|tu pourrais|vous pouvez|pouvez-vous|pourriez-vous|peux-tu)\b"
)


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
        value = POLITE_END.sub("", raw[start + introduced.end() :]).strip(" .!")
        if _ANOTHER_ORDER.match(value):  # « … dans l'objectif, puis enregistrez »: another order, never the value
            return None
        return TypedChange(field, value) if words(value) else None
    return None


# --- a correction typed in the middle of the goal form: « ah non, l'échéance c'est fin juin » --------------

#: Words that say the mentee is correcting something (folded text).
_CORRECTING = re.compile(
    r"\b(?:chang\w*|modifi\w*|corrig\w*|rectifi\w*|remplac\w*|reformul\w*|simplifi\w*|raccourci\w*|en fait|enfait|"
    r"finalement|plutot|non|nan|nn|pardon|attends?|attendez|oups|erreur|je me suis trompee?|au fait|"
    r"c'est pas|c est pas|c pas|ce n'est pas)\b"
)
#: In the form, « l'objectif » is the statement being written (not a saved goal).
_FORM_FIELD_WORDS = (*_FIELD_WORDS, ("goal_statement", r"objectif"))
#: What introduces the new value in a correction: the typed-change words, or « c'est », « ce sera »…
_CORRECTION_VALUE_START = re.compile(
    r"\s*(?:(?::|=|->|\bpar\b|\ben\b|\ba\b|\bau\b|\bpour\b|,|\bc'est\b|\bc est\b|\bc\b|\bce sera\b|\bce serait\b|"
    r"\bplus simplement\b|\bsimplement\b|\bautrement\b|\bainsi\b|"
    r"\bsera\b|\bserait\b|\best\b|\bstp\b|\bsvp\b)\s*)+(?:plutot\s+|maintenant\s+|donc\s+)?(?:de\s+|d'(?!ici)|que\s+|qu')?"
)


#: A change said not to be wanted, just before the field's name (folded).
_NOT_CHANGING = re.compile(
    r"\b(?:ne|n')\s+(?:\w+\s+){0,2}(?:pas|plus|jamais)\s+(?:\w+\s+)?(?:chang|modifi|corrig|touch|remplac)\w*\s+"
    r"(?:a\s+)?(?:l'|l |le |la |mon |ma |cet |ce )?$|\bpas (?:besoin de |la peine de )?(?:chang|modifi|corrig|touch)\w*"
    r"\s+(?:a\s+)?(?:l'|l |le |la |mon |ma |cet |ce )?$"
)
#: What may come before a field's name that opens the message: « la mesure c'est … », « et l'échéance : … ».
_FIELD_FIRST = re.compile(r"\W*(?:(?:et|mais|alors|bon|euh)\W+)?(?:(?:la|le|l'|l|ma|mon|sa|son|cet|ce)\s*)?")
#: A value that approves rather than changes: « la mesure c'est bon ».
_APPROVAL = re.compile(r"(?:bien|bon|bonne|ok|parfait|correct|juste|ca|ca va|nickel|top)\W*$")


def read_form_correction(text: str | None, leading: bool = False) -> TypedChange | None:
    """The field and new value of a correction typed while the goal form asks another question.

    « ah non en fait l'échéance c'est fin juin » -> deadline « fin juin »; « change l'objectif : décrocher
    un stage en data » -> statement. A word of correction (« non », « en fait », « change »…) must come
    before the field's name, so that an answer which merely mentions a date or a goal is not taken for
    one; the value is taken from the original text (accents and capitals kept). With ``leading`` (the summary
    waits), a field's name that opens the message is enough: « la mesure c'est : signer un CDI ».
    """
    raw = clean(text)
    folded = fold_same_length(raw)
    found = [
        (m.start(), field, m) for field, names in _FORM_FIELD_WORDS for m in re.finditer(rf"\b(?:{names})\b", folded)
    ]
    for _, field, match in sorted(found, key=lambda item: item[0]):
        before = folded[: match.start()]
        if _NOT_CHANGING.search(before):
            continue  # « je ne veux pas modifier l'objectif, c'est le brouillon »
        if not _CORRECTING.search(before) and not (leading and _FIELD_FIRST.fullmatch(before)):
            continue
        skip = re.match(r"\s*(?:de l'|du |de )?(?:mon |l'|l |cet |ce )?(?:objectif|goal)\b", folded[match.end() :])
        start = match.end() + (skip.end() if skip and field != "goal_statement" else 0)
        introduced = _CORRECTION_VALUE_START.match(folded[start:])
        if not introduced or not introduced.group(0).strip():
            continue
        value = POLITE_END.sub("", raw[start + introduced.end() :]).strip(" .!?")
        if _ANOTHER_ORDER.match(value):
            return None
        if words(value) and not _APPROVAL.match(fold(value)):
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


#: « décaler la date », « repousser l'échéance » (folded): the deadline is moved.
_MOVES_DEADLINE = re.compile(
    r"\b(?:decal|repouss|report|avanc|deplac|(?P<change>chang|modifi))\w*\s+(?:la |l'|l |le |ma |mon )?"
    r"(?:date|echeance|deadline|delai)\b"
    r"(?!\s+(?:du|de la|de l'|de notre|de mon|de ma)\s+(?:rdv|rendez-vous|rencontre|cafe|appel|visio|call|reunion))"
)


def moves_deadline(text: str | None, changed_too: bool = True) -> bool:
    """Whether the message moves a goal's deadline (« décaler la date », not « décaler la date du rdv »); with
    ``changed_too``, also « change la date » (which, alone, asks for the field to correct rather than a goal)."""
    found = _MOVES_DEADLINE.search(fold(clean(text)))
    return found is not None and (changed_too or not found.group("change"))
