"""Administrator's command line: ``python -m assistant {migrate,export,erase} …``."""

from __future__ import annotations

import argparse
import json
import sys

from assistant.store import db, repository


def main(argv: list[str] | None = None) -> int:
    """Run one admin command; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="apply the database migrations (DATABASE_URL)")
    export = commands.add_parser("export", help="print everything kept about a mentee as JSON")
    export.add_argument("sender_id")
    erase = commands.add_parser("erase", help="delete every outcome kept about a mentee")
    erase.add_argument("sender_id")
    args = parser.parse_args(argv)

    db.migrate()
    if args.command == "export":
        json.dump(repository.export_mentee(args.sender_id), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.command == "erase":
        removed = repository.erase_mentee(args.sender_id)
        json.dump({"sender_id": args.sender_id, "removed": removed}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
