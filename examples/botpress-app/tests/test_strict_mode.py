"""Strict mode: a request the spec refuses fails the test, even when the app swallowed the 400.

The failing test runs in a pytest session of its own (pytester), so that this suite stays green
while showing the failure and its message."""

from __future__ import annotations

from pathlib import Path

import pytest

APP_ROOT = Path(__file__).resolve().parents[1]

SWALLOWING_TEST = """
from botpress_app import Directory


def test_import_members(specbench_mock):
    directory = Directory(specbench_mock("botpress").client(), "bot-example")
    # A bug: a team given as a number. add_many swallows the 400 and carries on.
    directory.add_many([("Ada", "engines"), ("Bob", 7)])
"""


def test_swallowed_refusal_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeini(f"[pytest]\npythonpath = {APP_ROOT}\n")
    pytester.makepyfile(test_import=SWALLOWING_TEST)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*the botpress mock rejected 1 request(s) its spec does not allow*",
            "*POST /v1/chat/users -> 400: The request payload is invalid: tags*",
        ]
    )
