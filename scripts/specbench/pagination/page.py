"""Style `page` (WorkDrive): page numbers from 1 in `pageParam`, `sizeParam` items per page,
and a `meta` block `{perPage, totalPages, totalResults, curPage, nextPage}` whose `nextPage` is
null on the last page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from specbench.pagination.base import Paging, attribute_path, size_from


@dataclass(frozen=True)
class PagePaging(Paging):
    page_param: str
    size_param: str | None
    items: str
    meta: str
    page_size: int | None = None
    style: str = "page"

    @classmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        return cls(
            page_param=str(declared["pageParam"]),
            size_param=str(declared["sizeParam"]),
            items=str(declared["items"]),
            meta=str(declared["meta"]),
        )

    def query_parameters(self) -> frozenset[str]:
        return frozenset(name for name in (self.page_param, self.size_param) if name)

    def answer_paths(self) -> list[str]:
        return [self.items, f"{self.meta}.nextPage"]

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        size = size_from(query, self.size_param, default_size)
        current = int(query.get(self.page_param, 1))
        pages = -(-len(items) // size)
        return {
            self.items: items[(current - 1) * size : current * size],
            self.meta: {
                "perPage": size,
                "totalPages": pages,
                "totalResults": len(items),
                "curPage": current,
                "nextPage": current + 1 if current < pages else None,
            },
        }

    def client_entry(self) -> dict[str, Any]:
        return {
            "style": self.style,
            "items": self.items,
            "param": self.page_param,
            "next": attribute_path(f"{self.meta}.nextPage"),
        }
