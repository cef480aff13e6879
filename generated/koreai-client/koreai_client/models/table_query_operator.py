from typing import Literal, cast

TableQueryOperator = Literal["and", "or"]

TABLE_QUERY_OPERATOR_VALUES: set[TableQueryOperator] = {
    "and",
    "or",
}


def check_table_query_operator(value: str) -> TableQueryOperator:
    if value in TABLE_QUERY_OPERATOR_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(TableQueryOperator, value)
