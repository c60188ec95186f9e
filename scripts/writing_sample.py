"""Draw a random sample of the generated texts for a French reader's review (issue #15, item 8).

The texts come from the writing tests' own builders (tests/writing/): outreach drafts, practice texts
(critiques, rehearsed replies, thank-you notes), meeting texts (questions, agendas, checklists, goal
summaries) and relationship messages. Usage::

    .venv/bin/python scripts/writing_sample.py 50 --seed 7 > results/writing-sample.md

Each text is printed under a numbered heading with its kind only (no persona's raw answers), so a reviewer
reads them as a mentee would.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.common.templating import message  # noqa: E402
from tests.writing import test_meeting_texts, test_outreach_texts, test_practice_texts  # noqa: E402
from tests.writing import test_relationship_texts as relationship  # noqa: E402


def pool() -> list[tuple[str, str]]:
    """Every generated text as (kind, text)."""
    texts = [(f"brouillon de premier message ({b.label})", b.draft.text) for b in test_outreach_texts.drafts()]
    texts += [(f"texte d'entraînement ({t.label})", t.text) for t in test_practice_texts.texts()]
    texts += [(f"préparation de rencontre ({t.kind})", t.body) for t in test_meeting_texts.ALL]
    texts += [(f"message du coach ({key})", message(key, **relationship.CONTEXT)) for key in relationship.KEYS]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts = pool()
    shares = {"brouillon": 0.4, "texte d'entraînement": 0.2, "préparation": 0.3, "message du coach": 0.1}
    rng = random.Random(args.seed)
    chosen: list[tuple[str, str]] = []
    for prefix, share in shares.items():
        group = [t for t in texts if t[0].startswith(prefix)]
        chosen += rng.sample(group, min(len(group), round(args.count * share)))
    for number, (kind, text) in enumerate(chosen, start=1):
        print(f"## Texte {number} — {kind}\n\n{text}\n")


if __name__ == "__main__":
    main()
