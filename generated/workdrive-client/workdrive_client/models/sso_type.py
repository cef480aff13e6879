from typing import Literal, cast

SsoType = Literal["QUICK_LINK", "SSO"]

SSO_TYPE_VALUES: set[SsoType] = {
    "QUICK_LINK",
    "SSO",
}


def check_sso_type(value: str) -> SsoType:
    if value in SSO_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(SsoType, value)
