from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType, check_state_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_payload import StatePayload


T = TypeVar("T", bound="State")


@_attrs_define
class State:
    """A named piece of persistent data defined by the bot and attached to one resource (a conversation, a user, the bot, a
    task, an integration or a workflow). A State is identified by its type, the ID of that resource and its name.

    """

    id: str
    """ ID of the State. (The vendor's documentation says "ID of the Conversation", a copy-paste slip; [ERRATA:
    State id, botId and name descriptions](/specs/botpress/ERRATA.md#state-id-botid-and-name-descriptions).) """
    created_at: datetime.datetime
    """ Creation date of the State in ISO 8601 format """
    updated_at: datetime.datetime
    """ Updating date of the State in ISO 8601 format """
    bot_id: str
    """ ID of the Bot that owns the State. (The vendor's documentation says "ID of the Conversation"; [ERRATA: State
    id, botId and name descriptions](/specs/botpress/ERRATA.md#state-id-botid-and-name-descriptions).) """
    name: str
    """ Name of the State, as declared by the bot. (The vendor's documentation says "Type of the task"; [ERRATA:
    State id, botId and name descriptions](/specs/botpress/ERRATA.md#state-id-botid-and-name-descriptions).) """
    type_: StateType
    """ Type of resource a State is attached to: a conversation, a user, the bot, a task, an integration or a
    workflow. """
    payload: StatePayload
    """ Content of the state, defined by your bot. """
    conversation_id: str | Unset = UNSET
    """ Id of the Conversation, when the State is attached to one. """
    user_id: str | Unset = UNSET
    """ Id of the User, when the State is attached to one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        bot_id = self.bot_id

        name = self.name

        type_: str = self.type_

        payload = self.payload.to_dict()

        conversation_id = self.conversation_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "botId": bot_id,
                "name": name,
                "type": type_,
                "payload": payload,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_payload import StatePayload  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        bot_id = d.pop("botId")

        name = d.pop("name")

        type_ = check_state_type(d.pop("type"))

        payload = StatePayload.from_dict(d.pop("payload"))

        conversation_id = d.pop("conversationId", UNSET)

        user_id = d.pop("userId", UNSET)

        state = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            bot_id=bot_id,
            name=name,
            type_=type_,
            payload=payload,
            conversation_id=conversation_id,
            user_id=user_id,
        )

        state.additional_properties = d
        return state

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
