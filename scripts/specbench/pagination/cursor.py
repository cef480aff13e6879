"""Style `cursor` (Botpress): an opaque token in the answer (`nextCursor`, dotted path) goes
back in `cursorParam`; no token means the last page. `pageSize` items per page."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from specbench.pagination.base import Paging, attribute_path, set_path

PAST_THE_END = 2**62


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def decode_cursor(token: str) -> int:
    """The offset a cursor stands for. A cursor this mock never issued reads as past the end.

    The specs type the cursor as any string, so a made-up one is valid input: it gets an empty
    last page rather than an error.
    """
    try:
        text = base64.urlsafe_b64decode(token.encode("ascii") + b"==").decode("ascii")
    except (ValueError, UnicodeError, binascii.Error):
        return PAST_THE_END
    kind, _, number = text.partition(":")
    return int(number) if kind == "offset" and number.isdigit() else PAST_THE_END


@dataclass(frozen=True)
class CursorPaging(Paging):
    cursor_param: str
    next_cursor: str
    items: str
    page_size: int | None = 20
    size_param: str | None = None
    style: str = "cursor"

    @classmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        return cls(
            cursor_param=str(declared["cursorParam"]),
            next_cursor=str(declared["nextCursor"]),
            items=str(declared["items"]),
            page_size=int(declared.get("pageSize", 20)),
        )

    def query_parameters(self) -> frozenset[str]:
        return frozenset({self.cursor_param})

    def answer_paths(self) -> list[str]:
        return [self.items, self.next_cursor]

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        token = query.get(self.cursor_param)
        offset = decode_cursor(token) if token else 0
        reply: dict[str, Any] = {self.items: items[offset : offset + default_size]}
        parent, _, _ = self.next_cursor.rpartition(".")
        if parent:  # the block holding the cursor (e.g. `meta`) is there even on the last page
            set_path(reply, parent, {})
        if offset + default_size < len(items):
            set_path(reply, self.next_cursor, encode_cursor(offset + default_size))
        return reply

    def client_entry(self) -> dict[str, Any]:
        return {
            "style": self.style,
            "items": self.items,
            "param": self.cursor_param,
            "next": attribute_path(self.next_cursor),
        }
