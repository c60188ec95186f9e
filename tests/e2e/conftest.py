"""One action server and one Rasa server per pytest worker, shared by the end-to-end modules that need nothing of
their own (no restart, no killed server, no other profile or environment).

Starting Rasa and the action server costs about 40 CPU seconds (the model, TensorFlow, spaCy, the dictionary): when
each module started its own, that was most of the end-to-end run. Every module talks as mentees of its own (sender
ids no other module uses), so sharing the two databases changes nothing a module checks.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.servers import Servers


@pytest.fixture(scope="session")
def shared_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """Servers with Rasa's HTTP API open (tests read trackers), started once per worker."""
    running = Servers(tmp_path_factory.mktemp("e2e-shared"), enable_api=True).start()
    yield running
    running.stop()
