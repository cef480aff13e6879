from typing import Literal

ListCoursesSortDirection = Literal["ASC", "DESC"]

LIST_COURSES_SORT_DIRECTION_VALUES: set[ListCoursesSortDirection] = {
    "ASC",
    "DESC",
}


def check_list_courses_sort_direction(value: str) -> ListCoursesSortDirection:
    if value in LIST_COURSES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_COURSES_SORT_DIRECTION_VALUES!r}")
