from typing import Literal

FindTableRowsBodyOrderDirection = Literal["asc", "desc"]

FIND_TABLE_ROWS_BODY_ORDER_DIRECTION_VALUES: set[FindTableRowsBodyOrderDirection] = {
    "asc",
    "desc",
}


def check_find_table_rows_body_order_direction(value: str) -> FindTableRowsBodyOrderDirection:
    if value in FIND_TABLE_ROWS_BODY_ORDER_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIND_TABLE_ROWS_BODY_ORDER_DIRECTION_VALUES!r}")
