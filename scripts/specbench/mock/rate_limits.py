"""The vendors' documented rate limits, enforced per credential in one-minute windows."""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Mapping

from specbench.mock.errors import ApiError
from specbench.mock.vendor import RateLimit

WINDOW_SECONDS = 60
SWITCH = "SPECBENCH_MOCK_RATE_LIMITS"


def enabled_by_environment() -> bool:
    """Mocks enforce rate limits only when `SPECBENCH_MOCK_RATE_LIMITS` is 1/on/true/yes."""
    return os.environ.get(SWITCH, "").strip().lower() in {"1", "on", "true", "yes"}


class RateLimiter:
    """Counts requests per (bucket, credential) in fixed windows; over budget answers 429.

    The 429 carries `Retry-After`: the whole seconds until the window ends.
    """

    def __init__(
        self, limits: Mapping[str, RateLimit], clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits
        self.clock = clock
        self.windows: dict[tuple[str, str], tuple[float, int]] = {}
        self.lock = threading.Lock()

    def check(self, operation_id: str, credential: str, path: Mapping[str, object]) -> None:
        """Count one request; raise the 429 when it is over its bucket's budget."""
        limit = self.limits.get(operation_id)
        if limit is None:
            return
        now = self.clock()
        scope = f"{limit.bucket}/{path.get(limit.per, '')}" if limit.per else limit.bucket
        key = (scope, credential)
        with self.lock:
            start, count = self.windows.get(key, (now, 0))
            if now - start >= WINDOW_SECONDS:
                start, count = now, 0
            count += 1
            self.windows[key] = (start, count)
        if count > limit.per_minute:
            wait = max(1, math.ceil(start + WINDOW_SECONDS - now))
            raise ApiError(
                429,
                f"Rate limit of {limit.per_minute} requests per minute exceeded "
                f"({limit.bucket}); retry in {wait} s",
                headers={"Retry-After": str(wait)},
            )
