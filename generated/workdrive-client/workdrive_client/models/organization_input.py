from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_admin import OrganizationAdmin
    from ..models.organization_auth import OrganizationAuth


T = TypeVar("T", bound="OrganizationInput")


@_attrs_define
class OrganizationInput:
    """A new organization, as Create a new Organization takes it. The vendor's documentation marks no field required
    ([ERRATA: Required fields](/specs/workdrive/ERRATA.md#required-fields)).

    """

    name: str | Unset = UNSET
    """ Name of the organization. """
    admin: OrganizationAdmin | Unset = UNSET
    """ The first administrator of a new organization. """
    auth: OrganizationAuth | Unset = UNSET
    """ Authentication settings of a new organization. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        admin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.admin, Unset):
            admin = self.admin.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if admin is not UNSET:
            field_dict["admin"] = admin
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_admin import OrganizationAdmin  # noqa: PLC0415
        from ..models.organization_auth import OrganizationAuth  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _admin = d.pop("admin", UNSET)
        admin: OrganizationAdmin | Unset
        if isinstance(_admin, Unset):
            admin = UNSET
        else:
            admin = OrganizationAdmin.from_dict(_admin)

        _auth = d.pop("auth", UNSET)
        auth: OrganizationAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = OrganizationAuth.from_dict(_auth)

        organization_input = cls(
            name=name,
            admin=admin,
            auth=auth,
        )

        organization_input.additional_properties = d
        return organization_input

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
