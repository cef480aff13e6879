from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_request_payload import CreateEventRequestPayload
    from ..models.schedule import Schedule


T = TypeVar("T", bound="CreateEventRequest")


@_attrs_define
class CreateEventRequest:
    type_: str
    """ Type of the Event, as declared by the integration that sends it. (The vendor's documentation says "Unique
    identifier of the integration that was installed on the bot"; [ERRATA: Event id and type
    descriptions](/specs/botpress/ERRATA.md#event-id-and-type-descriptions).) """
    payload: CreateEventRequestPayload
    """ Content of the Event, whose shape is defined by the integration installed on the bot or by the API for its
    default events. """
    schedule: Schedule | Unset = UNSET
    """ When to deliver a scheduled Event or Message: either at a given date and time, or after a delay. Both fields
    are optional. The vendor's documentation only names this object "schedule : object (2)"; its two fields are
    those of the real API (public fact, [ERRATA: Schedule object fields](/specs/botpress/ERRATA.md#schedule-object-
    fields)). """
    conversation_id: str | Unset = UNSET
    """ ID of the Conversation to link the event to. """
    user_id: str | Unset = UNSET
    """ ID of the User to link the event to. """
    message_id: str | Unset = UNSET
    """ ID of the Message to link the event to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        payload = self.payload.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        conversation_id = self.conversation_id

        user_id = self.user_id

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "payload": payload,
            }
        )
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_event_request_payload import CreateEventRequestPayload  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        payload = CreateEventRequestPayload.from_dict(d.pop("payload"))

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        conversation_id = d.pop("conversationId", UNSET)

        user_id = d.pop("userId", UNSET)

        message_id = d.pop("messageId", UNSET)

        create_event_request = cls(
            type_=type_,
            payload=payload,
            schedule=schedule,
            conversation_id=conversation_id,
            user_id=user_id,
            message_id=message_id,
        )

        create_event_request.additional_properties = d
        return create_event_request

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
