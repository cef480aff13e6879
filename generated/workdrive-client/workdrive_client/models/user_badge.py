from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserBadge")


@_attrs_define
class UserBadge:
    """A badge awarded to a user, as Update a User answers it in `badges`."""

    id: str
    """ Id of the badge. """
    title: str | Unset = UNSET
    """ Title of the badge. """
    description: str | Unset = UNSET
    """ What the badge rewards. """
    badge_file_name: str | Unset = UNSET
    """ File name of the badge's image. """
    org_id: str | Unset = UNSET
    """ Id of the organization the badge belongs to. """
    path: str | Unset = UNSET
    """ Storage path of the badge's image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        badge_file_name = self.badge_file_name

        org_id = self.org_id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if badge_file_name is not UNSET:
            field_dict["badgeFileName"] = badge_file_name
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        badge_file_name = d.pop("badgeFileName", UNSET)

        org_id = d.pop("orgId", UNSET)

        path = d.pop("path", UNSET)

        user_badge = cls(
            id=id,
            title=title,
            description=description,
            badge_file_name=badge_file_name,
            org_id=org_id,
            path=path,
        )

        user_badge.additional_properties = d
        return user_badge

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
