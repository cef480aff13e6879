from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_input_payload import MessageInputPayload
    from ..models.schedule import Schedule
    from ..models.tags import Tags


T = TypeVar("T", bound="MessageInput")


@_attrs_define
class MessageInput:
    """Writable fields of a Message, shared by the bodies of Create Message and Get Or Create Message (which both require
    every field but `schedule`).

    """

    payload: MessageInputPayload | Unset = UNSET
    """ Content of the message, shaped by its `type`. Accepted payload options: Text, Image, Choice, Dropdown, Card,
    Carousel, File, Audio, Video, Location. """
    user_id: str | Unset = UNSET
    """ ID of the User who sends or receives the message. (The vendor's documentation says only "User id".) """
    conversation_id: str | Unset = UNSET
    """ ID of the Conversation the message belongs to. (The vendor's documentation says "User id", a copy-paste
    slip; [ERRATA: Message id, userId and conversationId descriptions](/specs/botpress/ERRATA.md#message-id-userid-
    and-conversationid-descriptions).) """
    type_: str | Unset = UNSET
    """ Type of the message (for example `text`, `image` or `choice`); it tells the shape of `payload`. (The
    vendor's documentation says "Unique identifier of the integration that was installed on the bot"; [ERRATA:
    Message type description](/specs/botpress/ERRATA.md#message-type-description).) """
    tags: Tags | Unset = UNSET
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    schedule: Schedule | Unset = UNSET
    """ When to deliver a scheduled Event or Message: either at a given date and time, or after a delay. Both fields
    are optional. The vendor's documentation only names this object "schedule : object (2)"; its two fields are
    those of the real API (public fact, [ERRATA: Schedule object fields](/specs/botpress/ERRATA.md#schedule-object-
    fields)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        user_id = self.user_id

        conversation_id = self.conversation_id

        type_ = self.type_

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_input_payload import MessageInputPayload  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        _payload = d.pop("payload", UNSET)
        payload: MessageInputPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = MessageInputPayload.from_dict(_payload)

        user_id = d.pop("userId", UNSET)

        conversation_id = d.pop("conversationId", UNSET)

        type_ = d.pop("type", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        message_input = cls(
            payload=payload,
            user_id=user_id,
            conversation_id=conversation_id,
            type_=type_,
            tags=tags,
            schedule=schedule,
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
