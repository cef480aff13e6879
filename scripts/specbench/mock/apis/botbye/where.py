"""BotBye's `where` trees: leaves `{fieldPath, predicate, value}` and `and`/`or` branches,
compiled into a test of one item."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from specbench.mock.apis.botbye.fields import SCALARS, Fields, typed
from specbench.mock.compare import ORDERINGS, ordered
from specbench.mock.errors import invalid_parameter

MAX_DEPTH = 32  # nesting of a where tree (and of any query-builder JSON), a mock limit

LEAF_PREDICATES = frozenset(
    {"eq", "not_eq", "like", "starts_with", "gt", "lt", "gte", "lte", "in", "is_null"}
    | {"is_not_null"}
)
BRANCH_PREDICATES = frozenset({"and", "or"})
ORDERED = frozenset({"gt", "lt", "gte", "lte"})
TEXT_ONLY = frozenset({"like", "starts_with"})
NULL_TESTS = frozenset({"is_null", "is_not_null"})

Test = Callable[[Mapping[str, Any]], bool]


def _compare(left: Any, right: Any, predicate: str) -> bool:
    """`gt`/`gte`/`lt`/`lte` between two numbers or two strings; anything else does not match."""
    return ordered(left, right, ORDERINGS[predicate])


def _equal(left: Any, right: Any) -> bool:
    return isinstance(left, bool) == isinstance(right, bool) and bool(left == right)


def _leaf(node: dict[str, Any], fields: Fields) -> Test:
    unknown = sorted(set(node) - {"fieldPath", "predicate", "value"})
    if unknown:
        if "operands" in unknown:
            raise invalid_parameter("where", "operands are only for branches (and, or)")
        raise invalid_parameter("where", f"unknown member {unknown[0]!r} in a leaf")
    predicate = node.get("predicate")
    if predicate not in LEAF_PREDICATES:
        raise invalid_parameter("where", f"unknown predicate {predicate!r}")
    field = fields.get("where", node.get("fieldPath"))
    value = node.get("value")
    if predicate in NULL_TESTS:
        if value is not None and not isinstance(value, str):
            raise invalid_parameter("where", "value must be a string")
        wanted_null = predicate == "is_null"
        return lambda item: (field.value_of(item) is None) == wanted_null
    if field.kind not in SCALARS:
        raise invalid_parameter(
            "where", f"fieldPath {field.name!r} only takes is_null and is_not_null"
        )
    if not isinstance(value, str):
        raise invalid_parameter("where", f"predicate {predicate!r} needs a string value")
    if predicate in TEXT_ONLY and field.kind != "string":
        raise invalid_parameter("where", f"predicate {predicate!r} needs a text fieldPath")
    if predicate in ORDERED and field.kind == "boolean":
        raise invalid_parameter("where", f"predicate {predicate!r} cannot compare booleans")
    if predicate == "in":
        options = [typed(field, part.strip()) for part in value.split(",")]
        return lambda item: (
            (have := field.value_of(item)) is not None
            and any(_equal(have, option) for option in options)
        )
    wanted = typed(field, value)
    if predicate == "eq":
        return lambda item: _equal(field.value_of(item), wanted)
    if predicate == "not_eq":
        return lambda item: (have := field.value_of(item)) is not None and not _equal(have, wanted)
    if predicate == "like":
        return lambda item: isinstance(have := field.value_of(item), str) and wanted in have
    if predicate == "starts_with":
        return lambda item: (
            isinstance(have := field.value_of(item), str) and have.startswith(wanted)
        )
    return lambda item: _compare(field.value_of(item), wanted, predicate)


def compile_where(node: Any, fields: Fields, depth: int = 1) -> Test:
    """The test a `where` tree stands for; 400 for anything the query builder does not allow."""
    if depth > MAX_DEPTH:
        raise invalid_parameter("where", f"nested deeper than {MAX_DEPTH} levels")
    if not isinstance(node, dict):
        raise invalid_parameter("where", "a node is an object")
    predicate = node.get("predicate")
    if predicate not in BRANCH_PREDICATES:
        return _leaf(node, fields)
    if "value" in node:
        raise invalid_parameter("where", "value should not be used in branches")
    if "fieldPath" in node:
        raise invalid_parameter("where", "fieldPath should not be used in branches")
    unknown = sorted(set(node) - {"predicate", "operands"})
    if unknown:
        raise invalid_parameter("where", f"unknown member {unknown[0]!r} in a branch")
    operands = node.get("operands")
    if not isinstance(operands, list) or not operands:
        raise invalid_parameter("where", f"a {predicate!r} branch needs a non-empty operands array")
    tests = [compile_where(operand, fields, depth + 1) for operand in operands]
    if predicate == "and":
        return lambda item: all(test(item) for test in tests)
    return lambda item: any(test(item) for test in tests)
