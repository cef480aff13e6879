from typing import Literal, cast

PostInputStatus = Literal["PUBLISHED"]

POST_INPUT_STATUS_VALUES: set[PostInputStatus] = {
    "PUBLISHED",
}


def check_post_input_status(value: str) -> PostInputStatus:
    if value in POST_INPUT_STATUS_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(PostInputStatus, value)
