from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotRole")


@_attrs_define
class BotRole:
    """A bot role of a user."""

    role_id: str | Unset = UNSET
    """ ID of the role. """
    role_name: str | Unset = UNSET
    """ Name of the role. """
    groups: list[str] | Unset = UNSET
    """ Names of the groups through which the user holds the role. """
    bot_id: str | Unset = UNSET
    """ ID of the bot (`st-…`). """
    bot_name: str | Unset = UNSET
    """ Name of the bot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        role_name = self.role_name

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        bot_id = self.bot_id

        bot_name = self.bot_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if groups is not UNSET:
            field_dict["groups"] = groups
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if bot_name is not UNSET:
            field_dict["botName"] = bot_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("roleId", UNSET)

        role_name = d.pop("roleName", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        bot_id = d.pop("botId", UNSET)

        bot_name = d.pop("botName", UNSET)

        bot_role = cls(
            role_id=role_id,
            role_name=role_name,
            groups=groups,
            bot_id=bot_id,
            bot_name=bot_name,
        )

        bot_role.additional_properties = d
        return bot_role

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
