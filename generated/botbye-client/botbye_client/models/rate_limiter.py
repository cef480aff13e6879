from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="RateLimiter")


@_attrs_define
class RateLimiter:
    """A rate limiter of a project, with the identifier BotBye gave it."""

    name: str | Unset = UNSET
    """ Name of the rate limiter. """
    action: str | Unset = UNSET
    """ What is done with requests once the limit is reached, e.g. `block` ([ERRATA:
    Actions](/specs/botbye/ERRATA.md#actions)). """
    is_active: bool | Unset = UNSET
    """ Whether the rate limiter is enabled. """
    condition: Condition | Unset = UNSET
    """ When a custom rule or a rate limiter applies: the request field `fieldName` compared with `value` by
    `predicate`. Only the `criteria` type is documented ([ERRATA: Rule condition](/specs/botbye/ERRATA.md#rule-
    condition)). """
    period_in_sec: int | Unset = UNSET
    """ Length of the counting period, in seconds. """
    limit: int | Unset = UNSET
    """ Number of matching requests allowed per period. """
    id: str | Unset = UNSET
    """ Unique identifier of the rate limiter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        action = self.action

        is_active = self.is_active

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        period_in_sec = self.period_in_sec

        limit = self.limit

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if action is not UNSET:
            field_dict["action"] = action
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if condition is not UNSET:
            field_dict["condition"] = condition
        if period_in_sec is not UNSET:
            field_dict["periodInSec"] = period_in_sec
        if limit is not UNSET:
            field_dict["limit"] = limit
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        action = d.pop("action", UNSET)

        is_active = d.pop("isActive", UNSET)

        _condition = d.pop("condition", UNSET)
        condition: Condition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = Condition.from_dict(_condition)

        period_in_sec = d.pop("periodInSec", UNSET)

        limit = d.pop("limit", UNSET)

        id = d.pop("id", UNSET)

        rate_limiter = cls(
            name=name,
            action=action,
            is_active=is_active,
            condition=condition,
            period_in_sec=period_in_sec,
            limit=limit,
            id=id,
        )

        rate_limiter.additional_properties = d
        return rate_limiter

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
