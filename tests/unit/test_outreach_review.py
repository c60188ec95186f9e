"""Regression tests for the French editor's review of the outreach drafts (issue #15 item 8, texts 1 to 20).

Each test is built from a request like the one that produced the finding (see /work/review/french-review.md at
the time) and asserts the fixed behaviour on every channel, tu/vous, register and length, and on several
minute counts so that every wording variant (picked from a hash of the request) is reached.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import pytest

from assistant.coaching.text import fold
from assistant.common.mentor import Mentor
from assistant.outreach.compose import SHORTER, compose
from assistant.outreach.model import Draft, DraftStyle, OutreachRequest
from assistant.outreach.revise import read_revision
from assistant.outreach.wording import FAMILIAR_WORDS, plain

THEO = OutreachRequest(
    Mentor("Marc Petit", "graphiste freelance", ""),
    "article",
    "",
    "sa manière de trouver des clients sans prospection",
    "lancer mon activité de graphiste freelance",
    "Théo, graphiste salarié dans une agence",
    "call",
    first_name="Théo",
)
LEA = OutreachRequest(
    Mentor("Claire Martin", "directrice data", "Doctolib"),
    "event",
    "le salon VivaTech",
    "elle a monté une équipe data de zéro",
    "décrocher un poste de data analyst en startup",
    "Léa, étudiante en master data à Lyon",
    "coffee",
    availability="mardi ou jeudi soir",
    first_name="Léa",
)
INES = OutreachRequest(
    Mentor("Isabelle Mercier", "DRH", "Decathlon"),
    "recommendation",
    "Julie Bernard",
    "sa façon de gérer les équipes en croissance",
    "devenir responsable RH dans 3 ans",
    "Ines, chargée de recrutement depuis 2 ans",
    "video",
    minutes=30,
    first_name="Ines",
)
ALICE = OutreachRequest(
    Mentor("Nathalie Roux", "directrice des opérations", ""),
    "recommendation",
    "ma manager",
    "la façon dont elle anime ses réunions",
    "animer mes réunions d'équipe avec plus d'assurance",
    "Alice, cheffe d'équipe depuis six mois",
    "video",
    first_name="Alice",
)
EMMA = OutreachRequest(
    Mentor("Laure Vidal", "responsable marketing", "Back Market"),
    "article",
    "son interview",
    "ses campagnes c'est vraiment impressionnant",
    "devenir responsable marketing digital",
    "Emma, chargée de communication",
    "coffee",
    first_name="Emma",
)
NICOLAS = OutreachRequest(
    Mentor("Inès Haddad", "data scientist senior", ""),
    "linkedin",
    "",
    "ses posts sur le machine learning en production",
    "devenir data scientist",
    "Nicolas, analyste BI depuis 3 ans",
    "call",
    first_name="Nicolas",
)
JULIE = OutreachRequest(
    Mentor("Dr Amélie Roche", "médecin de santé publique", ""),
    "colleague",
    "",
    "ses recherches sur la prévention",
    "reprendre des études de santé publique",
    "Julie, infirmière depuis huit ans",
    "call",
    first_name="Julie",
)
YASMINE = OutreachRequest(
    Mentor("Aurélie Dubois", "head of product", "Alan"),
    "linkedin",
    "",
    "ses publications sur les équipes produit",
    "devenir product manager",
    "Yasmine, développeuse front reconvertie",
    "call",
    first_name="Yasmine",
)
MANON = OutreachRequest(
    Mentor("Catherine Durand", "experte-comptable", ""),
    "recommendation",
    "mon prof de DCG",
    "son parcours d'experte comptable",
    "obtenir le DSCG d'ici 2028",
    "Manon, assistante comptable en alternance",
    "coffee",
    first_name="Manon",
)
UGO = OutreachRequest(
    Mentor("Élodie Fabre", "chercheuse en IA", "Inria"),
    "article",
    "sa conférence sur les modèles de langage",
    "son parcours et sa façon de transmettre",
    "faire une thèse en intelligence artificielle",
    "Ugo, ingénieur en machine learning",
    "video",
    minutes=30,
    first_name="Ugo",
)
SARAH = OutreachRequest(
    Mentor("Guillaume Blanc", "directeur logistique", "Leroy Merlin"),
    "event",
    "",
    "son expérience de la logistique en grande distribution",
    "devenir responsable d'entrepôt",
    "Sarah, cheffe d'équipe logistique",
    "call",
    first_name="Sarah",
)
REQUESTS = (THEO, LEA, INES, ALICE, EMMA, NICOLAS, JULIE, YASMINE, MANON, UGO, SARAH)
CHANNELS = ("linkedin_note", "linkedin_message", "email")
REGISTERS = ("neutral", "formal", "warm")
#: Closings of the vous register (or of a thanks already said) that a tu draft must never end with.
VOUS_CLOSINGS = ("cordialement", "gratitude", "remerciements", "respectueusement", "salutations", "veuillez")


@cache
def all_drafts() -> tuple[tuple[OutreachRequest, Draft], ...]:
    """Every request × channel × tu/vous × register × short, with several minute counts (other variants)."""
    out = []
    for base in REQUESTS:
        for minutes in (15, 20, 30, 45):
            request = replace(base, minutes=minutes)
            for channel in CHANNELS:
                for tone in ("vous", "tu"):
                    for register in REGISTERS:
                        for short in (False, True):
                            style = DraftStyle(channel=channel, tone=tone, register=register, short=short)
                            out.append((request, compose(request, style)))
    return tuple(out)


def _closing(draft: Draft) -> str:
    return draft.body.splitlines()[-2]


def _revised(request: OutreachRequest, style: DraftStyle, asked: str) -> tuple[Draft, Draft]:
    """(before, after) the revision ``asked``, read as the chat reads it."""
    revision = read_revision(asked, style)
    if revision.extra:
        request = replace(request, extra=revision.extra)
    return compose(request, style), compose(request, revision.style or style)


# --- repeated stock phrases (T4, T8, T9, T11, T15, T16, T17, T18, T20) ---------------------------------------


def test_the_word_temps_appears_at_most_once_in_a_draft():
    for _request, draft in all_drafts():
        assert len(re.findall(r"\btemps\b", draft.body)) <= 1, draft.body


def test_no_plaisir_twice_and_the_closing_does_not_thank_again():
    for _request, draft in all_drafts():
        assert draft.body.count("plaisir") <= 1, draft.body
        if draft.style.channel == "linkedin_note":
            continue  # a note has no closing formula: its last line before the name asks and thanks
        closing = fold(_closing(draft))
        assert not re.search(r"merci|remerci|gratitude", closing), draft.body


def test_tu_drafts_never_close_with_a_vous_register_formula():
    for _request, draft in all_drafts():
        if draft.style.tone == "tu" and draft.style.channel != "linkedin_note":
            assert not any(word in fold(_closing(draft)) for word in VOUS_CLOSINGS), draft.body


# --- revisions that do what they say (T1, T7, T9, T10, T13, T14, T16) ----------------------------------------


@pytest.mark.parametrize("request_", REQUESTS, ids=lambda r: r.first_name)
@pytest.mark.parametrize("channel", CHANNELS)
def test_plus_court_is_at_least_ten_percent_shorter(request_, channel):
    for tone in ("vous", "tu"):
        before, after = _revised(request_, DraftStyle(channel=channel, tone=tone), "plus court")
        assert len(after.text) <= SHORTER * len(before.text), (before.text, after.text)


def test_the_296_character_note_of_the_review_is_clearly_shorter_and_keeps_why_this_person():
    before, after = _revised(THEO, DraftStyle(channel="linkedin_note", tone="tu"), "plus court")
    assert len(before.text) >= 290 and len(after.text) <= 0.9 * len(before.text)
    assert "trouver des clients" in after.text and "Théo" in after.text


FAMILIAR_TYPED = (
    replace(NICOLAS, draw="ses posts sur le machine learning en production"),
    replace(ALICE, source_detail="ma manager"),
    replace(LEA, goal="décrocher un poste de data analyst en startup"),
    replace(MANON, source_detail="mon prof de DCG"),
    replace(EMMA, draw="ses campagnes c'est vraiment impressionnant"),
    replace(THEO, intro="Théo, graphiste dans une boîte de com", draw="ses posts sur le freelance c'est top"),
)


@pytest.mark.parametrize("request_", FAMILIAR_TYPED, ids=lambda r: r.first_name)
def test_plus_formel_keeps_none_of_the_familiar_words_the_mentee_typed(request_):
    for channel in CHANNELS:
        for tone in ("vous", "tu"):
            _before, after = _revised(request_, DraftStyle(channel=channel, tone=tone), "plus formel")
            found = {w for w in re.findall(r"[\w-]+", after.text.lower()) if w in FAMILIAR_WORDS}
            assert not found, after.text
            assert not re.search(r"\b(?:ma|mon) manager\b|c'est (?:vraiment|top)", after.text), after.text


def test_familiar_clippings_never_reach_a_draft_and_job_titles_are_kept():
    assert plain("mon prof de DCG", formal=False) == "mon professeur de DCG"
    assert plain("ma manager", formal=True) == "ma responsable"
    assert plain("passer manager commercial", formal=True) == "passer manager commercial"
    for _request, draft in all_drafts():
        assert not re.search(r"\bprof\b", draft.text), draft.text


def test_the_spoken_x_c_est_y_becomes_a_sentence():
    for request, draft in all_drafts():
        if request.first_name == "Emma":
            assert "c'est vraiment impressionnant" not in draft.text, draft.text


def _middle(draft: Draft) -> list[str]:
    """The note's words between greeting and signature, without punctuation or the final thanks."""
    lines = draft.body.splitlines()[1:-1]
    text = re.sub(r"(Merci d'avance|Merci par avance|Un grand merci)\s*[.!]?", "", " ".join(lines))
    return re.findall(r"[\w']+", text.lower())


@pytest.mark.parametrize("request_", REQUESTS, ids=lambda r: r.first_name)
def test_plus_chaleureux_changes_words_not_only_punctuation(request_):
    for tone in ("vous", "tu"):
        neutral, warm = _revised(request_, DraftStyle(channel="linkedin_note", tone=tone), "plus chaleureux")
        assert _middle(neutral) != _middle(warm), warm.text


# --- the extra content where it belongs (T11, T18) and how they know each other (T4) --------------------------


def test_a_met_reminder_is_woven_into_the_how_we_know_part():
    asked = "plus chaleureux et rappelle que je l'ai rencontrée à Lyon"
    for channel in CHANNELS:
        for tone in ("vous", "tu"):
            _before, after = _revised(LEA, DraftStyle(channel=channel, tone=tone), asked)
            intro_line = next(line for line in after.body.splitlines() if "Léa, étudiante" in line)
            assert "rencontrée à Lyon" in intro_line, after.text
            assert not re.search(r"(?:^|[.!] )Je (?:t'|vous )ai rencontrée", after.body), after.text
            assert "Je suis Léa" not in after.body and "C'est Léa" in after.body, after.text
            if channel == "email":
                assert after.subject.startswith("Suite à notre rencontre"), after.subject


def test_a_met_reminder_agrees_with_the_mentor():
    _before, after = _revised(THEO, DraftStyle(channel="email", tone="tu"), "rappelle que je l'ai rencontrée à Lyon")
    assert "je t'ai rencontré à Lyon" in after.body and "rencontrée" not in after.body


def test_a_colleague_is_not_told_nous_nous_connaissons_par_le_travail():
    for request, draft in all_drafts():
        assert "connaissons par le travail" not in draft.text, draft.text
        if request is JULIE or request.first_name == "Julie":
            assert "Je suis Julie" not in draft.text, draft.text


# --- template phrasing (T5, T8, T9, T10, T11, T12, T16, T17, T19) -------------------------------------------


def test_no_ce_qui_m_attire_no_bare_list_after_a_colon_no_coffee_granted():
    for _request, draft in all_drafts():
        text = draft.text
        assert "m'attire" not in text, text
        assert not re.search(r": (?:quel|quelle|quels|quelles|par où)\b[^.?!]*, (?:quel|quelle)", text), text
        assert not re.search(r"accorder (?:un|une) (?:café|court appel|échange)", text), text
        assert "en visio de " not in text, text
        assert "pression" not in text and "me pousse à" not in text, text


def test_english_words_are_not_elided_and_head_of_is_a_title():
    for request, draft in all_drafts():
        assert "d'head" not in draft.text.lower(), draft.text
        if request.first_name == "Yasmine" and "regard" in draft.text:
            assert "de Head of Product" in draft.text, draft.text


def test_the_mentor_s_role_does_not_repeat_the_goal_or_the_draw():
    for _request, draft in all_drafts():
        body = fold(draft.body)
        for phrase in ("sante publique", "responsable marketing", "data scientist", "experte-comptable"):
            assert body.count(phrase) <= 1, draft.body
        assert "experte comptable" not in body, draft.body


def test_the_offer_of_help_comes_after_the_goal_it_serves():
    for _request, draft in all_drafts():
        body = draft.body
        goal_at = min((body.find(w) for w in ("objectif", "projet", "souhaite", "cherche à") if w in body), default=-1)
        if "m'aiderait" in body and goal_at >= 0:
            assert body.index("m'aiderait") > goal_at, body


def test_formal_referral_then_who_writes_without_a_colon():
    for tone in ("vous", "tu"):
        draft = compose(ALICE, DraftStyle(channel="linkedin_message", tone=tone, register="formal"))
        assert "écrire sur le conseil de ma responsable. Je m'appelle Alice et je suis cheffe" in draft.body
        assert not re.search(r"écrire : je suis", draft.body), draft.body


def test_seen_facts_are_in_the_pluperfect():
    draft = compose(LEA, DraftStyle(channel="linkedin_note", tone="vous", register="formal"))
    assert "J'ai vu que vous aviez monté" in draft.body and "décrocher" not in draft.body


def test_the_preposition_is_repeated_before_each_noun_phrase():
    for tone, expected in (("tu", "à ton parcours et à ta façon"), ("vous", "à votre parcours et à votre façon")):
        draft = compose(UGO, DraftStyle(channel="email", tone=tone, register="formal"))
        if "m'intéresse tout particulièrement" in draft.body:
            assert expected in draft.body, draft.body
    assert not any(re.search(r"à (?:ton|votre) parcours et (?:ta|votre) façon", d.text) for _, d in all_drafts())


def test_no_je_suis_twice_and_publications_once_when_the_draw_names_them():
    for request, draft in all_drafts():
        assert len(re.findall(r"\bJe suis\b", draft.body)) <= 1, draft.body
        if request.first_name == "Yasmine":
            assert draft.body.count("publications") <= 1, draft.body


def test_an_event_answered_as_an_afterwork_keeps_it():
    from assistant.common.proofread import proofread
    from assistant.outreach.answers import parse_source

    key, detail = parse_source("lors d'un afterwork").value
    assert key == "event" and proofread(detail).text == "un afterwork"
    draft = compose(replace(SARAH, source_detail="un afterwork"), DraftStyle(channel="linkedin_message"))
    assert "afterwork" in draft.body and "lors d'un événement" not in draft.body


def test_admiring_an_experience_reads_as_inspiration():
    for _request, draft in all_drafts():
        assert "J'admire vraiment votre expérience" not in draft.text, draft.text


def test_e_mail_subjects_have_one_separator_and_the_whole_goal_when_it_fits():
    for request, draft in all_drafts():
        if draft.style.channel != "email":
            continue
        assert ":" not in draft.subject, draft.subject
        if len(request.goal) <= 60 and not request.extra:
            assert fold(plain(request.goal, draft.style.register == "formal"))[:20] in fold(draft.subject)


def test_short_messages_say_why_this_mentor_and_keep_the_referral():
    for tone in ("vous", "tu"):
        short = compose(INES, DraftStyle(channel="linkedin_message", tone=tone, register="formal", short=True))
        assert "Julie Bernard" in short.body, short.body
        short = compose(LEA, DraftStyle(channel="linkedin_message", tone=tone, short=True))
        assert "expérience m'aiderait" in short.body, short.body
