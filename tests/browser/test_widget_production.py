"""The real widget in headless Chromium against the production profile (``credentials.production.yml``).

The page is served from an allowed origin (127.0.0.1) and from a refused one (localhost, another
origin for the browser); the widget keeps the signed session token the channel gives it.
"""

from __future__ import annotations

import pytest

from assistant.web import sessions
from tests.browser.test_widget import bot_texts, browser, pytestmark, send, session_id, wait_for_bot
from tests.e2e.servers import PRODUCTION_SECRET

__all__ = ["browser"]  # the Chromium fixture
SECRET = PRODUCTION_SECRET
pytestmark = [pytestmark, pytest.mark.xdist_group("production")]  # on the servers of test_production_profile


@pytest.fixture(scope="module")
def site(production_site):
    """The production profile's servers and page server, shared with tests/e2e/test_production_profile.py."""
    return production_site


@pytest.fixture()
def context(browser):
    opened = browser.new_context(viewport={"width": 420, "height": 860}, locale="fr-FR")
    yield opened
    opened.close()


def test_the_widget_gets_a_signed_session_and_keeps_it_across_a_reload(context, site):
    page = context.new_page()
    page.goto(site.origin)
    wait_for_bot(page, "Je suis Mentorat")
    token = session_id(page)
    assert sessions.verified_sender(SECRET.encode(), token) is not None
    send(page, "mes objectifs")
    wait_for_bot(page, "pas encore d'objectif")
    page.reload()
    wait_for_bot(page, "pas encore d'objectif")  # the conversation is still shown
    assert session_id(page) == token


def test_a_session_id_planted_in_the_page_is_replaced_by_a_fresh_signed_one(context, site):
    page = context.new_page()
    page.goto(site.origin)
    wait_for_bot(page, "Je suis Mentorat")
    victim = sessions.verified_sender(SECRET.encode(), session_id(page))
    page.evaluate(
        """(claimed) => {
            const stored = JSON.parse(window.localStorage.getItem('chat_session'));
            stored.session_id = claimed;
            window.localStorage.setItem('chat_session', JSON.stringify(stored));
        }""",
        victim,
    )
    page.reload()
    page.wait_for_function(
        "(claimed) => { const s = JSON.parse(window.localStorage.getItem('chat_session') || '{}');"
        " return s.session_id && s.session_id !== claimed; }",
        arg=victim,
        timeout=30_000,
    )
    granted = sessions.verified_sender(SECRET.encode(), session_id(page))
    assert granted not in (None, victim)


def test_an_oversize_message_is_answered_in_french_in_the_widget(context, site):
    page = context.new_page()
    page.goto(site.origin)
    wait_for_bot(page, "Je suis Mentorat")
    send(page, "a" * 2500)
    wait_for_bot(page, "c'est trop long pour moi")
    assert any("2\u202f500 caractères" in text for text in bot_texts(page))


WEBSOCKET_PROBE = """(url) => new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.onopen = () => { socket.close(); resolve("open"); };
    socket.onerror = () => resolve("refused");
})"""


def websocket_from(page, site) -> str:
    """What the browser gets when the page opens a socket.io WebSocket to Rasa itself (its real Origin)."""
    url = f"ws://127.0.0.1:{site.servers.rasa_port}/socket.io/?EIO=4&transport=websocket"
    return page.evaluate(WEBSOCKET_PROBE, url)


def test_the_page_on_an_origin_not_allowed_gets_no_conversation_and_no_websocket(context, site):
    allowed = context.new_page()
    allowed.goto(site.origin)
    wait_for_bot(allowed, "Je suis Mentorat")
    assert websocket_from(allowed, site) == "open"

    page = context.new_page()
    page.goto(f"http://localhost:{site.web_port}")  # the same page, but another origin for the browser
    page.locator("#server-status", has_text="ne répond pas").wait_for(timeout=20_000)
    # Browsers apply CORS to long-polling but not to WebSockets: only the channel's check stops this one.
    assert websocket_from(page, site) == "refused"
    page.wait_for_timeout(2000)
    assert bot_texts(page) == []
    assert session_id(page) == ""
