from typing import Literal, cast

ListTasksSortDirection = Literal["ASC", "DESC"]

LIST_TASKS_SORT_DIRECTION_VALUES: set[ListTasksSortDirection] = {
    "ASC",
    "DESC",
}


def check_list_tasks_sort_direction(value: str) -> ListTasksSortDirection:
    if value in LIST_TASKS_SORT_DIRECTION_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListTasksSortDirection, value)
