from typing import Literal, cast

WherePredicate = Literal[
    "and", "eq", "gt", "gte", "in", "is_not_null", "is_null", "like", "lt", "lte", "not_eq", "or", "starts_with"
]

WHERE_PREDICATE_VALUES: set[WherePredicate] = {
    "and",
    "eq",
    "gt",
    "gte",
    "in",
    "is_not_null",
    "is_null",
    "like",
    "lt",
    "lte",
    "not_eq",
    "or",
    "starts_with",
}


def check_where_predicate(value: str) -> WherePredicate:
    if value in WHERE_PREDICATE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(WherePredicate, value)
