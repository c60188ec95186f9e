"""The start of the outreach form with what the mentee already said (tenth panel): how they know the mentor, said
with the name, is not asked again; no one in view is told how to find a mentor."""

from actions import outreach_form
from tests.actions.conftest import run, slot_events, validate_answer


def validate(form, domain, slot, value, **tracker_args):
    return validate_answer(form, domain, slot, value, "outreach_form", **tracker_args)


def test_start_keeps_how_the_mentee_knows_the_mentor_when_the_request_says_it(database, domain):
    # tenth panel: « … Thomas Roux, lead UX chez BlaBlaCar, vu à un meetup ParisWeb » was asked how they know him
    said = "je veux écrire à Inès Morel, cheffe de produit chez Qonto, croisée au salon VivaTech l'an dernier"
    _, events = run(
        outreach_form.ActionStartOutreach(),
        domain,
        sender_id="alice",
        intent="draft_outreach",
        text=said,
        entities=[{"entity": "PER", "value": "Inès Morel"}],
    )
    slots = slot_events(events)
    assert slots["outreach_source"] == "event" and "VivaTech" in slots["outreach_source_detail"]


def test_no_one_in_view_gets_how_to_find_a_mentor_not_a_name(database, domain):
    # tenth panel: « jsais pas g personne en vue justement » was taken for the mentor's name
    dispatcher, slots = validate(
        outreach_form.ValidateOutreachForm(), domain, "outreach_mentor", "bah justement j'ai personne en vue"
    )
    assert slots["outreach_mentor"] is None
    assert [m.get("response") for m in dispatcher.messages][0] == "utter_faq/find_mentor"
    assert dispatcher.messages[1]["message_key"] == "outreach_nobody_yet"


def test_a_request_that_does_not_say_how_they_know_the_mentor_leaves_the_question(database, domain):
    said = "aide-moi à écrire à Inès Morel, cheffe de produit chez Qonto"
    entities = [{"entity": "PER", "value": "Inès Morel"}]
    _, events = run(outreach_form.ActionStartOutreach(), domain, sender_id="alice", text=said, entities=entities)
    assert slot_events(events)["outreach_source"] is None


def test_an_introduction_typed_where_the_goal_is_asked_is_the_introduction(database, domain):
    # eleventh panel: « Samir, commercial B2B dans une ESN à Nantes » became the goal of the draft
    dispatcher, slots = validate(
        outreach_form.ValidateOutreachForm(), domain, "outreach_goal", "Nadia, juriste dans un cabinet à Lille"
    )
    assert slots["outreach_goal"] is None and slots["outreach_intro"].startswith("Nadia, juriste")
    assert any(m.get("message_key") == "outreach_intro_early" for m in dispatcher.messages)


def test_a_yes_or_the_ask_typed_a_question_too_early_is_no_answer(database, domain):
    # twelfth panel: « oui celui la » became what draws the mentee, « un appel de 20 min » the goal of the draft
    form = outreach_form.ValidateOutreachForm()
    dispatcher, slots = validate(form, domain, "outreach_draw", "ouais c'est ça")
    assert slots["outreach_draw"] is None and dispatcher.messages[0]["message_key"] == "outreach_draw_yes_no"
    dispatcher, slots = validate(form, domain, "outreach_goal", "une visio de 30 minutes")
    assert slots["outreach_goal"] is None and dispatcher.messages[0]["message_key"] == "outreach_goal_looks_like_ask"


def test_how_the_mentee_knows_the_mentor_keeps_its_detail_through_the_form_validation(database, domain):
    # seventeenth panel: « Je l'ai entendue lors d'une table ronde organisée par la CCI de Nantes » said with the
    # name became « lors d'un événement »: the form's validation of the pre-filled key dropped the detail
    said = "écrire à Hélène Garnier, je l'ai entendue lors d'une table ronde organisée par la CCI de Nantes"
    _, events = run(
        outreach_form.ActionStartOutreach(),
        domain,
        sender_id="alice",
        intent="draft_outreach",
        text=said,
        entities=[{"entity": "PER", "value": "Hélène Garnier"}],
    )
    prefilled = slot_events(events)
    detail = prefilled["outreach_source_detail"]
    assert "table ronde" in detail
    form = outreach_form.ValidateOutreachForm()
    _, slots = validate(form, domain, "outreach_source", "event", slots={"outreach_source_detail": detail})
    assert slots["outreach_source"] == "event" and slots["outreach_source_detail"] == detail
    # the button « Lors d'un événement » says nothing more: no detail from before is kept
    clicked = [{"entity": "outreach_source", "value": "event"}]
    _, slots = validate(
        form, domain, "outreach_source", "event", slots={"outreach_source_detail": detail}, entities=clicked
    )
    assert slots["outreach_source_detail"] == ""


def test_the_mentee_introducing_themselves_is_not_the_mentor(database, domain):
    # nineteenth panel: « Hello ! Je suis Chloé, UX designer junior… » -> « Vous voulez écrire à Chloé »
    said = "Hello ! Je suis Chloé, UX designer junior dans une agence à Bordeaux. J'aimerais écrire à un mentor"
    _, events = run(
        outreach_form.ActionStartOutreach(),
        domain,
        sender_id="alice",
        intent="draft_outreach",
        text=said,
        entities=[{"entity": "PER", "value": "Chloé"}],
    )
    assert slot_events(events)["outreach_mentor"] is None
