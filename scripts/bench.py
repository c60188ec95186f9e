"""Benchmark Mentorat against the stock bot of `rasa init`, in one run, over the REST webhook.

    .venv/bin/python scripts/bench.py [--out docs/benchmarks.md] [--quick] [--only {all,compare,scale-out}]

Both bots run with the same Rasa version on this machine, one after the other. For each:
training time (``rasa train --force``) and model size, cold start (process start to first REST
answer), per-turn latency with one conversation at a time, throughput and p95 with 8 and 32
concurrent conversations, and resident memory of the Rasa server (and action server) after load.
Mentorat's conversations are French goal clarifications: form steps that call the action server
and write to the database. The stock bot's are its own mood conversations. Figures are written
as a Markdown table with the ratio Mentorat / stock; compare ratios, not absolute numbers, on a
shared machine. Every loop is bounded; only 127.0.0.1 is contacted.

Scale-out section (``--only scale-out`` runs it alone, on the trained ``models/mentorat.tar.gz``):
Mentorat on PostgreSQL (tracker store and outcomes) and Redis (lock store), with the services of
``make services``; throughput and p95 at 8 concurrent conversations with ONE Rasa process, then
with TWO (each message goes to the next server in turn, as a sticky-free load balancer would
send it). It replaces its own section of the output file and leaves the rest alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_report import (  # noqa: E402 - scripts/ is on the path when this script runs
    SCALE_BEGIN,
    SCALE_END,
    report,
    scale_out_report,
    speedups_report,
    write_section,
)

from tests.e2e.servers import BIN, MODEL, Servers  # noqa: E402 - after the path tweak
from tests.scale.stores import scale_stores  # noqa: E402

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
    env: dict = field(default_factory=dict)


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
    subprocess.run(
        [
            str(BIN / "rasa"),
            "train",
            "--force",
            "--fixed-model-name",
            model.stem.removesuffix(".tar"),
            "--out",
            str(model.parent),
        ],
        cwd=project,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


async def converse(
    session: aiohttp.ClientSession,
    urls: list[str],
    sender: str,
    turns: list[str],
    latencies: list[float],
    offset: int = 0,
) -> int:
    """Play one conversation, turn i on ``urls[(i + offset) % len(urls)]``; appends each turn's latency;
    returns the number of failed turns."""
    failures = 0
    for index, text in enumerate(turns):
        url = urls[(index + offset) % len(urls)]
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


async def load(url: str | list[str], turns: list[str], concurrency: int, conversations: int, tag: str) -> dict:
    """Run ``conversations`` conversations, ``concurrency`` at a time; latency and throughput.

    With several URLs (Rasa servers sharing their stores), the messages of every conversation go
    round-robin across them."""
    urls = [url] if isinstance(url, str) else url
    latencies: list[float] = []
    limit = asyncio.Semaphore(concurrency)
    timeout = aiohttp.ClientTimeout(total=120)

    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def one(index: int) -> int:
            async with limit:
                return await converse(session, urls, f"bench-{tag}-{concurrency}-{index}", turns, latencies, index)

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
    servers = Servers(
        workdir / bot.name, project=bot.project, model=bot.model, with_actions=bot.with_actions, env=dict(bot.env)
    )
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


def measure_scale_out(workdir: Path, model: Path, quick: bool, rounds: int = 2) -> dict:
    """8 concurrent conversations on PostgreSQL + Redis with one, then two Rasa processes.

    Both Rasa processes and the action server run during both measurements; the one-process
    runs send everything to the first server. Rounds alternate 1, 2, 1, 2 … to spread the
    machine's noise; the figures aggregate all rounds of a kind.
    """
    figures: dict = {}
    with scale_stores("bench") as stores:
        servers = Servers(workdir / "scale-out", env=stores.env(), model=model, rasa_servers=2)
        servers.workdir.mkdir(parents=True, exist_ok=True)
        servers.start(timeout=900)
        try:
            urls = [servers.webhook(0), servers.webhook(1)]
            for number, url in enumerate(urls):
                asyncio.run(load(url, MENTORAT_TURNS, 1, 1, f"scale-warmup-{number}"))
            results: dict[int, list[dict]] = {1: [], 2: []}
            for round_ in range(rounds):
                for processes in (1, 2):
                    results[processes].append(
                        asyncio.run(
                            load(
                                urls[:processes], MENTORAT_TURNS, 8, 8 if quick else 24, f"scale-{processes}p-r{round_}"
                            )
                        )
                    )
            for processes, runs in results.items():
                figures[f"p{processes}_throughput"] = sum(r["throughput"] for r in runs) / len(runs)
                figures[f"p{processes}_p95"] = max(r["p95"] for r in runs)
                figures[f"p{processes}_p95_runs"] = [r["p95"] for r in runs]
                figures[f"p{processes}_throughput_runs"] = [r["throughput"] for r in runs]
                figures[f"p{processes}_failures"] = sum(r["failures"] for r in runs)
                figures[f"p{processes}_messages"] = sum(r["messages"] for r in runs)
            pids = servers.pids()
            figures["rss_rasa_mib"] = [rss_mib(pids[role]) for role in servers.rasa_roles()]
            figures["lock_store"] = servers.env["LOCK_STORE_TYPE"]
        finally:
            servers.stop()
    return figures


def main() -> None:
    """Train both bots, measure both, write the report; then the scale-out section."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--quick", action="store_true", help="fewer conversations (a smoke run)")
    parser.add_argument(
        "--reuse-model",
        action="store_true",
        help="measure the trained models/mentorat.tar.gz instead of training Mentorat again "
        "(its training time is then not measured)",
    )
    parser.add_argument(
        "--only",
        choices=["all", "compare", "scale-out"],
        default="all",
        help="compare: Mentorat vs the stock bot; scale-out: 1 vs 2 Rasa processes on "
        "PostgreSQL + Redis (uses models/mentorat.tar.gz, needs `make services`)",
    )
    args = parser.parse_args()
    out = Path(args.out)
    workdir = Path(tempfile.mkdtemp(prefix="mentorat-bench-"))
    try:
        if args.only == "scale-out":
            figures = measure_scale_out(workdir, MODEL, args.quick)
            print("scale-out", json.dumps(figures, indent=1), flush=True)
            command = "make bench ARGS='--only scale-out'" + (" (--quick)" if args.quick else "")
            write_section(out, scale_out_report(figures, command))
            print(f"written to {out}")
            return
        stock_dir = workdir / "stock"
        stock_dir.mkdir()
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
        subprocess.run(
            [str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(stock_dir)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        ours_model = MODEL if args.reuse_model else workdir / "models" / "mentorat-bench.tar.gz"
        ours = Bot("mentorat", ROOT, ours_model, MENTORAT_TURNS, True)
        stock = Bot("stock", stock_dir, workdir / "models" / "stock.tar.gz", STOCK_TURNS, False)
        slow = Bot("mentorat-speedups-off", ROOT, ours_model, MENTORAT_TURNS, True, env={"MENTORAT_SPEEDUPS": "off"})
        for bot in (ours, stock, slow):
            if bot is not slow and not (bot is ours and args.reuse_model):
                bot.figures["train_s"] = train(bot.project, bot.model)
            bot.figures["model_mib"] = bot.model.stat().st_size / 1024 / 1024
            measure(bot, workdir, args.quick)
            print(bot.name, json.dumps(bot.figures, indent=1), flush=True)
        options = " ".join(
            part
            for part in (
                f"--only {args.only}" if args.only != "all" else "",
                "--reuse-model" if args.reuse_model else "",
            )
            if part
        )
        command = "make bench" + (f" ARGS='{options}'" if options else "") + (" (--quick)" if args.quick else "")
        previous_scale = out.read_text(encoding="utf-8") if out.exists() else ""
        out.write_text(report(ours, stock, command) + speedups_report(ours, slow), encoding="utf-8")
        if args.only == "all":
            figures = measure_scale_out(workdir, ours.model, args.quick)
            print("scale-out", json.dumps(figures, indent=1), flush=True)
            write_section(out, scale_out_report(figures, command))
        elif SCALE_BEGIN in previous_scale and SCALE_END in previous_scale:  # keep the last scale-out figures
            kept = previous_scale.split(SCALE_BEGIN, 1)[1].split(SCALE_END, 1)[0]
            write_section(out, f"{SCALE_BEGIN}{kept}{SCALE_END}\n")
        print(f"written to {out}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
