from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_user_detail import FailedUserDetail


T = TypeVar("T", bound="UsersResponse")


@_attrs_define
class UsersResponse:
    """Outcome of creating, updating or removing users: `msg` when the request was processed, `failedUserDetails` with the
    outcome per user (the users that failed, and in the newest documented answers also those that succeeded),
    `moreAvailable` and `total` counting the outcomes. Every property is optional ([ERRATA: User
    failures](/specs/koreai/ERRATA.md#user-failures)).

    """

    msg: str | Unset = UNSET
    """ Confirmation, e.g. `User is created Successfully.`, `User is updated Successfully.` or `Users are removed
    Successfully`. """
    failed_user_details: list[FailedUserDetail] | Unset = UNSET
    """ The outcome per user; a failed user carries its reason. """
    more_available: bool | Unset = UNSET
    """ Whether more per-user results exist than this answer lists. """
    total: int | Unset = UNSET
    """ Number of users the request named, processed successfully or not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        failed_user_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_user_details, Unset):
            failed_user_details = []
            for failed_user_details_item_data in self.failed_user_details:
                failed_user_details_item = failed_user_details_item_data.to_dict()
                failed_user_details.append(failed_user_details_item)

        more_available = self.more_available

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg is not UNSET:
            field_dict["msg"] = msg
        if failed_user_details is not UNSET:
            field_dict["failedUserDetails"] = failed_user_details
        if more_available is not UNSET:
            field_dict["moreAvailable"] = more_available
        if total is not UNSET:
            field_dict["total"] = total

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

        more_available = d.pop("moreAvailable", UNSET)

        total = d.pop("total", UNSET)

        users_response = cls(
            msg=msg,
            failed_user_details=failed_user_details,
            more_available=more_available,
            total=total,
        )

        users_response.additional_properties = d
        return users_response

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
