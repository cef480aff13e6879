from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupChatUpdate")


@_attrs_define
class GroupChatUpdate:
    """Changes to a group chat; fields left out are not changed (judgement: the vendor's documentation does not say). No
    field is marked required.

    """

    title: str | Unset = UNSET
    """ Title of the group chat, for a `CHAT_GROUP`. """
    description: str | Unset = UNSET
    """ Description of the group chat. """
    is_private: bool | Unset = UNSET
    """ The group chat is private (else public). """
    new_admins: list[UUID] | Unset = UNSET
    """ Ids of users to make administrators of the group chat (see the User listing). """
    removed_admins: list[UUID] | Unset = UNSET
    """ Ids of administrators to demote (see the User listing). """
    file_id: UUID | Unset = UNSET
    """ Media id of the group chat's new cover, for a `CHAT_GROUP` (upload it with the media API). """
    category: str | Unset = UNSET
    """ New category of a `CHAT_GROUP` (see the Category listing). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        is_private = self.is_private

        new_admins: list[str] | Unset = UNSET
        if not isinstance(self.new_admins, Unset):
            new_admins = []
            for new_admins_item_data in self.new_admins:
                new_admins_item = str(new_admins_item_data)
                new_admins.append(new_admins_item)

        removed_admins: list[str] | Unset = UNSET
        if not isinstance(self.removed_admins, Unset):
            removed_admins = []
            for removed_admins_item_data in self.removed_admins:
                removed_admins_item = str(removed_admins_item_data)
                removed_admins.append(removed_admins_item)

        file_id: str | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = str(self.file_id)

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private
        if new_admins is not UNSET:
            field_dict["newAdmins"] = new_admins
        if removed_admins is not UNSET:
            field_dict["removedAdmins"] = removed_admins
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        is_private = d.pop("isPrivate", UNSET)

        _new_admins = d.pop("newAdmins", UNSET)
        new_admins: list[UUID] | Unset = UNSET
        if _new_admins is not UNSET:
            new_admins = []
            for new_admins_item_data in _new_admins:
                new_admins_item = UUID(new_admins_item_data)

                new_admins.append(new_admins_item)

        _removed_admins = d.pop("removedAdmins", UNSET)
        removed_admins: list[UUID] | Unset = UNSET
        if _removed_admins is not UNSET:
            removed_admins = []
            for removed_admins_item_data in _removed_admins:
                removed_admins_item = UUID(removed_admins_item_data)

                removed_admins.append(removed_admins_item)

        _file_id = d.pop("fileId", UNSET)
        file_id: UUID | Unset
        if isinstance(_file_id, Unset):
            file_id = UNSET
        else:
            file_id = UUID(_file_id)

        category = d.pop("category", UNSET)

        group_chat_update = cls(
            title=title,
            description=description,
            is_private=is_private,
            new_admins=new_admins,
            removed_admins=removed_admins,
            file_id=file_id,
            category=category,
        )

        group_chat_update.additional_properties = d
        return group_chat_update

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
