"""Style `keyset` (BotBye): a `cursorParam` object `{first, after, last, before}` moves over a
connection `{edges: [{cursor, node}], pageInfo}`; `nextCursor` goes in `afterField` while
`hasNextPage` holds.

An item's cursor is the Base64 of the JSON array of its sort values, so a cursor keeps its place
when items come and go. The order itself (and the filter) is the API's own query language (its
mock package); this module reads the cursor parameter, makes the page and writes the answer's
paging members, for that language and for the mock's generic lists alike (which keep the stored
order and place an item by its `id`).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Self

from specbench import strict_json
from specbench.pagination.base import Paging, PagingError, attribute_path, set_path

# Where a cursor falls among the ordered items: (how many come before it, how many come before
# it or sit at it); None when it is not a cursor of this order (the page is then empty).
Place = Callable[[str], tuple[int, int] | None]


@dataclass(frozen=True)
class PageRequest:
    """A validated cursor parameter: a size, a direction and the cursor to start from."""

    size: int
    backward: bool = False
    anchor: str | None = None  # `after` (forward) or `before` (backward)


def encode_cursor(key: Sequence[Any]) -> str:
    """The opaque cursor of an item: Base64 of the JSON array of its sort values."""
    text = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def decode_cursor(
    token: str, arity: int, other_form: Callable[[str], list[Any] | None] | None = None
) -> list[Any] | None:
    """The `arity` sort values a cursor holds, or None when it is not such a cursor.

    `other_form` reads a decoded text that is not JSON (an API's own cursor form), if given.
    """
    try:
        text = base64.b64decode(token.encode("ascii"), validate=True).decode("utf-8")
    except (ValueError, UnicodeError, binascii.Error):
        return None
    try:
        values = strict_json.loads(text)
    except (ValueError, RecursionError):
        return other_form(text) if other_form is not None else None
    if not isinstance(values, list) or len(values) != arity:
        return None
    if any(isinstance(v, (dict, list)) for v in values):
        return None
    return values


@dataclass(frozen=True)
class KeysetPaging(Paging):
    cursor_param: str
    items: str
    node: str
    item_cursor: str
    next_cursor: str
    previous_cursor: str
    has_next_page: str
    has_previous_page: str
    first_field: str
    after_field: str
    last_field: str
    before_field: str
    page_size: int | None
    max_page_size: int
    where_param: str | None = None
    order_param: str | None = None
    total_param: str | None = None
    total: str | None = None
    size_param: str | None = None
    style: str = "keyset"

    @classmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        def optional(name: str) -> str | None:
            return str(declared[name]) if name in declared else None

        return cls(
            cursor_param=str(declared["cursorParam"]),
            items=str(declared["items"]),
            node=str(declared["node"]),
            item_cursor=str(declared["itemCursor"]),
            next_cursor=str(declared["nextCursor"]),
            previous_cursor=str(declared["previousCursor"]),
            has_next_page=str(declared["hasNextPage"]),
            has_previous_page=str(declared["hasPreviousPage"]),
            first_field=str(declared["firstField"]),
            after_field=str(declared["afterField"]),
            last_field=str(declared["lastField"]),
            before_field=str(declared["beforeField"]),
            page_size=int(declared["pageSize"]),
            max_page_size=int(declared["maxPageSize"]),
            where_param=optional("whereParam"),
            order_param=optional("orderParam"),
            total_param=optional("totalParam"),
            total=optional("total"),
        )

    def query_parameters(self) -> frozenset[str]:
        return frozenset({self.cursor_param})

    def answer_paths(self) -> list[str]:
        paths = [
            self.items,
            self.next_cursor,
            self.previous_cursor,
            self.has_next_page,
            self.has_previous_page,
        ]
        return paths if self.total is None else [*paths, self.total]

    # --- the request --------------------------------------------------------------------------

    def _size(self, value: Any, name: str) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            raise PagingError(self.cursor_param, f"{name} must be an integer")
        if not 1 <= value <= self.max_page_size:
            raise PagingError(
                self.cursor_param, f"page size must be between 1 and {self.max_page_size}"
            )
        return int(value)

    def request(self, value: Any, default_size: int | None = None) -> PageRequest:
        """The page a cursor parameter object asks for; PagingError for one it cannot be."""
        first, after = self.first_field, self.after_field
        last, before = self.last_field, self.before_field
        default = default_size if default_size is not None else int(self.page_size or 0)

        def refuse(message: str) -> PagingError:
            return PagingError(self.cursor_param, message)

        if not isinstance(value, dict):
            raise refuse(f"expected an object {{{first}, {after}, {last}, {before}}}")
        for name in (after, before):
            if name in value and not isinstance(value[name], str):
                raise refuse(f"{name} must be a string")
        if after in value and before in value:
            raise refuse(f"use either {after} or {before}, not both")
        if first in value and last in value:
            raise refuse(f"use either {first} or {last}, not both")
        if first in value and before in value:
            raise refuse(f"{first} counts items after a cursor: use {last} with {before}")
        if last in value and after in value:
            raise refuse(f"{last} counts items before a cursor: use {first} with {after}")
        if last in value or before in value:
            size = self._size(value[last], last) if last in value else default
            return PageRequest(size, True, value.get(before))
        size = self._size(value[first], first) if first in value else default
        return PageRequest(size, False, value.get(after))

    # --- the answer ---------------------------------------------------------------------------

    def connection(
        self,
        ordered: Sequence[Any],
        request: PageRequest,
        cursor_of: Callable[[Any], str],
        place: Place,
        total: int | None = None,
    ) -> dict[str, Any]:
        """The answer's paging members for one page of `ordered` (the matching items, in order):
        the items as `{itemCursor, node}` edges, the page's first and last cursors, whether a
        page comes before and after, and `total` (-1 when the request did not ask for it)."""
        lo, hi = 0, len(ordered)
        if request.anchor is not None:
            spot = place(request.anchor)
            if spot is None:  # a cursor this order never issued: an empty last page
                ordered, lo, hi = [], 0, 0
            elif request.backward:
                hi = spot[0]
            else:
                lo = spot[1]
        if request.backward:
            lo = max(lo, hi - request.size)
        else:
            hi = min(hi, lo + request.size)
        edges = [{self.item_cursor: cursor_of(item), self.node: item} for item in ordered[lo:hi]]
        reply: dict[str, Any] = {self.items: edges}
        set_path(reply, self.has_previous_page, lo > 0)
        set_path(reply, self.has_next_page, hi < len(ordered))
        set_path(reply, self.previous_cursor, edges[0][self.item_cursor] if edges else None)
        set_path(reply, self.next_cursor, edges[-1][self.item_cursor] if edges else None)
        if self.total is not None:
            set_path(reply, self.total, total if total is not None else -1)
        return reply

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        """A page of `items` in the order given, each placed by its `id` (else its position):
        the generic list's keyset paging, for an API without a query language of its own."""
        raw = query.get(self.cursor_param)
        if isinstance(raw, str):
            try:
                raw = strict_json.loads(raw)
            except (ValueError, RecursionError):
                raise PagingError(self.cursor_param, "not valid JSON") from None
        request = self.request(raw if raw is not None else {}, default_size)
        keys = [_identity(item, index) for index, item in enumerate(items)]
        cursors = {id(item): encode_cursor([key]) for item, key in zip(items, keys, strict=True)}
        where = {key: index for index, key in enumerate(keys)}

        def place(token: str) -> tuple[int, int] | None:
            values = decode_cursor(token, 1)
            index = where.get(values[0]) if values is not None else None
            return None if index is None else (index, index + 1)

        asked = self.total_param is not None and query.get(self.total_param) is True
        return self.connection(
            items, request, lambda item: cursors[id(item)], place, len(items) if asked else None
        )

    def client_entry(self) -> dict[str, Any]:
        return {
            "style": self.style,
            "items": self.items,
            "param": self.cursor_param,
            "node": self.node,
            "next": attribute_path(self.next_cursor),
            "has_next": attribute_path(self.has_next_page),
            "after": self.after_field,
            "backward": [self.before_field, self.last_field],
        }


def _identity(item: Any, index: int) -> Any:
    """What places an item of a generic list: its `id`, else its position."""
    if isinstance(item, Mapping) and isinstance(item.get("id"), (str, int)):
        return item["id"]
    return index
