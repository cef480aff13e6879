from typing import Literal

OrganizationAuthMethod = Literal["internal", "ldap"]

ORGANIZATION_AUTH_METHOD_VALUES: set[OrganizationAuthMethod] = {
    "internal",
    "ldap",
}


def check_organization_auth_method(value: str) -> OrganizationAuthMethod:
    if value in ORGANIZATION_AUTH_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_AUTH_METHOD_VALUES!r}")
