from typing import Literal, cast

ListNewsSortKey = Literal["a", "b", "c"]

LIST_NEWS_SORT_KEY_VALUES: set[ListNewsSortKey] = {
    "a",
    "b",
    "c",
}


def check_list_news_sort_key(value: str) -> ListNewsSortKey:
    if value in LIST_NEWS_SORT_KEY_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListNewsSortKey, value)
