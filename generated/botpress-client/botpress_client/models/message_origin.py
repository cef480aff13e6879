from typing import Literal, cast

MessageOrigin = Literal["synthetic"]

MESSAGE_ORIGIN_VALUES: set[MessageOrigin] = {
    "synthetic",
}


def check_message_origin(value: str) -> MessageOrigin:
    if value in MESSAGE_ORIGIN_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(MessageOrigin, value)
