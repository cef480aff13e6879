"""BotBye's `cursor` parameter (`first`/`after`, `last`/`before`) and the cursors of its items."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from specbench.mock import strict_json
from specbench.mock.apis.botbye.fields import invalid, typed
from specbench.mock.apis.botbye.order import Term
from specbench.mock.errors import ApiError

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class PageRequest:
    """A validated `cursor`: a direction, a size and the cursor string to start from."""

    size: int = DEFAULT_PAGE_SIZE
    backward: bool = False
    anchor: str | None = None  # `after` (forward) or `before` (backward)


def _size(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise invalid("cursor", f"{name} must be an integer")
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise invalid("cursor", f"page size must be between 1 and {MAX_PAGE_SIZE}")
    return int(value)


def compile_cursor(value: Any) -> PageRequest:
    """The page a `cursor` object asks for (ERRATA.md "Keyset paging")."""
    if not isinstance(value, dict):
        raise invalid("cursor", "expected an object {first, after, last, before}")
    for name in ("after", "before"):
        if name in value and not isinstance(value[name], str):
            raise invalid("cursor", f"{name} must be a string")
    if "after" in value and "before" in value:
        raise invalid("cursor", "use either after or before, not both")
    if "first" in value and "last" in value:
        raise invalid("cursor", "use either first or last, not both")
    if "first" in value and "before" in value:
        raise invalid("cursor", "first counts items after a cursor: use last with before")
    if "last" in value and "after" in value:
        raise invalid("cursor", "last counts items before a cursor: use first with after")
    if "last" in value or "before" in value:
        size = _size(value["last"], "last") if "last" in value else DEFAULT_PAGE_SIZE
        return PageRequest(size, True, value.get("before"))
    size = _size(value["first"], "first") if "first" in value else DEFAULT_PAGE_SIZE
    return PageRequest(size, False, value.get("after"))


def encode_cursor(key: Sequence[Any]) -> str:
    """The opaque cursor of an item: Base64 of the JSON array of its sort values."""
    text = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def decode_cursor(token: str, terms: Sequence[Term]) -> list[Any] | None:
    """The sort values a cursor holds, or None when it is not one of this order's cursors.

    Also reads the vendor's own form, `value,value` in Base64 (the seed's example cursor is
    `createdAt,id`), when it has one part per term.
    """
    try:
        text = base64.b64decode(token.encode("ascii"), validate=True).decode("utf-8")
    except (ValueError, UnicodeError, binascii.Error):
        return None
    try:
        values = strict_json.loads(text)
    except (ValueError, RecursionError):
        parts = text.split(",")
        if len(parts) != len(terms):
            return None
        try:
            return [typed(term.field, part) for part, term in zip(parts, terms, strict=True)]
        except ApiError:
            return None
    if not isinstance(values, list) or len(values) != len(terms):
        return None
    if any(isinstance(v, (dict, list)) for v in values):
        return None
    return values
