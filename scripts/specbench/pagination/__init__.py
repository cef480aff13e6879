"""The `x-specbench-pagination` contract: how a list operation pages, one module per style.

An operation declares its style and the names it pages with, e.g.

    x-specbench-pagination: {style: cursor, cursorParam: nextToken,
                             nextCursor: meta.nextToken, items: users, pageSize: 20}

`schema.json` beside this file is the extension's JSON Schema (a house rule checks every
declaration against it and against the operation). The mock pages its answers and the client
templates iterate with the same `Paging` object, so the two sides cannot drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from specbench.pagination.base import Paging
from specbench.pagination.cursor import CursorPaging
from specbench.pagination.keyset import KeysetPaging
from specbench.pagination.offset import OffsetPaging
from specbench.pagination.page import PagePaging
from specbench.pagination.pages import PagesPaging

EXTENSION = "x-specbench-pagination"
STYLES: dict[str, type[Paging]] = {
    "cursor": CursorPaging,
    "page": PagePaging,
    "pages": PagesPaging,
    "offset": OffsetPaging,
    "keyset": KeysetPaging,
}

__all__ = ["EXTENSION", "STYLES", "Paging", "paging_of"]


def paging_of(operation: Mapping[str, Any]) -> Paging | None:
    """The operation's paging, read from its extension; None when it declares none.

    The declaration is assumed valid (the `pagination` house rule checks it before any consumer
    runs); an unknown style raises ValueError.
    """
    declared = operation.get(EXTENSION)
    if not isinstance(declared, Mapping):
        return None
    style = STYLES.get(str(declared.get("style")))
    if style is None:
        raise ValueError(f"unknown pagination style {declared.get('style')!r}")
    return style.from_extension(declared)
