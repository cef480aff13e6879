from typing import Literal

QueryUsersInfoBodyStatus = Literal["active", "all", "not active"]

QUERY_USERS_INFO_BODY_STATUS_VALUES: set[QueryUsersInfoBodyStatus] = {
    "active",
    "all",
    "not active",
}


def check_query_users_info_body_status(value: str) -> QueryUsersInfoBodyStatus:
    if value in QUERY_USERS_INFO_BODY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_USERS_INFO_BODY_STATUS_VALUES!r}")
