"""A typed yes or no to a question the assistant asked (``ActionAnswerYesNo``), with real trackers and dispatchers:
the first suggestion replayed, a no acknowledged, nothing asked said so, a button named by its word taken."""

from actions import courtesy
from assistant.common.templating import message
from tests.actions.conftest import make_tracker, run, sent


def _after_question(text, buttons, answer, intent):
    tracker = make_tracker(text=answer, intent=intent)
    tracker.events[:0] = [
        {"event": "user", "text": "mes objectifs", "parse_data": {}},
        {"event": "bot", "text": text, "data": {"buttons": buttons}},
    ]
    return tracker


def test_a_yes_to_the_assistants_question_replays_its_first_suggestion(database, domain):
    tracker = _after_question(message("no_goals"), [{"title": "🎯", "payload": "/clarify_goal"}], "ouais", "affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert dispatcher.messages == []
    assert [e["event"] for e in events] == ["rewind", "action", "user"]
    assert events[1]["name"] == "action_listen"
    assert events[2]["parse_data"]["intent"]["name"] == "clarify_goal"


def test_a_yes_replays_a_suggestion_with_its_entities(database, domain):
    payload = '/rehearse_outreach{"rehearsal_scenario": "declines"}'
    tracker = _after_question(message("rehearsal_next"), [{"title": "Refus", "payload": payload}], "oui", "affirm")
    _, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert events[2]["parse_data"]["entities"][0]["value"] == "declines"


def test_a_no_to_the_assistants_question_is_acknowledged_with_the_menu(database, domain):
    tracker = _after_question(message("no_goals"), [{"title": "🎯", "payload": "/clarify_goal"}], "non merci", "deny")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("offer_declined"), "utter_menu"] and events == []


def test_a_yes_when_nothing_was_asked_says_so(database, domain):
    tracker = _after_question("Voici votre brouillon.", [{"title": "x", "payload": "/list_goals"}], "oui", "affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("nothing_pending_short"), "utter_menu"] and events == []


def test_a_yes_that_names_a_button_shown_takes_it(database, domain):
    # the fourth panel's « vas-y exporte » under « 📄 Exporter » got « rien en attente » and the menu twice
    shown = [
        {"title": "✏️ Modifier les questions", "payload": "/edit_questions"},
        {"title": "📄 Exporter", "payload": "/export_preparation"},
    ]
    tracker = _after_question("Vos questions pour la rencontre :", shown, "allez, exporte-la", "affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert sent(dispatcher) == [] and events[-1]["event"] == "user" and events[-1]["text"] == "/export_preparation"
    tracker = _after_question("Vos questions pour la rencontre :", shown, "ok vas-y", "affirm")
    dispatcher, _ = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert sent(dispatcher) == [message("nothing_pending_short"), "utter_menu"]


def test_a_yes_that_goes_on_to_a_request_makes_that_request(database, domain):
    # fifth panel: « ok. efface toutes mes données » with nothing asked got « rien en attente »
    tracker = make_tracker(text="ok. efface toutes mes données", intent="affirm")
    tracker.latest_message["intent_ranking"] = [
        {"name": "affirm", "confidence": 0.9},
        {"name": "erase_data", "confidence": 0.1},
    ]
    _, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert events[2]["parse_data"]["intent"]["name"] == "erase_data"
    thanks = make_tracker(text="oui merci c'est parfait", intent="affirm")
    thanks.latest_message["intent_ranking"] = [
        {"name": "affirm", "confidence": 0.9},
        {"name": "finalize_draft", "confidence": 0.1},
    ]
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=thanks)
    assert events == []  # a thank-you asks for nothing more


def test_sms_no_and_repasse_au_vous_are_understood():
    from assistant.coaching.instructions import instructed_intent
    from assistant.coaching.yes_no import typed_yes_no

    assert typed_yes_no("nn garde le") == "deny"
    assert instructed_intent("bon en fait il est directeur, repasse au vous") == "revise_draft"
    assert instructed_intent("je repasse au bureau jeudi") is None


def test_a_button_title_typed_is_that_button(database, domain):
    # fifth panel: « un autre » under « ➕ Un autre objectif » got « Je ne sais pas encore répondre à cela » six times
    from actions.goals import ActionStartStatedGoal
    from assistant.coaching.yes_no import title_typed

    titles = ["➕ Un autre objectif", "📋 Mes objectifs", "✉️ Rédiger un message"]
    assert title_typed("un autre", titles) == 0 and title_typed("mes objectifs !", titles) == 1
    assert title_typed("un", titles) is None and title_typed("un autre jour", titles) is None
    payloads = ["/clarify_goal", "/list_goals", "/draft_outreach"]
    buttons = [{"title": t, "payload": p} for t, p in zip(titles, payloads, strict=True)]
    tracker = _after_question("C'est enregistré.", buttons, "un autre", "inform")
    _, events = run(ActionStartStatedGoal(), domain, tracker=tracker)
    assert events[2]["parse_data"]["intent"]["name"] == "clarify_goal"


def test_a_number_alone_chooses_that_button_and_yes_takes_courtesies(database, domain):
    # sixth panel: « 2 », « la 1 » and « Oui, je vous en prie » were refused; the buttons worked
    from actions.goals import ActionStartStatedGoal
    from assistant.coaching.asides import asks_about_the_answer
    from assistant.coaching.yes_no import number_typed, typed_yes_no

    assert number_typed("la 2", ["1. devenir DAF", "2. passer le DSCG"]) == 1
    assert number_typed("2", ["✉️ Écrire", "📋 Mes objectifs"]) == 1 and number_typed("4", ["a", "b"]) is None
    buttons = [
        {"title": "1. devenir DAF", "payload": '/delete_goal{"goal_id":"7"}'},
        {"title": "2. passer le DSCG", "payload": '/delete_goal{"goal_id":"9"}'},
    ]
    tracker = _after_question("Quel objectif voulez-vous supprimer ?", buttons, "le 2", "inform")
    _, events = run(ActionStartStatedGoal(), domain, tracker=tracker)
    assert events[2]["parse_data"]["entities"][0]["value"] == "9"
    assert typed_yes_no("Oui, je vous en prie") == "affirm" and typed_yes_no("oui, avec plaisir") == "affirm"
    assert asks_about_the_answer("ça vous suffit ?")


def test_a_yes_to_an_open_question_takes_no_button(database, domain):
    # seventh panel: « 👍 » after « C'est enregistré … Et maintenant ? » started a draft (its first button); « oui »
    # to « Quel objectif voulez-vous supprimer ? » would have deleted the first one
    shown = [{"title": "✉️ Écrire à un mentor", "payload": "/draft_outreach"}, {"title": "📋", "payload": "/list_goals"}]
    tracker = _after_question("C'est enregistré : votre objectif n° 1. Et maintenant ?", shown, "👍", "affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert events == [] and sent(dispatcher) == [message("yes_to_open_question")]
    assert dispatcher.messages[0]["buttons"] == shown
    which = [{"title": "1. devenir DAF", "payload": '/delete_goal{"goal_id":"4"}'}]
    tracker = _after_question("Quel objectif voulez-vous supprimer ?", which, "oui", "affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert not any(e["event"] == "user" for e in events)


def test_a_yes_that_reached_a_confirmation_with_nothing_waiting_answers_the_question_asked(database, domain):
    # « oui » to « On en clarifie un ensemble ? » (said by the goal edit) was read by the rules as « save the goal »
    from actions import goals, privacy, saved_goals

    for action in (goals.ActionSaveGoal(), privacy.ActionEraseData(), saved_goals.ActionConfirmDeleteGoal()):
        tracker = _after_question(message("no_goals"), [{"title": "🎯", "payload": "/clarify_goal"}], "oui", "affirm")
        dispatcher, events = run(action, domain, tracker=tracker)
        assert {"event": "followup", "name": "action_answer_yes_no", "timestamp": None} in events, action.name()
        assert dispatcher.messages == []
    dispatcher, events = run(goals.ActionSaveGoal(), domain, tracker=make_tracker(text="oui", intent="affirm"))
    assert sent(dispatcher) == [message("nothing_pending")] and events == []


def test_a_place_said_in_words_under_did_you_mean_chooses_that_button(database, domain):
    # sixteenth panel: « le 1er », « le 2 ouais » under « Vouliez-vous dire : … » got « Je ne sais pas encore … »
    from assistant.coaching.yes_no import number_typed

    titles = ["Clarifier un objectif", "Supprimer un objectif", "Autre chose"]
    assert [number_typed(said, titles) for said in ("le 1er", "le 2 ouais", "la deuxième", "la dernière")] == [
        0,
        1,
        1,
        2,
    ]
    assert number_typed("le quatrième", titles) is None and number_typed("j'en ai 2", titles) is None
    payloads = ["/clarify_goal", "/delete_goal", "/out_of_scope"]
    buttons = [{"title": t, "payload": p} for t, p in zip(titles, payloads, strict=True)]
    tracker = _after_question("Vouliez-vous dire :", buttons, "le 1er", "nlu_fallback")
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=tracker)
    assert events[2]["parse_data"]["intent"]["name"] == "clarify_goal"


def test_a_yes_to_an_invitation_with_one_button_takes_it(database, domain):
    # eighteenth panel: « ok vas-y » under « … Commençons par en clarifier un : … » got « rien en attente »
    shown = [{"title": "🎯 Clarifier un objectif", "payload": "/clarify_goal"}]
    tracker = _after_question(message("progress_no_goal"), shown, "ok vas-y", "affirm")
    dispatcher, events = run(courtesy.ActionAnswerYesNo(), domain, tracker=tracker)
    assert sent(dispatcher) == [] and events[-1]["event"] == "user" and events[-1]["text"] == "/clarify_goal"


def test_a_yes_to_a_question_followed_by_a_sentence_takes_the_first_button(database, domain):
    # nineteenth panel: « d'accord » under « Avant de l'envoyer, voulez-vous vous entraîner à sa réponse ? Et en cas
    # de réponse positive, je vous aide à préparer la rencontre. » got « rien en attente »
    said = (
        "Avant de l'envoyer, voulez-vous vous entraîner à sa réponse ? Et en cas de réponse positive, je vous aide à "
        "préparer la rencontre."
    )
    shown = [
        {"title": "🎭 M'entraîner à sa réponse", "payload": "/rehearse_outreach"},
        {"title": "🗓️ Préparer la rencontre", "payload": "/prepare_meeting"},
    ]
    dispatcher, events = run(
        courtesy.ActionAnswerYesNo(), domain, tracker=_after_question(said, shown, "d'accord", "affirm")
    )
    assert sent(dispatcher) == [] and events[-1]["text"] == "/rehearse_outreach"
