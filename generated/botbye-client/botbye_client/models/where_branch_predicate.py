from typing import Literal

WhereBranchPredicate = Literal["and", "or"]

WHERE_BRANCH_PREDICATE_VALUES: set[WhereBranchPredicate] = {
    "and",
    "or",
}


def check_where_branch_predicate(value: str) -> WhereBranchPredicate:
    if value in WHERE_BRANCH_PREDICATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHERE_BRANCH_PREDICATE_VALUES!r}")
