"""BotBye's cursors: the keyset style's own (Base64 of the JSON array of an item's sort values,
see `specbench.pagination.keyset`), or the vendor's form, Base64 of `value,value`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from specbench.mock.apis.botbye.fields import typed
from specbench.mock.apis.botbye.order import Term
from specbench.mock.errors import ApiError
from specbench.pagination import keyset


def decode_cursor(token: str, terms: Sequence[Term]) -> list[Any] | None:
    """The sort values a cursor holds, or None when it is not one of this order's cursors.

    Also reads the vendor's own form, `value,value` in Base64 (the vendor's example cursor is
    `createdAt,id`), when it has one part per term.
    """

    def vendor_form(text: str) -> list[Any] | None:
        parts = text.split(",")
        if len(parts) != len(terms):
            return None
        try:
            return [typed(term.field, part) for part, term in zip(parts, terms, strict=True)]
        except ApiError:
            return None

    return keyset.decode_cursor(token, len(terms), vendor_form)
