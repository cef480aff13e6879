"""Style `pages` (MSPbots): page numbers from 1 in `pageParam`, `sizeParam` items per page; the
answer says which page it is (`current`) and how many there are (`pages`)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from specbench.pagination.base import Paging, attribute_path, size_from


@dataclass(frozen=True)
class PagesPaging(Paging):
    page_param: str
    size_param: str | None
    items: str
    current: str
    pages: str
    page_size: int | None = None
    style: str = "pages"

    @classmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        return cls(
            page_param=str(declared["pageParam"]),
            size_param=str(declared["sizeParam"]),
            items=str(declared["items"]),
            current=str(declared["current"]),
            pages=str(declared["pages"]),
        )

    def query_parameters(self) -> frozenset[str]:
        return frozenset(name for name in (self.page_param, self.size_param) if name)

    def answer_paths(self) -> list[str]:
        return [self.items, self.current, self.pages]

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        size = size_from(query, self.size_param, default_size)
        current = int(query.get(self.page_param, 1))
        start = (current - 1) * size
        return {
            self.items: items[start : start + size],
            self.current: current,
            self.pages: math.ceil(len(items) / size),
        }

    def client_entry(self) -> dict[str, Any]:
        return {
            "style": self.style,
            "items": self.items,
            "param": self.page_param,
            "current": attribute_path(self.current)[0],
            "pages": attribute_path(self.pages)[0],
        }
