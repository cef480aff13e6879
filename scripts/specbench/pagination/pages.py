"""Style `pages` (MSPbots): page numbers from 1 in `pageParam`, `sizeParam` items per page; the
answer says which page it is (`current`) and how many there are (`pages`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from specbench.pagination.base import attribute_path
from specbench.pagination.numbered import NumberedPaging


@dataclass(frozen=True)
class PagesPaging(NumberedPaging):
    current: str
    pages: str
    page_size: int | None = None
    style: str = "pages"

    @classmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        return cls(
            **cls.numbered(declared), current=str(declared["current"]), pages=str(declared["pages"])
        )

    def answer_paths(self) -> list[str]:
        return [self.items, self.current, self.pages]

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        page, _, current, pages = self.window(items, query, default_size)
        return {self.items: page, self.current: current, self.pages: pages}

    def client_entry(self) -> dict[str, Any]:
        return {
            "style": self.style,
            "items": self.items,
            "param": self.page_param,
            "current": attribute_path(self.current)[0],
            "pages": attribute_path(self.pages)[0],
        }
