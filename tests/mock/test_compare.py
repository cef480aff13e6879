"""The ordering rule every vendor's filter language shares, without HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from specbench.mock.compare import ORDERINGS, comparable, ordered


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (1, 2.5, True),
        ("a", "b", True),
        (True, 1, False),
        (1, False, False),
        (None, 1, False),
        ("1", 1, False),
        ([1], [2], False),
    ],
)
def test_only_numbers_with_numbers_and_strings_with_strings(
    left: Any, right: Any, expected: bool
) -> None:
    assert comparable(left, right) is expected


def test_ordered_applies_the_test_only_when_comparable() -> None:
    assert ordered(3, 2, ORDERINGS["gt"]) is True
    assert ordered("b", "a", ORDERINGS["lte"]) is False
    assert ordered(None, 2, ORDERINGS["lt"]) is False
