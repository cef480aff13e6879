from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAssigneesUpdate")


@_attrs_define
class TaskAssigneesUpdate:
    """Users to assign a task to and users to take it away from. No field is marked required."""

    user_ids: list[UUID] | Unset = UNSET
    """ Ids of the users to assign the task to (see the User listing). """
    remove_ids: list[UUID] | Unset = UNSET
    """ Ids of the users to unassign the task from (see the User listing). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        remove_ids: list[str] | Unset = UNSET
        if not isinstance(self.remove_ids, Unset):
            remove_ids = []
            for remove_ids_item_data in self.remove_ids:
                remove_ids_item = str(remove_ids_item_data)
                remove_ids.append(remove_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if remove_ids is not UNSET:
            field_dict["removeIds"] = remove_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[UUID] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

        _remove_ids = d.pop("removeIds", UNSET)
        remove_ids: list[UUID] | Unset = UNSET
        if _remove_ids is not UNSET:
            remove_ids = []
            for remove_ids_item_data in _remove_ids:
                remove_ids_item = UUID(remove_ids_item_data)

                remove_ids.append(remove_ids_item)

        task_assignees_update = cls(
            user_ids=user_ids,
            remove_ids=remove_ids,
        )

        task_assignees_update.additional_properties = d
        return task_assignees_update

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
