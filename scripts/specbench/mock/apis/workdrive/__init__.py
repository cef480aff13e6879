"""The WorkDrive API Access mock: X-API-KEY, `{statusCode, error, message}` errors, page-number
listings and the behaviour of each of the 74 operations (module codes and notifications answer
their documented examples)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from specbench.mock.apis.workdrive import (
    account,
    content,
    documents,
    events,
    faqs,
    feed,
    groups,
    users,
)
from specbench.mock.behaviours import per_mock
from specbench.mock.errors import ApiError
from specbench.mock.vendor import Vendor


def error_body(error: ApiError) -> dict[str, Any]:
    """`{statusCode, error, message}` (specs/workdrive/ERRATA.md "Error body")."""
    try:
        name = HTTPStatus(error.status).phrase
    except ValueError:
        name = "Error"
    return {"statusCode": error.status, "error": name, "message": error.message}


VENDOR = Vendor(
    error_body=error_body,
    issued_tokens=account.ACCESS_TOKENS,
    behaviours=per_mock(
        users.BEHAVIOURS,
        account.BEHAVIOURS,
        groups.BEHAVIOURS,
        content.BEHAVIOURS,
        feed.BEHAVIOURS,
        faqs.BEHAVIOURS,
        documents.BEHAVIOURS,
        events.BEHAVIOURS,
    ),
)
