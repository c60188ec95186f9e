"""What the blind relationship conversations taught, in our own words: how a goal, a day, a request, a remark made
inside a form, an action item said done and a candidate's unknown are read.

The blind sentences themselves stay in ``tests/blind``; these are paraphrases written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checkin.answers import read_expectations, read_feedback, read_rhythm, read_trust
from assistant.checkin.coach import next_step
from assistant.checkin.model import Signals
from assistant.coaching.asides import leaves_for_task, switch_asked
from assistant.coaching.form_remarks import form_remark
from assistant.coaching.instructions import instructed_intent
from assistant.coaching.intents import reached_in_doubt, requested_intent
from assistant.coaching.requests import english_request
from assistant.coaching.review_request import review_asked
from assistant.coaching.text import pointed_number
from assistant.coaching.yes_no import typed_yes_no
from assistant.common.dates import parse_deadline
from assistant.common.french import words_within
from assistant.common.mentor import parse_mentor, person_name
from assistant.common.past_dates import parse_past_date
from assistant.common.spelling import is_slip
from assistant.goals.answers import goal_named
from assistant.goals.model import GoalFields, GoalRecord
from assistant.journal.answers import done_action
from assistant.journal.model import ActionRecord
from assistant.outreach.replies import asks_next_step
from assistant.shortlist.answers import level_of, parse_candidates, says_unknown


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Le troisième, sur la prise de parole.", 3),
        ("le premier, celui du master", 1),
        ("oups non, plutôt le 1", 1),
        ("l'objectif 2 je crois", 2),
        ("n°3 svp", 3),
        ("la 2", 2),
    ],
)
def test_a_goal_is_pointed_at_with_words_around_its_number(text: str, number: int) -> None:
    assert pointed_number(text) == number


@pytest.mark.parametrize(
    "text",
    ["j'ai passé 3 entretiens", "80 %", "deux sur quatre", "le " + "mot " * 20 + "2", "aucun des deux"],
)
def test_a_measure_or_a_long_message_points_at_no_goal(text: str) -> None:
    assert pointed_number(text) is None


def goals(*statements: str) -> list[GoalRecord]:
    fields = [GoalFields("carriere", s, "fait", date(2027, 6, 30), "envie", "informel") for s in statements]
    return [GoalRecord(i + 1, i + 1, f, "active", "", "") for i, f in enumerate(fields)]


def test_one_telling_word_names_the_only_goal_that_has_it() -> None:
    records = goals("Réussir le TOEIC avant l'été", "Prendre la parole en réunion")
    assert goal_named(records, "le TOEIC") is records[0]
    assert goal_named(records, "celui de la réunion") is records[1]
    # a word both goals share names neither
    assert goal_named(goals("Réussir le TOEIC", "Réussir mon oral"), "réussir") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("friday, the 4th", date(2026, 12, 4)),
        ("yesterday", date(2026, 12, 5)),
        ("le 2 pardon", date(2026, 12, 2)),
        ("le 3, je voulais dire", date(2026, 12, 3)),
    ],
)
def test_a_day_said_in_english_or_corrected_is_read(text: str, expected: date) -> None:
    assert parse_past_date(text, today=date(2026, 12, 6)).value == expected


def test_a_day_that_does_not_exist_is_still_refused() -> None:
    assert parse_past_date("le 38 pardon", today=date(2026, 12, 6)).problem == "unparseable"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Cela fait six mois que je vois Hélène et j'aimerais bien qu'on fasse le point sur notre relation, "
            "ce qui marche et ce qui coince, avant la prochaine séance.",
            "relationship_checkin",
        ),
        ("on pourrait faire un petit bilan de mon mentorat ?", "relationship_checkin"),
        ("je veux comparer mes deux mentors potentiels", "shortlist_mentors"),
        ("j'hésite entre trois profils de mentors", "shortlist_mentors"),
        ("bonne nouvelle, j'ai bien avancé sur mon objectif", "report_progress"),
        ("ça marche, je reviendrai", "goodbye"),
        ("tu peux m'afficher ma progression ?", "show_progress"),
        ("allez on ecrit a sonia", "draft_outreach"),  # fourteenth panel: « vas-y on ecrit a claire »
    ],
)
def test_requests_said_without_a_wish_word_are_read(text: str, intent: str) -> None:
    assert requested_intent(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "comment comparer deux mentors ?",
        "pourquoi faire le point sur sa relation de mentorat ?",
        "j'ai avancé sur mon message à Paul",
    ],
)
def test_questions_about_a_task_are_not_requests_for_it(text: str) -> None:
    assert requested_intent(text) not in ("shortlist_mentors", "relationship_checkin", "report_progress")


def test_leaving_a_form_for_later_is_a_stop() -> None:
    assert instructed_intent("euh en fait pas maintenant, je reviendrai") == "stop"
    assert instructed_intent("je ne veux pas arrêter maintenant") is None


def test_not_wanting_to_go_on_after_a_turning_word_is_a_stop_but_not_wanting_a_change_is_an_answer() -> None:
    assert instructed_intent("bon, plus vraiment envie de répondre à tout ça") == "stop"
    assert instructed_intent("non en vrai pas envie d'en parler ce soir") == "stop"
    assert instructed_intent("non, pas envie de changer de rythme") is None


def test_a_task_asked_in_english_is_recognised() -> None:
    assert english_request("Hello, I just had a mentoring session, can you help me log it?") == "debrief_meeting"
    assert english_request("I would like to set a clear goal") == "clarify_goal"
    # openings in English from the third panel, in our own words
    assert english_request("Hi, I'd like to change careers, can you help?") == "clarify_goal"
    assert english_request("thinking about a career switch into UX") == "clarify_goal"
    assert english_request("how do I reach out to a potential mentor?") == "draft_outreach"
    assert english_request("can you help me compare two mentors") == "shortlist_mentors"
    assert english_request("I love changing my desk setup") is None
    assert english_request("What is the weather like today?") is None


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("tu peux me tutoyer tu sais", "tu_to_me"),
        ("on se tutoie ?", "tu_to_me"),
        ("pfff c'est long", "complaint"),
        ("trop de questions là", "complaint"),
        ("je l'écris comment ? quel format ?", "how_to_answer"),
        # eleventh panel: « un indicateur, ça peut être quoi pour … ? » got « pas de réponse sûre »
        ("une échéance, ça peut être quoi dans mon cas ?", "how_to_answer"),
        ("45 minutes, mais on met combien en général ?", "how_to_answer"),
        ("c'est long à obtenir mais j'y travaille", None),
        ("mon mentor m'a donné trois conseils", None),
        ("comment je mets la date ?", "how_to_answer"),
        # fifteenth panel: « comment mettre fin à une relation de mentorat ? » got the menu; so did every
        # « comment » + écrire, noter, mettre, répondre asked about mentoring
        ("comment mettre fin à un mentorat ?", None),
        ("comment écrire à une mentore qu'on ne connaît pas ?", None),
        ("comment noter mes avancées ?", None),
        ("comment répondre à un mentor qui dit non ?", None),
    ],
)
def test_remarks_made_inside_a_form_are_told_apart(text: str, remark: str | None) -> None:
    assert form_remark(text) == remark


def items(*texts: str) -> list[ActionRecord]:
    return [ActionRecord(i + 1, t, None, "", "Julie", None) for i, t in enumerate(texts)]


def test_an_action_item_said_done_in_passing_is_found() -> None:
    open_items = items("envoyer mon portfolio à Julie", "lire le livre sur la négociation")
    assert done_action(open_items, "au fait le portfolio je l'ai envoyé à Julie hier") is open_items[0]
    assert done_action(open_items, "j'ai lu le livre sur la négociation, super") is open_items[1]


def test_a_first_message_sent_or_a_plan_is_no_action_done() -> None:
    open_items = items("envoyer mon portfolio à Julie")
    assert done_action(open_items, "j'ai envoyé mon message à Julie") is None  # the first message, noted elsewhere
    assert done_action(open_items, "je dois envoyer mon portfolio à Julie") is None  # not done yet
    assert done_action(open_items, "j'ai vu Julie") is None  # one shared word is not enough


def test_one_long_word_in_common_is_one_word_not_two() -> None:
    open_items = items("je commence le journal de chantier lundi")
    said = "j'ai mené la réception du chantier de Rezé en tant que cheffe de projet. Mon objectif est atteint !"
    assert done_action(open_items, said) is None
    assert done_action(open_items, "j'ai commencé le journal de chantier") is open_items[0]


def test_asking_what_to_do_about_a_silence() -> None:
    assert asks_next_step("toujours pas de réponse, je fais quoi ?")
    assert asks_next_step("faut le relancer ?")
    assert not asks_next_step("il ne m'a toujours pas répondu")


def test_a_short_dont_know_is_an_answer_to_a_criterion() -> None:
    assert says_unknown("jsp") and says_unknown("aucune idée honnêtement")
    assert not says_unknown("je ne sais pas s'il a le temps mais il a l'air très pris par son nouveau poste")


def test_candidates_named_again_keep_no_remark_as_a_role() -> None:
    parsed = parse_candidates("Julie Morel et Marc Petit, comme la dernière fois")
    assert [c.mentor.name for c in parsed.value] == ["Julie Morel", "Marc Petit"]
    assert all(c.mentor.role == "" for c in parsed.value)


def test_a_first_name_typed_in_lowercase_is_a_name() -> None:
    assert parse_mentor("julie, ma mentore").value.name == "Julie"
    assert parse_mentor("marc petit").value.name == "Marc Petit"
    assert parse_mentor("mon ancien chef").value.name == ""


def test_an_interjection_is_no_name() -> None:
    assert person_name("yo") == "" and person_name("wesh") == ""
    assert person_name("Julie") == "Julie"


# --- the second mentee panel (2026-12-06), in our own words -------------------------------------------------------


def test_a_full_date_with_a_remark_after_it_is_a_deadline() -> None:
    today = date(2026, 12, 6)
    assert parse_deadline("Avant le 15 avril 2027, idéalement.", today).value == date(2027, 4, 15)
    assert parse_deadline("le 2 mars 2027 comme je disais", today).value == date(2027, 3, 2)
    assert parse_deadline("le 30 février 2027, si possible", today).problem == "unparseable"


def test_a_short_word_or_a_word_of_the_trade_is_never_given_a_letter() -> None:
    assert not is_slip("pa", "spa") and not is_slip("board", "bobard")
    assert is_slip("developeur", "développeur")  # a long word missing a letter inside is a slip
    assert not is_slip("ouvoir", "pouvoir")  # never a first letter


def test_a_yes_that_asks_to_save_is_a_yes_with_its_remark() -> None:
    assert typed_yes_no("Oui, sauvegardez-le, tant pis pour la virgule. Merci beaucoup !") == "affirm"
    assert typed_yes_no("oui mais ne l'enregistrez pas encore") is None


def test_a_goal_asked_about_or_denied_is_not_reached() -> None:
    assert reached_in_doubt("Je suis à 9 sur 10, c'est quasiment atteint, non ?")
    assert reached_in_doubt("mon objectif n'est pas atteint")
    assert not reached_in_doubt("Objectif 1 atteint, enfin !")


def test_sms_wishes_and_plain_verbs_ask_for_a_goal() -> None:
    assert requested_intent("jveu créer un objectif stp") == "clarify_goal"
    assert requested_intent("je voudrais faire un bilan de mes objectifs") != "clarify_goal"


def test_a_conjunction_or_a_job_title_is_no_candidate_name() -> None:
    assert parse_mentor("Mais je les ai déjà donnés").value.name == ""
    assert parse_mentor("Head of Sales chez Qonto").value.name == ""


def test_a_request_to_mark_a_goal_reached_is_no_doubt_even_as_a_question() -> None:
    assert not reached_in_doubt("Pourriez-vous passer mon objectif 2 en terminé ?")
    assert typed_yes_no("valide la version 3") is None  # a choice of version, not a bare yes


def test_check_in_answers_in_sms_style_are_read() -> None:
    assert read_trust("ouai grave") == "yes"
    assert read_feedback("bof pa trop") == "none"
    assert read_expectations("nn pa vraiment") == "not"
    assert read_rhythm("tous les mois, un peu espacé à mon goût") == "rare"
    assert read_rhythm("chaque semaine, c'est assez rapproché") == "frequent"


def test_a_check_in_with_two_unclear_answers_is_not_called_on_track() -> None:
    two_unclear = Signals(rhythm="fine", expectations="unclear", feedback="both", trust="unclear", closing=False)
    assert next_step(two_unclear) == "review"
    one_unclear = Signals(rhythm="fine", expectations="met", feedback="both", trust="unclear", closing=False)
    assert next_step(one_unclear) == "next_goal"


def test_a_shortened_title_never_ends_on_an_elided_article_or_a_compound_preposition() -> None:
    assert words_within("prendre un poste d'acheteuse au sein d'une coopérative agricole bretonne", 50) == (
        "prendre un poste d'acheteuse"
    )
    assert not words_within("lancer mon activité afin de vivre de la photo de mariage", 30).endswith("afin")


@pytest.mark.parametrize(
    "text",
    [
        "en fait je voudrais d'abord écrire à mon mentor",
        "attends, note d'abord que j'ai fini mon CV",
        "tu peux plutôt m'aider à préparer la rencontre de mardi ?",
        "/prepare_meeting",
    ],
)
def test_asking_for_another_task_is_told_from_naming_it(text: str) -> None:
    assert switch_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "préparer mon entretien de jeudi avec elle",
        "Relire son livre et m'entraîner à présenter mon projet.",
        "écrire à Paul pour le remercier, et refaire mon CV",
        "noter mes dépenses chaque semaine",
    ],
)
def test_naming_a_task_in_an_answer_is_not_asking_for_it(text: str) -> None:
    assert not switch_asked(text)


def test_a_form_is_never_left_for_its_own_task_nor_for_a_pasted_message() -> None:
    asked = "en fait je voudrais noter une avancée"
    assert leaves_for_task("journal_form", "journal_actions", asked, "report_progress")
    assert not leaves_for_task("progress_form", "progress_helped", asked, "report_progress")
    pasted = "Bonjour Claire, je voudrais préparer avec vous une rencontre. Seriez-vous disponible jeudi ? Merci, Léa"
    assert not leaves_for_task("critique_form", "critique_text", pasted, "prepare_meeting")
    assert not leaves_for_task("journal_form", "journal_actions", asked, "inform")
    assert leaves_for_task("critique_form", "critique_text", "NON. Clarifier mon objectif.", "clarify_goal")
    # A reply to the rehearsed mentor that mentions writing to someone is still the reply (the CI's blind set).
    reply = "ah dommage mais je comprends, tu connaîtrais quelqu'un d'autre à qui je pourrais écrire ?"
    assert not leaves_for_task("rehearsal_form", "rehearsal_reply", reply, "draft_outreach")
    assert leaves_for_task("rehearsal_form", "rehearsal_reply", "en fait je voudrais écrire à Paul", "draft_outreach")


def test_a_mentee_telling_the_assistant_about_themselves_is_not_a_message_to_review() -> None:
    assert not review_asked("Salut. J'ai 5 min entre deux cours. Je veux un mentor pour devenir cheffe de projet.")
    assert review_asked("Bonjour Monsieur Petit, votre conférence m'a marqué. Auriez-vous 20 minutes ?")
    assert review_asked("tu peux relire mon message ?")
    # fifth panel: a mentee presenting herself and her mentor got « Votre message (note LinkedIn) : 3/8 »
    assert not review_asked("Bonjour ! J'ai déjà une mentore, Anne Roy. Je veux ouvrir un 2e garage.")
    assert not review_asked("Bonjour, mon mentor m'a conseillé de vous demander de l'aide pour suivre mes actions.")


def test_a_typed_change_followed_by_its_reason_is_still_a_change() -> None:
    assert (
        requested_intent("Mets l'échéance à fin mai 2027, ma formation finit en avril en fait.") == "correct_goal_field"
    )
    assert requested_intent("la mesure : 3 maquettes") == "correct_goal_field"


@pytest.mark.parametrize(
    ("answer", "level"),
    [
        ("Beaucoup : il dirige exactement le service que je vise, c'est un peu mon modèle.", "strong"),
        ("Moyennement, il voyage souvent pour son travail.", "medium"),
        ("Ce serait sa première fois comme mentore.", "weak"),
        ("Oui, mais rarement le soir.", "weak"),
        ("Oui, mais pas toutes les semaines.", "medium"),
    ],
)
def test_a_verdict_before_its_explanation_sets_the_criterion_level(answer: str, level: str) -> None:
    assert level_of(answer) == level


def test_candidates_after_an_opening_and_a_final_and_are_all_read() -> None:
    text = (
        "Alors : Jeanne Roux, cheffe de chantier chez Eiffage ; Marc Lenoir, conducteur de travaux ; "
        "et Sami Haddad, ingénieur"
    )
    parsed = parse_candidates(text)
    assert parsed.ok and [c.mentor.name for c in parsed.value] == ["Jeanne Roux", "Marc Lenoir", "Sami Haddad"]
