from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_member_input import DepartmentMemberInput


T = TypeVar("T", bound="DepartmentInput")


@_attrs_define
class DepartmentInput:
    """Body of Create a Department: its name and its first members. The vendor's documentation marks no field required
    ([ERRATA: Required fields](/specs/workdrive/ERRATA.md#required-fields)); it asks for at least one department head,
    which this schema does not enforce ([ERRATA: Create a Department head
    requirement](/specs/workdrive/ERRATA.md#create-a-department-head-requirement)).

    """

    members: list[DepartmentMemberInput] | Unset = UNSET
    """ The users who make up the new department, with the head(s) among them. """
    name: str | Unset = UNSET
    """ Name of the department. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if members is not UNSET:
            field_dict["members"] = members
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_member_input import DepartmentMemberInput  # noqa: PLC0415

        d = dict(src_dict)
        _members = d.pop("members", UNSET)
        members: list[DepartmentMemberInput] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = DepartmentMemberInput.from_dict(members_item_data)

                members.append(members_item)

        name = d.pop("name", UNSET)

        department_input = cls(
            members=members,
            name=name,
        )

        department_input.additional_properties = d
        return department_input

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
