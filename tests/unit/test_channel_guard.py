"""The production socket.io channel's checks as plain Python: session tokens, origins, size and rate limits."""

from __future__ import annotations

import pytest

from assistant.web import limits, sessions
from tests.writing.grammar import available, grammar_errors

SECRET = b"s" * 40
OTHER_SECRET = b"t" * 40


# --- session tokens ---------------------------------------------------------------------------


def test_a_new_session_is_verified_and_names_a_fresh_random_sender():
    first, second = sessions.new_session(SECRET), sessions.new_session(SECRET)
    sender = sessions.verified_sender(SECRET, first)
    assert sender is not None and len(sender) == 32
    assert first.startswith(sender + ".")
    assert sessions.verified_sender(SECRET, second) not in (None, sender)


def test_signing_a_sender_id_gives_the_same_token_every_time():
    sender = "0123456789abcdef0123456789abcdef"
    assert sessions.sign(SECRET, sender) == sessions.sign(SECRET, sender)
    assert sessions.verified_sender(SECRET, sessions.sign(SECRET, sender)) == sender


def test_a_token_signed_with_another_secret_is_refused():
    token = sessions.new_session(OTHER_SECRET)
    assert sessions.verified_sender(OTHER_SECRET, token) is not None
    assert sessions.verified_sender(SECRET, token) is None


def test_a_bare_or_altered_or_malformed_token_is_refused():
    token = sessions.new_session(SECRET)
    sender, signature = token.split(".")
    other_sender = "f" * 32 if sender != "f" * 32 else "e" * 32
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    for claim in (
        sender,  # the sender id alone, as the stock channel accepts it
        f"{sender}.",
        f"{sender}.{flipped}",
        f"{other_sender}.{signature}",  # another conversation with this one's signature
        f"{sender.upper()}.{signature}",
        f"{token}.extra",
        f"{sender}.{signature}é",  # non-ASCII must not raise in compare_digest
        "",
        None,
        42,
        {"session_id": token},
    ):
        assert sessions.verified_sender(SECRET, claim) is None, claim


@pytest.mark.parametrize("value", [None, "", "short-secret"])
def test_the_secret_must_be_set_and_long_enough(value):
    env = {} if value is None else {sessions.SECRET_VARIABLE: value}
    with pytest.raises(sessions.SessionSecretError, match="MENTORAT_SESSION_SECRET"):
        sessions.secret_from_env(env)
    assert sessions.secret_from_env({sessions.SECRET_VARIABLE: "x" * 32}) == b"x" * 32


# --- origins ----------------------------------------------------------------------------------


def test_allowed_origins_are_read_with_commas_or_spaces_and_normalised():
    env = {limits.ORIGINS_VARIABLE: "https://Mentorat.example.org/, http://localhost:8080  http://127.0.0.1:8080"}
    assert limits.allowed_origins(env) == {
        "https://mentorat.example.org",
        "http://localhost:8080",
        "http://127.0.0.1:8080",
    }


@pytest.mark.parametrize("value", ["", " , ", "*", "mentorat.example.org", "https://example.org/chat", "ftp://x.org"])
def test_an_empty_or_wildcard_or_malformed_origin_list_is_refused(value):
    with pytest.raises(limits.OriginsError):
        limits.allowed_origins({limits.ORIGINS_VARIABLE: value})


def test_only_listed_origins_pass():
    allowed = frozenset({"https://mentorat.example.org"})
    assert limits.origin_allowed("https://mentorat.example.org", allowed)
    assert limits.origin_allowed("https://MENTORAT.example.org", allowed)
    for origin in (
        "https://evil.example.org",
        "http://mentorat.example.org",  # another scheme
        "https://mentorat.example.org:8443",  # another port
        "https://mentorat.example.org.evil.org",
        "null",
        "",
    ):
        assert not limits.origin_allowed(origin, allowed), origin


def test_a_request_without_origin_is_not_a_foreign_page_and_passes():
    assert limits.origin_allowed(None, frozenset({"https://mentorat.example.org"}))


# --- size -------------------------------------------------------------------------------------


def test_the_size_limit_counts_characters_not_bytes():
    assert not limits.message_too_long("é" * 2000)
    assert limits.message_too_long("é" * 2001)
    assert limits.message_too_long("abc", limit=2)


@pytest.mark.skipif(not available(), reason="Grammalecte is installed by `make unit`")
def test_the_size_answer_gives_both_figures_in_french():
    answer = limits.too_long_answer(12345, 2000)
    assert "12\u202f345 caractères" in answer and "2\u202f000 caractères" in answer
    assert grammar_errors(answer) == []


# --- rate -------------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_limit_lets_n_messages_through_then_answers_once_per_window():
    clock = Clock()
    limiter = limits.RateLimiter(messages=3, seconds=10, clock=clock)
    assert [limiter.check("a") for _ in range(3)] == [limits.Rate.ALLOWED] * 3
    assert limiter.check("a") is limits.Rate.REFUSED
    assert limiter.check("a") is limits.Rate.REFUSED_QUIETLY
    assert limiter.check("b") is limits.Rate.ALLOWED  # another conversation has its own budget
    clock.now += 9.9
    assert limiter.check("a") is limits.Rate.REFUSED_QUIETLY
    clock.now += 0.1  # the first three are 10 s old: the window slid past them
    assert limiter.check("a") is limits.Rate.ALLOWED


def test_refused_messages_do_not_count_so_a_steady_flood_still_gets_n_per_window():
    clock = Clock()
    limiter = limits.RateLimiter(messages=2, seconds=10, clock=clock)
    allowed = 0
    for _ in range(300):  # 10 messages a second for 30 s
        allowed += limiter.check("a") is limits.Rate.ALLOWED
        clock.now += 0.1
    assert allowed == 6


def test_the_sender_is_told_again_in_a_later_window():
    clock = Clock()
    limiter = limits.RateLimiter(messages=1, seconds=5, clock=clock)
    assert limiter.check("a") is limits.Rate.ALLOWED
    assert limiter.check("a") is limits.Rate.REFUSED
    clock.now += 5
    assert limiter.check("a") is limits.Rate.ALLOWED
    assert limiter.check("a") is limits.Rate.REFUSED


def test_idle_conversations_are_forgotten():
    clock = Clock()
    limiter = limits.RateLimiter(messages=1, seconds=5, clock=clock)
    for number in range(1500):
        limiter.check(f"c{number}")
    clock.now += 6
    limiter.check("fresh")
    assert set(limiter._accepted) == {"fresh"}


@pytest.mark.skipif(not available(), reason="Grammalecte is installed by `make unit`")
def test_the_rate_answer_reads_as_french():
    answer = limits.rate_limited_answer(10, 10)
    assert "10 messages en 10 secondes" in answer
    assert grammar_errors(answer) == []
