from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaqKbInput")


@_attrs_define
class FaqKbInput:
    """The basic information of a new FAQ (the vendor's documentation names this object `kb`): name, owners, expiry, tags,
    category and link ([ERRATA: Upload a FAQ body](/specs/workdrive/ERRATA.md#upload-a-faq-body)).

    """

    name: str | Unset = UNSET
    """ Name of the FAQ ([ERRATA: Scalar fields shown as {}](/specs/workdrive/ERRATA.md#scalar-fields-shown-as-)).
    """
    owner_ids: list[UUID] | Unset = UNSET
    """ Ids of the FAQ's owners (see the User listing). """
    expiry: datetime.datetime | Unset = UNSET
    """ When the FAQ expires. """
    tags: list[str] | Unset = UNSET
    """ Tags of the FAQ. """
    category: str | Unset = UNSET
    """ Category of the FAQ (see Get All Categories). """
    link: str | Unset = UNSET
    """ Link to a page holding information about the FAQ (in the vendor's table only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_ids: list[str] | Unset = UNSET
        if not isinstance(self.owner_ids, Unset):
            owner_ids = []
            for owner_ids_item_data in self.owner_ids:
                owner_ids_item = str(owner_ids_item_data)
                owner_ids.append(owner_ids_item)

        expiry: str | Unset = UNSET
        if not isinstance(self.expiry, Unset):
            expiry = self.expiry.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        category = self.category

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if owner_ids is not UNSET:
            field_dict["ownerIds"] = owner_ids
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if tags is not UNSET:
            field_dict["tags"] = tags
        if category is not UNSET:
            field_dict["category"] = category
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _owner_ids = d.pop("ownerIds", UNSET)
        owner_ids: list[UUID] | Unset = UNSET
        if _owner_ids is not UNSET:
            owner_ids = []
            for owner_ids_item_data in _owner_ids:
                owner_ids_item = UUID(owner_ids_item_data)

                owner_ids.append(owner_ids_item)

        _expiry = d.pop("expiry", UNSET)
        expiry: datetime.datetime | Unset
        if isinstance(_expiry, Unset):
            expiry = UNSET
        else:
            expiry = datetime.datetime.fromisoformat(_expiry)

        tags = cast(list[str], d.pop("tags", UNSET))

        category = d.pop("category", UNSET)

        link = d.pop("link", UNSET)

        faq_kb_input = cls(
            name=name,
            owner_ids=owner_ids,
            expiry=expiry,
            tags=tags,
            category=category,
            link=link,
        )

        faq_kb_input.additional_properties = d
        return faq_kb_input

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
