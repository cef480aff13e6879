"""BotBye's keyset query builder: `where` trees, `order_by` terms, `cursor` pages, `total`.

Everything here is pure (no HTTP, no store) so it can be tested on its own; failures are 400
`ApiError`s with a readable message. specs/botbye/ERRATA.md "Where tree shape", "Field paths"
and "Keyset paging" describe the semantics:

- `where`: leaves `{fieldPath, predicate, value}` and branches `{predicate: and|or, operands}`,
  nested; a branch carries no `value`. A leaf's `value` is a string, read as the field's type
  (`"443"` for an integer field); `in` takes comma-separated values. A missing or null field
  matches only `is_null` (SQL semantics: `not_eq` does not match it either).
- `order_by`: terms `{fieldPath, direction}`, then the collection's tiebreak fields ascending,
  so that every item has its own place and keyset pages never skip or repeat one. Nulls sort
  after every value ascending (before every value descending), as in PostgreSQL.
- `cursor`: `first`/`after` forward, `last`/`before` backward, 20 items by default, sizes 1 to 100.
  A cursor is the Base64 of the JSON array of an item's sort values; one this mock cannot read
  gives an empty page (the project's leniency for unknown cursors).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from specbench.mock import strict_json
from specbench.mock.compare import ORDERINGS, ordered
from specbench.mock.errors import ApiError
from specbench.mock.schemas import resolve, schema_types

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_DEPTH = 32  # nesting of a where tree (and of any query-builder JSON), a mock limit

LEAF_PREDICATES = frozenset(
    {"eq", "not_eq", "like", "starts_with", "gt", "lt", "gte", "lte", "in", "is_null"}
    | {"is_not_null"}
)
BRANCH_PREDICATES = frozenset({"and", "or"})
ORDERED = frozenset({"gt", "lt", "gte", "lte"})
TEXT_ONLY = frozenset({"like", "starts_with"})
NULL_TESTS = frozenset({"is_null", "is_not_null"})
SCALARS = frozenset({"string", "integer", "number", "boolean"})

Test = Callable[[Mapping[str, Any]], bool]


def invalid(parameter: str, message: str) -> ApiError:
    return ApiError(400, f"Invalid {parameter} parameter: {message}")


# --- fields ------------------------------------------------------------------------------------


def snake_case(name: str) -> str:
    """`remoteAddr` → `remote_addr` (the seed writes field paths in snake_case)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class Field:
    """One member of a node that `where` and `order_by` may name: its path and JSON type."""

    path: tuple[str, ...]
    kind: str  # string, integer, number, boolean, array, object

    @property
    def name(self) -> str:
        return ".".join(self.path)

    def value_of(self, item: Mapping[str, Any]) -> Any:
        """The member's value in `item`; None when it (or a parent) is missing."""
        node: Any = item
        for part in self.path:
            if not isinstance(node, Mapping):
                return None
            node = node.get(part)
        return node


class Fields:
    """The field paths of one node type, by camelCase path and by its snake_case alias."""

    def __init__(self, fields: Iterable[Field]) -> None:
        self.by_name: dict[str, Field] = {}
        for field in fields:
            self.by_name[field.name] = field
            self.by_name.setdefault(".".join(snake_case(p) for p in field.path), field)

    @classmethod
    def from_schema(cls, document: dict[str, Any], schema: Any) -> Fields:
        """Every member of an object schema; nested objects add dotted paths."""
        found: list[Field] = []

        def visit(node: Any, prefix: tuple[str, ...], depth: int) -> None:
            flat = resolve(document, node)
            for name, prop in (flat.get("properties") or {}).items():
                member = resolve(document, prop)
                kinds = [k for k in schema_types(member) if k != "null"]
                kind = kinds[0] if kinds else ("object" if "properties" in member else "string")
                found.append(Field((*prefix, name), kind))
                if kind == "object" and depth < 4:
                    visit(member, (*prefix, name), depth + 1)

        visit(schema, (), 0)
        return cls(found)

    def get(self, parameter: str, path: Any) -> Field:
        field = self.by_name.get(path) if isinstance(path, str) else None
        if field is None:
            raise invalid(parameter, f"unknown fieldPath {path!r}")
        return field


def typed(field: Field, raw: str) -> Any:
    """A leaf's string value as the field's type; 400 when it is not one."""
    if field.kind == "integer":
        if re.fullmatch(r"-?[0-9]{1,18}", raw.strip()):
            return int(raw)
    elif field.kind == "number":
        try:
            number = float(raw)
        except ValueError:
            number = float("nan")
        if number == number and abs(number) != float("inf"):
            return number
    elif field.kind == "boolean":
        if raw in ("true", "false"):
            return raw == "true"
    else:
        return raw
    raise invalid("where", f"{raw!r} is not a {field.kind} value for fieldPath {field.name!r}")


# --- JSON values -------------------------------------------------------------------------------


def depth_of(value: Any) -> int:
    """Nesting depth of a JSON value, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH * 2 + 2:
            break
        children = (
            node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        )
        stack.extend((child, depth + 1) for child in children)
    return deepest


def parse_json(parameter: str, raw: Any) -> Any:
    """The JSON value a query parameter carries (already URI-decoded by the server)."""
    if not isinstance(raw, str):
        raise invalid(parameter, "expected URI-encoded JSON")
    try:
        value = strict_json.loads(raw)
    except (ValueError, RecursionError):
        raise invalid(parameter, "not valid JSON") from None
    if depth_of(value) > MAX_DEPTH * 2 + 2:
        raise invalid(parameter, f"nested deeper than {MAX_DEPTH} levels")
    return value


# --- where -------------------------------------------------------------------------------------


def _compare(left: Any, right: Any, predicate: str) -> bool:
    """`gt`/`gte`/`lt`/`lte` between two numbers or two strings; anything else does not match."""
    return ordered(left, right, ORDERINGS[predicate])


def _equal(left: Any, right: Any) -> bool:
    return isinstance(left, bool) == isinstance(right, bool) and bool(left == right)


def _leaf(node: dict[str, Any], fields: Fields) -> Test:
    unknown = sorted(set(node) - {"fieldPath", "predicate", "value"})
    if unknown:
        if "operands" in unknown:
            raise invalid("where", "operands are only for branches (and, or)")
        raise invalid("where", f"unknown member {unknown[0]!r} in a leaf")
    predicate = node.get("predicate")
    if predicate not in LEAF_PREDICATES:
        raise invalid("where", f"unknown predicate {predicate!r}")
    field = fields.get("where", node.get("fieldPath"))
    value = node.get("value")
    if predicate in NULL_TESTS:
        if value is not None and not isinstance(value, str):
            raise invalid("where", "value must be a string")
        wanted_null = predicate == "is_null"
        return lambda item: (field.value_of(item) is None) == wanted_null
    if field.kind not in SCALARS:
        raise invalid("where", f"fieldPath {field.name!r} only takes is_null and is_not_null")
    if not isinstance(value, str):
        raise invalid("where", f"predicate {predicate!r} needs a string value")
    if predicate in TEXT_ONLY and field.kind != "string":
        raise invalid("where", f"predicate {predicate!r} needs a text fieldPath")
    if predicate in ORDERED and field.kind == "boolean":
        raise invalid("where", f"predicate {predicate!r} cannot compare booleans")
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
        raise invalid("where", f"nested deeper than {MAX_DEPTH} levels")
    if not isinstance(node, dict):
        raise invalid("where", "a node is an object")
    predicate = node.get("predicate")
    if predicate not in BRANCH_PREDICATES:
        return _leaf(node, fields)
    if "value" in node:
        raise invalid("where", "value should not be used in branches")
    if "fieldPath" in node:
        raise invalid("where", "fieldPath should not be used in branches")
    unknown = sorted(set(node) - {"predicate", "operands"})
    if unknown:
        raise invalid("where", f"unknown member {unknown[0]!r} in a branch")
    operands = node.get("operands")
    if not isinstance(operands, list) or not operands:
        raise invalid("where", f"a {predicate!r} branch needs a non-empty operands array")
    tests = [compile_where(operand, fields, depth + 1) for operand in operands]
    if predicate == "and":
        return lambda item: all(test(item) for test in tests)
    return lambda item: any(test(item) for test in tests)


# --- order_by ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    field: Field
    descending: bool


def compile_order(value: Any, fields: Fields) -> list[Term]:
    """The sort terms of an `order_by` array."""
    if not isinstance(value, list) or not value:
        raise invalid("order_by", "expected a non-empty array of {fieldPath, direction}")
    terms = []
    for term in value:
        if not isinstance(term, dict) or set(term) != {"fieldPath", "direction"}:
            raise invalid("order_by", "each term is exactly {fieldPath, direction}")
        if term["direction"] not in ("ASC", "DESC"):
            raise invalid("order_by", f"direction {term['direction']!r} is not ASC or DESC")
        field = fields.get("order_by", term["fieldPath"])
        if field.kind not in SCALARS:
            raise invalid("order_by", f"cannot order by fieldPath {field.name!r}")
        terms.append(Term(field, term["direction"] == "DESC"))
    return terms


def _rank(value: Any) -> tuple[Any, ...]:
    """A total order over JSON scalars: numbers, then text, then anything else; null last."""
    if value is None:
        return (1,)
    if isinstance(value, (bool, int, float)):
        return (0, 0, float(value) if isinstance(value, float) else int(value))
    if isinstance(value, str):
        return (0, 1, value)
    return (0, 2, json.dumps(value, sort_keys=True))


def compare_keys(left: Sequence[Any], right: Sequence[Any], terms: Sequence[Term]) -> int:
    """-1, 0 or 1: how two sort keys (one value per term) compare under the terms."""
    for a, b, term in zip(left, right, terms, strict=True):
        ra, rb = _rank(a), _rank(b)
        if ra != rb:
            result = -1 if ra < rb else 1
            return -result if term.descending else result
    return 0


# --- cursor ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageRequest:
    """A validated `cursor`: a direction, a size and the cursor string to start from."""

    size: int = DEFAULT_PAGE_SIZE
    backward: bool = False
    anchor: str | None = None  # `after` (forward) or `before` (backward)


def _size(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise invalid("cursor", f"{name} must be an integer")
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise invalid("cursor", f"page size must be between 1 and {MAX_PAGE_SIZE}")
    return int(value)


def compile_cursor(value: Any) -> PageRequest:
    """The page a `cursor` object asks for (ERRATA.md "Keyset paging")."""
    if not isinstance(value, dict):
        raise invalid("cursor", "expected an object {first, after, last, before}")
    for name in ("after", "before"):
        if name in value and not isinstance(value[name], str):
            raise invalid("cursor", f"{name} must be a string")
    if "after" in value and "before" in value:
        raise invalid("cursor", "use either after or before, not both")
    if "first" in value and "last" in value:
        raise invalid("cursor", "use either first or last, not both")
    if "first" in value and "before" in value:
        raise invalid("cursor", "first counts items after a cursor: use last with before")
    if "last" in value and "after" in value:
        raise invalid("cursor", "last counts items before a cursor: use first with after")
    if "last" in value or "before" in value:
        size = _size(value["last"], "last") if "last" in value else DEFAULT_PAGE_SIZE
        return PageRequest(size, True, value.get("before"))
    size = _size(value["first"], "first") if "first" in value else DEFAULT_PAGE_SIZE
    return PageRequest(size, False, value.get("after"))


def encode_cursor(key: Sequence[Any]) -> str:
    """The opaque cursor of an item: Base64 of the JSON array of its sort values."""
    text = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def decode_cursor(token: str, terms: Sequence[Term]) -> list[Any] | None:
    """The sort values a cursor holds, or None when it is not one of this order's cursors.

    Also reads the vendor's own form, `value,value` in Base64 (the seed's example cursor is
    `createdAt,id`), when it has one part per term.
    """
    try:
        text = base64.b64decode(token.encode("ascii"), validate=True).decode("utf-8")
    except (ValueError, UnicodeError, binascii.Error):
        return None
    try:
        values = strict_json.loads(text)
    except (ValueError, RecursionError):
        parts = text.split(",")
        if len(parts) != len(terms):
            return None
        try:
            return [typed(term.field, part) for part, term in zip(parts, terms, strict=True)]
        except ApiError:
            return None
    if not isinstance(values, list) or len(values) != len(terms):
        return None
    if any(isinstance(v, (dict, list)) for v in values):
        return None
    return values


# --- one page ----------------------------------------------------------------------------------


@dataclass
class Query:
    """A compiled request: filter, sort terms (tiebreak included), page, and whether to count."""

    test: Test | None
    terms: list[Term]
    page: PageRequest
    total: bool = False

    def key(self, item: Mapping[str, Any]) -> list[Any]:
        return [term.field.value_of(item) for term in self.terms]

    def select(self, items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """The matching items in order (not paged)."""
        test = self.test
        found = [item for item in items if test is None or test(item)]
        keys = [self.key(item) for item in found]

        def by_key(a: int, b: int) -> int:
            return compare_keys(keys[a], keys[b], self.terms)

        ranked = sorted(range(len(found)), key=functools.cmp_to_key(by_key))
        return [found[index] for index in ranked]

    def connection(self, items: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """`{edges, pageInfo}` for one page of the matching items."""
        ordered = self.select(items)
        matched = len(ordered)
        lo, hi = 0, matched
        anchor = self.page.anchor
        if anchor is not None:
            position = decode_cursor(anchor, self.terms)
            if position is None:  # a cursor this mock never issued: an empty last page
                ordered, lo, hi = [], 0, 0
            elif self.page.backward:
                hi = sum(
                    1 for it in ordered if compare_keys(self.key(it), position, self.terms) < 0
                )
            else:
                lo = sum(
                    1 for it in ordered if compare_keys(self.key(it), position, self.terms) <= 0
                )
        if self.page.backward:
            lo = max(lo, hi - self.page.size)
        else:
            hi = min(hi, lo + self.page.size)
        edges = [{"cursor": encode_cursor(self.key(item)), "node": item} for item in ordered[lo:hi]]
        return {
            "edges": edges,
            "pageInfo": {
                "hasPreviousPage": lo > 0,
                "hasNextPage": hi < len(ordered),
                "startCursor": edges[0]["cursor"] if edges else None,
                "endCursor": edges[-1]["cursor"] if edges else None,
                "total": matched if self.total else -1,
            },
        }


Check = Callable[[str, Any], None]


def compile_query(
    params: Mapping[str, Any],
    fields: Fields,
    default_order: Sequence[tuple[str, str]],
    tiebreak: Sequence[str],
    check: Check | None = None,
) -> Query:
    """The Query that the (URI-decoded) `where`, `order_by`, `cursor` and `total` parameters
    ask for. `default_order` applies without `order_by`; `tiebreak` fields (ascending) always
    follow. `check(name, value)` may reject a parsed value too (the spec's own schema)."""
    parsed: dict[str, Any] = {}
    for name in ("where", "order_by", "cursor"):
        if params.get(name) is not None:
            parsed[name] = parse_json(name, params[name])
    test = compile_where(parsed["where"], fields) if "where" in parsed else None
    if "order_by" in parsed:
        terms = compile_order(parsed["order_by"], fields)
    else:
        terms = [Term(fields.get("order_by", name), way == "DESC") for name, way in default_order]
    terms += [Term(fields.get("order_by", name), False) for name in tiebreak]
    page = compile_cursor(parsed["cursor"]) if "cursor" in parsed else PageRequest()
    if check is not None:
        for name, value in parsed.items():
            check(name, value)
    return Query(test, terms, page, params.get("total") is True)
