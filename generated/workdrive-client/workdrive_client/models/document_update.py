from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_kb_update import DocumentKbUpdate
    from ..models.permissions import Permissions


T = TypeVar("T", bound="DocumentUpdate")


@_attrs_define
class DocumentUpdate:
    """Changes to a document: a new file (`docId`, `docUrl`), its own fields (`kb`) and who may see it (`permissions`). The
    vendor's documentation shows `permissions` both at the top level and inside `kb` without saying which one applies
    when both are sent ([ERRATA: Update a Document body](/specs/workdrive/ERRATA.md#update-a-document-body)).

    """

    doc_id: UUID | Unset = UNSET
    """ Media id of the document's new file (the `fileId` answered by the media upload). """
    doc_url: str | Unset = UNSET
    """ New URL of the document ([ERRATA: docUrl spelling](/specs/workdrive/ERRATA.md#docurl-spelling)). """
    kb: DocumentKbUpdate | Unset = UNSET
    """ The changes to a document's own fields (the vendor's documentation names this object `kb`). Fields left out
    are left unchanged ([ERRATA: Update a Document body](/specs/workdrive/ERRATA.md#update-a-document-body)). """
    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_id: str | Unset = UNSET
        if not isinstance(self.doc_id, Unset):
            doc_id = str(self.doc_id)

        doc_url = self.doc_url

        kb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kb, Unset):
            kb = self.kb.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_id is not UNSET:
            field_dict["docId"] = doc_id
        if doc_url is not UNSET:
            field_dict["docUrl"] = doc_url
        if kb is not UNSET:
            field_dict["kb"] = kb
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_kb_update import DocumentKbUpdate  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415

        d = dict(src_dict)
        _doc_id = d.pop("docId", UNSET)
        doc_id: UUID | Unset
        if isinstance(_doc_id, Unset):
            doc_id = UNSET
        else:
            doc_id = UUID(_doc_id)

        doc_url = d.pop("docUrl", UNSET)

        _kb = d.pop("kb", UNSET)
        kb: DocumentKbUpdate | Unset
        if isinstance(_kb, Unset):
            kb = UNSET
        else:
            kb = DocumentKbUpdate.from_dict(_kb)

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        document_update = cls(
            doc_id=doc_id,
            doc_url=doc_url,
            kb=kb,
            permissions=permissions,
        )

        document_update.additional_properties = d
        return document_update

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
