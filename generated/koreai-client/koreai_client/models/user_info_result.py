from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failure_reason import FailureReason


T = TypeVar("T", bound="UserInfoResult")


@_attrs_define
class UserInfoResult:
    """The profile of one user as an answer gives it, with the outcome for that user: `status` is the user's status
    (`active`, `not active`) in Get User Information, `success` or `failure` in the per-user results of Create, Update
    and Remove Users; a failure carries its `reason` ([ERRATA: User failures](/specs/koreai/ERRATA.md#user-failures)).

    """

    email_id: str | Unset = UNSET
    """ Email address of the user, as requested. """
    org_user_id: str | Unset = UNSET
    """ User ID assigned by your organization. """
    user_id: str | Unset = UNSET
    """ ID of the user on the platform (`u-…`). """
    first_name: str | Unset = UNSET
    """ First name of the user. """
    last_name: str | Unset = UNSET
    """ Last name of the user. """
    status: str | Unset = UNSET
    """ Status of the user (`active`, `not active`), or the outcome of the request for this user (`success`,
    `failure`). """
    last_login: datetime.datetime | Unset = UNSET
    """ When the user last logged in (ISO 8601). """
    reason: FailureReason | Unset = UNSET
    """ Why the request failed for one user: the platform's error object, whose `errors` list has the shape of the
    `Error` schema. The newest answers of the vendor's documentation carry only `errors`; older ones also
    `statusCode`, `status`, `customCode`, `message`, `name` and an empty `_headers` ([ERRATA: User
    failures](/specs/koreai/ERRATA.md#user-failures)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        org_user_id = self.org_user_id

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
        if org_user_id is not UNSET:
            field_dict["orgUserId"] = org_user_id
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
        from ..models.failure_reason import FailureReason  # noqa: PLC0415

        d = dict(src_dict)
        email_id = d.pop("emailId", UNSET)

        org_user_id = d.pop("orgUserId", UNSET)

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
        reason: FailureReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = FailureReason.from_dict(_reason)

        user_info_result = cls(
            email_id=email_id,
            org_user_id=org_user_id,
            user_id=user_id,
            first_name=first_name,
            last_name=last_name,
            status=status,
            last_login=last_login,
            reason=reason,
        )

        user_info_result.additional_properties = d
        return user_info_result

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
