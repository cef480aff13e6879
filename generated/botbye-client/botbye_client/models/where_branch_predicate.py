from typing import Literal, cast

WhereBranchPredicate = Literal["and", "or"]

WHERE_BRANCH_PREDICATE_VALUES: set[WhereBranchPredicate] = {
    "and",
    "or",
}


def check_where_branch_predicate(value: str) -> WhereBranchPredicate:
    if value in WHERE_BRANCH_PREDICATE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(WhereBranchPredicate, value)
