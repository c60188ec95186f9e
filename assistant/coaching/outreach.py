"""The first message to a potential mentor: reading the mentee's answers, composing and revising drafts.

Source of the advice: « Comment aborder un potentiel mentor ? » in seed 002 (brief self-introduction,
interest in their expertise, a specific project or goal, what you hope to learn, an informal meeting
such as a coffee, respect for their time, thanks) and tips 2–4 and 8 of seed 000.

CONTRACT (used by actions/outreach.py and assistant/store/outreach.py — keep names and signatures):

- ``CHANNELS``: key -> (French label, max characters or None). Keys: ``linkedin_note`` (300),
  ``linkedin_message``, ``email``.
- ``SOURCES``: key -> French label. Keys: ``linkedin``, ``event``, ``recommendation``, ``colleague``,
  ``article``, ``other``.
- ``ASKS``: key -> French label. Keys: ``call``, ``coffee``, ``video``.
- ``REGISTERS``: ``neutral``, ``formal``, ``warm``. ``TONES``: ``vous``, ``tu``.
- :class:`OutreachRequest`, :class:`DraftStyle`, :class:`Draft` below.
- ``compose(request, style) -> Draft``
- ``parse_source(text) -> Parsed`` value ``(key, detail)``
- ``parse_draw(text) -> Parsed`` value ``str``
- ``parse_intro(text) -> Parsed`` value ``(intro, first_name)``
- ``parse_ask(text) -> Parsed`` value ``(key, minutes, availability)``
- ``parse_channel(text) -> str | None`` ; ``parse_tone(text) -> str | None``
- ``read_revision(text, style) -> Revision``
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.coaching.dates import format_date_fr
from assistant.coaching.meeting import Mentor, Parsed  # noqa: F401  (re-exported for the actions)
from assistant.coaching.templating import render
from assistant.coaching.text import clean, fold, looks_foreign, looks_like_code, meaningful_words, words

CHANNELS: dict[str, tuple[str, int | None]] = {
    "linkedin_note": ("Note d'invitation LinkedIn", 300),
    "linkedin_message": ("Message LinkedIn", 1900),
    "email": ("E-mail", None),
}
SOURCES: dict[str, str] = {
    "linkedin": "sur LinkedIn",
    "event": "lors d'un événement",
    "recommendation": "sur recommandation",
    "colleague": "par le travail",
    "article": "par un article ou une conférence",
    "other": "autrement",
}
ASKS: dict[str, str] = {"call": "un court appel", "coffee": "un café", "video": "un échange en visio"}
REGISTERS = ("neutral", "formal", "warm")
TONES = ("vous", "tu")
DEFAULT_MINUTES = 20
MIN_ASK_MINUTES, MAX_ASK_MINUTES = 10, 45
#: Longest free answers (source, draw, intro); longer text is refused, never cut.
MAX_SOURCE_CHARS, MAX_DRAW_CHARS, MAX_INTRO_CHARS, MAX_ASK_CHARS = 200, 300, 300, 200
MAX_SUBJECT_CHARS = 80


@dataclass(frozen=True)
class OutreachRequest:
    """What the draft is built from: the mentee's answers to the outreach form."""

    mentor: Mentor
    source: str  # key of SOURCES
    source_detail: str  # « Julie Bernard » (who recommended), « le salon VivaTech »; may be ""
    draw: str  # what draws the mentee to this mentor, in their words
    goal: str  # the goal statement to mention
    intro: str  # the mentee's self-introduction, « Léa, étudiante en master data à Lyon »
    ask: str  # key of ASKS
    minutes: int = DEFAULT_MINUTES
    availability: str = ""  # « plutôt en fin de journée », may be ""
    first_name: str = ""  # the mentee's first name when known (signature), may be ""
    goal_measure: str = ""
    goal_deadline: date | None = None


@dataclass(frozen=True)
class DraftStyle:
    """How the draft is written; each revision changes one of these."""

    channel: str = "linkedin_message"
    tone: str = "vous"
    register: str = "neutral"
    short: bool = False


@dataclass(frozen=True)
class Draft:
    """One composed message. ``subject`` is empty except for e-mails."""

    subject: str
    body: str
    style: DraftStyle = field(default_factory=DraftStyle)

    @property
    def text(self) -> str:
        """The whole message as the mentee would paste it (subject line first for an e-mail)."""
        return f"Objet : {self.subject}\n{self.body}" if self.subject else self.body


@dataclass(frozen=True)
class Revision:
    """What the mentee asked to change: ``kind`` and the resulting style (None when not a style change).

    Kinds: ``shorter``, ``longer`` (back to the full version), ``formal``, ``warm``, ``neutral``, ``tone``
    (tu/vous), ``channel``, ``other_goal``, ``accept``, ``unknown``. When one message asks for several
    changes (« plus court et en e-mail »), ``style`` has all of them, ``kind`` is the first one asked and
    ``kinds`` lists them all in the order asked.
    """

    kind: str
    style: DraftStyle | None = None
    kinds: tuple[str, ...] = ()


def channel_label(key: str) -> str:
    """French label of a channel key (« E-mail »); the key itself when unknown."""
    return CHANNELS.get(key, (key, None))[0]


def within_limit(draft: Draft) -> bool:
    """True when the draft fits its channel's length limit (always true for a channel without one)."""
    limit = CHANNELS.get(draft.style.channel, ("", None))[1]
    return limit is None or len(draft.text) <= limit


# --- small French text helpers -------------------------------------------------------------------

_ASPIRATED_H = {"haut", "haute", "hausse", "hasard", "handicap", "hall", "hackathon", "hack", "hardware", "hero", "hr"}
_TOKEN = re.compile(r"[^\W\d_]+'|[\w-]+|\s+|.", re.UNICODE)
_SENTENCE_END = "…!?."


def _starts_with_vowel(text: str) -> bool:
    """True when a French word elides before ``text`` (« d'obtenir », « l'UX »; not before « haut »)."""
    first = fold(text.split(" ", 1)[0]) if text else ""
    if not first or first in _ASPIRATED_H:
        return False
    return first[0] in "aeiou" or first[0] == "h"


def _elide(word: str, following: str) -> str:
    """« de » + « obtenir » -> « d'obtenir »; « que » + « vous » -> « que vous »."""
    return f"{word[:-1]}'{following}" if _starts_with_vowel(following) else f"{word} {following}"


def _contract(preposition: str, phrase: str) -> str:
    """« de »/« à » before a noun phrase: du salon, au salon, de la conférence, d'un meetup, aux Rencontres."""
    first, _, rest = phrase.partition(" ")
    key = fold(first)
    if key in ("le", "les"):
        merged = {"de": {"le": "du", "les": "des"}, "à": {"le": "au", "les": "aux"}}[preposition][key]
        return f"{merged} {rest}"
    if key == "des" and preposition == "de":
        return f"de {rest}"
    if preposition == "de":
        return _elide("de", phrase)
    return f"à {phrase}"


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _goal_case(goal: str) -> str:
    """A goal as it reads inside a sentence: « Devenir data analyst » -> « devenir data analyst »; « SQL … » kept."""
    if len(goal) > 1 and goal[0].isupper() and not goal[1].isupper() and not _NAME_LIKE.match(goal):
        return goal[0].lower() + goal[1:]
    return goal


#: A goal that starts with a proper name (« Paris… », « Doctolib… ») is left as it is: two capitalised words.
_NAME_LIKE = re.compile(r"^[A-ZÀ-Ý][\w'-]+\s+[A-ZÀ-Ý]")


def _lower_first(text: str) -> str:
    """Lower-case the first letter of a common word (« Son parcours »), never of a name or an acronym."""
    first = text.split(" ", 1)[0] if text else ""
    if len(first) > 1 and first[1:2].isupper():
        return text
    if fold(first).rstrip("'") in _COMMON_STARTS or fold(first) in _COMMON_STARTS:
        return text[:1].lower() + text[1:]
    return text


_COMMON_STARTS = {
    "son", "sa", "ses", "votre", "vos", "ton", "ta", "tes", "le", "la", "les", "l'", "un", "une", "des", "du", "de",
    "d'", "ce", "cet", "cette", "ces", "il", "elle", "iel", "on", "je", "j'", "c'", "c'est", "mon", "ma", "mes",
    "en", "au", "aux", "a", "à", "ca", "ça", "qu'", "que", "quand", "comme", "tout", "toute", "tous", "sur", "dans",
    "pour", "avec", "chez", "par", "etudiant", "etudiante", "developpeur", "developpeuse", "dev", "ingenieur",
    "ingenieure", "chef", "cheffe", "chargee", "charge", "commercial", "commerciale", "jeune", "consultant",
    "consultante", "stagiaire", "alternant", "alternante", "prof", "professeur", "professeure", "freelance",
    "responsable", "manager", "juriste", "infirmier", "infirmiere", "designer", "comptable", "assistant", "assistante",
    "diplome", "diplomee", "salarie", "salariee", "technicien", "technicienne", "analyste", "product", "data",
}


def _bare(text: str) -> str:
    """User text without the trailing full stop or comma (the templates end the sentences)."""
    return clean(text).rstrip(" .,;:")


def _shorten(text: str, limit: int) -> str:
    """``text`` cut on a word boundary to at most ``limit`` characters, ending with « … » when cut."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut and not text[len(cut):len(cut) + 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    cut = cut.rstrip(" ,;:.-–(«")
    while " " in cut and fold(cut.rsplit(" ", 1)[1]) in _DANGLING:  # « un poste de… » -> « un poste… »
        cut = cut.rsplit(" ", 1)[0].rstrip(" ,;:.-–(«")
    return f"{cut}…" if cut else ""


#: Words a shortened phrase should not end with.
_DANGLING = {"de", "d'", "du", "des", "le", "la", "les", "l'", "un", "une", "et", "ou", "a", "au", "aux", "en", "par",
             "pour", "sur", "dans", "avec", "que", "qui", "mon", "ma", "mes", "son", "sa", "ses", "votre", "vos", "ton",
             "ta", "tes", "ce", "cette", "ces", "puis", "mais", "chez", "vers", "apres", "avant"}


def _stable_number(*parts: object) -> int:
    """A number that depends only on ``parts`` (not on Python's per-process hash seed)."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode("utf-8"))


# --- third person -> second person ----------------------------------------------------------------

_IRREGULAR_VERBS = {
    "a": ("avez", "as"), "est": ("êtes", "es"), "fait": ("faites", "fais"), "sait": ("savez", "sais"),
    "va": ("allez", "vas"), "dit": ("dites", "dis"), "peut": ("pouvez", "peux"), "veut": ("voulez", "veux"),
    "doit": ("devez", "dois"), "voit": ("voyez", "vois"), "connaît": ("connaissez", "connais"),
    "connait": ("connaissez", "connais"), "paraît": ("paraissez", "parais"), "parait": ("paraissez", "parais"),
    "plaît": ("plaisez", "plais"), "plait": ("plaisez", "plais"), "écrit": ("écrivez", "écris"),
    "lit": ("lisez", "lis"), "vit": ("vivez", "vis"), "suit": ("suivez", "suis"), "conduit": ("conduisez", "conduis"),
    "construit": ("construisez", "construis"), "produit": ("produisez", "produis"), "reçoit": ("recevez", "reçois"),
    "croit": ("croyez", "crois"), "sourit": ("souriez", "souris"), "rit": ("riez", "ris"), "vaut": ("valez", "vaux"),
    "bat": ("battez", "bats"), "se bat": ("vous battez", "te bats"), "sera": ("serez", "seras"),
    "aura": ("aurez", "auras"), "fera": ("ferez", "feras"), "ira": ("irez", "iras"), "part": ("partez", "pars"),
    "sort": ("sortez", "sors"), "sert": ("servez", "sers"), "dort": ("dormez", "dors"), "ment": ("mentez", "mens"),
    "sent": ("sentez", "sens"), "court": ("courez", "cours"), "meurt": ("mourez", "meurs"),
    "vainc": ("vainquez", "vaincs"),
}
#: 1st-group verbs whose « è » becomes « e » (mener -> menez), not « é » (gérer -> gérez).
_E_STEMS = ("mène", "lève", "achète", "pèse", "sème", "gèle", "achève", "amène", "emmène", "promène")


def _conjugate(verb: str, tone: str) -> str | None:
    """Second person (``vous`` or ``tu``) of a third-person singular French verb form; None when unknown."""
    low = verb.lower()
    index = 0 if tone == "vous" else 1
    if low in _IRREGULAR_VERBS:
        return _IRREGULAR_VERBS[low][index]
    rules = (
        ("ait", lambda s: (s + "iez", s + "ais")),
        ("ient", lambda s: (s + "enez", s + "iens")),
        ("prend", lambda s: (s + "prenez", s + "prends")),
        ("met", lambda s: (s + "mettez", s + "mets")),
        ("ra", lambda s: (s + "rez", s + "ras")),
        ("it", lambda s: (s + "issez", s + "is")),
        ("oie", lambda s: (s + "oyez", s + "oies")),
        ("uie", lambda s: (s + "uyez", s + "uies")),
        ("elle", lambda s: (s + "elez", s + "elles")),
        ("ette", lambda s: (s + "etez", s + "ettes")),
        ("d", lambda s: (s + "dez", s + "ds")),
    )
    for ending, forms in rules:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return forms(low[: -len(ending)])[index]
    if low.endswith("e") and len(low) > 2 and low.isalpha():
        stem = low[:-1]
        if "è" in stem:
            stem = stem.replace("è", "e" if low.endswith(_E_STEMS) else "é")
        return stem + "ez" if tone == "vous" else low + "s"
    return None


_PRONOUNS = {"il", "elle", "iel"}
_CLITICS = {"ne", "n'", "se", "s'", "me", "m'", "l'", "le", "la", "les", "lui", "leur", "y", "en", "nous"}
_PREPOSITIONS = {"de", "d'", "avec", "pour", "chez", "à", "a", "sans", "sur", "par", "vers", "contre", "entre",
                 "envers", "selon", "derrière", "devant", "après", "avant"}
_POSSESSIVES = {"son": ("votre", "ton"), "sa": ("votre", "ta"), "ses": ("vos", "tes")}


def _words_at(tokens: list[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if not t.isspace()]


def to_second_person(text: str, tone: str = "vous") -> str:
    """Address the mentor directly: « elle a monté son équipe » -> « vous avez monté votre équipe ».

    Handles possessives (son/sa/ses), il/elle as subject (with the verb) or after a preposition, « lui »,
    « je l'… », « qu'elle » and « c'est une … » at the start; anything else is left as written.
    """
    tokens = _TOKEN.findall(text)
    positions = _words_at(tokens)
    tu = tone == "tu"
    for n, i in enumerate(positions):
        low = tokens[i].lower()
        prev = tokens[positions[n - 1]].lower() if n else ""
        nxt = positions[n + 1] if n + 1 < len(positions) else None
        if low in _POSSESSIVES and prev not in ("le", "du", "un", "au", "ce"):
            tokens[i] = _POSSESSIVES[low][1 if tu else 0]
        elif low in _PRONOUNS:
            _convert_pronoun(tokens, positions, n, tu)
        elif low in ("elle-même", "lui-même"):
            tokens[i] = "toi-même" if tu else "vous-même"
        elif low == "lui":
            preverbal = prev in ("je", "ne", "n'", "on", "nous", "tu", "il", "elle")
            tokens[i] = ("te" if preverbal else "toi") if tu else "vous"
        elif low in ("l'", "la", "le") and (prev == "je" or (prev == "ne" and n > 1 and
                                                            tokens[positions[n - 2]].lower() == "je")):
            if nxt is not None and low == "l'" or (low in ("la", "le") and nxt is not None):
                tokens[i] = ("t'" if low == "l'" else "te") if tu else ("vous " if low == "l'" else "vous")
    result = "".join(tokens)
    result = re.sub(r"\bte ([aeiouyàâéèêh])", r"t'\1", result)
    return _you_are(result, tu)


def _you_are(text: str, tu: bool) -> str:
    """« c'est une experte » at the start, said of the mentor -> « vous êtes une experte »."""
    match = re.match(r"^c'est (une?|quelqu'un|l'une?|la|le) ", text, re.I)
    if not match:
        return text
    return ("tu es " if tu else "vous êtes ") + text[len("c'est "):]


def _convert_pronoun(tokens: list[str], positions: list[int], n: int, tu: bool) -> None:
    """Rewrite il/elle at ``positions[n]`` as subject (with its verb) or as a stressed pronoun."""
    i = positions[n]
    low = tokens[i].lower()
    prev = tokens[positions[n - 1]].lower() if n else ""
    after = [tokens[p] for p in positions[n + 1:n + 3]]
    impersonal = low == "il" and (after[:1] in (["faut"], ["fallait"], ["s'"]) or
                                  [a.lower() for a in after[:2]] in (["y", "a"], ["y", "avait"], ["y", "aura"]))
    if impersonal:
        return
    subject_place = prev not in _PREPOSITIONS and prev not in ("est", "c'est", "était", "sont", "moi", "toi")
    verb_at = n + 1
    while verb_at < len(positions) and tokens[positions[verb_at]].lower() in _CLITICS:
        verb_at += 1
    conjugated = None
    if subject_place and verb_at < len(positions):
        conjugated = _conjugate(tokens[positions[verb_at]], "tu" if tu else "vous")
    if conjugated is None:
        if prev.endswith("'") and prev in ("d'", "qu'") or prev.endswith("qu'"):
            tokens[positions[n - 1]] = tokens[positions[n - 1]][:-1] + "e "
        tokens[i] = "toi" if tu else "vous"
        return
    if prev.endswith("qu'"):
        tokens[positions[n - 1]] = tokens[positions[n - 1]][:-1] + "e "
    tokens[i] = "tu" if tu else "vous"
    for k in range(n + 1, verb_at):
        clitic = tokens[positions[k]].lower()
        if clitic in ("se", "s'"):
            tokens[positions[k]] = ("te" if clitic == "se" else "t'") if tu else ("vous" if clitic == "se" else "vous ")
    tokens[positions[verb_at]] = conjugated


# --- reading the answers -------------------------------------------------------------------------

def _same_length_fold(text: str) -> str:
    """``fold`` character by character, so that positions in the result are positions in ``text``."""
    return "".join((fold(ch) or " ")[0] for ch in text)


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
    r"\b(?:recommand\w*|conseill\w*|de la part d[eu']|parle d'(?:elle|lui)|m'en a parle|via|"
    r"(?:donne|file|passe|transmis) (?:son|ses) (?:nom|contact|coordonnees|mail|numero)|"
    r"mis(?:e)? en (?:contact|relation)|"
    r"presente(?:e)? par|par (?:un|une|mon|ma) (?:ami|amie|pote|connaissance|contact|collegue|prof|manager))\b"
)
_MEDIA = (r"article|articles|podcast|podcasts|livre|bouquin|post|posts|publication|publications|video|videos|"
          r"interview|blog|newsletter|chaine|conference|conf|talk|ted|tedx|intervention|episode|emission|tribune|"
          r"keynote|masterclass|webinar|webinaire|live|youtube|cours|these|etude")
_ARTICLE = re.compile(rf"\b(?:son|sa|ses)\s+(?:{_MEDIA})\b|\b(?:lu|ecoute|regarde|visionne)\b|\b(?:podcast|article|"
                      r"livre|bouquin|blog|newsletter|interview|youtube|tribune)\b")
_EVENT_WORDS = (r"salon|conference|conf|meetup|meet-up|forum|webinaire|webinar|seminaire|atelier|evenement|event|"
                r"afterwork|colloque|congres|table ronde|hackathon|festival|soiree|job ?dating|masterclass|keynote|"
                r"talk|journee|rencontre|conference-debat|summit|sommet")
_EVENT = re.compile(rf"(?:\b(au|aux|du|des|a la|a l'|de la|de l'|a un|a une|d'un|d'une|le|la|l'|les|un|une|ce|cette|"
                    rf"cet)\s*)?\b({_EVENT_WORDS})\b")
_EVENT_DETERMINERS = {"au": "le", "du": "le", "aux": "les", "des": "les", "a la": "la", "de la": "la", "a l'": "l'",
                      "de l'": "l'", "a un": "un", "d'un": "un", "a une": "une", "d'une": "une"}
_LINKEDIN = re.compile(r"\blinked ?in\b|\blkd\b|\bprofil\b")
_COLLEAGUE = re.compile(r"\bcollegue|\bmeme (?:boite|entreprise|societe|equipe|service|boulot|groupe|"
                        r"bureau|open space)\b|"
                        r"\bon (?:travaille|bosse)\b|\b(?:travaill|boss)\w* ensemble\b|\b(?:mon|ma) (?:manager|n\+\d|"
                        r"cheffe?|boss|responsable)\b|\bdans ma boite\b|\bau travail\b|\bpar le (?:travail|boulot)\b")
_NAME = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'-]+(?:\s+(?:de |du |van |le |la |d')?[A-ZÀ-ÖØ-Þ][\w'-]+)*")
_NOT_A_NAME = {"je", "j'ai", "c'est", "elle", "il", "on", "linkedin", "sur", "par", "de", "via", "mon", "ma", "une",
               "un", "recommandé", "recommandée", "conseillé", "conseillée", "oui", "bonjour", "salut"}
_RECOMMENDER_CUT = re.compile(r"\s+(?:qui m'a|qui me l'a|qui m'en a|m'a|me l'a|m'en a|qui l'a)\b.*$", re.I)
_RECOMMENDER_AFTER = re.compile(r"\b(?:de la part d[eu']|via|par|c'est)\s*", re.I)


def _recommender(answer: str) -> str:
    """Who recommended the mentor: a capitalised name, else « mon manager », « une amie qui bosse avec elle »."""
    for match in _NAME.finditer(answer):
        name = match.group(0)
        if fold(name.split()[0]) not in _NOT_A_NAME and fold(name) not in _NOT_A_NAME:
            return name
    match = _RECOMMENDER_AFTER.search(answer)
    if not match:
        return ""
    who = _RECOMMENDER_CUT.sub("", answer[match.end():]).strip(" ,.;")
    if fold(who).startswith("de "):  # « de la part de » followed by a longer phrase
        who = who[3:]
    return who if 1 <= len(words(who)) <= 8 else ""


def _media_detail(answer: str) -> str:
    """« j'ai lu son article sur le management » -> « son article sur le management »."""
    folded = _same_length_fold(answer)
    match = re.search(r"\b(?:son|sa|ses)\s", folded)
    if match:
        return answer[match.start():].strip(" ,.;")
    stripped = re.sub(r"^(?:j'ai|je l'ai|jl'ai|on a)\s+(?:lu|ecoute|regarde|vu|visionne|decouvert)\s+", "",
                      folded)
    return answer[len(answer) - len(stripped):].strip(" ,.;")


def _event_detail(answer: str) -> str:
    """« au salon VivaTech » -> « le salon VivaTech », « à une conf » -> « une conférence »."""
    folded = _same_length_fold(answer)
    match = _EVENT.search(folded)
    if not match:
        return ""
    determiner = match.group(1) or ""
    determiner = _EVENT_DETERMINERS.get(determiner, determiner)
    noun_and_rest = answer[match.start(2):].strip(" ,.;")
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
    answer = _bare(text or "")
    problem = _free_text_problem(answer, MAX_SOURCE_CHARS, 1)
    if problem:
        return Parsed(problem=problem)
    folded = fold(answer)
    if _RECOMMENDED.search(folded):
        return Parsed(("recommendation", _recommender(answer)))
    if _ARTICLE.search(folded):
        return Parsed(("article", _media_detail(answer)))
    if _EVENT.search(folded) and re.search(rf"\b(?:{_EVENT_WORDS})\b", folded):
        return Parsed(("event", _event_detail(answer)))
    if _LINKEDIN.search(folded):
        return Parsed(("linkedin", ""))
    if _COLLEAGUE.search(folded):
        return Parsed(("colleague", ""))
    if len(words(answer)) < 2:
        return Parsed(problem="too_short")
    return Parsed(("other", _lower_first(answer)))


_DRAW_PREFIX = re.compile(
    r"^(?:(?:euh+|bah|ben|bon|alors|surtout|notamment|jsp(?: trop)?|je sais pas(?: trop)?|je ne sais pas(?: trop)?)"
    r"[\s,]+)*(?:(?:ce qui m'attire|ce qui me plait|ce qui m'interesse|ce qui m'inspire|ce que j'aime)"
    r"(?: chez (?:elle|lui)| dans son profil)?,?\s*(?:c'est|c est)\s+(?:que\s+|qu')?|parce que\s+|parce qu'|"
    r"pcq\s+|psk\s+|car\s+|j'aime(?: bien| beaucoup)?\s+|jaime(?: bien)?\s+|j'adore\s+|jadore\s+|"
    r"j'admire\s+|pour\s+)?"
)


def _strip_prefix(pattern: re.Pattern[str], answer: str) -> str:
    """Remove what ``pattern`` matches at the start of the folded answer, keeping the original spelling."""
    match = pattern.match(_same_length_fold(answer))
    return answer[match.end():].strip(" ,") if match else answer


def parse_draw(text: str | None) -> Parsed:
    """What draws the mentee to this mentor: value the cleaned text, ready for « ce qui m'attire, c'est … ».

    A leading « parce que », « car », « j'aime » is dropped; the rest stays in the mentee's words (third
    person, « son parcours », « elle a monté une équipe »: the composer addresses the mentor).
    Problems: ``empty``, ``too_short`` (under three words), ``too_long``, ``markup``, ``foreign``.
    """
    answer = _bare(text or "")
    problem = _free_text_problem(answer, MAX_DRAW_CHARS, 3)
    if problem:
        return Parsed(problem=problem)
    stripped = _strip_prefix(_DRAW_PREFIX, answer)
    if len(words(stripped)) < 2:
        return Parsed(problem="too_short")
    return Parsed(_lower_first(stripped))


_INTRO_NAMED = re.compile(
    r"^(?:(?:bonjour|salut|hello|coucou)[\s,!]*)?(?:je m'?appelle|j'?m'?appelle|je mapelle|je mappelle|"
    r"moi c'?est|moi c|"
    r"mon prenom c'?est|mon prenom est|mon nom c'?est|mon nom est|je me prenomme|je suis)\s+"
)
_FIRST_NAME = re.compile(r"^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*)(\s+[A-ZÀ-ÖØ-Þ][\w'-]*)*")
_INTRO_LINK = re.compile(r"^(?:[,;:.\-–]\s*|et\s+)*(?:je suis\s+|j'?suis\s+|chui\s+)?")
_NOT_FIRST_NAMES = _COMMON_STARTS | {"en", "un", "une", "le", "la", "plutot", "actuellement", "depuis", "pas", "ne"}


def _named_intro(answer: str) -> tuple[str, str] | None:
    """(intro, first name) when the answer names the mentee, else None."""
    folded = _same_length_fold(answer)
    cue = _INTRO_NAMED.match(folded)
    start = cue.end() if cue else 0
    match = _FIRST_NAME.match(answer[start:])
    if not match:
        return None
    first = match.group(1)
    said_by_cue = cue is not None and not fold(cue.group(0)).strip().endswith("je suis")
    followed = answer[start + match.end():]
    if fold(first) in _NOT_FIRST_NAMES or len(first) < 2:
        return None
    if not said_by_cue and not (first[0].isupper() and (not followed.strip() or followed.lstrip().startswith(",")
                                                        or cue is not None and followed[:1] in (" ", ","))):
        return None
    if cue is not None and not said_by_cue and not first[0].isupper():
        return None
    full = _capitalize(answer[start:start + match.end()]) if said_by_cue else answer[start:start + match.end()]
    rest = _strip_prefix(_INTRO_LINK, followed.strip())
    return (f"{full}, {rest}" if rest else full), _capitalize(first)


def parse_intro(text: str | None) -> Parsed:
    """The mentee's self-introduction: value ``(intro, first_name)``.

    « Léa, étudiante en master data à Lyon » -> ``("Léa, étudiante en master data à Lyon", "Léa")``;
    « je m'appelle Karim et je suis développeur junior » -> ``("Karim, développeur junior", "Karim")``;
    « développeuse junior depuis 2 ans » -> ``("développeuse junior depuis 2 ans", "")``. The intro reads
    after « Je suis … » (or is a sentence of its own when it starts with « je »).
    Problems: ``empty``, ``too_short`` (one word), ``too_long``, ``markup``, ``foreign``.
    """
    answer = _bare(text or "")
    problem = _free_text_problem(answer, MAX_INTRO_CHARS, 1)
    if problem:
        return Parsed(problem=problem)
    named = _named_intro(answer)
    if named:
        return Parsed(named)
    intro = _strip_prefix(re.compile(r"^(?:(?:bonjour|salut|hello)[\s,!]*)?(?:je suis|j'?suis|chui)\s+"), answer)
    if len(words(intro)) < 2 or not meaningful_words(intro):
        return Parsed(problem="too_short")
    return Parsed((_lower_first(intro), ""))


_ASK_KINDS = (
    ("video", re.compile(r"\b(?:visio\w*|video|zoom|teams|google meet|meet|en ligne|webcam|skype|a distance)\b")),
    ("coffee", re.compile(r"\b(?:cafe|kawa|dej|dejeuner|verre|restau|resto|boire|the|rdv|rendez-vous|rencontre|"
                          r"bureau|sur place|en vrai|en personne)\b")),
    ("call", re.compile(r"\b(?:appel|telephone|tel|coup de fil|call|echange|discussion|discuter|parler|bavarder|"
                        r"telephonique|phone|entretien|parle|echanger)\b")),
)
_ASK_MINUTES = re.compile(r"\b(\d{1,3})\s*(?:min|mn|minutes?)\b")
_ASK_HOURS = re.compile(r"(?:\bde|\bd'|\bpendant|\bdurant)\s*(\d)\s*h(?:eures?)?\s*(\d{2})?\b")
_WORD_MINUTES = (("deux heures", 120), ("trois heures", 180), ("heure et demie", 90), ("heure trente", 90),
                 ("trois quarts d'heure", 45), ("demi-heure", 30), ("demi heure", 30), ("quart d'heure", 15),
                 ("une heure", 60), ("une petite heure", 60), ("dix minutes", 10), ("quinze minutes", 15),
                 ("vingt minutes", 20), ("trente minutes", 30), ("quarante minutes", 40),
                 ("quarante-cinq minutes", 45))
_WHEN_WORDS = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|matinee|midi|soir|soiree|"
                         r"apres-midi|aprem|semaine|week-end|weekend|mois|janvier|fevrier|mars|avril|mai|juin|"
                         r"juillet|aout|septembre|octobre|novembre|decembre|demain|\d{1,2}\s*h\d{0,2}|journee|"
                         r"creneau|creneaux|prochain|prochaine|jours?|heures? de bureau|pause|rentree|vacances)\b")
_FLEXIBLE = re.compile(r"\b(?:quand (?:ca|ça) (?:l'|lui |vous |te )?(?:arrange|convient)|quand (?:il|"
                       r"elle) (?:veut|peut)|"
                       r"si (?:il|elle) est dispo\w*|a sa convenance|comme (?:il|elle) veut|peu importe|"
                       r"n'importe quand)\b")
_ASK_NOISE = re.compile(
    r"(?:\b(?:je (?:voudrais|veux|souhaite|souhaiterais|aimerais|vais)|j'aimerais|on pourrait|lui|"
    r"(?:lui )?(?:proposer|demander)|juste|simplement|genre|qu'(?:il|elle) me|peut-etre|idealement|"
    r"de preference|si possible|dispo(?:nible)?s?|je suis)\b\s*)"
)


def _ask_minutes(folded: str) -> int | None:
    match = _ASK_MINUTES.search(folded)
    if match:
        return int(match.group(1))
    match = _ASK_HOURS.search(folded)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2) or 0)
    return next((value for phrase, value in _WORD_MINUTES if phrase in folded), None)


def _availability(answer: str) -> str:
    """What is left of the ask once its kind and length are removed, when it says when (« mardi soir »)."""
    folded = _same_length_fold(answer)
    spans = [m.span() for m in re.finditer(
        r"\b(?:un|une|d'un|d'une|le|la|petit|petite|court|courte)?\s*(?:(?:petit|petite|court|courte|bref|breve)\s+)?"
        r"(?:cafe|kawa|dej|dejeuner|verre|rdv|rendez-vous|appel|coup de fil|call|echange|discussion|visio\w*|"
        r"video|zoom|teams|meet|telephone|tel|entretien)(?:\s+(?:rapide|court|courte|bref|breve|telephonique|"
        r"en visio|par telephone|au telephone|en ligne|a distance))*\b", folded)]
    spans += [m.span() for m in re.finditer(
        r"\b(?:de|d'|pendant|durant|sur|en)?\s*(?:\d{1,3}\s*(?:min|mn|minutes?)|"
        r"(?:un |une |trois )?(?:quarts? d'heure|demi-heure|demi heure|petite heure|heure)|"
        r"(?:dix|quinze|vingt|trente|quarante|quarante-cinq) minutes)\b", folded)]
    spans += [m.span() for m in _ASK_HOURS.finditer(folded)]
    spans += [m.span() for m in _ASK_NOISE.finditer(folded)]
    kept = list(answer)
    for start, end in spans:
        kept[start:end] = [" "] * (end - start)
    rest = clean("".join(kept)).strip(" ,;:.-–")
    rest = re.sub(r"^(?:et|ou|,)\s+", "", rest, flags=re.I).strip(" ,;:.")
    if _FLEXIBLE.search(fold(rest)) or not _WHEN_WORDS.search(fold(rest)):
        return ""
    return rest


def parse_ask(text: str | None) -> Parsed:
    """The small first ask: value ``(key, minutes, availability)`` with a key of :data:`ASKS`.

    « un café » -> ``("coffee", 20, "")``; « un appel de 30 min mardi ou jeudi soir » ->
    ``("call", 30, "mardi ou jeudi soir")``. Problems: ``empty``, ``too_long``, ``markup``, ``unknown``
    (no coffee, call or video call in it), ``minutes`` (outside 10–45 minutes: a first ask stays short).
    """
    answer = _bare(text or "")
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if looks_like_code(answer):
        return Parsed(problem="markup")
    if len(answer) > MAX_ASK_CHARS:
        return Parsed(problem="too_long")
    folded = fold(answer)
    minutes = _ask_minutes(folded)
    if minutes is not None and not MIN_ASK_MINUTES <= minutes <= MAX_ASK_MINUTES:
        return Parsed(problem="minutes")  # too long (or too short) whatever the kind of meeting
    key = next((name for name, pattern in _ASK_KINDS if pattern.search(folded)), None)
    if key is None:
        return Parsed(problem="unknown")
    return Parsed((key, minutes or DEFAULT_MINUTES, _availability(answer)))


_CHANNEL_WORDS = (
    ("linkedin_note", re.compile(r"\bnote\b|\binvitation\b|\binvit\b|demande de (?:connexion|contact|mise en relation)"
                                 r"|\bconnexion\b")),
    ("linkedin_message", re.compile(r"\binmail\b|\bin-mail\b|message (?:prive|direct)|\bmp\b|\bdm\b|linked ?in")),
    ("email", re.compile(r"\b(?:e-?mail|mail|mel|courriel|adresse (?:pro|mail)|gmail|outlook)s?\b"
                        r"|\b(?:courrier|adresse|message) electronique\b")),
)


def parse_channel(text: str | None) -> str | None:
    """The channel named in ``text`` (a key of :data:`CHANNELS`), or None."""
    folded = fold(clean(text))
    if not folded:
        return None
    for key, pattern in _CHANNEL_WORDS:
        if pattern.search(folded):
            return key
    return None


_TU = re.compile(r"\btutoi\w*|\btutoy\w*|\ben tu\b|\bau tu\b|\ben mode tu\b")
_VOUS = re.compile(r"\bvouvoi\w*|\bvouvoy\w*|\ben vous\b|\bau vous\b")
_NEGATED = re.compile(r"\b(?:ne|n'|pas de|sans|plutot que|surtout pas)\b")


def parse_tone(text: str | None) -> str | None:
    """``tu`` for « tutoie-le », « on se tutoie », « en tu »; ``vous`` for « vouvoiement », « vous »; else None.

    A negation flips it: « ne la tutoie pas » means ``vous``.
    """
    folded = fold(clean(text))
    tu, vous = _TU.search(folded), _VOUS.search(folded)
    negated = bool(_NEGATED.search(folded))
    if tu and not vous:
        return "vous" if negated else "tu"
    if vous and not tu:
        return "tu" if negated else "vous"
    if tu and vous:
        return "tu" if tu.start() < vous.start() else "vous"
    if re.search(r"^(?:tu|en tu|le tu)$", folded.strip(" .!")):
        return "tu"
    if re.search(r"\bvous\b", folded):
        return "vous"
    return None


# --- composing -----------------------------------------------------------------------------------

_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "des", "du", "son", "sa", "ses", "votre", "vos", "ton", "ta",
                "tes", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "notre", "nos", "leur", "leurs", "au", "aux"}
_PLURAL_DETERMINERS = {"les", "des", "ses", "vos", "tes", "ces", "mes", "nos", "leurs", "aux"}
_CLAUSE_MARKERS = {"a", "ont", "est", "sont", "était", "fait", "peut", "sait", "me", "m'", "inspire", "plaît", "plait"}
_NOT_INFINITIVES = {"premier", "dernier", "carriere", "maniere", "entreprise", "filiere", "frontiere", "barriere",
                    "boulanger", "leader", "manager", "designer", "developper"}
_PARTS = ("greeting", "opener", "order", "intro", "source", "draw", "goal", "detail", "learn", "ask", "availability",
          "respect", "thanks", "closing", "subject")


def _first_word(text: str) -> str:
    """The first word, folded, with an elided article kept as a word of its own (« l'équipe » -> « l' »)."""
    first = fold(text.split(" ", 1)[0]) if text else ""
    return first[: first.index("'") + 1] if "'" in first and first.index("'") <= 2 else first


def _draw_fields(draw: str) -> dict[str, object]:
    """How the (second-person) draw fits a sentence: a noun phrase, a clause about the mentor, or free text."""
    first = _first_word(draw)
    tokens = [t.lower() for t in _TOKEN.findall(draw) if not t.isspace()]
    if first in ("vous", "tu"):
        kind = "you"
    elif first in ("je", "j'", "c'", "on", "ca", "ce", "il", "elle", "nous") or draw.lower().startswith("c'est"):
        kind = "clause"
    elif first in _DETERMINERS:
        kind = "clause" if any(t in _CLAUSE_MARKERS or (t.startswith("m'") and len(t) > 2) for t in tokens) else "np"
    else:
        kind = "free"
    return {"draw": draw, "Draw": _capitalize(draw), "draw_kind": kind, "draw_que": _elide("que", draw),
            "draw_a": _contract("à", draw), "draw_plural": first in _PLURAL_DETERMINERS}


def _goal_fields(goal: str) -> dict[str, object]:
    """The goal and how it reads: an infinitive (« devenir manager ») or a noun phrase (« un poste de CTO »)."""
    goal = re.sub(r"^(?:se|s')\s?", lambda m: "me " if m.group(0).strip() == "se" else "m'", goal)
    first = _first_word(goal)
    infinitive = first in ("me", "m'") or (first.endswith(("er", "ir", "re", "oir")) and first not in _NOT_INFINITIVES
                                           and first not in _DETERMINERS and goal[:1].islower())
    return {"goal": goal, "goal_inf": infinitive, "de_goal": _elide("de", goal)}


def _expertise(mentor: Mentor) -> str:
    """« de directrice data chez Doctolib », « d'ingénieure », « chez Doctolib » or ""."""
    role = re.sub(r"^(?:un|une|le|la|l'|mon|ma|son|sa|notre)\s*", "", clean(mentor.role), flags=re.I)
    role = role.rstrip(" .,;:")
    organisation = clean(mentor.organisation).rstrip(" .,;:")
    if role and organisation:
        return f"{_elide('de', role)} chez {organisation}"
    if role:
        return _elide("de", role)
    return f"chez {organisation}" if organisation else ""


_FEMININE_EVENTS = {"conference", "conf", "soiree", "table", "journee", "rencontre", "masterclass", "keynote", "foire",
                    "session", "semaine", "convention", "competition", "remise"}


def _with_article(event: str) -> str:
    """« salon VivaTech » -> « le salon VivaTech »; a name (« VivaTech ») or « une conférence » stays as it is."""
    first = _first_word(event)
    if not event or first in _DETERMINERS or event[:1].isupper():
        return event
    if _starts_with_vowel(event):
        return f"l'{event}"
    return f"{'la' if first in _FEMININE_EVENTS else 'le'} {event}"


def _source_fields(request: OutreachRequest, tone: str) -> dict[str, object]:
    """The source detail addressed to the mentor, with the prepositions the sentences need."""
    detail = _lower_first(to_second_person(_bare(request.source_detail), tone)) if request.source_detail else ""
    if request.source == "event":
        detail = _with_article(detail)
    if request.source == "recommendation" and detail[:1].islower() and _first_word(detail) not in _DETERMINERS:
        detail = _capitalize(detail)  # a name typed in lower case: « julie » -> « Julie »
    return {
        "source": request.source if request.source in SOURCES else "other",
        "detail": detail,
        "Detail": _capitalize(detail),
        "detail_de": _contract("de", detail) if detail else "",
        "detail_a": _contract("à", detail) if detail else "",
        "detail_np": _first_word(detail) in _DETERMINERS,
    }


def _goal_detail(request: OutreachRequest) -> tuple[str, str]:
    """(measure, deadline) worth adding: not already said in the goal."""
    goal = fold(request.goal)
    measure = _lower_first(_bare(request.goal_measure))
    if measure and fold(measure) in goal:
        measure = ""
    deadline = format_date_fr(request.goal_deadline) if request.goal_deadline else ""
    if deadline and ("d'ici" in goal or fold(deadline.split(" ")[1]) in goal):
        deadline = ""
    return measure, deadline


def _request_key(request: OutreachRequest) -> str:
    mentor = request.mentor
    return "\x1e".join(str(v) for v in (
        mentor.name, mentor.role, mentor.organisation, request.source, request.source_detail, request.draw,
        request.goal, request.intro, request.ask, request.minutes, request.availability, request.first_name,
        request.goal_measure, request.goal_deadline))


def _context(request: OutreachRequest, style: DraftStyle) -> dict[str, object]:
    """Everything the templates need, computed once: user text is passed as values, never as template code."""
    key = _request_key(request)
    intro = _bare(request.intro)
    ask = ASKS.get(request.ask, ASKS["call"])
    measure, deadline = _goal_detail(request)
    context: dict[str, object] = {
        "tu": style.tone == "tu",
        "register": style.register,
        "pick": {part: _stable_number(key, part) for part in _PARTS},
        "mentor_first": request.mentor.first_name,
        "mentor_full": clean(request.mentor.name) if request.mentor.first_name else "",
        "intro": intro,
        "Intro": _capitalize(intro),
        "intro_clause": _first_word(intro) in ("je", "j'"),
        "intro_named": bool(request.first_name) and fold(intro).startswith(fold(request.first_name)),
        "expertise": _expertise(request.mentor),
        "ask": ask,
        "ask_de": _contract("de", ask),
        "ask_estce": "Est-ce " + _elide("que", ask),
        "minutes": request.minutes,
        "availability": _bare(request.availability),
        "measure": measure,
        "deadline": deadline,
        "first_name": clean(request.first_name),
        "note_availability": True, "note_role": True, "note_detail": True, "note_draw": True, "note_source": True,
    }
    context.update(_source_fields(request, style.tone))
    context.update(_draw_fields(_lower_first(to_second_person(_bare(request.draw), style.tone))))
    context.update(_goal_fields(_goal_case(_bare(request.goal))))
    return context


def _tidy(text: str) -> str:
    """One paragraph per line, no blank line (the chat widget splits bubbles there), no doubled spaces."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"[ \t]{2,}", " ", line).strip()
        line = re.sub(r"([…!?])\.", r"\1", line)
        line = re.sub(r"\.\.(?!\.)", ".", line)
        line = line.replace(" ,", ",").replace(" .", ".")
        if line:
            lines.append(line)
    return "\n".join(lines)


def _normalized(style: DraftStyle) -> DraftStyle:
    return DraftStyle(
        channel=style.channel if style.channel in CHANNELS else "linkedin_message",
        tone=style.tone if style.tone in TONES else "vous",
        register=style.register if style.register in REGISTERS else "neutral",
        short=bool(style.short),
    )


def _compact(context: dict[str, object], limit: int, short: bool) -> str:
    """The LinkedIn note: greeting, who, why, ask, thanks — optional parts dropped until it fits ``limit``."""
    goal, draw, intro = str(context["goal"]), str(context["draw"]), str(context["intro"])
    steps: list[dict[str, object]] = [{}, {"note_availability": False}, {"note_role": False}, {"note_detail": False}]
    steps += [_goal_fields(_shorten(goal, size)) for size in (110, 80, 55, 35, 20) if size < len(goal)]
    steps += [_draw_fields(_shorten(draw, size)) for size in (110, 75, 45, 25) if size < len(draw)]
    steps += [{"intro": _shorten(intro, size), "Intro": _capitalize(_shorten(intro, size))}
              for size in (90, 60, 40, 25) if size < len(intro)]
    steps += [{"note_draw": False}, {"note_source": False}, {"first_name": ""}]
    current = dict(context)
    text = ""
    for number, change in enumerate(steps):
        current.update(change)
        if short and number < 2:
            continue
        text = _tidy(render("outreach/note.txt.j2", c=current))
        if len(text) <= limit:
            return text
    return _shorten(text, limit)


def _subject(context: dict[str, object]) -> str:
    """The e-mail subject: the kind of request and the goal, under :data:`MAX_SUBJECT_CHARS`."""
    prefix = render("outreach/subject.txt.j2", c=context, topic="")
    topic = _shorten(str(context["goal"]), MAX_SUBJECT_CHARS - len(prefix))
    return _tidy(render("outreach/subject.txt.j2", c=context, topic=topic))


def compose(request: OutreachRequest, style: DraftStyle) -> Draft:
    """Write the first message to a potential mentor for ``style`` (channel, tu/vous, register, short).

    The message follows the advice of the source article: greeting, brief self-introduction, how the mentee
    knows of the mentor, why them, the specific goal, what they hope to learn, a small time-bounded ask,
    respect for the mentor's time, thanks and signature. Wording variants are picked from a stable hash of
    the request, so the same request always gives the same draft. A LinkedIn note never exceeds 300 characters.
    """
    style = _normalized(style)
    context = _context(request, style)
    limit = CHANNELS[style.channel][1]
    if style.channel == "linkedin_note":
        body = _compact(context, limit or 300, style.short)
    else:
        body = _tidy(render("outreach/short.txt.j2" if style.short else "outreach/message.txt.j2", c=context))
        if limit is not None and len(body) > limit:
            body = _tidy(render("outreach/short.txt.j2", c=context))
        if limit is not None and len(body) > limit:
            body = _compact(context, limit, True)
    subject = _subject(context) if style.channel == "email" else ""
    return Draft(subject=subject, body=body, style=style)



# --- revisions -----------------------------------------------------------------------------------

_REVISIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shorter", re.compile(r"\bplus (?:court|courte|concis|concise|bref|breve|succinct|succincte|direct)\b|"
                           r"\braccourc\w*|\bmoins long\w*|\btrop long\w*|\babrege\w*|\bversion courte\b|"
                           r"\bcoupe\b|\ballege\w*|\bresume\w*|\bplus synthetique\b")),
    ("longer", re.compile(r"\bplus (?:long|longue|detaille|detaillee|complet|complete)\b|"
           r"\bversion (?:longue|complete)\b|"
                          r"\btrop court\w*|\bdeveloppe\w*|\ballonge\w*")),
    ("formal", re.compile(r"\bplus (?:formel|formelle|pro|professionnel|professionnelle|serieux|serieuse|soutenu|"
                          r"corporate|poli|polie)\b|\bmoins (?:familier|familiere|cash|decontracte)\b|\bformel\b")),
    ("warm", re.compile(r"\bplus (?:chaleureux|chaleureuse|sympa|amical|amicale|humain|humaine|personnel|"
                        r"personnelle|enthousiaste|detendu|detendue|chaleureu\w*|cool|souriant)\b|"
                        r"\bmoins (?:froid|froide|formel|formelle|rigide|guinde|pro|sec|seche|distant)\b|"
                        r"\bchaleureu\w*")),
    ("neutral", re.compile(r"\bplus (?:neutre|sobre|simple|classique|normal)\b|\bton neutre\b")),
    ("tone", re.compile(r"\btutoi\w*|\btutoy\w*|\bvouvoi\w*|\bvouvoy\w*|\b(?:en|au|passe au|passe en) (?:tu|vous)\b")),
    ("other_goal", re.compile(r"\b(?:autre|second|seconde|deuxieme|troisieme|2e|3e|prochain) objectif\b|"
                              r"\bobjectif (?:n ?)?\d\b|\bobjectif (?:numero|no|n°) ?\d\b|"
                              r"\bchange\w* (?:d'|l')objectif\b|"
                              r"\bplutot (?:de |sur )?(?:mon|l') ?objectif\b|\bun autre but\b")),
    ("channel", re.compile(r"\b(?:canal|version|format|fais-en|fais en|fait-en|en faire|transforme\w*|adapte\w*|"
                           r"convertis|change\w*|passe\w*|plutot|pour|en)\b[^.!?]{0,30}?\b(?:e-?mail|mail|courriel|"
                           r"note|invitation|message linkedin|linkedin|inmail)\b")),
)
_ACCEPT = re.compile(r"\b(?:c'est bon|c bon|cest bon|parfait|ca me va|ça me va|je (?:le )?garde|nickel|impec\w*|"
                     r"top|super|genial|valide|je valide|ok|okay|d'accord|dac|tres bien|tres bon|ca marche|"
                     r"c'est parfait|j'adore|j'aime bien|on garde|go|je prends|je l'envoie)\b")
_NOT = re.compile(r"\b(?:pas|ne|n')\s*$")


def _asked_changes(folded: str) -> list[tuple[int, str]]:
    """(position, kind) of every change asked in ``folded``, in the order they appear; negated ones skipped."""
    found = []
    for kind, pattern in _REVISIONS:
        for match in pattern.finditer(folded):
            if _NOT.search(folded[max(match.start() - 8, 0):match.start()]):
                continue
            found.append((match.start(), kind))
            break
    return sorted(found)


def _restyled(style: DraftStyle, kind: str, text: str) -> DraftStyle:
    """``style`` with the change ``kind`` applied (the tone and the channel are read from ``text``)."""
    if kind == "shorter":
        return replace(style, short=True)
    if kind == "longer":
        return replace(style, short=False)
    if kind in ("formal", "warm", "neutral"):
        return replace(style, register=kind)
    if kind == "tone":
        return replace(style, tone=parse_tone(text) or ("tu" if style.tone == "vous" else "vous"))
    if kind == "channel":
        return replace(style, channel=parse_channel(text) or style.channel)
    return style


def read_revision(text: str | None, style: DraftStyle) -> Revision:
    """What the mentee wants changed in the current draft written in ``style``.

    « plus court » -> ``shorter``; « plus formel » -> ``formal``; « plus chaleureux » -> ``warm``;
    « tutoie-la » -> ``tone``; « fais-en une note LinkedIn » -> ``channel``; « parle de mon objectif 2 »
    -> ``other_goal`` (style None unless another change is asked too); « c'est bon » -> ``accept``;
    anything else -> ``unknown``. Several changes in one message are all applied to ``style``; ``kind`` is
    the first one asked and ``kinds`` lists them all.
    """
    folded = fold(clean(text))
    changes = _asked_changes(folded)
    if not changes:
        return Revision("accept" if folded and _ACCEPT.search(folded) else "unknown")
    kinds = tuple(kind for _position, kind in changes)
    new_style = style
    for kind in kinds:
        new_style = _restyled(new_style, kind, folded)
    styled = any(kind != "other_goal" for kind in kinds)
    return Revision(kinds[0], new_style if styled else None, kinds)
