from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_auth_method import OrganizationAuthMethod, check_organization_auth_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationAuth")


@_attrs_define
class OrganizationAuth:
    """Authentication settings of a new organization."""

    method: OrganizationAuthMethod | Unset = UNSET
    """ How the organization's users sign in: `internal` (WorkDrive's own accounts) or `ldap` (an LDAP directory).
    The vendor's documentation lists the two values in a garbled table ([ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: OrganizationAuthMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_organization_auth_method(_method)

        organization_auth = cls(
            method=method,
        )

        organization_auth.additional_properties = d
        return organization_auth

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
