from typing import Literal, cast

UserUpdateAvailability = Literal["ACTIVE", "AWAY"]

USER_UPDATE_AVAILABILITY_VALUES: set[UserUpdateAvailability] = {
    "ACTIVE",
    "AWAY",
}


def check_user_update_availability(value: str) -> UserUpdateAvailability:
    if value in USER_UPDATE_AVAILABILITY_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(UserUpdateAvailability, value)
