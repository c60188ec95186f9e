"""A goal stated in words, outside the goal form: « mon objectif c'est de trouver un stage en data d'ici juin »,
« je voudrais devenir X, par où je commence ? », « jveux aussi un autre objectif », « pas encore atteint »."""

from __future__ import annotations

import re

from assistant.coaching.text import POLITE_END, clean, fold, fold_same_length, words

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
    goal = POLITE_END.sub("", raw[match.end() :]).strip(" .!;,")
    if re.match(r"(?:quoi|comment|pourquoi|combien|quel\w*|qui|ou)\b", fold(goal)):
        return None  # « un objectif, c'est quoi exactement »
    return goal if len(words(goal)) >= 2 else None


#: « je voudrais devenir manager »: a wish whose object is an infinitive (folded text).
_WISH_TO = re.compile(
    r"^(?:(?:bonjour|bonsoir|salut|coucou|hello)\W+)?(?:(?:alors|en fait|moi|et|aussi|sinon|autre (?:chose|truc))\W+)*"
    r"(?:je (?:veux|voudrais|souhaite|souhaiterais|aimerais|vise|compte)|j'aimerais|j aimerais|"
    r"jveux|jveu|jvoudrais|jaimerais|j'ai envie de|mon but (?:c'est|est) de)\s+"
    r"(?:(?:bien|vraiment|aussi|egalement|en plus)\s+)*(?=\w+(?:er|ir|re|oir)\b)"
)


#: Wishes about the coaching itself: its tasks and the things it keeps (folded).
_ABOUT_THE_COACHING = re.compile(
    r"\bobjectifs?\b|\bsmart\b|\bbrouillons?\b|\bpreparation\b|^(?:ajouter|creer|definir|clarifier|fixer|"
    r"formuler|preciser|poser|savoir|comprendre|parler|discuter|preparer|ecrire|rediger|relire|envoyer|exporter|"
    r"adapter|transformer|convertir|raccourcir|traduire|"
    r"effacer|supprimer|modifier|voir|revoir|essayer|tester|noter|garder (?:une )?traces?|suivre (?:mes|nos|mon|ma))\b|"
    r"^(?:commencer|continuer|reprendre|recommencer)(?:$|\s+(?:la|la ou|ou|depuis|plus tard|notre|nos|le formulaire|"
    r"la conversation|la discussion|au debut|a zero|tout)\b)|"
    # « décaler la date », « repousser l'échéance », « changer la mesure »: a goal's answer changed, not a goal
    r"^(?:decaler|repousser|reporter|avancer|changer|corriger|modifier|deplacer)\s+(?:la |l'|le |ma |mon )?"
    r"(?:date|echeance|deadline|delai|mesure|indicateur|domaine|type)\b"
)


#: The same wish further in the answer, after its context (« je soutiens en septembre, et j'aimerais décrocher … »)
#: or with an aside before the verb (« je souhaiterais, dans la mesure du possible, obtenir … »), folded.
_WISH_INSIDE = re.compile(
    r"(?:^|[,;.]\s*(?:et\s+|mais\s+|donc\s+|alors\s+)?|\s+(?:et|mais|donc)\s+)"
    # « … et plus tard jveux ouvrir mon propre garage » (sixteenth panel)
    r"(?:(?:plus tard|un jour|a terme|a long terme|a l'avenir|ensuite|apres|idealement)\s*,?\s*)?"
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
    matches = [_WISH_TO.match(folded), *(_WISH_INSIDE.finditer(folded) if inside else ())]
    for match in (m for m in matches if m is not None):
        if "?" in raw and not _only_help_asked(folded[match.end() :]):
            return None
        goal = re.split(r"(?<=[.!])\s+", raw[match.end() :], maxsplit=1)[0]  # « … agence. Faites vite » ends there
        goal = _HELP_AFTER.split(goal, maxsplit=1)[0]  # « …, tu peux m'aider à trouver un mentor stp »
        goal = POLITE_END.sub("", goal).strip(" .!;,")
        # « je voudrais ajouter un deuxième objectif »: a request to the coach; a wish said after it may be the goal
        # (« je veux trouver un objectif, je bosse chez decat et je veux devenir dev web »)
        if not _ABOUT_THE_COACHING.search(fold(goal)):
            return goal if len(words(goal)) >= 2 else None
    return None


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
    r"\b(?:veux|voudrais|aimerais|besoin d'|cherche|jveux|jveu)\s+(?:trouver |definir |avoir )?(?:un |mon |d'un )?"
    r"(?:premier |nouvel )?objectif\b"
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
