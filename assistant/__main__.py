"""Administrator's command line: ``python -m assistant {migrate,export,erase,ics} …``."""

from __future__ import annotations

import argparse
import json
import sys

from assistant import privacy
from assistant.store import db


def main(argv: list[str] | None = None) -> int:
    """Run one admin command; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="apply the database migrations (DATABASE_URL)")
    export = commands.add_parser("export", help="print everything kept about a mentee as JSON")
    export.add_argument("sender_id")
    erase = commands.add_parser("erase", help="delete every outcome and the stored conversation of a mentee")
    erase.add_argument("sender_id")
    ics = commands.add_parser("ics", help="print the calendar file (.ics) of a mentee's current meeting preparation")
    ics.add_argument("sender_id")
    args = parser.parse_args(argv)

    db.migrate()
    if args.command == "export":
        json.dump(privacy.export_mentee(args.sender_id), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.command == "erase":
        return _erase(args.sender_id)
    elif args.command == "ics":
        return _print_ics(args.sender_id)
    return 0


def _erase_now(sender_id: str) -> dict[str, int]:
    from assistant.store.tracker import erase_conversation

    removed = privacy.erase_mentee(sender_id)
    removed["conversation_events"] = erase_conversation(sender_id)
    return removed


def _erase(sender_id: str) -> int:
    """Erase under the conversation's lock, shared with the Rasa servers (``rasa_plugins/erasure.py``)."""
    from rasa.core.lock_store import LockError

    from rasa_plugins.erasure import under_conversation_lock

    try:
        removed = under_conversation_lock(sender_id, _erase_now)
    except LockError as error:
        print(f"Not erased: the conversation stayed busy ({error}). Try again.", file=sys.stderr)
        return 3
    json.dump({"sender_id": sender_id, "removed": removed}, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def _print_ics(sender_id: str) -> int:
    from assistant.meetings.calendar import preparation_ics
    from assistant.meetings.store import current_preparation

    preparation = current_preparation(sender_id)
    ics = preparation_ics(preparation) if preparation else None
    if ics is None:
        print("No meeting preparation with a fixed date for this sender.", file=sys.stderr)
        return 1
    sys.stdout.buffer.write(ics)
    return 0


if __name__ == "__main__":
    sys.exit(main())
