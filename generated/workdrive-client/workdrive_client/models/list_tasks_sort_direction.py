from typing import Literal

ListTasksSortDirection = Literal["ASC", "DESC"]

LIST_TASKS_SORT_DIRECTION_VALUES: set[ListTasksSortDirection] = {
    "ASC",
    "DESC",
}


def check_list_tasks_sort_direction(value: str) -> ListTasksSortDirection:
    if value in LIST_TASKS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TASKS_SORT_DIRECTION_VALUES!r}")
