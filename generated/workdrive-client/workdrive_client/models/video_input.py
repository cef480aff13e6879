from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_source import VideoSource, check_video_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions import Permissions
    from ..models.video_meta import VideoMeta


T = TypeVar("T", bound="VideoInput")


@_attrs_define
class VideoInput:
    """Fields of a new video, sent to Create a Video: an uploaded video file (or the URL of an external video in `meta`),
    its thumbnail, title, description and who may see it. The vendor's documentation marks none of them required.

    """

    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    title: str | Unset = UNSET
    """ Title of the video. """
    description: str | Unset = UNSET
    """ Description of the video. """
    video_file_id: UUID | Unset = UNSET
    """ Media id of the video file, uploaded beforehand with the media upload API. """
    thumbnail_file_id: UUID | Unset = UNSET
    """ Media id of the video's thumbnail, uploaded beforehand with the media upload API. """
    meta: VideoMeta | Unset = UNSET
    """ Extra data of a video. The vendor's documentation lists one field, the URL of an external video (YouTube,
    Vimeo); its samples send and answer `{}`. """
    source: VideoSource | Unset = UNSET
    """ Where a video comes from: 1 YouTube, 2 Vimeo, 3 custom (uploaded), 4 recording. The vendor's table types it
    `number` and gives these four values; its response samples show the placeholder `0` ([ERRATA: Video
    source](/specs/workdrive/ERRATA.md#video-source)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        title = self.title

        description = self.description

        video_file_id: str | Unset = UNSET
        if not isinstance(self.video_file_id, Unset):
            video_file_id = str(self.video_file_id)

        thumbnail_file_id: str | Unset = UNSET
        if not isinstance(self.thumbnail_file_id, Unset):
            thumbnail_file_id = str(self.thumbnail_file_id)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        source: int | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if video_file_id is not UNSET:
            field_dict["videoFileId"] = video_file_id
        if thumbnail_file_id is not UNSET:
            field_dict["thumbnailFileId"] = thumbnail_file_id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.video_meta import VideoMeta  # noqa: PLC0415

        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _video_file_id = d.pop("videoFileId", UNSET)
        video_file_id: UUID | Unset
        if isinstance(_video_file_id, Unset):
            video_file_id = UNSET
        else:
            video_file_id = UUID(_video_file_id)

        _thumbnail_file_id = d.pop("thumbnailFileId", UNSET)
        thumbnail_file_id: UUID | Unset
        if isinstance(_thumbnail_file_id, Unset):
            thumbnail_file_id = UNSET
        else:
            thumbnail_file_id = UUID(_thumbnail_file_id)

        _meta = d.pop("meta", UNSET)
        meta: VideoMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = VideoMeta.from_dict(_meta)

        _source = d.pop("source", UNSET)
        source: VideoSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_video_source(_source)

        video_input = cls(
            permissions=permissions,
            title=title,
            description=description,
            video_file_id=video_file_id,
            thumbnail_file_id=thumbnail_file_id,
            meta=meta,
            source=source,
        )

        video_input.additional_properties = d
        return video_input

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
