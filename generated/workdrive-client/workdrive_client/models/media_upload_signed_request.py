from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.media_upload_fields import MediaUploadFields


T = TypeVar("T", bound="MediaUploadSignedRequest")


@_attrs_define
class MediaUploadSignedRequest:
    """Where and how to post the file: the storage URL and the form fields to send with it."""

    url: str
    """ URL to post the multipart form to. The vendor's sample value is obfuscated and lacks `//` after the scheme
    ([ERRATA: Upload a Media sample values](/specs/workdrive/ERRATA.md#upload-a-media-sample-values)). """
    fields: MediaUploadFields
    """ Form fields of the signed storage upload (an S3-style presigned POST policy). Every field must be sent, with
    its value unchanged, as a field of the multipart form posted to `signedRequest.url`, followed by the file
    itself. The vendor's documentation names the fields in its sample only; the list its prose announces is missing
    ([ERRATA: Upload a Media signed request fields](/specs/workdrive/ERRATA.md#upload-a-media-signed-request-
    fields)). Further fields the storage adds are sent the same way. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_upload_fields import MediaUploadFields  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        fields = MediaUploadFields.from_dict(d.pop("fields"))

        media_upload_signed_request = cls(
            url=url,
            fields=fields,
        )

        media_upload_signed_request.additional_properties = d
        return media_upload_signed_request

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
