from typing import Literal, cast

UserStatus = Literal["ACTIVE", "ARCHIVE", "BLOCKED", "INVITED", "PRE_INVITED"]

USER_STATUS_VALUES: set[UserStatus] = {
    "ACTIVE",
    "ARCHIVE",
    "BLOCKED",
    "INVITED",
    "PRE_INVITED",
}


def check_user_status(value: str) -> UserStatus:
    if value in USER_STATUS_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(UserStatus, value)
