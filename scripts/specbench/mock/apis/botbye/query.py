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
  gives an empty page (the project's leniency for unknown cursors). Reading the cursor and making
  the page is the keyset paging style's (`specbench.pagination.keyset`); the order is this
  module's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from specbench import strict_json
from specbench.mock.apis.botbye.cursor import decode_cursor
from specbench.mock.apis.botbye.fields import Fields
from specbench.mock.apis.botbye.order import Term, compare_keys, compile_order
from specbench.mock.apis.botbye.where import MAX_DEPTH, Test, compile_where
from specbench.mock.errors import invalid_parameter
from specbench.pagination.base import PagingError
from specbench.pagination.keyset import KeysetPaging, PageRequest, encode_cursor

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
        raise invalid_parameter(parameter, "expected URI-encoded JSON")
    try:
        value = strict_json.loads(raw)
    except (ValueError, RecursionError):
        raise invalid_parameter(parameter, "not valid JSON") from None
    if depth_of(value) > MAX_DEPTH * 2 + 2:
        raise invalid_parameter(parameter, f"nested deeper than {MAX_DEPTH} levels")
    return value


# --- one page ----------------------------------------------------------------------------------


@dataclass
class Query:
    """A compiled request: filter, sort terms (tiebreak included), and for a paged operation its
    paging, the page asked for and whether to count."""

    test: Test | None
    terms: list[Term]
    paging: KeysetPaging | None = None
    page: PageRequest | None = None
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

    def place(self, ordered: Sequence[Mapping[str, Any]], token: str) -> tuple[int, int] | None:
        """Where a cursor falls among the ordered items (see `keyset.Place`)."""
        position = decode_cursor(token, self.terms)
        if position is None:
            return None
        signs = [compare_keys(self.key(item), position, self.terms) for item in ordered]
        return sum(1 for sign in signs if sign < 0), sum(1 for sign in signs if sign <= 0)

    def connection(self, items: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """`{edges, pageInfo}` for one page of the matching items."""
        if self.paging is None or self.page is None:
            raise ValueError("the operation declares no keyset paging")
        ordered = self.select(items)
        return self.paging.connection(
            ordered,
            self.page,
            lambda item: encode_cursor(self.key(item)),
            lambda token: self.place(ordered, token),
            len(ordered) if self.total else None,
        )


Check = Callable[[str, Any], None]


def compile_query(
    params: Mapping[str, Any],
    fields: Fields,
    default_order: Sequence[tuple[str, str]],
    tiebreak: Sequence[str],
    check: Check | None = None,
    paging: KeysetPaging | None = None,
) -> Query:
    """The Query that the (URI-decoded) `where`, `order_by` and, for an operation with `paging`,
    its cursor and `total` parameters ask for. `default_order` applies without `order_by`;
    `tiebreak` fields (ascending) always follow. `check(name, value)` may reject a parsed value
    too (the spec's own schema)."""
    cursor = paging.cursor_param if paging is not None else None
    parsed: dict[str, Any] = {}
    for name in ("where", "order_by", cursor):
        if name is not None and params.get(name) is not None:
            parsed[name] = parse_json(name, params[name])
    test = compile_where(parsed["where"], fields) if "where" in parsed else None
    if "order_by" in parsed:
        terms = compile_order(parsed["order_by"], fields)
    else:
        terms = [Term(fields.get("order_by", name), way == "DESC") for name, way in default_order]
    terms += [Term(fields.get("order_by", name), False) for name in tiebreak]
    page = None
    if paging is not None:
        try:
            page = paging.request(parsed.get(paging.cursor_param, {}))
        except PagingError as error:
            raise invalid_parameter(error.parameter, error.message) from None
    if check is not None:
        for name, value in parsed.items():
            check(name, value)
    total_param = paging.total_param if paging is not None else None
    total = total_param is not None and params.get(total_param) is True
    return Query(test, terms, paging, page, total)
