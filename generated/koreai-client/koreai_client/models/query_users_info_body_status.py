from typing import Literal, cast

QueryUsersInfoBodyStatus = Literal["active", "all", "not active"]

QUERY_USERS_INFO_BODY_STATUS_VALUES: set[QueryUsersInfoBodyStatus] = {
    "active",
    "all",
    "not active",
}


def check_query_users_info_body_status(value: str) -> QueryUsersInfoBodyStatus:
    if value in QUERY_USERS_INFO_BODY_STATUS_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(QueryUsersInfoBodyStatus, value)
