"""Where the Botpress mock keeps tables and rows. A table is found by its name or its id."""

from __future__ import annotations

from typing import Any

from specbench.mock.behaviours import Call, ItemGuard, item_schema
from specbench.mock.errors import not_found
from specbench.mock.operations import CompiledOperation

TABLES = "tables"
ROWS = "rows"  # key "<tableId>/<rowId>", parent tableId
SYSTEM_FIELDS = ("id", "createdAt", "updatedAt", "computed", "stale", "similarity")


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


def row_key(table: dict[str, Any], row_id: int) -> str:
    return f"{table['id']}/{row_id}"


def rows_of(call: Call, table: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in call.store.items(ROWS, parent=table["id"])]


class TableBehaviour:
    guard: ItemGuard

    def bind(self, op: CompiledOperation) -> None:
        if "table" in op.success_schema().get("properties", {}):
            self.guard = ItemGuard(op, item_schema(op, "table"))
