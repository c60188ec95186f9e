"""Third person to second person: what the mentee says of the mentor, said to the mentor."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.coaching.text import fold
from assistant.common.dictionary import is_valid
from assistant.common.spelling import is_infinitive, parts_of_speech

#: A word with its elided article (« l'»), a word, white space, or one other character.
TOKEN = re.compile(r"[^\W\d_]+'|[\w-]+|\s+|.", re.UNICODE)

_IRREGULAR_VERBS = {
    "a": ("avez", "as"),
    "est": ("êtes", "es"),
    # subjunctive (« le fait qu'elle soit passée par là » -> « que vous soyez », never « soissez »)
    "soit": ("soyez", "sois"),
    "ait": ("ayez", "aies"),
    "fasse": ("fassiez", "fasses"),
    "puisse": ("puissiez", "puisses"),
    "sache": ("sachiez", "saches"),
    "aille": ("alliez", "ailles"),
    "fait": ("faites", "fais"),
    "sait": ("savez", "sais"),
    "va": ("allez", "vas"),
    "dit": ("dites", "dis"),
    "peut": ("pouvez", "peux"),
    "veut": ("voulez", "veux"),
    "doit": ("devez", "dois"),
    "voit": ("voyez", "vois"),
    "connaît": ("connaissez", "connais"),
    "connait": ("connaissez", "connais"),
    "paraît": ("paraissez", "parais"),
    "parait": ("paraissez", "parais"),
    "plaît": ("plaisez", "plais"),
    "plait": ("plaisez", "plais"),
    "écrit": ("écrivez", "écris"),
    "lit": ("lisez", "lis"),
    "vit": ("vivez", "vis"),
    "suit": ("suivez", "suis"),
    "conduit": ("conduisez", "conduis"),
    "construit": ("construisez", "construis"),
    "produit": ("produisez", "produis"),
    "reçoit": ("recevez", "reçois"),
    "croit": ("croyez", "crois"),
    "sourit": ("souriez", "souris"),
    "rit": ("riez", "ris"),
    "vaut": ("valez", "vaux"),
    "bat": ("battez", "bats"),
    "se bat": ("vous battez", "te bats"),
    "sera": ("serez", "seras"),
    "aura": ("aurez", "auras"),
    "fera": ("ferez", "feras"),
    "ira": ("irez", "iras"),
    "part": ("partez", "pars"),
    "sort": ("sortez", "sors"),
    "sert": ("servez", "sers"),
    "dort": ("dormez", "dors"),
    "ment": ("mentez", "mens"),
    "sent": ("sentez", "sens"),
    "court": ("courez", "cours"),
    "meurt": ("mourez", "meurs"),
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
    rules: tuple[tuple[str, Callable[[str], tuple[str, str]]], ...] = (
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
            form = forms(low[: -len(ending)])[index]
            if ending == "it" and tone == "vous" and not is_valid(form):  # « décrit » -> « décrivez », not « -issez »
                stem = low[:-2]
                form = next((f for f in (stem + "ivez", stem + "isez") if is_valid(f)), form)
            return form
    if low.endswith("e") and len(low) > 2 and low.isalpha():
        stem = low[:-1]
        if "è" in stem:
            stem = stem.replace("è", "e" if low.endswith(_E_STEMS) else "é")
        return stem + "ez" if tone == "vous" else low + "s"
    return None


#: « afin qu'elle me décrive », « pour qu'il puisse »: the clause after these is in the subjunctive.
_CALLS_FOR_SUBJUNCTIVE = re.compile(
    r"\b(?:afin|pour|avant|bien|sans|condition|sorte|ce|faut|souhaite|souhaiterais|aimerais|voudrais|veux|"
    r"important|possible|attends) (?:que|qu')$"
)


def _subjunctive(verb: str, tu: bool) -> str | None:
    """« décrive » -> « décriviez » / « décrives » when the dictionary has the form as a subjunctive; else None
    (the irregular ones, « soit », « ait », « fasse », are in :data:`_IRREGULAR_VERBS`)."""
    low = verb.lower()
    if low in _IRREGULAR_VERBS or not low.endswith("e") or "spre" not in parts_of_speech(low):
        return None
    form = low + "s" if tu else low[:-1] + "iez"
    return form if is_valid(form) else None


_PRONOUNS = {"il", "elle", "iel"}
_CLITICS = {"ne", "n'", "se", "s'", "me", "m'", "l'", "le", "la", "les", "lui", "leur", "y", "en", "nous"}
_PREPOSITIONS = {
    "de",
    "d'",
    "avec",
    "pour",
    "chez",
    "à",
    "a",
    "sans",
    "sur",
    "par",
    "vers",
    "contre",
    "entre",
    "envers",
    "selon",
    "derrière",
    "devant",
    "après",
    "avant",
}
_POSSESSIVES = {"son": ("votre", "ton"), "sa": ("votre", "ta"), "ses": ("vos", "tes")}


def _words_at(tokens: list[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if not t.isspace()]


def to_second_person(text: str, tone: str = "vous") -> str:
    """Address the mentor directly: « elle a monté son équipe » -> « vous avez monté votre équipe ».

    Handles possessives (son/sa/ses), il/elle as subject (with the verb) or after a preposition, « lui »,
    « je l'… », « qu'elle » and « c'est une … » at the start; anything else is left as written.
    """
    tu = tone == "tu"
    text = _RECOMMENDED.sub(lambda m: _recommended(m["verb"], tu), text)  # « qui me l'a recommandée »
    tokens = TOKEN.findall(text)
    positions = _words_at(tokens)
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
            following = tokens[nxt].lower() if nxt is not None else ""
            # « de lui écrire », « voudrais lui demander »: before an infinitive « lui » is « te », never « toi »
            preverbal = prev in ("je", "ne", "n'", "on", "nous", "tu", "il", "elle") or is_infinitive(following)
            tokens[i] = ("te" if preverbal else "toi") if tu else "vous"
        elif low in ("l'", "la", "le") and (
            prev == "je" or (prev == "ne" and n > 1 and tokens[positions[n - 2]].lower() == "je")
        ):
            if nxt is not None and low == "l'" or (low in ("la", "le") and nxt is not None):
                tokens[i] = ("t'" if low == "l'" else "te") if tu else ("vous " if low == "l'" else "vous")
    result = "".join(tokens)
    result = re.sub(r"\bte ([aeiouyàâéèêh])", r"t'\1", result)
    return _you_are(result, tu)


#: « qui me l'a recommandée », « il me l'a présenté »: the mentor as the object of someone else's advice.
_RECOMMENDED = re.compile(r"\b(?:me |m')l'a (?P<verb>recommand|conseill|present|présent|indiqu)\w*", re.I)


def _recommended(verb: str, tu: bool) -> str:
    """« me l'a recommandée » said to the mentor: « m'a recommandé de vous écrire », « m'a parlé de toi »."""
    if fold(verb) == "present":
        return "m'a parlé de toi" if tu else "m'a parlé de vous"
    if fold(verb) == "indiqu":
        return "m'a donné ton nom" if tu else "m'a donné votre nom"
    said = "recommandé" if fold(verb) == "recommand" else "conseillé"
    return f"m'a {said} de t'écrire" if tu else f"m'a {said} de vous écrire"


def _you_are(text: str, tu: bool) -> str:
    """« c'est une experte » at the start, said of the mentor -> « vous êtes une experte »."""
    match = re.match(r"^c'est (une?|quelqu'un|l'une?|la|le) ", text, re.I)
    if not match:
        return text
    return ("tu es " if tu else "vous êtes ") + text[len("c'est ") :]


def _convert_pronoun(tokens: list[str], positions: list[int], n: int, tu: bool) -> None:
    """Rewrite il/elle at ``positions[n]`` as subject (with its verb) or as a stressed pronoun."""
    i = positions[n]
    low = tokens[i].lower()
    prev = tokens[positions[n - 1]].lower() if n else ""
    after = [tokens[p] for p in positions[n + 1 : n + 3]]
    impersonal = low == "il" and (
        after[:1] in (["faut"], ["fallait"], ["s'"])
        or [a.lower() for a in after[:2]] in (["y", "a"], ["y", "avait"], ["y", "aura"])
    )
    if impersonal:
        return
    subject_place = prev not in _PREPOSITIONS and prev not in ("est", "c'est", "était", "sont", "moi", "toi")
    verb_at = n + 1
    while verb_at < len(positions) and tokens[positions[verb_at]].lower() in _CLITICS:
        verb_at += 1
    conjugated = None
    if subject_place and verb_at < len(positions):
        verb = tokens[positions[verb_at]]
        before = " ".join(tokens[p].lower() for p in positions[max(0, n - 4) : n])
        if _CALLS_FOR_SUBJUNCTIVE.search(before):
            conjugated = _subjunctive(verb, tu)
        conjugated = conjugated or _conjugate(verb, "tu" if tu else "vous")
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
