"""Tables and rows of the Botpress mock. A table is found by its name or its id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from specbench.mock.apis.botpress.row_filters import row_matches
from specbench.mock.behaviours import (
    Behaviour,
    Call,
    ItemGuard,
    Reply,
    build_item,
    item_schema,
    merge_fields,
)
from specbench.mock.errors import ApiError, not_found
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import now, resolve

TABLES = "tables"
ROWS = "rows"  # key "<tableId>/<rowId>", parent tableId
SYSTEM_FIELDS = ("id", "createdAt", "updatedAt", "computed", "stale", "similarity")
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def find_table(call: Call, reference: str) -> dict[str, Any] | None:
    table = call.store.get(TABLES, reference)
    if table is not None:
        return dict(table)
    return next((dict(t) for t in call.store.items(TABLES) if t["name"] == reference), None)


def table_of(call: Call, param: str = "table") -> dict[str, Any]:
    table = find_table(call, str(call.path[param]))
    if table is None:
        raise not_found(f"Table {call.path[param]}")
    return table


def table_schema(given: Any) -> dict[str, Any]:
    """The stored form of a body's `schema`: a JSON schema (`type` is the string `object`,
    TableJsonSchema) or else a map of column definitions (TableColumns)."""
    if not isinstance(given, dict):
        given = {}
    if given.get("type") == "object":
        columns = dict(given.get("properties") or {})
        required = list(given.get("required") or [])
    else:
        columns, required = dict(given), []
    return {
        "$schema": DRAFT_07,
        "type": "object",
        "additionalProperties": True,
        "properties": columns,
        "required": required,
    }


def row_key(table: dict[str, Any], row_id: int) -> str:
    return f"{table['id']}/{row_id}"


def rows_of(call: Call, table: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in call.store.items(ROWS, parent=table["id"])]


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


class _TableBehaviour:
    guard: ItemGuard

    def bind(self, op: CompiledOperation) -> None:
        if "table" in op.success_schema().get("properties", {}):
            self.guard = ItemGuard(op, item_schema(op, "table"))


def _new_table(
    call: Call,
    behaviour: _TableBehaviour,
    name: str,
    body: dict[str, Any],
) -> dict[str, Any]:
    if find_table(call, name) is not None:
        raise ApiError(409, f"A table named {name!r} already exists", "AlreadyExists")
    # Only what the request declares is stored: a field the body may carry but the API does not
    # describe (the vendor's spec has more, ERRATA "Vendor spec fields not described here") is
    # ignored, not copied into the table. `factor` is optional in the spec but always stored.
    request = resolve(call.op.document, call.op.body.schema) if call.op.body else {}
    declared = {k: v for k, v in body.items() if k in request.get("properties", {})}
    fields = {"factor": 1, **declared, "name": name, "schema": table_schema(body.get("schema"))}
    table = build_item(call, behaviour.guard.schema, fields, "table_")
    behaviour.guard.check(table, "InvalidJsonSchema")
    call.store.put(TABLES, table["id"], table)
    return table


@dataclass
class CreateTable(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = _new_table(call, self, str(call.body["name"]), call.body)
        return call.op.success_status, {"table": table}


@dataclass
class GetTable(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        count = call.store.count(ROWS, parent=table["id"])
        return call.op.success_status, {
            "table": table,
            "rows": count,
            "stale": 0,
            "indexing": 0,
            "indexingCount": 0,
        }


@dataclass
class GetOrCreateTable(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        name = str(call.path["table"])
        table = find_table(call, name)
        created = table is None
        if table is None:
            table = _new_table(call, self, name, call.body or {})
        count = call.store.count(ROWS, parent=table["id"])
        reply = {
            "table": table,
            "created": created,
            "rows": count,
            "stale": 0,
            "indexing": 0,
            "indexingCount": 0,
        }
        return call.op.success_status, reply


@dataclass
class ListTables(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        wanted = call.query.get("tags") or {}
        tables = [
            t
            for t in reversed(call.store.items(TABLES))
            if all((t.get("tags") or {}).get(k) == v for k, v in wanted.items())
        ]
        return call.op.success_status, {"tables": tables}


@dataclass
class UpdateTable(_TableBehaviour):
    """Rename, freeze, replace the schema or merge tags; a frozen table only changes tags."""

    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        body = dict(call.body or {})
        renamed = "name" in body and body["name"] != table["name"]
        if table.get("frozen") and (renamed or "schema" in body):
            raise ApiError(
                403,
                f"Table {table['name']!r} is frozen: it cannot be renamed or "
                "have its schema changed",
            )
        if renamed and find_table(call, str(body["name"])) is not None:
            raise ApiError(409, f"A table named {body['name']!r} already exists", "AlreadyExists")
        if "schema" in body:
            body["schema"] = table_schema(body["schema"])
        updated = merge_fields(table, body, self.guard.schema, ("tags",))
        self.guard.check(updated, "InvalidJsonSchema")
        call.store.put(TABLES, table["id"], updated)
        return call.op.success_status, {"table": updated}


@dataclass
class RenameTableColumn(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        old, new = str(call.body["name"]), str(call.body["newName"])
        columns = dict(table["schema"]["properties"])
        if old not in columns:
            raise not_found(f"Column {old!r} of table {table['name']!r}")
        if new in columns or new in SYSTEM_FIELDS:
            raise ApiError(409, f"Table {table['name']!r} already has a column {new!r}")
        columns = {(new if name == old else name): spec for name, spec in columns.items()}
        required = [new if name == old else name for name in table["schema"].get("required", [])]
        table["schema"] = {**table["schema"], "properties": columns, "required": required}
        table["updatedAt"] = now()
        call.store.put(TABLES, table["id"], table)
        for row in rows_of(call, table):
            if old in row:
                row[new] = row.pop(old)
                call.store.put(ROWS, row_key(table, row["id"]), row, parent=table["id"])
        return call.op.success_status, {"table": table}


@dataclass
class DeleteTable(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        call.store.delete(TABLES, table["id"])
        call.store.delete_children(ROWS, table["id"])
        return call.op.success_status, {}


@dataclass
class DuplicateTable(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        source = table_of(call, "sourceTableId")
        body = call.body or {}
        name = str(body.get("tableName") or f"{source['name']}Copy")
        fields = {
            "schema": source["schema"],
            "tags": source.get("tags", {}),
            "factor": body.get("factor", source["factor"]),
        }
        copy = _new_table(call, self, name, fields)
        copy["schema"] = source["schema"]
        call.store.put(TABLES, copy["id"], copy)
        if not body.get("schemaOnly"):
            for row in rows_of(call, source):
                call.store.put(ROWS, row_key(copy, row["id"]), row, parent=copy["id"])
            for _ in rows_of(call, source):
                call.store.next_number(f"rows:{copy['id']}")
        count = call.store.count(ROWS, parent=copy["id"])
        return call.op.success_status, {"table": copy, "rows": count}


@dataclass
class GetTableRow(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        row = call.store.get(ROWS, row_key(table, int(call.query["id"])))
        if row is None:
            raise not_found(f"Row {call.query['id']} of table {table['name']}")
        return call.op.success_status, {"row": row}


@dataclass
class CreateTableRows(_TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        check_rows(table, call.body["rows"])
        rows = [store_row(call, table, values) for values in call.body["rows"]]
        return call.op.success_status, {"rows": rows, "warnings": [], "errors": []}


@dataclass
class UpdateTableRows(_TableBehaviour):
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
class UpsertTableRows(_TableBehaviour):
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
class FindTableRows(_TableBehaviour):
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
class DeleteTableRows(_TableBehaviour):
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


# Rows are checked against their table's own schema (400 InvalidDataFormat, see check_rows);
# a frozen table refuses a new name or schema (403 Forbidden, see UpdateTable).
SEMANTIC_STATUSES = {
    "updateTable": (403,),
    "createTableRows": (400,),
    "updateTableRows": (400,),
    "upsertTableRows": (400,),
}

BEHAVIOURS: dict[str, Behaviour] = {
    "listTables": ListTables(),
    "getTable": GetTable(),
    "getOrCreateTable": GetOrCreateTable(),
    "createTable": CreateTable(),
    "duplicateTable": DuplicateTable(),
    "updateTable": UpdateTable(),
    "renameTableColumn": RenameTableColumn(),
    "deleteTable": DeleteTable(),
    "getTableRow": GetTableRow(),
    "findTableRows": FindTableRows(),
    "createTableRows": CreateTableRows(),
    "deleteTableRows": DeleteTableRows(),
    "updateTableRows": UpdateTableRows(),
    "upsertTableRows": UpsertTableRows(),
}
