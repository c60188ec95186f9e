"""Nudges on return end to end over REST: a mentee notes that a draft was sent 8 days ago, comes back after the
session expired, sees the nudge with its button, clicks it and gets the follow-up (relance) of that draft."""

from __future__ import annotations

from datetime import timedelta

from assistant.common.dates import format_date_fr, local_today
from assistant.common.mentor import Mentor
from assistant.outreach import sending
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from tests.e2e.servers import payloads_of, text_of
from tests.e2e.test_blind_conversations import expire_session

REQUEST = OutreachRequest(
    mentor=Mentor("Claire Martin", "directrice data", "Doctolib"),
    source="linkedin",
    source_detail="",
    draw="son parcours de reconversion",
    goal="devenir data analyst",
    intro="Léa, étudiante en master data",
    ask="coffee",
    first_name="Léa",
)


def test_a_message_without_reply_for_8_days_is_nudged_and_followed_up(shared_servers, monkeypatch):
    servers = shared_servers
    mentee = "e2e-nudges-mentee"
    monkeypatch.setenv("DATABASE_URL", servers.env["DATABASE_URL"])
    saved = draft_store.save_draft(mentee, REQUEST, compose(REQUEST, DraftStyle("email")))
    sent_on = local_today() - timedelta(days=8)
    servers.say(mentee, "bonjour")
    noted = text_of(servers.say(mentee, "j'ai envoyé mon mail à Claire il y a 8 jours"))
    assert "C'est noté" in noted and "Claire Martin" in noted
    assert sending.list_sendings(mentee)[0].sent_on == sent_on

    expire_session(servers, mentee)
    welcome = servers.say(mentee, "salut")
    assert "Une chose vous attend" in text_of(welcome) and "depuis 8 jours" in text_of(welcome)
    button = f'/no_reply{{"follow_up":"{saved.id}"}}'
    assert button in payloads_of(welcome)

    follow_up = servers.say(mentee, button)
    day = format_date_fr(sent_on).rsplit(" ", 1)[0] if sent_on.year == local_today().year else format_date_fr(sent_on)
    assert "Voici votre relance pour Claire Martin" in text_of(follow_up)
    assert f"mon message du {day}" in text_of(follow_up) and "Objet : Re : " in text_of(follow_up)
    assert [v.change for v in draft_store.current_draft(mentee).versions] == ["initial", "follow_up"]
