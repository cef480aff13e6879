from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhishingInfo")


@_attrs_define
class PhishingInfo:
    """Phishing protection settings of a project."""

    original_url: str | Unset = UNSET
    """ The project's genuine origin, against which logins are checked. """
    action: str | Unset = UNSET
    """ What is done when a login comes through another origin. """
    allowed_urls: list[str] | Unset = UNSET
    """ Further origins that are not treated as phishing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_url = self.original_url

        action = self.action

        allowed_urls: list[str] | Unset = UNSET
        if not isinstance(self.allowed_urls, Unset):
            allowed_urls = self.allowed_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_url is not UNSET:
            field_dict["originalUrl"] = original_url
        if action is not UNSET:
            field_dict["action"] = action
        if allowed_urls is not UNSET:
            field_dict["allowedUrls"] = allowed_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original_url = d.pop("originalUrl", UNSET)

        action = d.pop("action", UNSET)

        allowed_urls = cast(list[str], d.pop("allowedUrls", UNSET))

        phishing_info = cls(
            original_url=original_url,
            action=action,
            allowed_urls=allowed_urls,
        )

        phishing_info.additional_properties = d
        return phishing_info

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
