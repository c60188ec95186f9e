"""Outreach actions with real trackers and dispatchers, on a fresh SQLite database (practice actions:
``test_practice_actions.py``)."""

from datetime import date

import pytest
from sqlalchemy.exc import OperationalError

from actions import draft_list, outreach_drafts, outreach_form
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.outreach import store as draft_store
from tests.actions.conftest import run, sent, slot_events, texts, validate_answer

GOAL = GoalFields(
    "carriere",
    "Devenir data analyst en startup",
    "obtenir 3 entretiens",
    date(2027, 6, 30),
    "changer de métier",
    "informel",
)
OTHER = GoalFields(
    "leadership", "Animer mes réunions d'équipe", "animer 6 réunions", date(2027, 3, 31), "prendre confiance", "formel"
)
GOOD_MESSAGE = (
    "Bonjour Claire, je m'appelle Léa et je suis étudiante en master data à Lyon. J'ai assisté à votre conférence "
    "sur les équipes data au salon VivaTech et votre parcours m'inspire beaucoup. Mon objectif est de décrocher un "
    "poste de data analyst en startup d'ici juin 2027. Accepteriez-vous un café de 20 minutes dans les prochaines "
    "semaines, à votre convenance ? Je sais que votre temps est précieux. Merci beaucoup pour votre attention, Léa"
)


def validate(form, domain, slot, value, sender_id="alice", entities=None, slots=None, loop="outreach_form"):
    """Run a form validator as Rasa does after extracting ``slot`` from the last message."""
    return validate_answer(form, domain, slot, value, loop, slots, sender_id=sender_id, entities=entities)


def filled(goal_value, **overrides):
    slots = {
        "outreach_mentor": "Claire Martin",
        "outreach_mentor_role": "directrice data",
        "outreach_mentor_org": "Doctolib",
        "outreach_source": "event",
        "outreach_source_detail": "salon VivaTech",
        "outreach_draw": "sa conférence sur les équipes data",
        "outreach_goal": goal_value,
        "outreach_intro": "Léa, étudiante en master data à Lyon",
        "outreach_first_name": "Léa",
        "outreach_ask": "coffee",
        "outreach_minutes": "20",
        "outreach_availability": "le mardi soir",
        "outreach_channel": "linkedin_message",
        "outreach_tone": None,
    }
    return {**slots, **overrides}


def draft_for(domain, sender="alice", **overrides):
    saved = goal_store.save_goal(sender, GOAL)
    dispatcher, events = run(
        outreach_drafts.ActionDraftOutreach(), domain, sender_id=sender, slots=filled(str(saved.id), **overrides)
    )
    return saved, dispatcher, events


# --- starting and the form --------------------------------------------------------------------------


def test_start_keeps_the_named_mentor_and_tutoiement_and_leaves_the_goal_to_its_question(database, domain):
    goal_store.save_goal("alice", GOAL)
    dispatcher, events = run(
        outreach_form.ActionStartOutreach(),
        domain,
        sender_id="alice",
        intent="draft_outreach",
        text="aide-moi à écrire à Claire Martin, directrice data chez Doctolib, on se tutoie",
        entities=[{"entity": "PER", "value": "Claire Martin"}],
        slots={"outreach_draw": "une réponse d'avant"},
    )
    slots = slot_events(events)
    assert slots["outreach_mentor"] == "Claire Martin"
    assert slots["outreach_mentor_role"] == "directrice data" and slots["outreach_mentor_org"].startswith("Doctolib")
    assert slots["outreach_goal"] is None and slots["outreach_tone"] == "tu"
    assert slots["outreach_draw"] is None  # an earlier unfinished answer is forgotten
    assert "Claire Martin" in texts(dispatcher)


def test_start_reuses_the_self_introduction_of_an_earlier_draft(database, domain):
    draft_for(domain)
    _, events = run(
        outreach_form.ActionStartOutreach(),
        domain,
        sender_id="alice",
        intent="draft_outreach",
        text="je veux écrire à un autre mentor",
    )
    slots = slot_events(events)
    assert slots["outreach_intro"] == "Léa, étudiante en master data à Lyon" and slots["outreach_first_name"] == "Léa"
    assert slots["outreach_mentor"] is None


def test_goal_question_offers_saved_goals(database, domain):
    goal_store.save_goal("alice", GOAL)
    goal_store.save_goal("alice", OTHER)
    dispatcher, _ = run(
        outreach_form.ActionAskOutreachGoal(), domain, sender_id="alice", slots={"outreach_mentor": "Claire Martin"}
    )
    titles = [b["title"] for b in dispatcher.messages[-1]["buttons"]]
    assert titles == ["1. Devenir data analyst en startup", "2. Animer mes réunions d'équipe"]
    assert "Claire Martin" in texts(dispatcher)


def test_the_only_goal_is_proposed_and_taken_by_yes_or_by_its_words(database, domain):
    goal = goal_store.save_goal("alice", GOAL)
    dispatcher, _ = run(
        outreach_form.ActionAskOutreachGoal(), domain, sender_id="alice", slots={"outreach_mentor": "Claire Martin"}
    )
    assert "« Devenir data analyst en startup »" in texts(dispatcher)
    assert [b["title"] for b in dispatcher.messages[-1]["buttons"]] == ["1. Devenir data analyst en startup"]
    form = outreach_form.ValidateOutreachForm()
    for answer in ("oui", "de mon projet de devenir data analyst"):
        _, slots = validate(form, domain, "outreach_goal", answer, sender_id="alice")
        assert slots == {"outreach_goal": str(goal.id)}, answer
    _, slots = validate(form, domain, "outreach_goal", "trouver un stage en cybersécurité", sender_id="alice")
    assert slots == {"outreach_goal": "sujet:trouver un stage en cybersécurité"}


def test_mentor_answer_split_and_addresses_refused(database, domain):
    form = outreach_form.ValidateOutreachForm()
    _, slots = validate(
        form,
        domain,
        "outreach_mentor",
        "Karim Haddad, data scientist chez Criteo",
        entities=[{"entity": "PER", "value": "Karim Haddad"}],
    )
    assert slots == {
        "outreach_mentor": "Karim Haddad",
        "outreach_mentor_role": "data scientist",
        "outreach_mentor_org": "Criteo",
    }
    for address in ("https://www.linkedin.com/in/karim", "karim.haddad@criteo.com"):
        dispatcher, slots = validate(form, domain, "outreach_mentor", address)
        assert slots == {"outreach_mentor": None} and sent(dispatcher) == [message("meeting_mentor_address")]


@pytest.mark.parametrize(
    ("slot", "answer", "key"),
    [
        ("outreach_source", "", "outreach_answer_empty"),
        ("outreach_draw", "<script>alert('x')</script> sa conférence", "outreach_answer_markup"),
        ("outreach_draw", "I would like to meet her because she is great at what she does", "outreach_answer_foreign"),
        ("outreach_intro", "Léa " * 200, "outreach_answer_too_long"),
        ("outreach_ask", "une réunion de deux heures", "outreach_ask_minutes"),
    ],
)
def test_bad_answers_are_explained_and_asked_again(database, domain, slot, answer, key):
    dispatcher, slots = validate(outreach_form.ValidateOutreachForm(), domain, slot, answer)
    assert slots[slot] is None
    assert sent(dispatcher) == [message(key)]


def test_good_answers_are_read(database, domain):
    form = outreach_form.ValidateOutreachForm()
    _, slots = validate(form, domain, "outreach_source", "Julie Bernard me l'a recommandée")
    assert slots["outreach_source"] == "recommendation" and "Julie Bernard" in slots["outreach_source_detail"]
    _, slots = validate(form, domain, "outreach_ask", "un appel de 30 minutes mardi ou jeudi soir")
    assert (slots["outreach_ask"], slots["outreach_minutes"]) == ("call", "30")
    assert "mardi ou jeudi soir" in slots["outreach_availability"]
    _, slots = validate(form, domain, "outreach_channel", "par mail")
    assert slots["outreach_channel"] == "email"
    _, slots = validate(form, domain, "outreach_intro", "je m'appelle Karim et je suis développeur junior")
    assert slots["outreach_first_name"] == "Karim"


def test_goal_answer_by_button_ordinal_or_words(database, domain):
    form = outreach_form.ValidateOutreachForm()
    goal_store.save_goal("alice", GOAL)
    other = goal_store.save_goal("alice", OTHER)
    assert validate(form, domain, "outreach_goal", str(other.id))[1] == {"outreach_goal": str(other.id)}
    assert validate(form, domain, "outreach_goal", "le deuxième")[1] == {"outreach_goal": str(other.id)}
    _, slots = validate(form, domain, "outreach_goal", "lancer mon activité de graphiste freelance")
    assert slots == {"outreach_goal": "sujet:lancer mon activité de graphiste freelance"}
    dispatcher, slots = validate(form, domain, "outreach_goal", "le 7")
    assert slots == {"outreach_goal": None} and sent(dispatcher) == [message("meeting_goals_unknown")]


def test_unknown_channel_offers_buttons(database, domain):
    dispatcher, slots = validate(outreach_form.ValidateOutreachForm(), domain, "outreach_channel", "par pigeon")
    assert slots == {"outreach_channel": None}
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == [
        '/inform{"outreach_channel":"linkedin_note"}',
        '/inform{"outreach_channel":"linkedin_message"}',
        '/inform{"outreach_channel":"email"}',
    ]


# --- the draft, revisions, versions -------------------------------------------------------------------


def test_draft_is_composed_saved_and_shown(database, domain):
    goal, dispatcher, events = draft_for(domain)
    saved = draft_store.current_draft("alice")
    assert saved.goal_id == goal.id and len(saved.versions) == 1
    body = saved.latest.draft.body
    assert dispatcher.messages[1]["text"] == body  # the draft alone in its own bubble, easy to copy
    for part in ("Claire", "Léa", "votre conférence sur les équipes data", "20"):
        assert part in body
    titles = [b["title"] for b in dispatcher.messages[-1]["buttons"]]
    assert "✂️ Plus court" in titles and "✅ C'est bon" in titles and any("E-mail" in t for t in titles)
    assert slot_events(events)["outreach_draw"] is None


def test_draft_with_a_typed_goal_and_an_email(database, domain):
    dispatcher, _ = run(
        outreach_drafts.ActionDraftOutreach(),
        domain,
        sender_id="bob",
        slots=filled("sujet:lancer mon activité de graphiste", outreach_channel="email"),
    )
    saved = draft_store.current_draft("bob")
    assert saved.goal_id is None and saved.request.goal == "lancer mon activité de graphiste"
    assert saved.latest.draft.subject and dispatcher.messages[1]["text"].startswith("Objet : ")


def test_two_revisions_are_two_new_versions(database, domain):
    draft_for(domain)
    first = draft_store.current_draft("alice").latest.draft
    run(
        outreach_drafts.ActionReviseDraft(),
        domain,
        sender_id="alice",
        intent="revise_draft",
        text="/revise_draft",
        entities=[{"entity": "revision", "value": "plus court"}],
    )
    dispatcher, _ = run(
        outreach_drafts.ActionReviseDraft(),
        domain,
        sender_id="alice",
        intent="revise_draft",
        text="change le canal en e-mail",
    )
    versions = draft_store.current_draft("alice").versions
    assert [v.change for v in versions] == ["initial", "shorter", "channel"]
    assert len(versions[1].draft.body) < len(first.body)
    assert versions[2].draft.style.channel == "email" and versions[2].draft.subject
    assert versions[2].draft.style.short  # the earlier change is kept
    assert dispatcher.messages[1]["text"] == versions[2].draft.text


def test_tutoiement_on_request(database, domain):
    draft_for(domain)
    run(
        outreach_drafts.ActionReviseDraft(),
        domain,
        sender_id="alice",
        intent="revise_draft",
        text="tutoie-la, on se connaît",
    )
    latest = draft_store.current_draft("alice").latest.draft
    assert latest.style.tone == "tu" and " vous " not in f" {latest.body} "


def test_other_goal_revision(database, domain):
    draft_for(domain)
    goal_store.save_goal("alice", OTHER)
    run(
        outreach_drafts.ActionReviseDraft(),
        domain,
        sender_id="alice",
        intent="revise_draft",
        text="mentionne mon autre objectif",
    )
    saved = draft_store.current_draft("alice")
    assert saved.latest.change == "other_goal" and saved.request.goal == OTHER.statement
    assert "réunions d'équipe" in saved.latest.draft.body


def test_other_goal_when_there_is_none(database, domain):
    draft_for(domain)
    dispatcher, _ = run(
        outreach_drafts.ActionReviseDraft(),
        domain,
        sender_id="alice",
        intent="revise_draft",
        text="mentionne mon autre objectif",
    )
    assert sent(dispatcher) == [message("revision_no_other_goal", count=1)]
    assert len(draft_store.current_draft("alice").versions) == 1


def test_unclear_revision_and_no_draft(database, domain):
    draft_for(domain)
    dispatcher, _ = run(
        outreach_drafts.ActionReviseDraft(), domain, sender_id="alice", intent="revise_draft", text="bof"
    )
    assert sent(dispatcher) == [message("revision_how")]
    dispatcher, _ = run(
        outreach_drafts.ActionReviseDraft(), domain, sender_id="nobody", intent="revise_draft", text="plus court"
    )
    assert sent(dispatcher) == [message("no_draft")]


def test_finalize_latest_or_a_given_version(database, domain):
    draft_for(domain)
    run(outreach_drafts.ActionReviseDraft(), domain, sender_id="alice", text="plus formel")
    dispatcher, _ = run(outreach_drafts.ActionFinalizeDraft(), domain, sender_id="alice", text="c'est bon")
    assert draft_store.current_draft("alice").final_number == 2
    assert dispatcher.messages[1]["text"] == draft_store.current_draft("alice").versions[1].draft.text
    run(outreach_drafts.ActionFinalizeDraft(), domain, sender_id="alice", text="je garde la version 1")
    assert draft_store.current_draft("alice").final_number == 1
    run(
        outreach_drafts.ActionFinalizeDraft(),
        domain,
        sender_id="alice",
        text="/finalize_draft",
        entities=[{"entity": "draft_version", "value": "2"}],
    )
    assert draft_store.current_draft("alice").final_number == 2
    dispatcher, _ = run(outreach_drafts.ActionFinalizeDraft(), domain, sender_id="alice", text="la version 9")
    assert sent(dispatcher) == [message("draft_version_unknown", count=2, number=9)]
    assert draft_store.current_draft("alice").final_number == 2


def test_list_drafts_offers_the_versions(database, domain):
    draft_for(domain)
    run(outreach_drafts.ActionReviseDraft(), domain, sender_id="alice", text="plus court")
    dispatcher, _ = run(draft_list.ActionListDrafts(), domain, sender_id="alice")
    listing = dispatcher.messages[0]["text"]
    assert "Claire Martin" in listing and "v1" in listing and "v2" in listing and "plus courte" in listing
    payloads = [b["payload"] for b in dispatcher.messages[-1]["buttons"]]
    assert '/finalize_draft{"draft_version":"1"}' in payloads
    dispatcher, _ = run(draft_list.ActionListDrafts(), domain, sender_id="nobody")
    assert sent(dispatcher) == [message("no_draft")]


def test_database_failure_is_told_and_cancel_still_works(database, domain, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, Exception("database is down"))

    monkeypatch.setattr(draft_store, "save_draft", broken)
    monkeypatch.setattr(draft_store, "list_drafts", broken)
    goal = goal_store.save_goal("alice", GOAL)
    dispatcher, _ = run(outreach_drafts.ActionDraftOutreach(), domain, sender_id="alice", slots=filled(str(goal.id)))
    assert sent(dispatcher) == [message("database_error")]
    dispatcher, events = run(outreach_drafts.ActionCancelOutreach(), domain, sender_id="alice")
    assert sent(dispatcher) == [message("outreach_cancelled", kept=False)]
    assert {"event": "active_loop", "name": None} in [{k: e.get(k) for k in ("event", "name")} for e in events]


def _revise(domain, text):
    return run(
        outreach_drafts.ActionReviseDraft(), domain, sender_id="alice", intent="revise_draft", text=text, entities=[]
    )


def test_shorter_when_nothing_can_go_says_so_and_saves_nothing(database, domain):
    # A note with nothing optional left: no availability, no role, no source sentence, a two-word introduction
    # (« plus court » must be 10 % shorter, and never by dropping why this person).
    draft_for(
        domain,
        outreach_channel="linkedin_note",
        outreach_availability="",
        outreach_mentor_role="",
        outreach_mentor_org="",
        outreach_source="other",
        outreach_source_detail="",
        outreach_intro="Léa, analyste",
    )
    dispatcher, _ = _revise(domain, "plus court")
    assert dispatcher.messages[0]["message_key"] == "revision_shortest"
    assert len(draft_store.current_draft("alice").versions) == 1


def test_shorter_is_strictly_shorter_and_keeps_intro_why_and_request(database, domain):
    draft_for(domain)
    _revise(domain, "plus court")
    first, short_ = (v.draft.body for v in draft_store.current_draft("alice").versions)
    assert len(short_) < len(first)
    for part in ("Léa, étudiante en master data à Lyon", "votre conférence sur les équipes data", "20 minutes"):
        assert part in short_, part
    dispatcher, _ = _revise(domain, "encore plus court")
    assert dispatcher.messages[0]["message_key"] == "revision_shortest"
    assert len(draft_store.current_draft("alice").versions) == 2


def test_warmer_with_extra_content_honours_the_request(database, domain):
    draft_for(domain)
    _revise(domain, "plus chaleureux et rappelle que je l'ai entendue à Lyon")
    record = draft_store.current_draft("alice")
    latest = record.latest.draft
    assert latest.style.register == "warm" and record.request.extra == "je l'ai entendue à Lyon"
    assert "Je vous ai entendue à Lyon." in latest.body
    assert "sa conférence sur les équipes data" not in latest.body  # said to the mentor, not about her
    assert "votre conférence sur les équipes data" in latest.body  # the why-this-person part is kept
    _revise(domain, "plus formel")  # the addition stays in later versions
    assert "Je vous ai entendue à Lyon." in draft_store.current_draft("alice").latest.draft.body
