from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Department")


@_attrs_define
class Department:
    """A department of the organization as Create a Department, Update Department Head and Update a Department answer it:
    the stored record without its members.

    """

    id: UUID
    """ Id of the department. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the department was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the department was last changed. """
    created_by: UUID | Unset = UNSET
    """ Id of the user who created the department. """
    updated_by: UUID | Unset = UNSET
    """ Id of the user who last changed the department. """
    org_id: UUID | Unset = UNSET
    """ Id of the organization the department belongs to. """
    type_: str | Unset = UNSET
    """ Type of the department record. The vendor's documentation never documents it and shows only the placeholder
    `"string"` ([ERRATA: Department type field](/specs/workdrive/ERRATA.md#department-type-field)). """
    name: str | Unset = UNSET
    """ Name of the department. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by: str | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = str(self.created_by)

        updated_by: str | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = str(self.updated_by)

        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

        type_ = self.type_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _created_by = d.pop("createdBy", UNSET)
        created_by: UUID | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = UUID(_created_by)

        _updated_by = d.pop("updatedBy", UNSET)
        updated_by: UUID | Unset
        if isinstance(_updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = UUID(_updated_by)

        _org_id = d.pop("orgId", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        department = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            org_id=org_id,
            type_=type_,
            name=name,
        )

        department.additional_properties = d
        return department

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
