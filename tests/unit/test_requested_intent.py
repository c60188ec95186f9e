"""Requests made in so many words (``assistant.coaching.intents.requested_intent``)."""

import pytest

from assistant.coaching.intents import requested_intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Bonsoir, je suis aide-soignante et j'aimerais définir un objectif avant de contacter quelqu'un",
            "clarify_goal",
        ),
        ("je voudrais ajouter un autre objectif svp", "clarify_goal"),
        ("aidez-moi a formuler mon objectif", "clarify_goal"),
        ("ok du coup on peut rédiger le message pour Mme Dubois ?", "draft_outreach"),
        ("je prefere qu'on ecrive un mail a partir de rien", "draft_outreach"),
        ("J'ai besoin de préparer mon rendez-vous de jeudi avec Marc", "prepare_meeting"),
        ("je veux remercier ma mentore pour hier", "thank_you_note"),
        ("Concrètement, qu'est-ce que tu peux faire ?", "help"),
        ("vous servez à quoi au juste", "help"),
        ("super, merci et à bientôt", "goodbye"),
        ("c'est noté, au revoir !", "goodbye"),
        ("bon, supprimez toutes mes données", "erase_data"),
        ("efface tout stp", "erase_data"),
        ("rajoute-en une sur sa facon de deleguer", "edit_questions"),
        ("Pouvez-vous enlever la question 4 ?", "edit_questions"),
        ("Sur l'objectif 3, mettez plutôt la mesure : 5 candidatures envoyées", "edit_goal"),
        ("tu peux me redonner mes objectifs ?", "list_goals"),
        ("le 3 est atteint !!", "mark_goal_reached"),
        ("jvoudrais ecrire a Sophie Marchand", "draft_outreach"),
        ("non, la mesure : 4 prototypes testés", "correct_goal_field"),
        ("marque l'objectif excel comme atteint", "mark_goal_reached"),
        ("supprimez mon objectif 2, il est atteint de toute façon", "delete_goal"),  # the deletion asked first
        ("retire l objectif 1 stp", "delete_goal"),
        ("L'objectif.", "correct_goal_field"),  # answering « Que voulez-vous corriger ? »
        ("Pourriez-vous me rappeler le dernier brouillon ?", "list_drafts"),
        ("je voudrais revoir ma préparation pour jeudi", "show_preparation"),
        ("re ! c'est encore moi", "greet"),
        ("bonsoir, dsl j'etais absent", "greet"),
        ("Bonjour, me revoilà", "greet"),
        ("j'ai rien écrit encore, vous pouvez l'écrire avec moi ?", "draft_outreach"),
        ("bon allez, écris à Sandrine Petit du coup", "draft_outreach"),  # eleventh panel: read as a goodbye
    ],
)
def test_a_request_in_so_many_words_is_that_request(text, intent):
    assert requested_intent(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "Pourquoi faudrait-il définir ses objectifs avant de chercher un mentor ?",  # a question about the task
        "j'ai écrit un message à mon ancien chef, tu peux le relire ?",  # a message already written: a review
        "je voudrais télécharger ma préparation de rendez-vous",  # the noun, not the verb: an export
        "salut",  # a greeting, not a farewell
        "tu passes une bonne journée ?",  # small talk
        "supprime tout mes brouillons",  # drafts, not every piece of data
        "Je souhaiterais supprimer définitivement mon objectif 3",  # « définitivement » is not « définir »
        "je veux devenir responsable d'équipe d'ici un an",  # a goal, not a request
        "pourquoi revoir ses objectifs chaque mois ?",  # a question for the knowledge base
        "atteint quand 4 clients auront signé",  # a measure, in the goal form
        "Bonjour, je suis Inès, désolée du retard : je suis juriste depuis six ans dans une banque",  # an introduction
        "je veux arrêter de reporter mes candidatures",  # a goal about a habit
        "Bonjour Madame Roche,\nJe vous remercie pour votre temps et je souhaite vous écrire un message.\nCordialement",
    ],
)
def test_what_is_not_a_request_is_left_to_the_classifier(text):
    assert requested_intent(text) is None


def test_stopping_a_habit_is_not_stopping_the_task():
    from assistant.coaching.instructions import instructed_intent, stops_a_habit

    assert stops_a_habit("qu'il faut que j'arrête de tout contrôler et que je délègue")
    assert instructed_intent("je veux arrêter la préparation") == "stop"
    assert not stops_a_habit("je veux arrêter la préparation") and not stops_a_habit("on arrête là")
    assert instructed_intent("je veux arrêter de procrastiner") is None


@pytest.mark.parametrize("text", ["?", "hein ??", "quoi ?", "euh…", "comment ?"])
def test_a_lost_mentee_gets_the_help(text):
    assert requested_intent(text) == "help"


def test_a_question_is_not_being_lost():
    assert requested_intent("comment ? je trouve un mentor où ?") is None


def test_a_day_alone_is_an_answer_not_a_stop():
    from assistant.coaching.instructions import instructed_intent, reads_as_a_date

    assert reads_as_a_date("ce matin même") and reads_as_a_date("le 3 mars") and reads_as_a_date("hier")
    assert not reads_as_a_date("stop") and not reads_as_a_date("laisse tomber") and not reads_as_a_date("non")
    assert instructed_intent("ce matin même") is None


def test_letting_a_detail_go_is_not_stopping_the_task():
    # the fourth panel's goal was cancelled, every answer lost, by « laisse tomber l'orthographe » and its answer
    from assistant.coaching.instructions import instructed_intent, stops_a_habit

    said = "ok laisse tomber les accents : travailler dans le son pour le cinéma d'ici 2028"
    assert stops_a_habit(said) and instructed_intent(said) is None
    assert instructed_intent("bon, laisse tomber") == "stop" and not stops_a_habit("laisse tomber l'objectif")


def test_putting_off_after_a_turn_stops_and_sms_cancel_too():
    from assistant.coaching.instructions import instructed_intent

    assert instructed_intent("bon, je ferai la suite une autre fois") == "stop"
    assert instructed_intent("jannule tout") == "stop"
    # « plus tard » inside an answer is no request to stop.
    assert instructed_intent("je veux devenir DAF plus tard, dans un grand groupe") is None


def test_declining_one_question_is_not_stopping_the_task_nor_an_answer():
    # the fifth panel's goal was cancelled by « laisse tomber le pourquoi », and « pas envie de répondre » was saved
    from assistant.coaching.form_remarks import form_remark
    from assistant.coaching.instructions import instructed_intent, stops_a_habit

    for said in ("bof, laisse tomber la raison, elle est évidente", "j'ai pas envie de répondre à ça", "je passe !"):
        assert form_remark(said) == "declines", said
    assert stops_a_habit("laisse tomber cette question") and instructed_intent("laisse tomber cette question") is None
    for answer in ("je passe le CACES en avril", "pour ne plus subir les décisions des autres", "aucune idée"):
        assert form_remark(answer) is None, answer


def test_dropping_one_answer_for_another_is_no_stop():
    # sixth panel: « laisse tomber la visio, un appel plutôt » cancelled the form and every answer
    from assistant.coaching.instructions import instructed_intent, stops_a_habit
    from assistant.common.french import without_reminder
    from assistant.goals import smart

    for said in ("laisse tomber le café, une visio de 20 min plutôt", "laisse tomber le master, disons un BTS"):
        assert instructed_intent(said) is None and stops_a_habit(said), said
    for stop in ("laisse tomber", "bon laisse tomber, on verra", "laisse tomber l'objectif, je reviendrai"):
        assert instructed_intent(stop) == "stop", stop
    assert without_reminder("en fait non, 4 candidatures envoyées") == "4 candidatures envoyées"
    assert smart.check_measure("laisse tomber le diplôme, disons 3 stages validés").value == "3 stages validés"


def test_a_long_message_asks_for_the_task_its_last_sentence_wishes_for():
    # fourteenth panel: a hundred-word introduction ending on the wish to prepare the meeting got the menu
    intro = (
        "Bonjour ! Je suis technicien de maintenance depuis neuf ans dans une usine de Valence, et je me forme le "
        "soir pour devenir automaticien, avec un titre professionnel visé pour l'an prochain. L'association de mon "
        "bassin d'emploi m'a présenté un mentor, ingénieur automatisme dans une entreprise de la région, qui a "
        "accepté de m'accompagner pendant un an. "
    )
    assert requested_intent(intro + "On se voit vendredi et j'aimerais le préparer sérieusement.") == "prepare_meeting"
    assert requested_intent(intro + "J'aimerais d'abord clarifier mon objectif.") == "clarify_goal"
    assert requested_intent(intro + "On se voit vendredi au café.") is None  # no wish: the menu asks what to do
    assert requested_intent(intro + "Pourquoi faudrait-il préparer la rencontre ?") is None  # a question


def test_a_long_letter_pasted_is_not_read_as_the_wish_its_last_sentence_says():
    letter = (
        "Bonjour Madame Roy, je suis technicien de maintenance depuis neuf ans et je me forme le soir pour devenir "
        "automaticien. Votre parcours, de la maintenance à la direction d'un bureau d'études, m'inspire beaucoup, et "
        "j'aimerais vous poser quelques questions sur les formations qui vous ont servi, sur les premières années "
        "après une reconversion et sur la façon de se faire une place dans un bureau d'études. Je voudrais vous "
        "remercier par avance pour votre temps."
    )
    assert requested_intent(letter) is None


def test_the_draft_asked_in_another_channel_is_a_revision_not_a_review():
    # sixteenth panel: « adapter ce message en note d'invitation » opened the review of a pasted message, and the
    # next request (« transformez votre brouillon en note d'invitation LinkedIn ») was itself scored 2/8
    assert requested_intent("Vous pouvez adapter ce message en note d'invitation ?") == "revise_draft"
    assert requested_intent("je voudrais que vous transformiez le brouillon en InMail") == "revise_draft"
    assert requested_intent("Je reprends mon brouillon pour Paul et je voudrais l'adapter en mail.") == "revise_draft"
    assert requested_intent("pourquoi adapter son message en note ?") != "revise_draft"


def test_doing_the_goal_now_asks_for_the_goal_form():
    # sixteenth panel: « bof... bon ok. on fait l objectif alors » got « Vouliez-vous dire … ? »
    assert requested_intent("bon ok, on fait l'objectif alors") == "clarify_goal"
    assert requested_intent("allez, faisons mon objectif") == "clarify_goal"
    assert requested_intent("on fait le point sur mon objectif ?") != "clarify_goal"


def test_what_is_saved_asked_for_alone_or_with_montrez_moi():
    # sixteenth panel: « Montrez-moi juste mes actions restantes. » then « mes actions » in the review of a message
    # were asked to be pasted again (« Collez ici le message … »)
    assert requested_intent("Montrez-moi juste mes actions restantes.") == "list_actions"
    assert requested_intent("mes actions") == "list_actions"
    assert requested_intent("mes objectifs svp") == "list_goals"
    assert requested_intent("mes actions avec Paul sont faites") is None


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # eighteenth panel: « Annuler. Ce n'est pas un objectif, … » became the goal; « finaliser mon courriel » a goal
        ("Annuler. Ce n'est pas un objectif, je parle du brouillon déjà rédigé.", "stop"),
        ("Annuler. Je voudrais préparer ma rencontre", "prepare_meeting"),
        ("Non merci, cela suffira. Je voudrais finaliser mon courriel à Mme Garnier.", "finalize_draft"),
        ("je valide le brouillon", "finalize_draft"),
        ("comment finaliser mon message ?", None),
    ],
)
def test_cancel_first_and_finalise_in_words(said, intent):
    assert requested_intent(said) == intent


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # eighteenth panel: « … c'est le 19 ! Annuler. » went on with the debrief; a greeting wanted between quotes
        # (« Je préférerais « Bonjour Monsieur Lefèvre » ») got the first greeting and the menu
        ("Mais non, la rencontre n'a pas encore eu lieu, c'est le 19 ! Annuler.", "stop"),
        ("« Bonjour Bernard » me gêne un peu. Je préférerais « Bonjour Monsieur Lefèvre ».", "revise_draft"),
    ],
)
def test_cancel_last_and_a_greeting_preferred(said, intent):
    assert requested_intent(said) == intent


@pytest.mark.parametrize(
    "said",
    [
        # eighteenth panel: a meeting agreed, then « aide moi a preparer », got « Répondez vite pour fixer le jour »
        "bon thomas a repondu il est chaud pr un call jeudi 18h30 sur discord, aide moi a preparer",
        "il m a répondu oui, je vais à son atelier samedi 19 décembre à 10 h. Vous pouvez m aider à préparer ?",
    ],
)
def test_a_meeting_said_then_help_to_prepare_it(said):
    assert requested_intent(said) == "prepare_meeting"


def test_a_sentence_quoted_then_removed_is_a_revision_not_a_keep():
    # nineteenth panel: « La phrase « Mon repère : … » fait super robot, vire-la carrément » kept the draft as final
    from assistant.coaching.text_edits import read_edit

    said = "La phrase « Mon repère : l'indicateur... » fait super robot, vire-la carrément"
    assert requested_intent(said) == "revise_draft"
    assert read_edit(said).old.startswith("Mon repère") and read_edit(said).new == ""


def test_words_taken_out_of_a_goal_asked_as_a_question():
    # nineteenth panel: « Et l'objectif, tu peux enlever « Je viens de le dire : » au début ? » became the goal
    from assistant.goals.answers import read_typed_change
    from assistant.goals.corrections import edited_answer

    said = "Et l'objectif, tu peux enlever « Je viens de le dire : » au début ?"
    assert read_typed_change(said) is None
    change = edited_answer(said, {"goal_statement": "Je viens de le dire : devenir product designer"})
    assert (change.field, change.value) == ("goal_statement", "devenir product designer")


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # nineteenth panel: « … décaler la date… plutôt juin 2028 » became a new goal « décaler la date »
        ("en fait je voudrais décaler la date... plutôt pour la fin de ma L2, donc juin 2028", "edit_goal"),
        ("on peut décaler la date du rdv ?", None),
    ],
)
def test_a_deadline_moved_is_an_edit_not_a_goal(said, intent):
    from assistant.goals.stated import goal_in_words

    assert requested_intent(said) == intent
    assert goal_in_words(said) is None
