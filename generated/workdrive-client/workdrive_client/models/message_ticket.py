from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_ticket_category import MessageTicketCategory


T = TypeVar("T", bound="MessageTicket")


@_attrs_define
class MessageTicket:
    """A support ticket a message belongs to."""

    id: str | Unset = UNSET
    """ Id of the ticket. """
    from_: str | Unset = UNSET
    """ Sender of the ticket. """
    to: str | Unset = UNSET
    """ Recipient of the ticket. """
    response: str | Unset = UNSET
    """ Response to the ticket. """
    subject: str | Unset = UNSET
    """ Subject of the ticket. """
    snippet: str | Unset = UNSET
    """ Short extract of the ticket. """
    conversation_id: str | Unset = UNSET
    """ Id of the ticket's conversation. """
    sender_name: str | Unset = UNSET
    """ Name of the sender. """
    status: str | Unset = UNSET
    """ Status of the ticket. """
    category: MessageTicketCategory | Unset = UNSET
    """ Category of the ticket. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_ = self.from_

        to = self.to

        response = self.response

        subject = self.subject

        snippet = self.snippet

        conversation_id = self.conversation_id

        sender_name = self.sender_name

        status = self.status

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if response is not UNSET:
            field_dict["response"] = response
        if subject is not UNSET:
            field_dict["subject"] = subject
        if snippet is not UNSET:
            field_dict["snippet"] = snippet
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if status is not UNSET:
            field_dict["status"] = status
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_ticket_category import MessageTicketCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        response = d.pop("response", UNSET)

        subject = d.pop("subject", UNSET)

        snippet = d.pop("snippet", UNSET)

        conversation_id = d.pop("conversationId", UNSET)

        sender_name = d.pop("senderName", UNSET)

        status = d.pop("status", UNSET)

        _category = d.pop("category", UNSET)
        category: MessageTicketCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = MessageTicketCategory.from_dict(_category)

        message_ticket = cls(
            id=id,
            from_=from_,
            to=to,
            response=response,
            subject=subject,
            snippet=snippet,
            conversation_id=conversation_id,
            sender_name=sender_name,
            status=status,
            category=category,
        )

        message_ticket.additional_properties = d
        return message_ticket

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
