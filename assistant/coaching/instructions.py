"""The assistant's own instructions, typed back: « dites « tutoie » », « dites « stop » » (and their common variants)
mean what they say whatever else the message holds; and what only sounds like them (« arrêter de tout contrôler »,
« laisse tomber l'orthographe », a bare date)."""

from __future__ import annotations

import re

from assistant.coaching.text import fold, words
from assistant.common.dates import parse_deadline
from assistant.common.past_dates import parse_past_date

#: Words the assistant tells mentees to type, and the intent each one means, whatever else the message says.
_INSTRUCTIONS = (
    (
        "revise_draft",
        re.compile(
            r"\b(?:tuto[iy]\w*|vouvo[iy]\w*|(?:(?:re)?passe[rz]?|reviens|revient|revenez|revenons|retour|(?:re)?mets)"
            r"(?:-les|(?: les| la| mes| ma) (?:questions|prepa\w*|liste))? (?:au|en|a) (?:tu|vous)|on se dit tu)\b"
        ),
    ),
)
#: The thank-you note named in a message: its tu/vous is the note's, not the draft's.
_THANK_YOU_NAMED = re.compile(r"\bremerci\w*")
#: What « laisse tomber » may drop without stopping the task (« laisse tomber l'orthographe, … »; folded).
_DETAIL = (
    r"(?:l'|la |le |les |ces |cette |ce )?(?:orthographe|fautes?|accents?|details?|majuscules?|ponctuation|"
    r"corrections?|typos?|mots?|formulation|style|pourquoi|questions?|raison|motivation|point|type|domaine|mesure|"
    r"indicateur|echeance|date|format|duree)\b"
)
#: « stop », « annule » in a short message: what the forms say to type to leave them.
# « j'arrête là » stops; « j'arrête de tout vouloir faire seul » does not.
#: « laisse tomber la visio, un appel plutôt »: one answer dropped for another, said after a comma — not the task.
_REPLACED = (
    r" (?!tout\b|ca\b|cela\b|l'objectif|cet objectif|le message|ce message|la comparaison|la preparation|le formulaire|"
    r"les questions)[^,.!?]{1,30},\s*\w"
)
#: « laisse tomber la 6 (aussi) »: a numbered item dropped from a list (a question of a preparation), not the task.
_NUMBERED = r" (?:aussi )?(?:la |le |question |numero )\d{1,3}\b"
_STOP = re.compile(
    rf"\b(?:stop|j?annule|annuler|annulez|laisse tomber(?! {_DETAIL})(?!{_REPLACED})(?!{_NUMBERED})|on arrete|"
    r"j'arrete(?= (?:la|ici|le |les |tout|ca)| *$)|"
    r"(?:veux|voudrais|prefere|aimerais|peut|peux|va) (?:tout )?arreter"
    r"(?= (?:la|ici|le |les |tout|ca)| *$))"
)
#: « arrêter de » + a verb is about a habit (« que j'arrête de tout vouloir faire seul »), not a request to stop.
_STOP_DOING = re.compile(r"\barret\w* (?:de |d')")
#: … and « il a annulé le café », « j'ai dû annuler » tell what happened: no request to stop either.
_NEGATED = re.compile(
    r"\b(?:ne|n')\s*(?:l'|le |la |les )?(?:stop|annule\w*|arrete\w*)"
    r"|\bpas (?:d'|de )?(?:annul|arret)|\b(?:ai|a|as|avons|avez|ont|avait|avaient) (?:du |tout |dû )?annul"
)
SHORT_MESSAGE_WORDS = 8
#: Putting the task off (« je ferai ça plus tard », « une autre fois »), after a turning opening.
_LATER = re.compile(
    r"\b(?:plus tard|une autre fois|un autre jour|remettre a|on verra|pas maintenant|pas (?:faire )?ca maintenant|"
    r"je reviendrai|jreviendrai)\b"
)
#: Not wanting to go on (« pas envie de faire ce point », « plus envie d'en parler »), after a turning opening;
# « pas envie de changer de rythme » is an answer.
_UNWILLING = re.compile(
    r"\b(?:pas|plus) (?:trop |vraiment )?envie (?:de (?:faire|repondre|continuer|parler)|d'en parler|d'y)"
)
#: Openings of a longer message that turns away from the task (« non en fait… », « bon… »).
_TURNING = re.compile(r"^(?:(?:attends|attend|euh|ah|oh)\W+)?(?:non|bon|bref|en fait|finalement|ok|laisse|oublie)\b")


def reads_as_a_date(text: str | None) -> bool:
    """Whether a short message is a day and nothing else (« aujourd'hui même », « hier », « le 3 mars »): an answer
    to « c'était quand ? », never a request to stop."""
    if len(words(fold(text or ""))) > 4:
        return False
    past, ahead = parse_past_date(text), parse_deadline(text)
    return past.ok or past.problem in ("future", "too_old") or ahead.ok or ahead.problem in ("past", "too_far")


def stops_a_habit(text: str | None) -> bool:
    """Whether ``text`` speaks of stopping something but the task (« arrêter de tout contrôler », « laisse tomber
    l'orthographe », « laisse tomber la 6 ») without asking to stop."""
    folded = fold(text or "")
    dropped = (
        _STOP_DOING.search(folded)
        or re.search(rf"\blaissez? tomber {_DETAIL}", folded)
        or re.search(rf"\blaissez? tomber{_REPLACED}", folded)
        or re.search(rf"\blaissez? tomber{_NUMBERED}", folded)
    )
    return bool(dropped) and instructed_intent(text) != "stop"


def instructed_intent(text: str | None) -> str | None:
    """The intent of an instruction the assistant prints (« dites « tutoie » », « dites « stop » »), or None.

    « tutoie », « passe au tu », « tutoiement stp », « vouvoie-la », « passe les questions au tu » ask to change the
    tone of the draft, or of the preparation shown;
    « stop », « annule », « laisse tomber » in a short message without a negation stop the current task.
    """
    folded = fold(text or "")
    for intent, pattern in _INSTRUCTIONS:
        if intent == "revise_draft" and _THANK_YOU_NAMED.search(folded):
            continue  # « un remerciement en tutoyant »: the tone of the thank-you note, not of the draft
        if pattern.search(folded):
            return intent
    tokens = words(folded)
    if len(tokens) <= SHORT_MESSAGE_WORDS and _STOP.search(folded) and not _NEGATED.search(folded):
        return "stop"
    turned = _STOP.search(folded) or _LATER.search(folded) or _UNWILLING.search(folded)
    if _TURNING.match(folded) and turned and not _NEGATED.search(folded):
        return "stop"  # « non en fait j'ai pas envie de répondre à tout ça, on arrête », « en fait, plus tard »
    return None
