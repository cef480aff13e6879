from typing import Literal

QueryUsersInfoRequestStatus = Literal["active", "all", "not active"]

QUERY_USERS_INFO_REQUEST_STATUS_VALUES: set[QueryUsersInfoRequestStatus] = {
    "active",
    "all",
    "not active",
}


def check_query_users_info_request_status(value: str) -> QueryUsersInfoRequestStatus:
    if value in QUERY_USERS_INFO_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_USERS_INFO_REQUEST_STATUS_VALUES!r}")
