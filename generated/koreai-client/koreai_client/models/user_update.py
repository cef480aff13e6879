from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_task_assignment import BotTaskAssignment
    from ..models.group_changes import GroupChanges
    from ..models.role_changes import RoleChanges
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Changes to one existing user, named by `userInfo.emailId` or `userInfo.orgUserId`. Groups and roles are changed with
    `addTo` and `removeFrom` lists; profile fields not given are left unchanged (vendor's documentation: section “Update
    User API”; [ERRATA: Required fields](/specs/koreai/ERRATA.md#required-fields)).

    """

    user_info: UserInfo | Unset = UNSET
    """ Profile of a user of the account, as Create User and Update User take it. `emailId` is required when
    creating a user (`NewUserInfo`); when updating, the user is named by `emailId` or `orgUserId` ([ERRATA: Required
    fields](/specs/koreai/ERRATA.md#required-fields)). """
    groups: GroupChanges | Unset = UNSET
    """ Groups to add a user to and remove the user from (Update User). """
    roles: RoleChanges | Unset = UNSET
    """ Roles to give to and take from a user (Update User). """
    assign_bot_tasks: list[BotTaskAssignment] | Unset = UNSET
    """ Bot tasks the user may work on; when absent, the current assignment is kept. """
    can_create_bot: bool | Unset = UNSET
    """ Whether the user may create bots. """
    is_developer: bool | Unset = UNSET
    """ Whether the user may use the App Builder. """
    include_meta: bool | Unset = False
    """ Set to true to have the answer encrypted, as the vendor's documentation puts it; false when omitted
    ([ERRATA: includeMeta](/specs/koreai/ERRATA.md#includemeta)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

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
        field_dict.update({})
        if user_info is not UNSET:
            field_dict["userInfo"] = user_info
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
        from ..models.group_changes import GroupChanges  # noqa: PLC0415
        from ..models.role_changes import RoleChanges  # noqa: PLC0415
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = dict(src_dict)
        _user_info = d.pop("userInfo", UNSET)
        user_info: UserInfo | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = UserInfo.from_dict(_user_info)

        _groups = d.pop("groups", UNSET)
        groups: GroupChanges | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = GroupChanges.from_dict(_groups)

        _roles = d.pop("roles", UNSET)
        roles: RoleChanges | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = RoleChanges.from_dict(_roles)

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

        user_update = cls(
            user_info=user_info,
            groups=groups,
            roles=roles,
            assign_bot_tasks=assign_bot_tasks,
            can_create_bot=can_create_bot,
            is_developer=is_developer,
            include_meta=include_meta,
        )

        user_update.additional_properties = d
        return user_update

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
