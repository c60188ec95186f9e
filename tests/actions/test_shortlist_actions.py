"""The shortlist form and its comparison with real trackers and dispatchers, on a fresh SQLite database."""

import json
from datetime import date

from actions import outreach_form, shortlist
from assistant.common.mentor import Mentor
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from assistant.shortlist import store as shortlist_store
from assistant.shortlist.model import CRITERIA
from tests.actions.conftest import run, slot_events, texts, validate_answer

GOAL = GoalFields("carriere", "Devenir DAF d'ici 2028", "obtenir un poste de DAF", date(2028, 6, 30), "x", "informel")
NAMES = "Sophie Martin, DAF chez Fives ; Paul Durand, contrôleur de gestion"
SOPHIE = ["elle a quinze ans de finance dans l'industrie", "pas très disponible", "oui on se comprend", "jamais"]
PAUL = ["il connaît bien le contrôle de gestion", "oui très disponible", "plutôt", "il a déjà accompagné 3 juniors"]


def validate(domain, slot, value, slots=None):
    return validate_answer(
        shortlist.ValidateShortlistForm(), domain, slot, value, "shortlist_form", slots, sender_id="alice"
    )


def _answer_all(domain, slots: dict, answers: list[str]) -> dict:
    for slot, answer in zip(CRITERIA, answers, strict=True):
        _, found = validate(domain, slot, answer, slots)
        slots = {**slots, **found}
    return slots


def test_one_name_is_refused_in_french_and_asked_again(domain):
    dispatcher, found = validate(domain, "shortlist_candidates", "Sophie Martin")
    assert found["shortlist_candidates"] is None
    assert "au moins deux" in texts(dispatcher)
    dispatcher, found = validate(domain, "shortlist_candidates", "A Roy; B Petit; C Vidal; D Roux; E Noël")
    assert found["shortlist_candidates"] is None and "quatre" in texts(dispatcher)


def test_the_four_questions_are_asked_for_each_candidate_in_turn(domain, database):
    _, found = validate(domain, "shortlist_candidates", NAMES)
    slots = {"shortlist_candidates": found["shortlist_candidates"]}
    assert [c["name"] for c in json.loads(slots["shortlist_candidates"])] == ["Sophie Martin", "Paul Durand"]
    dispatcher, _ = run(shortlist.ActionAskCandidateExperience(), domain, slots=slots)
    assert "Commençons par Sophie Martin." in texts(dispatcher)
    assert "Qu'est-ce que l'expérience de Sophie Martin apporte à votre objectif ?" in texts(dispatcher)
    dispatcher, _ = run(shortlist.ActionAskCandidateAvailability(), domain, slots=slots)
    assert texts(dispatcher) == "Est-elle disponible, d'après ce que vous savez ?"

    slots = _answer_all(domain, slots, SOPHIE)
    assert all(slots[name] is None for name in CRITERIA)  # asked again, about Paul
    first = json.loads(slots["shortlist_candidates"])[0]["answers"]
    assert first["candidate_experience"]["level"] == "strong" and first["candidate_availability"]["level"] == "weak"
    dispatcher, _ = run(shortlist.ActionAskCandidateExperience(), domain, slots=slots)
    assert "Passons à Paul Durand (2 sur 2)." in texts(dispatcher)
    dispatcher, _ = run(shortlist.ActionAskCandidateTrackRecord(), domain, slots=slots)
    assert texts(dispatcher) == "A-t-il déjà accompagné d'autres personnes, avec quels résultats ?"

    slots = _answer_all(domain, slots, PAUL)
    assert [slots[name] for name in CRITERIA] == ["medium", "strong", "medium", "strong"]  # the form is complete
    assert all(len(c["answers"]) == 4 for c in json.loads(slots["shortlist_candidates"]))


def test_a_name_without_a_gender_is_said_instead_of_a_pronoun(domain):
    _, found = validate(domain, "shortlist_candidates", "Alex Morgan ; Sacha Roux")
    dispatcher, _ = run(shortlist.ActionAskCandidateAvailability(), domain, slots=found)
    assert texts(dispatcher) == "Est-ce qu'Alex Morgan est disponible, d'après ce que vous savez ?"


def test_the_comparison_is_said_saved_and_offers_to_write_to_each(domain, database):
    goal_store.save_goal("alice", GOAL)
    _, found = validate(domain, "shortlist_candidates", NAMES)
    slots = _answer_all(domain, _answer_all(domain, found, SOPHIE), PAUL)
    dispatcher, events = run(shortlist.ActionCompareShortlist(), domain, slots=slots, sender_id="alice")
    said = texts(dispatcher)
    assert "• Paul Durand (contrôleur de gestion) : expérience utile moyenne, disponibilité forte" in said
    assert "« Devenir DAF d'ici 2028 » : Sophie Martin, dont le profil rejoint cet objectif (DAF)" in said
    assert "écrire d'abord à Paul Durand" in said
    assert "| Candidat | Expérience utile |" in said
    buttons = dispatcher.messages[-1]["buttons"]
    assert [b["title"] for b in buttons] == ["✉️ Écrire à Sophie Martin", "✉️ Écrire à Paul Durand"]
    assert slot_events(events)["shortlist_candidates"] is None
    saved = shortlist_store.latest_shortlist("alice")
    assert [(s.candidate.mentor.name, s.recommended) for s in saved] == [
        ("Sophie Martin", False),
        ("Paul Durand", True),
    ]


def test_writing_to_a_candidate_prefills_the_outreach_form(domain, database):
    _, found = validate(domain, "shortlist_candidates", NAMES)
    slots = _answer_all(domain, _answer_all(domain, found, SOPHIE), PAUL)
    run(shortlist.ActionCompareShortlist(), domain, slots=slots, sender_id="alice")
    dispatcher, events = run(
        outreach_form.ActionStartOutreach(),
        domain,
        sender_id="alice",
        text='/draft_outreach{"candidate_number":"1"}',
        intent="draft_outreach",
        entities=[{"entity": "candidate_number", "value": "1"}],
    )
    values = slot_events(events)
    assert (values["outreach_mentor"], values["outreach_mentor_role"], values["outreach_mentor_org"]) == (
        "Sophie Martin",
        "DAF",
        "Fives",
    )
    assert values["outreach_draw"] == "elle a quinze ans de finance dans l'industrie"
    assert "Je reprends ce que vous m'avez dit de Sophie Martin" in texts(dispatcher)


def test_an_incomplete_comparison_saves_nothing_and_stop_cancels(domain, database):
    _, found = validate(domain, "shortlist_candidates", NAMES)
    dispatcher, _ = run(shortlist.ActionCompareShortlist(), domain, slots=found, sender_id="alice")
    assert "Je n'ai pas toutes les réponses" in texts(dispatcher)
    assert shortlist_store.list_candidates("alice") == []
    dispatcher, events = run(shortlist.ActionCancelShortlist(), domain, slots=found)
    assert slot_events(events)["shortlist_candidates"] is None and "on arrête" in texts(dispatcher)


def test_a_question_instead_of_an_answer_is_not_stored(domain):
    _, found = validate(domain, "shortlist_candidates", NAMES)
    dispatcher, values = validate(domain, "candidate_fit", "c'est quoi un style de communication ?", found)
    assert values["candidate_fit"] is None
    assert "Pensez à vos échanges" in texts(dispatcher)


def test_the_names_of_the_request_are_kept_and_not_asked_again(domain):
    # seventh panel: « C'est noté : je compare A et B. » then « Il me faut un nom pour chaque personne » (our words)
    said = "Je voudrais comparer deux mentors : Hugo Petit, chef de chantier ; Inès Roy, architecte. Lequel choisir ?"
    persons = [{"entity": "PER", "value": "Hugo Petit"}, {"entity": "PER", "value": "Inès Roy"}]
    dispatcher, events = run(shortlist.ActionStartShortlist(), domain, text=said, entities=persons)
    kept = slot_events(events)["shortlist_candidates"]
    assert [c["role"] for c in json.loads(kept)] == ["chef de chantier", "architecte"]
    dispatcher, slots = validate_answer(
        shortlist.ValidateShortlistForm(),
        domain,
        "shortlist_candidates",
        kept,
        "shortlist_form",
        slots={"shortlist_candidates": kept},
    )
    assert slots["shortlist_candidates"] == kept and dispatcher.messages == []


def test_a_candidate_named_by_title_and_surname_is_the_mentor_already_written_to(domain, database):
    request = OutreachRequest(
        mentor=Mentor("Nadia Lefort", "responsable qualité", "Safran"),
        source="event",
        source_detail="",
        draw="son passage de la production à la qualité",
        goal="devenir responsable qualité",
        intro="Marc, technicien",
        ask="call",
        first_name="Marc",
    )
    draft_store.save_draft("alice", request, compose(request, DraftStyle()))
    _, found = validate(domain, "shortlist_candidates", "Madame Lefort, qualité chez Safran ; Luc Bernard, consultant")
    names = [c["name"] for c in json.loads(found["shortlist_candidates"])]
    assert names == ["Nadia Lefort", "Luc Bernard"]
    slots = {"shortlist_candidates": found["shortlist_candidates"]}
    _, found = validate(
        domain, "candidate_availability", "Son temps est compté : elle gère vingt techniciens et voyage souvent.", slots
    )
    assert found["candidate_availability"] == "weak"
