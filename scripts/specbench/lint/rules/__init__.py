"""House rules: each module checks one concern and yields (pointer, message) findings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Finding = tuple[str, str]
Check = Callable[[dict[str, Any]], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A named house rule."""

    name: str
    summary: str
    check: Check
