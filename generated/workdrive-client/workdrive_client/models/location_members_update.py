from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationMembersUpdate")


@_attrs_define
class LocationMembersUpdate:
    """Body of Update Location Members: ids of users to add and ids of users to remove, in one request. Unlike the
    department's, both lists hold bare user ids ([ERRATA: Location member updates](/specs/workdrive/ERRATA.md#location-
    member-updates)).

    """

    add_members: list[UUID] | Unset = UNSET
    """ Ids of the users to add to the location. """
    remove_members: list[UUID] | Unset = UNSET
    """ Ids of the users to remove from the location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_members: list[str] | Unset = UNSET
        if not isinstance(self.add_members, Unset):
            add_members = []
            for add_members_item_data in self.add_members:
                add_members_item = str(add_members_item_data)
                add_members.append(add_members_item)

        remove_members: list[str] | Unset = UNSET
        if not isinstance(self.remove_members, Unset):
            remove_members = []
            for remove_members_item_data in self.remove_members:
                remove_members_item = str(remove_members_item_data)
                remove_members.append(remove_members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_members is not UNSET:
            field_dict["addMembers"] = add_members
        if remove_members is not UNSET:
            field_dict["removeMembers"] = remove_members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _add_members = d.pop("addMembers", UNSET)
        add_members: list[UUID] | Unset = UNSET
        if _add_members is not UNSET:
            add_members = []
            for add_members_item_data in _add_members:
                add_members_item = UUID(add_members_item_data)

                add_members.append(add_members_item)

        _remove_members = d.pop("removeMembers", UNSET)
        remove_members: list[UUID] | Unset = UNSET
        if _remove_members is not UNSET:
            remove_members = []
            for remove_members_item_data in _remove_members:
                remove_members_item = UUID(remove_members_item_data)

                remove_members.append(remove_members_item)

        location_members_update = cls(
            add_members=add_members,
            remove_members=remove_members,
        )

        location_members_update.additional_properties = d
        return location_members_update

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
