"""Render ``deploy/nginx.conf.template`` into a whole nginx configuration.

    python scripts/nginx_conf.py --listen 127.0.0.1:8443 --rasa 127.0.0.1:5005 --rasa 127.0.0.1:5006 \
        --web-port 8080 --origin https://mentorat.example.org --prefix /var/lib/mentorat/nginx > nginx.conf
    nginx -c "$PWD/nginx.conf" -p /var/lib/mentorat/nginx

The scale-out test renders it with its own ports and starts Debian's nginx on it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[1] / "deploy" / "nginx.conf.template"
#: An origin as a browser sends it: scheme, host, optional port, nothing else.
ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
ADDRESS = re.compile(r"^[A-Za-z0-9.-]+:[0-9]{1,5}$")


def render(listen: str, rasa: list[str], web_port: int, origins: list[str], prefix: Path) -> str:
    """The configuration text; refuses an origin or address that would not be a single literal."""
    bad = [o for o in origins if not ORIGIN.match(o)] + [a for a in [listen, *rasa] if not ADDRESS.match(a)]
    if bad or not rasa or not origins:
        raise ValueError(f"refused: {bad or 'at least one Rasa server and one allowed origin are needed'}")
    values = {
        "LISTEN": listen,
        "PREFIX": str(prefix),
        "WEB_PORT": str(web_port),
        "RASA_SERVERS": "\n".join(f"        server {address} max_fails=1 fail_timeout=10s;" for address in rasa),
        "ALLOWED_ORIGINS": "\n".join(f'        "{origin}" 0;' for origin in origins),
    }
    # {{NAME}} placeholders: nginx's own $variables stay as they are.
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], TEMPLATE.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> None:
    """Print the rendered configuration."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listen", required=True, help="address:port nginx listens on")
    parser.add_argument("--rasa", action="append", required=True, help="address:port of a Rasa server (repeat)")
    parser.add_argument("--web-port", type=int, required=True, help="port of the page server on 127.0.0.1")
    parser.add_argument("--origin", action="append", required=True, help="an allowed page origin (repeat)")
    parser.add_argument("--prefix", type=Path, required=True, help="folder for nginx's pid, logs and temp files")
    args = parser.parse_args(argv)
    sys.stdout.write(render(args.listen, args.rasa, args.web_port, args.origin, args.prefix))


if __name__ == "__main__":
    main()
