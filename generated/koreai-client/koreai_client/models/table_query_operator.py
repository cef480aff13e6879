from typing import Literal

TableQueryOperator = Literal["and", "or"]

TABLE_QUERY_OPERATOR_VALUES: set[TableQueryOperator] = {
    "and",
    "or",
}


def check_table_query_operator(value: str) -> TableQueryOperator:
    if value in TABLE_QUERY_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TABLE_QUERY_OPERATOR_VALUES!r}")
