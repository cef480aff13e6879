from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_task_assignment import BotTaskAssignment
    from ..models.user_group import UserGroup
    from ..models.user_info_result import UserInfoResult
    from ..models.user_roles import UserRoles


T = TypeVar("T", bound="UserDetails")


@_attrs_define
class UserDetails:
    """What the account knows about one requested user: profile, roles, groups and assigned tasks. When the user cannot be
    found, only `userInfo` is answered, with `status: failure` and a `reason` ([ERRATA: Get User Information
    answer](/specs/koreai/ERRATA.md#get-user-information-answer)).

    """

    can_create_bot: bool | Unset = UNSET
    """ Whether the user may create bots. """
    is_developer: bool | Unset = UNSET
    """ Whether the user may use the App Builder. """
    more_available: bool | Unset = UNSET
    """ Whether more users than those answered match the request (shown inside each entry by the newest documented
    answer). """
    total: int | Unset = UNSET
    """ Number of users matching the request (shown inside each entry). """
    user_info: UserInfoResult | Unset = UNSET
    """ The profile of one user as an answer gives it, with the outcome for that user: `status` is the user's status
    (`active`, `not active`) in Get User Information, `success` or `failure` in the per-user results of Create,
    Update and Remove Users; a failure carries its `reason` ([ERRATA: User failures](/specs/koreai/ERRATA.md#user-
    failures)). """
    roles: UserRoles | Unset = UNSET
    """ Roles of a user, bot roles and admin roles apart (Get User Information). """
    assign_bot_tasks: list[BotTaskAssignment] | Unset = UNSET
    """ Bot tasks the user may work on. """
    groups: list[UserGroup] | Unset = UNSET
    """ Groups the user belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_create_bot = self.can_create_bot

        is_developer = self.is_developer

        more_available = self.more_available

        total = self.total

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
        if more_available is not UNSET:
            field_dict["moreAvailable"] = more_available
        if total is not UNSET:
            field_dict["total"] = total
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
        from ..models.user_group import UserGroup  # noqa: PLC0415
        from ..models.user_info_result import UserInfoResult  # noqa: PLC0415
        from ..models.user_roles import UserRoles  # noqa: PLC0415

        d = dict(src_dict)
        can_create_bot = d.pop("canCreateBot", UNSET)

        is_developer = d.pop("isDeveloper", UNSET)

        more_available = d.pop("moreAvailable", UNSET)

        total = d.pop("total", UNSET)

        _user_info = d.pop("userInfo", UNSET)
        user_info: UserInfoResult | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = UserInfoResult.from_dict(_user_info)

        _roles = d.pop("roles", UNSET)
        roles: UserRoles | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = UserRoles.from_dict(_roles)

        _assign_bot_tasks = d.pop("assignBotTasks", UNSET)
        assign_bot_tasks: list[BotTaskAssignment] | Unset = UNSET
        if _assign_bot_tasks is not UNSET:
            assign_bot_tasks = []
            for assign_bot_tasks_item_data in _assign_bot_tasks:
                assign_bot_tasks_item = BotTaskAssignment.from_dict(assign_bot_tasks_item_data)

                assign_bot_tasks.append(assign_bot_tasks_item)

        _groups = d.pop("groups", UNSET)
        groups: list[UserGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UserGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        user_details = cls(
            can_create_bot=can_create_bot,
            is_developer=is_developer,
            more_available=more_available,
            total=total,
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
