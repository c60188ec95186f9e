"""Revisions typed under a draft (ninth panel): how the mentee found the mentor said again, words replaced without
quotes, a channel the product has no format for named truthfully."""

from actions import courtesy, outreach_drafts
from assistant.goals import store as goal_store
from assistant.outreach import store as draft_store
from tests.actions.conftest import make_tracker, run
from tests.actions.test_outreach_actions import _revise, draft_for

FOLLOWUP = [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]


def _after_a_draft(text: str):
    tracker = make_tracker(sender_id="alice", text=text, intent="nlu_fallback")
    tracker.events = [{"event": "action", "name": "action_revise_draft"}, *tracker.events]
    return tracker


def test_a_recommendation_denied_is_replaced_by_the_post_said(database, domain):
    draft_for(domain, outreach_channel="email", outreach_source="recommendation", outreach_source_detail="")
    assert "conseillé" in draft_store.current_draft("alice").latest.draft.body
    said = "attends, on ne me l'a pas recommandée du tout, je l'ai découverte via son post LinkedIn"
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft(said))
    assert events == FOLLOWUP
    _revise(domain, said)
    record = draft_store.current_draft("alice")
    body = record.latest.draft.body
    assert record.latest.change == "source" and record.request.source == "article"
    assert "recommand" not in body and "conseill" not in body and "votre post LinkedIn" in body
    _revise(domain, "plus court")  # later versions keep it: it is part of the request now
    assert "recommand" not in draft_store.current_draft("alice").latest.draft.body


def test_a_channel_change_and_a_piece_to_mention_in_one_message(database, domain):
    draft_for(domain, outreach_channel="linkedin_note", outreach_source="linkedin", outreach_source_detail="")
    _revise(domain, "fais-en un mail et parle de sa tribune sur le management à distance")
    latest = draft_store.current_draft("alice").latest
    assert latest.draft.style.channel == "email" and latest.change == "several"
    assert "votre tribune sur le management à distance" in latest.draft.body


def test_a_replacement_without_quotes_under_a_draft_is_made(database, domain):
    draft_for(domain)
    assert "master data" in draft_store.current_draft("alice").latest.draft.body
    said = "remplace master data par master en science des données"
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft(said))
    assert events == FOLLOWUP
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft("remplace Paris par Lille"))
    assert events != FOLLOWUP  # not words of the draft: the fallback's own answer
    _revise(domain, said)
    latest = draft_store.current_draft("alice").latest
    assert latest.change == "edit" and "master en science des données à Lyon" in latest.draft.body
    assert "master data" not in latest.draft.body


def test_a_messaging_app_without_a_format_is_named_truthfully_never_linkedin(database, domain):
    from actions import outreach_form
    from assistant.common.templating import message
    from tests.actions.test_outreach_actions import GOAL, filled, validate

    _, slots = validate(outreach_form.ValidateOutreachForm(), domain, "outreach_channel", "sur whatsapp en privé")
    assert slots["outreach_channel"] == "direct_message"
    saved = goal_store.save_goal("alice", GOAL)
    dispatcher, _ = run(
        outreach_drafts.ActionDraftOutreach(),
        domain,
        sender_id="alice",
        text="sur whatsapp en privé",
        slots=filled(str(saved.id), outreach_channel="direct_message"),
    )
    assert dispatcher.messages[0]["text"] == message("draft_direct_message", platform="à WhatsApp")
    heading = dispatcher.messages[1]["text"]
    assert "message privé" in heading and "LinkedIn" not in heading
    assert all("LinkedIn" not in b["title"] for b in dispatcher.messages[-1]["buttons"][:3])  # the revision ones
    _revise(domain, "non, c'est pas par mail, c'est insta !")
    assert draft_store.current_draft("alice").latest.draft.style.channel == "direct_message"


def test_linkedin_taken_back_for_instagram_under_a_draft(database, domain):
    draft_for(domain)  # a LinkedIn message
    said = "ce n'est pas linkedin mais instagram !!"
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft(said))
    assert events == FOLLOWUP
    dispatcher, _ = _revise(domain, said)
    latest = draft_store.current_draft("alice").latest
    assert latest.draft.style.channel == "direct_message" and latest.change == "channel"
    assert "à Instagram" in dispatcher.messages[0]["text"]
    assert "LinkedIn" not in latest.draft.text


def test_a_change_typed_after_a_misunderstood_message_is_still_about_the_draft(database, domain):
    # ninth panel: the denial came right after a message the fallback had forgotten
    draft_for(domain, outreach_channel="email", outreach_source="recommendation", outreach_source_detail="")
    said = "personne ne me l'a conseillée, je l'ai découverte grâce à son podcast"
    tracker = _after_a_draft(said)
    forgotten = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "qsdfgh"},
        {"event": "action", "name": "action_default_fallback"},
        {"event": "bot", "text": "Je ne sais pas encore répondre à cela."},
        {"event": "rewind"},
    ]
    tracker.events = [*tracker.events[:1], *forgotten, *tracker.events[1:]]
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert events == FOLLOWUP
    tracker.events = [e for e in tracker.events if e.get("event") != "rewind"]  # not forgotten: the usual answer
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert events != FOLLOWUP


def test_something_to_add_and_words_to_replace_in_one_message_are_both_done(database, domain):
    # tenth panel: « ajoute que … et remplace X par Y » pasted « … et remplace passer par rejoindre » into the draft
    draft_for(domain, outreach_channel="email")
    assert "VivaTech" in draft_store.current_draft("alice").latest.draft.body
    _revise(domain, "ajoute que je parle couramment allemand et remplace VivaTech par Viva Technology")
    latest = draft_store.current_draft("alice").latest.draft.body
    assert "allemand" in latest and "remplace" not in latest
    assert "Viva Technology" in latest and "VivaTech" not in latest


def test_a_change_asked_under_a_draft_read_as_a_rehearsal_is_made(database, domain):
    # tenth panel: « pourriez-vous le rendre plus formel ? » started a rehearsal of the mentor's reply
    from actions import practice

    draft_for(domain, outreach_channel="email")
    tracker = make_tracker(
        sender_id="alice", text="Pourriez-vous le rendre plus formel, je vous prie ?", intent="rehearse_outreach"
    )
    tracker.events = [{"event": "action", "name": "action_draft_outreach"}, *tracker.events]
    dispatcher, events = run(practice.ActionStartRehearsal(), domain, tracker=tracker)
    assert events[-1] == FOLLOWUP[0] and dispatcher.messages == []
    tracker = make_tracker(sender_id="alice", text="entraîne-moi à sa réponse", intent="rehearse_outreach")
    tracker.events = [{"event": "action", "name": "action_draft_outreach"}, *tracker.events]
    dispatcher, events = run(practice.ActionStartRehearsal(), domain, tracker=tracker)
    assert dispatcher.messages and not any(e.get("event") == "followup" for e in events)


def test_a_remark_on_the_draft_read_as_a_question_goes_to_the_revision(database, domain):
    # fourteenth panel: « … la formule d'appel doit être simplement « Madame, » ; et je préférerais supprimer la
    # phrase sur … » got the main menu (the knowledge base had no answer and it asked no question)
    draft_for(domain)
    said = "Deux choses : la formule d'appel doit être simplement « Madame, » et la signature plus sobre."
    tracker = _after_a_draft(said)
    tracker.latest_message["intent"]["name"] = "faq"
    tracker.latest_message["response_selector"] = {
        "faq": {"ranking": [{"intent_response_key": "faq/trust", "confidence": 0.3}], "response": {}}
    }
    _, events = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert events == FOLLOWUP
    _revise(domain, said)
    assert draft_store.current_draft("alice").latest.draft.body.startswith("Madame,\n")


def test_going_back_to_an_earlier_version_makes_it_the_one_later_changes_start_from(database, domain):
    # fourteenth panel: « Revenez à la version 2 » asked what to change, « Reprends la version 2 » chose it to send,
    # and the next change started from the broken version 3
    draft_for(domain)
    _revise(domain, "remplace « master data » par « master en science des données »")
    _revise(domain, "remplace « Lyon » par « Lille »")  # version 3, not wanted
    dispatcher, _ = _revise(domain, "Catastrophe. Revenez à la version 2 s'il vous plaît.")
    record = draft_store.current_draft("alice")
    assert record.latest.number == 4 and record.latest.change == "restore"
    assert record.latest.draft == record.version(2).draft and "Lille" not in record.latest.draft.body
    assert "la version 2" in dispatcher.messages[0]["text"]
    _revise(domain, "remplace « master en science des données » par « master de data science »")
    assert "Lyon" in draft_store.current_draft("alice").latest.draft.body  # started from version 2's text
    tracker = make_tracker(sender_id="alice", text="Reprends la version 1.", intent="finalize_draft")
    run(outreach_drafts.ActionFinalizeDraft(), domain, tracker=tracker)
    record = draft_store.current_draft("alice")
    assert record.latest.draft == record.version(1).draft and record.final_number is None


def test_asking_the_assistant_to_say_tu_is_answered_never_taken_for_a_draft(database, domain):
    # fourteenth panel: « tutoie moi », « Tu peux me tutoyer ? », « stp passe au tu » got « Vous n'avez pas encore de
    # brouillon » (no draft) or « Le brouillon actuel est déjà ainsi » (under a draft in tu)
    dispatcher, _ = _revise(domain, "stp passe au tu, le vous ca me saoule")
    assert dispatcher.messages[0]["message_key"] == "register_kept"
    dispatcher, _ = _revise(domain, "on peut se tutoyer stp c plus simple")
    assert dispatcher.messages[0]["message_key"] == "register_kept"
    draft_for(domain)
    tracker = _after_a_draft("cool. et toi aussi tu peux me tutoyer moi hein")
    dispatcher, _ = run(outreach_drafts.ActionReviseDraft(), domain, tracker=tracker)
    assert dispatcher.messages[0]["message_key"] == "register_kept"
    assert len(draft_store.current_draft("alice").versions) == 1
    tracker = _after_a_draft("tutoie le, entre devs on se tutoie")  # under a draft: the draft's tone
    run(outreach_drafts.ActionReviseDraft(), domain, tracker=tracker)
    assert draft_store.current_draft("alice").latest.draft.style.tone == "tu"


def test_rewriting_together_under_a_review_starts_a_draft(database, domain):
    # fourteenth panel: « Bon, réécrivons-le ensemble alors. » under a review said there was no draft
    tracker = make_tracker(sender_id="alice", text="Bon, réécrivons-le ensemble alors.", intent="revise_draft")
    tracker.events = [{"event": "action", "name": "action_critique_message"}, *tracker.events]
    dispatcher, events = run(outreach_drafts.ActionReviseDraft(), domain, tracker=tracker)
    assert dispatcher.messages == []
    assert events[-1]["event"] == "user" and events[-1]["parse_data"]["intent"]["name"] == "draft_outreach"


def test_a_change_made_by_hand_stays_in_a_shorter_version(database, domain):
    # fourteenth panel: « Madame, » and « un appel » came back as before at « plus court »
    draft_for(domain)
    first = draft_store.current_draft("alice").latest.draft.body.split("\n", 1)[0]
    _revise(domain, f"remplace « {first} » par « Madame, »")
    _revise(domain, "plus court")
    latest = draft_store.current_draft("alice").latest
    assert latest.change == "shorter" and latest.draft.body.startswith("Madame,\n")


def test_tu_between_the_mentee_and_the_assistant_or_with_someone_else():
    from assistant.coaching.register import tu_to_me

    assert tu_to_me("pourrions-nous nous tutoyer, vous et moi ?", True)  # fifteenth panel: the draft went to « tu »
    long = "Bonjour, ma mentore et moi on se tutoie. Ce que je voudrais, c'est préparer mon rendez-vous de jeudi"
    assert not tu_to_me(long, False)  # fifteenth panel: answered « Je vouvoie tout le monde » twice


def test_an_event_added_under_a_draft_becomes_how_the_mentee_knows_the_mentor(database, domain):
    # seventeenth panel: six tries to add « la table ronde de la CCI de Nantes » went elsewhere or were lost
    draft_for(domain, outreach_channel="email", outreach_source="event", outreach_source_detail="")
    assert "lors d'un événement" in draft_store.current_draft("alice").latest.draft.body
    _revise(domain, "Merci. Ajoutez aussi que je l'ai entendue à la table ronde de la CCI de Nantes le mois dernier.")
    record = draft_store.current_draft("alice")
    body = record.latest.draft.body
    assert record.request.source == "event" and "table ronde de la CCI de Nantes" in record.request.source_detail
    assert "lors de la table ronde de la CCI de Nantes le mois dernier" in body and "lors d'un événement" not in body


def test_a_meeting_added_under_a_draft_says_it_once(database, domain):
    draft_for(domain, outreach_channel="email", outreach_source="event", outreach_source_detail="")
    _revise(domain, "ajoute qu on s est rencontrés au meetup React de Lille jeudi stp")
    body = draft_store.current_draft("alice").latest.draft.body
    assert "on s'est rencontrés au meetup React de Lille jeudi" in body
    assert "lors d'un événement" not in body and "stp" not in body and "s'il" not in body


def test_a_complaint_after_an_ok_is_no_approval(database, domain):
    draft_for(domain)
    dispatcher, _ = _revise(domain, "ok le tu c bien mais la phrase est tjr cassee")
    assert draft_store.current_draft("alice").final_number is None
    assert any(m.get("message_key") == "revision_how" for m in dispatcher.messages)


def test_availability_and_a_detail_added_after_a_colon(database, domain):
    # eighteenth panel: « Pourriez-vous également ajouter mes disponibilités… » and « ajoute : ma thèse porte sur… »
    # were read as questions of a meeting preparation that did not exist
    draft_for(domain, outreach_channel="email", outreach_availability="")
    _revise(domain, "Pourriez-vous également ajouter mes disponibilités : le soir après 18h ou le mercredi")
    record = draft_store.current_draft("alice")
    assert record.request.availability == "le soir après 18h ou le mercredi"
    assert "le soir après 18h ou le mercredi" in record.latest.draft.body
    assert record.request.minutes > 0
    _revise(domain, "ajoute : ma thèse porte sur les aides à domicile")
    assert "Ma thèse porte sur les aides à domicile." in draft_store.current_draft("alice").latest.draft.body


def test_an_addition_read_as_an_edit_of_questions_under_a_draft_goes_to_the_draft(database, domain):
    from actions import meeting_preparation

    tracker = make_tracker(sender_id="alice", text="ajoute : ma thèse porte sur les aides à domicile")
    tracker.events = [{"event": "action", "name": "action_revise_draft"}, *tracker.events]
    _, events = run(meeting_preparation.ActionEditQuestions(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]
    tracker = make_tracker(sender_id="alice", text="ajoute une question sur le salaire")
    tracker.events = [{"event": "action", "name": "action_revise_draft"}, *tracker.events]
    dispatcher, events = run(meeting_preparation.ActionEditQuestions(), domain, tracker=tracker)
    assert dispatcher.messages[0]["message_key"] == "no_preparation"  # questions named: the preparation's


def test_a_remark_on_the_draft_read_as_the_mentors_reply_revises_the_draft(database, domain):
    from actions import outreach_replies

    said = "on ne peut pas ecrire Bonjour Helene a une professeure qu'on ne connait pas ! mettez Madame"
    for action in (outreach_replies.ActionNoteReply(), outreach_replies.ActionNoReply()):
        tracker = make_tracker(sender_id="alice", text=said, intent="mentor_reply")
        _, events = run(action, domain, tracker=tracker)  # words asking a change, wherever the draft was shown
        assert events == [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]
    tracker = make_tracker(sender_id="alice", text="elle a dit non, pas le temps", intent="mentor_reply")
    tracker.events = [{"event": "action", "name": "action_revise_draft"}, *tracker.events]
    _, events = run(outreach_replies.ActionNoteReply(), domain, tracker=tracker)
    assert events == [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]  # just under a draft
    _, events = run(outreach_replies.ActionNoteReply(), domain, sender_id="alice", text="elle a dit non, pas le temps")
    assert events == []  # a reply, anywhere else
