from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error


T = TypeVar("T", bound="UserDetailsUserInfo")


@_attrs_define
class UserDetailsUserInfo:
    """Profile of the user, or the failure for this requested user."""

    email_id: str | Unset = UNSET
    """ Email address of the user, as requested. """
    user_id: str | Unset = UNSET
    """ ID of the user on the platform (`u-…`). """
    first_name: str | Unset = UNSET
    """ First name of the user. """
    last_name: str | Unset = UNSET
    """ Last name of the user. """
    status: str | Unset = UNSET
    """ Status of the user (`active`, `not active`), or `failure` when the requested user could not be looked up.
    """
    last_login: datetime.datetime | Unset = UNSET
    """ When the user last logged in (ISO 8601). """
    reason: Error | Unset = UNSET
    """ Error body the API answers with whenever a request fails: a list of errors, each with a human-readable `msg`
    and a `code`. The seed shows no error body; this shape is a public fact about the real API (Kore.ai public API
    docs show it inside the failure answers of the user APIs), see ERRATA.md "Error body". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        user_id = self.user_id

        first_name = self.first_name

        last_name = self.last_name

        status = self.status

        last_login: str | Unset = UNSET
        if not isinstance(self.last_login, Unset):
            last_login = self.last_login.isoformat()

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_id is not UNSET:
            field_dict["emailId"] = email_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if status is not UNSET:
            field_dict["status"] = status
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415

        d = dict(src_dict)
        email_id = d.pop("emailId", UNSET)

        user_id = d.pop("userId", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        status = d.pop("status", UNSET)

        _last_login = d.pop("lastLogin", UNSET)
        last_login: datetime.datetime | Unset
        if isinstance(_last_login, Unset):
            last_login = UNSET
        else:
            last_login = datetime.datetime.fromisoformat(_last_login)

        _reason = d.pop("reason", UNSET)
        reason: Error | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = Error.from_dict(_reason)

        user_details_user_info = cls(
            email_id=email_id,
            user_id=user_id,
            first_name=first_name,
            last_name=last_name,
            status=status,
            last_login=last_login,
            reason=reason,
        )

        user_details_user_info.additional_properties = d
        return user_details_user_info

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
