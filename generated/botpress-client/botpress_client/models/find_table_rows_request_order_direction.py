from typing import Literal, cast

FindTableRowsRequestOrderDirection = Literal["asc", "desc"]

FIND_TABLE_ROWS_REQUEST_ORDER_DIRECTION_VALUES: set[FindTableRowsRequestOrderDirection] = {
    "asc",
    "desc",
}


def check_find_table_rows_request_order_direction(value: str) -> FindTableRowsRequestOrderDirection:
    if value in FIND_TABLE_ROWS_REQUEST_ORDER_DIRECTION_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(FindTableRowsRequestOrderDirection, value)
