"""A small Mongo-style filter language over rows: `{"age": {"$gt": 30}, "$or": [...]}`.

Supports equality, `$eq $ne $gt $gte $lt $lte $in $nin $exists`, and `$and $or $not`; anything
else is an InvalidQuery error, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from specbench.mock.compare import ordered
from specbench.mock.errors import ApiError

_ORDERED: dict[str, Callable[[Any, Any], bool]] = {
    "$gt": lambda a, b: a > b,
    "$gte": lambda a, b: a >= b,
    "$lt": lambda a, b: a < b,
    "$lte": lambda a, b: a <= b,
}


def _invalid(message: str) -> ApiError:
    return ApiError(400, f"The filter is invalid: {message}", "InvalidQuery")


def _condition(value: Any, operator: str, operand: Any, present: bool) -> bool:
    if operator == "$eq":
        return bool(value == operand)
    if operator == "$ne":
        return bool(value != operand)
    if operator in ("$in", "$nin"):
        if not isinstance(operand, list):
            raise _invalid(f"{operator} takes an array")
        return (value in operand) == (operator == "$in")
    if operator == "$exists":
        return present == bool(operand)
    if operator in _ORDERED:
        return ordered(value, operand, _ORDERED[operator])
    raise _invalid(f"unknown operator {operator!r}")


def row_matches(row: Mapping[str, Any], query: Any) -> bool:
    """Whether `row` satisfies the filter `query`."""
    if not isinstance(query, dict):
        raise _invalid("a filter is an object")
    for key, expected in query.items():
        if key in ("$and", "$or"):
            if not isinstance(expected, list) or not expected:
                raise _invalid(f"{key} takes a non-empty array of filters")
            results = [row_matches(row, part) for part in expected]
            if not (all(results) if key == "$and" else any(results)):
                return False
        elif key == "$not":
            if row_matches(row, expected):
                return False
        elif key.startswith("$"):
            raise _invalid(f"unknown operator {key!r}")
        elif isinstance(expected, dict) and expected and all(k.startswith("$") for k in expected):
            present = key in row
            if not all(_condition(row.get(key), op, arg, present) for op, arg in expected.items()):
                return False
        elif row.get(key) != expected:
            return False
    return True
