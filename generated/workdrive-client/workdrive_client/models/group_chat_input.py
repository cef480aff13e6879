from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_chat_type import GroupChatType, check_group_chat_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_chat_member_input import GroupChatMemberInput


T = TypeVar("T", bound="GroupChatInput")


@_attrs_define
class GroupChatInput:
    """A new group chat. No field is marked required."""

    is_private: bool | Unset = UNSET
    """ The group chat is private (else public). """
    by_request: bool | Unset = UNSET
    """ Other users may ask to join the group chat. """
    description: str | Unset = UNSET
    """ Description of the group chat. """
    members: list[GroupChatMemberInput] | Unset = UNSET
    """ Members of the group chat. """
    file_id: UUID | Unset = UNSET
    """ Media id of the group chat's cover, for a `CHAT_GROUP` (upload it with the media API). """
    title: str | Unset = UNSET
    """ Title of the group chat, for a `CHAT_GROUP`. """
    group_type: GroupChatType | Unset = UNSET
    """ Kind of group chat. """
    category: str | Unset = UNSET
    """ Category of the group chat, for a `CHAT_GROUP` (see the Category listing). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_private = self.is_private

        by_request = self.by_request

        description = self.description

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        file_id: str | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = str(self.file_id)

        title = self.title

        group_type: str | Unset = UNSET
        if not isinstance(self.group_type, Unset):
            group_type = self.group_type

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private
        if by_request is not UNSET:
            field_dict["byRequest"] = by_request
        if description is not UNSET:
            field_dict["description"] = description
        if members is not UNSET:
            field_dict["members"] = members
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if title is not UNSET:
            field_dict["title"] = title
        if group_type is not UNSET:
            field_dict["groupType"] = group_type
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_chat_member_input import GroupChatMemberInput  # noqa: PLC0415

        d = dict(src_dict)
        is_private = d.pop("isPrivate", UNSET)

        by_request = d.pop("byRequest", UNSET)

        description = d.pop("description", UNSET)

        _members = d.pop("members", UNSET)
        members: list[GroupChatMemberInput] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = GroupChatMemberInput.from_dict(members_item_data)

                members.append(members_item)

        _file_id = d.pop("fileId", UNSET)
        file_id: UUID | Unset
        if isinstance(_file_id, Unset):
            file_id = UNSET
        else:
            file_id = UUID(_file_id)

        title = d.pop("title", UNSET)

        _group_type = d.pop("groupType", UNSET)
        group_type: GroupChatType | Unset
        if isinstance(_group_type, Unset):
            group_type = UNSET
        else:
            group_type = check_group_chat_type(_group_type)

        category = d.pop("category", UNSET)

        group_chat_input = cls(
            is_private=is_private,
            by_request=by_request,
            description=description,
            members=members,
            file_id=file_id,
            title=title,
            group_type=group_type,
            category=category,
        )

        group_chat_input.additional_properties = d
        return group_chat_input

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
