"""Start and stop the real action server and Rasa server(s) (end-to-end, browser, scale-out tests, benchmark)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
MODEL = ROOT / "models" / "mentorat.tar.gz"


def free_port(taken: tuple[int, ...] = ()) -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now and that is not in ``taken``."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in taken:
            return port


def _get(url: str, timeout: float = 2.0) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0


def wait_until_answers(url: str, what: str, timeout: float = 30, process: subprocess.Popen | None = None) -> None:
    """Wait until ``url`` answers 200 (``what`` names it in the error); fail early when ``process`` exits."""
    deadline = time.monotonic() + timeout
    while _get(url) != 200:
        if (process is not None and process.poll() is not None) or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not answer at {url}")
        time.sleep(0.2)


# The environment a Rasa server needs besides ports and databases: every variable endpoints.yml
# reads must be set (Rasa refuses unset ones), with the Makefile's defaults.
BASE_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SANIC_HOST": "127.0.0.1",
    "TRACKER_USER": "",
    "TRACKER_PASSWORD": "",
    "SQL_POOL_SIZE": "5",
    "SQL_MAX_OVERFLOW": "5",
    "LOCK_STORE_TYPE": "in_memory",
    "REDIS_HOST": "127.0.0.1",
    "REDIS_PORT": "6379",
    "REDIS_DB": "1",
    "REDIS_PASSWORD": "",
}

# The production profile's servers in tests (tests/conftest.py, production_site): its session secret, and the pages
# allowed besides the test's own page server.
PRODUCTION_SECRET = "test-secret-" + "x" * 40
PRODUCTION_PAGES = ("http://page.mentorat.test:8080", "http://other.page.test")


@dataclass
class Servers:
    """An action server and one or more Rasa servers sharing one environment (databases, ports).

    ``enable_api`` opens Rasa's HTTP API (trackers, events) on 127.0.0.1 for tests that read or set a
    conversation's state; never outside tests (it has no authentication here).
    ``project``/``model``/``with_actions`` let the benchmark start another Rasa project (the stock
    bot of ``rasa init``, which has no custom actions) the same way. ``rasa_servers`` > 1 starts
    that many Rasa processes on their own ports (``rasa_ports``; ``rasa_port`` is the first), all
    with the same environment: give them a shared tracker store and lock store through ``env``.
    ``credentials`` picks the channels (``credentials.production.yml`` for the production profile).
    """

    workdir: Path
    env: dict = field(default_factory=dict)
    action_port: int = 0
    rasa_port: int = 0
    cors: list = field(default_factory=list)
    project: Path = ROOT
    model: Path = MODEL
    with_actions: bool = True
    rasa_servers: int = 1
    enable_api: bool = False
    credentials: str = "credentials.yml"
    rasa_ports: list = field(default_factory=list)
    processes: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.action_port = self.action_port or free_port()
        self.rasa_port = self.rasa_port or free_port((self.action_port,))
        self.rasa_ports = [self.rasa_port]
        while len(self.rasa_ports) < self.rasa_servers:
            self.rasa_ports.append(free_port((self.action_port, *self.rasa_ports)))
        self.env = {
            **os.environ,
            **BASE_ENV,
            "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{self.action_port}/webhook",
            "TRACKER_DIALECT": "sqlite",
            "TRACKER_HOST": "",
            "TRACKER_DB": str(self.workdir / "tracker.db"),
            "DATABASE_URL": f"sqlite:///{self.workdir / 'outcomes.db'}",
            **self.env,
        }

    def _spawn(self, name: str, args: list[str]) -> None:
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        self.processes.append((subprocess.Popen(args, cwd=self.project, env=self.env, stdout=log, stderr=log), log))

    def start(self, timeout: float = 600) -> Servers:
        """Start both servers and wait until Rasa answers on the REST channel."""
        if not self.model.exists():
            raise RuntimeError(f"No trained model at {self.model}: run `make train` first.")
        if self.with_actions:
            subprocess.run([str(BIN / "python"), "-m", "assistant", "migrate"], cwd=ROOT, env=self.env, check=True)
            self._spawn("actions", [str(BIN / "python"), "-m", "actions", "--port", str(self.action_port)])
        for role, port in zip(self.rasa_roles(), self.rasa_ports, strict=True):
            self._spawn(
                role,
                [
                    str(BIN / "rasa"),
                    "run",
                    "--model",
                    str(self.model),
                    "--endpoints",
                    "endpoints.yml",
                    "--credentials",
                    self.credentials,
                    "--interface",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    *(["--cors", *self.cors] if self.cors else []),
                    *(["--enable-api"] if self.enable_api else []),
                ],
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process, _ in self.processes:
                if process.poll() is not None:
                    raise RuntimeError(f"a server exited early, see logs in {self.workdir}")
            actions_up = not self.with_actions or _get(f"http://127.0.0.1:{self.action_port}/health") == 200
            if actions_up and all(_get(f"http://127.0.0.1:{port}/") == 200 for port in self.rasa_ports):
                return self
            time.sleep(1)
        raise RuntimeError(f"servers did not start within {timeout}s, see logs in {self.workdir}")

    def kill_actions(self) -> None:
        """Kill the action server with SIGKILL, as a crash would (``start_actions`` brings it back)."""
        process, _ = self.processes[0]
        process.kill()
        process.wait()

    def start_actions(self, timeout: float = 120) -> None:
        """Start the action server again on its port, with the same environment and log, once it answers."""
        _, log = self.processes[0]
        started = subprocess.Popen(
            [str(BIN / "python"), "-m", "actions", "--port", str(self.action_port)],
            cwd=self.project,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        self.processes[0] = (started, log)
        deadline = time.monotonic() + timeout
        while _get(f"http://127.0.0.1:{self.action_port}/health") != 200:
            if started.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the action server did not start again, see logs in {self.workdir}")
            time.sleep(0.5)

    def rasa_roles(self) -> list[str]:
        """Role names of the Rasa processes: ``rasa``, then ``rasa-2``, ``rasa-3`` … (also their log names)."""
        return ["rasa"] + [f"rasa-{n}" for n in range(2, len(self.rasa_ports) + 1)]

    def pids(self) -> dict[str, int]:
        """Process ids by role (``actions``, ``rasa``, ``rasa-2`` …)."""
        roles = (["actions"] if self.with_actions else []) + self.rasa_roles()
        return {role: process.pid for role, (process, _) in zip(roles, self.processes, strict=True)}

    def webhook(self, server: int = 0) -> str:
        """The REST webhook URL of Rasa server number ``server`` (0 is the first)."""
        return f"http://127.0.0.1:{self.rasa_ports[server]}/webhooks/rest/webhook"

    def stop(self) -> None:
        """Stop every server started (SIGTERM, then SIGKILL after 20 s)."""
        for process, _log in self.processes:
            process.terminate()
        for process, log in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
        self.processes = []

    def say(self, sender: str, message: str, server: int = 0) -> list[dict]:
        """Send one message on the REST webhook of Rasa server ``server`` and return the bot's messages."""
        body = json.dumps({"sender": sender, "message": message}).encode()
        request = urllib.request.Request(self.webhook(server), data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def tracker(self, sender: str, server: int = 0) -> dict:
        """The conversation's current tracker (needs ``enable_api``)."""
        url = f"http://127.0.0.1:{self.rasa_ports[server]}/conversations/{sender}/tracker"
        with urllib.request.urlopen(url, timeout=60) as response:
            return json.loads(response.read())

    def replace_events(self, sender: str, events: list[dict], server: int = 0) -> None:
        """Give the conversation exactly these events (needs ``enable_api``). Rasa's SQL tracker store only appends:
        erase the stored ones first (``assistant.store.tracker.erase_conversation``)."""
        url = f"http://127.0.0.1:{self.rasa_ports[server]}/conversations/{sender}/tracker/events"
        request = urllib.request.Request(
            url, data=json.dumps(events).encode(), headers={"Content-Type": "application/json"}, method="PUT"
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()


class Site:
    """Servers and the page server (``python -m assistant.web.server``) on a port of its own: the page is an allowed
    CORS origin, the widget's socket points at the Rasa server and the actions' links at the page
    (``MENTORAT_PAGE_URL``). ``Servers.stop``/``start`` restart Rasa and actions; the page server stays up."""

    def __init__(self, workdir: Path, credentials: str = "credentials.yml", env: dict | None = None, **options) -> None:
        self.web_port = free_port()
        self.origin = f"http://127.0.0.1:{self.web_port}"
        env = {"MENTORAT_PAGE_URL": self.origin, **(env or {})}
        self.servers = Servers(workdir, cors=[self.origin], credentials=credentials, env=env, **options)
        self.web: subprocess.Popen | None = None

    def start(self) -> Site:
        self.servers.start()
        env = {**self.servers.env, "MENTORAT_SOCKET_URL": f"http://127.0.0.1:{self.servers.rasa_port}"}
        self.web = subprocess.Popen(
            [str(BIN / "python"), "-m", "assistant.web.server", "--port", str(self.web_port)], cwd=ROOT, env=env
        )
        wait_until_answers(f"{self.origin}/config.js", "the page server", process=self.web)
        return self

    def stop(self) -> None:
        self.servers.stop()
        if self.web:
            self.web.terminate()
            self.web.wait(timeout=10)


def text_of(messages: list[dict]) -> str:
    """All texts of the bot's messages, joined by new lines."""
    return "\n".join(m.get("text", "") for m in messages)


def payloads_of(messages: list[dict]) -> list[str]:
    """All button payloads of the bot's messages."""
    return [b["payload"] for m in messages for b in m.get("buttons", [])]
