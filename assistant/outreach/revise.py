"""Reading what the mentee wants changed in a draft (shorter, more formal, another channel…)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.coaching.text import POLITE, clean, fold, fold_same_length
from assistant.common.tone import parse_tone
from assistant.outreach.answers import MEDIA, NOBODY_RECOMMENDED, parse_source
from assistant.outreach.ask import parse_ask, parse_channel
from assistant.outreach.model import DraftStyle, Revision
from assistant.outreach.wording import met_extra

_REVISIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "shorter",
        re.compile(
            r"\bplus (?:court|courte|concis|concise|bref|breve|succinct|succincte|direct)\b|"
            r"\braccourc\w*|\bmoins long\w*|\btrop long\w*|\babrege\w*|\bversion courte\b|"
            r"\bcoupe\b|\ballege\w*|\bresume\w*|\bplus synthetique\b"
        ),
    ),
    (
        "longer",
        re.compile(
            r"\bplus (?:long|longue|detaille|detaillee|complet|complete)\b|"
            r"\bversion (?:longue|complete)\b|"
            r"\btrop court\w*|\bdeveloppe\w*|\ballonge\w*"
        ),
    ),
    (
        "formal",
        re.compile(
            r"\bplus (?:formel|formelle|pro|professionnel|professionnelle|serieux|serieuse|soutenu|"
            r"corporate|poli|polie)\b|\bmoins (?:familier|familiere|cash|decontracte)\b|\bformel\b"
        ),
    ),
    (
        "warm",
        re.compile(
            r"\bplus (?:chaleureux|chaleureuse|sympa|amical|amicale|humain|humaine|personnel|"
            r"personnelle|enthousiaste|detendu|detendue|chaleureu\w*|cool|souriant)\b|"
            r"\bmoins (?:froid|froide|formel|formelle|rigide|guinde|pro|sec|seche|distant)\b|"
            r"\bchaleureu\w*"
        ),
    ),
    ("neutral", re.compile(r"\bplus (?:neutre|sobre|simple|classique|normal)\b|\bton neutre\b")),
    ("tone", re.compile(r"\btutoi\w*|\btutoy\w*|\bvouvoi\w*|\bvouvoy\w*|\b(?:en|au|passe au|passe en) (?:tu|vous)\b")),
    (
        "other_goal",
        re.compile(
            r"\b(?:autre|second|seconde|deuxieme|troisieme|2e|3e|prochain) objectif\b|"
            r"\bobjectif (?:n ?)?\d\b|\bobjectif (?:numero|no|n°) ?\d\b|"
            r"\bchange\w* (?:d'|l')objectif\b|"
            r"\bplutot (?:de |sur )?(?:mon|l') ?objectif\b|\bun autre but\b"
        ),
    ),
    (
        "ask",
        re.compile(
            r"\b(?:propos\w*|demand\w*|plutot|mets|mettez|met|chang\w*|remplac\w*)\b[^.!?]{0,40}?"
            r"\b(?:un cafe|un appel|une visio\w*|un coup de fil|un call|un rdv|un rendez-vous|"
            r"\d{1,2} ?(?:min|minutes)\b)"
        ),
    ),
    (
        "channel",
        re.compile(
            r"\b(?:canal|version|format|fais-en|fais en|fait-en|en faire|transforme\w*|adapte\w*|"
            r"convertis|change\w*|passe\w*|plutot|pour|en|ecri\w*|envoi\w*|mais|c'est)\b[^.!?]{0,30}?\b(?:e-?mail|mail|courriel|"
            r"note|invitation|message linkedin|linkedin|inmail|insta\w*|whats ?app|sms|texto|messenger)\b"
        ),
    ),
)
_ACCEPT = re.compile(
    r"\b(?:c'est bon|c bon|cest bon|parfait|ca me va|ça me va|je (?:le )?garde|nickel|impec\w*|"
    r"top|super|genial|valide|je valide|ok|okay|d'accord|dac|tres bien|tres bon|ca marche|"
    r"c'est parfait|j'adore|j'aime bien|on garde|go|je prends|je l'envoie)\b"
)
#: « … et rappelle que je l'ai entendue à Lyon »: something to add to the message, in the mentee's words.
_EXTRA = re.compile(
    r"(?:\b(?:et|,)\s+)?\b(?:rappelle|rappelez|rappeler|mentionne|mentionnez|mentionner|pr[ée]cise|pr[ée]cisez|"
    r"pr[ée]ciser|(?:r)?ajoute|(?:r)?ajoutez|(?:r)?ajouter|dis|dites|dire|indique|indiquez|indiquer|signale|signalez|"
    r"mets|mettez|[ée]cris|[ée]crivez)(?:-lui|-la|-le)?\s+"
    r"(?:(?:aussi|[ée]galement|bien|juste)\s+)?(?:(?:apr[èe]s|avant|dans|[àa] la fin d[e']|au d[ée]but d[e'])\s*"
    r"[^,.;:]{0,30}?\s+)?(?:lui\s+)?(?:que\s+|qu'|qu\s+(?=[a-zà-ÿ]))(.+)$",
    re.I,
)
#: « Ajoutez dans le message : « Je vous ai entendue à Nantes. » »: a sentence to add, typed between quotes.
_EXTRA_QUOTED = re.compile(r"\b(?:r)?ajout\w*|\bins[ée]r\w*|\bmets\b|\bmettez\b", re.I)
_QUOTED_SENTENCE = re.compile(r":\s*(?:«\s*([^»]{8,})»|\"([^\"]{8,})\")\s*\.?\s*$")
#: « ajoute : … », « ajoutez mes disponibilités : … »: something to add, typed after a colon without quotes.
_EXTRA_COLON = re.compile(
    r"\b(?:r?ajout\w*|mentionn\w*|pr[ée]cis\w*|indiqu\w*|mets|mettez)\b[^:«\"]{0,50}:\s*(?P<what>[^«\"]{4,})$", re.I
)
_AVAILABILITY = re.compile(r"\b(?:disponibilites?|dispos?|creneaux?|horaires?)\b")
#: « …, sinon il va pas capter », « … parce que c'est important »: why the mentee asks, said to the assistant.
_WHY_TO_ME = re.compile(r",?\s+(?:sinon|parce que|parce qu'|car|pour qu'(?:il|elle)|pour que (?:il|elle))\s", re.I)
_INSTEAD_OF = re.compile(r",?\s+(?:plut[oô]t qu(?:e\b|')|au lieu d(?:e\b|'))", re.I)
#: « … stp », « … merci » closing what is to add: said to the assistant, not to the mentor.
_POLITE_END = re.compile(rf"[\s,]+{POLITE}(?: d'avance)?\W*$", re.I)
#: « … et remplace X par Y » after something to add: another order, never part of what is added.
_OTHER_ORDER = re.compile(
    r",?\s+(?:et|puis)\s+(?=(?:remplace|remplacez|change|changez|enleve|enlevez|enlève|enlèvez|supprime|supprimez|"
    r"retire|retirez|signe|signez)\b)",
    re.I,
)


def trailing_edit(text: str | None) -> str:
    """The order that follows something to add in the same message (« ajoute que … et remplace X par Y » ->
    « remplace X par Y »); "" when there is none."""
    found = _EXTRA.search(clean(text))
    parts = _OTHER_ORDER.split(found.group(1), maxsplit=1) if found else []
    return parts[1] if len(parts) == 2 else ""


#: « … et mentionne son thread sur le growth »: a piece of the mentor's to name as how the mentee found them.
_MENTION = re.compile(
    r"(?:\b(?:et|,)\s+)?\b(?:mentionne|mentionnez|parle|parlez|cite|citez|evoque|evoquez|rappelle|rappelez)"
    rf"(?:-lui|-la|-le)?\s+(?:de\s+)?(?P<what>(?:son|sa|ses)\s+(?:{MEDIA})\b.*)$"
)
#: « je l'ai trouvée via son post », « je l'ai découvert sur LinkedIn »: how the mentee found the mentor, said again.
_FOUND = re.compile(r"\b(?:je l'ai|je l ai|jl'ai|je les ai)\s+(?:trouve|decouvert|connu|repere|vu|lu|suivi)e?s?\b")
_CLAUSE = re.compile(r"[^.!?;,]+[.!?;,]*")


def _source_said(text: str) -> tuple[tuple[str, str] | None, str]:
    """How the mentee found the mentor, said in a revision (« personne ne me l'a recommandée, je l'ai trouvée via
    son post », « mentionne son thread sur le growth »), as :func:`parse_source` reads it, and the rest of ``text``
    (the other changes asked). A recommendation denied and nothing said instead leaves no source sentence."""
    folded = fold_same_length(text)
    mention = _MENTION.search(folded)
    if mention:
        mentioned = parse_source(text[mention.start("what") :])
        if mentioned.ok and mentioned.value[0] == "article":
            return mentioned.value, text[: mention.start()].rstrip(" ,;.")
    denied = bool(NOBODY_RECOMMENDED.search(folded))
    found = [m for m in _CLAUSE.finditer(folded) if _FOUND.search(m.group(0))]
    if not denied and not found:
        return None, text
    rest = "".join(
        text[m.start() : m.end()]
        for m in _CLAUSE.finditer(folded)
        if not _FOUND.search(m.group(0)) and not NOBODY_RECOMMENDED.search(m.group(0))
    ).strip()
    said = parse_source(" ".join(text[m.start() : m.end()] for m in found)) if found else None
    if said is None or not said.ok or said.value[0] == "other" or denied and said.value[0] == "recommendation":
        # nothing said instead of the recommendation denied: no source sentence rather than a wrong one
        return (("other", ""), rest) if denied else (None, text)
    return said.value, rest.strip()


def _heard_at_an_event(extra: str) -> tuple[str, str] | None:
    """An addition that names the event where the mentee saw or heard the mentor, without having met them (« je
    l'ai entendue lors de la table ronde de la CCI ») as :func:`parse_source` reads it; else None."""
    if not extra or met_extra(extra):
        return None
    said = parse_source(extra)
    return said.value if said.ok and said.value[0] == "event" and said.value[1] else None


#: A channel named alone in a short message is a change of channel.
BARE_CHANNEL_WORDS = 6
_NOT = re.compile(r"\b(?:pas|ne|n')\s*$")


def _asked_changes(folded: str) -> list[tuple[int, str]]:
    """(position, kind) of every change asked in ``folded``, in the order they appear; negated ones skipped."""
    found = []
    for kind, pattern in _REVISIONS:
        for match in pattern.finditer(folded):
            if _NOT.search(folded[max(match.start() - 8, 0) : match.start()]):
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
    « rappelle que je l'ai entendue à Lyon » -> ``extra`` (with ``extra``, also after another change);
    anything else -> ``unknown``. Several changes in one message are all applied to ``style``; ``kind`` is
    the first one asked and ``kinds`` lists them all.
    """
    text = clean(text)
    extra = ""
    found = _EXTRA.search(text)
    verb = _EXTRA_QUOTED.search(text)
    quoted = _QUOTED_SENTENCE.search(text) if not found and verb else None
    if found:
        extra = _OTHER_ORDER.split(found.group(1), maxsplit=1)[0]  # « … que je maîtrise SQL et remplace X par Y »
        extra = _INSTEAD_OF.split(extra, maxsplit=1)[0]  # « …, plutôt que « lors d'un événement » »: what it replaces
        extra = _WHY_TO_ME.split(extra, maxsplit=1)[0]  # « …, sinon il va pas capter »: said to the assistant
        extra = _POLITE_END.sub("", extra).strip(" .!,;?")  # « … et mentionner que je suis disponible le soir ? »
        text = text[: found.start()].rstrip(" ,;.") or ""
    elif quoted:  # « Ajoutez dans le message : « Je vous ai entendue lors de la table ronde. » »
        extra = (quoted.group(1) or quoted.group(2)).strip(" .!,;")
        text = text[: verb.start()].rstrip(" ,;.") if verb else ""
    elif colon := _EXTRA_COLON.search(text):  # « ajoute : ma thèse porte sur les aides à domicile »
        said = _POLITE_END.sub("", colon.group("what")).strip(" .!,;?")
        if _AVAILABILITY.search(fold(text[: colon.start("what")])):  # « ajoutez mes disponibilités : le soir »
            return Revision("ask", style, ("ask",), ask=("", 0, said))
        extra, text = said, text[: colon.start()].rstrip(" ,;.")
    source, text = _source_said(text)
    folded = fold(text)
    changes = _asked_changes(folded)
    bare = not changes and len(folded.split()) <= BARE_CHANNEL_WORDS and not _ACCEPT.search(folded)
    if bare and parse_channel(folded):
        changes = [(0, "channel")]  # « e-mail, je viens de le dire »
    if source is not None:
        changes.append((len(folded), "source"))
    if not changes:
        heard = _heard_at_an_event(extra)
        if heard is not None:  # « ajoutez que je l'ai entendue à la table ronde de la CCI »: how they know of them
            return Revision("source", style, ("source",), source=heard)
        if extra:
            return Revision("extra", style, ("extra",), extra)
        accepted = next(reversed(list(_ACCEPT.finditer(folded))), None)
        # « ok le tu c'est bien mais la phrase est cassée »: a « mais » after it takes the approval back
        kept = accepted is not None and not re.search(r"\bmais\b", folded[accepted.end() :])
        return Revision("accept" if kept else "unknown")
    kinds = tuple(kind for _position, kind in changes)
    ask = _asked_meeting(text) if "ask" in kinds else None
    if "ask" in kinds and ask is None:
        kinds = tuple(kind for kind in kinds if kind != "ask")
        if not kinds:
            return Revision("unknown")
    new_style = style
    for kind in kinds:
        new_style = _restyled(new_style, kind, folded)
    styled = any(kind != "other_goal" for kind in kinds)
    if extra:
        return Revision(kinds[0], new_style, (*kinds, "extra"), extra, ask, source)
    return Revision(kinds[0], new_style if styled else None, kinds, ask=ask, source=source)


#: What comes after the meeting asked for: the one it replaces (« plutôt qu'une visio », « au lieu de … »).
_REPLACED_ASK = re.compile(
    r"\b(?:plutot qu|au lieu d|et non|et pas|pas une?\b|a la place d|qu'une?\b|que (?:la|le|l'|les)\b)", re.I
)


#: « remplace le café par », « change la visio en »: the meeting asked comes after it.
_REPLACE_BY = re.compile(r"\b(?:remplac|chang)\w*\b[^.!?]{1,40}?\s(?:par|en|pour)\s")


def _asked_meeting(text: str) -> tuple[str, int, str] | None:
    """The meeting a revision asks for (« proposez un appel de 30 minutes plutôt qu'une visio ») as
    :func:`parse_ask` reads it, without the one it replaces (the key is "" when only the length is said); None
    when it reads none."""
    folded = fold(text)
    replaced = _REPLACE_BY.search(folded)  # « remplace le café par un appel de 20 min »: what comes after « par »
    wanted = _REPLACED_ASK.split(folded[replaced.end() :] if replaced else folded, maxsplit=1)[0]
    parsed = parse_ask(wanted)
    if parsed.ok:
        return parsed.value
    if parsed.problem == "unknown":  # « mets 15 min »: the same kind of meeting, shorter (the key is left "")
        minutes = parse_ask(f"un appel {wanted}")
        return ("", minutes.value[1], minutes.value[2]) if minutes.ok and re.search(r"\d", wanted) else None
    return None


#: « revenez à la version 2 », « reprends la v2 », « repars de la version 3 »: work on again from an earlier version.
_RESTORE = re.compile(
    r"\b(?:revien[sd]?|revenez|revenir|reviens|retour(?:ne[rz]?)?|reprend[sz]?|reprenez|reprendre|repars|repartez|"
    r"repartir|remet[sz]?|remettez|remettre)\b[^0-9]{0,25}?\b(?:version|v)\s*(?:n°\s*|numero\s*)?(\d{1,2})\b"
)


def restored_version(text: str | None) -> int | None:
    """The earlier version the mentee wants to work on again (« revenez à la version 2 » -> 2), or None."""
    match = _RESTORE.search(fold(clean(text)))
    return int(match.group(1)) if match else None
