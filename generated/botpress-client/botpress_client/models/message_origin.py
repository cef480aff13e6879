from typing import Literal

MessageOrigin = Literal["synthetic"]

MESSAGE_ORIGIN_VALUES: set[MessageOrigin] = {
    "synthetic",
}


def check_message_origin(value: str) -> MessageOrigin:
    if value in MESSAGE_ORIGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_ORIGIN_VALUES!r}")
