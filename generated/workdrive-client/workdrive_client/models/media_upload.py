from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_upload_signed_request import MediaUploadSignedRequest


T = TypeVar("T", bound="MediaUpload")


@_attrs_define
class MediaUpload:
    """Answer of Upload a Media: the id the file will be known by, the signed form POST that uploads it to storage, and the
    URL it will be served from once uploaded.

    """

    file_id: UUID
    """ Id of the file, to send as `fileId` (or `coverFileId`, …) to the API that attaches the media to a user,
    organization, post or other object once the upload is done. """
    signed_request: MediaUploadSignedRequest
    """ Where and how to post the file: the storage URL and the form fields to send with it. """
    url: str | Unset = UNSET
    """ URL the uploaded file will be available at. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = str(self.file_id)

        signed_request = self.signed_request.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "signedRequest": signed_request,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_upload_signed_request import MediaUploadSignedRequest  # noqa: PLC0415

        d = dict(src_dict)
        file_id = UUID(d.pop("fileId"))

        signed_request = MediaUploadSignedRequest.from_dict(d.pop("signedRequest"))

        url = d.pop("url", UNSET)

        media_upload = cls(
            file_id=file_id,
            signed_request=signed_request,
            url=url,
        )

        media_upload.additional_properties = d
        return media_upload

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
