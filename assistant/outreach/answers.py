"""Reading the mentee's answers to the outreach form: how they know the mentor, what draws them, who they are.
What they ask for, the channel and the tone: ``ask.py``."""

from __future__ import annotations

import re

from assistant.coaching.text import (
    fold,
    fold_same_length,
    looks_foreign,
    looks_like_code,
    meaningful_words,
    words,
)
from assistant.common.answers import Parsed
from assistant.common.french import COMMON_STARTS, bare, capitalize, lower_first, starts_with_vowel, without_reminder
from assistant.outreach.model import (
    MAX_DRAW_CHARS,
    MAX_INTRO_CHARS,
    MAX_SOURCE_CHARS,
)


def _free_text_problem(answer: str, limit: int, min_words: int) -> str | None:
    """The common checks of a free answer: empty, markup, too long, foreign, too short."""
    if not answer or not words(answer):
        return "empty"
    if looks_like_code(answer):
        return "markup"
    if len(answer) > limit:
        return "too_long"
    if looks_foreign(answer):
        return "foreign"
    if len(words(answer)) < min_words:
        return "too_short"
    return None


_RECOMMENDED = re.compile(
    r"\b(?:recommand\w*|conseill\w*|de la part d[eu']|parle d'(?:elle|lui)|m'en a parle|"
    r"(?:donne|file|passe|transmis) (?:son|ses) (?:nom|contact|coordonnees|mail|numero)|"
    r"mis(?:e)? en (?:contact|relation)|"
    r"presente(?:e)? par|par (?:un|une|mon|ma) (?:ami|amie|pote|connaissance|contact|collegue|prof|manager))\b"
)
#: A piece of the mentor's work the mentee may have found them through (folded, for a regular expression).
MEDIA = (
    r"article|articles|podcast|podcasts|livre|bouquin|post|posts|publication|publications|video|videos|thread|threads|"
    r"interview|blog|newsletter|chaine|conference|conf|talk|ted|tedx|intervention|episode|emission|tribune|"
    r"keynote|masterclass|webinar|webinaire|live|youtube|cours|these|etude"
)
_ARTICLE = re.compile(
    rf"\b(?:son|sa|ses)\s+(?:{MEDIA})\b|\b(?:lu|ecoute|regarde|visionne)\b|\b(?:podcast|article|"
    r"livre|bouquin|blog|newsletter|interview|youtube|tribune|post|thread|publication)\b"
)
#: « elle a posté un thread sur … »: a piece the mentor published, said with « un », « une » or « des ».
_PUBLISHED = re.compile(
    rf"\b(?:a|avait|ont|avaient)\s+(?:poste|publie|ecrit|partage|sorti)e?s?\s+"
    rf"(un|une|des)\s+({MEDIA})\b"
)
#: The media a possessive before them says in the feminine: « sa publication », « sa vidéo ».
_FEMININE_MEDIA = set(
    "publication publications video videos conference conf chaine tribune newsletter masterclass these keynote "
    "emission interview intervention etude".split()
)
#: « via LinkedIn », « via son post »: a place or a piece, not a person who passed the contact on.
_VIA = re.compile(r"\bvia\s+(?P<what>[^,.;!?]+)")
_NOT_A_PERSON = re.compile(
    rf"^(?:(?:son|sa|ses|un|une|des|le|la|les|l')\s*)?(?:{MEDIA}|linked ?in|lkd|insta\w*|twitter|x|facebook|fb|"
    r"tik ?tok|reseaux?|internet|google|le web|site|profil|malt|welcome|annonce|newsletter|slack|discord)\b"
)
_EVENT_WORDS = (
    r"salon|conference|conf|meetup|meet-up|forum|webinaire|webinar|seminaire|atelier|evenement|event|"
    r"afterwork|colloque|congres|table ronde|hackathon|festival|soiree|job ?dating|masterclass|keynote|"
    r"talk|journee|rencontre|conference-debat|summit|sommet"
)
_EVENT = re.compile(
    rf"(?:\b(au|aux|du|des|a la|a l'|de la|de l'|a un|a une|d'un|d'une|le|la|l'|les|un|une|ce|cette|"
    rf"cet)\s*)?\b({_EVENT_WORDS})\b"
)
_EVENT_DETERMINERS = {
    "au": "le",
    "du": "le",
    "aux": "les",
    "des": "les",
    "a la": "la",
    "de la": "la",
    "a l'": "l'",
    "de l'": "l'",
    "a un": "un",
    "d'un": "un",
    "a une": "une",
    "d'une": "une",
}
_LINKEDIN = re.compile(r"\blinked ?in\b|\blkd\b|\bprofil\b")
_COLLEAGUE = re.compile(
    r"\bcollegue|\bmeme (?:boite|entreprise|societe|equipe|service|boulot|groupe|"
    r"bureau|open space)\b|"
    r"\bon (?:travaille|bosse)\b|\b(?:travaill|boss)\w* ensemble\b|\b(?:mon|ma) (?:manager|n\+\d|"
    r"cheffe?|boss|responsable)\b|\bdans ma boite\b|\bau travail\b|\bpar le (?:travail|boulot)\b"
)
_NAME = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'-]+(?:\s+(?:de |du |van |le |la |d')?[A-ZÀ-ÖØ-Þ][\w'-]+)*")
_NOT_A_NAME = {
    "je",
    "j'ai",
    "c'est",
    "elle",
    "il",
    "on",
    "linkedin",
    "sur",
    "par",
    "de",
    "via",
    "mon",
    "ma",
    "une",
    "un",
    "recommandé",
    "recommandée",
    "conseillé",
    "conseillée",
    "oui",
    "bonjour",
    "salut",
}
_RECOMMENDER_CUT = re.compile(r"\s+(?:qui m'a|qui me l'a|qui m'en a|m'a|me l'a|m'en a|qui l'a)\b.*$", re.I)
_RECOMMENDER_AFTER = re.compile(r"\b(?:de la part d[eu']|via|par|c'est)\s*", re.I)


#: « personne ne me l'a recommandée », « pas sur recommandation », « on ne me l'a pas conseillée »: said not to be.
NOBODY_RECOMMENDED = re.compile(
    r"\b(?:personne ne|on ne|pas de|pas sur|pas par|ce n'est pas|c'est pas|c pas|sans)\b[^,.;!?]{0,20}?"
    r"\b(?:recommand|conseill|reco\b)\w*"
)


#: A title typed before a name (« M. », « Mme », « Dr »).
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:M\.|Mme|Mlle|Madame|Monsieur|Dr\.?|Pr\.?|Professeur|Professeure)\s+$")


def _recommender(answer: str) -> str:
    """Who recommended the mentor: a capitalised name, else « mon manager », « une amie qui bosse avec elle »."""
    for found in _NAME.finditer(answer):
        name = found.group(0)
        if fold(name.split()[0]) not in _NOT_A_NAME and fold(name) not in _NOT_A_NAME and not name.isupper():
            title = _TITLE_BEFORE.search(answer[: found.start()])  # « M. Garnier », not « Garnier »
            return f"{title.group(0).strip()} {name}" if title else name  # « DCG » (« mon prof de DCG ») is no one
    match = _RECOMMENDER_AFTER.search(answer)
    if not match:
        return ""
    who = _RECOMMENDER_CUT.sub("", answer[match.end() :]).strip(" ,.;")
    if fold(who).startswith("de "):  # « de la part de » followed by a longer phrase
        who = who[3:]
    return who if 1 <= len(words(who)) <= 8 else ""


def _via_a_person(folded: str) -> bool:
    """« via Julie », « via un ami »: someone passed the contact on; « via LinkedIn », « via son post » are no one."""
    return any(not _NOT_A_PERSON.match(found.group("what").strip()) for found in _VIA.finditer(folded))


def _media_detail(answer: str) -> str:
    """« j'ai lu son article sur le management » -> « son article sur le management »; « elle a posté un thread sur
    le growth » -> « son thread sur le growth »."""
    folded = fold_same_length(answer)
    published = _PUBLISHED.search(folded)
    if published:
        noun = published.group(2)
        mine = "ses" if published.group(1) == "des" else "sa" if noun in _FEMININE_MEDIA else "son"
        if mine == "sa" and starts_with_vowel(noun):
            mine = "son"  # « son interview »
        return f"{mine} {answer[published.start(2) :].strip(' ,.;')}"
    match = re.search(r"\b(?:son|sa|ses)\s", folded)
    if match:
        return answer[match.start() :].strip(" ,.;")
    stripped = re.sub(r"^(?:j'ai|je l'ai|jl'ai|on a)\s+(?:lu|ecoute|regarde|vu|visionne|decouvert)\s+", "", folded)
    return answer[len(answer) - len(stripped) :].strip(" ,.;")


def _event_detail(answer: str) -> str:
    """« au salon VivaTech » -> « le salon VivaTech », « à une conf » -> « une conférence »."""
    folded = fold_same_length(answer)
    match = _EVENT.search(folded)
    if not match:
        return ""
    determiner = match.group(1) or ""
    determiner = _EVENT_DETERMINERS.get(determiner, determiner)
    noun_and_rest = answer[match.start(2) :].strip(" ,.;")
    if fold(noun_and_rest.split(" ", 1)[0]) == "conf":
        noun_and_rest = "conférence" + noun_and_rest[4:]
    if not determiner:
        return noun_and_rest
    return f"{determiner}{noun_and_rest}" if determiner.endswith("'") else f"{determiner} {noun_and_rest}"


def parse_source(text: str | None) -> Parsed:
    """How the mentee knows of the mentor: value ``(key, detail)`` with a key of :data:`SOURCES`.

    « sur LinkedIn » -> ``("linkedin", "")``; « au salon VivaTech » -> ``("event", "le salon VivaTech")``;
    « recommandé par Julie Bernard » -> ``("recommendation", "Julie Bernard")``; « c'est un collègue » ->
    ``("colleague", "")``; « j'ai lu son article » -> ``("article", "son article")``; other text of two
    words or more -> ``("other", text)``. The detail keeps the user's words (third person: the composer
    addresses the mentor). Problems: ``empty``, ``too_long``, ``markup``, ``foreign``, ``too_short``.
    """
    answer = bare(without_reminder(text or ""))  # « Comme je le disais, … »: the answer after it
    problem = _free_text_problem(answer, MAX_SOURCE_CHARS, 1)
    if problem:
        return Parsed(problem=problem)
    folded = fold(answer)
    if NOBODY_RECOMMENDED.search(folded):  # « personne ne me l'a recommandée, je l'ai vue sur LinkedIn »
        folded = NOBODY_RECOMMENDED.sub(" ", folded)
    elif _RECOMMENDED.search(folded) or _via_a_person(folded):
        return Parsed(("recommendation", _recommender(answer)))
    if _ARTICLE.search(folded) or _PUBLISHED.search(folded):
        return Parsed(("article", _media_detail(answer)))
    if _EVENT.search(folded) and re.search(rf"\b(?:{_EVENT_WORDS})\b", folded):
        return Parsed(("event", _event_detail(answer)))
    if _LINKEDIN.search(folded):
        return Parsed(("linkedin", ""))
    if _COLLEAGUE.search(folded):
        return Parsed(("colleague", ""))
    if len(words(answer)) < 2:
        return Parsed(problem="too_short")
    return Parsed(("other", lower_first(answer)))


_DRAW_PREFIX = re.compile(
    r"^(?:(?:euh+|bah|ben|bon|alors|surtout|notamment|jsp(?: trop)?|je sais pas(?: trop)?|je ne sais pas(?: trop)?)"
    r"[\s,]+)*(?:(?:ce qui m'attire|ce qui me plait|ce qui m'interesse|ce qui m'inspire|ce que j'aime)"
    r"(?: chez (?:elle|lui)| dans son profil)?,?\s*(?:c'est|c est)\s+(?:que\s+|qu')?|parce que\s+|parce qu'|"
    r"pcq\s+|psk\s+|car\s+|j'aime(?: bien| beaucoup)?\s+|jaime(?: bien)?\s+|j'adore\s+|jadore\s+|"
    r"j'admire\s+|pour\s+)?"
)


def _strip_prefix(pattern: re.Pattern[str], answer: str) -> str:
    """Remove what ``pattern`` matches at the start of the folded answer, keeping the original spelling."""
    match = pattern.match(fold_same_length(answer))
    return answer[match.end() :].strip(" ,") if match else answer


def parse_draw(text: str | None) -> Parsed:
    """What draws the mentee to this mentor: value the cleaned text, ready for « ce qui m'attire, c'est … ».

    A leading « parce que », « car », « j'aime » is dropped; the rest stays in the mentee's words (third
    person, « son parcours », « elle a monté une équipe »: the composer addresses the mentor).
    Problems: ``empty``, ``too_short`` (under three words), ``too_long``, ``markup``, ``foreign``.
    """
    answer = bare(without_reminder(text or ""))  # « Comme je le disais, … »: the answer after it
    problem = _free_text_problem(answer, MAX_DRAW_CHARS, 3)
    if problem:
        return Parsed(problem=problem)
    stripped = _strip_prefix(_DRAW_PREFIX, answer)
    if len(words(stripped)) < 2:
        return Parsed(problem="too_short")
    return Parsed(_HOW_THEY_MOVED.sub(r"sur son passage \g<path>", lower_first(stripped)))


#: « sur comment il est passé de la logistique à la cyber »: spoken French; a letter says « sur son passage de … à
#: … » (only once the accents are back, so that « à » is sure).
_HOW_THEY_MOVED = re.compile(
    r"\bsur comment (?:il|elle|iel) (?:est|s'est) pass[ée]e? (?P<path>(?:de |du |des |d')[^,.;:!?]+? (?:à|au|aux) )",
    re.I,
)


_INTRO_NAMED = re.compile(
    r"^(?:(?:bonjour|salut|hello|coucou)[\s,!]*)?(?:je m'?appelle|j'?m'?appelle|je mapelle|je mappelle|"
    r"moi c'?est|moi c|"
    r"mon prenom c'?est|mon prenom est|mon nom c'?est|mon nom est|je me prenomme|je suis)\s+"
)
_FIRST_NAME = re.compile(r"^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*)(\s+[A-ZÀ-ÖØ-Þ][\w'-]*)*")
_INTRO_LINK = re.compile(r"^(?:[,;:.\-–]\s*|et\s+)*(?:je suis\s+|j'?suis\s+|chui\s+)?")
_NOT_FIRST_NAMES = COMMON_STARTS | {"en", "un", "une", "le", "la", "plutot", "actuellement", "depuis", "pas", "ne"}


def _named_intro(answer: str) -> tuple[str, str] | None:
    """(intro, first name) when the answer names the mentee, else None."""
    folded = fold_same_length(answer)
    cue = _INTRO_NAMED.match(folded)
    start = cue.end() if cue else 0
    match = _FIRST_NAME.match(answer[start:])
    if not match:
        return None
    first = match.group(1)
    said_by_cue = cue is not None and not fold(cue.group(0)).strip().endswith("je suis")
    followed = answer[start + match.end() :]
    if fold(first) in _NOT_FIRST_NAMES or len(first) < 2:
        return None
    if not said_by_cue and not (
        first[0].isupper()
        and (
            not followed.strip() or followed.lstrip().startswith(",") or cue is not None and followed[:1] in (" ", ",")
        )
    ):
        return None
    if cue is not None and not said_by_cue and not first[0].isupper():
        return None
    full = capitalize(answer[start : start + match.end()]) if said_by_cue else answer[start : start + match.end()]
    rest = _strip_prefix(_INTRO_LINK, followed.strip())
    return (f"{full}, {rest}" if rest else full), capitalize(first)


def parse_intro(text: str | None) -> Parsed:
    """The mentee's self-introduction: value ``(intro, first_name)``.

    « Léa, étudiante en master data à Lyon » -> ``("Léa, étudiante en master data à Lyon", "Léa")``;
    « je m'appelle Karim et je suis développeur junior » -> ``("Karim, développeur junior", "Karim")``;
    « développeuse junior depuis 2 ans » -> ``("développeuse junior depuis 2 ans", "")``. The intro reads
    after « Je suis … » (or is a sentence of its own when it starts with « je »).
    Problems: ``empty``, ``too_short`` (one word), ``too_long``, ``markup``, ``foreign``.
    """
    answer = bare(without_reminder(text or ""))  # « Comme je le disais, … »: the answer after it
    problem = _free_text_problem(answer, MAX_INTRO_CHARS, 1)
    if problem:
        return Parsed(problem=problem)
    named = _named_intro(answer)
    if named:
        return Parsed(named)
    intro = _strip_prefix(re.compile(r"^(?:(?:bonjour|salut|hello)[\s,!]*)?(?:je suis|j'?suis|chui)\s+"), answer)
    if len(words(intro)) < 2 or not meaningful_words(intro):
        return Parsed(problem="too_short")
    return Parsed((lower_first(intro), ""))


def draw_text(text: str) -> str | None:
    """The draw as the draft uses it (« j'aime beaucoup son parcours » -> « son parcours »), or None."""
    parsed = parse_draw(text)
    return parsed.value if parsed.ok else None
