"""The Botpress Cloud API mock: error body and the behaviour of each operation."""

from __future__ import annotations

import secrets
import time
from typing import Any

from specbench.mock.apis.botpress import chat, rows, states, tables
from specbench.mock.behaviours import per_mock
from specbench.mock.errors import ApiError, Reason
from specbench.mock.vendor import Vendor

# The error type the API answers for each status when nothing more specific applies.
TYPE_BY_STATUS = {
    400: "InvalidPayload",
    401: "Unauthorized",
    402: "PaymentRequired",
    403: "Forbidden",
    404: "ResourceNotFound",
    405: "MethodNotFound",
    409: "AlreadyExists",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    429: "RateLimited",
    500: "Internal",
}

# The engine's reasons for refusing a request, as Botpress names them.
TYPE_BY_REASON: dict[Reason | None, str] = {
    Reason.INVALID_PATH_PARAMETER: "InvalidPayload",
    Reason.INVALID_HEADER: "InvalidPayload",
    Reason.INVALID_BODY: "InvalidPayload",
    Reason.INVALID_RESOURCE: "InvalidPayload",
    Reason.INVALID_QUERY: "InvalidQuery",
}


def error_body(error: ApiError) -> dict[str, Any]:
    """`{id, code, type, message}`, as the real API answers (ERRATA.md "Error body")."""
    return {
        "id": f"err_{int(time.time() * 1000)}x{secrets.token_hex(8)}",
        "code": error.status,
        "type": error.kind
        or TYPE_BY_REASON.get(error.reason)
        or TYPE_BY_STATUS.get(error.status, "Unknown"),
        "message": error.message,
    }


VENDOR = Vendor(
    error_body=error_body,
    behaviours=per_mock(chat.BEHAVIOURS, states.BEHAVIOURS, tables.BEHAVIOURS, rows.BEHAVIOURS),
    semantic_statuses={**tables.SEMANTIC_STATUSES, **rows.SEMANTIC_STATUSES},
)
