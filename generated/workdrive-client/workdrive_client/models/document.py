from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_link_preview import DocumentLinkPreview
    from ..models.document_metadata import DocumentMetadata
    from ..models.file import File
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A document of the organization: its stored file, owners, category, tags, expiry and link previews. `owners`, `file`
    and `isPublished` come from the upload's `ownerIds`, `docId` and `publish` ([ERRATA: Document fields derived from
    the upload](/specs/workdrive/ERRATA.md#document-fields-derived-from-the-upload)).

    """

    id: str
    """ Id of the document (the `id` that Update a Document and Delete a Document take). """
    name: str | Unset = UNSET
    """ Name of the document. The vendor's response samples show `{}`, its request bodies a string ([ERRATA: Scalar
    fields shown as {}](/specs/workdrive/ERRATA.md#scalar-fields-shown-as-)). """
    metadata: DocumentMetadata | Unset = UNSET
    """ Metadata of the document; the vendor's documentation shows `{}`. """
    is_published: bool | Unset = UNSET
    """ Whether the document is published. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the document was last changed. """
    expiry: datetime.datetime | Unset = UNSET
    """ When the document expires. """
    file: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    tags: list[str] | Unset = UNSET
    """ Tags of the document. """
    category: str | Unset = UNSET
    """ Name of the document's category. """
    owners: list[UserSummary] | Unset = UNSET
    """ Owners of the document. """
    bookmark_id: None | str | Unset = UNSET
    """ Id of the calling user's bookmark of the document, `null` when it is not bookmarked. The vendor's
    documentation shows `{}` ([ERRATA: Scalar fields shown as {}](/specs/workdrive/ERRATA.md#scalar-fields-shown-
    as-)). """
    link_preview: list[DocumentLinkPreview] | Unset = UNSET
    """ Previews of the links of the document. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        is_published = self.is_published

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        expiry: str | Unset = UNSET
        if not isinstance(self.expiry, Unset):
            expiry = self.expiry.isoformat()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        category = self.category

        owners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = []
            for owners_item_data in self.owners:
                owners_item = owners_item_data.to_dict()
                owners.append(owners_item)

        bookmark_id: None | str | Unset
        if isinstance(self.bookmark_id, Unset):
            bookmark_id = UNSET
        else:
            bookmark_id = self.bookmark_id

        link_preview: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.link_preview, Unset):
            link_preview = []
            for link_preview_item_data in self.link_preview:
                link_preview_item = link_preview_item_data.to_dict()
                link_preview.append(link_preview_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_published is not UNSET:
            field_dict["isPublished"] = is_published
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if file is not UNSET:
            field_dict["file"] = file
        if tags is not UNSET:
            field_dict["tags"] = tags
        if category is not UNSET:
            field_dict["category"] = category
        if owners is not UNSET:
            field_dict["owners"] = owners
        if bookmark_id is not UNSET:
            field_dict["bookmarkId"] = bookmark_id
        if link_preview is not UNSET:
            field_dict["linkPreview"] = link_preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_link_preview import DocumentLinkPreview  # noqa: PLC0415
        from ..models.document_metadata import DocumentMetadata  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DocumentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DocumentMetadata.from_dict(_metadata)

        is_published = d.pop("isPublished", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _expiry = d.pop("expiry", UNSET)
        expiry: datetime.datetime | Unset
        if isinstance(_expiry, Unset):
            expiry = UNSET
        else:
            expiry = datetime.datetime.fromisoformat(_expiry)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File.from_dict(_file)

        tags = cast(list[str], d.pop("tags", UNSET))

        category = d.pop("category", UNSET)

        _owners = d.pop("owners", UNSET)
        owners: list[UserSummary] | Unset = UNSET
        if _owners is not UNSET:
            owners = []
            for owners_item_data in _owners:
                owners_item = UserSummary.from_dict(owners_item_data)

                owners.append(owners_item)

        def _parse_bookmark_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bookmark_id = _parse_bookmark_id(d.pop("bookmarkId", UNSET))

        _link_preview = d.pop("linkPreview", UNSET)
        link_preview: list[DocumentLinkPreview] | Unset = UNSET
        if _link_preview is not UNSET:
            link_preview = []
            for link_preview_item_data in _link_preview:
                link_preview_item = DocumentLinkPreview.from_dict(link_preview_item_data)

                link_preview.append(link_preview_item)

        document = cls(
            id=id,
            name=name,
            metadata=metadata,
            is_published=is_published,
            updated_at=updated_at,
            expiry=expiry,
            file=file,
            tags=tags,
            category=category,
            owners=owners,
            bookmark_id=bookmark_id,
            link_preview=link_preview,
        )

        document.additional_properties = d
        return document

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
