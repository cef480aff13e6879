from typing import Literal

QueryExpressionOperand = Literal["!=", "<", "=", ">"]

QUERY_EXPRESSION_OPERAND_VALUES: set[QueryExpressionOperand] = {
    "!=",
    "<",
    "=",
    ">",
}


def check_query_expression_operand(value: str) -> QueryExpressionOperand:
    if value in QUERY_EXPRESSION_OPERAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_EXPRESSION_OPERAND_VALUES!r}")
