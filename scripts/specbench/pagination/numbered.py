"""What the two page-number styles (`page`, `pages`) share: page numbers from 1 in `pageParam`,
`sizeParam` items per page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

from specbench.pagination.base import Paging, size_from


class Numbered(TypedDict):
    page_param: str
    size_param: str | None
    items: str


@dataclass(frozen=True)
class NumberedPaging(Paging):
    page_param: str
    size_param: str | None
    items: str

    @staticmethod
    def numbered(declared: Mapping[str, Any]) -> Numbered:
        """The shared members of a declaration, as keyword arguments."""
        return Numbered(
            page_param=str(declared["pageParam"]),
            size_param=str(declared["sizeParam"]),
            items=str(declared["items"]),
        )

    def query_parameters(self) -> frozenset[str]:
        return frozenset(name for name in (self.page_param, self.size_param) if name)

    def window(
        self, items: list[Any], query: Mapping[str, Any], default_size: int
    ) -> tuple[list[Any], int, int, int]:
        """The page the request asks for: its items, the page size, its number and how many
        pages there are."""
        size = size_from(query, self.size_param, default_size)
        current = int(query.get(self.page_param, 1))
        pages = -(-len(items) // size)
        return items[(current - 1) * size : current * size], size, current, pages
