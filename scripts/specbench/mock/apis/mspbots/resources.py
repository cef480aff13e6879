"""The datasets and widgets the MSPbots mock serves, bound to its API key, and their reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from specbench.mock.apis.mspbots.filters import FieldType, compile_filter
from specbench.mock.behaviours import Behaviour, Call, Reply, Unbound, paginate
from specbench.mock.errors import ApiError


@dataclass(frozen=True)
class Resource:
    """A dataset or widget: its typed fields and its rows, in their order on the wire."""

    name: str
    fields: dict[str, FieldType]
    rows: tuple[dict[str, Any], ...]


def device_rows(count: int) -> tuple[dict[str, Any], ...]:
    """Deterministic records of the sample dataset (the seed's field names)."""
    names = ("Tod", "Todd", "Anna", "Back Office", "Backup Server", "Carla", "Dan")
    statuses = ("Open", "Closed", "", "Pending")
    rows = []
    for n in range(count):
        rows.append(
            {
                "id": 654321324612312 + n,
                "name": names[n % len(names)],
                "status": statuses[n % len(statuses)] or None,
                "price": round(10.5 + n * 4.2, 2),
                "is_default": n % 3 == 0,
                "date": (date(2022, 6, 1) + timedelta(days=23 * n)).isoformat(),
                "project_name": ("backend", "frontend", "backlog", "ops")[n % 4],
            }
        )
    return tuple(rows)


def widget_rows(count: int) -> tuple[dict[str, Any], ...]:
    """Deterministic rows of the sample widget (the seed's `Sum`/`Count` strings, its filters)."""
    people = ("Nora Hill", "Ben Stone", "Ann Lee", "Omar Nadi")
    rows = []
    for n in range(count):
        stamp = datetime(2021, 9, 1, 8, 30) + timedelta(days=41 * n, hours=n)
        rows.append(
            {
                "Id": 1534956341424005100 + n,
                "Real Name": people[n % len(people)],
                "Update Date": stamp.isoformat(sep=" "),
                "Sum": str(3 + n % 5),
                "Count": str(10 - n % 4),
            }
        )
    return tuple(rows)


DATASET_ID = "1534956341424005122"
WIDGET_ID = "1534956341424005123"
UNBOUND_DATASET_ID = "1534956341424005190"
UNBOUND_WIDGET_ID = "1534956341424005191"

DATASETS = {
    DATASET_ID: Resource(
        "Device Summary",
        {
            "id": FieldType.NUMBER,
            "name": FieldType.TEXT,
            "status": FieldType.TEXT,
            "price": FieldType.NUMBER,
            "is_default": FieldType.BOOLEAN,
            "date": FieldType.DATE,
            "project_name": FieldType.TEXT,
        },
        device_rows(25),
    )
}
WIDGETS = {
    WIDGET_ID: Resource(
        "Open Tickets",
        {
            "Id": FieldType.NUMBER,
            "Real Name": FieldType.TEXT,
            "Update Date": FieldType.DATETIME,
            "Sum": FieldType.NUMBER,
            "Count": FieldType.NUMBER,
        },
        widget_rows(12),
    )
}


@dataclass
class ReadResource(Unbound):
    """GET /api/{dataset|widget}/{resourceId}: filtered rows, one page, in `DataPage`."""

    kind: str
    bound: dict[str, Resource]
    unbound: frozenset[str]

    def __call__(self, call: Call) -> Reply:
        resource_id = str(call.path["resourceId"])
        if resource_id in self.unbound:
            raise ApiError(500, "The resourceId is invalid.", "unbound")
        resource = self.bound.get(resource_id)
        if resource is None:
            raise ApiError(404, f"Can't find {self.kind}", "missing")
        rows = list(resource.rows)
        for field_name, raw in (call.query.get("filters") or {}).items():
            kind = resource.fields.get(field_name)
            if kind is None:  # ERRATA.md "Unknown filter fields": ignored
                continue
            test = compile_filter(str(raw), kind)
            rows = [row for row in rows if test(row.get(field_name))]
        page = paginate(call, rows, {})
        return call.op.success_status, {
            "code": 0,
            "msg": "success",
            "data": page["data"],
            "total": len(rows),
            "size": int(call.query.get("size", call.op.parameter_default("size"))),
            "current": page["current"],
            "orders": [],
            "hitCount": False,
            "searchCount": True,
            "pages": page["pages"],
        }


BEHAVIOURS: dict[str, Behaviour] = {
    "getDatasetData": ReadResource("dataset", DATASETS, frozenset({UNBOUND_DATASET_ID})),
    "getWidgetData": ReadResource("widget", WIDGETS, frozenset({UNBOUND_WIDGET_ID})),
}
