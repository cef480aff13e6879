from typing import Literal

SsoType = Literal["QUICK_LINK", "SSO"]

SSO_TYPE_VALUES: set[SsoType] = {
    "QUICK_LINK",
    "SSO",
}


def check_sso_type(value: str) -> SsoType:
    if value in SSO_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SSO_TYPE_VALUES!r}")
