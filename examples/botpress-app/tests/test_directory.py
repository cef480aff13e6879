"""The app's own tests: its code runs against the Botpress mock, in process, per test."""

from __future__ import annotations

import asyncio

import pytest
from botpress_app import Directory, MemberNotFound
from botpress_client.errors import BotpressError


def test_members_are_listed_by_team(directory: Directory) -> None:
    directory.add("Ada", "engines")
    directory.add("Grace", "compilers")
    directory.add("Charles", "engines")
    assert directory.team("engines") == ["Ada", "Charles"]


def test_each_test_starts_empty(directory: Directory) -> None:
    assert directory.team("engines") == []


def test_asyncio_functions_too(directory: Directory) -> None:
    directory.add("Ada", "engines")
    assert asyncio.run(directory.ateam("engines")) == ["Ada"]


def test_data_given_up_front(specbench_mock) -> None:
    mock = specbench_mock("botpress", data={"users": [{"name": "Lin", "tags": {"team": "ops"}}]})
    (lin,) = mock.requests or [None]  # no request was needed
    assert lin is None
    directory = Directory(mock.client(), "bot-example")
    assert directory.team("ops") == ["Lin"]


def test_unknown_member(directory: Directory, botpress) -> None:
    with pytest.raises(MemberNotFound):
        directory.name_of("user_0")
    assert [(r.method, r.status) for r in botpress.requests] == [("GET", 404)]


def test_rate_limit_is_retried(directory: Directory, botpress) -> None:
    botpress.fail_next(429, times=2, retry_after=1)
    assert directory.team("engines") == []
    assert [r.status for r in botpress.requests] == [429, 429, 200]


def test_outage_surfaces_as_the_typed_error(directory: Directory, botpress) -> None:
    botpress.fail_next(503, times=10)
    with pytest.raises(BotpressError) as outage:
        directory.team("engines")
    assert outage.value.status_code == 503
    assert len(botpress.requests) == 4  # the first try and three retries


def test_a_write_is_not_retried_by_default(directory: Directory, botpress) -> None:
    botpress.fail_next(503)
    with pytest.raises(BotpressError):
        directory.add("Ada", "engines")
    assert len(botpress.requests) == 1


def test_non_strict_mock_lets_a_refused_request_pass(specbench_mock) -> None:
    mock = specbench_mock("botpress", strict=False)
    directory = Directory(mock.client(), "bot-example")
    assert directory.add_many([("Ada", "engines"), ("Bob", 7)]) != []  # type: ignore[list-item]
    (refused,) = [r for r in mock.requests if r.status == 400]
    assert "tags" in (refused.message or "")
