"""Failures a mock answers on purpose, so that clients' retry and error paths can be tested."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from specbench.mock.errors import ApiError


@dataclass
class Faults:
    """Answer the next `count` requests with `status` (and `Retry-After`, when given) in the
    vendor's error body, then behave normally. `served` counts every request seen."""

    status: int = 429
    count: int = 1
    retry_after: int | None = None
    served: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def arm(self, status: int, times: int = 1, retry_after: int | None = None) -> None:
        """From now on, fail the next `times` requests with `status` (replacing any armed)."""
        if not 400 <= status <= 599:
            raise ValueError(f"a fault is an error status (400-599), not {status}")
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        with self.lock:
            self.status, self.count, self.retry_after = status, times, retry_after

    def maybe_fail(self) -> None:
        with self.lock:
            self.served += 1
            if self.count <= 0:
                return
            self.count -= 1
            status, retry_after = self.status, self.retry_after
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        raise ApiError(status, f"Injected failure ({status})", headers=headers)
