from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_ticket_category_email import MessageTicketCategoryEmail


T = TypeVar("T", bound="MessageTicketCategory")


@_attrs_define
class MessageTicketCategory:
    """Category of the ticket."""

    id: str | Unset = UNSET
    """ Id of the category. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the category was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the category was last updated. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the category. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last updated the category. """
    email: MessageTicketCategoryEmail | Unset = UNSET
    """ E-mail settings of the category; the vendor's documentation shows `{}`. """
    category: str | Unset = UNSET
    """ Name of the category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        updated_by = self.updated_by

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if email is not UNSET:
            field_dict["email"] = email
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_ticket_category_email import MessageTicketCategoryEmail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        _email = d.pop("email", UNSET)
        email: MessageTicketCategoryEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = MessageTicketCategoryEmail.from_dict(_email)

        category = d.pop("category", UNSET)

        message_ticket_category = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            email=email,
            category=category,
        )

        message_ticket_category.additional_properties = d
        return message_ticket_category

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
