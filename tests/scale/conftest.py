"""One scale-out stack per pytest worker, shared by the scale-out modules (``xdist_group("scale")`` keeps them on
one worker): PostgreSQL and Redis, the action server, two Rasa servers, the page server and nginx before them, with
the development channels.

Starting it costs about 90 CPU seconds; each module started its own before. Every test talks as senders of its own,
so sharing the databases changes nothing a test checks. A test may stop a server as long as it starts it again.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.scale.front import behind_nginx


@pytest.fixture(scope="session")
def scale_front(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """``servers``, ``stores``, ``origin`` (nginx) and ``prefix`` (nginx's directory), as ``behind_nginx`` yields."""
    with behind_nginx(tmp_path_factory.mktemp("scale-front"), "credentials.yml") as running:
        yield running
