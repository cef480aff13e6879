from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_user import NewUser


T = TypeVar("T", bound="CreateUsersRequest")


@_attrs_define
class CreateUsersRequest:
    """The users to add, and whether they are sent an activation email."""

    users: list[NewUser] | Unset = UNSET
    """ One entry per user to add. """
    send_email: bool | Unset = True
    """ Whether each new user is sent an email with an activation link (true when omitted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        send_email = self.send_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if send_email is not UNSET:
            field_dict["sendEmail"] = send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_user import NewUser  # noqa: PLC0415

        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[NewUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = NewUser.from_dict(users_item_data)

                users.append(users_item)

        send_email = d.pop("sendEmail", UNSET)

        create_users_request = cls(
            users=users,
            send_email=send_email,
        )

        create_users_request.additional_properties = d
        return create_users_request

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
