from typing import Literal, cast

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
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(EventStatus, value)
