from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rate_limiter import RateLimiter


T = TypeVar("T", bound="ProjectRateLimits")


@_attrs_define
class ProjectRateLimits:
    """The rate limiters of a project and the order in which they are evaluated."""

    order: list[str] | Unset = UNSET
    """ Identifiers of the rate limiters in evaluation order. """
    rate_limits: list[RateLimiter] | Unset = UNSET
    """ The rate limiters themselves. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: list[str] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        rate_limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_limits, Unset):
            rate_limits = []
            for rate_limits_item_data in self.rate_limits:
                rate_limits_item = rate_limits_item_data.to_dict()
                rate_limits.append(rate_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if rate_limits is not UNSET:
            field_dict["rateLimits"] = rate_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_limiter import RateLimiter  # noqa: PLC0415

        d = dict(src_dict)
        order = cast(list[str], d.pop("order", UNSET))

        _rate_limits = d.pop("rateLimits", UNSET)
        rate_limits: list[RateLimiter] | Unset = UNSET
        if _rate_limits is not UNSET:
            rate_limits = []
            for rate_limits_item_data in _rate_limits:
                rate_limits_item = RateLimiter.from_dict(rate_limits_item_data)

                rate_limits.append(rate_limits_item)

        project_rate_limits = cls(
            order=order,
            rate_limits=rate_limits,
        )

        project_rate_limits.additional_properties = d
        return project_rate_limits

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
