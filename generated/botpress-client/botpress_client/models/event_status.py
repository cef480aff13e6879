from typing import Literal

EventStatus = Literal["canceled", "failed", "ignored", "pending", "processed", "scheduled"]

EVENT_STATUS_VALUES: set[EventStatus] = {
    "canceled",
    "failed",
    "ignored",
    "pending",
    "processed",
    "scheduled",
}


def check_event_status(value: str) -> EventStatus:
    if value in EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_STATUS_VALUES!r}")
