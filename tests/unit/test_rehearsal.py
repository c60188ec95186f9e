"""Rehearsal: the mentor's possible replies, the coach's prompt, and the review of the mentee's answer."""

import re
from dataclasses import replace
from datetime import date

import pytest

from assistant.coaching.text import words
from assistant.common.mentor import Mentor
from assistant.practice.rehearsal import (
    MAX_REPLY_CHARS,
    SCENARIOS,
    RehearsalContext,
    ReplyFeedback,
    coach_prompt,
    feedback_text,
    follow_up_message,
    guess_scenario,
    mentor_reply,
    review_reply,
)

GOAL = "décrocher un premier poste de data analyst d'ici juin 2026"
VOUS = RehearsalContext(Mentor("Claire Martin", "directrice data"), "Léa", GOAL, "coffee", 20, "vous")
TU = RehearsalContext(Mentor("Claire Martin", "directrice data"), "Léa", GOAL, "video", 30, "tu")
ANONYMOUS = RehearsalContext(Mentor("", "une développeuse senior"))

TU_WORDS = {"tu", "te", "toi", "ton", "ta", "tes"}
VOUS_WORDS = {"vous", "votre", "vos"}


def tu_words(text: str) -> set[str]:
    return {w for w in words(text) if w in TU_WORDS or w.startswith("t'")}


def vous_words(text: str) -> set[str]:
    return {w for w in words(text) if w in VOUS_WORDS}


def assert_clean_output(text: str) -> None:
    assert text and "{{" not in text and "{%" not in text and "None" not in text
    assert "\n\n" not in text and all(line.strip() for line in text.splitlines())


def feedback(scenario: str, text: str, ctx: RehearsalContext = VOUS) -> ReplyFeedback:
    parsed = review_reply(scenario, text, ctx)
    assert parsed.ok, parsed.problem
    return parsed.value


# --- the mentor's reply ----------------------------------------------------------------------------


def test_each_scenario_gives_a_different_reply():
    replies = {scenario: mentor_reply(scenario, VOUS) for scenario in SCENARIOS}
    assert len(set(replies.values())) == 4
    assert list(SCENARIOS) == ["accepts", "asks_detail", "declines", "silence"]


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("ctx", [VOUS, TU], ids=["vous", "tu"])
def test_reply_uses_the_mentors_name_and_the_goal(scenario, ctx):
    reply = mentor_reply(scenario, ctx)
    assert "Claire" in reply and "«" not in reply  # the goal is said in a sentence, never quoted
    assert (GOAL not in reply) if scenario == "silence" else (GOAL in reply)  # the narration names the mentor only
    assert_clean_output(reply)


@pytest.mark.parametrize("scenario", ["accepts", "asks_detail", "declines"])
def test_messages_are_signed_with_the_first_name(scenario):
    reply = mentor_reply(scenario, VOUS)
    assert reply.startswith("Bonjour Léa,") and reply.splitlines()[-1] == "Claire"


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_reply_respects_the_tone_of_the_draft(scenario):
    assert not tu_words(mentor_reply(scenario, VOUS))
    assert not vous_words(mentor_reply(scenario, TU))


def test_accepts_proposes_a_relative_slot_with_the_ask():
    reply = mentor_reply("accepts", VOUS)
    assert "jeudi prochain à 18h" in reply and "un café de 20 minutes" in reply
    assert not re.search(r"\d{1,2}/\d{1,2}|\b20\d\d\b", reply.replace(GOAL, ""))
    video = mentor_reply("accepts", TU)
    assert "visio de 30 minutes" in video and "lien" in video


def test_a_call_is_proposed_with_a_spaced_colon_and_prepared_not_come_to():
    call = replace(VOUS, ask="call")
    assert "lundi prochain à 17h30 : envoyez-moi le numéro" in mentor_reply("accepts", call)  # the panel saw « 17h30: »
    model = feedback("accepts", "Merci ! Lundi 17h30, c'est noté.", call).suggested
    assert "je préparerai trois questions" in model and "viendrai" not in model
    assert "je viendrai avec trois questions" in feedback("accepts", "Merci !", VOUS).suggested  # a café


def test_asks_detail_asks_one_or_two_questions():
    reply = mentor_reply("asks_detail", VOUS)
    assert 1 <= reply.count("?") <= 2 and f"comprendre votre projet de {GOAL} :" in reply


def test_declines_is_polite_and_keeps_the_door_open():
    reply = mentor_reply("declines", VOUS)
    assert "Merci" in reply and "temps" in reply and "quelques mois" in reply


def test_silence_is_a_narration_line():
    reply = mentor_reply("silence", VOUS)
    assert reply.startswith("Une semaine a passé") and "pas de réponse" in reply
    assert "\n" not in reply and "Bonjour" not in reply


def test_without_names_nothing_is_left_empty():
    for scenario in SCENARIOS:
        reply = mentor_reply(scenario, ANONYMOUS)
        assert_clean_output(reply)
        assert "Bonjour," in reply or scenario == "silence"
        assert " ," not in reply and "« »" not in reply


def test_unknown_scenario_is_an_error():
    with pytest.raises(ValueError):
        mentor_reply("ghosting", VOUS)
    with pytest.raises(ValueError):
        review_reply("ghosting", "Merci", VOUS)


# --- the coach -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "advice"),
    [
        ("accepts", "confirmer le créneau"),
        ("asks_detail", "précisément"),
        ("declines", "porte ouverte"),
        ("silence", "sans reproche"),
    ],
)
def test_coach_prompt_gives_the_point_and_invites_a_reply(scenario, advice):
    for ctx in (VOUS, TU):
        prompt = coach_prompt(scenario, ctx)
        assert advice in prompt and "À vous : écrivez" in prompt
        assert not tu_words(prompt)  # the coach always says « vous » to the mentee
        assert_clean_output(prompt)
    assert "en tutoyant" in coach_prompt(scenario, TU) and "en vouvoyant" in coach_prompt(scenario, VOUS)


# --- the review of the mentee's reply ---------------------------------------------------------------

REPLIES = {
    "accepts": (
        "Bonjour Claire,\nMerci beaucoup ! Jeudi à 18h, c'est noté. Je viendrai avec mes questions sur la "
        "préparation des entretiens.\nÀ bientôt,\nLéa",
        "Ok super, j'ai hâte de vous rencontrer et de vous raconter toute ma vie professionnelle depuis le lycée. " * 8,
    ),
    "asks_detail": (
        "Bonjour Claire,\nMerci pour vos questions. Aujourd'hui je termine mon master et j'ai déjà fait un stage en "
        "BI. Mon objectif : un poste de data analyst d'ici juin, avec 3 projets dans mon portfolio.\nBien à vous,\nLéa",
        "Euh je sais pas trop, je voudrais juste progresser en général, voilà.",
    ),
    "declines": (
        "Bonjour Claire,\nMerci beaucoup pour votre réponse, je comprends tout à fait. Je me permettrai de revenir "
        "vers vous dans quelques mois, et si vous connaissez quelqu'un qui pourrait m'aider, je suis preneuse.\n"
        "Belle journée,\nLéa",
        "Dommage, vraiment pas 10 minutes ? Je pensais que vous aidiez les jeunes.",
    ),
    "silence": (
        "Bonjour Claire,\nJe me permets de revenir vers vous au sujet de mon message de la semaine dernière. Un appel "
        "de 15 minutes, quand cela vous arrange, m'aiderait beaucoup.\nMerci d'avance,\nLéa",
        "Vous n'avez toujours pas répondu à mon message, c'est dommage.",
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_review_tells_a_good_reply_from_a_poor_one(scenario):
    good_text, poor_text = REPLIES[scenario]
    good, poor = feedback(scenario, good_text), feedback(scenario, poor_text)
    assert good.total == poor.total == 4
    assert good.score == good.total and not good.to_change
    assert poor.score <= poor.total // 2 and poor.to_change
    assert good.scenario == scenario and good.suggested == poor.suggested


PAD = " J'ai vraiment hâte." * 40
#: (scenario, check, how to break only that check in the good reply, words of the comment that says so)
BREAKS = [
    ("accepts", "thanks", ("Merci beaucoup ! ", "Super ! "), "merci"),
    ("accepts", "confirms", ("Jeudi à 18h, c'est noté. ", ""), "créneau"),
    (
        "accepts",
        "prepares",
        ("Je viendrai avec mes questions sur la préparation des entretiens.", "J'ai hâte de vous rencontrer."),
        "préparer",
    ),
    ("accepts", "brief", ("entretiens.", "entretiens." + PAD), "trop long"),
    (
        "asks_detail",
        "concrete_goal",
        ("d'ici juin, avec 3 projets dans mon portfolio", "dans la santé"),
        "objectif concret",
    ),
    (
        "asks_detail",
        "situation",
        ("Aujourd'hui je termine mon master et j'ai déjà fait un stage en BI. ", ""),
        "où vous en êtes",
    ),
    ("asks_detail", "brief", ("portfolio.", "portfolio." + PAD), "trop long"),
    ("asks_detail", "thanks", ("Merci pour vos questions.", "Bonne question."), "merci"),
    ("declines", "thanks", ("Merci beaucoup pour votre réponse,", "Bien reçu,"), "merci"),
    ("declines", "understanding", ("je comprends tout à fait", "c'est noté"), "comprenez"),
    ("declines", "no_pressure", ("preneuse.", "preneuse. Dommage tout de même."), "insister"),
    (
        "declines",
        "door_open",
        (
            "Je me permettrai de revenir vers vous dans quelques mois, et si vous connaissez "
            "quelqu'un qui pourrait m'aider, je suis preneuse.",
            "Bonne continuation à vous.",
        ),
        "porte ouverte",
    ),
    ("silence", "brief", ("beaucoup.", "beaucoup." + PAD), "trop long"),
    (
        "silence",
        "reminder",
        (
            "Je me permets de revenir vers vous au sujet de mon message de la semaine dernière.",
            "J'espère que vous allez bien.",
        ),
        "Rappelez",
    ),
    (
        "silence",
        "no_reproach",
        ("Bonjour Claire,\n", "Bonjour Claire,\nToujours pas de réponse de votre part. "),
        "reproche",
    ),
    (
        "silence",
        "easy_ask",
        (
            "Un appel de 15 minutes, quand cela vous arrange, m'aiderait beaucoup.",
            "Vos conseils m'aideraient beaucoup.",
        ),
        "demande facile",
    ),
]


@pytest.mark.parametrize(
    ("scenario", "key", "change", "comment"), BREAKS, ids=[f"{scenario}-{key}" for scenario, key, _, _ in BREAKS]
)
def test_each_reply_check_can_fail_on_its_own(scenario, key, change, comment):
    good = REPLIES[scenario][0]
    assert change[0] in good
    result = feedback(scenario, good.replace(*change))
    assert result.score == result.total - 1
    assert comment in result.to_change[0]


def test_every_check_of_every_scenario_is_broken_once():
    broken = {(scenario, key) for scenario, key, _, _ in BREAKS}
    assert len(broken) == len(BREAKS) == sum(feedback(s, REPLIES[s][0]).total for s in SCENARIOS)


@pytest.mark.parametrize(
    ("scenario", "text", "flag"),
    [
        ("declines", "Merci, je comprends. Dommage, je reviendrai plus tard.", "Dommage"),
        (
            "silence",
            "Bonjour, je me permets de revenir vers vous : toujours rien ? Un café de 20 minutes ? Merci",
            "toujours rien",
        ),
    ],
)
def test_the_flagged_words_are_quoted(scenario, text, flag):
    result = feedback(scenario, text)
    assert result.score == 3 and any(f"« {flag} »" in item for item in result.to_change)


def test_brevity_limits():
    long_follow_up = REPLIES["silence"][0].replace("Merci d'avance", "Merci d'avance " + "vraiment " * 40)
    assert any("trop long" in item for item in feedback("silence", long_follow_up).to_change)
    assert not any("trop long" in item for item in feedback("silence", REPLIES["silence"][0]).to_change)


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("ctx", [VOUS, TU], ids=["vous", "tu"])
def test_the_model_reply_passes_its_own_review_in_the_right_tone(scenario, ctx):
    suggested = feedback(scenario, "D'accord.", ctx).suggested
    model = feedback(scenario, suggested, ctx)
    assert model.score == model.total, model.to_change
    assert suggested.startswith("Bonjour Claire,") and suggested.splitlines()[-1] == "Léa"
    assert "décrocher un premier poste de data analyst" in suggested and "«" not in suggested
    if ctx.tone == "tu":
        assert not vous_words(suggested)
    else:
        assert not tu_words(suggested)
    assert_clean_output(suggested)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("  \n ", "empty"),
        (None, "empty"),
        ("Merci " * 400, "too_long"),
        ("Thank you so much for your answer, I would like to meet you next week", "foreign"),
    ],
)
def test_review_problems(text, problem):
    assert MAX_REPLY_CHARS == 2000
    assert review_reply("accepts", text, VOUS).problem == problem


def test_feedback_text():
    result = feedback("silence", REPLIES["silence"][1])
    text = feedback_text(result)
    assert text.splitlines()[0] == "Votre réponse : 2/4."
    assert "Ce qui fonctionne :\n• " in text and "À améliorer :\n• " in text
    assert text.endswith(result.suggested) and "Une réponse possible :" in text
    assert_clean_output(text)
    perfect = feedback_text(feedback("accepts", REPLIES["accepts"][0]))
    assert "4/4" in perfect and "À améliorer" not in perfect and "telle quelle" in perfect
    assert_clean_output(perfect)


def test_follow_up_message():
    message = follow_up_message(VOUS)
    assert message.startswith("Bonjour Claire,") and "semaine dernière" in message and GOAL in message
    assert len(message) < 500 and "20 minutes" in message
    assert feedback("silence", message).score == 4
    long_goal = RehearsalContext(Mentor("Claire Martin"), "Léa", "apprendre " * 30)
    assert "apprendre" not in follow_up_message(long_goal) and len(follow_up_message(long_goal)) < 500
    assert_clean_output(follow_up_message(ANONYMOUS))


def test_user_text_stays_literal():
    ctx = RehearsalContext(Mentor("Claire Martin"), "Léa", "devenir {{ 7*7 }} <b>lead</b>")
    for scenario in ("accepts", "asks_detail", "declines"):
        reply = mentor_reply(scenario, ctx)
        assert "devenir {{ 7*7 }} <b>lead</b>" in reply and "49" not in reply
    assert "{{ 7*7 }}" in feedback("declines", "Merci {{ 7*7 }}", ctx).suggested


@pytest.mark.parametrize(
    ("text", "scenario"),
    [
        ("et s'il dit non ?", "declines"),
        ("et si elle me dit qu'elle a pas le temps ?", "declines"),
        ("et si elle répond pas ?", "silence"),
        ("comment je relance si pas de réponse", "silence"),
        ("s'il accepte, je réponds quoi ?", "accepts"),
        ("et si il me demande ce que j'attends de lui ?", "asks_detail"),
        ("entraîne-moi", None),
    ],
)
def test_guess_scenario(text, scenario):
    assert guess_scenario(text) == scenario


def test_rehearsed_replies_use_what_is_known_and_no_placeholder():
    known = RehearsalContext(
        Mentor("Hélène Garnier", "directrice financière"),
        "Karim",
        "devenir DAF dans un groupe industriel",
        "coffee",
        20,
        "vous",
        gender="f",
        intro="Karim, responsable comptable a lyon",
        measure="obtenir le DSCG",
        deadline=date(2028, 6, 30),
    )
    model = feedback("asks_detail", "D'accord.", known).suggested
    assert "Mon objectif est de devenir DAF dans un groupe industriel." in model
    assert "Concrètement, je veux obtenir le DSCG d'ici le 30 juin 2028." in model
    assert "Aujourd'hui, je suis responsable comptable à Lyon." in model and "[" not in model
    assert "Remerciez-la chaleureusement" in coach_prompt("declines", known)
    assert "Remerciez chaleureusement" in coach_prompt("declines", replace(known, gender=""))
    unnamed = coach_prompt("accepts", ANONYMOUS)
    assert unnamed.startswith("Votre mentor accepte") or unnamed[:1].isupper()


def test_a_goal_with_misspellings_is_not_quoted():
    sloppy = replace(VOUS, goal="devenir chef de proget lol")
    for scenario in SCENARIOS:
        for text in (mentor_reply(scenario, sloppy), feedback(scenario, "D'accord.", sloppy).suggested):
            assert "proget" not in text and "lol" not in text
