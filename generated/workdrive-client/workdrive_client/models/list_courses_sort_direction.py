from typing import Literal, cast

ListCoursesSortDirection = Literal["ASC", "DESC"]

LIST_COURSES_SORT_DIRECTION_VALUES: set[ListCoursesSortDirection] = {
    "ASC",
    "DESC",
}


def check_list_courses_sort_direction(value: str) -> ListCoursesSortDirection:
    if value in LIST_COURSES_SORT_DIRECTION_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListCoursesSortDirection, value)
