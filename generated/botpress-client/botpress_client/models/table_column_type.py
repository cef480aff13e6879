from typing import Literal, cast

TableColumnType = Literal["array", "boolean", "null", "number", "object", "string"]

TABLE_COLUMN_TYPE_VALUES: set[TableColumnType] = {
    "array",
    "boolean",
    "null",
    "number",
    "object",
    "string",
}


def check_table_column_type(value: str) -> TableColumnType:
    if value in TABLE_COLUMN_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(TableColumnType, value)
