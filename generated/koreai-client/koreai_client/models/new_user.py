from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_task_assignment import BotTaskAssignment
    from ..models.new_user_info import NewUserInfo
    from ..models.role_assignment import RoleAssignment


T = TypeVar("T", bound="NewUser")


@_attrs_define
class NewUser:
    """A user to add to the account: profile, groups, roles, assigned tasks and permissions (vendor's documentation:
    section “Create User API”).

    """

    user_info: NewUserInfo
    """ Profile of a user to add: a `UserInfo` whose `emailId` is required ([ERRATA: Required
    fields](/specs/koreai/ERRATA.md#required-fields)). """
    groups: list[str] | Unset = UNSET
    """ IDs of the groups (`e-…`) the user joins. """
    roles: list[RoleAssignment] | Unset = UNSET
    """ Roles given to the user. """
    assign_bot_tasks: list[BotTaskAssignment] | Unset = UNSET
    """ Bot tasks the user may work on. """
    can_create_bot: bool | Unset = True
    """ Whether the user may create bots (true when omitted). """
    is_developer: bool | Unset = True
    """ Whether the user may use the App Builder (true when omitted). """
    include_meta: bool | Unset = False
    """ Set to true to have the answer encrypted, as the vendor's documentation puts it; false when omitted
    ([ERRATA: includeMeta](/specs/koreai/ERRATA.md#includemeta)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_info = self.user_info.to_dict()

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        assign_bot_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assign_bot_tasks, Unset):
            assign_bot_tasks = []
            for assign_bot_tasks_item_data in self.assign_bot_tasks:
                assign_bot_tasks_item = assign_bot_tasks_item_data.to_dict()
                assign_bot_tasks.append(assign_bot_tasks_item)

        can_create_bot = self.can_create_bot

        is_developer = self.is_developer

        include_meta = self.include_meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userInfo": user_info,
            }
        )
        if groups is not UNSET:
            field_dict["groups"] = groups
        if roles is not UNSET:
            field_dict["roles"] = roles
        if assign_bot_tasks is not UNSET:
            field_dict["assignBotTasks"] = assign_bot_tasks
        if can_create_bot is not UNSET:
            field_dict["canCreateBot"] = can_create_bot
        if is_developer is not UNSET:
            field_dict["isDeveloper"] = is_developer
        if include_meta is not UNSET:
            field_dict["includeMeta"] = include_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_task_assignment import BotTaskAssignment  # noqa: PLC0415
        from ..models.new_user_info import NewUserInfo  # noqa: PLC0415
        from ..models.role_assignment import RoleAssignment  # noqa: PLC0415

        d = dict(src_dict)
        user_info = NewUserInfo.from_dict(d.pop("userInfo"))

        groups = cast(list[str], d.pop("groups", UNSET))

        _roles = d.pop("roles", UNSET)
        roles: list[RoleAssignment] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = RoleAssignment.from_dict(roles_item_data)

                roles.append(roles_item)

        _assign_bot_tasks = d.pop("assignBotTasks", UNSET)
        assign_bot_tasks: list[BotTaskAssignment] | Unset = UNSET
        if _assign_bot_tasks is not UNSET:
            assign_bot_tasks = []
            for assign_bot_tasks_item_data in _assign_bot_tasks:
                assign_bot_tasks_item = BotTaskAssignment.from_dict(assign_bot_tasks_item_data)

                assign_bot_tasks.append(assign_bot_tasks_item)

        can_create_bot = d.pop("canCreateBot", UNSET)

        is_developer = d.pop("isDeveloper", UNSET)

        include_meta = d.pop("includeMeta", UNSET)

        new_user = cls(
            user_info=user_info,
            groups=groups,
            roles=roles,
            assign_bot_tasks=assign_bot_tasks,
            can_create_bot=can_create_bot,
            is_developer=is_developer,
            include_meta=include_meta,
        )

        new_user.additional_properties = d
        return new_user

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
