from typing import Literal, cast

FindTableRowsBodyOrderDirection = Literal["asc", "desc"]

FIND_TABLE_ROWS_BODY_ORDER_DIRECTION_VALUES: set[FindTableRowsBodyOrderDirection] = {
    "asc",
    "desc",
}


def check_find_table_rows_body_order_direction(value: str) -> FindTableRowsBodyOrderDirection:
    if value in FIND_TABLE_ROWS_BODY_ORDER_DIRECTION_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(FindTableRowsBodyOrderDirection, value)
