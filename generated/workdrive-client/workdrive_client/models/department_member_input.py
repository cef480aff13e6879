from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentMemberInput")


@_attrs_define
class DepartmentMemberInput:
    """A user to put into a department: as a member of a new department (Create a Department `members`), as a new head
    (Update Department Head `add`) or as a new member (Update Department Members `addMembers`). The vendor's tables call
    `existingDept` "existing Department"; the samples' wire name is kept ([ERRATA: Department member
    entries](/specs/workdrive/ERRATA.md#department-member-entries)).

    """

    id: UUID | Unset = UNSET
    """ Id of the user. The list of users comes from the User Listing API. """
    is_admin: bool | Unset = UNSET
    """ The user becomes an admin (head) of the department. The vendor's documentation says it should be true while
    creating a new department, though Create a Department's own sample leaves it out ([ERRATA: Department member
    entries](/specs/workdrive/ERRATA.md#department-member-entries)). """
    existing_dept: UUID | Unset = UNSET
    """ Id of the department the user belongs to now. """
    is_department_head: bool | Unset = UNSET
    """ Whether the user is already head of another department. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_admin = self.is_admin

        existing_dept: str | Unset = UNSET
        if not isinstance(self.existing_dept, Unset):
            existing_dept = str(self.existing_dept)

        is_department_head = self.is_department_head

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if existing_dept is not UNSET:
            field_dict["existingDept"] = existing_dept
        if is_department_head is not UNSET:
            field_dict["isDepartmentHead"] = is_department_head

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_admin = d.pop("isAdmin", UNSET)

        _existing_dept = d.pop("existingDept", UNSET)
        existing_dept: UUID | Unset
        if isinstance(_existing_dept, Unset):
            existing_dept = UNSET
        else:
            existing_dept = UUID(_existing_dept)

        is_department_head = d.pop("isDepartmentHead", UNSET)

        department_member_input = cls(
            id=id,
            is_admin=is_admin,
            existing_dept=existing_dept,
            is_department_head=is_department_head,
        )

        department_member_input.additional_properties = d
        return department_member_input

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
