from typing import Literal

UserUpdateAvailability = Literal["ACTIVE", "AWAY"]

USER_UPDATE_AVAILABILITY_VALUES: set[UserUpdateAvailability] = {
    "ACTIVE",
    "AWAY",
}


def check_user_update_availability(value: str) -> UserUpdateAvailability:
    if value in USER_UPDATE_AVAILABILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_UPDATE_AVAILABILITY_VALUES!r}")
