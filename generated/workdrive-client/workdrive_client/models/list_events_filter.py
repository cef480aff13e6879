from typing import Literal

ListEventsFilter = Literal["COURSE", "EVENT", "FAQ", "LIVESTREAM", "POST"]

LIST_EVENTS_FILTER_VALUES: set[ListEventsFilter] = {
    "COURSE",
    "EVENT",
    "FAQ",
    "LIVESTREAM",
    "POST",
}


def check_list_events_filter(value: str) -> ListEventsFilter:
    if value in LIST_EVENTS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EVENTS_FILTER_VALUES!r}")
