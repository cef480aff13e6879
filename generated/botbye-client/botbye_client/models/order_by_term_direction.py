from typing import Literal

OrderByTermDirection = Literal["ASC", "DESC"]

ORDER_BY_TERM_DIRECTION_VALUES: set[OrderByTermDirection] = {
    "ASC",
    "DESC",
}


def check_order_by_term_direction(value: str) -> OrderByTermDirection:
    if value in ORDER_BY_TERM_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_BY_TERM_DIRECTION_VALUES!r}")
