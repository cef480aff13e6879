from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Permissions")


@_attrs_define
class Permissions:
    """Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches.

    """

    users: list[UUID] | Unset = UNSET
    """ Ids of users who may see the content. """
    groups: list[UUID] | Unset = UNSET
    """ Ids of security groups whose members may see the content. """
    locations: list[UUID] | Unset = UNSET
    """ Ids of locations whose members may see the content. """
    tagged_users: list[UUID] | Unset = UNSET
    """ Ids of users tagged in the content. """
    public: bool | Unset = UNSET
    """ Everyone in the organization may see it. """
    friends: bool | Unset = UNSET
    """ The author's friends may see it. """
    only_me: bool | Unset = UNSET
    """ Only the author may see it. """
    team: bool | Unset = UNSET
    """ The author's team may see it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = str(users_item_data)
                users.append(users_item)

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = str(groups_item_data)
                groups.append(groups_item)

        locations: list[str] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = str(locations_item_data)
                locations.append(locations_item)

        tagged_users: list[str] | Unset = UNSET
        if not isinstance(self.tagged_users, Unset):
            tagged_users = []
            for tagged_users_item_data in self.tagged_users:
                tagged_users_item = str(tagged_users_item_data)
                tagged_users.append(tagged_users_item)

        public = self.public

        friends = self.friends

        only_me = self.only_me

        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if groups is not UNSET:
            field_dict["groups"] = groups
        if locations is not UNSET:
            field_dict["locations"] = locations
        if tagged_users is not UNSET:
            field_dict["taggedUsers"] = tagged_users
        if public is not UNSET:
            field_dict["public"] = public
        if friends is not UNSET:
            field_dict["friends"] = friends
        if only_me is not UNSET:
            field_dict["onlyMe"] = only_me
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[UUID] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = UUID(users_item_data)

                users.append(users_item)

        _groups = d.pop("groups", UNSET)
        groups: list[UUID] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UUID(groups_item_data)

                groups.append(groups_item)

        _locations = d.pop("locations", UNSET)
        locations: list[UUID] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = UUID(locations_item_data)

                locations.append(locations_item)

        _tagged_users = d.pop("taggedUsers", UNSET)
        tagged_users: list[UUID] | Unset = UNSET
        if _tagged_users is not UNSET:
            tagged_users = []
            for tagged_users_item_data in _tagged_users:
                tagged_users_item = UUID(tagged_users_item_data)

                tagged_users.append(tagged_users_item)

        public = d.pop("public", UNSET)

        friends = d.pop("friends", UNSET)

        only_me = d.pop("onlyMe", UNSET)

        team = d.pop("team", UNSET)

        permissions = cls(
            users=users,
            groups=groups,
            locations=locations,
            tagged_users=tagged_users,
            public=public,
            friends=friends,
            only_me=only_me,
            team=team,
        )

        permissions.additional_properties = d
        return permissions

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
