"""The person to write to, taken back in the outreach form (« Non, pas Sarah ! … : Thomas Nguyen, … »), with real
trackers and dispatchers: the new person kept, what was said of the first one dropped, the form asks again."""

from actions import outreach_drafts, outreach_form
from assistant.common.mentor import named_then_taken_back, taken_back
from assistant.common.templating import message
from tests.actions.conftest import run, sent, slot_events, validate_answer

SARAH = {"outreach_mentor": "Sarah Benali", "outreach_source": "colleague", "outreach_draw": "sa rigueur"}


def test_the_person_taken_back_and_the_one_named_instead():
    said = "non pas Julie ! c'est Inès Morel, DRH chez Decathlon"
    assert taken_back(said, "Julie Perrin") == "Inès Morel, DRH chez Decathlon"
    assert taken_back("non, pas Julie", "Julie") == ""
    assert taken_back("non, pas encore", "Julie Perrin") is None and taken_back("non merci", "Julie") is None
    assert named_then_taken_back("écrire à Léo Petit, enfin non, plutôt à sa cheffe", "Léo Petit")
    assert not named_then_taken_back("écrire à Léo Petit, mon ancien manager", "Léo Petit")


def test_another_person_named_at_a_later_question_replaces_the_first(database, domain):
    dispatcher, slots = validate_answer(
        outreach_form.ValidateOutreachForm(),
        domain,
        "outreach_goal",
        "Non, pas Sarah ! Quelqu'un d'extérieur : Karim Haddad, head of design chez Alan",
        "outreach_form",
        slots=SARAH,
    )
    assert slots["outreach_mentor"] == "Karim Haddad" and slots["outreach_mentor_org"].startswith("Alan")
    assert slots["outreach_source"] is None and slots["outreach_draw"] is None and slots["outreach_goal"] is None
    assert sent(dispatcher) == [message("outreach_mentor_corrected", mentor="Karim Haddad", before="Sarah Benali")]


def test_taking_the_person_back_without_another_asks_who(database, domain):
    dispatcher, slots = validate_answer(
        outreach_form.ValidateOutreachForm(), domain, "outreach_draw", "non, pas Sarah", "outreach_form", slots=SARAH
    )
    assert slots["outreach_mentor"] is None
    assert sent(dispatcher) == [message("outreach_mentor_taken_back", before="Sarah Benali")]


def test_a_name_taken_back_in_the_request_is_not_kept(database, domain):
    _, events = run(
        outreach_form.ActionStartOutreach(),
        domain,
        sender_id="alice",
        intent="draft_outreach",
        text="je veux écrire à ma cheffe, Sarah Benali… En fait non, à quelqu'un d'extérieur plutôt",
        entities=[{"entity": "PER", "value": "Sarah Benali"}],
    )
    assert slot_events(events)["outreach_mentor"] is None


def test_a_change_typed_on_the_draft_s_text_is_a_new_version(database, domain):
    from actions import outreach_drafts
    from assistant.outreach import store as draft_store
    from tests.actions.test_outreach_replies import draft

    saved = draft()
    minutes = "20 minutes" if "20 minutes" in saved.latest.draft.body else None
    assert minutes, saved.latest.draft.body
    text = f"remplacez « {minutes} » par « 45 minutes »"
    dispatcher, _ = run(
        outreach_drafts.ActionReviseDraft(), domain, sender_id="alice", text=text, intent="revise_draft"
    )
    latest = draft_store.current_draft("alice").latest
    assert latest.change == "edit" and "45 minutes" in latest.draft.body and "20 minutes" not in latest.draft.body
    assert message("edit_kept_until_restyled") in sent(dispatcher)
    dispatcher, _ = run(outreach_drafts.ActionReviseDraft(), domain, sender_id="alice", text="supprime « un déjeuner »")
    assert sent(dispatcher) == [message("edit_not_found", quote="un déjeuner")]


def test_the_ask_typed_at_the_introduction_is_asked_again(database, domain):
    # sixth panel: « un appel de 15 minutes » given a step ahead became « Je suis un appel de 15 minutes. »
    dispatcher, slots = validate_answer(
        outreach_form.ValidateOutreachForm(), domain, "outreach_intro", "un café de 20 minutes", "outreach_form"
    )
    assert slots["outreach_intro"] is None and sent(dispatcher) == [message("outreach_intro_looks_like_ask")]
    _, slots = validate_answer(
        outreach_form.ValidateOutreachForm(),
        domain,
        "outreach_intro",
        "Nora, chargée d'appels d'offres",
        "outreach_form",
    )
    assert slots["outreach_intro"].startswith("Nora")


def test_a_revision_changes_the_meeting_asked_and_keeps_the_rest(database, domain):
    # seventh panel: « proposez un appel … plutôt qu'une visio » got the menu; « repassez au vouvoiement » after a
    # negation elsewhere in the message was read as « tu » (« déjà ainsi »)
    from assistant.outreach import store as draft_store
    from tests.actions.test_outreach_actions import _revise, draft_for

    draft_for(domain)
    before = draft_store.current_draft("alice").latest.draft.body
    assert "20 minutes" in before
    _revise(domain, "Proposez plutôt un appel de 30 minutes au lieu de ce café.")
    record = draft_store.current_draft("alice")
    assert (record.request.ask, record.request.minutes) == ("call", 30)
    assert "30 minutes" in record.latest.draft.body and "20 minutes" not in record.latest.draft.body
    assert "votre conférence sur les équipes data" in record.latest.draft.body.lower()
    _revise(domain, "tutoie-la")
    _revise(domain, "ce n'est pas une amie : repasse au vouvoiement")
    assert draft_store.current_draft("alice").latest.draft.style.tone == "vous"


def _after_a_draft(text: str, intent: str = "inform"):
    from tests.actions.conftest import make_tracker

    tracker = make_tracker(sender_id="alice", text=text, intent=intent)
    tracker.events = [{"event": "action", "name": "action_revise_draft"}, *tracker.events]
    return tracker


def test_a_change_typed_under_a_draft_is_a_revision_whatever_the_classifier_read(domain):
    from actions import courtesy, goals

    followup = [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]
    _, events = run(goals.ActionStartStatedGoal(), domain, tracker=_after_a_draft("mets 25 minutes au lieu de 20"))
    assert events == followup
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft("« Bonjour » → « Bonsoir »"))
    assert events == followup
    # not right after a draft, or not a change: the usual answers
    from tests.actions.conftest import make_tracker

    _, events = run(goals.ActionStartStatedGoal(), domain, tracker=make_tracker(text="mets 25 minutes au lieu de 20"))
    assert events != followup
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft("azerty qsdf"))
    assert events != followup


def test_a_change_read_as_keep_this_draft_is_made_not_the_draft_kept(database, domain):
    # seventh panel: « Mettez que c'est … qui m'a donné son nom » and a question about the draft chose it as final
    from assistant.outreach import store as draft_store
    from tests.actions.test_outreach_actions import draft_for

    draft_for(domain)
    said = "Mettez que c'est Maître Caron qui m'a donné son nom."
    args = {"sender_id": "alice", "intent": "finalize_draft", "entities": []}
    _, events = run(outreach_drafts.ActionFinalizeDraft(), domain, text=said, **args)
    assert events == [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]
    _, events = run(
        outreach_drafts.ActionFinalizeDraft(), domain, text="tu peux dire de quoi parlait la conférence ?", **args
    )
    assert events[0]["name"] == "action_revise_draft"
    assert draft_store.current_draft("alice").final_number is None
    run(outreach_drafts.ActionReviseDraft(), domain, text=said, sender_id="alice", intent="revise_draft", entities=[])
    assert "C'est Maître Caron qui m'a donné votre nom." in draft_store.current_draft("alice").latest.draft.body
    # « c'est bon ? » asks: no loop between keeping and changing
    dispatcher, events = run(
        outreach_drafts.ActionReviseDraft(), domain, text="c'est bon ?", sender_id="alice", intent="revise_draft"
    )
    assert events == [] and dispatcher.messages[0]["message_key"] == "revision_how"


def test_a_typed_change_wins_over_the_words_the_classifier_picked(database, domain):
    from assistant.outreach import store as draft_store
    from tests.actions.test_outreach_actions import draft_for

    draft_for(domain)
    said = "Non, je n'ai pas validé ! En fait, passez-le en e-mail."
    entities = [{"entity": "revision", "value": "validé"}]
    run(
        outreach_drafts.ActionReviseDraft(),
        domain,
        text=said,
        sender_id="alice",
        intent="revise_draft",
        entities=entities,
    )
    assert draft_store.current_draft("alice").latest.draft.style.channel == "email"


def test_a_change_asked_under_a_thank_you_note_is_about_the_note(database, domain):
    from tests.actions.conftest import make_tracker

    tracker = make_tracker(sender_id="alice", text="on se tutoie avec elle", intent="revise_draft")
    tracker.events = [{"event": "action", "name": "action_save_debrief"}, *tracker.events]
    _, events = run(outreach_drafts.ActionReviseDraft(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_thank_you_note", "timestamp": None}]


def test_the_thank_you_note_greets_the_mentor_as_the_message_did(database, domain):
    # editor's review: « Bonjour Sophie, » in the thank-you after an e-mail that said « Bonjour Madame Lemaire, »
    from actions import practice
    from assistant.outreach import store as draft_store
    from tests.actions.test_outreach_actions import _revise, draft_for

    draft_for(domain)
    _revise(domain, "plus formel")
    greeting = draft_store.current_draft("alice").latest.draft.body.split("\n", 1)[0]
    assert greeting == "Bonjour Madame Martin,"
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="alice", text="un message de remerciement")
    note = next(m["text"] for m in dispatcher.messages if (m.get("text") or "").startswith("Bonjour"))
    assert note.startswith("Bonjour Madame Martin,")


def test_a_next_step_that_cannot_be_said_to_the_mentor_is_told_not_a_crash(domain):
    # editor's second review: « une partie de mon service ne répond pas » four times (the reason « mentor » was unknown)
    from rasa_sdk.executor import CollectingDispatcher

    from actions.practice import send_thank_you
    from assistant.common.mentor import Mentor
    from assistant.practice.thanks import ThankYou

    facts = ThankYou(Mentor("Paul Morel"), next_steps="relancer Paul dans un mois", tone="vous")
    dispatcher = CollectingDispatcher()
    send_thank_you(dispatcher, facts, debriefed=True, buttons=[])
    assert message("thank_you_left_out", reason="mentor") in [m.get("text") for m in dispatcher.messages]


def test_a_change_typed_under_a_draft_ends_the_fallback_loop_before_the_revision(domain):
    # seventeenth panel: « … et je voudrais plus formel, pas 'Bonjour Anna' » read as nlu_fallback under a draft.
    # The loop « Vouliez-vous dire… ? » stayed active and handed over to the revision again and again, until Rasa's
    # limit of predictions; after that, every message of the conversation went unanswered.
    from actions import courtesy

    said = "oula il y a ma remarque dans le mail ! et je voudrais plus formel, pas 'Bonjour Anna'"
    tracker = _after_a_draft(said, intent="nlu_fallback")
    _, events = run(courtesy.ActionDefaultAskAffirmation(), domain, tracker=tracker)
    assert [e["event"] for e in events] == ["active_loop", "followup"]
    assert events[0]["name"] is None and events[1]["name"] == "action_revise_draft"
