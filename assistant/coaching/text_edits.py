"""A change typed in words on a text (« remplacez « 20 minutes » par « 30 minutes » », « supprimez la phrase « Je
me présente » », « « décrivez » devrait être « décriviez » »): what to change, read from the message, the words
to change in quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import POLITE, POLITE_END, clean

#: A quoted fragment: « … », "…" or “…”.
_QUOTED = r"(?:«\s*(?P<{0}>[^»]+?)\s*»|\"(?P<{0}_b>[^\"]+?)\"|“(?P<{0}_c>[^”]+?)”)"
_REPLACE = re.compile(
    r"\b(?:remplace[rz]?|change[rz]?|corrige[rz]?)\s+(?:la phrase\s+|le passage\s+|les mots\s+|le mot\s+)?"
    + _QUOTED.format("old")
    + r"\s+(?:par|en)\s+"
    + _QUOTED.format("new"),
    re.IGNORECASE,
)
_INSTEAD = re.compile(
    r"\b(?:mets|mettez|[eé]cris|[eé]crivez)\s+"
    + _QUOTED.format("new")
    + r"\s+(?:au lieu de|[aà] la place de)\s+"
    + _QUOTED.format("old"),
    re.IGNORECASE,
)
#: « « décrivez » devrait être « décriviez » », « « 20 minutes » → « 30 minutes » »: a correction pointed out.
_SHOULD_BE = re.compile(
    _QUOTED.format("old")
    + r"\s*(?:devrait (?:plutôt |plutot )?être|doit être|serait mieux|(?:->|→|=>)|c'est|s'écrit|s'ecrit)\s*"
    + _QUOTED.format("new"),
    re.IGNORECASE,
)
#: « La phrase « X » est incorrecte. Remplacez par « Y » »: the words named first, their replacement after.
_NAMED_THEN_REPLACED = re.compile(
    _QUOTED.format("old")
    + r"[^«»\"“”]{0,80}?\b(?:remplace[rz]?|change[rz]?|corrige[rz]?|mets|mettez)(?:-la|-le)?\s+(?:par|en)\s*:?\s*"
    + _QUOTED.format("new"),
    re.IGNORECASE,
)
_REMOVE = re.compile(
    r"\b(?:supprime[rz]?|enl[eè]ve[rz]?|retire[rz]?|efface[rz]?|vire[rz]?)\s+"
    r"(?:(?:maintenant|donc|aussi|simplement|juste|plut[oô]t|svp|stp|s'il vous pla[iî]t|s'il te pla[iî]t),?\s+)*"
    r"(?P<sentence>la phrase\s+|le passage\s+|la partie\s+|le paragraphe\s+|la ligne\s+)?"
    r"(?:(?:qui contient|avec|sur|qui commence par|commen[cç]ant par|qui d[ée]bute par)\s+)?"
    r"(?:les mots\s+|le mot\s+)?" + _QUOTED.format("old"),
    re.IGNORECASE,
)


#: « retirez la phrase sur la promesse d'embauche », without quotes: the sentence is found by what it is about.
_REMOVE_ABOUT = re.compile(
    r"\b(?:supprime[rz]?|enl[eè]ve[rz]?|retire[rz]?|efface[rz]?|vire[rz]?)\s+"
    r"(?:(?:maintenant|donc|aussi|simplement|juste|plut[oô]t),?\s+)*"
    r"(?:la phrase|le passage|la partie|la ligne)\s+"
    r"(?:(?:sur|qui parle d[eu']|qui mentionne|qui cite|[aà] propos d[eu']|concernant|avec|o[uù] je parle d[eu'])\s*)?"
    r"(?P<topic>[^«»\"“”?!.;,]+)",
    re.IGNORECASE,
)


def removal_topic(text: str | None) -> str | None:
    """What the sentence to remove is about, in « enlevez la phrase sur la promesse d'embauche » (no quotes)."""
    match = _REMOVE_ABOUT.search(clean(text))
    if not match:
        return None
    return re.sub(rf"\s+{POLITE}\b.*$", "", match.group("topic"), flags=re.I).strip(" ,")


#: « changez l'objet en « … » », « mettez comme objet : « … » »: the e-mail's subject line, the new one in quotes.
_SUBJECT_WANTED = re.compile(
    r"\b(?:l'objet|le sujet|comme objet|en objet|pour objet|objet du (?:mail|message)|objet de l'e-?mail)\b"
    r"\s*(?:en|par|:|devient|sera|devrait être|doit être)?\s*:?\s*" + _QUOTED.format("new"),
    re.IGNORECASE,
)
#: « change l'objet : Demande de conseil », « nouvel objet : … »: the same unquoted, after a colon, to the end.
_SUBJECT_AFTER_COLON = re.compile(
    r"(?:\b(?:change[rz]?|mets|mettez|remplace[rz]?|modifie[rz]?)\s+(?:l'objet|le sujet)"
    r"(?: du (?:mail|message)| de l'e-?mail)?(?:\s+(?:en|par))?|\bnouvel objet)\s*:\s*(?P<new>[^«»\"“”\n]+)$",
    re.IGNORECASE,
)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:objet|sujet)\s*:\s*", re.IGNORECASE)


def subject_wanted(text: str | None) -> str | None:
    """The subject line the message asks for, without « Objet : » (« changez l'objet en « Votre parcours » »,
    « change l'objet : Votre parcours »)."""
    typed = clean(text)
    match = _SUBJECT_WANTED.search(typed)
    if match:
        return _SUBJECT_PREFIX.sub("", _group(match, "new"))
    match = _SUBJECT_AFTER_COLON.search(typed)
    new = POLITE_END.sub("", match.group("new")).strip(" .!") if match else ""
    return new if len(new) >= 3 else None


def on_subject(edit: TextEdit) -> TextEdit:
    """``edit`` made on the subject line when its words to change start with « Objet : » (« remplacez « Objet : … »
    par « Objet : … » »); unchanged otherwise."""
    if not _SUBJECT_PREFIX.match(edit.old):
        return edit
    return TextEdit(_SUBJECT_PREFIX.sub("", edit.old), _SUBJECT_PREFIX.sub("", edit.new), subject=True)


#: « la formule d'appel doit être simplement « Madame, » »: the greeting line, with the new one in quotes.
_GREETING_WANTED = re.compile(
    r"\b(?:formule d'appel|formule de salutation|salutation|ligne de salutation|le bonjour du d[ée]but)\b"
    r"[^«\"“?!.;]{0,50}?" + _QUOTED.format("new"),
    re.IGNORECASE,
)


#: « commencer par « Madame » plutôt que « Bonjour Claire » », « je préférerais « Bonjour Monsieur Lefèvre » »: the
#: greeting, when what is quoted is one.
_OPEN_WITH = re.compile(
    r"\b(?:(?:commencer|commencez|commence|d[ée]buter|d[ée]butez|ouvrir|ouvrez)\s+(?:le message\s+|l'e-?mail\s+)?par|"
    r"je pr[ée]f[èée]r\w*|j'aimerais mieux|je voudrais plut[oô]t|plut[oô]t)\s+" + _QUOTED.format("new"),
    re.IGNORECASE,
)
_A_GREETING = re.compile(r"^(?:bonjour|bonsoir|salut|hello|madame|monsieur|cher|ch[èe]re)\b", re.IGNORECASE)
#: « mettez Madame », « je veux juste Madame au lieu de Bonjour Hélène »: a title typed without quotes.
_TITLE_WANTED = re.compile(
    r"\b(?:mettez|mets|met|[ée]cri(?:s|vez)|commencez par|commence par|je veux juste|je veux|je pr[ée]f[èe]re|"
    r"plut[oô]t)\s+(?P<new>(?i:ch[èe]re |cher )?(?i:madame|monsieur)(?: [A-ZÀ-Ý][\w-]+)?)"
    r"(?:\s+(?:svp|stp|s'il vous pla[iî]t|merci))?\s*(?:[,.!]|$|\s+(?:au lieu de|[àa] la place|plut[oô]t que)\b)"
)


def greeting_wanted(text: str | None) -> str | None:
    """The greeting line the message asks for (« Madame, »), or None."""
    match = _GREETING_WANTED.search(clean(text))
    if match:
        return _group(match, "new")
    titled = _TITLE_WANTED.search(clean(text))
    if titled:
        return titled.group("new")[:1].upper() + titled.group("new")[1:] + ","
    opened = _OPEN_WITH.search(clean(text))
    new = _group(opened, "new").strip() if opened else ""
    if not _A_GREETING.match(new):
        return None
    return new if new.endswith(",") else new.rstrip(" .!") + ","


#: « remplace 4 ans d'XP par 4 ans d'expérience », « change mardi en jeudi stp »: the same without quotes.
_UNQUOTED = re.compile(
    r"^(?:(?:stp|svp|merci de|peux-tu|pouvez-vous|tu peux|vous pouvez)\s+)?"
    r"(?P<verb>remplace[rz]?|change[rz]?|corrige[rz]?)"
    r"\s+(?:la phrase\s+|le passage\s+|les mots\s+|le mot\s+)?(?P<rest>.+?)"
    r"[\s.!?]*(?:,?\s*(?:stp|svp|s'il te pla[iî]t|s'il vous pla[iî]t|merci))?[\s.!?]*$",
    re.IGNORECASE,
)
_BY = re.compile(r"\s+(?:par|en)\s+", re.IGNORECASE)
_BY_PAR = re.compile(r"\s+par\s+", re.IGNORECASE)


@dataclass(frozen=True)
class TextEdit:
    """Replace ``old`` by ``new`` (``new`` "" with ``sentence``: remove the sentence that holds ``old``; with
    ``subject``: the subject line becomes ``new``)."""

    old: str
    new: str = ""
    sentence: bool = False
    subject: bool = False  # the e-mail's subject line: ``new`` replaces it whole


def _group(match: re.Match, name: str) -> str:
    return next((match.group(n) for n in (name, f"{name}_b", f"{name}_c") if match.group(n)), "")


#: « La phrase « Mon repère : … » fait super robot, vire-la carrément »: the words quoted first, then the order.
_NAMED_THEN_REMOVED = re.compile(
    r"(?P<sentence>\b(?:la phrase|le passage|la partie|le paragraphe|la ligne)\s+)?"
    + _QUOTED.format("old")
    + r"[^«»\"“”]{0,80}?\b(?:supprime[rz]?|enl[eè]ve[rz]?|retire[rz]?|efface[rz]?|vire[rz]?)(?:-la|-le|-les)\b",
    re.IGNORECASE,
)


def read_edit(text: str | None) -> TextEdit | None:
    """The change on the draft's text a message asks in so many words, quotes included; None for any other."""
    raw = clean(text)
    for pattern in (_REPLACE, _INSTEAD, _SHOULD_BE, _NAMED_THEN_REPLACED):
        match = pattern.search(raw)
        if match:
            return TextEdit(_group(match, "old"), _group(match, "new"))
    match = _REMOVE.search(raw) or _NAMED_THEN_REMOVED.search(raw)
    if match:
        return TextEdit(_group(match, "old"), "", sentence=bool(match.group("sentence")))
    return None


def unquoted_edits(text: str | None) -> list[TextEdit]:
    """Every reading of « remplace X par Y » / « change X en Y » typed without quotes, one per « par » (or « en »
    after « change ») that could part the words to change from the new ones (the caller keeps the one whose words
    are in its text)."""
    match = _UNQUOTED.match(clean(text))
    if not match:
        return []
    rest = match.group("rest")
    edits = []
    for by in (_BY_PAR if match.group("verb").lower().startswith("rempla") else _BY).finditer(rest):
        old, new = rest[: by.start()].strip(" ,"), rest[by.end() :].strip(" ,")
        if old and new and "«" not in old + new and '"' not in old + new:
            edits.append(TextEdit(old, new))
    return edits


def names_a_text_change(text: str | None) -> bool:
    """Whether a message asks, in so many words, to change a text's words, subject line or greeting (whatever the
    text): an edit with quotes, a new subject or a new greeting in quotes."""
    return read_edit(text) is not None or bool(subject_wanted(text) or greeting_wanted(text))
