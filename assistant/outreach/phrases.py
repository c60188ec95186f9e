"""How the mentee's answers fit the sentences of a draft: the draw (what attracts them to the mentor) as a noun
phrase, a clause or free text, singular or plural; the goal as an infinitive or a noun phrase."""

from __future__ import annotations

import re

from assistant.coaching.text import fold
from assistant.common.french import capitalize, contract, elide
from assistant.common.person import TOKEN
from assistant.common.spelling import parts_of_speech
from assistant.outreach.wording import pluperfect

DETERMINERS = set(
    "le la l' les un une des du son sa ses votre vos ton ta tes ce cet cette ces mon ma mes notre nos leur leurs "
    "au aux".split()
)
_POSSESSIVES = {"son", "sa", "ses", "votre", "vos", "ton", "ta", "tes"}
PLURAL_DETERMINERS = {"les", "des", "ses", "vos", "tes", "ces", "mes", "nos", "leurs", "aux"}
_CLAUSE_MARKERS = {"a", "ont", "est", "sont", "était", "fait", "peut", "sait", "me", "m'", "inspire", "plaît", "plait"}
_NOT_INFINITIVES = set(
    "premier dernier carriere maniere entreprise filiere frontiere barriere boulanger leader manager designer "
    "developper".split()
)


def first_word(text: str) -> str:
    """The first word, folded, with an elided article kept as a word of its own (« l'équipe » -> « l' »)."""
    first = fold(text.split(" ", 1)[0]) if text else ""
    return first[: first.index("'") + 1] if "'" in first and first.index("'") <= 2 else first


def draw_fields(draw: str) -> dict[str, object]:
    """How the (second-person) draw fits a sentence: a noun phrase, a clause about the mentor, or free text."""
    draw = _joined_with_et(draw)
    first = first_word(draw)
    tokens = [t.lower() for t in TOKEN.findall(draw) if not t.isspace()]
    if first in ("vous", "tu"):
        kind = "you"
    elif first in ("je", "j'", "c'", "on", "ca", "ce", "il", "elle", "nous") or draw.lower().startswith("c'est"):
        kind = "clause"
    elif first in DETERMINERS:
        kind = "clause" if _main_verb(tokens) else "np"
    else:
        kind = "free"
    return {
        "draw": draw,
        "Draw": capitalize(draw),
        "draw_kind": kind,
        "draw_open": bool(re.search(r"[,;:]", draw)),
        "draw_que": elide("que", draw),
        "draw_a": " et ".join(contract("à", part) for part in _conjuncts(draw)),
        "draw_plural": first in PLURAL_DETERMINERS or _several(draw),
        "draw_seen": elide("que", pluperfect(draw)),
        "draw_admirable": fold(" ".join(draw.split()[1:2])) not in ("experience", "experiences"),
    }


#: Words that open a clause inside a noun phrase (« votre façon d'expliquer comment … ont aidé »): a verb after
#: them is not the draw's own.
_SUBORDINATORS = {"comment", "que", "qu'", "qui", "dont", "ou", "où", "quand", "si", "pourquoi", "lorsque"}


def _main_verb(tokens: list[str]) -> bool:
    """Whether a draw opened by a determiner has a verb of its own (« votre conférence m'a marquée », « votre
    entreprise extrait des molécules des algues »), before any subordinate clause; else it is a noun phrase."""
    own: list[str] = []
    for token in tokens:
        if fold(token) in _SUBORDINATORS:
            break
        own.append(token)
    # « le fait que… »: a marker after an article is a noun
    after_article = [t for before, t in zip(["", *own], own, strict=False) if before not in DETERMINERS]
    if any(t in _CLAUSE_MARKERS or (t.startswith("m'") and len(t) > 2) for t in after_article):
        return True
    head_next = own[2] if len(own) > 2 and own[1] not in DETERMINERS else ""  # « votre entreprise extrait … »
    parts = parts_of_speech(head_next) if head_next.isalpha() else frozenset()
    verb = bool(parts & {"ipre", "iimp", "ipsi", "ifut"}) and bool(parts & {"3sg", "3pl"})
    object_next = len(own) > 3 and own[3] in DETERMINERS  # « extrait des molécules »: a verb with its object
    return verb and ("adj" not in parts or object_next)


#: « …, ainsi que votre parcours »: a second noun phrase added to the first.
_AINSI_QUE = re.compile(r",?\s+ainsi que\s+")


def _joined_with_et(draw: str) -> str:
    """« votre intervention, ainsi que votre parcours » -> « votre intervention et votre parcours »: the verb that
    follows (« m'inspirent ») and « à » before each (« à votre intervention et à votre parcours ») then agree."""
    match = _AINSI_QUE.search(draw)
    if match and first_word(draw[match.end() :]) in DETERMINERS and first_word(draw) in DETERMINERS:
        return f"{draw[: match.start()]} et {_joined_with_et(draw[match.end() :])}"
    return draw


def _several(draw: str) -> bool:
    """Whether the draw names two things of the mentor's (« votre parcours et votre façon de transmettre »): the
    verb after it is plural. « votre talk sur le SEO et les réseaux » is one thing."""
    parts = _conjuncts(draw)
    return len(parts) > 1 and all(first_word(part) in _POSSESSIVES for part in parts)


def _conjuncts(phrase: str) -> list[str]:
    """« ton parcours et ta façon de transmettre » -> both noun phrases, so « à » is repeated before each."""
    head, sep, tail = phrase.partition(" et ")
    if sep and first_word(tail) in DETERMINERS and first_word(head) in DETERMINERS:
        return [head, *_conjuncts(tail)]
    return [phrase]


def goal_fields(goal: str) -> dict[str, object]:
    """The goal and how it reads: an infinitive (« devenir manager ») or a noun phrase (« un poste de CTO »)."""
    goal = re.sub(r"^(?:se|s')\s?", lambda m: "me " if m.group(0).strip() == "se" else "m'", goal)
    first = first_word(goal)
    infinitive = first in ("me", "m'") or (
        first.endswith(("er", "ir", "re", "oir"))
        and first not in _NOT_INFINITIVES
        and first not in DETERMINERS
        and goal[:1].islower()
    )
    return {"goal": goal, "goal_inf": infinitive, "de_goal": elide("de", goal)}
