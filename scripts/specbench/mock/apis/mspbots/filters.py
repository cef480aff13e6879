"""MSPbots' filter grammar: a query value like `12.6,56.3` becomes a test on one typed field.

Forms (specs/mspbots/ERRATA.md "Filter grammar"): empty = is empty; one value = contains (TEXT),
equals (NUMBER, BOOLEAN) or later than (DATE, DATETIME); `a,` = ≥ a; `,b` = ≤ b; `a,b` = between;
`a,b,c` = between a and b, or = c (NUMBER, BOOLEAN) / ≥ c (DATE, DATETIME); `a,b,c,d` = between a
and b, or between c and d. A value that does not parse as the field's type matches nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

Test = Callable[[Any], bool]


class FieldType(Enum):
    TEXT = "TEXT"
    NUMBER = "NUMBER"
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    DATETIME = "DATETIME"


def parse(raw: Any, kind: FieldType) -> Any:
    """The typed value of `raw` (a filter bound or a stored value), or None if it is not one."""
    if raw is None:
        return None
    text = str(raw).strip()
    try:
        if kind is FieldType.NUMBER:
            number = float(text)
            return number if math.isfinite(number) else None
        if kind is FieldType.BOOLEAN:
            return {"true": True, "false": False}.get(text.lower())
        if kind is FieldType.DATE:
            return date.fromisoformat(text[:10]) if len(text) >= 10 else None
        if kind is FieldType.DATETIME:
            return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return text


def never(_value: Any) -> bool:
    return False


def is_empty(value: Any) -> bool:
    return value is None or str(value).strip() == ""


def interval(low: str, high: str, kind: FieldType) -> Test:
    """low ≤ x ≤ high; an empty bound is open; an unparseable one matches nothing."""
    bounds = [None if part == "" else parse(part, kind) for part in (low, high)]
    if any(bound is None and part != "" for bound, part in zip(bounds, (low, high), strict=True)):
        return never
    lower, upper = bounds

    def test(value: Any) -> bool:
        typed = parse(value, kind)
        if typed is None:
            return False
        return (lower is None or typed >= lower) and (upper is None or typed <= upper)

    return test


def single(raw: str, kind: FieldType) -> Test:
    """One value: contains (TEXT), later than (dates), equals (NUMBER, BOOLEAN)."""
    if kind is FieldType.TEXT:
        needle = raw.lower()
        return lambda value: value is not None and needle in str(value).lower()
    if kind in (FieldType.DATE, FieldType.DATETIME):
        return interval(raw, "", kind)
    wanted = parse(raw, kind)
    if wanted is None:
        return never
    return lambda value: parse(value, kind) == wanted


def either(*tests: Test) -> Test:
    return lambda value: any(test(value) for test in tests)


def compile_filter(raw: str, kind: FieldType) -> Test:
    """The test a filter value stands for on a field of type `kind`."""
    if raw.strip() == "":
        return is_empty
    if kind is FieldType.TEXT:  # text may hold commas: always "contains"
        return single(raw, kind)
    parts = [part.strip() for part in raw.split(",")]
    if len(parts) == 1:
        return single(parts[0], kind)
    if len(parts) == 2:
        return interval(parts[0], parts[1], kind)
    if len(parts) == 3:
        third = (
            interval(parts[2], "", kind)
            if kind in (FieldType.DATE, FieldType.DATETIME)
            else single(parts[2], kind)
        )
        return either(interval(parts[0], parts[1], kind), third)
    if len(parts) == 4:
        return either(interval(parts[0], parts[1], kind), interval(parts[2], parts[3], kind))
    return never
