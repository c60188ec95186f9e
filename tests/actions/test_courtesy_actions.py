"""Session start, greeting, fallback, asides in forms and personal data, with real trackers and dispatchers."""

import re
from datetime import date

from rasa_sdk import Tracker
from sqlalchemy.exc import OperationalError

from actions import asides, courtesy, privacy
from assistant import privacy as personal_data
from assistant.coaching.intents import FAQ_QUESTIONS
from assistant.common.mentor import Mentor
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.outreach import store as draft_store
from assistant.outreach.model import Draft, DraftStyle, OutreachRequest
from assistant.store import export_links
from tests.actions.conftest import make_tracker, run, sent, slot_events, texts

GOAL = GoalFields(
    "carriere",
    "Devenir data analyst en startup",
    "obtenir 3 entretiens",
    date(2027, 6, 30),
    "changer de métier",
    "informel",
)
REQUEST = OutreachRequest(
    mentor=Mentor("Claire Martin"),
    source="linkedin",
    source_detail="",
    draw="son parcours",
    goal="devenir data analyst",
    intro="Léa, étudiante",
    ask="coffee",
)


def parsed(text, intent, confidence=0.5, ranking=(), faq_key=None, requested=None, active_loop=None, faq_ranking=None):
    """A tracker whose last message was classified as ``intent`` with that ranking and FAQ topic.

    ``faq_ranking`` is the selector's (key, confidence) list; by default ``faq_key`` is sure (0.9).
    """
    tracker = make_tracker(
        text=text, intent=intent, active_loop=active_loop, slots={"requested_slot": requested} if requested else None
    )
    tracker.latest_message["intent"]["confidence"] = confidence
    tracker.latest_message["intent_ranking"] = [{"name": n, "confidence": c} for n, c in ranking]
    if faq_key:
        tracker.latest_message["response_selector"] = {
            "faq": {
                "response": {"intent_response_key": faq_key, "utter_action": f"utter_{faq_key}"},
                "ranking": [
                    {"intent_response_key": k, "confidence": c}
                    for k, c in (faq_ranking or [(faq_key, 0.9), ("faq/trust", 0.05)])
                ],
            }
        }
    return tracker


# --- session start and greeting -------------------------------------------------------------------------


def test_a_new_mentee_starts_quietly(database, domain):
    dispatcher, events = run(courtesy.ActionSessionStart(), domain, sender_id="new")
    assert dispatcher.messages == []
    assert events[0]["event"] == "session_started"
    assert (events[-1]["event"], events[-1]["name"]) == ("action", "action_listen")


def test_a_returning_mentee_is_welcomed_back_with_their_work(database, domain):
    goal_store.save_goal("alice", GOAL)
    draft_store.save_draft("alice", REQUEST, Draft("", "Bonjour Claire", DraftStyle()))
    dispatcher, events = run(
        courtesy.ActionSessionStart(),
        domain,
        sender_id="alice",
        slots={"requested_slot": "goal_area", "outreach_tone": "tu"},
    )
    welcome = dispatcher.messages[0]
    assert welcome["text"].startswith("Bon retour !")
    assert (
        "votre objectif, « devenir data analyst en startup »" in welcome["text"] and "Claire Martin" in welcome["text"]
    )
    assert {"📋 Mes objectifs", "📂 Mes brouillons"} <= {b["title"] for b in welcome["buttons"]}
    slots = slot_events(events)
    assert slots["welcomed_back"] is True and slots["outreach_tone"] == "tu" and "requested_slot" not in slots


def test_session_starts_even_when_the_database_is_down(database, domain, monkeypatch):
    def broken(*_args):
        raise OperationalError("SELECT", {}, Exception("down"))

    monkeypatch.setattr(goal_store, "list_goals", broken)
    dispatcher, events = run(courtesy.ActionSessionStart(), domain, sender_id="alice")
    assert dispatcher.messages == [] and events[0]["event"] == "session_started"


def test_greet_in_the_turn_of_the_welcome_back_says_nothing_more(database, domain):
    tracker = make_tracker(text="bonjour", intent="greet", slots={"welcomed_back": True})
    tracker.events[:0] = [{"event": "session_started"}]
    dispatcher, events = run(courtesy.ActionGreet(), domain, tracker=tracker)
    assert dispatcher.messages == [] and slot_events(events) == {"welcomed_back": False}
    dispatcher, _ = run(courtesy.ActionGreet(), domain)
    assert sent(dispatcher) == [message("greet"), "utter_menu"]


def test_a_greeting_that_goes_on_to_ask_for_a_task_starts_it(database, domain):
    # eleventh panel: « Bonjour, me revoilà. Je prépare ma prochaine rencontre avec Nathalie. » got the welcome menu
    said = "Bonsoir ! Je reviens, je dois préparer mon rendez-vous avec Karim jeudi."
    ranking = [("greet", 0.8), ("prepare_meeting", 0.12), ("faq", 0.03)]
    tracker = parsed(said, "greet", 0.8, ranking)
    tracker.latest_message["entities"] = [{"entity": "PER", "value": "Karim"}]
    _, events = run(courtesy.ActionGreet(), domain, tracker=tracker)
    replayed = [e for e in events if e.get("event") == "user"]
    assert replayed[0]["parse_data"]["intent"]["name"] == "prepare_meeting"
    assert replayed[0]["parse_data"]["entities"][0]["value"] == "Karim"
    where = [("greet", 0.5), ("show_progress", 0.2)]  # twelfth panel: « Re-bonjour ! … Où j'en suis ? »
    _, events = run(
        courtesy.ActionGreet(), domain, tracker=parsed("Re-bonjour, me revoilà ! Où j'en suis ?", "greet", 0.5, where)
    )
    assert [e for e in events if e.get("event") == "user"][0]["parse_data"]["intent"]["name"] == "show_progress"
    dispatcher, _ = run(courtesy.ActionGreet(), domain, tracker=parsed("Bonjour, ça va ?", "greet", 0.9, ranking))
    assert sent(dispatcher) == [message("greet"), "utter_menu"]  # no task asked
    # where they were, with nothing saved yet: said so (tests/actions/test_where_we_were.py for the work in progress)
    said = "Rebonjour ! Vous vous souvenez où nous en étions ?"
    dispatcher, _ = run(courtesy.ActionGreet(), domain, tracker=parsed(said, "greet", 0.9, ranking))
    assert sent(dispatcher) == [message("nothing_in_progress"), "utter_menu"]


# --- fallback ------------------------------------------------------------------------------------------


def test_affirmation_offers_french_labels_and_faq_topics(database, domain):
    tracker = parsed(
        "comment on trouv un mentr",
        "nlu_fallback",
        ranking=[("nlu_fallback", 0.4), ("faq", 0.35), ("draft_outreach", 0.2), ("affirm", 0.1)],
        faq_key="faq/find_mentor",
    )
    dispatcher, _ = run(courtesy.ActionDefaultAskAffirmation(), domain, tracker=tracker)
    buttons = dispatcher.messages[0]["buttons"]
    assert [b["title"] for b in buttons] == [
        "Comment trouver un mentor ?",
        "Rédiger un message à un mentor",
        "Autre chose",
    ]
    assert [b["payload"] for b in buttons] == ["Comment trouver un mentor ?", "/draft_outreach", "/out_of_scope"]
    assert sent(dispatcher) == [message("ask_affirmation")]


def test_affirmation_without_a_usable_guess_asks_to_rephrase(database, domain):
    tracker = parsed("ok", "nlu_fallback", ranking=[("nlu_fallback", 0.4), ("affirm", 0.3), ("inform", 0.2)])
    dispatcher, _ = run(courtesy.ActionDefaultAskAffirmation(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("ask_rephrase")]


def test_a_message_of_spaces_is_told_it_arrived_empty_with_the_menu(database, domain):
    tracker = parsed("   ", "nlu_fallback", ranking=[("nlu_fallback", 1.0)])
    dispatcher, _ = run(courtesy.ActionDefaultAskAffirmation(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("message_empty"), "utter_menu"]


def test_giving_up_shows_the_menu_and_forgets_the_message(database, domain):
    dispatcher, events = run(courtesy.ActionDefaultFallback(), domain)
    assert sent(dispatcher) == [message("fallback_menu"), "utter_menu"]
    assert events[0]["event"] == "rewind"


# --- asides inside forms ----------------------------------------------------------------------------------


def test_a_question_inside_a_form_is_answered(database, domain):
    tracker = parsed(
        "au fait, comment trouver un mentor ?",
        "faq",
        0.9,
        faq_key="faq/find_mentor",
        requested="goal_motivation",
        active_loop="goal_form",
    )
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert sent(dispatcher) == ["utter_faq/find_mentor", message("aside_resume")]
    assert events == []


def test_an_answer_mistaken_for_a_question_fills_the_pending_slot(database, domain):
    tracker = parsed(
        "pour prendre plus de responsabilités et apprendre à décider",
        "faq",
        0.8,
        faq_key="faq/career_impact",
        requested="goal_motivation",
        active_loop="goal_form",
    )
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert dispatcher.messages == []
    assert slot_events(events)["goal_motivation"] == "pour prendre plus de responsabilités et apprendre à décider"


def test_a_question_between_two_topics_asks_which_one(database, domain):
    tracker = parsed(
        "comment je m'y prends avec un mentor ?",
        "faq",
        0.9,
        faq_key="faq/find_mentor",
        faq_ranking=[("faq/find_mentor", 0.35), ("faq/approach_mentor", 0.3), ("faq/trust", 0.1)],
    )
    dispatcher, events = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert texts(dispatcher) == message("knowledge_clarify")
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == [FAQ_QUESTIONS["find_mentor"], FAQ_QUESTIONS["approach_mentor"], "/ask_question"]
    assert events == []


def test_a_question_with_no_sure_topic_gets_an_honest_answer(database, domain):
    tracker = parsed(
        "et pour les impôts ?",
        "faq",
        0.7,
        faq_key="faq/network",
        faq_ranking=[("faq/network", 0.12), ("faq/roles", 0.11), ("faq/trust", 0.1)],
    )
    dispatcher, _ = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert texts(dispatcher) == message("knowledge_unsure")
    assert "utter_faq/network" not in sent(dispatcher)


def test_a_greeting_inside_a_form_says_where_we_were_and_stores_nothing(database, domain):
    tracker = parsed("coucou me revoilà", "greet", 0.9, requested="goal_deadline", active_loop="goal_form")
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert texts(dispatcher) == message("greet_in_form", task="clarifier votre objectif")
    assert events == []


def test_help_inside_a_form_explains_the_question(database, domain):
    tracker = parsed("je mets quoi là", "help", 0.9, requested="goal_measure", active_loop="goal_form")
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert texts(dispatcher) == message("help_goal_measure") and events == []


def test_a_pasted_message_that_opens_with_a_greeting_is_the_answer(database, domain):
    pasted = "Bonjour Claire, je suis Léa, étudiante en data, et j'aimerais vous proposer un café de 20 minutes."
    tracker = parsed(pasted, "greet", 0.6, requested="critique_text", active_loop="critique_form")
    _, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert slot_events(events)["critique_text"] == pasted


def test_small_talk_inside_a_form(database, domain):
    tracker = parsed("tu es un robot ?", "bot_challenge", 0.95, requested="meeting_when", active_loop="meeting_form")
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert sent(dispatcher) == ["utter_bot_challenge", message("aside_resume")] and events == []


# --- personal data -------------------------------------------------------------------------------------------


def test_export_is_a_french_summary_with_a_download_link(database, domain, monkeypatch):
    monkeypatch.delenv("MENTORAT_PAGE_URL", raising=False)
    goal_store.save_goal("alice", GOAL)
    goal_store.save_goal("bob", GOAL)
    events = [
        {"event": "user", "text": "bonjour <b>toi</b>", "timestamp": 1.0},
        {"event": "bot", "text": "Bonjour !", "timestamp": 2.0},
    ]
    tracker = Tracker(
        "alice",
        {},
        {"text": "exporte mes données", "intent": {"name": "export_data"}},
        events,
        False,
        None,
        {},
        "action_listen",
    )
    dispatcher, _ = run(privacy.ActionExportData(), domain, tracker=tracker)
    summary, link = dispatcher.messages[0]["text"], dispatcher.messages[1]["text"]
    # A French summary: counts agreed, dates in words, no JSON, no internal keys, no timestamps.
    assert "• 1 objectif :" in summary and "« Devenir data analyst en startup », échéance : 30 juin 2027" in summary
    assert "• Aucun brouillon" in summary and "• 2 messages dans notre conversation." in summary
    for raw in ("{", '"', "sender_id", "statement", "2027-06-30", "1.0", "null", "bob"):
        assert raw not in summary, raw
    assert "\n\n" not in summary
    # A link to the full JSON, on the page server, that opens alice's data only.
    url = re.search(r"http://localhost:8080/export/([A-Za-z0-9_-]{32})\.json", link)
    assert url and "15 minutes" in link and "C'est trop long" not in link
    found = export_links.lookup_link(url.group(1))
    assert found.status == "ok" and found.document["sender_id"] == "alice" and len(found.document["goals"]) == 1
    assert [m["text"] for m in found.document["conversation"]] == ["bonjour <b>toi</b>", "Bonjour !"]
    assert found.document["conversation"][0]["at"] == "1970-01-01T00:00:01+00:00"
    # Erasing alice deletes the pending link with the rest.
    assert personal_data.erase_mentee("alice")["export_links"] == 1
    assert export_links.lookup_link(url.group(1)).status == "unknown"


def test_export_link_follows_the_page_url(database, domain, monkeypatch):
    monkeypatch.setenv("MENTORAT_PAGE_URL", "https://mentorat.example.org/")
    dispatcher, _ = run(privacy.ActionExportData(), domain, sender_id="carole")
    assert "https://mentorat.example.org/export/" in dispatcher.messages[1]["text"]
    assert "• Aucun objectif enregistré." in dispatcher.messages[0]["text"]


def test_erase_asks_first_then_erases_only_this_mentee(database, domain):
    goal_store.save_goal("alice", GOAL)
    draft_store.save_draft("alice", REQUEST, Draft("", "Bonjour Claire", DraftStyle()))
    goal_store.save_goal("bob", GOAL)
    dispatcher, events = run(privacy.ActionEraseData(), domain, sender_id="alice")  # nothing was asked
    assert sent(dispatcher) == [message("nothing_pending")] and goal_store.list_goals("alice")
    dispatcher, events = run(privacy.ActionAskErase(), domain, sender_id="alice", text="supprime mes données")
    assert slot_events(events) == {"pending_erase": True} and len(dispatcher.messages[0]["buttons"]) == 2
    dispatcher, events = run(privacy.ActionEraseData(), domain, sender_id="alice", slots={"pending_erase": True})
    assert slot_events(events) == {"pending_erase": None, "data_erased": True}
    assert "1 objectif, 1 brouillon" in texts(dispatcher)
    assert personal_data.export_mentee("alice")["goals"] == [] and draft_store.list_drafts("alice") == []
    assert len(goal_store.list_goals("bob")) == 1


def test_erase_refused_keeps_everything(database, domain):
    goal_store.save_goal("alice", GOAL)
    dispatcher, events = run(privacy.ActionCancelErase(), domain, sender_id="alice", slots={"pending_erase": True})
    assert sent(dispatcher) == [message("erase_cancelled")] and slot_events(events) == {"pending_erase": None}
    assert len(goal_store.list_goals("alice")) == 1


def test_markup_read_as_another_language_still_reaches_the_forms_checks(database, domain):
    tracker = parsed(
        "<img src=x onerror=alert(1)> son parcours",
        "other_language",
        0.7,
        requested="outreach_draw",
        active_loop="outreach_form",
    )
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("outreach_answer_markup")]
    assert slot_events(events)["outreach_draw"] is None


def test_an_aside_answer_is_checked_like_any_answer(database, domain):
    tracker = parsed(
        "parce que", "faq", 0.8, faq_key="faq/why_important", requested="goal_motivation", active_loop="goal_form"
    )
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("goal_motivation_short")]
    assert slot_events(events)["goal_motivation"] is None


def test_real_english_inside_a_form_is_answered_in_french(database, domain):
    tracker = parsed(
        "I would like to meet her because she is great",
        "other_language",
        0.9,
        requested="outreach_draw",
        active_loop="outreach_form",
    )
    dispatcher, events = run(asides.ActionAsideInForm(), domain, tracker=tracker)
    assert sent(dispatcher) == ["utter_other_language", message("aside_resume")] and events == []


# --- yes and no to the assistant's own questions -----------------------------------------------------------


def test_a_hello_after_the_welcome_back_gets_an_answer(database, domain):
    tracker = make_tracker(text="bonjour !", intent="greet", slots={"welcomed_back": True})
    tracker.events[:0] = [
        {"event": "session_started"},
        {"event": "user", "text": "on en était où", "parse_data": {}},
        {"event": "bot", "text": "Bon retour !"},
    ]
    dispatcher, events = run(courtesy.ActionGreet(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("greet_again"), "utter_menu"]
    assert slot_events(events)["welcomed_back"] is False


def test_a_message_with_no_question_and_no_sure_topic_gets_the_menu_not_a_refusal(database, domain):
    # seventh panel: a mentee who only said who they are got « Je n'ai pas de réponse sûre à cette question »
    unsure = {"faq_key": "faq/network", "faq_ranking": [("faq/network", 0.12), ("faq/roles", 0.11), ("faq/trust", 0.1)]}
    tracker = parsed(
        "Je suis prof de maths en collège depuis la rentrée et je voudrais garder une trace.", "faq", 0.6, **unsure
    )
    dispatcher, _ = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("knowledge_not_a_question"), "utter_menu"]
    # ninth panel: said with a mentor already there, the tasks of a relationship fit better than the menu
    said = "Je suis prof de maths en collège, j'ai une mentore depuis la rentrée et je voudrais garder une trace."
    dispatcher, events = run(courtesy.ActionAnswerQuestion(), domain, tracker=parsed(said, "faq", 0.6, **unsure))
    assert dispatcher.messages == [] and events == [{"event": "followup", "name": "action_chitchat", "timestamp": None}]
