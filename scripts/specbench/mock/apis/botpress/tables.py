"""Tables of the Botpress mock: created, found, listed, renamed, changed, copied, deleted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.botpress.table_store import (
    ROWS,
    SYSTEM_FIELDS,
    TABLES,
    TableBehaviour,
    find_table,
    row_key,
    rows_of,
    table_of,
)
from specbench.mock.behaviours import Behaviour, Call, Reply, build_item, merge_fields
from specbench.mock.errors import ApiError, not_found
from specbench.mock.schemas import now, resolve

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


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


def _new_table(
    call: Call,
    behaviour: TableBehaviour,
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
class CreateTable(TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = _new_table(call, self, str(call.body["name"]), call.body)
        return call.op.success_status, {"table": table}


@dataclass
class GetTable(TableBehaviour):
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
class GetOrCreateTable(TableBehaviour):
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
class ListTables(TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        wanted = call.query.get("tags") or {}
        tables = [
            t
            for t in reversed(call.store.items(TABLES))
            if all((t.get("tags") or {}).get(k) == v for k, v in wanted.items())
        ]
        return call.op.success_status, {"tables": tables}


@dataclass
class UpdateTable(TableBehaviour):
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
class RenameTableColumn(TableBehaviour):
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
class DeleteTable(TableBehaviour):
    def __call__(self, call: Call) -> Reply:
        table = table_of(call)
        call.store.delete(TABLES, table["id"])
        call.store.delete_children(ROWS, table["id"])
        return call.op.success_status, {}


@dataclass
class DuplicateTable(TableBehaviour):
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


# A frozen table refuses a new name or schema (403 Forbidden, see UpdateTable).
SEMANTIC_STATUSES = {"updateTable": (403,)}

BEHAVIOURS: dict[str, Behaviour] = {
    "listTables": ListTables(),
    "getTable": GetTable(),
    "getOrCreateTable": GetOrCreateTable(),
    "createTable": CreateTable(),
    "duplicateTable": DuplicateTable(),
    "updateTable": UpdateTable(),
    "renameTableColumn": RenameTableColumn(),
    "deleteTable": DeleteTable(),
}
