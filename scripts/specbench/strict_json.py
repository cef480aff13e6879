"""JSON as RFC 8259 has it: `NaN`, `Infinity` and `-Infinity` (which Python's parser accepts)
are not JSON, so a body or parameter holding them is refused like any other invalid JSON."""

from __future__ import annotations

import json
from typing import Any


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


# Made once: `json.loads` with an option builds a new decoder for every call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def loads(text: str) -> Any:
    """`json.loads` that refuses the non-standard constants (ValueError, as for bad JSON)."""
    if text.startswith("\ufeff"):  # what json.loads refuses before its decoder runs
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _DECODER.decode(text)
