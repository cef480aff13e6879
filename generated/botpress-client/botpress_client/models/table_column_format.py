from typing import Literal, cast

TableColumnFormat = Literal["date-time"]

TABLE_COLUMN_FORMAT_VALUES: set[TableColumnFormat] = {
    "date-time",
}


def check_table_column_format(value: str) -> TableColumnFormat:
    if value in TABLE_COLUMN_FORMAT_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(TableColumnFormat, value)
