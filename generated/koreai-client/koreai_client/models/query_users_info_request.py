from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_users_info_request_status import QueryUsersInfoRequestStatus, check_query_users_info_request_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryUsersInfoRequest")


@_attrs_define
class QueryUsersInfoRequest:
    """The users to look up."""

    email_ids: list[str] | Unset = UNSET
    """ Email addresses of the users whose details are sought. """
    org_user_ids: list[str] | Unset = UNSET
    """ Organization user IDs of the users whose details are sought, instead of `emailIds` (older versions of the
    vendor's documentation). """
    status: QueryUsersInfoRequestStatus | Unset = "all"
    """ Which users to answer: `active`, `not active`, or `all` (both, the default). """
    include_meta: bool | Unset = False
    """ Set to true to have the answer encrypted, as the vendor's documentation puts it; false when omitted
    ([ERRATA: includeMeta](/specs/koreai/ERRATA.md#includemeta)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_ids: list[str] | Unset = UNSET
        if not isinstance(self.email_ids, Unset):
            email_ids = self.email_ids

        org_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.org_user_ids, Unset):
            org_user_ids = self.org_user_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        include_meta = self.include_meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_ids is not UNSET:
            field_dict["emailIds"] = email_ids
        if org_user_ids is not UNSET:
            field_dict["orgUserIds"] = org_user_ids
        if status is not UNSET:
            field_dict["status"] = status
        if include_meta is not UNSET:
            field_dict["includeMeta"] = include_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_ids = cast(list[str], d.pop("emailIds", UNSET))

        org_user_ids = cast(list[str], d.pop("orgUserIds", UNSET))

        _status = d.pop("status", UNSET)
        status: QueryUsersInfoRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_query_users_info_request_status(_status)

        include_meta = d.pop("includeMeta", UNSET)

        query_users_info_request = cls(
            email_ids=email_ids,
            org_user_ids=org_user_ids,
            status=status,
            include_meta=include_meta,
        )

        query_users_info_request.additional_properties = d
        return query_users_info_request

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
