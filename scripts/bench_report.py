"""The Markdown of ``docs/benchmarks.md``: the comparison with the stock bot, the speed-ups, the scale-out section
(``scripts/bench.py`` measures, this module writes)."""

from __future__ import annotations

import os
import platform
from datetime import date
from pathlib import Path
from typing import Protocol

SCALE_BEGIN = "<!-- scale-out: written by scripts/bench.py -->"
SCALE_END = "<!-- /scale-out -->"


class Measured(Protocol):
    """A bot under test, as the report reads it (``bench.Bot``)."""

    figures: dict


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


def report(ours: Measured, stock: Measured, command: str) -> str:
    """The Markdown report: machine, command, one row per figure with the ratio."""
    for bot in (ours, stock):
        bot.figures["failures"] = sum(v for k, v in bot.figures.items() if k.endswith("_failures"))
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
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
        lines.append(
            f"| {label} | {fmt.format(a) if a is not None else '–'} | "
            f"{fmt.format(b) if b is not None else '–'} | {ratio} |"
        )
    return "\n".join(lines) + "\n"


def speedups_report(on: Measured, off: Measured) -> str:
    """The same model with and without the speed-ups (``MENTORAT_SPEEDUPS``), measured in the same run."""
    lines = [
        "",
        "## Speed-ups on and off (same model, same run)",
        "",
        "`MENTORAT_SPEEDUPS=off` disables `rasa_plugins/speedups.py` (jsonschema validators built once per schema",
        "instead of re-checking the schema on every action-server answer; one kept-alive HTTP session for the",
        "action server instead of a new connection per call; the learnt rules decoded once instead of on every",
        "prediction, and narrowed to those that follow the last action before Rasa checks them) and the tracker",
        "cache of `rasa_plugins/tracker_cache.py` (every turn reads the conversation back from the database) and",
        "the lean spaCy load of `rasa_plugins/spacy_lean.py` (the whole French model runs on every message instead",
        "of its tokenizer, vectors and name recogniser only); everything else, model included, is identical.",
        "Always on: the classifiers' contiguous coefficients",
        "(`components/text_classifier.py`) and the dictionary loaded when the action server starts.",
        "",
        "| figure | speed-ups on | speed-ups off | on / off |",
        "|---|---:|---:|---:|",
    ]
    for label, key, fmt in ROWS[3:10]:
        a, b = on.figures.get(key), off.figures.get(key)
        ratio = f"{a / b:.2f}×" if a is not None and b else "–"
        lines.append(
            f"| {label} | {fmt.format(a) if a is not None else '–'} | "
            f"{fmt.format(b) if b is not None else '–'} | {ratio} |"
        )
    return "\n".join(lines) + "\n"


def scale_out_report(figures: dict, command: str) -> str:
    """The scale-out section, between markers so that it can be replaced on its own."""
    cpu_count = os.cpu_count()
    p1, p2 = figures["p1_throughput"], figures["p2_throughput"]
    runs = len(figures["p1_throughput_runs"])

    def each(key: str, fmt: str) -> str:
        return " / ".join(fmt.format(v) for v in figures[key])

    return "\n".join(
        [
            SCALE_BEGIN,
            "## Scale-out: one vs two Rasa processes on PostgreSQL + Redis",
            "",
            f"Measured on {date.today().isoformat()} with `{command}` on {cpu_count} cores, {runs} rounds of each kind "
            "alternated (1, 2, 1, 2 …).",
            "Mentorat with the PostgreSQL tracker store, PostgreSQL outcomes database (migrated with Alembic), Redis",
            f"lock store (`LOCK_STORE_TYPE={figures.get('lock_store', 'redis')}`), one action server,",
            "`SQL_POOL_SIZE`/`SQL_MAX_OVERFLOW` as exported by the Makefile. 8 concurrent conversations (Mentorat's",
            "10-turn goal flow), 24 conversations per round. With two processes every message goes to the next server",
            "in turn (no stickiness), so consecutive messages of one conversation are handled by different processes",
            "and serialised by the Redis lock.",
            "",
            "| figure | 1 Rasa process | 2 Rasa processes | ratio |",
            "|---|---:|---:|---:|",
            f"| throughput, mean of rounds (msg/s) | {p1:.1f} | {p2:.1f} | {p2 / p1:.2f}× |",
            f"| throughput per round (msg/s) | {each('p1_throughput_runs', '{:.1f}')} | "
            f"{each('p2_throughput_runs', '{:.1f}')} | |",
            f"| p95 per turn, worst round (ms) | {figures['p1_p95']:.0f} | {figures['p2_p95']:.0f} | "
            f"{figures['p2_p95'] / figures['p1_p95']:.2f}× |",
            f"| p95 per round (ms) | {each('p1_p95_runs', '{:.0f}')} | {each('p2_p95_runs', '{:.0f}')} | |",
            f"| turns measured / failed | {figures['p1_messages']} / {figures['p1_failures']} | "
            f"{figures['p2_messages']} / {figures['p2_failures']} | |",
            "",
            f"Rasa processes' RSS after load (MiB): {each('rss_rasa_mib', '{:.0f}')}.",
            "",
            f"Reading: this machine has {cpu_count} cores for the two Rasa processes, the action server, PostgreSQL,",
            "Redis and the load generator together (and is shared with other work), so a second process competes",
            'for the same cores rather than adding capacity: read the ratio as "what sharing the stores costs or gains',
            'on one box", not as the gain on two machines, where each Rasa process would have its own cores.',
            SCALE_END,
            "",
        ]
    )


def write_section(path: Path, section: str) -> None:
    """Replace the scale-out section of ``path`` (or append it), leaving the rest of the file as it is."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if SCALE_BEGIN in current and SCALE_END in current:
        before, rest = current.split(SCALE_BEGIN, 1)
        after = rest.split(SCALE_END, 1)[1].lstrip("\n")
        current = before + section + ("\n" + after if after else "")
    else:
        current = current.rstrip("\n") + "\n\n" + section
    path.write_text(current, encoding="utf-8")
