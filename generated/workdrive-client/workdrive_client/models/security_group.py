from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecurityGroup")


@_attrs_define
class SecurityGroup:
    """A security group of the organization. Content can be shown to the members of security groups (the `groups` of
    `Permissions`).

    """

    id: UUID
    """ Id of the security group. """
    name: str | Unset = UNSET
    """ Name of the security group. """
    member_count: int | Unset = UNSET
    """ Number of users in the security group: the users added to it, and those created with it as their
    `securityGroup`, less those removed or deleted ([ERRATA: Membership
    counts](/specs/workdrive/ERRATA.md#membership-counts)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        member_count = self.member_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if member_count is not UNSET:
            field_dict["memberCount"] = member_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name", UNSET)

        member_count = d.pop("memberCount", UNSET)

        security_group = cls(
            id=id,
            name=name,
            member_count=member_count,
        )

        security_group.additional_properties = d
        return security_group

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
