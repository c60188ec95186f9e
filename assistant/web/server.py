"""The widget page's web server: ``python -m assistant.web.server [--port 8080]``.

Serves ``index.html``, its CSS and JS, the rasa-webchat bundle installed by npm, and a
``config.js`` that tells the page where the Rasa socket.io server is (``MENTORAT_SOCKET_URL``, by
default the page's own host name on ``RASA_PORT``) and where to check that it answers
(``MENTORAT_HEALTH_URL``, by default that server's root; behind nginx, its ``/rasa-health``),
and the calendar file of a meeting preparation at ``/calendrier/<token>.ics`` (the random token
in the link is its only key), and a mentee's full export at ``/export/<token>.json`` while its
link has not expired (a clear French page otherwise: 404 unknown, 410 expired), and a goal's progress picture
at ``/progression/<token>.svg`` (same expiring links, ``kind`` ``chart``; 404 unknown, 410 expired).
Binds to 127.0.0.1 unless told otherwise.
Every response carries a Content-Security-Policy: scripts only from this server, connections only
to it and to the Rasa server.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Mapping
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.exc import SQLAlchemyError

WEB_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = WEB_DIR.parents[1]
WIDGET_BUNDLE = PROJECT_ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"

FILES = {
    "/": (WEB_DIR / "index.html", "text/html; charset=utf-8"),
    "/index.html": (WEB_DIR / "index.html", "text/html; charset=utf-8"),
    "/style.css": (WEB_DIR / "style.css", "text/css; charset=utf-8"),
    "/app.js": (WEB_DIR / "app.js", "text/javascript; charset=utf-8"),
    "/vendor/rasa-webchat.js": (WIDGET_BUNDLE, "text/javascript; charset=utf-8"),
}


CALENDAR_PATH = re.compile(r"^/calendrier/([A-Za-z0-9_-]{16,64})\.ics$")


def calendar_file(path: str) -> bytes | None:
    """The .ics of the preparation named by a ``/calendrier/<token>.ics`` path; None when there is none."""
    match = CALENDAR_PATH.match(path)
    if not match:
        return None
    from assistant.meetings.calendar import preparation_ics
    from assistant.meetings.store import preparation_by_token

    preparation = preparation_by_token(match.group(1))
    return preparation_ics(preparation) if preparation else None


EXPORT_PATH = re.compile(r"^/export/([A-Za-z0-9_-]{16,64})\.json$")


def export_download(path: str) -> tuple[HTTPStatus, bytes, str]:
    """Status, body and content type for ``/export/<token>.json``: the JSON file, or a French page saying why not."""
    from markupsafe import escape

    from assistant.common.templating import message, render
    from assistant.store import export_links

    match = EXPORT_PATH.match(path)
    try:
        found = export_links.lookup_link(match.group(1)) if match else export_links.LinkLookup("unknown")
    except SQLAlchemyError:  # a database failure gives a clear page, not a traceback
        found = export_links.LinkLookup("unavailable")
    if found.status == "ok":
        body = json.dumps(found.document, ensure_ascii=False, indent=2).encode()
        return HTTPStatus.OK, body, "application/json; charset=utf-8"
    status = {"expired": HTTPStatus.GONE, "unavailable": HTTPStatus.SERVICE_UNAVAILABLE}.get(
        found.status, HTTPStatus.NOT_FOUND
    )
    minutes = export_links.EXPORT_LINK_MINUTES
    page = render(
        "export_link_page.html.j2",
        title=escape(message(f"export_page_{found.status}_title")),
        text=escape(message(f"export_page_{found.status}", minutes=minutes)),
    )
    return status, page.encode(), "text/html; charset=utf-8"


CHART_PATH = re.compile(r"^/progression/([A-Za-z0-9_-]{16,64})\.svg$")
#: The picture's own policy when it is opened directly: no script, no request, nothing outside itself.
CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"


def chart_image(path: str) -> tuple[HTTPStatus, bytes, str]:
    """Status, body and content type for ``/progression/<token>.svg``: the SVG, or a French line saying why not."""
    from assistant.common.templating import message
    from assistant.store import export_links

    match = CHART_PATH.match(path)
    try:
        found = (
            export_links.lookup_link(match.group(1), kind=export_links.CHART)
            if match
            else export_links.LinkLookup("unknown")
        )
    except SQLAlchemyError:  # a database failure gives a clear answer, not a traceback
        found = export_links.LinkLookup("unavailable")
    if found.status == "ok" and isinstance(found.document, dict) and isinstance(found.document.get("svg"), str):
        return HTTPStatus.OK, found.document["svg"].encode(), "image/svg+xml; charset=utf-8"
    status = {"expired": HTTPStatus.GONE, "unavailable": HTTPStatus.SERVICE_UNAVAILABLE}.get(
        found.status, HTTPStatus.NOT_FOUND
    )
    text = message(f"progress_chart_page_{found.status if found.status != 'ok' else 'unknown'}")
    return status, text.encode(), "text/plain; charset=utf-8"


def socket_url(host_header: str | None, env: Mapping[str, str] | None = None) -> str:
    """Where the page's widget connects: ``MENTORAT_SOCKET_URL``, or this host on ``RASA_PORT``."""
    env = os.environ if env is None else env
    if env.get("MENTORAT_SOCKET_URL"):
        return env["MENTORAT_SOCKET_URL"].rstrip("/")
    hostname = urlsplit(f"http://{host_header or '127.0.0.1'}").hostname or "127.0.0.1"
    return f"http://{hostname}:{env.get('RASA_PORT', '5005')}"


def page_origin(env: Mapping[str, str] | None = None) -> str:
    """The origin of ``MENTORAT_PAGE_URL`` (where the actions' links point), or "" when it is unset or unreadable."""
    env = os.environ if env is None else env
    parts = urlsplit(env.get("MENTORAT_PAGE_URL", "").strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or not re.fullmatch(r"[A-Za-z0-9.:\[\]-]+", parts.netloc)
    ):
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(socket: str, images: str = "") -> str:
    """Scripts from this server only; network connections to it and to the Rasa server only; pictures from this
    server, ``data:`` and ``images`` (the page server's public origin, when the links name another host)."""
    parts = urlsplit(socket)
    websocket = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"
    img = " ".join(["'self'", "data:", *([images] if images else [])])
    return (
        f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {img}; "
        f"connect-src 'self' {socket} {websocket}; object-src 'none'; base-uri 'none'; frame-ancestors *"
    )


class PageHandler(BaseHTTPRequestHandler):
    """GET only: the page, its assets and its configuration."""

    server_version = "MentoratWeb"

    def do_GET(self) -> None:  # noqa: N802 - the http.server naming
        """Answer one GET request."""
        path = urlsplit(self.path).path
        socket = socket_url(self.headers.get("Host"))
        if path == "/config.js":
            settings = {"socketUrl": socket, "healthUrl": os.environ.get("MENTORAT_HEALTH_URL") or f"{socket}/"}
            body = f"window.MENTORAT_CONFIG = {json.dumps(settings)};\n".encode()
            return self._send(HTTPStatus.OK, body, "text/javascript; charset=utf-8", socket)
        if path.startswith("/calendrier/"):
            try:
                ics = calendar_file(path)
            except SQLAlchemyError:  # a database failure gives a clear page, not a traceback
                return self._send(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    b"Agenda indisponible pour le moment.",
                    "text/plain; charset=utf-8",
                    socket,
                )
            if ics is None:
                return self._send(
                    HTTPStatus.NOT_FOUND, "Aucun événement pour ce lien.".encode(), "text/plain; charset=utf-8", socket
                )
            return self._send(
                HTTPStatus.OK,
                ics,
                "text/calendar; charset=utf-8",
                socket,
                disposition='attachment; filename="rencontre-mentorat.ics"',
            )
        if path.startswith("/export/"):
            status, body, kind = export_download(path)
            disposition = 'attachment; filename="mentorat-mes-donnees.json"' if status == HTTPStatus.OK else ""
            return self._send(status, body, kind, socket, disposition=disposition, cacheable=status != HTTPStatus.OK)
        if path.startswith("/progression/"):
            status, body, kind = chart_image(path)
            return self._send(status, body, kind, socket, cacheable=False, policy=CHART_POLICY)
        if path not in FILES:
            return self._send(HTTPStatus.NOT_FOUND, b"Page introuvable.", "text/plain; charset=utf-8", socket)
        file, kind = FILES[path]
        if not file.exists():
            message = f"{file.name} manque : lancez `make install`.".encode()
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE, message, "text/plain; charset=utf-8", socket)
        return self._send(HTTPStatus.OK, file.read_bytes(), kind, socket)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        kind: str,
        socket: str,
        disposition: str = "",
        cacheable: bool = True,
        policy: str = "",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if disposition:
            self.send_header("Content-Disposition", disposition)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", policy or content_security_policy(socket, page_origin()))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache" if cacheable else "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        """Quiet by default; set MENTORAT_WEB_LOG=1 to log requests."""
        if os.environ.get("MENTORAT_WEB_LOG"):
            super().log_message(format, *args)


def main(argv: list[str] | None = None) -> None:
    """Serve the page until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m assistant.web.server", description=__doc__)
    parser.add_argument("--host", default=os.environ.get("WEB_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    args = parser.parse_args(argv)
    server = ThreadingHTTPServer((args.host, args.port), partial(PageHandler))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
