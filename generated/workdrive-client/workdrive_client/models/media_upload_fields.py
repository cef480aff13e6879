from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaUploadFields")


@_attrs_define
class MediaUploadFields:
    """Form fields of the signed storage upload (an S3-style presigned POST policy). Every field must be sent, with its
    value unchanged, as a field of the multipart form posted to `signedRequest.url`, followed by the file itself. The
    vendor's documentation names the fields in its sample only; the list its prose announces is missing ([ERRATA: Upload
    a Media signed request fields](/specs/workdrive/ERRATA.md#upload-a-media-signed-request-fields)). Further fields the
    storage adds are sent the same way.

    """

    key: str | Unset = UNSET
    """ Storage key (path) the file will be stored under. """
    content_type: str | Unset = UNSET
    """ MIME type of the file, as requested in `mime`. """
    acl: str | Unset = UNSET
    """ Access control of the stored file (the vendor's documentation shows `public-read`). """
    bucket: str | Unset = UNSET
    """ Storage bucket receiving the file. """
    x_amz_algorithm: str | Unset = UNSET
    """ Signing algorithm (`AWS4-HMAC-SHA256`). """
    x_amz_credential: str | Unset = UNSET
    """ Credential scope of the signature. """
    x_amz_date: str | Unset = UNSET
    """ Signing time, `YYYYMMDDTHHMMSSZ`. """
    policy: str | Unset = UNSET
    """ Base64-encoded upload policy. """
    x_amz_signature: str | Unset = UNSET
    """ Hex-encoded signature of the policy. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        content_type = self.content_type

        acl = self.acl

        bucket = self.bucket

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_credential = self.x_amz_credential

        x_amz_date = self.x_amz_date

        policy = self.policy

        x_amz_signature = self.x_amz_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["Key"] = key
        if content_type is not UNSET:
            field_dict["Content-Type"] = content_type
        if acl is not UNSET:
            field_dict["ACL"] = acl
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if x_amz_algorithm is not UNSET:
            field_dict["X-Amz-Algorithm"] = x_amz_algorithm
        if x_amz_credential is not UNSET:
            field_dict["X-Amz-Credential"] = x_amz_credential
        if x_amz_date is not UNSET:
            field_dict["X-Amz-Date"] = x_amz_date
        if policy is not UNSET:
            field_dict["Policy"] = policy
        if x_amz_signature is not UNSET:
            field_dict["X-Amz-Signature"] = x_amz_signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("Key", UNSET)

        content_type = d.pop("Content-Type", UNSET)

        acl = d.pop("ACL", UNSET)

        bucket = d.pop("bucket", UNSET)

        x_amz_algorithm = d.pop("X-Amz-Algorithm", UNSET)

        x_amz_credential = d.pop("X-Amz-Credential", UNSET)

        x_amz_date = d.pop("X-Amz-Date", UNSET)

        policy = d.pop("Policy", UNSET)

        x_amz_signature = d.pop("X-Amz-Signature", UNSET)

        media_upload_fields = cls(
            key=key,
            content_type=content_type,
            acl=acl,
            bucket=bucket,
            x_amz_algorithm=x_amz_algorithm,
            x_amz_credential=x_amz_credential,
            x_amz_date=x_amz_date,
            policy=policy,
            x_amz_signature=x_amz_signature,
        )

        media_upload_fields.additional_properties = d
        return media_upload_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
