from typing import Literal, cast

EventRepeatSeconds = Literal[86400, 604800, 1209600]

EVENT_REPEAT_SECONDS_VALUES: set[EventRepeatSeconds] = {
    86400,
    604800,
    1209600,
}


def check_event_repeat_seconds(value: int) -> EventRepeatSeconds:
    if value in EVENT_REPEAT_SECONDS_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(EventRepeatSeconds, value)
