"""Style `page` (WorkDrive): page numbers from 1 in `pageParam`, `sizeParam` items per page,
and a `meta` block `{perPage, totalPages, totalResults, curPage, nextPage}` whose `nextPage` is
null on the last page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from specbench.pagination.base import attribute_path
from specbench.pagination.numbered import NumberedPaging


@dataclass(frozen=True)
class PagePaging(NumberedPaging):
    meta: str
    page_size: int | None = None
    style: str = "page"

    @classmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        return cls(**cls.numbered(declared), meta=str(declared["meta"]))

    def answer_paths(self) -> list[str]:
        return [self.items, f"{self.meta}.nextPage"]

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        page, size, current, pages = self.window(items, query, default_size)
        return {
            self.items: page,
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
