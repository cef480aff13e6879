from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_user_detail import FailedUserDetail


T = TypeVar("T", bound="UsersResult")


@_attrs_define
class UsersResult:
    """Outcome of creating, updating or removing users: `msg` when every user was processed, `failedUserDetails` listing
    the users that were not. The two are written as optional properties rather than `oneOf` (ERRATA.md "User failures").

    """

    msg: str | Unset = UNSET
    """ Confirmation that every user was processed (e.g. `Users are created Successfully`). """
    failed_user_details: list[FailedUserDetail] | Unset = UNSET
    """ The users that could not be processed, with the reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        failed_user_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_user_details, Unset):
            failed_user_details = []
            for failed_user_details_item_data in self.failed_user_details:
                failed_user_details_item = failed_user_details_item_data.to_dict()
                failed_user_details.append(failed_user_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg is not UNSET:
            field_dict["msg"] = msg
        if failed_user_details is not UNSET:
            field_dict["failedUserDetails"] = failed_user_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_user_detail import FailedUserDetail  # noqa: PLC0415

        d = dict(src_dict)
        msg = d.pop("msg", UNSET)

        _failed_user_details = d.pop("failedUserDetails", UNSET)
        failed_user_details: list[FailedUserDetail] | Unset = UNSET
        if _failed_user_details is not UNSET:
            failed_user_details = []
            for failed_user_details_item_data in _failed_user_details:
                failed_user_details_item = FailedUserDetail.from_dict(failed_user_details_item_data)

                failed_user_details.append(failed_user_details_item)

        users_result = cls(
            msg=msg,
            failed_user_details=failed_user_details,
        )

        users_result.additional_properties = d
        return users_result

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
