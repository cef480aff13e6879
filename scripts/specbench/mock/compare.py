"""Ordering tests that the vendors' filter languages share: `<`, `>`, … hold only between two
numbers or two strings; any other pair (a boolean, a null, mixed types) simply does not match."""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

ORDERINGS: dict[str, Callable[[Any, Any], Any]] = {
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


def comparable(left: Any, right: Any) -> bool:
    """Two real numbers (booleans are not numbers here) or two strings."""
    if isinstance(left, bool) or isinstance(right, bool):
        return False
    numbers = (int, float)
    if isinstance(left, numbers) and isinstance(right, numbers):
        return True
    return isinstance(left, str) and isinstance(right, str)


def ordered(left: Any, right: Any, test: Callable[[Any, Any], Any]) -> bool:
    """`test(left, right)` when the two are comparable, else False."""
    return comparable(left, right) and bool(test(left, right))
