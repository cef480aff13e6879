from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostLinkPreview")


@_attrs_define
class PostLinkPreview:
    """Preview of a link found in a post or news (title, description and image of the linked page). The vendor's
    documentation shows one such object under the plural name `linkPreviews`.

    """

    title: str | Unset = UNSET
    """ Title of the linked page. """
    description: str | Unset = UNSET
    """ Description of the linked page. """
    image: str | Unset = UNSET
    """ URL of the linked page's preview image. """
    link: str | Unset = UNSET
    """ The link itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        image = self.image

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        image = d.pop("image", UNSET)

        link = d.pop("link", UNSET)

        post_link_preview = cls(
            title=title,
            description=description,
            image=image,
            link=link,
        )

        post_link_preview.additional_properties = d
        return post_link_preview

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
