"""Does a message ask for a review of a message to a mentor, or is it one, pasted? Only then is it reviewed: a
mentee telling the assistant about themselves or their mentor is not."""

from __future__ import annotations

import re

from assistant.coaching.text import fold, words

#: What asks for a review (« tu peux relire ? », « il est comment mon message ? ») …
_REVIEW_ASKED = re.compile(
    r"\b(?:reli\w*|relec\w*|avis|critiqu\w*|corrig\w*|correct\w*|check\w*|regard\w*|evalu\w*|"
    r"note[rz]\b|note (?:mon|ma|le|la|ce)|une note sur|"
    r"feedback|retour|amelior\w*|verifi\w*|jette|jeter|coup d'oeil|review|proofread\w*|ca passe|ca va\b|"
    r"trop long|trop court|bien ecrit|juge\w*|pense\w*|dis[- ]moi|dites[- ]moi|analys(?:e|es|er|ez)\b|score|montre\w*|"
    r"peux envoyer|il est comment|est bien|tu trouves|vous trouvez)"
)
#: … and what opens a pasted message (« Bonjour Madame, », « Salut Paul ! »).
_SALUTATION = re.compile(r"^\W*(?:bonjour|bonsoir|salut|hello|hi|coucou|madame|monsieur|cher|chere)\b")
#: A message this long is a pasted one even without a salutation.
PASTED_WORDS = 12
#: A pasted message speaks to its reader (« vous », « votre parcours », « te », « ton »); a mentee telling the
#: assistant about themselves (« Salut. Je veux un mentor pour passer manager. ») does not.
_ADDRESSED = re.compile(r"\b(?:vous|votre|vos|te|t'|ton|ta|tes|toi)\b")


#: The mentee tells the assistant about their own mentor (« j'ai déjà une mentore, … », « mon mentor m'a dit »): a
#: message to that mentor would not speak of them so.
_ABOUT_MY_MENTOR = re.compile(r"\b(?:mon|ma) (?:mentor|mentore|marraine|parrain)\b|\bj'ai (?:deja )?une? mentore?\b")


def review_asked(text: str | None) -> bool:
    """Whether ``text`` asks for a review or is a pasted message: what ``critique_message`` must be.

    « note d'invit linkedin, je te l'ai dit » answers the channel question; it does not ask for a review.
    """
    folded = fold(text or "")
    pasted = bool(_SALUTATION.search(folded) or len(words(folded)) >= PASTED_WORDS) and bool(_ADDRESSED.search(folded))
    return bool(_REVIEW_ASKED.search(folded)) or (pasted and not _ABOUT_MY_MENTOR.search(folded))
