"""Style `offset` (Kore.ai): `sizeParam` items from `offsetParam`; the answer's boolean `more`
says whether items follow. `offsetUnit` says what the offset counts: items (data tables, the
default) or whole pages (audit logs: offset 2 with size 50 starts at item 100)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from specbench.pagination.base import Paging, attribute_path, size_from


@dataclass(frozen=True)
class OffsetPaging(Paging):
    offset_param: str
    size_param: str | None
    items: str
    more: str
    unit: str = "item"
    page_size: int | None = None
    style: str = "offset"

    @classmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        return cls(
            offset_param=str(declared["offsetParam"]),
            size_param=str(declared["sizeParam"]),
            items=str(declared["items"]),
            more=str(declared["more"]),
            unit=str(declared.get("offsetUnit", "item")),
            page_size=int(declared["pageSize"]) if "pageSize" in declared else None,
        )

    def query_parameters(self) -> frozenset[str]:
        return frozenset(name for name in (self.offset_param, self.size_param) if name)

    def answer_paths(self) -> list[str]:
        return [self.items, self.more]

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        size = size_from(query, self.size_param, default_size)
        offset = int(query.get(self.offset_param, 0)) * (size if self.unit == "page" else 1)
        page = items[offset : offset + size]
        return {self.items: page, self.more: offset + len(page) < len(items)}

    def client_entry(self) -> dict[str, Any]:
        return {
            "style": self.style,
            "items": self.items,
            "param": self.offset_param,
            "more": attribute_path(self.more)[0],
            "unit": self.unit,
        }
