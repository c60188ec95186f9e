"""What a message typed in a form says to the assistant instead of answering the question: a complaint about the
form, a question on how to answer, « I'd rather not » (or « later »), « I said it already », « say tu to me »."""

from __future__ import annotations

import re

from assistant.coaching.register import TU_TO_ME
from assistant.coaching.text import clean, fold, words

#: A remark on the form itself (« c'est long ton truc », « pff, trop de questions »).
_COMPLAINT = re.compile(
    r"^\W*(?:(?:pf+|bof|rho+|oh|ah|bon|mais|franchement)\W+)*(?:c'est|c|cest|ca|t'es|tu es|vous etes)\s+"
    r"(?:(?:un peu|trop|vraiment|super|hyper|tres|bien|grave)\s+)*(?:long|longue|lent|chiant|relou|penible|lourd|"
    r"interminable)(?:\s+(?:ton|ce|votre|tes|vos|le|les) (?:truc|formulaire|questionnaire|questions?|bot|machin))?"
    r"(?:\s+(?:la|quand meme|hein))?"
    r"\W*$|\btrop de questions\b|\bencore (?:une|des) questions?\W*$"
)
#: A question on how to answer (« c'est quoi le format exact ? je mets les dates comment ? »): the form's help.
_HOW_TO_ANSWER = re.compile(
    r"\b(?:le format|quel format|je (?:les )?(?:mets|met|ecris|note)\b[^?]*\bcomment|"
    r"(?:je|on) (?:mets|met|dois mettre|reponds|dois repondre|ecris|note) quoi|quoi (?:mettre|repondre|ecrire)|"
    # « comment je mets la date ? », not « comment écrire à un mentor ? » nor « comment mettre fin à un mentorat ? »
    r"comment (?:je |on )?(?:les |la |le |l')?(?:mets|met|ecris|ecrit|note|reponds|repondre|ecrire|mettre|noter)"
    r"(?:\s+(?!(?:a|au|aux|fin|un|une|en|mes|mon|ma|son|sa|ses|notre|nos|des)\b)[\w']+){0,2}\s*\?|"
    # « un indicateur, ça peut être quoi ? », « c'est quoi un bon indicateur ? », « je mets combien ? »
    r"\bca peut etre quoi\b|\bc(?:'est| est) quoi un (?:bon |bel )?(?:indicateur|critere|objectif|delai)\b|"
    r"\b(?:je|on) (?:mets|met) combien\b)"
)
#: The mentee would rather not answer this question (« je passe », « laisse tomber le pourquoi », « pas envie de
#: répondre à ça »): never stored as the answer.
_DECLINES = re.compile(
    r"^\W*(?:(?:bof|bah|ben|bon|non|nan|euh|franchement|ok)\W+)*(?:"
    r"(?:je passe|on passe|je saute|on saute|question suivante|next|skip|(?:passe|saute|zappe)[rz]?(?: cette| la)? "
    r"question)(?=\W*$|\s*[,.!;])|"
    r"laisse[sz]? tomber (?:le pourquoi|cette question|la question|ce point|la raison|la motivation|le type|"
    r"le domaine|la mesure|l'indicateur|l'echeance|la date|le format|la duree)\b|"
    r"(?:je n'ai |j'ai |j'ai vraiment )?pas envie d'y repondre|(?:je n'ai |j'ai )?pas envie de repondre(?: a ca)?\b|"
    r"je (?:ne )?(?:prefere|veux) pas (?:y )?repondre|je prefere ne pas (?:y )?repondre)|"
    r"\bje (?:reviendrai|repasserai|verrai) (?:plus tard|dessus|la-dessus|la dessus)|\bon (?:y )?reviendra\b"
)
#: « je viens de te les dire », « c'est au-dessus »: the answer is the mentee's previous message (folded, whole).
_ALREADY_SAID = re.compile(
    r"^\W*(?:(?:bah|ben|mais|euh|bon)\W+)?(?:je (?:viens de|vous l'?\s?ai|te l'?\s?ai|l'?\s?ai) (?:te |vous )?"
    r"(?:les |le |la |l')?(?:dire|dit|deja dit|ecrire|ecrit|deja ecrit)|"
    r"c'?\s?est ce que je (?:viens de|vous ai|t'ai) (?:dire|dit|ecrire|ecrit)|"
    r"(?:je l'?\s?ai )?deja (?:dit|repondu|ecrit)|"
    r"(?:c'?\s?est |c )?(?:juste )?(?:au-dessus|au dessus|plus haut))"
    r"(?:\s+(?:plus haut|au-dessus|au dessus|juste avant|avant))?\W*$"
)
#: A remark this long is an answer, not a complaint.
REMARK_MAX_WORDS = 10


def form_remark(text: str | None) -> str | None:
    """What a message typed in a form says to the assistant instead of answering: ``tu_to_me`` (it asks the
    assistant to say « tu »), ``complaint`` (a short remark on the form's length), ``how_to_answer`` (a question
    on the answer's format), ``declines`` (the mentee would rather not answer, or later), ``already_said`` (the
    answer is their previous message: « je viens de te les dire »); None for anything else."""
    folded = fold(clean(text))
    if _ALREADY_SAID.search(folded):
        return "already_said"
    if len(words(folded)) <= REMARK_MAX_WORDS and _DECLINES.search(folded):
        return "declines"
    if TU_TO_ME.search(folded):
        return "tu_to_me"
    if _HOW_TO_ANSWER.search(folded) and "?" in folded:
        return "how_to_answer"
    if len(words(folded)) <= REMARK_MAX_WORDS and _COMPLAINT.search(folded):
        return "complaint"
    return None
