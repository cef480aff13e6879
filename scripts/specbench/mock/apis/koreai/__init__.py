"""The Kore.ai XO Platform mock: JWT auth, error body, and stateful Data Tables, users, audit
logs and widgets (specs/koreai/ERRATA.md "Mock …" entries).

The documented rate limits apply when the mock enforces limits (`SPECBENCH_MOCK_RATE_LIMITS`).
"""

from __future__ import annotations

from typing import Any

from specbench.mock.apis.koreai import audit, jwt_auth, tables, users, widgets
from specbench.mock.behaviours import per_mock
from specbench.mock.errors import ApiError
from specbench.mock.vendor import RateLimit, Vendor

# ERRATA.md "Rate limits": per minute, per account; data tables per table, widgets per bot.
DATA = RateLimit("data tables", 600, per="tableName")
ADMIN = RateLimit("admin console", 60)
WIDGET = RateLimit("widget", 60, per="BotID")
RATE_LIMITS = {
    **dict.fromkeys(
        ("insertTableData", "queryTableData", "updateTableData", "deleteTableData"), DATA
    ),
    **dict.fromkeys(
        ("listAuditLogs", "createUsers", "updateUsers", "removeUsers", "queryUsersInfo"), ADMIN
    ),
    **dict.fromkeys(("getWidgetData", "queryWidgetData"), WIDGET),
}


# The documented message of every rate-limited answer (specs/koreai/ERRATA.md "Rate limits").
RATE_LIMITED = "Rate limit for this API has been reached. Please try again after some time."


def error_body(error: ApiError) -> dict[str, Any]:
    """`{"errors": [{"msg", "code"}]}` (specs/koreai/ERRATA.md "Error body"); a 429 says the
    documented message."""
    message = RATE_LIMITED if error.status == 429 else error.message
    return {"errors": [{"msg": message, "code": error.status}]}


VENDOR = Vendor(
    error_body=error_body,
    behaviours=per_mock(tables.BEHAVIOURS, users.BEHAVIOURS, audit.BEHAVIOURS, widgets.BEHAVIOURS),
    verify=jwt_auth.verify,
    credential=jwt_auth.sign,
    rate_limits=RATE_LIMITS,
    # An impossible date (2019-13-45) or a period ending before it starts is a 400.
    semantic_statuses=dict.fromkeys(("listAuditLogs", "getWidgetData", "queryWidgetData"), (400,)),
)
