from typing import Literal, cast

QueryUsersInfoRequestStatus = Literal["active", "all", "not active"]

QUERY_USERS_INFO_REQUEST_STATUS_VALUES: set[QueryUsersInfoRequestStatus] = {
    "active",
    "all",
    "not active",
}


def check_query_users_info_request_status(value: str) -> QueryUsersInfoRequestStatus:
    if value in QUERY_USERS_INFO_REQUEST_STATUS_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(QueryUsersInfoRequestStatus, value)
