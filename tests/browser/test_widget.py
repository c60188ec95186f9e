"""The website widget in a real headless Chromium, against the real Rasa, action and page servers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.e2e.servers import ROOT

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTEFACTS = ROOT / "results" / "browser"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
XSS_IMG = '<img src=x onerror="window.__pwned = 1">'
XSS_SCRIPT = "<script>window.__pwned = true</script>"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not shutil.which("chromium"), reason="Debian's chromium is installed by `make test`"
)


@pytest.fixture(scope="module")
def site(shared_site):
    """The worker's shared servers and page server (tests/conftest.py): a Rasa start is most of a module's time."""
    return shared_site


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, site):
    context = browser.new_context(viewport={"width": 420, "height": 860}, locale="fr-FR")
    opened = context.new_page()
    opened.goto(site.origin)
    yield opened
    context.close()


def bot_texts(page) -> list[str]:
    return page.locator(".rw-response").all_inner_texts()


def wait_for_bot(page, text: str, timeout: float = 30_000) -> None:
    page.locator(".rw-response", has_text=text).last.wait_for(timeout=timeout)


def send(page, text: str) -> None:
    page.locator(".rw-new-message").fill(text)
    page.locator(".rw-new-message").press("Enter")


def session_id(page) -> str:
    return page.evaluate("() => JSON.parse(window.localStorage.getItem('chat_session') || '{}').session_id || ''")


def test_greeting_menu_goal_flow_and_reload(page, site):
    wait_for_bot(page, "Je suis Mentorat")
    page.locator(".rw-reply", has_text="Clarifier mes objectifs").wait_for(timeout=15_000)
    assert page.locator(".rw-reply", has_text="Poser une question").count() == 1

    page.locator(".rw-reply", has_text="Clarifier mes objectifs").click()
    wait_for_bot(page, "Dans quel domaine")
    page.locator(".rw-reply", has_text="Leadership").click()
    wait_for_bot(page, "Quel est votre objectif")
    send(page, "animer une équipe de trois personnes")
    wait_for_bot(page, "Comment saurez-vous")
    send(page, "3 réunions d'équipe animées")
    wait_for_bot(page, "Pour quand")
    send(page, "dans 6 mois")
    wait_for_bot(page, "Pourquoi cet objectif")
    send(page, "pour devenir manager l'an prochain")
    wait_for_bot(page, "type de mentorat")
    page.locator(".rw-reply", has_text="Informel").click()
    wait_for_bot(page, "Voici votre objectif SMART")
    summary = page.locator(".rw-response", has_text="Voici votre objectif SMART").last.inner_text()
    assert "animer une équipe de trois personnes" in summary.lower()  # a line of the summary starts with a capital
    assert "\n" in summary.strip()  # one field per line, not one run-on paragraph
    page.locator(".rw-reply", has_text="Oui, enregistrer").click()
    wait_for_bot(page, "C'est enregistré")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "goal-saved.png"), full_page=True)

    before = session_id(page)
    assert before
    page.reload()
    wait_for_bot(page, "C'est enregistré")  # the conversation is still shown
    assert session_id(page) == before
    send(page, "mes objectifs")
    wait_for_bot(page, "Vous avez un objectif enregistré")
    listed = page.locator(".rw-response", has_text="Vous avez un objectif enregistré").last.inner_text()
    assert "animer une équipe de trois personnes" in listed.lower()
    page.screenshot(path=str(ARTEFACTS / "goal-list.png"), full_page=True)


def test_new_conversation_gives_a_fresh_sender(page):
    wait_for_bot(page, "Je suis Mentorat")
    first = session_id(page)
    page.locator("#new-conversation").click()
    page.wait_for_load_state()
    wait_for_bot(page, "Je suis Mentorat")
    assert session_id(page) not in ("", first)
    assert page.locator(".rw-client").count() == 0


def test_markup_is_shown_as_text_and_never_runs(page):
    wait_for_bot(page, "Je suis Mentorat")
    page.locator(".rw-reply", has_text="Clarifier mes objectifs").wait_for(timeout=15_000)
    page.locator(".rw-reply", has_text="Clarifier mes objectifs").click()
    wait_for_bot(page, "Dans quel domaine")
    page.locator(".rw-reply", has_text="Réseau professionnel").click()
    wait_for_bot(page, "Quel est votre objectif")
    send(page, f"{XSS_IMG} manager d'équipe")  # refused as a goal, in French
    wait_for_bot(page, "ressemble à du code")
    send(page, XSS_SCRIPT)
    refusals = page.locator(".rw-response", has_text="ressemble à du code")
    page.wait_for_function("n => document.querySelectorAll('.rw-response').length >= n", arg=4, timeout=30_000)
    refusals.nth(1).wait_for(timeout=30_000)
    send(page, "animer une équipe de trois personnes")  # the form goes on
    wait_for_bot(page, "Comment saurez-vous")
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(".rw-client", has_text="<img src=x").count() == 1
    assert page.locator(".rw-client", has_text="<script>").count() == 1
    assert page.locator("#chat img[src='x']").count() == 0
    assert page.locator("#chat script").count() == 0


def test_reconnects_after_the_rasa_server_restarts(page, site):
    wait_for_bot(page, "Je suis Mentorat")
    servers = site.servers
    servers.stop()
    page.locator("#server-status", has_text="ne répond pas").wait_for(timeout=20_000)
    servers.start()
    page.locator("#server-status", has_text="Connexion rétablie").wait_for(timeout=60_000)
    answered = page.locator(".rw-response").count()
    send(page, "mes objectifs")
    page.wait_for_function(
        f"""() => {{
            const answers = [...document.querySelectorAll('.rw-response')].slice({answered});
            return answers.some(a => a.innerText.includes("pas encore d'objectif"));
        }}""",
        timeout=60_000,
    )
    assert any("pas encore d'objectif" in text for text in bot_texts(page)[answered:])
