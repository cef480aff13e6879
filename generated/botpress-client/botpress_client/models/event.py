from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_status import EventStatus, check_event_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_payload import EventPayload


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Something that happened for a bot, sent by one of its integrations or through the API, optionally linked to a
    conversation, a user and a message.

    """

    id: str
    """ ID of the Event. (The vendor's documentation says "ID of the Conversation", a copy-paste slip; [ERRATA:
    Event id and type descriptions](/specs/botpress/ERRATA.md#event-id-and-type-descriptions).) """
    created_at: datetime.datetime
    """ Creation date of the Event in ISO 8601 format """
    type_: str
    """ Type of the Event, as defined by the integration that sends it or one of the default event types of the API.
    (The vendor's documentation says "Type of the task"; [ERRATA: Event id and type
    descriptions](/specs/botpress/ERRATA.md#event-id-and-type-descriptions).) """
    payload: EventPayload
    """ Content of the Event, whose shape is defined by the integration installed on the bot or by the API for its
    default events. """
    status: EventStatus
    """ Processing status of an Event. The vendor's documentation types it as a plain string without values; the
    values are those of the real API (public fact, [ERRATA: Event status values](/specs/botpress/ERRATA.md#event-
    status-values)): `pending` (not processed yet), `processed`, `ignored`, `failed` (see `failureReason`),
    `scheduled` (created with a `schedule` and not due yet) and `canceled` (a scheduled event that will not be
    processed). """
    failure_reason: None | str
    """ Reason why the event failed to be processed; `null` unless `status` is `failed`. """
    conversation_id: str | Unset = UNSET
    """ ID of the Conversation to link the event to. """
    user_id: str | Unset = UNSET
    """ ID of the User to link the event to. """
    message_id: str | Unset = UNSET
    """ ID of the Message to link the event to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        type_ = self.type_

        payload = self.payload.to_dict()

        status: str = self.status

        failure_reason: None | str
        failure_reason = self.failure_reason

        conversation_id = self.conversation_id

        user_id = self.user_id

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "type": type_,
                "payload": payload,
                "status": status,
                "failureReason": failure_reason,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_payload import EventPayload  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        type_ = d.pop("type")

        payload = EventPayload.from_dict(d.pop("payload"))

        status = check_event_status(d.pop("status"))

        def _parse_failure_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure_reason = _parse_failure_reason(d.pop("failureReason"))

        conversation_id = d.pop("conversationId", UNSET)

        user_id = d.pop("userId", UNSET)

        message_id = d.pop("messageId", UNSET)

        event = cls(
            id=id,
            created_at=created_at,
            type_=type_,
            payload=payload,
            status=status,
            failure_reason=failure_reason,
            conversation_id=conversation_id,
            user_id=user_id,
            message_id=message_id,
        )

        event.additional_properties = d
        return event

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
