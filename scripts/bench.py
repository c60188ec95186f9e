"""Benchmark Mentorat against the stock bot of `rasa init`, in one run, over the REST webhook.

    .venv/bin/python scripts/bench.py [--out docs/benchmarks.md] [--quick]

Both bots run with the same Rasa version on this machine, one after the other. For each:
training time (``rasa train --force``) and model size, cold start (process start to first REST
answer), per-turn latency with one conversation at a time, throughput and p95 with 8 and 32
concurrent conversations, and resident memory of the Rasa server (and action server) after load.
Mentorat's conversations are French goal clarifications: form steps that call the action server
and write to the database. The stock bot's are its own mood conversations. Figures are written
as a Markdown table with the ratio Mentorat / stock; compare ratios, not absolute numbers, on a
shared machine. Every loop is bounded; only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.servers import BIN, Servers  # noqa: E402 - after the path tweak

MENTORAT_TURNS = [
    "bonjour",
    "je voudrais clarifier un objectif",
    '/inform{"goal_area":"leadership"}',
    "animer une équipe de trois développeurs",
    "3 réunions d'équipe animées par mois",
    "dans 6 mois",
    "pour devenir manager l'an prochain",
    '/inform{"mentoring_kind":"informel"}',
    "oui",
    "mes objectifs",
]
STOCK_TURNS = ["hello", "I am sad", "yes", "great", "bye", "hi there", "good", "are you a bot?", "goodbye", "hey"]


@dataclass
class Bot:
    """One bot under test: where its project is, what it says, and its measured figures."""

    name: str
    project: Path
    model: Path
    turns: list[str]
    with_actions: bool
    figures: dict = field(default_factory=dict)


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (0–1) of ``values`` by nearest rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children, in MiB (from /proc)."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for one in pids:
        status = Path(f"/proc/{one}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total / 1024


def train(project: Path, model: Path) -> float:
    """Train ``project`` from scratch into ``model``; returns the seconds it took."""
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}
    started = time.perf_counter()
    subprocess.run([str(BIN / "rasa"), "train", "--force", "--fixed-model-name", model.stem.removesuffix(".tar"),
                    "--out", str(model.parent)], cwd=project, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


async def converse(session: aiohttp.ClientSession, url: str, sender: str, turns: list[str],
                   latencies: list[float]) -> int:
    """Play one conversation; appends each turn's latency; returns the number of failed turns."""
    failures = 0
    for text in turns:
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                body = await response.json()
                if response.status != 200 or not body:
                    failures += 1
        except (aiohttp.ClientError, asyncio.TimeoutError, json.JSONDecodeError):
            failures += 1
        latencies.append(time.perf_counter() - started)
    return failures


async def load(url: str, turns: list[str], concurrency: int, conversations: int, tag: str) -> dict:
    """Run ``conversations`` conversations, ``concurrency`` at a time; latency and throughput."""
    latencies: list[float] = []
    limit = asyncio.Semaphore(concurrency)
    timeout = aiohttp.ClientTimeout(total=120)

    async with aiohttp.ClientSession(timeout=timeout) as session:
        async def one(index: int) -> int:
            async with limit:
                return await converse(session, url, f"bench-{tag}-{concurrency}-{index}", turns, latencies)

        started = time.perf_counter()
        failures = sum(await asyncio.gather(*(one(i) for i in range(conversations))))
        elapsed = time.perf_counter() - started
    return {
        "messages": len(latencies),
        "failures": failures,
        "throughput": len(latencies) / elapsed,
        "p50": percentile(latencies, 0.50) * 1000,
        "p95": percentile(latencies, 0.95) * 1000,
        "max": max(latencies) * 1000,
    }


def measure(bot: Bot, workdir: Path, quick: bool) -> None:
    """Fill ``bot.figures`` with every measurement but training."""
    servers = Servers(workdir / bot.name, project=bot.project, model=bot.model, with_actions=bot.with_actions)
    servers.workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    servers.start(timeout=600)
    url = f"http://127.0.0.1:{servers.rasa_port}/webhooks/rest/webhook"
    asyncio.run(load(url, bot.turns[:1], 1, 1, "warmup-cold"))
    bot.figures["cold_start_s"] = time.perf_counter() - started
    try:
        asyncio.run(load(url, bot.turns, 1, 2, "warmup"))
        sequential = asyncio.run(load(url, bot.turns, 1, 3 if quick else 10, "seq"))
        bot.figures.update({f"c1_{k}": v for k, v in sequential.items()})
        for concurrency in (8, 32):
            result = asyncio.run(load(url, bot.turns, concurrency, concurrency * (1 if quick else 3), "par"))
            bot.figures.update({f"c{concurrency}_{k}": v for k, v in result.items()})
        pids = servers.pids()
        bot.figures["rss_rasa_mib"] = rss_mib(pids["rasa"])
        bot.figures["rss_actions_mib"] = rss_mib(pids["actions"]) if "actions" in pids else 0.0
    finally:
        servers.stop()


ROWS = [
    ("Training time (s)", "train_s", "{:.0f}"),
    ("Model size (MiB)", "model_mib", "{:.1f}"),
    ("Cold start to first answer (s)", "cold_start_s", "{:.1f}"),
    ("1 conversation: p50 per turn (ms)", "c1_p50", "{:.0f}"),
    ("1 conversation: p95 per turn (ms)", "c1_p95", "{:.0f}"),
    ("1 conversation: max per turn (ms)", "c1_max", "{:.0f}"),
    ("8 concurrent: throughput (msg/s)", "c8_throughput", "{:.1f}"),
    ("8 concurrent: p95 (ms)", "c8_p95", "{:.0f}"),
    ("32 concurrent: throughput (msg/s)", "c32_throughput", "{:.1f}"),
    ("32 concurrent: p95 (ms)", "c32_p95", "{:.0f}"),
    ("Rasa server RSS after load (MiB)", "rss_rasa_mib", "{:.0f}"),
    ("Action server RSS after load (MiB)", "rss_actions_mib", "{:.0f}"),
    ("Failed turns (all runs)", "failures", "{:.0f}"),
]


def report(ours: Bot, stock: Bot, command: str) -> str:
    """The Markdown report: machine, command, one row per figure with the ratio."""
    for bot in (ours, stock):
        bot.figures["failures"] = sum(v for k, v in bot.figures.items() if k.endswith("_failures"))
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    lines = [
        "# Benchmarks",
        "",
        f"Measured on {date.today().isoformat()} with `{command}` (Rasa 3.6.21, Python "
        f"{platform.python_version()}) on {os.cpu_count()} cores ({cpu}), {memory:.0f} GiB RAM, in one run.",
        "The stock bot is the project `rasa init --no-prompt` creates (English mood bot, no custom actions,",
        "in-memory tracker store). Mentorat runs its action server, the SQLite tracker store and the SQLite",
        "outcomes database. Latency is per REST webhook turn; throughput counts turns per second.",
        "",
        "| figure | Mentorat | stock bot | ratio |",
        "|---|---:|---:|---:|",
    ]
    for label, key, fmt in ROWS:
        a, b = ours.figures.get(key), stock.figures.get(key)
        ratio = f"{a / b:.2f}×" if a is not None and b else "–"
        lines.append(f"| {label} | {fmt.format(a) if a is not None else '–'} | "
                     f"{fmt.format(b) if b is not None else '–'} | {ratio} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Train both bots, measure both, write the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--quick", action="store_true", help="fewer conversations (a smoke run)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="mentorat-bench-"))
    try:
        stock_dir = workdir / "stock"
        stock_dir.mkdir()
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
        subprocess.run([str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(stock_dir)], env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ours = Bot("mentorat", ROOT, workdir / "models" / "mentorat-bench.tar.gz", MENTORAT_TURNS, True)
        stock = Bot("stock", stock_dir, workdir / "models" / "stock.tar.gz", STOCK_TURNS, False)
        for bot in (ours, stock):
            bot.figures["train_s"] = train(bot.project, bot.model)
            bot.figures["model_mib"] = bot.model.stat().st_size / 1024 / 1024
            measure(bot, workdir, args.quick)
            print(bot.name, json.dumps(bot.figures, indent=1), flush=True)
        command = "make bench" + (" (--quick)" if args.quick else "")
        Path(args.out).write_text(report(ours, stock, command), encoding="utf-8")
        print(f"written to {args.out}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
