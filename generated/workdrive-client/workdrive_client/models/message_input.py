from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageInput")


@_attrs_define
class MessageInput:
    """A new message. No field is marked required."""

    message: str | Unset = UNSET
    """ Text of the message. """
    mention: list[UUID] | Unset = UNSET
    """ Ids of the users mentioned in the message (see the User listing). """
    reply_of_msg_id: UUID | Unset = UNSET
    """ Id of the message this one replies to. """
    file_id: list[UUID] | Unset = UNSET
    """ Media ids of the files attached to the message (upload them with the media API). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        mention: list[str] | Unset = UNSET
        if not isinstance(self.mention, Unset):
            mention = []
            for mention_item_data in self.mention:
                mention_item = str(mention_item_data)
                mention.append(mention_item)

        reply_of_msg_id: str | Unset = UNSET
        if not isinstance(self.reply_of_msg_id, Unset):
            reply_of_msg_id = str(self.reply_of_msg_id)

        file_id: list[str] | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = []
            for file_id_item_data in self.file_id:
                file_id_item = str(file_id_item_data)
                file_id.append(file_id_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if mention is not UNSET:
            field_dict["mention"] = mention
        if reply_of_msg_id is not UNSET:
            field_dict["replyOfMsgId"] = reply_of_msg_id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _mention = d.pop("mention", UNSET)
        mention: list[UUID] | Unset = UNSET
        if _mention is not UNSET:
            mention = []
            for mention_item_data in _mention:
                mention_item = UUID(mention_item_data)

                mention.append(mention_item)

        _reply_of_msg_id = d.pop("replyOfMsgId", UNSET)
        reply_of_msg_id: UUID | Unset
        if isinstance(_reply_of_msg_id, Unset):
            reply_of_msg_id = UNSET
        else:
            reply_of_msg_id = UUID(_reply_of_msg_id)

        _file_id = d.pop("fileId", UNSET)
        file_id: list[UUID] | Unset = UNSET
        if _file_id is not UNSET:
            file_id = []
            for file_id_item_data in _file_id:
                file_id_item = UUID(file_id_item_data)

                file_id.append(file_id_item)

        message_input = cls(
            message=message,
            mention=mention,
            reply_of_msg_id=reply_of_msg_id,
            file_id=file_id,
        )

        message_input.additional_properties = d
        return message_input

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
