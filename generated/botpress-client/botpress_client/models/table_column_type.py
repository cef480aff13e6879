from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TABLE_COLUMN_TYPE_VALUES!r}")
