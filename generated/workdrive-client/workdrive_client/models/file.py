from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_metadata import FileMetadata
    from ..models.file_processing import FileProcessing
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """A stored media file (picture, video or document) as the API answers it: where it is, what it is, its renditions and
    its owner.

    """

    id: str | Unset = UNSET
    """ Id of the file (the `fileId` of the media upload). """
    mime: str | Unset = UNSET
    """ MIME type of the file. """
    path: str | Unset = UNSET
    """ Storage path of the file. """
    name: str | Unset = UNSET
    """ File name. """
    processing: FileProcessing | Unset = UNSET
    """ Processing state of the file (transcoding); the vendor's documentation shows `{}`. """
    metadata: FileMetadata | Unset = UNSET
    """ Metadata of the file; the vendor's documentation shows `{}`. """
    size: int | Unset = UNSET
    """ Size in bytes. """
    url: str | Unset = UNSET
    """ URL of the file. """
    cdn: str | Unset = UNSET
    """ CDN URL of the file. """
    bucket: str | Unset = UNSET
    """ Storage bucket holding the file. """
    mp_4_urls: list[str] | Unset = UNSET
    """ URLs of MP4 renditions (videos). """
    hls_url: str | Unset = UNSET
    """ HLS stream URL (videos). """
    dash_url: str | Unset = UNSET
    """ DASH stream URL (videos). """
    thumbnail: str | Unset = UNSET
    """ Thumbnail URL. """
    is_image: bool | Unset = UNSET
    """ The file is an image. """
    is_video: bool | Unset = UNSET
    """ The file is a video. """
    is_doc: bool | Unset = UNSET
    """ The file is a document. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the file was uploaded. """
    owner: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mime = self.mime

        path = self.path

        name = self.name

        processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing, Unset):
            processing = self.processing.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        size = self.size

        url = self.url

        cdn = self.cdn

        bucket = self.bucket

        mp_4_urls: list[str] | Unset = UNSET
        if not isinstance(self.mp_4_urls, Unset):
            mp_4_urls = self.mp_4_urls

        hls_url = self.hls_url

        dash_url = self.dash_url

        thumbnail = self.thumbnail

        is_image = self.is_image

        is_video = self.is_video

        is_doc = self.is_doc

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mime is not UNSET:
            field_dict["mime"] = mime
        if path is not UNSET:
            field_dict["path"] = path
        if name is not UNSET:
            field_dict["name"] = name
        if processing is not UNSET:
            field_dict["processing"] = processing
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url
        if cdn is not UNSET:
            field_dict["cdn"] = cdn
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if mp_4_urls is not UNSET:
            field_dict["mp4Urls"] = mp_4_urls
        if hls_url is not UNSET:
            field_dict["hlsUrl"] = hls_url
        if dash_url is not UNSET:
            field_dict["dashUrl"] = dash_url
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if is_image is not UNSET:
            field_dict["isImage"] = is_image
        if is_video is not UNSET:
            field_dict["isVideo"] = is_video
        if is_doc is not UNSET:
            field_dict["isDoc"] = is_doc
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_metadata import FileMetadata  # noqa: PLC0415
        from ..models.file_processing import FileProcessing  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        mime = d.pop("mime", UNSET)

        path = d.pop("path", UNSET)

        name = d.pop("name", UNSET)

        _processing = d.pop("processing", UNSET)
        processing: FileProcessing | Unset
        if isinstance(_processing, Unset):
            processing = UNSET
        else:
            processing = FileProcessing.from_dict(_processing)

        _metadata = d.pop("metadata", UNSET)
        metadata: FileMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = FileMetadata.from_dict(_metadata)

        size = d.pop("size", UNSET)

        url = d.pop("url", UNSET)

        cdn = d.pop("cdn", UNSET)

        bucket = d.pop("bucket", UNSET)

        mp_4_urls = cast(list[str], d.pop("mp4Urls", UNSET))

        hls_url = d.pop("hlsUrl", UNSET)

        dash_url = d.pop("dashUrl", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        is_image = d.pop("isImage", UNSET)

        is_video = d.pop("isVideo", UNSET)

        is_doc = d.pop("isDoc", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _owner = d.pop("owner", UNSET)
        owner: UserSummary | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = UserSummary.from_dict(_owner)

        file = cls(
            id=id,
            mime=mime,
            path=path,
            name=name,
            processing=processing,
            metadata=metadata,
            size=size,
            url=url,
            cdn=cdn,
            bucket=bucket,
            mp_4_urls=mp_4_urls,
            hls_url=hls_url,
            dash_url=dash_url,
            thumbnail=thumbnail,
            is_image=is_image,
            is_video=is_video,
            is_doc=is_doc,
            created_at=created_at,
            owner=owner,
        )

        file.additional_properties = d
        return file

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
