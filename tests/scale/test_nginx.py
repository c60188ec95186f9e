"""nginx (Debian's package) in front of two Rasa servers, as in production: round robin for REST, client
affinity for socket.io, the Origin check, and the widget in headless Chromium going on after the Rasa
server that carried its socket is killed (in the production profile: socket.io only, signed sessions
checked by either server with their shared secret).

The configuration is ``deploy/nginx.conf.template`` rendered by ``scripts/nginx_conf.py`` with this
test's ports; the Rasa servers share PostgreSQL and Redis (``make services``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.browser.test_widget import ARTEFACTS, CHROMIUM, CHROMIUM_ARGS, send, wait_for_bot
from tests.e2e.servers import text_of
from tests.scale.front import NGINX, behind_nginx
from tests.scale.test_two_rasa_servers import answered, goal_turns, user_texts

RUN = uuid.uuid4().hex[:8]

pytestmark = [
    pytest.mark.skipif(
        not Path(NGINX).exists() and not os.environ.get("CI"), reason="Debian's nginx is installed by `make services`"
    ),
    pytest.mark.xdist_group("scale"),  # on the worker that has the scale-out stack (tests/scale/conftest.py)
]


@pytest.fixture(scope="module")
def front(scale_front):
    """The development channels (REST and Rasa's socket.io) behind nginx (tests/scale/conftest.py)."""
    return scale_front


@pytest.fixture(scope="module")
def production_front(tmp_path_factory):
    """The production profile (socket.io only, signed sessions, one secret on both servers) behind nginx."""
    secret = {"MENTORAT_SESSION_SECRET": uuid.uuid4().hex + uuid.uuid4().hex}
    with behind_nginx(tmp_path_factory.mktemp("nginx-prod"), "credentials.production.yml", secret) as running:
        yield running


def say_via(origin: str, sender: str, text: str) -> list[dict]:
    """One message on the REST webhook, through nginx."""
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(
        f"{origin}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def upstreams(prefix: Path, path: str) -> list[str]:
    """The Rasa server (address:port) nginx passed each request for ``path`` to, in order."""
    lines = (prefix / "access.log").read_text().splitlines()
    return [line.rsplit("upstream=", 1)[1] for line in lines if f" {path}" in line and "upstream=" in line]


def test_the_configuration_is_valid_for_nginx(front):
    checked = subprocess.run(
        [NGINX, "-t", "-c", str(front["prefix"].parent / "nginx.conf"), "-p", str(front["prefix"])],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_rest_messages_are_spread_over_both_servers_and_the_conversation_holds(front):
    sender = f"nginx-{RUN}-rest"
    turns = goal_turns("animer la tournée des agences de Nantes")
    for said, expected in turns:
        reply = say_via(front["origin"], sender, said)
        assert answered(reply, expected), (said, text_of(reply))
    used = upstreams(front["prefix"], "/webhooks/rest/webhook")
    ports = {f"127.0.0.1:{port}" for port in front["servers"].rasa_ports}
    assert set(used[-len(turns) :]) == ports  # both servers took messages of this one conversation
    assert user_texts(front["stores"], sender) == [said for said, _ in turns]


def polling_handshake(origin: str, sent_origin: str | None) -> tuple[int, str]:
    """Open an engine.io long-polling session through nginx; (status, body)."""
    headers = {"Origin": sent_origin} if sent_origin else {}
    request = urllib.request.Request(f"{origin}/socket.io/?EIO=4&transport=polling", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_socketio_from_another_site_is_refused_and_from_the_page_accepted(front):
    origin = front["origin"]
    assert polling_handshake(origin, "https://autre-site.example")[0] == 403
    status, body = polling_handshake(origin, origin)
    assert status == 200 and body.startswith("0{") and '"sid"' in body  # engine.io's open packet
    websocket = subprocess.run(  # a WebSocket upgrade from another site, as a browser sends it
        [
            "curl",
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-H",
            "Connection: Upgrade",
            "-H",
            "Upgrade: websocket",
            "-H",
            "Sec-WebSocket-Version: 13",
            "-H",
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
            "-H",
            "Origin: https://autre-site.example",
            f"{origin}/socket.io/?EIO=4&transport=websocket",
        ],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert websocket.stdout == "403"


def established_ports(ports: list[int]) -> set[int]:
    """Which of ``ports`` (Rasa servers on 127.0.0.1) have an established TCP connection right now."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            port = int(local.rsplit(":", 1)[1], 16)
            if state == "01" and port in ports:
                found.add(port)
    return found


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is installed by `make test`")
def test_the_widget_through_nginx_goes_on_when_its_rasa_server_is_killed(production_front):
    from playwright.sync_api import sync_playwright

    front = production_front
    servers = front["servers"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 420, "height": 860}, locale="fr-FR").new_page()
            page.goto(front["origin"])
            wait_for_bot(page, "Je suis Mentorat")
            page.locator(".rw-reply", has_text="Clarifier mes objectifs").click()
            wait_for_bot(page, "Dans quel domaine")
            page.locator(".rw-reply", has_text="Leadership").click()
            wait_for_bot(page, "Quel est votre objectif")
            send(page, "ouvrir notre bureau de Toulouse")
            wait_for_bot(page, "Comment saurez-vous")

            carrying = established_ports(servers.rasa_ports)
            assert len(carrying) == 1, carrying  # affinity: one server carries the widget's socket
            dead = carrying.pop()
            role = servers.rasa_roles()[servers.rasa_ports.index(dead)]
            os.kill(servers.pids()[role], signal.SIGKILL)

            survivor = next(port for port in servers.rasa_ports if port != dead)
            deadline = time.monotonic() + 60
            while survivor not in established_ports(servers.rasa_ports):  # the widget reconnected, via nginx
                assert time.monotonic() < deadline, "the widget did not reconnect to the other server"
                time.sleep(0.5)
            send(page, "trois clients signés à Toulouse")
            wait_for_bot(page, "Pour quand", timeout=60_000)  # the form went on where it was
            send(page, "dans 6 mois")
            wait_for_bot(page, "Pourquoi cet objectif", timeout=60_000)
            ARTEFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTEFACTS / "nginx-after-failover.png"), full_page=True)
            session = page.evaluate(
                "() => JSON.parse(window.localStorage.getItem('chat_session') || '{}').session_id || ''"
            )
            sender = session.split(".")[0]  # the signed session id is « <sender id>.<signature> »
        finally:
            browser.close()
    said = user_texts(front["stores"], sender)
    # Every turn, before and after the server died, is in the shared tracker store, once, in order.
    assert said[-3:] == ["ouvrir notre bureau de Toulouse", "trois clients signés à Toulouse", "dans 6 mois"]
    assert len(said) == len(set(said))
