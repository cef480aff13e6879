from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompromisedUser")


@_attrs_define
class CompromisedUser:
    """One end user whose credentials went through a phishing proxy: at least one of their logins carried an `Origin` that
    did not match the project's real origin. One node per user. Every member is optional ([ERRATA: Optional
    fields](/specs/botbye/ERRATA.md#optional-fields)).

    """

    id: str | Unset = UNSET
    """ Stable node identifier, `{accountId}:{projectId}`. """
    account_id: str | Unset = UNSET
    """ The end-user account identifier reported by the integration. """
    phishing_origin: str | Unset = UNSET
    """ Origin of the most recent compromised login. """
    last_login_at: str | Unset = UNSET
    """ Time of the most recent compromised login, epoch milliseconds written as a string ([ERRATA:
    Timestamps](/specs/botbye/ERRATA.md#timestamps)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        phishing_origin = self.phishing_origin

        last_login_at = self.last_login_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if phishing_origin is not UNSET:
            field_dict["phishingOrigin"] = phishing_origin
        if last_login_at is not UNSET:
            field_dict["lastLoginAt"] = last_login_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        account_id = d.pop("accountId", UNSET)

        phishing_origin = d.pop("phishingOrigin", UNSET)

        last_login_at = d.pop("lastLoginAt", UNSET)

        compromised_user = cls(
            id=id,
            account_id=account_id,
            phishing_origin=phishing_origin,
            last_login_at=last_login_at,
        )

        compromised_user.additional_properties = d
        return compromised_user

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
