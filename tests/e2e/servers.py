"""Start and stop the real action server and Rasa server (end-to-end tests, browser tests, benchmark)."""

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


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, timeout: float = 2.0) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0


@dataclass
class Servers:
    """An action server and a Rasa server sharing one environment (databases, ports).

    ``project``/``model``/``with_actions`` let the benchmark start another Rasa project (the stock
    bot of ``rasa init``, which has no custom actions) the same way.
    """

    workdir: Path
    env: dict = field(default_factory=dict)
    action_port: int = 0
    rasa_port: int = 0
    cors: list = field(default_factory=list)
    project: Path = ROOT
    model: Path = MODEL
    with_actions: bool = True
    processes: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.action_port = self.action_port or free_port()
        self.rasa_port = self.rasa_port or free_port()
        self.env = {
            **os.environ,
            "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SANIC_HOST": "127.0.0.1",
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

    def start(self, timeout: float = 240) -> Servers:
        """Start both servers and wait until Rasa answers on the REST channel."""
        if not self.model.exists():
            raise RuntimeError(f"No trained model at {self.model}: run `make train` first.")
        if self.with_actions:
            subprocess.run([str(BIN / "python"), "-m", "assistant", "migrate"], cwd=ROOT, env=self.env, check=True)
            self._spawn("actions", [str(BIN / "rasa"), "run", "actions", "--actions", "actions",
                                    "--port", str(self.action_port)])
        self._spawn("rasa", [str(BIN / "rasa"), "run", "--model", str(self.model), "--endpoints", "endpoints.yml",
                             "--credentials", "credentials.yml", "--interface", "127.0.0.1",
                             "--port", str(self.rasa_port), *(["--cors", *self.cors] if self.cors else [])])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process, _ in self.processes:
                if process.poll() is not None:
                    raise RuntimeError(f"a server exited early, see logs in {self.workdir}")
            actions_up = not self.with_actions or _get(f"http://127.0.0.1:{self.action_port}/health") == 200
            if actions_up and _get(f"http://127.0.0.1:{self.rasa_port}/") == 200:
                return self
            time.sleep(1)
        raise RuntimeError(f"servers did not start within {timeout}s, see logs in {self.workdir}")

    def pids(self) -> dict[str, int]:
        """Process ids by role (``actions``, ``rasa``)."""
        roles = (["actions"] if self.with_actions else []) + ["rasa"]
        return {role: process.pid for role, (process, _) in zip(roles, self.processes, strict=True)}

    def stop(self) -> None:
        """Stop both servers (SIGTERM, then SIGKILL after 20 s)."""
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

    def say(self, sender: str, message: str) -> list[dict]:
        """Send one message on the REST webhook and return the bot's messages."""
        body = json.dumps({"sender": sender, "message": message}).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


def text_of(messages: list[dict]) -> str:
    """All texts of the bot's messages, joined by new lines."""
    return "\n".join(m.get("text", "") for m in messages)


def payloads_of(messages: list[dict]) -> list[str]:
    """All button payloads of the bot's messages."""
    return [b["payload"] for m in messages for b in m.get("buttons", [])]
