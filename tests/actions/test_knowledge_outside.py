"""Messages the two articles do not cover, with real trackers and dispatchers: a question gets the honest « outside
the sources » answer; a wish stated with it is the goal."""

from actions import courtesy
from tests.actions.conftest import run, sent
from tests.actions.test_courtesy_actions import parsed


def outside_the_articles(text: str):
    """A tracker whose latest message the knowledge base reads as outside its two articles."""
    return parsed(
        text,
        "faq",
        0.9,
        faq_key="faq/outside_sources",
        faq_ranking=[("faq/outside_sources", 0.8), ("faq/find_mentor", 0.1)],
    )


def test_a_question_outside_the_articles_says_so(database, domain):
    tracker = outside_the_articles("combien ça coûte ?")
    dispatcher, _ = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert sent(dispatcher) == ["utter_faq/outside_sources"]


def test_a_wish_the_articles_do_not_cover_starts_the_goal(database, domain):
    # sixteenth panel: « jsuis apprenti … et plus tard jveux ouvrir mon propre garage. jsais pas trop par ou
    # commencer » got « mes sources ne traitent pas de cette question »: the wish is the goal (our own words)
    tracker = outside_the_articles(
        "jsuis en bts compta, g 19 ans et plus tard jveux monter mon cabinet. jsais pas par ou commencer"
    )
    _, events = run(courtesy.ActionAnswerQuestion(), domain, tracker=tracker)
    assert events == [{"event": "followup", "timestamp": None, "name": "action_chitchat"}]
