from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleAssignment")


@_attrs_define
class RoleAssignment:
    """A role given to a user: a bot role when `botId` (or, in older versions of the API, `streamId`) names a bot, an admin
    role otherwise ([ERRATA: Role bot identifier](/specs/koreai/ERRATA.md#role-bot-identifier)).

    """

    role_id: str | Unset = UNSET
    """ ID of the role. """
    bot_id: str | Unset = UNSET
    """ ID of the bot (`st-…`) the bot role applies to. """
    stream_id: str | Unset = UNSET
    """ Older name of `botId`, still shown in some versions of the docs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        bot_id = self.bot_id

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if stream_id is not UNSET:
            field_dict["streamId"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("roleId", UNSET)

        bot_id = d.pop("botId", UNSET)

        stream_id = d.pop("streamId", UNSET)

        role_assignment = cls(
            role_id=role_id,
            bot_id=bot_id,
            stream_id=stream_id,
        )

        role_assignment.additional_properties = d
        return role_assignment

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
