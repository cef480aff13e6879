"""Admin Console audit logs of the Kore.ai mock: the records of what the mock did to users, plus
any a test preloads (collection `auditlogs`). See specs/koreai/ERRATA.md "Mock audit logs"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from specbench.mock.behaviours import Behaviour, Call, Reply, Unbound, paginate
from specbench.mock.errors import ApiError
from specbench.mock.store import Store

AUDIT = "auditlogs"
CATEGORY = "User Management"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def record(store: Store, name: str, description: str) -> dict[str, Any]:
    """Write one audit record, stamped now, with the next incremental `AuditLogId`."""
    number = store.next_number(AUDIT)
    stamp = datetime.now(UTC)
    log_id = f"{number:024x}"
    item: dict[str, Any] = {
        "AuditLogId": log_id,
        "timestampValue": int(stamp.timestamp() * 1000),
        "Date/Time": stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "Description": description,
        "Name": name,
        "Category": CATEGORY,
    }
    store.put(AUDIT, log_id, item)
    return item


def moment(value: str, name: str, end: bool) -> datetime:
    """`fromDate`/`toDate`: a date (the whole day, inclusive) or an ISO 8601 timestamp."""
    try:
        if DATE.match(value):
            day = datetime.fromisoformat(value).replace(tzinfo=UTC)
            return day + timedelta(days=1) - timedelta(milliseconds=1) if end else day
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"{name} must be a date yyyy-mm-dd or a timestamp") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def when(item: dict[str, Any]) -> datetime | None:
    stamp = item.get("timestampValue")
    if isinstance(stamp, int) and not isinstance(stamp, bool):
        return datetime.fromtimestamp(stamp / 1000, UTC)
    text = item.get("Date/Time")
    if isinstance(text, str):
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


@dataclass
class ListAuditLogs(Unbound):
    """GET /api/public/auditlogs: records oldest first, filtered by period and `fetchAfter`, cut
    into pages of `size`; `offset` is the page number."""

    def __call__(self, call: Call) -> Reply:
        items = [item for item in call.store.items(AUDIT) if isinstance(item, dict)]
        start = call.query.get("fromDate")
        stop = call.query.get("toDate")
        low = moment(str(start), "fromDate", end=False) if start else None
        high = moment(str(stop), "toDate", end=True) if stop else None
        if low is not None or high is not None:
            kept = []
            for item in items:
                at = when(item)
                if at is None or (low is not None and at < low) or (high is not None and at > high):
                    continue
                kept.append(item)
            items = kept
        after = call.query.get("fetchAfter")
        if after:
            ids = [str(item.get("AuditLogId", "")) for item in items]
            if after in ids:
                items = items[ids.index(after) + 1 :]
            else:
                items = [i for i in items if str(i.get("AuditLogId", "")) > str(after)]
        reply = paginate(call, items, {})
        return call.op.success_status, {"total": len(reply["auditlogs"]), **reply}


BEHAVIOURS: dict[str, Behaviour] = {"listAuditLogs": ListAuditLogs()}
