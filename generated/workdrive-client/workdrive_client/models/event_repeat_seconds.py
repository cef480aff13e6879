from typing import Literal

EventRepeatSeconds = Literal[86400, 604800, 1209600]

EVENT_REPEAT_SECONDS_VALUES: set[EventRepeatSeconds] = {
    86400,
    604800,
    1209600,
}


def check_event_repeat_seconds(value: int) -> EventRepeatSeconds:
    if value in EVENT_REPEAT_SECONDS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_REPEAT_SECONDS_VALUES!r}")
