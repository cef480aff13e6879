from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiAccount")


@_attrs_define
class MultiAccount:
    """One end-user account seen on a device or browser that also operated other accounts; a `userId` appearing on several
    nodes marks the multi-account. Every member is optional ([ERRATA: Optional fields](/specs/botbye/ERRATA.md#optional-
    fields)).

    """

    user_id: str | Unset = UNSET
    """ The user (device or browser) identifier shared by the accounts. """
    account_id: str | Unset = UNSET
    """ The end-user account identifier reported by the integration. """
    site_key: str | Unset = UNSET
    """ Site key of the project where the association was detected. """
    created_at: str | Unset = UNSET
    """ When BotBye first detected the association, ISO 8601 ([ERRATA:
    Timestamps](/specs/botbye/ERRATA.md#timestamps)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        account_id = self.account_id

        site_key = self.site_key

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if site_key is not UNSET:
            field_dict["siteKey"] = site_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        account_id = d.pop("accountId", UNSET)

        site_key = d.pop("siteKey", UNSET)

        created_at = d.pop("createdAt", UNSET)

        multi_account = cls(
            user_id=user_id,
            account_id=account_id,
            site_key=site_key,
            created_at=created_at,
        )

        multi_account.additional_properties = d
        return multi_account

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
