"""The atomic Redis lock store under contention from two store instances (two Rasa processes), on real Redis.

Needs the Redis of ``make services``. Each test uses its own key prefix and removes its keys.
"""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from rasa.core.lock_store import LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from rasa_plugins.lock_store import AtomicRedisLockStore

REDIS = {
    "host": os.environ.get("REDIS_HOST", "127.0.0.1"),
    "port": int(os.environ.get("REDIS_PORT", "6379")),
    "db": int(os.environ.get("REDIS_DB", "1")),
}


@pytest.fixture()
def stores():
    """Two lock stores on the same Redis and key prefix, as two Rasa processes would have."""
    prefix = "test" + uuid.uuid4().hex[:12]
    client = redis.Redis(**REDIS, password=os.environ.get("REDIS_PASSWORD") or None)
    try:
        client.ping()
    except redis.ConnectionError as error:
        pytest.fail(f"Redis does not answer at {REDIS}: run `make services` first ({error})")
    config = EndpointConfig(
        url=REDIS["host"],
        port=REDIS["port"],
        db=REDIS["db"],
        key_prefix=prefix,
        password=os.environ.get("REDIS_PASSWORD") or None,
        type="rasa_plugins.lock_store.AtomicRedisLockStore",
    )
    pair = [AtomicRedisLockStore(endpoint_config=config), AtomicRedisLockStore(endpoint_config=config)]
    try:
        yield pair
    finally:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)
        client.close()


def test_the_endpoint_config_selects_redis_with_our_prefix(stores):
    first, _ = stores
    assert first.red.connection_pool.connection_kwargs["port"] == REDIS["port"]
    assert first.key_prefix.startswith("test") and first.key_prefix.endswith(":lock:")


def test_tickets_issued_concurrently_from_two_stores_are_unique(stores):
    per_thread, threads = 40, 8

    def issue(index: int) -> list[int]:
        store = stores[index % 2]
        return [store.issue_ticket("one-sender") for _ in range(per_thread)]

    with ThreadPoolExecutor(max_workers=threads) as pool:
        tickets = [t for batch in pool.map(issue, range(threads)) for t in batch]

    assert sorted(tickets) == list(range(per_thread * threads))  # none issued twice, none skipped
    assert len(stores[0].get_lock("one-sender").tickets) == per_thread * threads  # none dropped


def test_critical_sections_from_two_stores_never_overlap(stores):
    inside = []
    overlaps = []
    guard = threading.Lock()
    sections_per_thread, threads = 6, 4

    async def sections(store: AtomicRedisLockStore) -> None:
        for _ in range(sections_per_thread):
            async with store.lock("one-sender", wait_time_in_seconds=0.01):
                with guard:
                    if inside:
                        overlaps.append(len(inside))
                    inside.append(1)
                await asyncio.sleep(0.005)
                with guard:
                    inside.pop()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        for future in [pool.submit(asyncio.run, sections(stores[i % 2])) for i in range(threads)]:
            future.result()  # a LockError (lock deleted under a waiter) would be raised here

    assert overlaps == []
    assert stores[0].get_lock("one-sender") is None  # the last one out removed the lock


def _crashed_holder(store: AtomicRedisLockStore | RedisLockStore, lifetime: float) -> None:
    """A process that took a ticket for « one-sender » and died before finishing with it."""
    store.issue_ticket("one-sender", lock_lifetime=lifetime)


async def _wait_for_the_lock(store: AtomicRedisLockStore | RedisLockStore, lifetime: float) -> str:
    async with store.lock("one-sender", lock_lifetime=lifetime, wait_time_in_seconds=0.4):
        return "served"


def test_a_waiter_is_served_once_a_crashed_holders_ticket_expires(stores):
    holder, waiter = stores
    _crashed_holder(holder, lifetime=0.3)
    assert asyncio.run(asyncio.wait_for(_wait_for_the_lock(waiter, lifetime=30), timeout=5)) == "served"


def test_a_waiter_whose_ticket_expired_with_a_crashed_holders_gets_a_lock_error(stores):
    holder, waiter = stores
    _crashed_holder(holder, lifetime=0.2)
    with pytest.raises(LockError):  # both tickets expire during the waiter's first sleep: no one left to serve
        asyncio.run(asyncio.wait_for(_wait_for_the_lock(waiter, lifetime=0.2), timeout=5))
    assert waiter.get_lock("one-sender") is None


def test_rasas_own_redis_lock_store_waits_forever_there(stores):
    """Why ``update_lock`` is overridden: Rasa 3.6 keeps the empty lock and its waiter spins on it."""
    config = {
        "host": REDIS["host"],
        "port": REDIS["port"],
        "db": REDIS["db"],
        "password": os.environ.get("REDIS_PASSWORD") or None,
        "key_prefix": stores[0].key_prefix[:-6],
    }
    holder, waiter = RedisLockStore(**config), RedisLockStore(**config)
    _crashed_holder(holder, lifetime=0.2)
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(asyncio.wait_for(_wait_for_the_lock(waiter, lifetime=0.2), timeout=3))
