"""Failures a mock answers on purpose, so that clients' retry logic can be tested."""

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

    def maybe_fail(self) -> None:
        with self.lock:
            self.served += 1
            if self.count <= 0:
                return
            self.count -= 1
        headers = {"Retry-After": str(self.retry_after)} if self.retry_after is not None else {}
        raise ApiError(self.status, f"Injected failure ({self.status})", headers=headers)
