from typing import Literal

EventRepeatMonthly = Literal["monthly"]

EVENT_REPEAT_MONTHLY_VALUES: set[EventRepeatMonthly] = {
    "monthly",
}


def check_event_repeat_monthly(value: str) -> EventRepeatMonthly:
    if value in EVENT_REPEAT_MONTHLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_REPEAT_MONTHLY_VALUES!r}")
