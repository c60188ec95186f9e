"""Answer, ask between two topics, or admit no sure answer (assistant.coaching.knowledge)."""

from assistant.coaching.asides import is_digression, is_pasted_answer
from assistant.coaching.knowledge import MARGIN, OUTSIDE, PAIR, SURE, choose, ranking


def test_a_sure_first_topic_is_answered():
    assert choose([("trust", SURE + 0.05), ("roles", SURE + 0.04 - MARGIN)]).topic == "trust"
    assert choose([("trust", SURE + 0.05), ("roles", SURE + 0.06 - MARGIN)]).kind == "clarify"  # too close


def test_two_close_topics_are_offered_together():
    decision = choose([("find_mentor", SURE - 0.01), ("approach_mentor", PAIR - SURE + 0.02), ("trust", 0.01)])
    assert (decision.kind, decision.topics) == ("clarify", ("find_mentor", "approach_mentor"))
    assert decision.topic is None


def test_a_spread_ranking_is_unsure():
    assert choose([("network", PAIR / 3), ("roles", PAIR / 3), ("trust", PAIR / 3)]).kind == "unsure"
    assert choose([]).kind == "unsure"


def test_questions_outside_the_articles_are_never_offered_as_a_topic():
    assert choose([(OUTSIDE, SURE + 0.1), ("find_mentor", 0.05)]).topic == OUTSIDE
    assert choose([(OUTSIDE, SURE - 0.1), ("find_mentor", SURE - 0.15)]).kind == "unsure"
    assert choose([("find_mentor", SURE - 0.05), (OUTSIDE, SURE - 0.1)]).kind == "unsure"


def test_ranking_reads_the_selector_output():
    selector = {
        "faq": {
            "ranking": [
                {"intent_response_key": "faq/trust", "confidence": 0.7},
                {"intent_response_key": "faq/roles", "confidence": 0.2},
            ]
        }
    }
    assert ranking(selector) == [("trust", 0.7), ("roles", 0.2)]
    assert ranking(None) == [] and ranking({}) == []


def test_digressions_are_told_from_answers():
    assert is_digression("goal_measure", "c'est quoi un bon indicateur", "inform")
    assert is_digression("goal_measure", "je mets quoi ?", "inform")
    assert is_digression("meeting_format", "on peut en reparler plus tard ?", "faq")
    assert not is_digression("goal_deadline", "peut-être dans 6 mois ?", "inform")
    assert not is_digression("meeting_format", "ou alors en visio", "inform")
    assert not is_digression(
        "critique_text",
        "Bonjour Claire, auriez-vous 20 minutes pour un café la semaine prochaine ? Merci d'avance, Léa",
        "faq",
    )  # a pasted message
    assert is_digression("critique_text", "tu peux d'abord me montrer mes brouillons ?", "list_drafts")
    # fifth panel: a command typed while rehearsing was graded as the mentor's reply
    assert is_digression("rehearsal_reply", "supprime l'objectif 2", "delete_goal")
    assert not is_digression("rehearsal_reply", "Avec plaisir, appelons-nous jeudi à 18h. Bien à vous, Marc", "inform")


def test_a_pasted_answer_needs_a_few_sentences():
    assert is_pasted_answer("critique_text", "Bonjour Claire, je suis Léa et j'aimerais vous proposer un café.")
    assert not is_pasted_answer("critique_text", "bonjour")
    assert not is_pasted_answer("goal_measure", "Bonjour Claire, je suis Léa et j'aimerais vous proposer un café.")


def test_a_change_of_mind_promotes_a_likely_switch_of_task():
    from assistant.coaching.asides import promoted_switch

    ranking = [("inform", 0.5), ("draft_outreach", 0.3), ("faq", 0.1)]
    assert promoted_switch("en fait je préfère d'abord écrire à une mentore", ranking) == "draft_outreach"
    assert promoted_switch("écrire à une mentore sur LinkedIn", ranking) is None  # no change of mind
    assert promoted_switch("laisse tomber", [("inform", 0.9), ("stop", 0.05)]) is None  # too unlikely
    assert promoted_switch("laisse tomber", [("inform", 0.6), ("stop", 0.3)]) == "stop"


def test_the_assistants_instructions_typed_back_mean_what_they_say():
    from assistant.coaching.instructions import instructed_intent

    for text in ("tutoie", "passe au tutoiement stp", "tutoiement", "passe au tu", "vouvoie-la plutôt"):
        assert instructed_intent(text) == "revise_draft", text
    # tenth panel: « laisse tomber » there drops the last change, not the draft
    assert instructed_intent("bon laisse tomber, on revient au vous") == "revise_draft"
    assert instructed_intent("c'est trop long, stop") == "stop"
    assert instructed_intent("annule") == "stop"
    assert instructed_intent("ne l'annule pas") is None
    assert instructed_intent("j'ai dû annuler notre rendez-vous de mardi parce que ma fille était malade") is None
    assert instructed_intent("bonjour") is None
