from typing import Literal, cast

OrderByTermDirection = Literal["ASC", "DESC"]

ORDER_BY_TERM_DIRECTION_VALUES: set[OrderByTermDirection] = {
    "ASC",
    "DESC",
}


def check_order_by_term_direction(value: str) -> OrderByTermDirection:
    if value in ORDER_BY_TERM_DIRECTION_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(OrderByTermDirection, value)
