from typing import Literal

FindTableRowsRequestOrderDirection = Literal["asc", "desc"]

FIND_TABLE_ROWS_REQUEST_ORDER_DIRECTION_VALUES: set[FindTableRowsRequestOrderDirection] = {
    "asc",
    "desc",
}


def check_find_table_rows_request_order_direction(value: str) -> FindTableRowsRequestOrderDirection:
    if value in FIND_TABLE_ROWS_REQUEST_ORDER_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIND_TABLE_ROWS_REQUEST_ORDER_DIRECTION_VALUES!r}")
