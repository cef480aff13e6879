from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A chat user of a bot, as created by the bot or by one of its integrations."""

    id: str
    """ ID of the User. (The vendor's documentation says "ID of the Conversation", a copy-paste slip; [ERRATA: Copy-
    pasted field descriptions](/specs/botpress/ERRATA.md#copy-pasted-field-descriptions).) """
    created_at: datetime.datetime
    """ Creation date of the User in ISO 8601 format """
    updated_at: datetime.datetime
    """ Updating date of the User in ISO 8601 format """
    tags: Tags
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    name: str | Unset = UNSET
    """ Name of the User """
    picture_url: str | Unset = UNSET
    """ Picture URL of the User """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        tags = self.tags.to_dict()

        name = self.name

        picture_url = self.picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
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
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        tags = Tags.from_dict(d.pop("tags"))

        name = d.pop("name", UNSET)

        picture_url = d.pop("pictureUrl", UNSET)

        user = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            tags=tags,
            name=name,
            picture_url=picture_url,
        )

        user.additional_properties = d
        return user

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
