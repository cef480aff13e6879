"""Failures a mock answers with: raised anywhere, rendered in the vendor's own error body."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ApiError(Exception):
    """An error response: HTTP status, a message, and optionally the vendor's own error type."""

    status: int
    message: str
    kind: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.kind or ''} {self.message}".strip()


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} does not exist")
