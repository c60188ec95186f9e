"""The progress picture in the real widget (headless Chromium): after « où j'en suis », a mentee with saved progress
sees each goal's chart as an image served by the page server, with its French alt text."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.common.dates import local_today
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.progress import store as progress_store
from assistant.progress.model import Amount
from tests.browser.test_widget import ARTEFACTS, browser, pytestmark, send, session_id, wait_for_bot

__all__ = ["browser", "pytestmark"]  # the Chromium fixture and the skip when it is not installed


@pytest.fixture(scope="module")
def site(shared_site):
    return shared_site  # the links the actions send point at its page (MENTORAT_PAGE_URL)


def test_the_chart_appears_with_its_alt_text_after_show_progress(browser, site, monkeypatch):
    context = browser.new_context(viewport={"width": 420, "height": 860}, locale="fr-FR")
    page = context.new_page()
    page.goto(site.origin)
    wait_for_bot(page, "Je suis Mentorat")
    sender = session_id(page)
    assert sender

    monkeypatch.setenv("DATABASE_URL", site.servers.env["DATABASE_URL"])
    today = local_today()
    goal = goal_store.save_goal(
        sender,
        GoalFields(
            "carriere",
            "Décrocher un poste de data analyst & <b>vite</b>",
            "obtenir 3 entretiens",
            today + timedelta(days=90),
            "changer de métier",
            "informel",
        ),
    )
    progress_store.save_progress(sender, goal.id, Amount(percent=33.3, count=1.0), today - timedelta(days=10))
    progress_store.save_progress(sender, goal.id, Amount(percent=66.7, count=2.0), today)

    send(page, "/show_progress")
    wait_for_bot(page, "Où vous en êtes")
    image = page.locator("#chat img.rw-image-frame").last
    image.wait_for(timeout=30_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('#chat img.rw-image-frame')].some(i => i.complete && i.naturalWidth > 0)",
        timeout=30_000,
    )
    alt = image.get_attribute("alt")
    assert alt.startswith("Progression de l'objectif « Décrocher un poste de data analyst & <b>vite</b> » : 67 % le ")
    assert alt.endswith(".") and "échéance le" in alt
    assert image.get_attribute("src").startswith(f"{site.origin}/progression/")
    assert page.locator("#chat .rw-image-title").last.get_attribute("aria-hidden") == "true"
    assert page.locator("#chat b", has_text="vite").count() == 1  # the caption's own <b>, the goal's tags as text
    width = image.evaluate("i => i.getBoundingClientRect().width")
    assert 200 <= width <= 400  # readable at widget width
    wait_for_bot(page, "pointillés")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "progress-chart.png"), full_page=True)
    context.close()
