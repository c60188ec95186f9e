"""The export's download link: a random token per mentee, served by the real page server until it expires."""

import json
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from http.server import ThreadingHTTPServer

import pytest

from assistant import privacy
from assistant.store import export_links
from assistant.store.models import utcnow
from assistant.web.server import PageHandler


@pytest.fixture()
def server(database, monkeypatch):
    monkeypatch.setenv("MENTORAT_SOCKET_URL", "http://127.0.0.1:5999")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), PageHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch_error(url: str) -> urllib.error.HTTPError:
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(url)
    return error.value


def test_tokens_are_random_and_belong_to_one_mentee(database):
    first = export_links.create_link("alice", {"sender_id": "alice"})
    second = export_links.create_link("alice", {"sender_id": "alice"})
    other = export_links.create_link("bob", {"sender_id": "bob"})
    assert len({first.token, second.token, other.token}) == 3 and len(first.token) == 32
    assert export_links.lookup_link(first.token).document == {"sender_id": "alice"}
    assert export_links.lookup_link(other.token).document == {"sender_id": "bob"}
    assert timedelta(minutes=14) < first.expires_at - utcnow() <= timedelta(minutes=15)
    assert privacy.erase_mentee("alice")["export_links"] == 2
    assert export_links.lookup_link(first.token).status == "unknown"
    assert export_links.lookup_link(other.token).status == "ok"


def test_expired_link_keeps_no_data_then_goes(database):
    link = export_links.create_link("alice", {"goals": ["secret"]}, now=utcnow() - timedelta(minutes=16))
    assert export_links.lookup_link(link.token) == export_links.LinkLookup("expired")
    from assistant.store.db import session_scope
    from assistant.store.models import ExportLink

    with session_scope() as session:
        assert session.query(ExportLink).one().document == ""  # emptied once expired
    later = utcnow() + timedelta(days=2)
    assert export_links.lookup_link(link.token, now=later).status == "unknown"
    for token in ("", "short", "x" * 65):
        assert export_links.lookup_link(token).status == "unknown"


def test_page_server_serves_the_json_until_expiry(server):
    document = {"sender_id": "alice", "goals": [{"statement": "Devenir data analyst"}]}
    link = export_links.create_link("alice", document)
    with urllib.request.urlopen(f"{server}/export/{link.token}.json") as response:
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
        assert response.headers["Content-Disposition"] == 'attachment; filename="mentorat-mes-donnees.json"'
        assert response.headers["Cache-Control"] == "no-store"
        assert json.loads(response.read()) == document

    expired = export_links.create_link("alice", document, now=utcnow() - timedelta(minutes=15, seconds=1))
    gone = fetch_error(f"{server}/export/{expired.token}.json")
    page = gone.read().decode()
    assert gone.code == 410 and gone.headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<html lang="fr">' in page and "Ce lien a expiré" in page and "15 minutes" in page
    assert "Devenir data analyst" not in page

    for path in (f"/export/{'x' * 32}.json", "/export/short.json", f"/export/{link.token}.txt", "/export/"):
        missing = fetch_error(server + path)
        assert missing.code == 404 and "Lien inconnu" in missing.read().decode()

    privacy.erase_mentee("alice")
    erased = fetch_error(f"{server}/export/{link.token}.json")
    assert erased.code == 404 and "vos données ont été supprimées" in erased.read().decode()


def test_page_server_says_when_the_database_cannot_serve(server, monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'never-migrated.db'}")  # no tables: queries fail
    down = fetch_error(f"{server}/export/{'y' * 32}.json")
    assert down.code == 503 and "Export indisponible" in down.read().decode()
