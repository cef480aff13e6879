from typing import Literal

TableColumnFormat = Literal["date-time"]

TABLE_COLUMN_FORMAT_VALUES: set[TableColumnFormat] = {
    "date-time",
}


def check_table_column_format(value: str) -> TableColumnFormat:
    if value in TABLE_COLUMN_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TABLE_COLUMN_FORMAT_VALUES!r}")
