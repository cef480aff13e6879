from typing import Literal, cast

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
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(QueryExpressionOperand, value)
