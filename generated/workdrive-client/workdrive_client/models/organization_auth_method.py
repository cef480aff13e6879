from typing import Literal, cast

OrganizationAuthMethod = Literal["internal", "ldap"]

ORGANIZATION_AUTH_METHOD_VALUES: set[OrganizationAuthMethod] = {
    "internal",
    "ldap",
}


def check_organization_auth_method(value: str) -> OrganizationAuthMethod:
    if value in ORGANIZATION_AUTH_METHOD_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(OrganizationAuthMethod, value)
