"""Data Tables of the Kore.ai mock: rows stored per table, filtered by query expressions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.koreai.jwt_auth import client_id
from specbench.mock.behaviours import Behaviour, Call, Reply, Unbound, paginate
from specbench.mock.compare import ORDERINGS, ordered
from specbench.mock.errors import ApiError, not_found
from specbench.mock.schemas import now

ROWS = "rows"
SYSTEM_FIELDS = ("sys_Id", "Created_On", "Updated_On", "Created_By", "Updated_By")

Compare = Callable[[Any, Any], bool]


OPERANDS: dict[str, Compare] = {
    "=": lambda left, right: left == right,
    "!=": lambda left, right: left != right,
    "<": lambda left, right: ordered(left, right, ORDERINGS["lt"]),
    ">": lambda left, right: ordered(left, right, ORDERINGS["gt"]),
}


def matches(row: dict[str, Any], query: dict[str, Any] | None) -> bool:
    """Does `row` satisfy the query? No query, or no expressions, selects every row."""
    expressions = (query or {}).get("expressions") or []
    if not expressions:
        return True
    results = [
        OPERANDS[e.get("operand", "=")](row.get(e.get("field", "")), e.get("value"))
        for e in expressions
    ]
    return any(results) if (query or {}).get("operator") == "or" else all(results)


def table_key(call: Call) -> str:
    return str(call.path["tableName"])


TABLES = "tables"  # names of the tables rows were ever inserted into


def rows_of(call: Call) -> list[dict[str, Any]]:
    """The rows of the path's table; 404 for a table the app never wrote to (the mock's stand-in
    for "no such table or no access", ERRATA.md "Mock tables")."""
    if call.store.get(TABLES, table_key(call)) is None:
        raise not_found(f"Data Table {table_key(call)}")
    return [dict(row) for row in call.store.items(ROWS, parent=table_key(call))]


def author(call: Call) -> str:
    """The `Created_By`/`Updated_By` value: the app's client id, as the real API records it."""
    return client_id()


def column_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (dict, list)):
        return "object"
    return "string"


@dataclass
class InsertRow(Unbound):
    """POST: the row is the given columns plus the system fields."""

    def __call__(self, call: Call) -> Reply:
        data = dict((call.body or {}).get("data") or {})
        clash = [name for name in SYSTEM_FIELDS if name in data]
        if clash:
            raise ApiError(400, f"System fields cannot be set: {', '.join(clash)}")
        stamp = now()
        row = {
            **data,
            "sys_Id": f"sys-{uuid.uuid5(uuid.NAMESPACE_URL, str(call.store.next_number('rows')))}",
            "Created_On": stamp,
            "Updated_On": stamp,
            "Created_By": author(call),
            "Updated_By": author(call),
        }
        call.store.put(TABLES, table_key(call), {"name": table_key(call)})
        call.store.put(ROWS, f"{table_key(call)}/{row['sys_Id']}", row, parent=table_key(call))
        return call.op.success_status, row


@dataclass
class QueryRows(Unbound):
    """POST …/query: matching rows, oldest first, `sys_limit` from `sys_offset`."""

    def __call__(self, call: Call) -> Reply:
        query = (call.body or {}).get("query")
        found = [row for row in rows_of(call) if matches(row, query)]
        paged = paginate(call, found, {})
        page = paged["queryResult"]
        columns: dict[str, str] = {}
        for row in page:
            for name, value in row.items():
                columns.setdefault(name, column_type(value))
        return call.op.success_status, {
            "hasMore": paged["hasMore"],
            "total": len(found),
            "metaInfo": [{"name": name, "type": kind} for name, kind in columns.items()],
            "queryResult": page,
        }


@dataclass
class UpdateRows(Unbound):
    """PUT: set `data` on every row the query selects; answer how many changed."""

    def __call__(self, call: Call) -> Reply:
        body = call.body or {}
        data = dict(body.get("data") or {})
        clash = [name for name in SYSTEM_FIELDS if name in data]
        if clash:
            raise ApiError(400, f"System fields cannot be set: {', '.join(clash)}")
        modified = 0
        for row in rows_of(call):
            if matches(row, body.get("query")) and any(row.get(k) != v for k, v in data.items()):
                updated = {**row, **data, "Updated_On": now(), "Updated_By": author(call)}
                key = f"{table_key(call)}/{row['sys_Id']}"
                call.store.put(ROWS, key, updated, parent=table_key(call))
                modified += 1
        return call.op.success_status, {"nModified": modified}


@dataclass
class DeleteRows(Unbound):
    """DELETE: remove every row the query selects; answer how many went."""

    def __call__(self, call: Call) -> Reply:
        query = (call.body or {}).get("query")
        deleted = 0
        for row in rows_of(call):
            if matches(row, query):
                deleted += call.store.delete(ROWS, f"{table_key(call)}/{row['sys_Id']}")
        return call.op.success_status, {"nDeleted": deleted}


BEHAVIOURS: dict[str, Behaviour] = {
    "insertTableData": InsertRow(),
    "queryTableData": QueryRows(),
    "updateTableData": UpdateRows(),
    "deleteTableData": DeleteRows(),
}
