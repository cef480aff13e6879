from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions import Permissions


T = TypeVar("T", bound="DocumentKbUpdate")


@_attrs_define
class DocumentKbUpdate:
    """The changes to a document's own fields (the vendor's documentation names this object `kb`). Fields left out are left
    unchanged ([ERRATA: Update a Document body](/specs/workdrive/ERRATA.md#update-a-document-body)).

    """

    name: str | Unset = UNSET
    """ New name of the document. """
    new_owner_ids: list[UUID] | Unset = UNSET
    """ Ids of users to add to the document's owners. """
    remove_owner_ids: list[UUID] | Unset = UNSET
    """ Ids of users to remove from the document's owners. """
    expiry: datetime.datetime | Unset = UNSET
    """ New expiry of the document. """
    tags: list[str] | Unset = UNSET
    """ New tags of the document. """
    category: str | Unset = UNSET
    """ New category of the document. """
    link: str | Unset = UNSET
    """ New link to a page holding information about the document. """
    is_published: bool | Unset = UNSET
    """ Whether the document is published (shown in the vendor's sample, not in its table). """
    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        new_owner_ids: list[str] | Unset = UNSET
        if not isinstance(self.new_owner_ids, Unset):
            new_owner_ids = []
            for new_owner_ids_item_data in self.new_owner_ids:
                new_owner_ids_item = str(new_owner_ids_item_data)
                new_owner_ids.append(new_owner_ids_item)

        remove_owner_ids: list[str] | Unset = UNSET
        if not isinstance(self.remove_owner_ids, Unset):
            remove_owner_ids = []
            for remove_owner_ids_item_data in self.remove_owner_ids:
                remove_owner_ids_item = str(remove_owner_ids_item_data)
                remove_owner_ids.append(remove_owner_ids_item)

        expiry: str | Unset = UNSET
        if not isinstance(self.expiry, Unset):
            expiry = self.expiry.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        category = self.category

        link = self.link

        is_published = self.is_published

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if new_owner_ids is not UNSET:
            field_dict["newOwnerIds"] = new_owner_ids
        if remove_owner_ids is not UNSET:
            field_dict["removeOwnerIds"] = remove_owner_ids
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if tags is not UNSET:
            field_dict["tags"] = tags
        if category is not UNSET:
            field_dict["category"] = category
        if link is not UNSET:
            field_dict["link"] = link
        if is_published is not UNSET:
            field_dict["isPublished"] = is_published
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions import Permissions  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _new_owner_ids = d.pop("newOwnerIds", UNSET)
        new_owner_ids: list[UUID] | Unset = UNSET
        if _new_owner_ids is not UNSET:
            new_owner_ids = []
            for new_owner_ids_item_data in _new_owner_ids:
                new_owner_ids_item = UUID(new_owner_ids_item_data)

                new_owner_ids.append(new_owner_ids_item)

        _remove_owner_ids = d.pop("removeOwnerIds", UNSET)
        remove_owner_ids: list[UUID] | Unset = UNSET
        if _remove_owner_ids is not UNSET:
            remove_owner_ids = []
            for remove_owner_ids_item_data in _remove_owner_ids:
                remove_owner_ids_item = UUID(remove_owner_ids_item_data)

                remove_owner_ids.append(remove_owner_ids_item)

        _expiry = d.pop("expiry", UNSET)
        expiry: datetime.datetime | Unset
        if isinstance(_expiry, Unset):
            expiry = UNSET
        else:
            expiry = datetime.datetime.fromisoformat(_expiry)

        tags = cast(list[str], d.pop("tags", UNSET))

        category = d.pop("category", UNSET)

        link = d.pop("link", UNSET)

        is_published = d.pop("isPublished", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        document_kb_update = cls(
            name=name,
            new_owner_ids=new_owner_ids,
            remove_owner_ids=remove_owner_ids,
            expiry=expiry,
            tags=tags,
            category=category,
            link=link,
            is_published=is_published,
            permissions=permissions,
        )

        document_kb_update.additional_properties = d
        return document_kb_update

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
