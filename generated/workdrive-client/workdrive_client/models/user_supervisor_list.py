from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="UserSupervisorList")


@_attrs_define
class UserSupervisorList:
    """One page of Get All Team Supervisors: each supervisor in the short user form (the vendor's documentation shows `id`,
    `email`, `firstName` and `lastName`).

    """

    users: list[UserSummary]
    """ The supervisors on this page. """
    meta: Meta
    """ Pagination block of every listing. `nextPage` is the number to send as `cur_page` for the next page, `null`
    on the last page ([ERRATA: Paging](/specs/workdrive/ERRATA.md#paging)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserSummary.from_dict(users_item_data)

            users.append(users_item)

        meta = Meta.from_dict(d.pop("meta"))

        user_supervisor_list = cls(
            users=users,
            meta=meta,
        )

        user_supervisor_list.additional_properties = d
        return user_supervisor_list

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
