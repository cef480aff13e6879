from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveUsersRequest")


@_attrs_define
class RemoveUsersRequest:
    """The users to remove: give `deleteEmailIds` or `orgUserIds` ([ERRATA: Remove Users
    body](/specs/koreai/ERRATA.md#remove-users-body)).

    """

    delete_email_ids: list[str] | Unset = UNSET
    """ Email addresses of the users to remove. """
    org_user_ids: list[str] | Unset = UNSET
    """ Organization user IDs of the users to remove. """
    include_meta: bool | Unset = False
    """ Set to true to have the answer encrypted, as the vendor's documentation puts it; false when omitted
    ([ERRATA: includeMeta](/specs/koreai/ERRATA.md#includemeta)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_email_ids: list[str] | Unset = UNSET
        if not isinstance(self.delete_email_ids, Unset):
            delete_email_ids = self.delete_email_ids

        org_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.org_user_ids, Unset):
            org_user_ids = self.org_user_ids

        include_meta = self.include_meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_email_ids is not UNSET:
            field_dict["deleteEmailIds"] = delete_email_ids
        if org_user_ids is not UNSET:
            field_dict["orgUserIds"] = org_user_ids
        if include_meta is not UNSET:
            field_dict["includeMeta"] = include_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_email_ids = cast(list[str], d.pop("deleteEmailIds", UNSET))

        org_user_ids = cast(list[str], d.pop("orgUserIds", UNSET))

        include_meta = d.pop("includeMeta", UNSET)

        remove_users_request = cls(
            delete_email_ids=delete_email_ids,
            org_user_ids=org_user_ids,
            include_meta=include_meta,
        )

        remove_users_request.additional_properties = d
        return remove_users_request

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
