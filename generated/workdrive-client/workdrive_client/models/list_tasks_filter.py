from typing import Literal, cast

ListTasksFilter = Literal["INDEPENDENT_TASKS_ASSIGNED_TO_ME", "INDEPENDENT_TASKS_CREATED_BY_ME"]

LIST_TASKS_FILTER_VALUES: set[ListTasksFilter] = {
    "INDEPENDENT_TASKS_ASSIGNED_TO_ME",
    "INDEPENDENT_TASKS_CREATED_BY_ME",
}


def check_list_tasks_filter(value: str) -> ListTasksFilter:
    if value in LIST_TASKS_FILTER_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListTasksFilter, value)
