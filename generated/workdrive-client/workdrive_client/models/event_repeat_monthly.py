from typing import Literal, cast

EventRepeatMonthly = Literal["monthly"]

EVENT_REPEAT_MONTHLY_VALUES: set[EventRepeatMonthly] = {
    "monthly",
}


def check_event_repeat_monthly(value: str) -> EventRepeatMonthly:
    if value in EVENT_REPEAT_MONTHLY_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(EventRepeatMonthly, value)
