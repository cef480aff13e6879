from typing import Literal

ListNewsSortKey = Literal["a", "b", "c"]

LIST_NEWS_SORT_KEY_VALUES: set[ListNewsSortKey] = {
    "a",
    "b",
    "c",
}


def check_list_news_sort_key(value: str) -> ListNewsSortKey:
    if value in LIST_NEWS_SORT_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_NEWS_SORT_KEY_VALUES!r}")
