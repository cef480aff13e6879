from typing import Literal, cast

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
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListEventsFilter, value)
