"""JSON as RFC 8259 has it: `NaN`, `Infinity` and `-Infinity` (which Python's parser accepts)
are not JSON, so a body or parameter holding them is refused like any other invalid JSON."""

from __future__ import annotations

import json
from typing import Any


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def loads(text: str) -> Any:
    """`json.loads` that refuses the non-standard constants (ValueError, as for bad JSON)."""
    return json.loads(text, parse_constant=_reject_constant)
