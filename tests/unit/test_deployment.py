"""The deployment files: the nginx configuration renders only from sound values, and the systemd units start
what the Makefile starts, in the production profile, on 127.0.0.1. (nginx itself runs the rendered
configuration in tests/scale/test_nginx.py; systemd cannot run on these machines.)"""

from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

import pytest

from scripts.nginx_conf import render

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"


def test_the_nginx_configuration_names_every_server_and_origin(tmp_path):
    text = render(
        "127.0.0.1:8443", ["127.0.0.1:5005", "127.0.0.1:5006"], 8080, ["https://mentorat.example.org"], tmp_path
    )
    assert "{{" not in text
    assert text.count("server 127.0.0.1:5005 ") == 2 and text.count("server 127.0.0.1:5006 ") == 2  # both upstreams
    socketio = text[text.index("upstream mentorat_socketio") :]
    assert socketio.index("ip_hash;") < socketio.index("}")  # client affinity for socket.io only
    assert "ip_hash" not in text[text.index("upstream mentorat_rest") : text.index("upstream mentorat_socketio")]
    assert '"https://mentorat.example.org" 0;' in text
    assert "$http_upgrade" in text  # nginx's own variables are left alone


@pytest.mark.parametrize(
    ("origins", "rasa"),
    [
        (["*"], ["127.0.0.1:5005"]),
        (['https://a.example" 0; default 0; "x'], ["127.0.0.1:5005"]),
        (["https://a.example/path"], ["127.0.0.1:5005"]),
        (["https://a.example"], []),
        (["https://a.example"], ["127.0.0.1:5005; include /etc/passwd"]),
    ],
)
def test_the_nginx_configuration_refuses_what_would_not_be_one_literal(tmp_path, origins, rasa):
    with pytest.raises(ValueError):
        render("127.0.0.1:8443", rasa, 8080, origins, tmp_path)


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read(UNITS / name, encoding="utf-8")
    return parser


def test_the_units_run_the_projects_own_commands_in_the_production_profile():
    rasa = shlex.split(unit("mentorat-rasa@.service")["Service"]["ExecStart"])
    assert rasa[0].endswith("/.venv/bin/rasa") and rasa[1] == "run"
    options = dict(zip(rasa[2::2], rasa[3::2], strict=False))
    assert options["--credentials"] == "credentials.production.yml" and options["--interface"] == "127.0.0.1"
    for option in ("--model", "--endpoints", "--credentials"):
        relative = options[option]
        assert (ROOT / relative).exists() or relative.startswith("models/"), relative
    actions = unit("mentorat-actions.service")["Service"]
    assert actions["ExecStartPre"].endswith("-m assistant migrate")  # migrated first, as `make run` does
    web = shlex.split(unit("mentorat-web.service")["Service"]["ExecStart"])
    assert web[web.index("--host") + 1] == "127.0.0.1"
    for name in ("mentorat-actions.service", "mentorat-rasa@.service", "mentorat-web.service"):
        service = unit(name)["Service"]
        assert service["EnvironmentFile"] == "/etc/mentorat/mentorat.env" and service["User"] == "mentorat"


def test_the_environment_example_sets_every_variable_endpoints_reads():
    example = (UNITS / "mentorat.env.example").read_text(encoding="utf-8")
    names = set(re.findall(r"^([A-Z_]+)=", example, re.MULTILINE))
    settings = [line for line in (ROOT / "endpoints.yml").read_text(encoding="utf-8").splitlines() if "#" not in line]
    endpoints = set(re.findall(r"\$\{([A-Z_]+)\}", "\n".join(settings)))
    assert "TRACKER_DB" in endpoints
    assert endpoints <= names
    assert {"MENTORAT_SESSION_SECRET", "MENTORAT_ALLOWED_ORIGINS", "DATABASE_URL"} <= names
