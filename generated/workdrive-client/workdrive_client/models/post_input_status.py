from typing import Literal

PostInputStatus = Literal["PUBLISHED"]

POST_INPUT_STATUS_VALUES: set[PostInputStatus] = {
    "PUBLISHED",
}


def check_post_input_status(value: str) -> PostInputStatus:
    if value in POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_INPUT_STATUS_VALUES!r}")
