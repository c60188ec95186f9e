"""Intents in French: their names for « Vouliez-vous dire… ? » buttons, and the instructions the assistant prints."""

from __future__ import annotations

import re

from assistant.coaching.requests import DIRECT_MAX_WORDS, direct_request
from assistant.coaching.text import fold, words
from assistant.coaching.text_edits import names_a_text_change
from assistant.goals.answers import BARE_STATEMENT, find_field, find_goal_number, moves_deadline, read_typed_change

#: Intents a mentee may be offered when the assistant is unsure, with how the button reads.
INTENT_LABELS: dict[str, str] = {
    "greet": "Dire bonjour",
    "goodbye": "Dire au revoir",
    "thanks": "Dire merci",
    "affirm": "Oui",
    "deny": "Non",
    "help": "Voir ce que vous savez faire",
    "stop": "Arrêter ce que nous faisons",
    "clarify_goal": "Clarifier un objectif",
    "list_goals": "Voir mes objectifs",
    "mark_goal_reached": "Marquer un objectif comme atteint",
    "edit_goal": "Modifier un objectif",
    "delete_goal": "Supprimer un objectif",
    "correct_goal_field": "Corriger une partie de l'objectif",
    "explain_mentoring_kinds": "Connaître les types de mentorat",
    "draft_outreach": "Rédiger un message à un mentor",
    "revise_draft": "Modifier mon brouillon",
    "finalize_draft": "Garder ce brouillon",
    "list_drafts": "Voir mes brouillons",
    "critique_message": "Faire relire mon message",
    "rehearse_outreach": "M'entraîner à la réponse du mentor",
    "thank_you_note": "Écrire un message de remerciement",
    "prepare_meeting": "Préparer une rencontre",
    "show_preparation": "Revoir ma préparation",
    "edit_questions": "Modifier mes questions",
    "export_preparation": "Exporter ma préparation",
    "debrief_meeting": "Noter ce qui s'est dit en rencontre",
    "ask_question": "Poser une question sur le mentorat",
    "how_are_you": "Prendre des nouvelles",
    "bot_challenge": "Savoir qui je suis",
    "ask_data_kept": "Savoir ce que vous gardez sur moi",
    "export_data": "Récupérer mes données",
    "erase_data": "Supprimer mes données",
}

#: Intents never offered as a guess: a wrong « oui » or « non » would answer a question nobody asked.
NOT_OFFERED = {
    "nlu_fallback",
    "inform",
    "affirm",
    "deny",
    "out_of_scope",
    "other_language",
    "greet",
    "goodbye",
    "thanks",
}

#: Each knowledge-base topic as the question a button sends (the message is understood again).
FAQ_QUESTIONS: dict[str, str] = {
    "what_is": "Qu'est-ce que le mentorat ?",
    "why_important": "Pourquoi le mentorat est-il important ?",
    "objectives": "Quels sont les objectifs du mentorat ?",
    "career_impact": "Quel effet le mentorat a-t-il sur une carrière ?",
    "roles": "Quels sont les rôles du mentor et du mentoré ?",
    "benefits": "Quels sont les avantages du mentorat ?",
    "skills": "Quelles compétences le mentorat développe-t-il ?",
    "continuous_learning": "Comment le mentorat aide-t-il à apprendre en continu ?",
    "relational_benefits": "Quels bénéfices relationnels apporte le mentorat ?",
    "network": "Comment le mentorat élargit-il mon réseau ?",
    "trust": "Comment construire la confiance avec un mentor ?",
    "find_mentor": "Comment trouver un mentor ?",
    "choose_mentor": "Comment choisir le bon mentor ?",
    "approach_mentor": "Comment aborder un mentor potentiel ?",
    "effective_relationship": "Comment construire une relation de mentorat efficace ?",
    "expectations": "Comment définir des attentes claires avec mon mentor ?",
    "practical_tips": "Quels conseils pratiques pour réussir un mentorat ?",
    "goal_clarity": "Pourquoi clarifier mes objectifs avant de chercher un mentor ?",
    "proactivity": "Comment être proactif dans un mentorat ?",
    "active_listening": "Pourquoi l'écoute active compte-t-elle avec un mentor ?",
    "criticism": "Comment accepter les critiques de mon mentor ?",
    "measurable_goals": "Comment fixer des objectifs mesurables ?",
    "gratitude": "Pourquoi exprimer sa gratitude à son mentor ?",
    "keep_alive": "Comment entretenir la relation avec mon mentor dans le temps ?",
}


def guess_button(intent: str, response_key: str | None = None) -> dict[str, str] | None:
    """The button for one guess: a topic question for the knowledge base, else the intent's label.

    ``response_key`` is the retrieval key the response selector chose (``faq/trust``). None when
    the guess should not be offered.
    """
    if intent == "faq":
        topic = (response_key or "").split("/", 1)[-1]
        question = FAQ_QUESTIONS.get(topic)
        return {"title": question, "payload": question} if question else None
    if intent in NOT_OFFERED or intent not in INTENT_LABELS:
        return None
    return {"title": INTENT_LABELS[intent], "payload": f"/{intent}"}


# --- requests said in so many words -------------------------------------------------------------------

#: A wish or a request for help: what turns a task's words into asking for that task.
_WISH = re.compile(
    r"\b(?:je (?:voudrais|veux|souhaite\w*|prefere\w*|cherche a)|j'aimerais|j'ai envie de|"
    r"jveux|jveu|jvoudrais|j'voudrais|j'veux|jaimerais|jvx|"
    r"j'ai besoin|j'aurais besoin|aide[sz]?[- ]moi|(?:pouvez-vous|peux-tu|tu peux|vous pouvez) m'?\s?aider|"
    r"on (?:peut|pourrait|va|fait)|faisons|"
    r"nous (?:pourrions|pouvons)|allons-y pour)\b"
)
#: « tu peux le rédiger avec moi ? »: the message the mentee has not written yet, to draft together.
_WRITE_IT = re.compile(
    r"\b(?:tu peux|peux-tu|pouvez-vous|vous pouvez|tu pourrais|pourriez-vous|aide[sz]?-moi a) "
    r"(?:le |la |l')(?:redig|ecri)\w*|^(?:(?:ok|bon|allez|vas-y|vas y|go)\W+)*on (?:lui )?ecri[ts] a (?!qu)[a-z]"
)
#: Questions about a task (« pourquoi clarifier ses objectifs ? ») are for the knowledge base.
_ASKS_WHY = re.compile(
    r"\b(?:pourquoi|qu'est-ce qu|c'est quoi|a quoi (?:ca )?sert|est-ce (?:utile|important|"
    r"necessaire|obligatoire))\b"
)
_SOME_WORDS = r"(?:[\w'-]+ ){0,4}?"
#: Each task and the words that name it in a request: a verb, then its object within a few words.
_TASKS = (
    ("thank_you_note", re.compile(r"\b(?:message|mot|mail|note|courriel) de remerciement|\bremercier\b")),
    (
        "prepare_meeting",
        re.compile(
            r"\bprepar(?:er|ons|ions|ez|e|es)\b "
            + _SOME_WORDS
            + r"(?:rencontre|rendez-vous|rdv|entrevue|premier echange|premiere seance|"
            r"seance de mentorat)"
            # « notre rendez-vous est jeudi, et j'aimerais le préparer »
            r"|\b(?:rencontre|rendez-vous|rdv|entrevue|on se (?:voit|verra|retrouve)|je (?:le|la) (?:vois|verrai))\b"
            r"[^.!?]{0,80}\b(?:le |la |l')prepar(?:er|ons|ions|ez)\b"
            # « il est chaud pr un call jeudi, aide moi a preparer »: a meeting said, then help to prepare it
            r"|\b(?:call|appel|visio|cafe|rdv|rendez-vous|rencontre|jeudi|lundi|mardi|mercredi|vendredi|samedi)\b"
            r"[^!?]{0,80}\b(?:aide[sz]?[- ]moi|m'?\s?aider|tu m'aides|vous m'aidez) a (?:le |la |l')?prepar\w*"
        ),
    ),
    (
        "draft_outreach",
        re.compile(
            r"\b(?:redig(?:er|eons|ions|ez|e)|ecri(?:re|vons|vions|vez|ve|s)|compos(?:er|ons|ez)|"
            r"prepar(?:er|ons|ions|ez|e)|faire) "
            + _SOME_WORDS
            + r"(?:message|msg|mail|e-mail|email|courriel|note|invitation|petit mot|mot|lettre|"
            r"prise de contact)\b|\becri(?:re|vons|vions|vez|ve) (?:a|au|aux) "
        ),
    ),
    (
        "clarify_goal",
        re.compile(
            r"\b(?:clarifi\w*|defini(?!tiv)\w*|fixe\w*|formul\w*|precise\w*|construi\w*|"
            r"ajout\w*|travailler|fai(?:re|t|sons)(?! (?:le|un|du) (?:point|bilan))|creer|poser) "
            + _SOME_WORDS
            + r"(?:l')?(?:objectif|but)s?\b"
        ),
    ),
)
#: « que pouvez-vous faire pour moi ? », « tu sers à quoi ? »: the menu.
_WHAT_CAN_YOU_DO = re.compile(
    r"\b(?:que|qu'est-ce que|quoi) (?:pouvez-vous|peux-tu|tu peux|vous pouvez|"
    r"savez-vous|sais-tu|tu sais|vous savez) (?:faire|m'apporter)\b|"
    r"\ba quoi (?:tu sers|vous servez|sers-tu|servez-vous)\b|"
    r"\b(?:tu sers|vous servez) a quoi\b"
)
#: A message that ends on a farewell (« ça marche, salut », « merci, à bientôt »).
_FAREWELL_END = re.compile(
    r"\b(?:salut|au revoir|bye|ciao|a\+|a plus|a bientot|a la prochaine|a plus tard|je reviendrai|jreviendrai|"
    r"bonne (?:journee|soiree|nuit|fin de journee))[^\w?]*$"
)
#: « remplace bonjour par salut », « change le bonjour du message en salut »: a swap typed without quotes (folded).
_UNQUOTED_SWAP = re.compile(
    r"^\W*(?:(?:nan|non|bon|ok)\W+)?(?:je veux )?(?:remplace[rz]?|change[rz]?)\s+\S.{0,60}\s(?:par|en)\s+\S"
)
_GREETING_START = re.compile(r"^\W*(?:salut|bonjour|bonsoir|coucou|hello|hey)\b")
#: A greeting on coming back (« coucou c'est encore moi », « bsoir ! dsl jai mis du temps a revenir »): no answer.
_BACK_GREETING = re.compile(
    r"^\W*(?:re|rebonjour|rebonsoir|resalut|salut|slt|bonjour|bjr|bonsoir|bsoir|coucou|"
    r"hello|hey)\b"
)
_BACK = re.compile(
    r"\b(?:encore moi|c'est moi|me revoila|me voila|de retour|je reviens|revenue?|"
    r"dsl|desolee?|pardon|excuse[zs]?|mis du temps|absente?r?|retard)\b"
)
#: Beyond this many words after the greeting, the message says more than hello.
BACK_GREETING_MAX_WORDS = 10
#: « effacez tout », « supprimez mes données »: the erasure (a goal or a draft is named otherwise).
_ERASE_ALL = re.compile(
    r"\b(?:efface\w*|supprime\w*|detrui\w*) (?:tout\b(?! (?:mes|les|ces) )|"
    r"(?:toutes )?(?:mes|les) (?:donnees|informations|infos)\b|"
    r"ce que vous (?:savez|avez|gardez)|ce que tu (?:sais|as|gardes))"
)


#: « ajoute-en une sur… », « rajoute une question », « enlève la question 3 »: the meeting's question list.
_EDIT_QUESTIONS = re.compile(
    r"\b(?:ajout|rajout)\w*(?:[- ]en)?\s+(?:encore\s+)?(?:une|1|deux|2|d'autres|quelques)\s+"
    r"(?:autres?\s+)?(?:questions?\s+)?(?:sur|a propos|concernant|au sujet)\b|"
    r"\b(?:ajout|rajout|enleve|retire|supprime)\w* (?:la |une |des |les |cette )?questions?\b|"
    r"^\W*(?:ajout|rajout)\w*\s*:\s*\w"  # « Ajoutez : Quelles formations … ? », the question typed after it
)
#: « rappelez-moi mon objectif », « montre mes brouillons », « revoir ma préparation »: what is saved, shown.
_SHOW = (
    r"\b(?:rappel\w*|voir|revoir|montr\w*|remontr\w*|affich\w*|reaffich\w*|lister|liste|retrouver|ressortir|"
    r"redonne\w*)(?:-moi|-nous)? "
)
_MINE = r"(?:moi |me |nous |m'en )?(?:[\w'-]+ ){0,2}?(?:mes |mon |ma |nos |notre |l'|le |la |les )"
_SHOWN = (
    ("show_progress", re.compile(_SHOW + _MINE + r"(?:\w+ )?(?:evolution|progres|progression|avancement|courbe)\b")),
    ("list_goals", re.compile(_SHOW + _MINE + r"(?:\w+ )?objectifs?\b")),
    ("list_drafts", re.compile(_SHOW + _MINE + r"(?:\w+ )?brouillons?\b")),
    ("show_preparation", re.compile(_SHOW.replace("rappel", "revoir|rappel") + _MINE + r"(?:\w+ )?preparation\b")),
    ("list_actions", re.compile(_SHOW + _MINE + r"(?:\w+ )?actions\b")),
    # « mes actions », « mes objectifs svp » alone (sixteenth panel: typed in the review, it was asked to be pasted)
    ("list_actions", re.compile(r"^\W*(?:et )?(?:mes|nos) actions(?: restantes| en cours| a faire)?(?: s[tv]p)?\W*$")),
    ("list_goals", re.compile(r"^\W*(?:et )?mes objectifs(?: stp| svp)?\W*$")),
    ("list_drafts", re.compile(r"^\W*(?:et )?mes brouillons(?: stp| svp)?\W*$")),
)
#: « qui peut voir mes brouillons ? » asks about privacy, not for the drafts.
_WHO_SEES = re.compile(r"\bqui (?:peut|pourra|pourrait|a acces|voit|verra)\b")
#: A goal said reached (« c'est atteint », « objectif figma atteint ») — a question about it is not.
_REACHED = re.compile(
    r"\b(?:est|sont|c'est|j'ai|je l'ai|enfin|comme|objectif|objectifs)\s+(?:[\w'-]+ )?"
    r"(?:atteint|atteints|atteinte|accompli)\b"
)
#: « supprimez l'objectif 2, il est atteint »: the deletion asked first is what is wanted.
_DELETE_GOAL = re.compile(r"^\W*(?:supprim|retir|enlev)\w*\s+(?:l'|l |le |mon |cet )?(?:objectif|goal)s?\b")
#: Past tenses: « j'ai écrit un message » has a message to review, it does not ask for one.
_ALREADY_DONE = re.compile(r"\b(?:j'ai|j'avais|deja) (?:\w+ )?(?:ecrit|redige|prepare|compose)\b")
#: A field's new value typed with its name (« la mesure : 3 maquettes ») is a correction up to this length.
TYPED_CHANGE_MAX_WORDS = 12
#: … and when the field's name opens the message (within this many characters).
FIELD_NAME_START = 10
#: Requests are a sentence or two; a longer text or one of several lines is a pasted message.
REQUEST_MAX_WORDS = 60


#: « ? », « hein ?? », « quoi ? », « euh… »: the mentee is lost, the menu helps.
_LOST = re.compile(
    r"^\W*(?:(?:hein|quoi|comment|pardon|euh+|hum+|hm+|keskidit|kesako)\W*)?\?+\W*$|^\W*(?:euh+|hein)\W*$"
)


#: A goal said nearly reached, not yet, or asked about (« presque atteint, non ? »): never marked reached.
_NOT_YET_REACHED = re.compile(r"\b(?:presque|quasi\w*|bientot|pas|plus|jamais|toujours pas|pas encore)\b")
#: « pouvez-vous le marquer comme terminé ? »: a request, even with « ? ».
_MARK_ASKED = re.compile(r"\b(?:marqu\w*|mettre|mets|mettez|passe[rz]?|coche[rz]?|clore|clotur\w*|classe[rz]?)\b")


def reached_in_doubt(text: str | None) -> bool:
    """Whether a message the classifier reads as « goal reached » asks or doubts it instead (« pourquoi 50 % ? c'est
    presque atteint, non ? », « il n'est pas atteint »): the goal must not be closed on it. A request to mark it,
    even as a question (« pouvez-vous le marquer comme terminé ? »), is no doubt."""
    folded = fold(text or "")
    return bool(_NOT_YET_REACHED.search(folded)) or ("?" in folded and not _MARK_ASKED.search(folded))


#: « on en était où ? », « où en étions-nous ? », « je reprends où ? »: the mentee asks for their work in progress.
_WHERE_WERE_WE = re.compile(
    r"\b(?:on en (?:etait|etaient|etions|est reste|etait reste)s? ou|ou (?:est-ce qu')?(?:on|nous|j')?\s?en "
    r"(?:etait|etions|etais|etait-on|etions-nous|sommes-nous|est-on|sommes nous|etions nous)|"
    r"on (?:reprend|recommence) ou|(?:je|on) reprends? (?:la ou|ou)|ou on s'etait arrete\w*|"
    r"reprendre (?:la )?ou (?:on|nous) en (?:etait|etions)|"
    r"ou (?:on )?en (?:etait|etaient) (?:mes|nos) (?:trucs|affaires|projets))\b|"
    r"\bon en est ou\W*$|\b(?:un |le |mon |petit )?(?:recap|recapitulatif)\b(?!\s+(?:de|des|du|d')\b)"
)


def asks_where_we_were(text: str | None) -> bool:
    """Whether a message asks where the mentee's work stands (« re bonjour, on en était où ? »)."""
    return bool(_WHERE_WERE_WE.search(fold(text or "")))


def requested_intent(text: str | None) -> str | None:
    """The intent a message asks for in so many words, whatever the classifier thinks, or None.

    « j'aimerais clarifier un objectif avant de chercher un mentor » asks for the goal form, not
    for the knowledge base's answer on clear goals; « que pouvez-vous faire pour moi ? » asks for
    the menu; « ça marche, salut » says goodbye; « effacez tout » asks for the erasure. A question
    about a task (« pourquoi fixer des objectifs ? ») is not a request for it.
    """
    folded = fold(text or "")
    if "\n" in folded.strip():
        return None
    if _CANCEL_LAST.search(folded):  # « Mais non, la rencontre n'a pas encore eu lieu, c'est le 19 ! Annuler. »
        return "stop"
    cancelled = _CANCEL_FIRST.match(folded)
    if (
        cancelled
    ):  # « Annuler. Ce n'est pas un objectif, je parle du brouillon »: the task stops, unless another is asked
        return requested_intent(folded[cancelled.end() :]) or "stop"
    if _FINALIZE.search(folded) and "?" not in folded:  # « je voudrais finaliser mon courriel à Mme Garnier »
        return "finalize_draft"
    if (
        _ADDS_TO_MESSAGE.search(folded)
        and not _LETTER_OPENING.match(folded)
        and len(words(folded)) <= REQUEST_MAX_WORDS
    ):
        return "revise_draft"  # « ajoutez que je l'ai entendue à la table ronde », « ajoutez dans le message : « … » »
    if len(words(folded)) > DIRECT_MAX_WORDS:
        return _wished_at_the_end(folded)
    direct = direct_request(folded)
    if direct is not None:
        return direct
    if len(words(folded)) > REQUEST_MAX_WORDS:
        return _wished_at_the_end(folded)
    if asks_where_we_were(folded) and len(words(folded)) <= BACK_GREETING_MAX_WORDS:
        return "greet"  # answered with the work in progress (``action_greet``)
    if _WHAT_CAN_YOU_DO.search(folded) or _LOST.match(folded):
        return "help"
    if _ERASE_ALL.search(folded):
        return "erase_data"
    if _EDIT_QUESTIONS.search(folded):
        return "edit_questions"
    # « changez l'objet en « … » », « adaptez-le en note d'invitation »: the draft, not a message to review
    if names_a_text_change(text) or (_CHANNEL_CHANGE.search(folded) and not _ASKS_WHY.search(folded)):
        return "revise_draft"
    if _DELETE_GOAL.search(folded):
        return "delete_goal"
    if BARE_STATEMENT.match(folded):  # « L'objectif. », answering « Que voulez-vous corriger ? »
        return "correct_goal_field"
    if _REACHED.search(folded) and "?" not in folded:  # « le 2 est atteint », « j'ai atteint mon objectif »
        return "mark_goal_reached"
    if read_typed_change(text):
        if find_goal_number(text):  # « pour l'objectif 2, l'échéance : fin mai »
            return "edit_goal"
        named = find_field(text)
        clause = re.split(r"[,;.!?](?:\s|$)", folded, maxsplit=1)[0]  # « …, mon N+1 part en juin » is the reason
        if named and named.start <= FIELD_NAME_START and len(words(clause)) <= TYPED_CHANGE_MAX_WORDS:
            return "correct_goal_field"  # « l'échéance : le 15 mars », « non, la mesure : 3 maquettes »
    if moves_deadline(folded, changed_too=False):  # « je voudrais décaler la date… plutôt juin 2028 »: no goal
        return "edit_goal"
    if _BACK_GREETING.match(folded) and _BACK.search(folded) and len(words(folded)) <= BACK_GREETING_MAX_WORDS:
        return "greet"
    if _WRITE_IT.search(folded):
        return "draft_outreach"
    if _UNQUOTED_SWAP.match(folded) and "question" not in folded:  # « remplace bonjour par salut »: not a farewell
        return "revise_draft"
    if _FAREWELL_END.search(folded) and not _GREETING_START.search(folded) and len(words(folded)) > 1:
        return "goodbye"
    if not _ASKS_WHY.search(folded) and not _WHO_SEES.search(folded):
        for intent, pattern in _SHOWN:
            if pattern.search(folded):
                return intent
    return _wished_task(folded)


def _wished_task(folded: str) -> str | None:
    """The task a wish names (« j'aimerais préparer ma rencontre »), or None; a question about it is none."""
    if _WISH.search(folded) and not _ASKS_WHY.search(folded) and not _ALREADY_DONE.search(folded):
        for intent, pattern in _TASKS:
            if pattern.search(folded):
                return intent
    return None


def _wished_at_the_end(folded: str) -> str | None:
    """In a long message that introduces the mentee, the task its last sentence wishes for (« … Notre premier
    rendez-vous est jeudi, et j'aimerais le préparer sérieusement. »)."""
    if _LETTER_OPENING.match(folded):  # « Bonjour Madame Roy, … je voudrais vous remercier »: a letter, pasted
        return None
    last = re.split(r"(?<=[.!?])\s+", folded.strip())[-1]
    return _wished_task(last) if len(words(last)) <= REQUEST_MAX_WORDS else None


#: « Annuler. … », « non annule ! … »: the message cancels first (folded).
_CANCEL_FIRST = re.compile(r"^\W*(?:(?:non|bon|ah|oh)\W+)*annule[rz]?\s*[.!]+\s*")
_CANCEL_LAST = re.compile(r"[.!?]\s*annule[rz]?\s*[.!]*\s*$")
#: « finaliser mon courriel », « valider le brouillon »: the draft is kept as it is (folded).
_FINALIZE = re.compile(
    r"\b(?:finalis|valid|boucl)\w*\s+(?:mon |le |ce |mes |ma )?"
    r"(?:courriel|mail|e-mail|email|message|brouillon|lettre)s?\b"
)
_ADD_VERB = r"(?:r?ajout|precis|mentionn|indiqu|rappel|signal|inser)\w*"
#: Something to add to the draft: how the mentee met or heard the mentor (« rajoute qu on s est vus au meetup »,
#: « pourriez-vous préciser que je l'ai entendue à la table ronde »), or anything added « dans le message »,
#: « dans la version 2 » (folded).
_ADDS_TO_MESSAGE = re.compile(
    rf"\b{_ADD_VERB}(?:-lui|-la|-le)?\s+(?:(?:aussi|egalement|bien|juste)\s+)?(?:que\s+|qu'|qu\s+)"
    r"(?:je|j'|on|nous|vous|tu|t'|il|elle)\b[^.!?]{0,60}?"
    r"\b(?:vue?s?|rencontr\w*|entendue?s?|croise\w*|connue?s?|decouverte?s?|parle|echange|ecoute\w*)\b"
    rf"|\b{_ADD_VERB}\b[^.!?]{{0,80}}?\b(?:dans|a|au|sur) (?:le |la |l'|mon |ma |ce |cette )?"
    r"(?:message|mail|e-mail|email|courriel|brouillon|version|note|lettre|v\d)\b"
)
#: « adaptez ce message en note d'invitation », « transformez votre brouillon en InMail »: the draft to another channel.
_CHANNEL_CHANGE = re.compile(
    r"\b(?:adapt\w*|transform\w*|convert\w*)\b[^.!?]{0,60}?\ben (?:une |un )?"
    r"(?:note|invitation|message linkedin|message prive|inmail|e-?mail|mail|courriel|sms|texto)\b"
)
#: How a letter to a mentor opens (« Bonjour Madame Roy, », « Chère Claire, »), folded.
_LETTER_OPENING = re.compile(r"^\W*(?:bonjour|bonsoir|cher|chere|hello|madame|monsieur)(?:\s+[\w'-]+){1,3}\s*,")
