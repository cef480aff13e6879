"""Failures a mock answers with: raised anywhere, rendered in the vendor's own error body."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Reason(StrEnum):
    """Why the engine refused a request, in no vendor's words: each vendor's error body maps a
    reason to its own error type (Botpress: `InvalidPayload`, `InvalidQuery` …)."""

    INVALID_PATH_PARAMETER = "invalid-path-parameter"
    INVALID_QUERY = "invalid-query"
    INVALID_HEADER = "invalid-header"
    INVALID_BODY = "invalid-body"
    INVALID_RESOURCE = "invalid-resource"  # the request would store a resource its schema forbids


@dataclass
class ApiError(Exception):
    """An error response: HTTP status, a message, and optionally why (`reason`, from the engine)
    or the vendor's own error type (`kind`, from a vendor's code)."""

    status: int
    message: str
    kind: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    reason: Reason | None = None

    def __str__(self) -> str:
        return f"{self.status} {self.kind or ''} {self.message}".strip()


def invalid_parameter(parameter: str, message: str) -> ApiError:
    """400 for a query parameter whose value the operation cannot use (a page, a filter …)."""
    return ApiError(400, f"Invalid {parameter} parameter: {message}", reason=Reason.INVALID_QUERY)


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} does not exist")
