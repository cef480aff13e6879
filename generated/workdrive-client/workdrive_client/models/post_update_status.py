from typing import Literal

PostUpdateStatus = Literal["PUBLISHED"]

POST_UPDATE_STATUS_VALUES: set[PostUpdateStatus] = {
    "PUBLISHED",
}


def check_post_update_status(value: str) -> PostUpdateStatus:
    if value in POST_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_UPDATE_STATUS_VALUES!r}")
