"""The MSPbots Public API mock: read-only datasets and widgets, the four error shapes, 60/min."""

from __future__ import annotations

from typing import Any

from specbench.mock.apis.mspbots import resources
from specbench.mock.behaviours import per_mock
from specbench.mock.errors import ApiError
from specbench.mock.vendor import RateLimit, Vendor


def error_body(error: ApiError) -> dict[str, Any]:
    """The shape each failure has on the real API (specs/mspbots/ERRATA.md "Error body")."""
    if error.status == 401:
        return {"message": "Invalid API key in request"}
    if error.kind in ("missing", "unbound") or error.status in (400, 500):
        code = -1 if error.kind == "missing" else error.status
        return {"code": code, "msg": error.message, "data": []}
    if error.status == 404:
        return {"error_msg": "404 Route Not Found"}
    if error.status == 429:
        return {"error_msg": "429 Too Many Requests"}
    return {"error_msg": f"{error.status} {error.message}"}


PUBLIC_API = RateLimit("public api", 60)  # "Rate Limit : 60/min" per key

VENDOR = Vendor(
    error_body=error_body,
    behaviours=per_mock(resources.BEHAVIOURS),
    rate_limits={"getDatasetData": PUBLIC_API, "getWidgetData": PUBLIC_API},
)
