"""The action server, started only on an outcomes database it can serve: ``python -m actions [rasa_sdk options]``.

Rasa SDK's own ``rasa run actions`` starts on any database and then answers every save with
« je n'arrive pas à accéder à vos données ». This entry point first checks that the outcomes
database (``DATABASE_URL``) is reachable and at the newest Alembic migration; otherwise it logs
why and exits with status 2. It loads the French dictionary before serving, so that the first mentee
does not wait for it (2.5 s in the benchmark's profile). The arguments are Rasa SDK's (``--port``,
``--actions`` …).
"""

from __future__ import annotations

import logging
import sys

from assistant.common.dictionary import checker
from assistant.store.db import schema_problem

logger = logging.getLogger("actions")
#: The exit status when the outcomes database cannot be served.
UNSERVABLE = 2


def main(argv: list[str] | None = None) -> int:
    """Check the outcomes database, then run Rasa SDK's action server with ``argv`` (this package by default)."""
    from rasa_sdk.__main__ import main_from_args
    from rasa_sdk.endpoint import create_argument_parser

    args = create_argument_parser().parse_args(sys.argv[1:] if argv is None else argv)
    args.actions = args.actions or "actions"
    problem = schema_problem()
    if problem is not None:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s - %(message)s")
        logger.error("The action server does not start: %s.", problem)
        return UNSERVABLE
    checker()  # the spelling dictionary, loaded once per process
    main_from_args(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
