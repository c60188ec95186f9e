"""Regressions from the French review of 50 generated texts (issue #15, item 8; docs/review/2026-12-05-review.md).

One test per finding on texts 21 to 50, built from inputs like those that produced it; each asserts the fixed
behaviour, so the same clumsy French cannot come back for this mentee or any other.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.common.dates import format_date_fr
from assistant.common.mentor import Mentor
from assistant.common.phrasing import addressed, goal_phrase
from assistant.practice import rehearsal
from assistant.practice.thanks import ThankYou, thank_you_note

TODAY = date(2026, 12, 5)
GOALS = ("décrocher un premier poste de data analyst", "créer ma startup", "me lancer en freelance")


def _quoted(text: str) -> list[str]:
    return re.findall(r"«\s*([^»]+?)\s*»", text)


def _ctx(goal: str, tone: str = "vous", **extra: object) -> rehearsal.RehearsalContext:
    return rehearsal.RehearsalContext(Mentor("Hélène Garnier", "cadre de santé"), "Étienne", goal, tone=tone, **extra)  # type: ignore[arg-type]


def _model(scenario: str, ctx: rehearsal.RehearsalContext) -> str:
    parsed = rehearsal.review_reply(scenario, "D'accord, merci.", ctx)
    assert parsed.ok
    return str(parsed.value.suggested)


# --- T21, T29: the coach's prompts ----------------------------------------------------------------------


def test_t21_coach_prompt_does_not_assume_a_man():
    prompt = rehearsal.coach_prompt("accepts", _ctx(GOALS[0]))
    assert "bref" not in prompt and "brève" not in prompt and "Faites court" in prompt


def test_t29_the_follow_up_renews_the_mentees_own_request():
    prompt = rehearsal.coach_prompt("silence", _ctx(GOALS[0]))
    assert "une demande facile" not in prompt and "renouvelez votre demande" in prompt


# --- T23, T24, T28: the goal inside a model reply is a phrase of the sentence, never a quoted form field -------


@pytest.mark.parametrize("goal", GOALS)
@pytest.mark.parametrize("tone", ["vous", "tu"])
@pytest.mark.parametrize("scenario", ["accepts", "declines", "silence"])
def test_t23_t24_t28_the_goal_is_never_quoted_in_a_model_reply(goal, tone, scenario):
    reply = _model(scenario, _ctx(goal, tone))
    assert not _quoted(reply), reply
    assert "mon objectif (" not in reply and "mon objectif :" not in reply
    assert f"mon projet de {goal}" in reply, reply


def test_t23_the_declined_mentee_accepts_the_introduction_plainly():
    reply = _model("declines", _ctx(GOALS[0]))
    assert "ce serait précieux" not in reply and "j'accepte avec plaisir" in reply
    assert "quand j'aurai avancé sur mon projet de décrocher un premier poste de data analyst." in reply


@pytest.mark.parametrize(
    ("tone", "said"), [("vous", "au moment qui vous conviendra"), ("tu", "au moment qui te conviendra")]
)
def test_t28_a_future_moment_takes_the_future(tone, said):
    reply = _model("silence", _ctx(GOALS[0], tone))
    assert "arrange" not in reply and said in reply


def test_t28_the_check_of_a_follow_up_suggests_the_future_too():
    parsed = rehearsal.review_reply("silence", "Bonjour, je me permets de revenir vers vous.", _ctx(GOALS[0]))
    assert parsed.ok
    comments = " ".join(parsed.value.to_change)
    assert "arrange" not in comments


def test_the_mentor_says_the_goal_to_the_mentee_in_the_second_person():
    for tone, you in (
        ("vous", "votre projet de vous lancer en freelance"),
        ("tu", "ton projet de te lancer en freelance"),
    ):
        reply = rehearsal.mentor_reply("accepts", _ctx("me lancer en freelance", tone))
        assert you in reply and not _quoted(reply), reply
    assert addressed("créer ma startup avec mon associé", "tu") == "créer ta startup avec ton associé"
    assert addressed("m'installer à Lyon") == "vous installer à Lyon"


# --- T27: the rehearsed answer to « tell me more » -------------------------------------------------------


def test_t27_asks_detail_gives_the_deadline_and_refers_to_nothing_unsaid():
    ctx = _ctx("créer ma startup", "tu", intro="Étienne, ingénieur", deadline=date(2027, 6, 30))
    reply = _model("asks_detail", ctx)
    assert "ce point précis" not in reply
    assert "Mon objectif est de créer ma startup d'ici le 30 juin 2027." in reply
    assert "Aujourd'hui, je suis ingénieur." in reply
    assert re.search(r"m'aiderait à savoir par où commencer : pourrions-nous en parler pendant un café", reply)
    assert not _quoted(reply)


def test_t27_a_deadline_in_the_goal_is_kept_in_the_letter():
    reply = _model("asks_detail", _ctx("créer ma startup d'ici juin 2027", "vous"))
    assert "Mon objectif est de créer ma startup d'ici juin 2027." in reply
    assert goal_phrase("créer ma startup d'ici juin 2027").text == "créer ma startup"  # questions: no deadline


# --- T25: the thank-you note ------------------------------------------------------------------------------


def _note(**facts: object) -> str:
    base: dict[str, object] = {"mentor": Mentor("Marc Lefèvre", "dirigeant"), "mentee_first": "Olivier"}
    return thank_you_note(ThankYou(**{**base, **facts}), TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize("short", [True, False])
def test_t25_no_year_in_a_date_so_close(short):
    note = _note(met_on=date(2026, 12, 2), meeting_format="visio", next_meeting=date(2027, 2, 3), short=short)
    assert "2026" not in note and "2027" not in note
    assert "le 2 décembre en visio" in note and "le 3 février" in note
    assert format_date_fr(date(2028, 2, 3), TODAY) == "3 février 2028"  # far away: the year is said


@pytest.mark.parametrize(
    "notes", ["déléguer plus et suivre mes chiffres chaque semaine", "déléguer plus et de suivre mes chiffres"]
)
def test_t25_two_pieces_of_advice_are_not_one(notes):
    note = _note(met_on=date(2026, 12, 4), notes=notes, short=True)
    assert "celui de" not in note
    assert re.search(r"en particulier : déléguer plus et suivre mes chiffres", note), note


# --- T30: the export summary in the chat ------------------------------------------------------------------


def test_t30_export_summary_wording():
    from assistant.export_summary import export_summary

    document: dict[str, object] = {
        "created_at": "2026-11-20T09:00:00",
        "goals": [{"statement": "créer ma startup", "deadline": "2027-06-30", "status": "active"}],
        "outreach_practice": [{"kind": "critique", "score": 5, "total": 8}],
    }
    summary = export_summary(document)
    assert "garde sur vous" not in summary and summary.startswith("Voici ce que j'ai enregistré depuis le")
    assert "échéance : 30 juin 2027" in summary
    assert "1 relecture de message, score : 5/8." in summary and "meilleur" not in summary


# --- T31-T33, T38: the agenda and the question time -------------------------------------------------------


@pytest.mark.parametrize("minutes", range(10, 61))
@pytest.mark.parametrize("first", [True, False])
def test_t31_t33_questions_get_more_time_than_thanks(minutes, first):
    from assistant.meetings.agenda import build_agenda, question_minutes

    agenda = {item.title: item.minutes for item in build_agenda(minutes, first)}
    assert agenda["Remerciements"] <= 2
    assert question_minutes(minutes, first) > agenda["Remerciements"]
    assert question_minutes(minutes, first) in agenda.values()  # T38: one agenda part, the same minutes


# --- T34, T39, T43: the checklist --------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 3, 6, 10])
def test_t34_t43_checklist_prioritises_and_reads_in_parallel(count):
    from assistant.common.templating import render

    questions = [(i, object(), "") for i in range(1, count + 1)]
    text = render(
        "preparation_checklist.txt.j2",
        subject="x",
        measure="",
        mentor="Émilie Durand",
        organisation="",
        questions=questions,
        extra_questions=[(count + 1, object(), "")],
        format_key="visio",
    )
    assert "« la rencontre s'est passée »" not in text and "« la rencontre a eu lieu »" in text
    assert "Après : envoyez un message de remerciement" in text
    if count > 4:
        assert f"les {count} premières" not in text and "trois ou quatre" in text


# --- T35, T42, T44: goal texts ------------------------------------------------------------------------------


@pytest.mark.parametrize("goal", ["devenir présidente de mon association", "me lancer en freelance"])
def test_t35_t42_t44_a_goal_is_never_the_bare_object_of_a_verb(goal):
    from assistant.common.templating import message

    asked = message("ask_goal_measure", statement=goal)
    assert "atteint «" not in asked and f"atteint votre objectif, « {goal} » ?" in asked
    reached = message("goal_reached", number=1, statement=goal)
    assert f"est atteint : {goal}" not in reached and f"votre objectif n° 1, « {goal} », est atteint !" in reached
    corrected = message("goal_form_corrected", field="goal_measure", value="obtenir une mobilité à l'étranger")
    assert "grâce à «" not in corrected and "j'ai noté votre nouvel indicateur de réussite, « obtenir" in corrected


# --- T38: questions for a mentor without an employer ----------------------------------------------------------


@pytest.mark.parametrize("role", ["développeur freelance", "consultante indépendante", "graphiste free-lance"])
def test_t38_no_post_or_recruitment_question_for_a_freelance_mentor(role):
    from assistant.meetings.model import MeetingDetails
    from assistant.meetings.preparation import build_preparation
    from assistant.meetings.render import preparation_markdown

    details = MeetingDetails(
        Mentor("Benoît Girard", role), None, False, "visio", 60, True, "Me lancer en freelance", "carriere"
    )
    markdown = preparation_markdown(build_preparation(details))
    assert "votre poste" not in markdown and "recrutement" not in markdown, markdown
    assert f"pour devenir {role} ?" in markdown
    employee = MeetingDetails(
        Mentor("Claire Martin", "directrice data"), None, False, "visio", 60, True, "Devenir DAF", "carriere"
    )
    assert "arriver à votre poste de directrice data" in preparation_markdown(build_preparation(employee))


def test_t38_the_measure_question_is_a_sentence_not_a_pasted_field():
    from assistant.common.templating import TEMPLATES

    bank = (TEMPLATES / "question_bank.yml").read_text(encoding="utf-8")
    assert "j'ai prévu : «" not in bank and "je me suis fixé un indicateur : «" in bank


# --- T46, T47, T50: coach messages ---------------------------------------------------------------------------


def test_t46_t47_t50_coach_messages():
    from assistant.common.templating import message

    assert message("progress_value_too_long", example="2 sur 3").startswith("Résumez en quelques mots")
    assert message("ask_progress_blocked") == "Et y a-t-il quelque chose qui vous freine ?"
    for key in ("journal_mentor_no_name", "meeting_mentor_no_name"):
        assert "son prénom ou son rôle" in message(key) and "métier" not in message(key)
