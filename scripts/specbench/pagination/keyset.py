"""Style `keyset` (BotBye): a `cursorParam` object `{first, after, last, before}` moves over a
connection `{edges: [{cursor, node}], pageInfo}`; `nextCursor` goes in `afterField` while
`hasNextPage` holds. The query language that orders and filters the items is the API's own
(its mock package); this module names the members both sides use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from specbench.pagination.base import Paging, attribute_path


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
