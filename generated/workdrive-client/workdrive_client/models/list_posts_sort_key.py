from typing import Literal

ListPostsSortKey = Literal["a", "b", "c"]

LIST_POSTS_SORT_KEY_VALUES: set[ListPostsSortKey] = {
    "a",
    "b",
    "c",
}


def check_list_posts_sort_key(value: str) -> ListPostsSortKey:
    if value in LIST_POSTS_SORT_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_POSTS_SORT_KEY_VALUES!r}")
