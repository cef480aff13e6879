"""The Kore.ai XO Platform mock: JWT auth, error body and the Data Table behaviours.

Audit logs, widgets and users answer their documented examples (generic `Example` behaviour).
"""

from __future__ import annotations

from typing import Any

from specbench.mock.apis.koreai import jwt_auth, tables
from specbench.mock.errors import ApiError
from specbench.mock.vendor import Vendor


def error_body(error: ApiError) -> dict[str, Any]:
    """`{"errors": [{"msg", "code"}]}` (specs/koreai/ERRATA.md "Error body")."""
    return {"errors": [{"msg": error.message, "code": error.status}]}


VENDOR = Vendor(
    error_body=error_body,
    behaviours=tables.BEHAVIOURS,
    verify=jwt_auth.verify,
    credential=jwt_auth.sign,
)
