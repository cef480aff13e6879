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


T = TypeVar("T", bound="DocumentInput")


@_attrs_define
class DocumentInput:
    """A new document. The file itself is uploaded first through the media API; `docId` names it. Nothing is marked
    required in the vendor's documentation ([ERRATA: Required fields](/specs/workdrive/ERRATA.md#required-fields)).

    """

    name: str | Unset = UNSET
    """ Name of the document. """
    owner_ids: list[UUID] | Unset = UNSET
    """ Ids of the document's owners (see the User listing) ([ERRATA: Document field
    formats](/specs/workdrive/ERRATA.md#document-field-formats)). """
    expiry: datetime.datetime | Unset = UNSET
    """ When the document expires ([ERRATA: Document field formats](/specs/workdrive/ERRATA.md#document-field-
    formats)). """
    tags: list[str] | Unset = UNSET
    """ Tags of the document. """
    category: str | Unset = UNSET
    """ Category of the document: an existing category (see Get All Categories) or a new one. """
    doc_url: str | Unset = UNSET
    """ URL of the document. The vendor's table spells it `docURL`, its samples `docUrl` ([ERRATA: docUrl
    spelling](/specs/workdrive/ERRATA.md#docurl-spelling)). """
    link: str | Unset = UNSET
    """ Link to a page holding information about the document. """
    doc_id: UUID | Unset = UNSET
    """ Media id of the document's file (the `fileId` answered by the media upload). """
    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
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

        doc_url = self.doc_url

        link = self.link

        doc_id: str | Unset = UNSET
        if not isinstance(self.doc_id, Unset):
            doc_id = str(self.doc_id)

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

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
        if doc_url is not UNSET:
            field_dict["docUrl"] = doc_url
        if link is not UNSET:
            field_dict["link"] = link
        if doc_id is not UNSET:
            field_dict["docId"] = doc_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions import Permissions  # noqa: PLC0415

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

        doc_url = d.pop("docUrl", UNSET)

        link = d.pop("link", UNSET)

        _doc_id = d.pop("docId", UNSET)
        doc_id: UUID | Unset
        if isinstance(_doc_id, Unset):
            doc_id = UNSET
        else:
            doc_id = UUID(_doc_id)

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        document_input = cls(
            name=name,
            owner_ids=owner_ids,
            expiry=expiry,
            tags=tags,
            category=category,
            doc_url=doc_url,
            link=link,
            doc_id=doc_id,
            permissions=permissions,
        )

        document_input.additional_properties = d
        return document_input

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
