"""What a mock needs to know about one vendor beyond its spec: error body, behaviours, auth."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.auth import Verifier, same_token
from specbench.mock.behaviours import Behaviour, Behaviours
from specbench.mock.errors import ApiError


def as_is(token: str) -> str:
    """The default credential: clients present the mock's token itself."""
    return token


@dataclass(frozen=True)
class RateLimit:
    """A per-minute request budget shared by the operations naming the same `bucket`.

    Counted per credential, and per value of the path parameter `per` when one is named (Kore.ai
    counts data-table calls per table and widget calls per bot).
    """

    bucket: str
    per_minute: int
    per: str | None = None


def plain_error(error: ApiError) -> Any:
    """The error body of a vendor that declares none: `{status, message}`."""
    return {"status": error.status, "message": error.message}


def no_behaviours() -> dict[str, Behaviour]:
    """The default: every operation answers its documented example."""
    return {}


@dataclass(frozen=True)
class Vendor:
    """Per-API mock declarations; everything else comes from the spec.

    Nothing here changes once declared: what a mock keeps or learns lives in the mock itself
    (its store, and the behaviours `behaviours()` makes afresh for it, see `per_mock`).
    """

    error_body: Callable[[ApiError], Any] = plain_error
    # Makes a new set of behaviours (by operationId) for each mock.
    behaviours: Behaviours = no_behaviours
    verify: Verifier = same_token
    # What a client presents, made from the mock's token (a Base64 form, a signed JWT …).
    credential: Callable[[str], str] = as_is
    # The store collection where the mock keeps the SHA-256 of the API tokens it issued (an API
    # whose operations generate tokens); those tokens are accepted as credentials too.
    issued_tokens: str | None = None
    max_body_bytes: int = 1024 * 1024
    # Statuses an operation answers to schema-valid input because of a business rule the spec
    # cannot state (e.g. a row that breaks its table's own schema). Fuzzers accept them there.
    semantic_statuses: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # The vendor's documented rate limits by operationId, enforced when the mock is told to.
    rate_limits: Mapping[str, RateLimit] = field(default_factory=dict)
