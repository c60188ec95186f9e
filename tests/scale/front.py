"""nginx (Debian's package) before the page server and two Rasa servers on PostgreSQL and Redis, as in production.

The configuration is ``deploy/nginx.conf.template`` rendered by ``scripts/nginx_conf.py`` with the test's ports.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.nginx_conf import render
from tests.e2e.servers import BIN, ROOT, Servers, free_port, wait_until_answers
from tests.scale.stores import scale_stores

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


@contextmanager
def behind_nginx(workdir: Path, credentials: str, env: dict[str, str] | None = None) -> Iterator[dict]:
    """PostgreSQL + Redis, the action server, two Rasa servers, the page server and nginx before them."""
    prefix = workdir / "nginx"
    prefix.mkdir()
    prefix.chmod(0o755)  # nginx's workers (nobody, when started as root) write their temp files there
    listen, web_port = free_port(), free_port()
    origin = f"http://127.0.0.1:{listen}"
    with scale_stores("nginx") as stores:
        servers = Servers(
            workdir,
            env={**stores.env(), "MENTORAT_ALLOWED_ORIGINS": origin, **(env or {})},
            rasa_servers=2,
            cors=[origin],
            credentials=credentials,
        )
        config = workdir / "nginx.conf"
        config.write_text(
            render(f"127.0.0.1:{listen}", [f"127.0.0.1:{p}" for p in servers.rasa_ports], web_port, [origin], prefix)
        )
        started: list[subprocess.Popen] = []
        try:
            servers.start(timeout=600)
            page_env = {**servers.env, "MENTORAT_SOCKET_URL": origin, "MENTORAT_HEALTH_URL": f"{origin}/rasa-health"}
            started.append(
                subprocess.Popen(
                    [str(BIN / "python"), "-m", "assistant.web.server", "--port", str(web_port)], cwd=ROOT, env=page_env
                )
            )
            started.append(
                subprocess.Popen([NGINX, "-c", str(config), "-p", str(prefix), "-g", "daemon off;"], cwd=workdir)
            )
            wait_until_answers(f"{origin}/config.js", "nginx and the page server")  # 502 until the page server is up
            yield {"servers": servers, "stores": stores, "origin": origin, "prefix": prefix}
        finally:
            for process in reversed(started):
                process.terminate()
                process.wait(timeout=20)
            servers.stop()
