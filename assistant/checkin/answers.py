"""Reading the answers of a relationship check-in: free text, with the clear signals recognised (« trop espacé »,
« en partie », « dans un seul sens », « pas vraiment »…) and the wish to close the relationship (« on a fait le
tour », « je veux arrêter le mentorat »). An answer without a clear signal is kept and read as ``unclear``."""

from __future__ import annotations

import re

from assistant.checkin.feedback import direction
from assistant.checkin.model import Reading
from assistant.coaching.text import clean, fold, words
from assistant.common.answers import Parsed

#: Longest answer kept, in characters.
MAX_ANSWER_CHARS = 1000

_YES = r"\b(?:oui|ouais|ouaip|yes|yep|absolument|carrement|bien sur|tout a fait|evidemment|clairement)\b"
_NO = r"(?:^|[^'\w])(?:non|nan|nope|no)\b"

#: The wish to close the relationship, in any answer or in the request itself.
_CLOSING = re.compile(
    r"fait le tour"
    r"|\b(?:arreter|terminer|clore|cloturer|finir|stopper|conclure|achever|cesser)\s+"
    r"(?:le |la |notre |mon |ma |ce |cette |nos |les )?"
    r"(?:mentorat|relation|accompagnement|suivi|collaboration|seances|rencontres|rendez-vous|rdv)"
    r"|\bmettre (?:fin|un terme) (?:a|au|a la|a notre|a mon|a ce)\b"
    r"|\bfin (?:du|de notre|de mon|de ce|de la) (?:mentorat|relation|accompagnement)"
    r"|\bplus besoin (?:de (?:mon |ma |son |d'un )?(?:mentor|mentore|mentorat|accompagnement|suivi)|d'elle|de lui)"
    r"|\b(?:arrive|arriver|touche|toucher|est arrive|a atteint) (?:au bout|a (?:sa |son )?(?:fin|terme))"
    r"|\b(?:on|nous) (?:va |allons |peut |pourrait |devrait )?(?:arreter|s'arreter|en rester la|se separer)"
    r"|\bje (?:veux|voudrais|souhaite|souhaiterais|vais|pense|compte|aimerais) (?:l'|y )?(?:arreter|mettre fin)"
    r"(?! de\b)"
    r"|\bdire au revoir a (?:mon|ma) (?:mentor|mentore)"
    r"|\b(?:bien |comment )?(?:clore|cloturer|terminer|finir)\b.*\b(?:mentor|mentore|mentorat|relation)\b"
)

#: The rhythm: too frequent, too rare, not suiting (no direction), or fine; checked in this order.
_FREQUENT = re.compile(
    r"(?<!pas )\btrop (?:souvent|frequent|frequentes|rapproche|rapprochees|rapprochee|soutenu|serre|intense|de "
    r"(?:rendez-vous|rdv|rencontres|reunions|seances))|\bmoins souvent\b|\bespacer\b"
    r"|\b(?:un peu|beaucoup) trop\b(?! (?:espace|peu|rare|loin|long))|\bchaque jour\b|\btous les jours\b"
    r"|\bca fait beaucoup\b|\b(?:un peu|assez) rapproche"
)
_RARE = re.compile(
    r"\btrop (?:rare|rares|espace|espacees|espacee|peu|loin|irregulier)|\bpas assez\b|\bplus souvent\b|\brarement\b"
    r"|\bjamais\b|\bpeu souvent\b|\bon se voit peu\b|\bpas (?:vus?|revus?|parle|eu de nouvelles)\b"
    r"|\bca fait (?:\w+ )?(?:longtemps|semaines|mois|un moment)|\birregulier|\bau compte-gouttes\b"
    r"|\b(?:on|nous) ne (?:nous )?(?:voit|voyons) (?:presque )?(?:plus|pas)\b|\b(?:pas|aucun|sans) (?:de )?rythme\b"
    r"|\bmanque de (?:regularite|suivi)\b|\bplus regulier|\bvoir plus\b|\bun peu juste\b|\bpresque plus\b"
    r"|\b(?:un peu|assez|plutot|bien) espace"
)
_UNFIT = re.compile(
    r"\bn[e']\s*(?:me |nous )?(?:convient|conviennent|va|vont|plait)\s+(?:pas|plus)\b"
    r"|\bpas (?:vraiment |du tout |tres |tellement )?(?:bien|top|ideal|terrible|satisfait|satisfaite|genial|super|"
    r"adapte|le bon)\b|\bbof\b|\bmoyen\b|" + _NO
)
_FINE = re.compile(
    r"\b(?:me|nous|lui|leur) (?:va|vont|convient|conviennent)\b|\bconvient\b|\bparfait|\btres bien\b|\bca va\b"
    r"|\bc'est bien\b|\bc'est bon\b|\bnickel\b|\btop\b|\bimpeccable\b|\bideal\b|\bsatisfait|\bsuffit\b"
    r"|\bregulier|\bbien\b|\bok\b|\bd'accord\b|\bparfaitement\b|\bcool\b|" + _YES
)

#: Expectations: partly, not met, met; checked in this order.
_PARTLY = re.compile(
    r"\ben partie\b|\bpartiellement\b|\bplus ou moins\b|\bmoyen|\ba moitie\b|\bpas (?:toutes|toujours|tout a fait|"
    r"completement|entierement|totalement|sur tout|encore tout a fait|tout)\b|\boui et non\b|\bca depend\b"
    r"|\bcertaines\b|\bcertains\b|\bbof\b|\boui mais\b|\bpresque\b|\bun peu\b|\bsauf\b|\bpas encore\b|\bpas trop\b"
)
_NOT = re.compile(
    r"\bpas (?:vraiment|du tout|remplies|remplie|satisfait|satisfaite|a la hauteur|ce que|assez|tres)\b|\baucune?\b"
    r"|\bdecu|\bdecoit|\bdecevant|\bne (?:sont|correspond|correspondent|repond|repondent) (?:pas|plus)\b"
    r"|\binsatisfait|\bloin de (?:la|ca)\b|\bplutot (?:non|pas)\b|" + _NO
)
_MET = re.compile(
    r"\bremplies\b|\bremplie\b|\bcompletement\b|\btotalement\b|\blargement\b|\bparfaitement\b|\bau-dela\b"
    r"|\bsatisfait|\bcomble|\bravie?\b|\bc'est le cas\b|\bcorrespond|\bplutot oui\b|\bglobalement\b"
    r"|\bdans l'ensemble\b|\btres bien\b|\bsuper\b|\bpleinement\b|\bhappy\b|\bcontent|" + _YES
)

#: Feedback: said both ways in so many words (before the sides are read), one way only, rare, none, both ways.
_BOTH_SAID = re.compile(r"\b(?:dans les|les|des) deux (?:sens|cotes)\b|\bmutuel|\breciproque")
_NOT_BOTH = re.compile(r"\bpas (?:vraiment |toujours |tout a fait |encore )?(?:dans les |des )?deux (?:sens|cotes)\b")
_RARE_FEEDBACK = re.compile(
    r"\brarement\b|\b(?:pas|peu|trop peu|pas assez) souvent\b|(?<!un )(?<!trop )\bpeu\b|\bde loin en loin\b"
    r"|\bpas assez\b|\bpas beaucoup\b|\bau compte-gouttes\b|\bpas (?:tres|si) (?:souvent|frequent)"
)
_ONE_WAY = re.compile(
    r"\b(?:dans un|a) sens\b|\bsens unique\b|\bun seul sens\b|\bdans l'autre sens\b|\bl'inverse\b|\bunilateral"
    r"|\b(?:que|seulement|juste|uniquement|surtout) (?:lui|elle|moi|de sa part|de (?:mon|ma) (?:mentor|mentore)|"
    r"de mon cote|du sien|de son cote|dans un sens)\b|\b(?:lui|elle|moi) (?:oui|non|pas|jamais)\b"
    r"|\bje ne lui (?:en )?(?:donne|dis|ai)\b|\bje ne lui ai jamais\b|\bpas (?:de|du) (?:mon|son) cote\b"
    r"|\b(?:de sa part|de son cote) (?:oui|seulement)\b|\bpas (?:moi|lui|elle)\b"
)
_NONE = re.compile(
    r"\bjamais\b|\bpas (?:vraiment|encore|du tout|trop|de retours?|de feedbacks?|recemment|souvent|eu|beaucoup)\b"
    r"|\baucun|\bon n'en (?:a|parle)\b|\bplutot (?:non|pas)\b|" + _NO
)
_BOTH = re.compile(
    r"\bdeux sens\b|\b2 sens\b|\bmutuel|\breciproque|\bles deux\b|\bregulierement\b|\bon (?:s'en )?echange"
    r"|\bsouvent\b|\btoujours\b|\btout le temps\b|\ba chaque (?:fois|rencontre|seance|rdv)\b|\bdes deux cotes\b|" + _YES
)

#: Trust: partly, not there, there; checked in this order (« plutôt oui » and « aucun souci » first).
_TRUST_YES_FIRST = re.compile(
    r"\bplutot oui\b|\baucun (?:probleme|souci|tabou)\b|\bsans (?:probleme|souci|crainte|tabou|filtre)\b"
    r"|\bpas de (?:souci|probleme|tabou)\b|\bje peux (?:tout|lui tout)\b"
    r"|^(?:oui,? )?(?:en grande partie|en (?:bonne|majeure) partie|globalement|dans l'ensemble|largement)\b"
)
_TRUST_PARTLY = re.compile(
    r"\ben partie\b|\bplutot\b(?! (?:non|pas))|\bpas (?:toujours|sur tout|tout|totalement|completement|entierement|"
    r"encore tout a fait|tout a fait|encore)\b|\bcertains (?:sujets|points|trucs|themes)\b|\bca depend\b"
    r"|\bplus ou moins\b|\bmoyen|\bbof\b|\bun peu\b|\boui et non\b|\bsauf\b|\ba moitie\b|\bpresque\b"
    r"|\boui mais\b|\bj'hesite\b|\bde plus en plus\b|\bca vient\b"
)
_TRUST_NO = re.compile(
    r"\bpas (?:vraiment|du tout|trop|en confiance|a l'aise|confiance)\b|\bmal a l'aise\b|\bn'ose|\bj'ose pas\b"
    r"|\bgene|\bintimid|\bpeur\b|\bcrainte\b|\bjuge|\bmefian|\bplutot (?:non|pas)\b|\baucune confiance\b|" + _NO
)
_TRUST_YES = re.compile(
    r"\ben confiance\b|\ba l'aise\b|\bcompletement\b|\btotalement\b|\bentierement\b|\bparfaitement\b"
    r"|\bconfiance\b|\bsans hesiter\b|\b100\b|\btout\b|" + _YES
)

#: « une fois par mois », « toutes les deux semaines »: how often the mentee meets the mentor, when said.
_PACE = re.compile(
    r"\b(?:une|deux|trois|1|2|3) fois (?:par|tous les|toutes les) (?:semaine|mois|trimestre|an|deux mois|trois mois|"
    r"deux semaines|quinze jours|15 jours)\b|\btoutes les (?:deux|trois|quatre|six|2|3|4|6) semaines\b"
    r"|\btous les (?:deux|trois|six|2|3|6) mois\b|\bchaque (?:semaine|mois|trimestre)\b"
    r"|\btous les (?:quinze|15) jours\b|\btoutes les semaines\b|\btous les mois\b"
)
_DIGITS = {"1": "une", "2": "deux", "3": "trois", "4": "quatre", "6": "six", "15": "quinze"}


#: A short answer that says the mentee does not know: no signal, whatever its words (« je ne sais pas trop »).
_UNSURE = re.compile(r"\b(?:je ne sais pas|je sais pas|j'en sais rien|jsp|aucune idee|difficile a dire|dur a dire)\b")
_UNSURE_MAX_WORDS = 6


#: SMS spellings of the words the readers look for (« ouai grave », « bof pa trop », « nn »).
_SMS = (
    (re.compile(r"\bouai\b|\bwi\b"), "ouais"),
    (re.compile(r"\bpa\b"), "pas"),
    (re.compile(r"\bnn\b"), "non"),
)


def _plain(text: str | None) -> str:
    """The answer folded, its SMS spellings written out."""
    folded = fold(clean(text))
    for pattern, plain in _SMS:
        folded = pattern.sub(plain, folded)
    return folded


def _first(text: str, rules: tuple[tuple[str, re.Pattern[str]], ...]) -> str:
    if _UNSURE.search(text) and len(words(text)) <= _UNSURE_MAX_WORDS:
        return "unclear"
    return next((signal for signal, pattern in rules if pattern.search(text)), "unclear")


def wants_to_close(text: str | None) -> bool:
    """True when ``text`` voices the wish to close the mentoring relationship (« on a fait le tour »)."""
    return bool(_CLOSING.search(_plain(text)))


def read_rhythm(text: str) -> str:
    """``frequent``, ``rare``, ``unfit`` (does not suit, direction not said), ``fine`` or ``unclear``."""
    return _first(_plain(text), (("frequent", _FREQUENT), ("rare", _RARE), ("unfit", _UNFIT), ("fine", _FINE)))


def read_expectations(text: str) -> str:
    """``partly``, ``not``, ``met`` or ``unclear``; a yes and a no together (« les miennes oui, les siennes non »)
    is ``partly``."""
    folded = _plain(text)
    if re.search(_YES, folded) and re.search(_NO, folded):
        return "partly"
    return _first(folded, (("partly", _PARTLY), ("not", _NOT), ("met", _MET)))


def read_feedback(text: str) -> str:
    """``both``; a side given or not (``assistant.checkin.feedback.direction``: ``from_mentor``, ``to_mentor``,
    ``received``, ``given``, ``not_received``, ``not_given``, ``none``); ``one_way`` (direction not said), ``rare``,
    ``none`` or ``unclear``. « un peu durs » is no « peu »: only rare words make it rare."""
    folded = _plain(text)
    if _UNSURE.search(folded) and len(words(folded)) <= _UNSURE_MAX_WORDS:
        return "unclear"
    side = direction(folded)
    if _NOT_BOTH.search(folded):
        return side if side not in ("", "both", "received", "given") else "one_way"
    if side in ("received", "given") and _BOTH_SAID.search(folded):
        return "both"
    if side in ("received", "given") and _RARE_FEEDBACK.search(folded):
        return "rare"
    if side:
        return side
    if _BOTH_SAID.search(folded):
        return "both"
    return _first(folded, (("one_way", _ONE_WAY), ("rare", _RARE_FEEDBACK), ("none", _NONE), ("both", _BOTH)))


#: « Oui je lui fais confiance, même si je n'ose pas lui parler de … »: a yes with a reserve.
_TRUST_YES_BUT = re.compile(
    r"^(?:oui|ouais|bien sur|evidemment|absolument)\b.*\b(?:meme si|sauf que|mis a part|sauf pour)\b"
)


def read_trust(text: str) -> str:
    """``partly``, ``no``, ``yes`` or ``unclear``."""
    rules = (
        ("partly", _TRUST_YES_BUT),
        ("yes", _TRUST_YES_FIRST),
        ("partly", _TRUST_PARTLY),
        ("no", _TRUST_NO),
        ("yes", _TRUST_YES),
    )
    return _first(_plain(text), rules)


#: A worry about bothering the mentor (« j'ai peur de la déranger », « j'ai l'impression de trop lui demander »).
_BOTHERING = re.compile(
    r"\b(?:deranger|derange|embeter|embete|importuner|importune|harceler|saouler|souler|envahissante?|envahir"
    r"|abuser de son temps)\b"
    r"|\btrop (?:lui |le |la |l')?(?:demander|solliciter|ecrire|relancer|ennuyer|prendre de son temps)\b"
    r"|\bprendre trop de son temps\b|\bde trop (?:lui )?demander\b"
)


def worries_about_bothering(*texts: str | None) -> bool:
    """True when one of ``texts`` voices the fear of bothering the mentor (« j'ai peur de la déranger »)."""
    return any(_BOTHERING.search(_plain(text)) for text in texts if text)


READERS = {
    "checkin_rhythm": read_rhythm,
    "checkin_expectations": read_expectations,
    "checkin_feedback": read_feedback,
    "checkin_trust": read_trust,
}


def read_answer(slot: str, text: str | None) -> Parsed:
    """Read the answer to ``slot``; the value is a :class:`Reading`. Problems: ``empty``, ``too_long``."""
    answer = clean(text)
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if len(answer) > MAX_ANSWER_CHARS:
        return Parsed(problem="too_long")
    closing = wants_to_close(answer)
    signal = READERS[slot](answer)
    return Parsed(Reading(signal, closing))


def pace(text: str | None) -> str:
    """How often the mentee meets the mentor, in standard words (« une fois par mois »), or "" when not said."""
    match = _PACE.search(_plain(text))
    if not match:
        return ""
    return " ".join(_DIGITS.get(word, word) for word in match.group(0).split())
