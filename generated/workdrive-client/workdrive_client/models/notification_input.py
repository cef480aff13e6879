from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_input_medium import NotificationInputMedium, check_notification_input_medium
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationInput")


@_attrs_define
class NotificationInput:
    """A notification to send. With `medium` `EMAIL` the notification goes to the addresses in `emails`, which is then
    required; with any other medium it goes to the users in `receiverUserIds`, which is then required ([ERRATA:
    Notification recipients by medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)).

    """

    title: str | Unset = UNSET
    """ Subject of the notification. """
    description: str | Unset = UNSET
    """ Text of the notification. """
    medium: NotificationInputMedium | Unset = UNSET
    """ How the notification is sent (e-mail, text message, push notification, in-app). """
    emails: list[str] | Unset = UNSET
    """ E-mail addresses to send the notification to; required when `medium` is `EMAIL`. """
    receiver_user_ids: list[UUID] | Unset = UNSET
    """ Ids of the users to notify (see the User listing); required for every medium except `EMAIL`. The vendor's
    table spells it `recieverUserIds`, its sample `receiverUserIds` ([ERRATA: receiverUserIds
    spelling](/specs/workdrive/ERRATA.md#receiveruserids-spelling)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        medium: str | Unset = UNSET
        if not isinstance(self.medium, Unset):
            medium = self.medium

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        receiver_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.receiver_user_ids, Unset):
            receiver_user_ids = []
            for receiver_user_ids_item_data in self.receiver_user_ids:
                receiver_user_ids_item = str(receiver_user_ids_item_data)
                receiver_user_ids.append(receiver_user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if medium is not UNSET:
            field_dict["medium"] = medium
        if emails is not UNSET:
            field_dict["emails"] = emails
        if receiver_user_ids is not UNSET:
            field_dict["receiverUserIds"] = receiver_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _medium = d.pop("medium", UNSET)
        medium: NotificationInputMedium | Unset
        if isinstance(_medium, Unset):
            medium = UNSET
        else:
            medium = check_notification_input_medium(_medium)

        emails = cast(list[str], d.pop("emails", UNSET))

        _receiver_user_ids = d.pop("receiverUserIds", UNSET)
        receiver_user_ids: list[UUID] | Unset = UNSET
        if _receiver_user_ids is not UNSET:
            receiver_user_ids = []
            for receiver_user_ids_item_data in _receiver_user_ids:
                receiver_user_ids_item = UUID(receiver_user_ids_item_data)

                receiver_user_ids.append(receiver_user_ids_item)

        notification_input = cls(
            title=title,
            description=description,
            medium=medium,
            emails=emails,
            receiver_user_ids=receiver_user_ids,
        )

        notification_input.additional_properties = d
        return notification_input

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
