from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions import Permissions


T = TypeVar("T", bound="VideoUpdate")


@_attrs_define
class VideoUpdate:
    """Fields of a video that Update a Video changes: title, description, thumbnail and who may see it. Fields left out
    keep their value; the vendor's documentation marks none required.

    """

    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    title: str | Unset = UNSET
    """ Title of the video. """
    description: str | Unset = UNSET
    """ Description of the video. """
    thumbnail_file_id: UUID | Unset = UNSET
    """ Media id of the new thumbnail, uploaded beforehand with the media upload API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        title = self.title

        description = self.description

        thumbnail_file_id: str | Unset = UNSET
        if not isinstance(self.thumbnail_file_id, Unset):
            thumbnail_file_id = str(self.thumbnail_file_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if thumbnail_file_id is not UNSET:
            field_dict["thumbnailFileId"] = thumbnail_file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions import Permissions  # noqa: PLC0415

        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _thumbnail_file_id = d.pop("thumbnailFileId", UNSET)
        thumbnail_file_id: UUID | Unset
        if isinstance(_thumbnail_file_id, Unset):
            thumbnail_file_id = UNSET
        else:
            thumbnail_file_id = UUID(_thumbnail_file_id)

        video_update = cls(
            permissions=permissions,
            title=title,
            description=description,
            thumbnail_file_id=thumbnail_file_id,
        )

        video_update.additional_properties = d
        return video_update

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
