from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="GetOrCreateUserRequest")


@_attrs_define
class GetOrCreateUserRequest:
    tags: Tags
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    name: str | Unset = UNSET
    """ Name of the user """
    picture_url: str | Unset = UNSET
    """ URI of the user picture """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags.to_dict()

        name = self.name

        picture_url = self.picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if picture_url is not UNSET:
            field_dict["pictureUrl"] = picture_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        tags = Tags.from_dict(d.pop("tags"))

        name = d.pop("name", UNSET)

        picture_url = d.pop("pictureUrl", UNSET)

        get_or_create_user_request = cls(
            tags=tags,
            name=name,
            picture_url=picture_url,
        )

        get_or_create_user_request.additional_properties = d
        return get_or_create_user_request

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
