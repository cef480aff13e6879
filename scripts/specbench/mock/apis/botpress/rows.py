"""Rows of a Botpress table: checked against the table's schema, stored, found, updated,
upserted and deleted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from specbench.mock.apis.botpress.row_filters import row_matches
from specbench.mock.apis.botpress.table_store import (
    ROWS,
    SYSTEM_FIELDS,
    TableBehaviour,
    row_key,
    rows_of,
    table_of,
)
from specbench.mock.behaviours import Behaviour, Call, Reply
from specbench.mock.errors import ApiError, not_found
from specbench.mock.schemas import now


def check_rows(table: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """Rows must respect the table's schema (InvalidDataFormat otherwise).

    Column definitions may carry any extra keys (`TableColumn`), so a stored schema need not
    compile as JSON Schema; rows of such a table are taken as they come.
    """
    try:
        validator = jsonschema_rs.validator_for(table["schema"])
    except (ValueError, jsonschema_rs.ValidationError):
        return
    for index, row in enumerate(rows):
        values = {k: v for k, v in row.items() if k not in SYSTEM_FIELDS}
        errors = [error.message for error in validator.iter_errors(values)]
        if errors:
            raise ApiError(
                400,
                f"Row {index} does not respect the table schema: {errors[0]}",
                "InvalidDataFormat",
            )


def store_row(
    call: Call,
    table: dict[str, Any],
    values: dict[str, Any],
    existing: dict[str, Any] | None = None,
) -> dict[str, Any]:
    stamp = now()
    if existing is None:
        row_id = call.store.next_number(f"rows:{table['id']}")
        row: dict[str, Any] = {"id": row_id, "createdAt": stamp, "computed": {}, "stale": []}
    else:
        row = dict(existing)
    row.update({k: v for k, v in values.items() if k not in SYSTEM_FIELDS})
    row["updatedAt"] = stamp
    call.store.put(ROWS, row_key(table, row["id"]), row, parent=table["id"])
    return row


@dataclass
class GetTableRow(TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        row = call.store.get(ROWS, row_key(table, int(call.query["id"])))
        if row is None:
            raise not_found(f"Row {call.query['id']} of table {table['name']}")
        return call.op.success_status, {"row": row}


@dataclass
class CreateTableRows(TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        check_rows(table, call.body["rows"])
        rows = [store_row(call, table, values) for values in call.body["rows"]]
        return call.op.success_status, {"rows": rows, "warnings": [], "errors": []}


@dataclass
class UpdateTableRows(TableBehaviour):
    """Update rows by id; ids that do not exist are reported in `errors`."""

    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        updated, errors = [], []
        for values in call.body["rows"]:
            existing = call.store.get(ROWS, row_key(table, int(values["id"])))
            if existing is None:
                errors.append(f"Row {values['id']} does not exist")
                continue
            merged = {**existing, **values}
            check_rows(table, [merged])
            updated.append(store_row(call, table, values, existing))
        return call.op.success_status, {"rows": updated, "warnings": [], "errors": errors}


@dataclass
class UpsertTableRows(TableBehaviour):
    """Update the rows whose `keyColumn` value exists, insert the others."""

    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        key = str(call.body.get("keyColumn") or "id")
        check_rows(table, call.body["rows"])
        existing = {row.get(key): row for row in rows_of(call, table) if key in row}
        inserted, updated = [], []
        for values in call.body["rows"]:
            match = existing.get(values.get(key)) if key in values else None
            if match is None:
                row = store_row(call, table, values)
                inserted.append(row)
            else:
                row = store_row(call, table, values, match)
                updated.append(row)
            existing[row.get(key)] = row
        reply = {"inserted": inserted, "updated": updated, "warnings": [], "errors": []}
        return call.op.success_status, reply


@dataclass
class FindTableRows(TableBehaviour):
    """Filter, search (substring over text columns), order and page the rows."""

    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        body = call.body or {}
        rows = rows_of(call, table)
        if body.get("filter"):
            rows = [row for row in rows if row_matches(row, body["filter"])]
        search = str(body.get("search") or "").lower()
        if search:
            rows = [
                r
                for r in rows
                if any(search in str(v).lower() for v in r.values() if isinstance(v, str))
            ]
        order_by = str(body.get("orderBy") or "id")
        descending = body.get("orderDirection") == "desc"
        rows.sort(
            key=lambda r: (r.get(order_by) is None, _sort_key(r.get(order_by))), reverse=descending
        )
        offset, limit = int(body.get("offset", 0)), int(body.get("limit", 100))
        page = rows[offset : offset + limit]
        reply = {
            "rows": page,
            "hasMore": offset + limit < len(rows),
            "offset": offset,
            "limit": limit,
            "warnings": [],
        }
        return call.op.success_status, reply


def _sort_key(value: Any) -> tuple[int, Any]:
    """Order mixed values without comparing across types: numbers, then text, then the rest."""
    if isinstance(value, bool):
        return (2, str(value))
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, str):
        return (1, value)
    return (2, str(value))


@dataclass
class DeleteTableRows(TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        body = call.body or {}
        rows = rows_of(call, table)
        if body.get("deleteAllRows"):
            doomed = rows
        else:
            ids = set(body.get("ids") or [])
            query = body.get("filter")
            doomed = [r for r in rows if r["id"] in ids or (query and row_matches(r, query))]
        for row in doomed:
            call.store.delete(ROWS, row_key(table, row["id"]))
        return call.op.success_status, {"deletedRows": len(doomed)}


# Rows are checked against their table's own schema (400 InvalidDataFormat, see check_rows).
SEMANTIC_STATUSES = {
    "createTableRows": (400,),
    "updateTableRows": (400,),
    "upsertTableRows": (400,),
}

BEHAVIOURS: dict[str, Behaviour] = {
    "getTableRow": GetTableRow(),
    "findTableRows": FindTableRows(),
    "createTableRows": CreateTableRows(),
    "deleteTableRows": DeleteTableRows(),
    "updateTableRows": UpdateTableRows(),
    "upsertTableRows": UpsertTableRows(),
}
