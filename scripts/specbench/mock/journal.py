"""What a mock saw: every request in order, its answer's status and, for an error, why."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Exchange:
    """One request the mock answered.

    `message` is the mock's own message for an error answer (None for a success). `rejected` is
    true when the spec itself refused the request (an unknown path or method, a missing or wrong
    credential, a parameter or body its schema does not allow), as opposed to an answer the API
    gives to valid input (a resource that does not exist, a business rule, an injected fault).
    """

    method: str
    path: str
    query: str
    status: int
    operation_id: str | None = None
    message: str | None = None
    rejected: bool = False

    def __str__(self) -> str:
        target = f"{self.path}?{self.query}" if self.query else self.path
        line = f"{self.method} {target} -> {self.status}"
        return f"{line}: {self.message}" if self.message else line


class Journal:
    """The exchanges of one mock, appended from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._exchanges: list[Exchange] = []

    def add(self, exchange: Exchange) -> None:
        with self._lock:
            self._exchanges.append(exchange)

    def snapshot(self) -> list[Exchange]:
        with self._lock:
            return list(self._exchanges)

    def clear(self) -> None:
        with self._lock:
            self._exchanges.clear()

    def __iter__(self) -> Iterator[Exchange]:
        return iter(self.snapshot())

    def __len__(self) -> int:
        with self._lock:
            return len(self._exchanges)
