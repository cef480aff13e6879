from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection, check_message_direction
from ..models.message_origin import MessageOrigin, check_message_origin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_payload import MessagePayload
    from ..models.tags import Tags


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message exchanged in a conversation, sent by a user to the bot (`incoming`) or by the bot to a user (`outgoing`)."""

    id: str
    """ ID of the Message. (The vendor's documentation says "ID of the Conversation", a copy-paste slip; [ERRATA:
    Message id, userId and conversationId descriptions](/specs/botpress/ERRATA.md#message-id-userid-and-
    conversationid-descriptions).) """
    created_at: datetime.datetime
    """ Creation date of the Message in ISO 8601 format """
    type_: str
    """ Type of the message (for example `text`, `image` or `choice`); it tells the shape of `payload`. (The
    vendor's documentation says "Type of the task"; [ERRATA: Message type
    description](/specs/botpress/ERRATA.md#message-type-description).) """
    payload: MessagePayload
    """ Content of the message, shaped by its `type`. Accepted payload options: Text, Image, Choice, Dropdown, Card,
    Carousel, File, Audio, Video, Location. """
    direction: MessageDirection
    """ Direction of the message (incoming or outgoing). """
    user_id: str
    """ ID of the User who sent or receives the message. (The vendor's documentation says "ID of the Conversation";
    [ERRATA: Message id, userId and conversationId descriptions](/specs/botpress/ERRATA.md#message-id-userid-and-
    conversationid-descriptions).) """
    conversation_id: str
    """ ID of the Conversation the message belongs to. """
    tags: Tags
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    updated_at: datetime.datetime | Unset = UNSET
    """ Date of the last change to the Message, in ISO 8601 format. """
    origin: MessageOrigin | Unset = UNSET
    """ Where the message comes from, when it was not sent through a channel (`synthetic`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        type_ = self.type_

        payload = self.payload.to_dict()

        direction: str = self.direction

        user_id = self.user_id

        conversation_id = self.conversation_id

        tags = self.tags.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "type": type_,
                "payload": payload,
                "direction": direction,
                "userId": user_id,
                "conversationId": conversation_id,
                "tags": tags,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_payload import MessagePayload  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        type_ = d.pop("type")

        payload = MessagePayload.from_dict(d.pop("payload"))

        direction = check_message_direction(d.pop("direction"))

        user_id = d.pop("userId")

        conversation_id = d.pop("conversationId")

        tags = Tags.from_dict(d.pop("tags"))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _origin = d.pop("origin", UNSET)
        origin: MessageOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = check_message_origin(_origin)

        message = cls(
            id=id,
            created_at=created_at,
            type_=type_,
            payload=payload,
            direction=direction,
            user_id=user_id,
            conversation_id=conversation_id,
            tags=tags,
            updated_at=updated_at,
            origin=origin,
        )

        message.additional_properties = d
        return message

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
