from typing import Literal, cast

MessageDirection = Literal["incoming", "outgoing"]

MESSAGE_DIRECTION_VALUES: set[MessageDirection] = {
    "incoming",
    "outgoing",
}


def check_message_direction(value: str) -> MessageDirection:
    if value in MESSAGE_DIRECTION_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(MessageDirection, value)
