"""The Kore.ai XO Platform mock: JWT auth, error body and the Data Table behaviours.

Audit logs, widgets and users answer their documented examples (generic `Example` behaviour).
The documented rate limits apply when the mock enforces limits (`SPECBENCH_MOCK_RATE_LIMITS`).
"""

from __future__ import annotations

from typing import Any

from specbench.mock.apis.koreai import jwt_auth, tables
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


def error_body(error: ApiError) -> dict[str, Any]:
    """`{"errors": [{"msg", "code"}]}` (specs/koreai/ERRATA.md "Error body")."""
    return {"errors": [{"msg": error.message, "code": error.status}]}


VENDOR = Vendor(
    error_body=error_body,
    behaviours=per_mock(tables.BEHAVIOURS),
    verify=jwt_auth.verify,
    credential=jwt_auth.sign,
    rate_limits=RATE_LIMITS,
)
