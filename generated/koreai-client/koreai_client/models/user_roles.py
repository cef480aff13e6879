from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_role import AdminRole
    from ..models.bot_role import BotRole


T = TypeVar("T", bound="UserRoles")


@_attrs_define
class UserRoles:
    """Roles of a user, bot roles and admin roles apart (Get User Information)."""

    bt_roles: list[BotRole] | Unset = UNSET
    """ Bot roles of the user, one per bot. """
    admin_roles: list[AdminRole] | Unset = UNSET
    """ Admin roles of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bt_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bt_roles, Unset):
            bt_roles = []
            for bt_roles_item_data in self.bt_roles:
                bt_roles_item = bt_roles_item_data.to_dict()
                bt_roles.append(bt_roles_item)

        admin_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.admin_roles, Unset):
            admin_roles = []
            for admin_roles_item_data in self.admin_roles:
                admin_roles_item = admin_roles_item_data.to_dict()
                admin_roles.append(admin_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bt_roles is not UNSET:
            field_dict["btRoles"] = bt_roles
        if admin_roles is not UNSET:
            field_dict["adminRoles"] = admin_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_role import AdminRole  # noqa: PLC0415
        from ..models.bot_role import BotRole  # noqa: PLC0415

        d = dict(src_dict)
        _bt_roles = d.pop("btRoles", UNSET)
        bt_roles: list[BotRole] | Unset = UNSET
        if _bt_roles is not UNSET:
            bt_roles = []
            for bt_roles_item_data in _bt_roles:
                bt_roles_item = BotRole.from_dict(bt_roles_item_data)

                bt_roles.append(bt_roles_item)

        _admin_roles = d.pop("adminRoles", UNSET)
        admin_roles: list[AdminRole] | Unset = UNSET
        if _admin_roles is not UNSET:
            admin_roles = []
            for admin_roles_item_data in _admin_roles:
                admin_roles_item = AdminRole.from_dict(admin_roles_item_data)

                admin_roles.append(admin_roles_item)

        user_roles = cls(
            bt_roles=bt_roles,
            admin_roles=admin_roles,
        )

        user_roles.additional_properties = d
        return user_roles

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
