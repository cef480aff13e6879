from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failure_reason import FailureReason
    from ..models.user_info_result import UserInfoResult


T = TypeVar("T", bound="FailedUserDetail")


@_attrs_define
class FailedUserDetail:
    """The outcome for one user of a Create, Update or Remove Users request. Create and Update Users name the user in
    `userInfo`, whose `status` says `success` or `failure` and whose `reason` says why it failed; Remove Users names the
    user by `emailId` beside a `reason` ([ERRATA: User failures](/specs/koreai/ERRATA.md#user-failures)).

    """

    email_id: str | Unset = UNSET
    """ Email address of the user (answered by Remove Users). """
    user_info: UserInfoResult | Unset = UNSET
    """ The profile of one user as an answer gives it, with the outcome for that user: `status` is the user's status
    (`active`, `not active`) in Get User Information, `success` or `failure` in the per-user results of Create,
    Update and Remove Users; a failure carries its `reason` ([ERRATA: User failures](/specs/koreai/ERRATA.md#user-
    failures)). """
    reason: FailureReason | Unset = UNSET
    """ Why the request failed for one user: the platform's error object, whose `errors` list has the shape of the
    `Error` schema. The newest answers of the vendor's documentation carry only `errors`; older ones also
    `statusCode`, `status`, `customCode`, `message`, `name` and an empty `_headers` ([ERRATA: User
    failures](/specs/koreai/ERRATA.md#user-failures)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_id is not UNSET:
            field_dict["emailId"] = email_id
        if user_info is not UNSET:
            field_dict["userInfo"] = user_info
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failure_reason import FailureReason  # noqa: PLC0415
        from ..models.user_info_result import UserInfoResult  # noqa: PLC0415

        d = dict(src_dict)
        email_id = d.pop("emailId", UNSET)

        _user_info = d.pop("userInfo", UNSET)
        user_info: UserInfoResult | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = UserInfoResult.from_dict(_user_info)

        _reason = d.pop("reason", UNSET)
        reason: FailureReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = FailureReason.from_dict(_reason)

        failed_user_detail = cls(
            email_id=email_id,
            user_info=user_info,
            reason=reason,
        )

        failed_user_detail.additional_properties = d
        return failed_user_detail

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
