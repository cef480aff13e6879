from typing import Literal, cast

PostUpdateStatus = Literal["PUBLISHED"]

POST_UPDATE_STATUS_VALUES: set[PostUpdateStatus] = {
    "PUBLISHED",
}


def check_post_update_status(value: str) -> PostUpdateStatus:
    if value in POST_UPDATE_STATUS_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(PostUpdateStatus, value)
