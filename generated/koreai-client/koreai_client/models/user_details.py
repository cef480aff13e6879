from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_task_assignment import BotTaskAssignment
    from ..models.user_details_groups_item import UserDetailsGroupsItem
    from ..models.user_details_roles import UserDetailsRoles
    from ..models.user_details_user_info import UserDetailsUserInfo


T = TypeVar("T", bound="UserDetails")


@_attrs_define
class UserDetails:
    """What the account knows about one requested user: profile, roles, groups and assigned tasks. When the user cannot be
    found, only `userInfo` is answered, with `status: failure` and a `reason` (public fact, Kore.ai public API docs;
    ERRATA.md "Get User Information answer").

    """

    can_create_bot: bool | Unset = UNSET
    """ Whether the user may create bots. """
    is_developer: bool | Unset = UNSET
    """ Whether the user is a bot developer. """
    user_info: UserDetailsUserInfo | Unset = UNSET
    """ Profile of the user, or the failure for this requested user. """
    roles: UserDetailsRoles | Unset = UNSET
    """ Roles of the user. """
    assign_bot_tasks: list[BotTaskAssignment] | Unset = UNSET
    """ Bot tasks the user may work on. """
    groups: list[UserDetailsGroupsItem] | Unset = UNSET
    """ Groups the user belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_create_bot = self.can_create_bot

        is_developer = self.is_developer

        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        assign_bot_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assign_bot_tasks, Unset):
            assign_bot_tasks = []
            for assign_bot_tasks_item_data in self.assign_bot_tasks:
                assign_bot_tasks_item = assign_bot_tasks_item_data.to_dict()
                assign_bot_tasks.append(assign_bot_tasks_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_create_bot is not UNSET:
            field_dict["canCreateBot"] = can_create_bot
        if is_developer is not UNSET:
            field_dict["isDeveloper"] = is_developer
        if user_info is not UNSET:
            field_dict["userInfo"] = user_info
        if roles is not UNSET:
            field_dict["roles"] = roles
        if assign_bot_tasks is not UNSET:
            field_dict["assignBotTasks"] = assign_bot_tasks
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_task_assignment import BotTaskAssignment  # noqa: PLC0415
        from ..models.user_details_groups_item import UserDetailsGroupsItem  # noqa: PLC0415
        from ..models.user_details_roles import UserDetailsRoles  # noqa: PLC0415
        from ..models.user_details_user_info import UserDetailsUserInfo  # noqa: PLC0415

        d = dict(src_dict)
        can_create_bot = d.pop("canCreateBot", UNSET)

        is_developer = d.pop("isDeveloper", UNSET)

        _user_info = d.pop("userInfo", UNSET)
        user_info: UserDetailsUserInfo | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = UserDetailsUserInfo.from_dict(_user_info)

        _roles = d.pop("roles", UNSET)
        roles: UserDetailsRoles | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = UserDetailsRoles.from_dict(_roles)

        _assign_bot_tasks = d.pop("assignBotTasks", UNSET)
        assign_bot_tasks: list[BotTaskAssignment] | Unset = UNSET
        if _assign_bot_tasks is not UNSET:
            assign_bot_tasks = []
            for assign_bot_tasks_item_data in _assign_bot_tasks:
                assign_bot_tasks_item = BotTaskAssignment.from_dict(assign_bot_tasks_item_data)

                assign_bot_tasks.append(assign_bot_tasks_item)

        _groups = d.pop("groups", UNSET)
        groups: list[UserDetailsGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UserDetailsGroupsItem.from_dict(groups_item_data)

                groups.append(groups_item)

        user_details = cls(
            can_create_bot=can_create_bot,
            is_developer=is_developer,
            user_info=user_info,
            roles=roles,
            assign_bot_tasks=assign_bot_tasks,
            groups=groups,
        )

        user_details.additional_properties = d
        return user_details

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
