from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions import Permissions
    from ..models.text_location import TextLocation


T = TypeVar("T", bound="NewsInput")


@_attrs_define
class NewsInput:
    """Writable fields of a news, the body of Create a News and Update a News. The vendor's documentation marks no field
    required, so none is ([ERRATA: News body: no required field](/specs/workdrive/ERRATA.md#news-body-no-required-
    field)).

    """

    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    tags: list[str] | Unset = UNSET
    """ Tags of the news. The vendor's table says Array, its sample sends one string ([ERRATA: Single values where
    the table says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). """
    mention: list[UUID] | Unset = UNSET
    """ Ids of the users mentioned in the news (see the user listing); several users can be mentioned. Spelt
    `mention`, singular, as in the vendor's documentation ([ERRATA: Single values where the table says
    Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). """
    file_ids: list[UUID] | Unset = UNSET
    """ Ids of the pictures and videos attached to the news, uploaded beforehand with the media upload API. """
    location: TextLocation | Unset = UNSET
    """ A free-text address, optionally with coordinates, attached to a post or a news. """
    tagged_user_ids: list[UUID] | Unset = UNSET
    """ Ids of the users tagged in the news (see the user listing); several users can be tagged. """
    gif: str | Unset = UNSET
    """ Link of the GIF attached to the news. """
    links: list[str] | Unset = UNSET
    """ Links (URLs) shared in the news. The vendor's table says Array, its sample sends one string ([ERRATA: Single
    values where the table says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). """
    news_title: str | Unset = UNSET
    """ Title of the news. """
    category: str | Unset = UNSET
    """ Name of the news' category (see the category listing). The vendor's documentation spells the description
    "Catergory name". """
    cover_image: UUID | Unset = UNSET
    """ Media id of the news' cover image, uploaded beforehand with the media upload API; answers show the media
    object ([ERRATA: News coverImage: id in, object out](/specs/workdrive/ERRATA.md#news-coverimage-id-in-object-
    out)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        mention: list[str] | Unset = UNSET
        if not isinstance(self.mention, Unset):
            mention = []
            for mention_item_data in self.mention:
                mention_item = str(mention_item_data)
                mention.append(mention_item)

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = []
            for file_ids_item_data in self.file_ids:
                file_ids_item = str(file_ids_item_data)
                file_ids.append(file_ids_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        tagged_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.tagged_user_ids, Unset):
            tagged_user_ids = []
            for tagged_user_ids_item_data in self.tagged_user_ids:
                tagged_user_ids_item = str(tagged_user_ids_item_data)
                tagged_user_ids.append(tagged_user_ids_item)

        gif = self.gif

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        news_title = self.news_title

        category = self.category

        cover_image: str | Unset = UNSET
        if not isinstance(self.cover_image, Unset):
            cover_image = str(self.cover_image)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if tags is not UNSET:
            field_dict["tags"] = tags
        if mention is not UNSET:
            field_dict["mention"] = mention
        if file_ids is not UNSET:
            field_dict["fileIds"] = file_ids
        if location is not UNSET:
            field_dict["location"] = location
        if tagged_user_ids is not UNSET:
            field_dict["taggedUserIds"] = tagged_user_ids
        if gif is not UNSET:
            field_dict["gif"] = gif
        if links is not UNSET:
            field_dict["links"] = links
        if news_title is not UNSET:
            field_dict["newsTitle"] = news_title
        if category is not UNSET:
            field_dict["category"] = category
        if cover_image is not UNSET:
            field_dict["coverImage"] = cover_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.text_location import TextLocation  # noqa: PLC0415

        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        tags = cast(list[str], d.pop("tags", UNSET))

        _mention = d.pop("mention", UNSET)
        mention: list[UUID] | Unset = UNSET
        if _mention is not UNSET:
            mention = []
            for mention_item_data in _mention:
                mention_item = UUID(mention_item_data)

                mention.append(mention_item)

        _file_ids = d.pop("fileIds", UNSET)
        file_ids: list[UUID] | Unset = UNSET
        if _file_ids is not UNSET:
            file_ids = []
            for file_ids_item_data in _file_ids:
                file_ids_item = UUID(file_ids_item_data)

                file_ids.append(file_ids_item)

        _location = d.pop("location", UNSET)
        location: TextLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = TextLocation.from_dict(_location)

        _tagged_user_ids = d.pop("taggedUserIds", UNSET)
        tagged_user_ids: list[UUID] | Unset = UNSET
        if _tagged_user_ids is not UNSET:
            tagged_user_ids = []
            for tagged_user_ids_item_data in _tagged_user_ids:
                tagged_user_ids_item = UUID(tagged_user_ids_item_data)

                tagged_user_ids.append(tagged_user_ids_item)

        gif = d.pop("gif", UNSET)

        links = cast(list[str], d.pop("links", UNSET))

        news_title = d.pop("newsTitle", UNSET)

        category = d.pop("category", UNSET)

        _cover_image = d.pop("coverImage", UNSET)
        cover_image: UUID | Unset
        if isinstance(_cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = UUID(_cover_image)

        news_input = cls(
            permissions=permissions,
            tags=tags,
            mention=mention,
            file_ids=file_ids,
            location=location,
            tagged_user_ids=tagged_user_ids,
            gif=gif,
            links=links,
            news_title=news_title,
            category=category,
            cover_image=cover_image,
        )

        news_input.additional_properties = d
        return news_input

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
