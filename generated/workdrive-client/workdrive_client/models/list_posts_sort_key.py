from typing import Literal, cast

ListPostsSortKey = Literal["a", "b", "c"]

LIST_POSTS_SORT_KEY_VALUES: set[ListPostsSortKey] = {
    "a",
    "b",
    "c",
}


def check_list_posts_sort_key(value: str) -> ListPostsSortKey:
    if value in LIST_POSTS_SORT_KEY_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListPostsSortKey, value)
