"""The page server: configuration, security headers, and nothing served outside its list."""

import json
import threading
import urllib.error
import urllib.request
from datetime import datetime
from http.server import ThreadingHTTPServer

import pytest
from icalendar import Calendar

from assistant.common.mentor import Mentor
from assistant.meetings import store as preparation_store
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation
from assistant.web.server import PageHandler, content_security_policy, socket_url


def test_socket_url_follows_env_or_host():
    assert (
        socket_url("example.org:8080", {"MENTORAT_SOCKET_URL": "https://rasa.example.org/"})
        == "https://rasa.example.org"
    )
    assert socket_url("example.org:8080", {"RASA_PORT": "5006"}) == "http://example.org:5006"
    assert socket_url(None, {}) == "http://127.0.0.1:5005"


def test_csp_allows_only_this_server_and_rasa():
    policy = content_security_policy("https://rasa.example.org")
    assert "script-src 'self';" in policy
    assert "connect-src 'self' https://rasa.example.org wss://rasa.example.org;" in policy
    assert "unsafe-eval" not in policy


@pytest.fixture()
def server(monkeypatch):
    monkeypatch.setenv("MENTORAT_SOCKET_URL", "http://127.0.0.1:5999")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), PageHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_and_config_are_served_with_headers(server):
    with urllib.request.urlopen(server + "/") as response:
        page = response.read().decode()
        assert '<html lang="fr">' in page and 'id="new-conversation"' in page
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    with urllib.request.urlopen(server + "/config.js") as response:
        config = response.read().decode()
        expected = {"socketUrl": "http://127.0.0.1:5999", "healthUrl": "http://127.0.0.1:5999/"}
        assert config == f"window.MENTORAT_CONFIG = {json.dumps(expected)};\n"


@pytest.mark.parametrize("path", ["/../../domain.yml", "/server.py", "/%2e%2e/config.yml", "/nope"])
def test_only_listed_files_are_served(server, path):
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(server + path)
    assert error.value.code == 404


def test_calendar_link_serves_the_preparation_ics(server, database):
    details = MeetingDetails(
        mentor=Mentor("Claire Martin"),
        starts_at=datetime(2027, 1, 14, 9, 30),
        has_time=True,
        format="cafe",
        minutes=30,
        first=True,
        subject="Devenir data scientist",
    )
    saved = preparation_store.save_preparation("alice", build_preparation(details))
    with urllib.request.urlopen(f"{server}/calendrier/{saved.token}.ics") as response:
        assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
        assert "attachment" in response.headers["Content-Disposition"]
        event = Calendar.from_ical(response.read()).walk("VEVENT")[0]
    assert event.decoded("dtstart").replace(tzinfo=None) == datetime(2027, 1, 14, 9, 30)
    for path in (f"/calendrier/{'x' * 24}.ics", "/calendrier/short.ics", f"/calendrier/{saved.token}.txt"):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(server + path)
        assert error.value.code == 404


def test_progress_chart_link_serves_the_svg_until_it_expires(server, database):
    from datetime import timedelta

    from assistant.store import export_links
    from assistant.store.models import utcnow

    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Progression</title></svg>'
    link = export_links.create_link("alice", {"goal_id": 1, "svg": svg}, kind=export_links.CHART)
    with urllib.request.urlopen(f"{server}/progression/{link.token}.svg") as response:
        assert response.headers["Content-Type"] == "image/svg+xml; charset=utf-8"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Cache-Control"] == "no-store"
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "sandbox" in policy and "script-src" not in policy
        assert response.read().decode() == svg
    expired = export_links.create_link(
        "alice", {"goal_id": 1, "svg": svg}, now=utcnow() - timedelta(minutes=16), kind=export_links.CHART
    )
    export = export_links.create_link("alice", {"sender_id": "alice"})
    cases = {
        f"/progression/{expired.token}.svg": 410,
        f"/progression/{'x' * 32}.svg": 404,
        f"/progression/{export.token}.svg": 404,  # an export token is no picture
        f"/export/{link.token}.json": 404,  # and a picture token no export
        f"/progression/{link.token}.png": 404,
        "/progression/short.svg": 404,
    }
    for path, code in cases.items():
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(server + path)
        assert error.value.code == code, path
        if path.startswith("/progression/"):
            assert "courbe" in error.value.read().decode()


def test_pictures_may_come_from_the_public_page_address(monkeypatch):
    from assistant.web.server import page_origin

    assert page_origin({"MENTORAT_PAGE_URL": "https://mentorat.example.org/app/"}) == "https://mentorat.example.org"
    assert page_origin({"MENTORAT_PAGE_URL": "javascript:alert(1)"}) == ""
    assert page_origin({}) == ""
    policy = content_security_policy("http://127.0.0.1:5005", "http://localhost:8080")
    assert "img-src 'self' data: http://localhost:8080;" in policy
