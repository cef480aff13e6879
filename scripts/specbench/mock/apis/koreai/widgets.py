"""Custom dashboard widgets of the Kore.ai mock: one consistent table widget per name, its rows a
function of the names and dates alone, or the rows a test preloaded (collection `widgets`, key
`BotID/dashboardName/widgetName`, item `{"rows": [...]}`).
See specs/koreai/ERRATA.md "Mock widgets"."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from specbench.mock.behaviours import Behaviour, Call, Reply, Unbound
from specbench.mock.errors import ApiError

WIDGETS = "widgets"
METRICS = ("successintents", "failedintents", "successtasks", "failedtasks")
MAX_DAYS = 366


def digest(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join(parts).encode()).digest()


def field_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "string"


def generated_rows(names: tuple[str, str, str], start: date, end: date) -> list[dict[str, Any]]:
    """One row per day of the period (at most a year), values drawn from the names and the day."""
    rows: list[dict[str, Any]] = []
    day = start
    while day <= end and len(rows) < MAX_DAYS:
        seed = digest(*names, day.isoformat())
        rows.append(
            {
                "date": day.isoformat(),
                "metricType": METRICS[seed[0] % len(METRICS)],
                "count": int.from_bytes(seed[1:3], "big") % 500,
            }
        )
        day += timedelta(days=1)
    return rows


def keep(row: dict[str, Any], filters: list[Any]) -> bool:
    """Every custom filter on a field the row has must list the row's value."""
    for item in filters:
        if not isinstance(item, dict):
            continue
        name = item.get("fieldName")
        values = [str(v) for v in item.get("values") or []]
        if isinstance(name, str) and name in row and str(row[name]) not in values:
            return False
    return True


@dataclass
class WidgetData(Unbound):
    """GET and POST …/widget/{widgetName}: the widget with its query's rows."""

    filtered: bool = False

    def __call__(self, call: Call) -> Reply:
        names = (
            str(call.path["BotID"]),
            str(call.path["dashboardName"]),
            str(call.path["widgetName"]),
        )
        start = date.fromisoformat(str(call.query["startDate"]))
        end = date.fromisoformat(str(call.query["endDate"]))
        if end < start:
            raise ApiError(400, "endDate must not be before startDate")
        stored = call.store.get(WIDGETS, "/".join(names))
        if isinstance(stored, dict) and isinstance(stored.get("rows"), list):
            rows = [dict(row) for row in stored["rows"] if isinstance(row, dict)]
        else:
            rows = generated_rows(names, start, end)
        if self.filtered:
            filters = list((call.body or {}).get("customFilters") or [])
            rows = [row for row in rows if keep(row, filters)]
        limit = call.query.get("limit")
        if limit is not None and int(limit) >= 0:  # older docs show limit=-1: no limit
            rows = rows[: int(limit)]
        meta: dict[str, str] = {}
        for row in rows:
            for name, value in row.items():
                meta.setdefault(name, field_type(value))
        if not rows and not isinstance(stored, dict):
            meta = {"date": "string", "metricType": "string", "count": "number"}
        widget_id = uuid.UUID(bytes=digest(*names)[:16], version=5)
        return call.op.success_status, {
            "_id": f"wg-{widget_id}",
            "overlay": [],
            "name": names[2],
            "type": "table",
            "sqlQuery": {
                "dataSet": "Analytics",
                "select": ", ".join(meta),
                "startDate": f"{start.isoformat()}T00:00:00.000Z",
                "endDate": f"{end.isoformat()}T23:59:59.999Z",
                "botId": names[0],
            },
            "dimensions": [
                {"fieldName": name, "displayName": name, "type": kind}
                for name, kind in meta.items()
                if kind != "number"
            ],
            "metrics": [
                {"fieldName": name, "displayName": name, "type": kind}
                for name, kind in meta.items()
                if kind == "number"
            ],
            "row": [],
            "properties": {},
            "queryResponse": {"metaData": meta, "queryResponse": rows},
        }


BEHAVIOURS: dict[str, Behaviour] = {
    "getWidgetData": WidgetData(),
    "queryWidgetData": WidgetData(filtered=True),
}
