from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_video_meta import MessageVideoMeta
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="MessageVideo")


@_attrs_define
class MessageVideo:
    """A video attached to a message."""

    id: str | Unset = UNSET
    """ Id of the video. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the video was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the video was last updated. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the video. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last updated the video. """
    title: str | Unset = UNSET
    """ Title of the video. """
    description: str | Unset = UNSET
    """ Description of the video. """
    source: int | Unset = UNSET
    """ Where the video comes from, as a number code. """
    video_file_id: str | Unset = UNSET
    """ Id of the video file. """
    user: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    thumbnail_file_id: str | Unset = UNSET
    """ Id of the thumbnail file. """
    meta: MessageVideoMeta | Unset = UNSET
    """ Further data of the video; the vendor's documentation shows `{}`. """
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

        title = self.title

        description = self.description

        source = self.source

        video_file_id = self.video_file_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        thumbnail_file_id = self.thumbnail_file_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if video_file_id is not UNSET:
            field_dict["videoFileId"] = video_file_id
        if user is not UNSET:
            field_dict["user"] = user
        if thumbnail_file_id is not UNSET:
            field_dict["thumbnailFileId"] = thumbnail_file_id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_video_meta import MessageVideoMeta  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

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

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        source = d.pop("source", UNSET)

        video_file_id = d.pop("videoFileId", UNSET)

        _user = d.pop("user", UNSET)
        user: UserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserSummary.from_dict(_user)

        thumbnail_file_id = d.pop("thumbnailFileId", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: MessageVideoMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = MessageVideoMeta.from_dict(_meta)

        message_video = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            title=title,
            description=description,
            source=source,
            video_file_id=video_file_id,
            user=user,
            thumbnail_file_id=thumbnail_file_id,
            meta=meta,
        )

        message_video.additional_properties = d
        return message_video

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
